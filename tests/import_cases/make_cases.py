#!/usr/bin/env python3
"""(Re)generate the importer test set: ``tests/import_cases/inputs/``.

Every input is produced from a UTF-8, NFC, LF template in ``templates/`` (same file stem) by a fixed
recipe: hard-wrapping (a PDF paste), CRLF, NFD, a byte encoding (UTF-8 with BOM, UTF-16, Windows-1258,
TCVN3, VNI) or a Word document with real footnotes. The run is deterministic: running it twice gives
byte-identical files. Each encoded file is decoded back and compared with its source text before it
is written; legacy TCVN3/VNI files are also converted back with ``viparse.fix`` and compared.

The labels in ``expected.yaml`` are written by hand, by reading the documents. ``--check`` (run by
default after generation) only cross-checks them against the generated text: every file has a label,
every label has a file, the values are in their domains, and each ``implements`` entry, the ``title``
and the ``signer`` literally occur in the decoded document. It never extracts metadata itself.

    .venv/bin/python tests/import_cases/make_cases.py            # regenerate + check
    .venv/bin/python tests/import_cases/make_cases.py --check    # check only

Dependencies: stdlib, python-docx, viparse (and PyYAML for the check).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import re
import sys
import textwrap
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
INPUTS = HERE / "inputs"
EXPECTED = HERE / "expected.yaml"

MIN_LINES, MAX_LINES = 25, 80


# --------------------------------------------------------------------------------------------
# The cases: output file, the recipe applied to its template.
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Case:
    file: str
    encoding: str  # utf-8 | utf-8-sig | utf-16 | windows-1258 | tcvn3 | vni | docx
    crlf: bool = False
    nfd: bool = False
    wrap: int | None = None  # hard-wrap long lines at this width (PDF paste)
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def template(self) -> Path:
        return TEMPLATES / (Path(self.file).stem + ".txt")


CASES: tuple[Case, ...] = (
    Case("01-party-header.txt", "utf-8"),
    Case("02-state-header-crlf.txt", "utf-8", crlf=True),
    Case("03-front-header-huyen.txt", "utf-8-sig"),
    Case("04-no-header-xa.txt", "utf-8"),
    Case("05-nfd-title-wrap.txt", "utf-8", nfd=True),
    Case("06-central-utf16.txt", "utf-16", crlf=True),
    Case("07-cp1258.txt", "windows-1258"),
    Case("08-tcvn3.txt", "tcvn3"),
    Case("09-vni.txt", "vni"),
    Case("10-web-repost.txt", "utf-8"),
    Case("11-quyet-dinh.txt", "utf-8"),
    Case("12-pdf-wrapped.txt", "utf-8", wrap=86),
    Case("13-superscript-footnotes.txt", "utf-8"),
    Case("14-footnoteref.txt", "utf-8"),
    Case("15-docx-footnotes.docx", "docx"),
    Case("16-chuong-trinh-thi-xa.txt", "utf-8"),
    Case("17-phuong-dang-uy.txt", "utf-8-sig", crlf=True),
)


# --------------------------------------------------------------------------------------------
# Text recipes
# --------------------------------------------------------------------------------------------
def read_template(case: Case) -> str:
    text = case.template.read_text(encoding="utf-8")
    assert "\r" not in text, f"{case.template.name}: templates use LF"
    assert unicodedata.is_normalized("NFC", text), f"{case.template.name}: templates are NFC"
    return text


def hard_wrap(text: str, width: int) -> str:
    """Break every line longer than 90 characters at ``width``, as a PDF text layer does."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= 90:
            out.append(line)
            continue
        out.extend(textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def unicode_text(case: Case) -> str:
    """The document as Unicode text, before any byte encoding (NFD/CRLF already applied)."""
    text = read_template(case)
    if case.wrap:
        text = hard_wrap(text, case.wrap)
    if case.nfd:
        text = unicodedata.normalize("NFD", text)
    if case.crlf:
        text = text.replace("\n", "\r\n")
    return text


# --- Windows-1258 ---------------------------------------------------------------------------
_CP1258_BASE_MARKS = {"\u0302", "\u0306", "\u031b"}  # circumflex, breve, horn: part of the letter
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # grave acute tilde hook dot-below


def to_cp1258_form(text: str) -> str:
    """NFD, then recompose base + circumflex/breve/horn; tone marks stay as combining characters.

    This is the form Windows-1258 stores: â ê ô ă ơ ư (and đ) are single bytes, tones are the
    combining bytes 0xCC 0xEC 0xDE 0xD2 0xF2. Handles non-adjacent marks (NFD of ặ is a + dot + breve).
    """
    out: list[str] = []
    base = ""
    marks: list[str] = []

    def flush() -> None:
        nonlocal base, marks
        if base:
            keep = []
            for mark in marks:
                if mark in _CP1258_BASE_MARKS:
                    composed = unicodedata.normalize("NFC", base + mark)
                    assert len(composed) == 1, (base, mark)
                    base = composed
                else:
                    keep.append(mark)
            out.append(base + "".join(keep))
        else:
            out.append("".join(marks))
        base, marks = "", []

    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            marks.append(ch)
        else:
            flush()
            base = ch
    flush()
    return "".join(out)


def encode_cp1258(text: str) -> bytes:
    data = to_cp1258_form(text).encode("cp1258")  # strict: raises on anything unencodable
    back = unicodedata.normalize("NFC", data.decode("cp1258"))
    assert back == unicodedata.normalize("NFC", text), "windows-1258 round trip"
    assert any(b in data for b in (0xCC, 0xEC, 0xDE, 0xD2, 0xF2)), "tone marks must be combining bytes"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:  # pragma: no cover - would make the case pointless
        raise AssertionError("windows-1258 bytes happen to be valid UTF-8")
    return data


# --- TCVN3 / VNI ----------------------------------------------------------------------------
def _legacy_tables():
    from viparse.normalize.tcvn3 import TCVN3
    from viparse.normalize.vni import VNI

    return {"tcvn3": TCVN3, "vni": VNI}


def legacy_inverse(name: str) -> dict[str, str]:
    """Unicode letter → legacy surface sequence, by inverting viparse's (surface, unicode) pairs."""
    inverse: dict[str, str] = {}
    for surface, uni in _legacy_tables()[name].pairs:
        assert uni not in inverse, f"{name}: {uni!r} has two surface forms"
        inverse[uni] = surface
    return inverse


def tcvn3_case_rule(text: str) -> str:
    """TCVN3 has no uppercase *toned* letters: a .VnTimeH heading stores them with the lowercase code.

    So an uppercase letter carrying a tone mark comes back lowercase after conversion (Ế → ế);
    uppercase Ă Â Ê Ô Ơ Ư Đ (no tone) have their own codes and stay uppercase.
    """
    out = []
    for ch in text:
        if ch.isupper() and any(m in _TONE_MARKS for m in unicodedata.normalize("NFD", ch)):
            out.append(ch.lower())
        else:
            out.append(ch)
    return "".join(out)


# Non-ASCII characters allowed to pass through unconverted (they are cp1252 punctuation in
# both legacy fonts and start no legacy sequence).
_PASSTHROUGH = set("“”‘’–—…")


# Real VNI-Windows stores ì í Ì Í as the single Latin-1 letters they look like (viparse keeps
# them unconverted; its derived "iø"/"iù" forms are not what VNI fonts produce), so write those.
_VNI_SINGLE = {"ì": "ì", "í": "í", "Ì": "Ì", "Í": "Í"}


def to_legacy_surface(text: str, name: str) -> str:
    inverse = legacy_inverse(name)
    if name == "vni":
        inverse.update(_VNI_SINGLE)
    starts = {surface[0] for surface, _ in _legacy_tables()[name].pairs}
    text = unicodedata.normalize("NFC", text)
    if name == "tcvn3":
        text = tcvn3_case_rule(text)
    out = []
    for ch in text:
        if ch in inverse:
            out.append(inverse[ch])
        elif ch.isascii():
            out.append(ch)  # VNI base letters are ASCII; the viparse.fix round trip proves no mis-join
        elif ch in _PASSTHROUGH:
            assert ch not in starts, f"{name}: {ch!r} would be read as a legacy sequence"
            out.append(ch)
        else:
            raise ValueError(f"{name}: cannot encode {ch!r} (U+{ord(ch):04X})")
    return "".join(out)


def surface_to_bytes(surface: str) -> tuple[bytes, int]:
    """Write surface characters as cp1252 bytes; fall back to latin-1 for the 5 bytes cp1252 lacks."""
    out = bytearray()
    fallbacks = 0
    for ch in surface:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            out += ch.encode("latin-1")  # U+0081 U+008D U+008F U+0090 U+009D
            fallbacks += 1
    return bytes(out), fallbacks


def bytes_to_surface(data: bytes) -> str:
    return "".join(
        bytes([b]).decode("cp1252", errors="strict") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
        for b in data
    )


def encode_legacy(text: str, name: str) -> tuple[bytes, dict]:
    import viparse

    surface = to_legacy_surface(text, name)
    data, fallbacks = surface_to_bytes(surface)
    assert bytes_to_surface(data) == surface, f"{name}: byte round trip"
    expected = unicodedata.normalize("NFC", text)
    if name == "tcvn3":
        expected = tcvn3_case_rule(expected)
    fixed = viparse.fix(bytes_to_surface(data), encoding=name)
    if fixed != expected.strip("\n"):
        for a, b in zip(fixed.split("\n"), expected.strip("\n").split("\n"), strict=False):
            if a != b:
                raise AssertionError(f"{name}: viparse.fix differs\n got: {a!r}\nwant: {b!r}")
        raise AssertionError(f"{name}: viparse.fix differs in length")
    info = {
        "fallback_bytes": fallbacks,
        "detected": viparse.detect_text_encoding(bytes_to_surface(data)),
        "lowercased": sum(1 for a, b in zip(text, expected, strict=True) if a != b) if name == "tcvn3" else 0,
    }
    return data, info


def encode_text(case: Case, text: str) -> tuple[bytes, dict]:
    if case.encoding == "utf-8":
        return text.encode("utf-8"), {}
    if case.encoding == "utf-8-sig":
        return text.encode("utf-8-sig"), {}
    if case.encoding == "utf-16":
        data = b"\xff\xfe" + text.encode("utf-16-le")  # explicit BOM + LE: same bytes on every platform
        assert data.decode("utf-16") == text
        return data, {}
    if case.encoding == "windows-1258":
        return encode_cp1258(text), {}
    if case.encoding in ("tcvn3", "vni"):
        return encode_legacy(text, case.encoding)
    raise ValueError(case.encoding)


# --------------------------------------------------------------------------------------------
# Word document with real footnotes
# --------------------------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTE_MARK = re.compile(r"\{fn:(.*?)\}")
FIXED_DATE = datetime(2024, 1, 22, 8, 0, 0)


def _footnotes_xml(bodies: list[str]) -> bytes:
    from xml.sax.saxutils import escape

    def sep(kind: str, fid: int, tag: str) -> str:
        return (
            f'<w:footnote w:type="{kind}" w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            f'w:lineRule="auto"/></w:pPr><w:r><w:{tag}/></w:r></w:p></w:footnote>'
        )

    notes = [sep("separator", -1, "separator"), sep("continuationSeparator", 0, "continuationSeparator")]
    for number, body in enumerate(bodies, start=1):
        notes.append(
            f'<w:footnote w:id="{number}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {escape(body)}</w:t></w:r></w:p></w:footnote>'
        )
    xml = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<w:footnotes xmlns:w="{W_NS}" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        + "".join(notes)
        + "</w:footnotes>"
    )
    return xml.encode("utf-8")


