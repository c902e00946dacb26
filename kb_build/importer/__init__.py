"""``kb-build import``: raw Word/PDF conversions → normalized plans, with a review report.

The stages of one import, each in its own module:

    decode (decode.py, docx_reader.py) → remove clutter (clutter.py)
        → split header / body / closing, read metadata (metadata.py)
        → assemble the body (structure.py) → write the corpus file (serialize.py)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from kb_build.importer import metadata as mt
from kb_build.importer.clutter import remove_clutter, remove_repeated_title
from kb_build.importer.decode import NotText, decode
from kb_build.importer.docx_reader import read_docx
from kb_build.importer.report import ImportReport
from kb_build.importer.structure import build_body, marker_of
from kb_build.model import LEVELS, SYSTEMS, UNPLACED_HEADING, Passage, Plan
from kb_build.serialize import plan_to_markdown
from kb_build.text import fold
from kb_build.validate import validate_plan

SEARCH_TYPE_WITHIN = 80  # lines: the type word stands in the document's first page


class ImportError_(ValueError):
    """The input cannot become a plan (empty, binary, not a plan)."""


@dataclass
class Imported:
    plan: Plan
    text: str
    report: ImportReport


def _type_line(lines: list[tuple[int, str]], start: int = 0, wanted: str | None = None) -> int | None:
    for index in range(start, min(len(lines), start + SEARCH_TYPE_WITHIN)):
        found = mt.type_of(lines[index][1])
        if found and (wanted is None or found == wanted) and not lines[index][1].rstrip().endswith(":"):
            return index
    return None


def _title(lines: list[tuple[int, str]], after: int) -> tuple[str, int]:
    """The title lines right after the type word; returns (title, index of first body line).

    The first line is the title even when it starts with “Thực hiện …” (a title can), unless
    it is a citation (“… số 12-KH/TU …”): then the document has no title line.
    """
    index = after + 1
    while index < len(lines) and not lines[index][1].strip():
        index += 1
    parts: list[str] = []
    while index < len(lines):
        text = lines[index][1].strip()
        citation = mt._PREAMBLE.match(text) and (re.search(r"\bsố\s*\d", text) or len(text) > 200 or parts)
        if not text or citation or marker_of(text) or mt._PROMULGATED.match(text):
            break
        parts.append(text)
        index += 1
    while index < len(lines) and (not lines[index][1].strip() or mt._PROMULGATED.match(lines[index][1].strip())):
        index += 1
    return " ".join(parts), index


def _closing_start(lines: list[tuple[int, str]], body_start: int) -> int:
    for index in range(len(lines) - 1, body_start - 1, -1):
        if any(fold(cell).startswith("noi nhan") for cell in mt.columns(lines[index][1])):
            return index
    index = len(lines)
    while index > body_start:
        text = lines[index - 1][1].strip()
        cells = mt.columns(text)
        if not text or all(mt.is_role(c) or mt.is_signature_mark(c) or mt.is_name(c) for c in cells):
            index -= 1
        else:
            break
    return index


def _read_lines(path: Path, report: ImportReport) -> tuple[list[tuple[int, str]], dict[str, str]]:
    if path.suffix.lower() == ".docx":
        try:
            document = read_docx(path)
        except Exception as exc:  # python-docx raises many kinds for a corrupt package
            raise ImportError_(f"không đọc được tệp .docx: {exc}") from exc
        report.encoding = "docx"
        return list(enumerate(document.lines, start=1)), document.footnotes
    try:
        decoded = decode(path.read_bytes(), report)
    except NotText as exc:
        raise ImportError_(str(exc)) from exc
    return list(enumerate(decoded.text.split("\n"), start=1)), {}


@dataclass
class _Layout:
    """Where the parts of a converted document are (indexes into its lines)."""

    type_index: int
    title: str
    body_start: int
    closing_start: int
    decision: tuple[int, int] | None = None  # the text of a Quyết định that promulgates the plan


def _layout(lines: list[tuple[int, str]], meta: mt.Metadata, report: ImportReport) -> _Layout:
    type_index = _type_line(lines)
    if type_index is None:
        raise ImportError_("không phải văn bản kế hoạch: không thấy dòng loại văn bản (KẾ HOẠCH, HƯỚNG DẪN …)")
    meta.type = mt.type_of(lines[type_index][1])
    title, body_start = _title(lines, type_index)
    decision = None
    wrapped = re.search(r"ban hành\s+(kế hoạch|hướng dẫn|chương trình)", title, re.IGNORECASE)
    inner = _type_line(lines, body_start, wanted=wrapped.group(1).capitalize()) if wrapped else None
    if meta.type == "Quyết định" and inner is not None:
        decision = (body_start, inner)
        meta.type = mt.type_of(lines[inner][1])
        title, body_start = _title(lines, inner)
        report.add(
            "guess", lines[inner][0], f"Quyết định ban hành {meta.type.lower()}: số, ngày là của quyết định", 0.85
        )
    report.add("guess", lines[type_index][0], f"loại văn bản: {meta.type}", 0.95)
    return _Layout(type_index, title, body_start, _closing_start(lines, body_start), decision)


def _year(meta: mt.Metadata, report: ImportReport) -> int:
    found = re.search(r"năm\s+(\d{4})", meta.title or "") or re.search(r"giai đoạn\s+(\d{4})", meta.title or "")
    if found:
        return int(found.group(1))
    if meta.issued:
        report.add("guess", None, f"năm của kế hoạch theo ngày ban hành: {meta.issued.year}", 0.6)
        return meta.issued.year
    raise ImportError_("không phải văn bản kế hoạch: không xác định được năm")


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
        plan, problems = validate_plan(path, path.parent)
        if plan is None:
            raise ImportError_("tệp .md không phải văn bản chuẩn hóa hợp lệ: " + "; ".join(map(str, problems)))
        report.encoding = "utf-8"
        report.add("repair", None, "đã là văn bản chuẩn hóa: chỉ ghi lại ở dạng chuẩn", 1.0)
        return Imported(plan, plan_to_markdown(plan), report)

    lines, word_footnotes = _read_lines(path, report)
    lines = remove_clutter([(n, t.rstrip()) for n, t in lines], report)
    first_type = _type_line(lines)
    if first_type is not None:
        lines = remove_repeated_title(lines, first_type, report)
    meta = mt.Metadata()
    layout = _layout(lines, meta, report)
    mt.parse_header(lines[: layout.type_index], meta, report)
    meta.header = [t.strip() for _, t in lines[: layout.body_start] if t.strip()]

    body = build_body(lines[layout.body_start : layout.closing_start], report, word_footnotes)
    preamble = []
    for passage in body.passages:
        if passage.kind != "paragraph" or not mt._PREAMBLE.match(passage.text):
            break
        preamble.append((passage.line, passage.text))
    unplaced = body.unplaced + mt.parse_closing(lines[layout.closing_start :], meta, report)
    if layout.decision:
        decision = lines[layout.decision[0] : layout.decision[1]]
        if meta.number and meta.issued:
            meta.promulgated_by = f"Quyết định số {meta.number} ngày {meta.issued:%-d/%-m/%Y}"
        if not preamble:
            preamble = [(n, " ".join(t.split())) for n, t in decision if mt._PREAMBLE.match(t.strip())]
        if not (meta.signer or meta.recipients):  # the plan is signed through its decision
            mt.parse_closing(decision[_closing_start(decision, 0) :], meta, report)
    mt.parse_preamble(preamble, meta, report)
    mt.issuer_from_header(meta, report)
    mt.classify(meta, " ".join(t for _, t in preamble), " ".join(p.text for p in body.passages), report)

    title = layout.title
    if title and title[0].islower():
        report.add("repair", lines[layout.type_index][0], "viết hoa chữ đầu trích yếu", 0.95)
        title = title[0].upper() + title[1:]
    meta.title = title or meta.type
    meta.year = _year(meta, report)
    _defaults(meta, report)

    passages = list(body.passages)
    if unplaced:
        passages.append(Passage("heading", UNPLACED_HEADING, "", unplaced[0][0], 2))
        for number, text in unplaced:
            passages.append(Passage("paragraph", text, "", number))
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
