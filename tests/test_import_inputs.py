# ruff: noqa: E501 (the test documents are written with their long lines)
"""`kb-build import` on the inputs editors really receive, each run as the editor runs it.

Web pages (saved, or text full of tags and entities), Word files whose header and signature are
tables, PDFs exported by LibreOffice (footnotes at the foot of each page), a scanned PDF; and the
footnote forms conversions leave: ``(1)``/``[1]`` markers with bodies after a rule or after the
signature. Documents without a type line, and the year a document is for.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from kb_build.importer import import_document
from tests.conftest import kb_build
from tests.word_documents import build, quang_tri_plan, to_pdf

HEADER_HTML = """<!DOCTYPE html><html><head><title>Cổng thông tin</title>
<script>document.title = "quảng cáo";</script><style>p {{ color: red }}</style></head><body>
<nav><a href="/">Trang chủ</a> » <a href="/vb">Văn bản</a></nav>
<table><tr><td><p><b>ỦY BAN NH&Acirc;N D&Acirc;N<br>TỈNH QUẢNG TRỊ</b></p><p>Số: 43/KH-UBND</p></td>
<td><p><b>CỘNG H&Ograve;A X&Atilde; HỘI CHỦ NGHĨA VIỆT NAM</b><br>Độc lập - Tự do - Hạnh ph&uacute;c</p>
<p><i>Quảng Trị, ng&agrave;y 27 th&aacute;ng 02 năm 2024</i></p></td></tr></table>
<p align="center"><strong>KẾ HOẠCH</strong></p>
<p align="center"><strong>C&ocirc;ng t&aacute;c th&ocirc;ng tin đối ngoại của tỉnh Quảng Trị năm 2024</strong></p>
<p>Thực hiện Kết luận số 57-KL/TW ng&agrave;y 15/6/2023 của Bộ Ch&iacute;nh trị,&nbsp;Ủy ban nh&acirc;n
d&acirc;n tỉnh ban h&agrave;nh Kế hoạch như sau:</p>
<p><b>I. MỤC Đ&Iacute;CH, Y&Ecirc;U CẦU</b></p>
<p>- Quảng b&aacute; h&igrave;nh ảnh tỉnh Quảng Trị &amp; con người miền Trung {extra}</p>
</body></html>"""


def _expect_quang_tri(plan) -> None:
    assert (plan.type, plan.number, plan.issued.isoformat(), plan.year) == (
        "Kế hoạch",
        "43/KH-UBND",
        "2024-02-27",
        2024,
    )
    assert plan.title == "Công tác thông tin đối ngoại của tỉnh Quảng Trị năm 2024"
    assert plan.issuer == "Ủy ban nhân dân tỉnh Quảng Trị" and plan.level == "tỉnh" and plan.system == "Nhà nước"


def test_saved_web_page_is_read_with_an_html_parser(tmp_path):
    page = tmp_path / "ke-hoach.html"
    page.write_text(HEADER_HTML.format(extra="<script>alert(1)</script>"), encoding="utf-8")
    plan = import_document(page).plan
    _expect_quang_tri(plan)
    texts = [p.text for p in plan.passages]
    assert "- " not in texts[-1] and texts[-1] == "Quảng bá hình ảnh tỉnh Quảng Trị & con người miền Trung"
    assert not any("alert" in t or "quảng cáo" in t or "Trang chủ" in t for t in texts)


def test_text_full_of_tags_and_entities_is_read_as_a_web_page(tmp_path):
    copied = tmp_path / "ke-hoach.txt"  # the page's source pasted into a text file
    copied.write_text(HEADER_HTML.format(extra=""), encoding="utf-8")
    imported = import_document(copied)
    _expect_quang_tri(imported.plan)
    assert any("HTML" in note.message for note in imported.report.notes)


def test_docx_with_header_and_signature_tables(tmp_path):
    """The number is typed after “Số:” and a run of spaces, in the header table's left cell."""
    plan = import_document(build(quang_tri_plan(), tmp_path / "ke-hoach.docx")).plan
    _expect_quang_tri(plan)
    assert plan.signer == "Hoàng Nam"
    assert plan.signer_title == ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    assert plan.recipients[-1] == "Lưu: VT." and len(plan.recipients) == 4
    assert [n.label for n in plan.footnotes] == ["1", "2", "3"]