def _template_blocks(text: str):
    """Split a docx template into ('table', [(left, right), ...]) and ('para', line) blocks."""
    blocks: list[tuple[str, object]] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        if "|" in line:
            left, _, right = line.partition("|")
            row = (left.strip(), right.strip())
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(row)
            else:
                blocks.append(("table", [row]))
        else:
            blocks.append(("para", line))
    return blocks


def build_docx(case: Case) -> tuple[bytes, dict]:
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    text = read_template(case)
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)

    fn_text = document.styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
    fn_text.base_style = normal
    fn_text.font.size = Pt(10)
    fn_ref = document.styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    fn_ref.font.superscript = True
    assert fn_text.style_id == "FootnoteText" and fn_ref.style_id == "FootnoteReference"

    bodies: list[str] = []

    def add_text_with_footnotes(paragraph, line: str) -> None:
        position = 0
        for match in FOOTNOTE_MARK.finditer(line):
            if match.start() > position:
                paragraph.add_run(line[position : match.start()])
            bodies.append(match.group(1))
            run = OxmlElement("w:r")
            rpr = OxmlElement("w:rPr")
            rstyle = OxmlElement("w:rStyle")
            rstyle.set(qn("w:val"), "FootnoteReference")
            valign = OxmlElement("w:vertAlign")
            valign.set(qn("w:val"), "superscript")
            rpr.append(rstyle)
            rpr.append(valign)
            run.append(rpr)
            ref = OxmlElement("w:footnoteReference")
            ref.set(qn("w:id"), str(len(bodies)))
            run.append(ref)
            paragraph._p.append(run)
            position = match.end()
        if position < len(line):
            paragraph.add_run(line[position:])

    centered = re.compile(r"^(KẾ HOẠCH|HƯỚNG DẪN|CHƯƠNG TRÌNH|QUYẾT ĐỊNH)$")
    after_type_word = False
    for kind, payload in _template_blocks(text):
        if kind == "table":
            table = document.add_table(rows=1, cols=2)
            for column in (0, 1):
                cell = table.rows[0].cells[column]
                lines = [row[column] for row in payload]
                cell.paragraphs[0].text = lines[0]
                for extra in lines[1:]:
                    cell.add_paragraph(extra)
                for paragraph in cell.paragraphs:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    upper = paragraph.text.isupper()
                    for run in paragraph.runs:
                        run.bold = upper
            continue
        line = payload
        paragraph = document.add_paragraph()
        add_text_with_footnotes(paragraph, line)
        if centered.match(line) or after_type_word:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for run in paragraph.runs:
                run.bold = True
        elif re.match(r"^[IVX]+\. ", line):
            for run in paragraph.runs:
                run.bold = True
        else:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        after_type_word = bool(centered.match(line))

    # The footnotes part, its relationship, and (through the part's content type) its override.
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, _footnotes_xml(bodies), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    # settings.xml: name the separator footnotes, as Word does (w:footnotePr goes before w:compat).
    settings = document.settings.element
    footnote_pr = OxmlElement("w:footnotePr")
    for fid in ("-1", "0"):
        child = OxmlElement("w:footnote")
        child.set(qn("w:id"), fid)
        footnote_pr.append(child)
    compat = settings.find(qn("w:compat"))
    if compat is not None:
        compat.addprevious(footnote_pr)
    else:
        settings.append(footnote_pr)

    core = document.core_properties
    core.title = "Kế hoạch công tác thông tin đối ngoại năm 2024"
    core.author = "kb_build import_cases"
    core.last_modified_by = "kb_build import_cases"
    core.created = FIXED_DATE
    core.modified = FIXED_DATE
    core.revision = 1

    buffer = io.BytesIO()
    document.save(buffer)
    data = _deterministic_zip(buffer.getvalue())
    info = verify_docx(data, len(bodies))
    return data, info


