"""Where the parts of a converted document are: header, type and title, body, closing block.

Real documents give their type in many places. The usual one is a line of its own (``KẾ HOẠCH``)
or an upper-case line that starts with it (``KẾ HOẠCH TUYÊN TRUYỀN …``); conversions from web
pages often lose that line, and then the type is in the number's code (``Số: 44/KH-UBND``), the
title, or the preamble (``… ban hành Kế hoạch …``). ``find_layout`` looks in that order and says
where it found it; only a text that names no type anywhere is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb_build import doctypes
from kb_build.importer import metadata as mt
from kb_build.importer.report import ImportReport
from kb_build.importer.structure import marker_of
from kb_build.text import fold

SEARCH_TYPE_WITHIN = 80  # lines: the type word stands in the document's first page
HEADER_WITHIN = 25  # lines: the header block (organ, motto, number, place and date) is short

Lines = list[tuple[int, str]]


class NotADocument(ValueError):
    """The input is not an administrative document (no type, number or date anywhere)."""


# “… ban hành Kế hoạch …”, “xây dựng Hướng dẫn …”: the preamble or a repost's lead-in names the type.
_NAMED_IN_SENTENCE = re.compile(
    r"(?:ban hành|xây dựng|triển khai|hướng dẫn)\s+(?:các\s+)?("
    + "|".join(sorted((t for t in doctypes.TYPE_NAMES if t != "Luật"), key=len, reverse=True))
    + r")\b(?!\s+số\s*\d)(?!\s+(?:của|số)\b)",
    re.IGNORECASE,
)
# Lines that start the issuing authority of a decision (“ỦY BAN NHÂN DÂN TỈNH HÀ GIANG”,
# “CHỦ TỊCH ỦY BAN NHÂN DÂN …”): they end the title above them.
_AUTHORITY = re.compile(
    r"^(uy ban|chu tich|bo truong|thu tuong|ban thuong vu|ban thuong truc|ban chap hanh|ban bi thu|bo chinh tri|"
    r"giam doc|truong ban|hoi dong nhan dan|chinh phu)\b"
)


@dataclass
class Layout:
    """Indexes into the document's lines, and what was read from where."""

    type: str
    type_source: str  # where the type was read: “dòng loại văn bản”, “mã trong số hiệu” …
    header_end: int  # lines before this index are the header block
    title: str
    body_start: int
    closing_start: int
    type_index: int | None = None  # the type line, when there is one
    decision: tuple[int, int] | None = None  # the text of a Quyết định that promulgates the plan


