"""Loader and validator: each bad input gives one clear error naming its file and line."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from kb_build.text import fold, slugify, sort_key
from kb_build.validate import validate_corpus

from .conftest import kb_build

GOOD = """\
---
id: 2024-kh-thu
type: Kế hoạch
number: 1-KH/TU
title: Công tác thông tin đối ngoại năm 2024
year: 2024
issued: 2024-01-15
issuer: Ban Thường vụ Tỉnh ủy
system: Đảng
level: tỉnh
signer: Nguyễn Văn An
---

Thực hiện Kết luận số 57-KL/TW[^1].

## I. MỤC ĐÍCH

- Một ý.

[^1]: Chú thích.
"""


def write_plan(corpus: Path, text: str | bytes, name: str = "2024-kh-thu") -> Path:
    path = corpus / "plans" / "2024" / f"{name}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def errors_of(corpus: Path) -> list[str]:
    return [str(p) for p in validate_corpus(corpus).problems if p.severity == "error"]


def only_error(corpus: Path) -> str:
    found = errors_of(corpus)
    assert len(found) == 1, found
    return found[0]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "corpus" / "plans").mkdir(parents=True)
    return tmp_path / "corpus"


def test_good_plan_has_no_problem(corpus):
    write_plan(corpus, GOOD)
    result = validate_corpus(corpus)
    assert result.problems == []
    (plan,) = result.corpus.plans
    assert (plan.year, plan.issued.isoformat(), plan.number) == (2024, "2024-01-15", "1-KH/TU")
    assert [p.anchor for p in plan.passages] == ["d-1", "muc-i", "d-i-1"]


def test_check_warns_on_a_document_without_number_date_or_signer(corpus):
    """file:line warnings so the editor reviews them; a `reviewed` note on the field silences each."""
    bare = (
        GOOD.replace("number: 1-KH/TU\n", "").replace("issued: 2024-01-15\n", "").replace("signer: Nguyễn Văn An\n", "")
    )
    write_plan(corpus, bare)
    warnings = [str(p) for p in validate_corpus(corpus).problems if p.severity == "warning"]
    assert len(warnings) == 3 and all(w.startswith("corpus/plans/2024/2024-kh-thu.md:2: ") for w in warnings)
    assert [("số, ký hiệu" in w, "ngày ban hành" in w, "người ký" in w) for w in warnings] == [
        (True, False, False),
        (False, True, False),
        (False, False, True),
    ]
    reviewed = bare.replace(
        "---\n\n", "reviewed:\n  header: Mất phần đầu khi chuyển đổi.\n  signer: Không có.\n---\n\n"
    )
    write_plan(corpus, reviewed)
    assert validate_corpus(corpus).problems == []


@pytest.mark.parametrize(
    ("value", "ok"), [("2023-2025", True), ("2023 – 2025", True), ("2025-2023", False), ("2024", False)]
)
def test_period_is_a_span_of_years(corpus, value, ok):
    write_plan(corpus, GOOD.replace("year: 2024\n", f"year: 2024\nperiod: {value}\n"))
    result = validate_corpus(corpus)
    if ok:
        assert result.problems == [] and result.corpus.plans[0].period[1] >= 2025
    else:
        assert "“period”" in only_error(corpus)


def test_broken_yaml(corpus):
    write_plan(corpus, GOOD.replace("title: Công tác", "title: [Công tác"))
    message = only_error(corpus)
    assert message.startswith("corpus/plans/2024/2024-kh-thu.md:")
    assert "YAML không hợp lệ" in message


def test_missing_required_key(corpus):
    write_plan(corpus, GOOD.replace("title: Công tác thông tin đối ngoại năm 2024\n", ""))
    assert only_error(corpus) == "corpus/plans/2024/2024-kh-thu.md:1: lỗi: thiếu khóa bắt buộc “title”"


@pytest.mark.parametrize(
    ("line", "bad"),
    [(3, "type: Kế hoach"), (9, "system: Quân đội"), (10, "level: thôn")],
)
def test_unknown_type_system_level(corpus, line, bad):
    key = bad.split(":")[0]
    good = next(x for x in GOOD.splitlines() if x.startswith(f"{key}:"))
    write_plan(corpus, GOOD.replace(good, bad))
    message = only_error(corpus)
    assert message.startswith(f"corpus/plans/2024/2024-kh-thu.md:{line}: lỗi: “{key}”")
    assert "không thuộc các giá trị cho phép" in message


def test_non_numeric_year(corpus):
    write_plan(corpus, GOOD.replace("year: 2024", "year: hai nghìn"))
    assert only_error(corpus).startswith("corpus/plans/2024/2024-kh-thu.md:6: lỗi: “year”: “hai nghìn” phải là một năm")


def test_invalid_date(corpus):
    write_plan(corpus, GOOD.replace("issued: 2024-01-15", "issued: 2024-02-30"))
    assert only_error(corpus).startswith("corpus/plans/2024/2024-kh-thu.md:7: lỗi: “issued”: “2024-02-30” không phải")


def test_duplicate_id(corpus):
    write_plan(corpus, GOOD)
    write_plan(corpus, GOOD, name="2024-kh-thu-ban-sao")
    message = only_error(corpus)
    assert message.startswith("corpus/plans/2024/2024-kh-thu.md:2: lỗi: id “2024-kh-thu” trùng với")
    assert "2024-kh-thu-ban-sao.md" in message


def test_non_utf8_file(corpus):
    windows_1258 = b"- M\xf4\xf2t \xfd."  # "- Một ý." as Windows-1258 writes it
    write_plan(corpus, GOOD.encode("utf-8").replace("- Một ý.".encode(), windows_1258))
    assert only_error(corpus) == "corpus/plans/2024/2024-kh-thu.md:18: lỗi: tệp không phải UTF-8 (byte 0xf4)"


def test_non_nfc_text(corpus):
    write_plan(corpus, GOOD.replace("- Một ý.", unicodedata.normalize("NFD", "- Một ý.")))
    assert only_error(corpus).startswith("corpus/plans/2024/2024-kh-thu.md:18: lỗi: văn bản chưa chuẩn hóa Unicode NFC")


def test_unknown_key(corpus):
    write_plan(corpus, GOOD.replace("level: tỉnh", "level: tỉnh\nsinger: Nguyễn Văn A"))
    assert only_error(corpus).startswith("corpus/plans/2024/2024-kh-thu.md:11: lỗi: khóa không được hỗ trợ “singer”")


def test_duplicate_yaml_key(corpus):
    write_plan(corpus, GOOD.replace("level: tỉnh", "level: tỉnh\nyear: 2025"))
    assert only_error(corpus) == "corpus/plans/2024/2024-kh-thu.md:11: lỗi: khóa “year” lặp lại (đã có ở dòng 6)"


def test_missing_front_matter(corpus):
    write_plan(corpus, GOOD.split("---\n", 2)[2])
    assert only_error(corpus).startswith("corpus/plans/2024/2024-kh-thu.md:1: lỗi: thiếu phần đầu YAML")


def test_footnote_without_body(corpus):
    write_plan(corpus, GOOD.replace("[^1]: Chú thích.\n", ""))
    assert only_error(corpus) == (
        "corpus/plans/2024/2024-kh-thu.md:14: lỗi: chú thích [^1] được dẫn nhưng chưa có nội dung"
    )


def test_glossary_source_must_exist(corpus):
    write_plan(corpus, GOOD)
    glossary = corpus / "glossary"
    glossary.mkdir()
    (glossary / "policies.yaml").write_text(
        "- id: bon-khong\n  name: bốn không\n  category: chính sách\n"
        "  sources:\n    - plan: 2024-kh-thu\n      at: fn:9\n",
        encoding="utf-8",
    )
    assert (
        only_error(corpus)
        == "corpus/glossary/policies.yaml:1: lỗi: nguồn dẫn tới neo không có “fn:9” trong 2024-kh-thu"
    )


def test_glossary_impossible_date(corpus):
    glossary = corpus / "glossary"
    glossary.mkdir()
    (glossary / "anniversaries.yaml").write_text(
        "- id: x\n  name: X\n  kind: ngày lễ\n  year: 1973\n  month: 2\n  day: 30\n"
        "  sources: [{url: 'https://example.org/'}]\n",
        encoding="utf-8",
    )
    assert only_error(corpus) == "corpus/glossary/anniversaries.yaml:1: lỗi: ngày 30/2 không tồn tại"


def test_check_cli_exit_codes(project):
    ok = kb_build("check", "--root", str(project))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "không có lỗi" in ok.stdout
    plan = project / "corpus" / "plans" / "2024" / "2024-kh-duk-ninh-binh.md"
    plan.write_text(plan.read_text(encoding="utf-8").replace("year: 2024", "year: x2024", 1), encoding="utf-8")
    bad = kb_build("check", "--root", str(project))
    assert bad.returncode == 1
    assert bad.stderr.splitlines()[0] == (
        "corpus/plans/2024/2024-kh-duk-ninh-binh.md:6: lỗi: “year”: “x2024” phải là một năm dạng số (vd. 2024)"
    )
    assert "1 lỗi" in bad.stderr  # the glossary entries citing that plan are not reported again
    as_json = kb_build("check", "--json", "--root", str(project))
    assert as_json.returncode == 1
    assert '"line": 6' in as_json.stdout


def test_vietnamese_text_rules():
    assert slugify("Đường dây nóng") == "duong-day-nong"
    assert fold("Bốn KHÔNG, Đà Nẵng") == "bon khong, da nang"
    alphabet = "a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y".split()
    assert sorted(reversed(alphabet), key=sort_key) == alphabet
    tones = ["a", "à", "ả", "ã", "á", "ạ"]
    assert sorted(reversed(tones), key=sort_key) == tones
    assert sorted(["Đồng Tháp", "Điện Biên", "Dak Lak", "Cà Mau"], key=sort_key) == [
        "Cà Mau",
        "Dak Lak",
        "Điện Biên",
        "Đồng Tháp",
    ]


def test_unplaced_section_left_by_the_importer_is_a_warning(corpus):
    write_plan(
        corpus,
        GOOD.replace(
            "[^1]: Chú thích.", "## CHƯA XẾP ĐƯỢC (biên tập viên cần xem lại)\n\nMột dòng lạ.\n\n[^1]: Chú thích."
        ),
    )
    problems = validate_corpus(corpus).problems
    assert [str(p) for p in problems] == [
        "corpus/plans/2024/2024-kh-thu.md:20: cảnh báo: còn mục văn bản chưa xếp được từ lúc nhập: "
        "hãy đưa từng đoạn về đúng chỗ rồi xóa mục này"
    ]


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "https://example.org/a)<script>",
        'https://example.org/"onmouseover=alert(1)',
        "https:///no-host",
        "https://example.org/a b",
    ],
)
def test_glossary_urls_are_parsed_and_validated(corpus, url):
    write_plan(corpus, GOOD)
    glossary = corpus / "glossary"
    glossary.mkdir()
    (glossary / "policies.yaml").write_text(
        f"- id: bon-khong\n  name: bốn không\n  category: chính sách\n  sources:\n    - url: {json.dumps(url)}\n",
        encoding="utf-8",
    )
    error = only_error(corpus)
    assert error.startswith("corpus/glossary/policies.yaml:") and "“sources”" in error


@pytest.mark.parametrize("label", ["a)", "1<b>", 'x"y', "ghi-chú"])
def test_footnote_labels_are_a_safe_alphabet(corpus, label):
    write_plan(corpus, GOOD.replace("[^1]", f"[^{label}]"))
    assert f"nhãn chú thích “{label}”" in " ".join(errors_of(corpus))


def test_files_that_look_like_corpus_files_but_are_not_read_are_warned(corpus):
    write_plan(corpus, GOOD)
    (corpus / "plans" / "2024" / "KE-HOACH.MD").write_text(GOOD, encoding="utf-8")
    (corpus / "plans" / "le.md").write_text(GOOD, encoding="utf-8")
    (corpus / "glossary").mkdir()
    (corpus / "glossary" / "policies.yml").write_text("[]\n", encoding="utf-8")
    warnings = [str(p) for p in validate_corpus(corpus).problems if p.severity == "warning"]
    assert any(w.startswith("corpus/plans/2024/KE-HOACH.MD: cảnh báo: không đọc") for w in warnings)
    assert any(
        w.startswith("corpus/plans/le.md: cảnh báo: không đọc: văn bản phải nằm trong plans/<năm>/") for w in warnings
    )
    assert any(w.startswith("corpus/glossary/policies.yml: cảnh báo: không đọc") for w in warnings)


def test_links_out_of_the_project_are_not_followed(corpus, tmp_path_factory):
    secret = tmp_path_factory.mktemp("ngoai-du-an") / "bi-mat.md"
    secret.write_text(GOOD.replace("2024-kh-thu", "bi-mat"), encoding="utf-8")
    write_plan(corpus, GOOD)
    (corpus / "plans" / "2024" / "bi-mat.md").symlink_to(secret)
    result = validate_corpus(corpus)
    assert [p.id for p in result.corpus.plans] == ["2024-kh-thu"]
    assert any("liên kết tới ngoài dự án" in str(p) for p in result.problems)


@pytest.mark.parametrize("plan_id", ["index", "404"])
def test_an_id_that_is_a_generated_page_is_an_error(corpus, plan_id):
    write_plan(corpus, GOOD.replace("id: 2024-kh-thu", f"id: {plan_id}"), name=plan_id)
    assert f"id “{plan_id}” trùng tên một trang của trang web" in only_error(corpus)


def test_a_folder_named_like_a_plan_is_an_error_not_a_traceback(project):
    plans = project / "corpus" / "plans" / "2024"
    (plans / "thu-muc.md").mkdir()
    result = kb_build("check", "--root", str(project))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "corpus/plans/2024/thu-muc.md: lỗi: là thư mục, không phải tệp văn bản" in result.stderr


def test_line_numbers_count_newlines_only(corpus):
    """A form feed or U+2028 in the text is not a line break for the editor's editor."""
    text = GOOD.replace("Thực hiện Kết luận số 57-KL/TW[^1].", "Thực hiện\f Kết\u2028luận số 57-KL/TW[^1].")
    text = text.replace("- Một ý.", "- Một ý.\n\n[^9]: thừa")
    write_plan(corpus, text)
    assert only_error(corpus).startswith("corpus/plans/2024/2024-kh-thu.md:20: lỗi: chú thích [^9] không được dẫn")


def test_an_issue_date_past_2100_is_an_error_with_its_line(corpus):
    write_plan(corpus, GOOD.replace("issued: 2024-01-15", "issued: 2101-01-15"))
    expected = "corpus/plans/2024/2024-kh-thu.md:7: lỗi: “issued”: “2101-01-15” nằm ngoài khoảng năm hợp lệ 1900–2100"
    assert only_error(corpus) == expected