def _deterministic_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed timestamps so regeneration is byte-identical."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 1, 22, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(item.filename))
    return out.getvalue()


def verify_docx(data: bytes, n_footnotes: int) -> dict:
    """Re-open the package with python-docx and read the footnotes part back."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from lxml import etree

    package = zipfile.ZipFile(io.BytesIO(data))
    assert package.testzip() is None
    content_types = package.read("[Content_Types].xml").decode("utf-8")
    assert (
        'PartName="/word/footnotes.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"'
    ) in content_types
    rels = package.read("word/_rels/document.xml.rels").decode("utf-8")
    assert RT.FOOTNOTES in rels and 'Target="footnotes.xml"' in rels

    document = docx.Document(io.BytesIO(data))
    parts = [rel.target_part for rel in document.part.rels.values() if rel.reltype == RT.FOOTNOTES]
    assert len(parts) == 1
    root = etree.fromstring(parts[0].blob)
    w = f"{{{W_NS}}}"
    notes = root.findall(f"{w}footnote")
    ids = [int(n.get(f"{w}id")) for n in notes]
    assert ids == [-1, 0, *range(1, n_footnotes + 1)], ids
    assert [n.get(f"{w}type") for n in notes[:2]] == ["separator", "continuationSeparator"]
    body = document.element.body
    refs = [int(r.get(f"{w}id")) for r in body.iter(f"{w}footnoteReference")]
    assert refs == list(range(1, n_footnotes + 1)), refs
    for ref in body.iter(f"{w}footnoteReference"):
        rpr = ref.getparent().find(f"{w}rPr")
        assert rpr.find(f"{w}vertAlign").get(f"{w}val") == "superscript"
    assert len(document.tables) == 2, "header table and closing table"
    assert document.settings.element.find(f"{w}footnotePr") is not None
    return {"footnotes": n_footnotes, "paragraphs": len(document.paragraphs), "tables": len(document.tables)}


def docx_text(data: bytes) -> str:
    """Visible text of the docx (tables, paragraphs, then footnote bodies) for the label check."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from lxml import etree

    document = docx.Document(io.BytesIO(data))
    lines = []
    for table in document.tables:
        for cell in table.rows[0].cells:
            lines.extend(p.text for p in cell.paragraphs)
    lines.extend(p.text for p in document.paragraphs)
    for rel in document.part.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            root = etree.fromstring(rel.target_part.blob)
            lines.extend("".join(root.itertext()).split("\n"))
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------------
def generate() -> None:
    INPUTS.mkdir(exist_ok=True)
    wanted = {case.file for case in CASES}
    for stale in INPUTS.iterdir():
        if stale.name not in wanted:
            stale.unlink()
    for case in CASES:
        if case.encoding == "docx":
            data, info = build_docx(case)
            n_lines = sum(1 for line in read_template(case).split("\n") if line.strip())
            assert MIN_LINES <= n_lines <= MAX_LINES, f"{case.file}: {n_lines} lines"
        else:
            text = unicode_text(case)
            lines = text.replace("\r\n", "\n").rstrip("\n").split("\n")
            n_lines = len(lines)
            assert MIN_LINES <= n_lines <= MAX_LINES, f"{case.file}: {n_lines} lines"
            if case.wrap:
                assert max(len(unicodedata.normalize("NFC", line)) for line in lines) <= 90
            data, info = encode_text(case, text)
        (INPUTS / case.file).write_bytes(data)
        digest = hashlib.sha256(data).hexdigest()[:12]
        extra = " ".join(f"{k}={v}" for k, v in info.items())
        print(f"{case.file:34} {case.encoding:13} {len(data):6} bytes {n_lines:3} lines  {digest}  {extra}")