def _upper(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def type_of_line(text: str) -> tuple[str, str] | None:
    """A type line: the type word alone (``KẾ HOẠCH``), or an upper-case line starting with it.

    Returns the type and the rest of the line (the start of the title), else None. A line
    ending in “:” (``QUYẾT ĐỊNH:`` before Điều 1) introduces text, it is not a type line.
    """
    stripped = text.strip()
    if not stripped or stripped.endswith(":") or len(stripped) > 200:
        return None
    alone = doctypes.type_named(stripped)
    if alone:
        return alone, ""
    if _upper(stripped) and not any(ch.isdigit() for ch in stripped.split()[0]):
        found = doctypes.type_at_start(stripped)
        if found and found[1] and found[0] != "Luật":  # “LUẬT …” would also be a heading's start
            return found
    return None


def type_line(lines: Lines, start: int = 0, wanted: str | None = None) -> int | None:
    for index in range(start, min(len(lines), start + SEARCH_TYPE_WITHIN)):
        found = type_of_line(lines[index][1])
        if found and (wanted is None or found[0] == wanted):
            return index
    return None


def title_after(lines: Lines, index: int, first: str = "") -> tuple[str, int]:
    """The title lines from ``index`` on (``first``: a part already read); (title, body start).

    The first line is the title even when it starts with “Thực hiện …” (a title can), unless
    it is a citation (“… số 12-KH/TU …”): then the document has no title line.
    """
    while index < len(lines) and not lines[index][1].strip():
        index += 1
    parts: list[str] = [first] if first else []
    while index < len(lines):
        text = lines[index][1].strip()
        folded = fold(text)
        citation = mt.PREAMBLE.match(text) and (re.search(r"\bsố\s*\d", text) or len(text) > 200 or parts)
        authority = parts and _upper(text) and _AUTHORITY.match(folded)
        if not text or citation or authority or marker_of(text) or mt.PROMULGATED.match(text):
            break
        if parts and (mt.NUMBER.match(text) or mt.DATE.search(text)):
            break
        parts.append(text)
        index += 1
    while index < len(lines) and (not lines[index][1].strip() or mt.PROMULGATED.match(lines[index][1].strip())):
        index += 1
    return " ".join(" ".join(parts).split()), index


def closing_start(lines: Lines, body_start: int) -> int:
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


def _is_header_line(text: str) -> bool:
    """A line of the header block: organ names, motto, rule, number, place and date, “V/v …”."""
    cells = mt.columns(text)
    if not cells:
        return True
    for cell in cells:
        folded = fold(cell)
        if not (
            mt.NUMBER.match(cell)
            or mt.DATE.search(cell)
            or re.fullmatch(r"[-_*=–—.\s]+", cell)
            or folded in mt.MOTTO
            or folded.startswith(("v/v", "ve viec"))
            or (_upper(cell) and len(cell) <= 80 and not type_of_line(cell))
        ):
            return False
    return True


def header_end(lines: Lines) -> int:
    """The index after the header block at the top, when the document has no type line.

    The block counts only if it holds a number or a date; a page that starts with its title
    has no header.
    """
    end, seen = 0, False
    for index in range(min(len(lines), HEADER_WITHIN)):
        text = lines[index][1].strip()
        if not _is_header_line(text):
            break
        if any(mt.NUMBER.match(c) or mt.DATE.search(c) for c in mt.columns(text)):
            seen, end = True, index + 1
    return end if seen else 0


def _type_in_sentences(lines: Lines, start: int, stop: int) -> tuple[str, int] | None:
    for index in range(start, min(stop, len(lines))):
        match = _NAMED_IN_SENTENCE.search(lines[index][1])
        if match:
            return doctypes.type_named(match.group(1)) or match.group(1), index
    return None


def _type_without_type_line(lines: Lines, number: str | None, title: str, body_start: int) -> tuple[str, str, int]:
    """Type, where it was read, and the line index, for a document that has no type line."""
    if number:
        by_code = doctypes.type_of_number(number)
        if by_code:
            return by_code, f"mã loại trong số hiệu “{number}”", 0
    at_start = doctypes.type_at_start(title) if title else None
    if at_start:
        return at_start[0], "đầu trích yếu", body_start
    in_title = _NAMED_IN_SENTENCE.search(title or "")
    if in_title:
        return doctypes.type_named(in_title.group(1)) or in_title.group(1), "trích yếu", body_start
    found = _type_in_sentences(lines, 0, body_start + 15)
    if found:
        where = "lời dẫn của bài đăng" if found[1] < body_start else "câu mở đầu"
        return found[0], f"{where} (“… ban hành {found[0]} …”)", found[1]
    if number and re.search(r"\bv/v\b|^về việc", fold(title or "")) is not None:
        return "Công văn", "số hiệu không có mã loại và trích yếu “V/v …”", 0
    if number and any(re.match(r"^\s*v/v\b", fold(t)) for _, t in lines[:HEADER_WITHIN]):
        return "Công văn", "số hiệu không có mã loại và dòng “V/v …”", 0
    raise NotADocument(
        "không nhận ra loại văn bản: không có dòng loại văn bản (KẾ HOẠCH, HƯỚNG DẪN …), mã loại trong số hiệu "
        "(KH, HD, QĐ …) hay câu “… ban hành Kế hoạch …”"
    )


def find_layout(lines: Lines, meta: mt.Metadata, report: ImportReport) -> Layout:
    """Locate the parts of the document and read its type (into ``meta.type``)."""
    type_index = type_line(lines)
    if type_index is None:
        end = header_end(lines)
        mt.parse_header(lines[:end], meta, report)
        title, body_start = title_after(lines, end)
        meta.type, source, index = _type_without_type_line(lines, meta.number, title, body_start)
        where = lines[index][0] if index < len(lines) else None
        report.add("guess", where, f"loại văn bản: {meta.type} (không có dòng loại văn bản; theo {source})", 0.8)
        return Layout(meta.type, source, end, title, body_start, closing_start(lines, body_start))

    found = type_of_line(lines[type_index][1])
    assert found is not None
    meta.type, rest = found
    mt.parse_header(lines[:type_index], meta, report)
    title, body_start = title_after(lines, type_index + 1, rest)
    source, decision = "dòng loại văn bản", None
    wrapped = re.search(r"ban hành\s+(kế hoạch|hướng dẫn|chương trình)", title, re.IGNORECASE)
    inner = type_line(lines, body_start, wanted=wrapped.group(1).capitalize()) if wrapped else None
    if meta.type == "Quyết định" and inner is not None:
        decision = (body_start, inner)
        inner_type, inner_rest = type_of_line(lines[inner][1]) or (meta.type, "")
        meta.type = inner_type
        title, body_start = title_after(lines, inner + 1, inner_rest)
        report.add(
            "guess", lines[inner][0], f"Quyết định ban hành {meta.type.lower()}: số, ngày là của quyết định", 0.85
        )
    report.add("guess", lines[type_index][0], f"loại văn bản: {meta.type}", 0.95)
    return Layout(
        meta.type, source, type_index, title, body_start, closing_start(lines, body_start), type_index, decision
    )
