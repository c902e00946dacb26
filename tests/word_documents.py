"""Word documents laid out as offices really make them, for the importer's tests.

The header and the signature are two-column tables; the number sits under the organ's name with
a run of spaces after “Số:” (the number is typed into a blank left for it); footnotes are real
Word footnotes (``word/footnotes.xml``). ``to_pdf`` converts such a document with LibreOffice, as
an office exporting its plan to PDF would: footnotes at the foot of each page in a smaller font,
superscript markers, page numbers in the footer.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTE = re.compile(r"\{fn:(.*?)\}")  # “text{fn:body}”: a footnote reference whose body is “body”


@dataclass
class Letter:
    """The parts of an official document, as its author types them."""

    organ: list[str]
    number_line: str  # “Số:      43/KH-UBND”
    place_date: str
    type_word: str
    title: list[str]
    paragraphs: list[str]  # “{fn:…}” marks a footnote
    recipients: list[str]
    signature: list[str]  # “TM. ỦY BAN NHÂN DÂN”, “KT. CHỦ TỊCH”, …, then blank lines, then the name
    motto: list[str] = field(
        default_factory=lambda: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    )


def _footnotes_part(bodies: list[str]) -> bytes:
    def separator(kind: str, number: int) -> str:
        return f'<w:footnote w:type="{kind}" w:id="{number}"><w:p><w:r><w:{kind}/></w:r></w:p></w:footnote>'

    notes = [separator("separator", -1), separator("continuationSeparator", 0)]
    for number, body in enumerate(bodies, start=1):
        notes.append(
            f'<w:footnote w:id="{number}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {escape(body)}</w:t></w:r></w:p></w:footnote>'
        )
    return (
        f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<w:footnotes xmlns:w=\"{W_NS}\">"
        + "".join(notes)
        + "</w:footnotes>"
    ).encode()


def _add_text(paragraph, text: str, bodies: list[str]) -> None:
    position = 0
    for match in FOOTNOTE.finditer(text):
        paragraph.add_run(text[position : match.start()])
        bodies.append(match.group(1))
        run = OxmlElement("w:r")
        properties = OxmlElement("w:rPr")
        align = OxmlElement("w:vertAlign")
        align.set(qn("w:val"), "superscript")
        properties.append(align)
        run.append(properties)
        reference = OxmlElement("w:footnoteReference")
        reference.set(qn("w:id"), str(len(bodies)))
        run.append(reference)
        paragraph._p.append(run)
        position = match.end()
    paragraph.add_run(text[position:])


def _two_columns(document, left: list[str], right: list[str], bold_upper: bool = True) -> None:
    table = document.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
        for paragraph in cell.paragraphs:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for run in paragraph.runs:
                run.bold = bold_upper and run.text.isupper()


def _page_number_footer(section) -> None:
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.text = text
        run._r.append(element)


def build(letter: Letter, path: Path) -> Path:
    """Write ``letter`` as a .docx at ``path``."""
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    footnote_style = document.styles.add_style("Footnote Text", 1)
    footnote_style.base_style = normal
    footnote_style.font.size = Pt(10)
    _page_number_footer(document.sections[0])
    _two_columns(document, [*letter.organ, "", letter.number_line], [*letter.motto, "", letter.place_date])
    for line in [letter.type_word, *letter.title]:
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(line).bold = True
    bodies: list[str] = []
    for text in letter.paragraphs:
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        _add_text(paragraph, text, bodies)
    _two_columns(document, ["Nơi nhận:", *letter.recipients], letter.signature)
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, _footnotes_part(bodies), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    document.save(str(path))
    return path


def to_pdf(docx_path: Path, out_dir: Path) -> Path:
    """Convert with LibreOffice (Debian's libreoffice-writer-nogui), as an office exports a PDF."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is installed by `python3 dev.py test` (libreoffice-writer-nogui)"
    profile = out_dir / "lo-profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(docx_path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out_dir / f"{docx_path.stem}.pdf"


def quang_tri_plan(paragraphs: int = 30) -> Letter:
    """A provincial plan of two to three pages, with three footnotes on different pages."""
    body = [
        "Thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả "
        "công tác thông tin đối ngoại trong tình hình mới{fn:Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị.}, "
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch công tác thông tin đối ngoại năm 2024 như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
    ]
    for index in range(1, paragraphs):
        note = ""
        if index == paragraphs // 2:
            note = "{fn:Chiến lược thông tin đối ngoại giai đoạn 2021 - 2030, tầm nhìn đến năm 2045.}"
        if index == paragraphs - 2:
            note = "{fn:Theo số liệu của Sở Ngoại vụ tỉnh Quảng Trị năm 2023.}"
        body.append(
            f"- Nội dung thứ {index}: tuyên truyền, quảng bá hình ảnh tỉnh Quảng Trị, tiềm năng hợp tác và "
            f"đầu tư, bảo đảm chính xác, kịp thời, phù hợp với từng đối tượng{note}."
        )
    body += ["II. TỔ CHỨC THỰC HIỆN", "Các sở, ban, ngành, địa phương triển khai thực hiện Kế hoạch này./."]
    return Letter(
        organ=["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"],
        number_line="Số:      43/KH-UBND",
        place_date="Quảng Trị, ngày 27 tháng 02 năm 2024",
        type_word="KẾ HOẠCH",
        title=["Công tác thông tin đối ngoại của tỉnh Quảng Trị năm 2024"],
        paragraphs=body,
        recipients=[
            "- Bộ Thông tin và Truyền thông;",
            "- TT Tỉnh ủy, TT HĐND tỉnh;",
            "- Các sở, ban, ngành;",
            "- Lưu: VT.",
        ],
        signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Hoàng Nam"],
    )