# --------------------------------------------------------------------------------------------
# Cross-check the hand-written labels against the generated documents
# --------------------------------------------------------------------------------------------
FIELDS = [
    "encoding", "type", "number", "title", "year", "issued", "issuer", "system", "level",
    "locality", "implements", "signer", "recipients", "footnotes", "promulgated_by",
]  # fmt: skip
LEVELS = {"trung ương", "tỉnh", "huyện", "xã", "khối"}
SYSTEMS = {"Đảng", "Mặt trận", "Nhà nước"}
ENCODINGS = {"utf-8", "utf-8-sig", "utf-16", "windows-1258", "tcvn3", "vni", "docx"}


def decoded_text(case: Case, inputs: Path = INPUTS) -> str:
    """The document's text in Unicode NFC, decoded with the known encoding (the check's ground truth)."""
    data = (inputs / case.file).read_bytes()
    if case.encoding == "docx":
        text = docx_text(data)
    elif case.encoding in ("tcvn3", "vni"):
        import viparse

        text = viparse.fix(bytes_to_surface(data), encoding=case.encoding)
    else:
        codec = {"windows-1258": "cp1258"}.get(case.encoding, case.encoding)
        text = data.decode(codec)
    return unicodedata.normalize("NFC", text)


def labelled_cases(expected: Path, inputs: Path, cases: list) -> list[tuple[str, dict, Case]]:
    """(file name, expected fields, case) of every label of a case set, after checking that the
    labels, the cases and the files in ``inputs`` are the same set."""
    import yaml

    labels = yaml.safe_load(expected.read_text(encoding="utf-8"))
    by_file = {entry["file"]: entry for entry in labels}
    assert len(by_file) == len(labels), "duplicate file in expected.yaml"
    by_name = {case.file: case for case in cases}
    assert set(by_file) == set(by_name), set(by_file) ^ set(by_name)
    assert sorted(p.name for p in inputs.iterdir()) == sorted(by_name)
    for name, entry in by_file.items():
        assert set(entry) == {"file", "shape", "expect"}, name
    return [(name, entry["expect"], by_name[name]) for name, entry in by_file.items()]


