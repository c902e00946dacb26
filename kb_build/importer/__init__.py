"""``kb-build import``: raw Word/PDF conversions → normalized plans, with a review report.

The stages of one import, each in its own module:

    decode (decode.py, docx_reader.py) → remove clutter (clutter.py)
        → split header / body / closing, read metadata (metadata.py)
        → assemble the body (structure.py) → write the corpus file (serialize.py)
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

from kb_build.importer import metadata as mt
from kb_build.importer.clutter import remove_clutter, remove_repeated_title
from kb_build.importer.decode import NotText, decode
from kb_build.importer.docx_reader import read_docx
from kb_build.importer.endnotes import lift_endnotes
from kb_build.importer.html_reader import looks_like_html, read_html
from kb_build.importer.layout import NotADocument, closing_start, find_layout, type_line
from kb_build.importer.pdf_reader import read_pdf
from kb_build.importer.report import ImportReport
from kb_build.importer.source import SourceText
from kb_build.importer.structure import build_body
from kb_build.importer.year import document_year
from kb_build.model import LEVELS, SYSTEMS, UNPLACED_HEADING, Block, Plan
from kb_build.serialize import plan_to_markdown
from kb_build.text import nfc
from kb_build.validate import validate_plan


class ImportError_(ValueError):
    """The input cannot become a plan (empty, binary, not a plan)."""


@dataclass
class Imported:
    plan: Plan
    text: str
    report: ImportReport


MAX_INPUT_BYTES = 50 * 2**20  # a plan, even a scanned-and-converted one, is far smaller
MAX_DOCX_UNPACKED = 200 * 2**20  # what a .docx may unpack to (a zip bomb unpacks to gigabytes)


def _check_input(path: Path) -> None:
    """Only regular files of a plausible size are read (not a FIFO, a device, /dev/zero)."""
    if not path.exists():
        raise ImportError_("không có tệp này")
    if not path.is_file():
        raise ImportError_("không phải tệp thường (thư mục, thiết bị hay ống dẫn): không đọc")
    size = path.stat().st_size
    if size > MAX_INPUT_BYTES:
        raise ImportError_(f"tệp lớn {size // 2**20} MB, quá giới hạn {MAX_INPUT_BYTES // 2**20} MB của một văn bản")
    if path.suffix.lower() == ".docx":
        try:
            with zipfile.ZipFile(path) as package:
                unpacked = sum(info.file_size for info in package.infolist())
        except (zipfile.BadZipFile, OSError) as exc:
            raise ImportError_(f"không đọc được tệp .docx: {exc}") from exc
        if unpacked > MAX_DOCX_UNPACKED:
            raise ImportError_(f"tệp .docx giải nén ra {unpacked // 2**20} MB, quá giới hạn: không mở")


def _read_source(path: Path, report: ImportReport) -> SourceText:
    """The document's lines and any footnotes its format keeps apart, by the kind of file."""
    _check_input(path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        try:
            source = read_docx(path)
        except Exception as exc:  # python-docx raises many kinds for a corrupt package
            raise ImportError_(f"không đọc được tệp .docx: {exc}") from exc
        report.encoding = "docx"
    elif suffix == ".pdf":
        try:
            source = read_pdf(path)
        except ValueError as exc:  # a scan without text, or a damaged file
            raise ImportError_(str(exc)) from exc
        report.encoding = "pdf"
    else:
        try:
            decoded = decode(path.read_bytes(), report)
        except NotText as exc:
            raise ImportError_(str(exc)) from exc
        if suffix in (".html", ".htm") or looks_like_html(decoded.text):
            report.add("repair", None, "trang web (HTML): đọc chữ bằng bộ phân tích HTML, bỏ thẻ và mã ký tự", 0.95)
            return SourceText(lines=[nfc(line) for line in read_html(decoded.text).lines])
        return SourceText(lines=decoded.text.split("\n"))
    return SourceText([nfc(line) for line in source.lines], {k: nfc(v) for k, v in source.footnotes.items()})


def _year(meta: mt.Metadata, text: str, report: ImportReport) -> tuple[int, tuple[int, int] | None]:
    found = document_year(meta.title or "", meta.issued, text)
    if found is None:
        raise ImportError_("không xác định được năm: trích yếu, ngày ban hành và nội dung đều không ghi năm")
    rule = found.rule
    confidence = 0.9 if "trích yếu" in rule.split("(")[0] else 0.6 if meta.issued else 0.3
    report.add("guess", None, f"năm của văn bản: {found.year} (theo {rule})", confidence)
    return found.year, found.period


def _defaults(meta: mt.Metadata, report: ImportReport) -> None:
    """Values the corpus requires but the document did not give: a placeholder, flagged."""
    for name, allowed, default in (("system", SYSTEMS, "Nhà nước"), ("level", LEVELS, "tỉnh")):
        if getattr(meta, name) not in allowed:
            setattr(meta, name, default)
            report.add("guess", None, f"không xác định được “{name}”: tạm ghi “{default}”", 0.2)
    if not meta.issuer:
        meta.issuer = "Chưa xác định"
        report.add("guess", None, "không xác định được cơ quan ban hành", 0.1)


def keep_decisions(imported: Imported, existing_file: Path) -> Imported:
    """Re-importing over a corpus file keeps the editor's recorded decisions.

    Every field named in the existing file's ``reviewed`` (and ``body`` for the text) keeps
    the editor's value, and ``reviewed`` itself is kept: a decision survives re-import.
    """
    existing, _ = validate_plan(existing_file, existing_file.parent)
    if existing is None or not existing.reviewed:
        return imported
    kept = {"reviewed": existing.reviewed}
    for key in existing.reviewed:
        if key == "body":
            kept.update(passages=existing.passages, footnotes=existing.footnotes)
        elif hasattr(existing, key) and key not in ("id", "path"):
            kept[key] = getattr(existing, key)
    plan = replace(imported.plan, **kept)
    decided = ", ".join(k for k in existing.reviewed)
    imported.report.add("repair", None, f"giữ quyết định biên tập đã ghi trong “reviewed”: {decided}", 1.0)
    return Imported(plan, plan_to_markdown(plan), imported.report)


def import_document(path: Path) -> Imported:
    """Import one file; raise ``ImportError_`` with a clear message when it is not a plan."""
    report = ImportReport(source=path.name)
    if path.suffix.lower() == ".md":
        _check_input(path)
        plan, problems = validate_plan(path, path.parent)
        if plan is None:
            raise ImportError_("tệp .md không phải văn bản chuẩn hóa hợp lệ: " + "; ".join(map(str, problems)))
        plan = replace(plan, path=Path(str(plan.year), f"{plan.id}.md"))  # never where the input was (“../x.md”)
        report.encoding = "utf-8"
        report.add("repair", None, "đã là văn bản chuẩn hóa: chỉ ghi lại ở dạng chuẩn", 1.0)
        return Imported(plan, plan_to_markdown(plan), report)

    source = _read_source(path, report)
    lines = remove_clutter([(n, t.rstrip()) for n, t in enumerate(source.lines, start=1)], report)
    lines, end_notes = lift_endnotes(lines, report)
    word_footnotes = {**source.footnotes, **end_notes}
    first_type = type_line(lines)
    if first_type is not None:
        lines = remove_repeated_title(lines, first_type, report)
    meta = mt.Metadata()
    try:
        layout = find_layout(lines, meta, report)
    except NotADocument as exc:
        raise ImportError_(f"không phải văn bản hành chính: {exc}") from exc
    meta.header = [t.strip() for _, t in lines[: layout.body_start] if t.strip()]

    body = build_body(lines[layout.body_start : layout.closing_start], report, word_footnotes)
    preamble = []
    for passage in body.passages:
        if passage.kind != "paragraph" or not mt.PREAMBLE.match(passage.text):
            break
        preamble.append((passage.line, passage.text))
    unplaced = body.unplaced + mt.parse_closing(lines[layout.closing_start :], meta, report)
    if layout.decision:
        decision = lines[layout.decision[0] : layout.decision[1]]
        if meta.number and meta.issued:
            meta.promulgated_by = f"Quyết định số {meta.number} ngày {meta.issued:%-d/%-m/%Y}"
        if not preamble:
            preamble = [(n, " ".join(t.split())) for n, t in decision if mt.PREAMBLE.match(t.strip())]
        if not (meta.signer or meta.recipients):  # the plan is signed through its decision
            mt.parse_closing(decision[closing_start(decision, 0) :], meta, report)
    mt.parse_preamble(preamble, meta, report)
    mt.issuer_in_opening([(p.line, p.text) for p in body.passages[:6]], meta, report)
    mt.issuer_in_title(layout.title, meta, report)
    mt.issuer_from(meta.lead_issuer, "lời dẫn của bài đăng", meta, report, 0.7)
    mt.issuer_from(layout.authority, "dòng thẩm quyền dưới trích yếu", meta, report, 0.75)
    mt.issuer_from(meta.portal_issuer, "bảng thông tin của trang web (“Nơi ban hành”)", meta, report, 0.5)
    mt.issuer_from_header(meta, report)
    mt.number_from_notes(lines, meta, report)
    mt.classify(meta, " ".join(t for _, t in preamble), " ".join(p.text for p in body.passages), report)

    title = layout.title
    if title and title[0].islower():
        report.add("repair", lines[min(layout.header_end, len(lines) - 1)][0], "viết hoa chữ đầu trích yếu", 0.95)
        title = title[0].upper() + title[1:]
    meta.title = title or meta.type
    opening = [*meta.header, *(p.text for p in body.passages[:20])]
    meta.year, period = _year(meta, " ".join(opening), report)
    _defaults(meta, report)

    passages = list(body.passages)
    if unplaced:
        passages.append(Block("heading", UNPLACED_HEADING, "", unplaced[0][0], 2))
        for number, text in unplaced:
            passages.append(Block("paragraph", text, "", number))
            report.add("unplaced", number, f"chưa xếp được, để trong mục riêng: “{text[:60]}”", 0.5)
    identifier = mt.plan_id(meta)
    plan = Plan(
        id=identifier,
        type=meta.type,
        title=meta.title,
        year=meta.year,
        issuer=meta.issuer,
        system=meta.system,
        level=meta.level,
        path=Path(str(meta.year), f"{identifier}.md"),
        number=meta.number,
        issued=meta.issued,
        locality=meta.locality,
        promulgated_by=meta.promulgated_by,
        period=period,
        implements=tuple(meta.implements),
        header=tuple(meta.header),
        signer=meta.signer,
        signer_title=tuple(meta.signer_title),
        recipients=tuple(meta.recipients),
        source=path.name,
        passages=tuple(passages),
        footnotes=tuple(body.footnotes),
    )
    report.output = plan.path.as_posix()
    return Imported(plan, plan_to_markdown(plan), report)
