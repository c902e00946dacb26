"""``kb-build import``: raw Word/PDF conversions → normalized plans, with a review report.

The stages of one import, each in its own module:

    decode (decode.py, docx_reader.py) → remove clutter (clutter.py)
        → split header / body / closing, read metadata (metadata.py)
        → assemble the body (structure.py) → write the corpus file (serialize.py)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kb_build.importer import metadata as mt
from kb_build.importer.clutter import remove_clutter, remove_repeated_title
from kb_build.importer.decode import NotText, decode
from kb_build.importer.docx_reader import read_docx
from kb_build.importer.report import ImportReport
from kb_build.importer.structure import build_body, marker_of
from kb_build.model import LEVELS, SYSTEMS, Passage, Plan
from kb_build.serialize import plan_to_markdown
from kb_build.text import fold
from kb_build.validate import validate_plan

UNPLACED_HEADING = "CHƯA XẾP ĐƯỢC (biên tập viên cần xem lại)"
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
    """The title lines right after the type word; returns (title, index of first body line)."""
    index = after + 1
    while index < len(lines) and not lines[index][1].strip():
        index += 1
    parts: list[str] = []
    while index < len(lines):
        text = lines[index][1].strip()
        if not text or mt._PREAMBLE.match(text) or marker_of(text) or mt._PROMULGATED.match(text):
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
    lines = [(n, t.rstrip()) for n, t in lines]
    lines = remove_clutter(lines, report)
    type_index = _type_line(lines)
    if type_index is None:
        raise ImportError_("không phải văn bản kế hoạch: không thấy dòng loại văn bản (KẾ HOẠCH, HƯỚNG DẪN …)")
    lines = remove_repeated_title(lines, type_index, report)
    type_index = _type_line(lines)
    meta = mt.Metadata(type=mt.type_of(lines[type_index][1]))
    mt.parse_header(lines[:type_index], meta, report)
    title, body_start = _title(lines, type_index)

    wrapped = re.search(r"ban hành\s+(kế hoạch|hướng dẫn|chương trình)", title, re.IGNORECASE)
    if meta.type == "Quyết định" and wrapped:
        plan_type = wrapped.group(1).capitalize()
        inner = _type_line(lines, body_start, wanted=plan_type)
        if inner is not None:
            decision_lines = [(n, t) for n, t in lines[body_start:inner] if mt._PREAMBLE.match(t.strip())]
            if meta.number and meta.issued:
                meta.promulgated_by = (
                    f"Quyết định số {meta.number} ngày {meta.issued.day}/{meta.issued.month}/{meta.issued.year}"
                )
            meta.header_organs += [
                t.strip() for _, t in lines[body_start:inner] if t.strip().isupper() and mt.type_of(t) is None
            ]
            meta.type = plan_type
            title, body_start = _title(lines, inner)
            report.add(
                "guess", lines[inner][0], f"Quyết định ban hành {plan_type.lower()}: lấy số, ngày của quyết định", 0.85
            )
            preamble_fallback = decision_lines
        else:
            preamble_fallback = []
    else:
        preamble_fallback = []
    report.add("guess", lines[type_index][0], f"loại văn bản: {meta.type}", 0.95)

    meta.header = [t.strip() for _, t in lines[:body_start] if t.strip()]
    closing_start = _closing_start(lines, body_start)
    body_lines = lines[body_start:closing_start]
    preamble = []
    for number, text in body_lines:
        if not text.strip():
            continue
        if not mt._PREAMBLE.match(text.strip()):
            break
        preamble.append((number, " ".join(text.split())))
    mt.parse_preamble(preamble or preamble_fallback, meta, report)
    body = build_body(body_lines, report, word_footnotes)
    closing_unplaced = mt.parse_closing(lines[closing_start:], meta, report)

    mt.issuer_from_header(meta, report)
    context = " ".join(meta.header + [t for _, t in preamble])
    mt.classify(meta, context, " ".join(p.text for p in body.passages), report)

    if title and title[0].islower():
        report.add("repair", lines[type_index][0], "viết hoa chữ đầu trích yếu", 0.95)
        title = title[0].upper() + title[1:]
    meta.title = title
    year = re.search(r"năm\s+(\d{4})", title) or re.search(r"giai đoạn\s+(\d{4})", title)
    if year:
        meta.year = int(year.group(1))
    elif meta.issued:
        meta.year = meta.issued.year
        report.add("guess", None, f"năm của kế hoạch theo ngày ban hành: {meta.year}", 0.6)
    else:
        raise ImportError_("không phải văn bản kế hoạch: không xác định được năm")

    passages = list(body.passages)
    unplaced = body.unplaced + closing_unplaced
    if unplaced:
        passages.append(Passage("heading", UNPLACED_HEADING, "", unplaced[0][0], 2))
        for number, text in unplaced:
            passages.append(Passage("paragraph", text, "", number))
            report.add("unplaced", number, f"chưa xếp được, để trong mục riêng: “{text[:60]}”", 0.5)
    for field, allowed, default in (("system", SYSTEMS, "Nhà nước"), ("level", LEVELS, "tỉnh")):
        if getattr(meta, field) not in allowed:
            setattr(meta, field, default)
            report.add("guess", None, f"không xác định được “{field}”: tạm ghi “{default}”", 0.2)
    if not meta.issuer:
        meta.issuer = "Chưa xác định"
        report.add("guess", None, "không xác định được cơ quan ban hành", 0.1)

    identifier = mt.plan_id(meta)
    plan = Plan(
        id=identifier,
        type=meta.type,
        title=meta.title or meta.type,
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