def check_label_fields(name: str, expect: dict, case: Case) -> None:
    """A label's fields are well formed: the schema, the vocabularies, the spellings."""
    assert list(expect) == FIELDS, f"{name}: fields {list(expect)}"
    assert expect["encoding"] == case.encoding, name
    assert expect["encoding"] in ENCODINGS and expect["system"] in SYSTEMS and expect["level"] in LEVELS
    assert isinstance(expect["year"], int) and isinstance(expect["implements"], list), name
    assert (expect["locality"] is None) == (expect["level"] == "trung ương"), name
    if expect["issued"] is not None:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(expect["issued"])), name
    if expect["number"] is not None:
        assert " " not in expect["number"] and "–" not in expect["number"] and "—" not in expect["number"]
    assert "Uỷ" not in expect["issuer"], f"{name}: issuer spells Ủy"
    assert expect["title"][0].isupper(), name


def check() -> None:
    labels = labelled_cases(EXPECTED, INPUTS, CASES)
    for name, expect, case in labels:
        check_label_fields(name, expect, case)
        flat = re.sub(r"\s+", " ", decoded_text(case))
        for cited in expect["implements"]:
            assert cited in flat, f"{name}: implements entry not in text: {cited}"
        title = expect["title"]
        assert title in flat or (title[0].lower() + title[1:]) in flat, f"{name}: title not in text"
        if expect["signer"] is not None:
            assert expect["signer"] in flat, f"{name}: signer not in text"
        if expect["locality"]:
            for place in expect["locality"].split(", "):
                assert place in flat, f"{name}: locality part {place!r} not in text"
    print(f"expected.yaml: {len(labels)} cases consistent with inputs/")


def run(argv: list[str] | None, *, description: str, generate, check, expected: Path) -> int:
    """The command line of a case set's script: generate the inputs, then check the labels against them."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only check expected.yaml against inputs/")
    parser.add_argument("--no-check", action="store_true", help="generate without checking expected.yaml")
    args = parser.parse_args(argv)
    if not args.check:
        generate()
    if not args.no_check and expected.exists():
        check()
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(argv, description=__doc__, generate=generate, check=check, expected=EXPECTED)


if __name__ == "__main__":
    sys.exit(main())