@pytest.fixture(scope="module")
def exported_pdf(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("pdf")
    return to_pdf(build(quang_tri_plan(), folder / "ke-hoach.docx"), folder)


def test_text_pdf_footnotes_come_from_the_foot_of_their_pages(exported_pdf):
    plan = import_document(exported_pdf).plan
    _expect_quang_tri(plan)
    notes = {n.label: n.text for n in plan.footnotes}
    assert notes == {
        "1": "Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị.",
        "2": "Chiến lược thông tin đối ngoại giai đoạn 2021 - 2030, tầm nhìn đến năm 2045.",
        "3": "Theo số liệu của Sở Ngoại vụ tỉnh Quảng Trị năm 2023.",
    }
    marked = {n.label: p.text[: n.offset] for p in plan.passages for n in p.notes}
    assert marked["1"].endswith("trong tình hình mới") and marked["2"].endswith("từng đối tượng")
    items = [p.text for p in plan.passages if p.kind == "item"]
    assert items[0] == (
        "Nội dung thứ 1: tuyên truyền, quảng bá hình ảnh tỉnh Quảng Trị, tiềm năng hợp tác và đầu tư, "
        "bảo đảm chính xác, kịp thời, phù hợp với từng đối tượng."
    )
    assert len(items) == 29 and all(item.startswith(f"Nội dung thứ {i}:") for i, item in enumerate(items, 1))
    body = " ".join(p.text for p in plan.passages)
    assert "Bộ Chính trị." not in body.replace("Bộ Chính trị về", "")  # note 1's body is not in the text
    assert plan.signer == "Hoàng Nam" and len(plan.recipients) == 4


def test_scanned_pdf_asks_for_ocr_and_writes_nothing(tmp_path):
    scan = tmp_path / "ban-quet.pdf"
    image = Image.new("RGB", (600, 800), "white")
    ImageDraw.Draw(image).text((50, 50), "KE HOACH", fill="black")
    image.save(scan)
    out = tmp_path / "plans"
    result = kb_build("import", str(scan), "--out", str(out))
    assert result.returncode == 1
    assert f"{scan}: LỖI: " in result.stderr and "OCR" in result.stderr
    assert not out.exists()


PLAN_WITH_END_NOTES = """\
UBND TỈNH HÒA BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 12/KH-UBND | Hòa Bình, ngày 05 tháng 01 năm 2024
KẾ HOẠCH
Công tác thông tin đối ngoại năm 2024
Thực hiện Kết luận số 57-KL/TW{m1}, Ủy ban nhân dân tỉnh Hòa Bình ban hành Kế hoạch như sau:
I. MỤC ĐÍCH
Nội dung gồm: (1) tuyên truyền; (2) quảng bá hình ảnh tỉnh{m2}.
{before}
Nơi nhận: | TM. ỦY BAN NHÂN DÂN
- Bộ Thông tin và Truyền thông; | CHỦ TỊCH
- Lưu VT. | Nguyễn Văn An
{after}
"""
NOTES = "{o}1{c} Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao\nchất lượng công tác thông tin đối ngoại.\n{o}2{c} Theo số liệu năm 2023."


@pytest.mark.parametrize(
    ("opening", "closing", "where"),
    [("(", ")", "rule"), ("[", "]", "rule"), ("(", ")", "signature"), ("[", "]", "signature")],
)
def test_end_notes_in_brackets_after_a_rule_or_the_signature(tmp_path, opening, closing, where):
    notes = NOTES.format(o=opening, c=closing)
    text = PLAN_WITH_END_NOTES.format(
        m1=f"{opening}1{closing}",
        m2=f" {opening}2{closing}",
        before=f"______\n{notes}" if where == "rule" else "",
        after=notes if where == "signature" else "",
    )
    source = tmp_path / "ke-hoach.txt"
    source.write_text(text, encoding="utf-8")
    imported = import_document(source)
    plan = imported.plan
    assert {n.label: n.text for n in plan.footnotes} == {
        "1": "Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng công tác "
        "thông tin đối ngoại.",
        "2": "Theo số liệu năm 2023.",
    }
    texts = [p.text for p in plan.passages]
    # the source's own enumeration “(1) … (2) …” stays text; only attached markers are notes
    assert "Nội dung gồm: (1) tuyên truyền; (2) quảng bá hình ảnh tỉnh." in texts
    assert plan.signer == "Nguyễn Văn An" and plan.recipients == ("Bộ Thông tin và Truyền thông;", "Lưu VT.")
    joined = [n for n in imported.report.notes if "nối thêm dòng" in n.message]
    assert joined and all(n.confidence < 0.8 for n in joined)  # a merged line is flagged as a guess


REPOST = """\
Kế hoạch công tác thông tin đối ngoại năm 2025
Ngày 20/12/2024, Ban Thường vụ Huyện ủy Yên Thành ban hành Kế hoạch số 112-KH/HU về công tác thông tin đối ngoại năm 2025.
Thực hiện Hướng dẫn số 15-HD/BTGTU ngày 10/12/2024 của Ban Tuyên giáo Tỉnh ủy Nghệ An, Ban Thường vụ Huyện ủy xây dựng Kế hoạch công tác thông tin đối ngoại năm 2025 như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Tăng cường công tác thông tin đối ngoại trên địa bàn huyện.
"""

NO_TYPE_LINE = """\
ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÀ TĨNH | Độc lập - Tự do - Hạnh phúc
Số: 44/KH-UBND | Hà Tĩnh, ngày 08 tháng 02 năm 2018
CÔNG TÁC THÔNG TIN ĐỐI NGOẠI TỈNH HÀ TĨNH NĂM 2018
Thực hiện Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại, Ủy ban nhân dân tỉnh Hà Tĩnh ban hành Kế hoạch công tác thông tin đối ngoại năm 2018 như sau:
1. Mục tiêu
- Tăng cường hiệu lực, hiệu quả quản lý nhà nước về thông tin đối ngoại.
"""


def test_type_from_the_number_code_when_the_type_line_is_lost(tmp_path):
    source = tmp_path / "ha-tinh.txt"
    source.write_text(NO_TYPE_LINE, encoding="utf-8")
    imported = import_document(source)
    plan = imported.plan
    assert (plan.type, plan.number, plan.year) == ("Kế hoạch", "44/KH-UBND", 2018)
    assert plan.title == "CÔNG TÁC THÔNG TIN ĐỐI NGOẠI TỈNH HÀ TĨNH NĂM 2018"
    assert plan.passages[0].text.startswith("Thực hiện Nghị định số 72/2015/NĐ-CP")
    assert any("mã loại trong số hiệu" in n.message for n in imported.report.notes)


def test_type_from_a_repost_lead_in_or_the_preamble(tmp_path):
    source = tmp_path / "yen-thanh.txt"
    source.write_text(REPOST, encoding="utf-8")
    plan = import_document(source).plan
    assert plan.type == "Kế hoạch" and plan.year == 2025


DECISION_FOR_NEXT_YEAR = """\
ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH TRÀ VINH | Độc lập - Tự do - Hạnh phúc
Số: 1466/QĐ-UBND | Trà Vinh, ngày 29 tháng 12 năm 2023
QUYẾT ĐỊNH
Về việc ban hành Kế hoạch công tác thông tin đối ngoại năm 2024
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ VINH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch công tác thông tin đối ngoại năm 2024.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
"""

PERIOD_PLAN = NO_TYPE_LINE.replace(
    "CÔNG TÁC THÔNG TIN ĐỐI NGOẠI TỈNH HÀ TĨNH NĂM 2018", "KẾ HOẠCH\nThông tin đối ngoại giai đoạn 2018 – 2020"
)


@pytest.mark.parametrize(
    ("text", "year", "period", "rule"),
    [
        (DECISION_FOR_NEXT_YEAR, 2024, None, "“năm 2024” trong trích yếu"),
        (PERIOD_PLAN, 2018, (2018, 2020), "giai đoạn 2018–2020"),
        (NO_TYPE_LINE.replace(" NĂM 2018", ""), 2018, None, "năm của ngày ban hành"),
    ],
)
def test_the_year_a_document_is_for(tmp_path, text, year, period, rule):
    source = tmp_path / "van-ban.txt"
    source.write_text(text, encoding="utf-8")
    imported = import_document(source)
    assert (imported.plan.year, imported.plan.period) == (year, period)
    assert any(rule in n.message for n in imported.report.notes)
    if text is DECISION_FOR_NEXT_YEAR:
        assert imported.plan.type == "Quyết định"
        assert imported.plan.title == "Về việc ban hành Kế hoạch công tác thông tin đối ngoại năm 2024"


def test_period_survives_the_corpus_file(tmp_path):
    source = tmp_path / "giai-doan.txt"
    source.write_text(PERIOD_PLAN, encoding="utf-8")
    out = tmp_path / "plans"
    assert kb_build("import", str(source), "--out", str(out)).returncode == 0
    written = next(out.rglob("*.md"))
    assert "period: 2018-2020" in written.read_text(encoding="utf-8")
    assert import_document(written).plan.period == (2018, 2020)
