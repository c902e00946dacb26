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
from kb_build.importer.lead_in import LEAD_WITHIN, LeadIn, read_lead_in
from kb_build.importer.report import ImportReport
from kb_build.importer.structure import marker_of, starts_lowercase
from kb_build.text import fold, is_upper

SEARCH_TYPE_WITHIN = 80  # lines: the type word stands in the document's first page
HEADER_WITHIN = 25  # lines: the header block (organ, motto, number, place and date) is short
MAX_TITLE = 400  # characters: a longer “title” is the first paragraph of a document that has none

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
    r"giam doc|truong ban|hoi dong nhan dan|chinh phu|bo \w+|so \w+)\b"
)


# “…, Ban Tuyên giáo Trung ương hướng dẫn tuyên truyền …”: a guidance says who guides.
_GUIDES = re.compile(
    r"(?:^|[,;:.]\s*)(?:Ban|Bộ|Ủy ban|UBND|Sở|Ban Thường trực|Ban Thường vụ)\b[^,;:.]{0,80}?\s+hướng dẫn\s+(?!số\b)"
)


@dataclass
class Layout:
    """Indexes into the document's lines, and what was read from where."""

    header_end: int  # lines before this index are the header block (the type line, when there is one)
    title: str
    body_start: int
    closing_start: int
    decision: tuple[int, int] | None = None  # the text of a Quyết định that promulgates the plan
    authority: str | None = None  # “ỦY BAN NHÂN DÂN TỈNH …” under a decision's title


def _authority_at(lines: Lines, index: int) -> str | None:
    return lines[index][1].strip() if index < len(lines) and is_authority(lines[index][1].strip()) else None


def type_of_line(text: str, lenient: bool = False) -> tuple[str, str] | None:
    """A type line: the type word alone (``KẾ HOẠCH``), or an upper-case line starting with it.

    Returns the type and the rest of the line (the start of the title, or the number:
    ``HƯỚNG DẪN 165-HD/BTGTW``), else None. A line ending in “:” (``QUYẾT ĐỊNH:`` before
    Điều 1) introduces text, it is not a type line. ``lenient`` also takes the type word in
    capitals before a title in running case (``HƯỚNG DẪN: Công tác …``).
    """
    stripped = text.strip()
    if not stripped or stripped.endswith(":") or len(stripped) > 200:
        return None
    alone = doctypes.type_named(stripped)
    if alone:
        return alone, ""
    found = doctypes.type_at_start(stripped)
    if not found or not found[1] or found[0] == "Luật":  # “LUẬT …” would also be a heading's start
        return None
    written = stripped[: len(stripped) - len(found[1])].strip(" :")
    if is_upper(stripped) or (lenient and is_upper(written) and (found[1][0].isupper() or found[1][0].isdigit())):
        return found
    return None


def type_line(lines: Lines, start: int = 0, wanted: str | None = None) -> int | None:
    """The first type line from ``start``; a lenient one only where the page has no strict one."""
    for lenient in (False, True):
        if lenient and wanted:
            break
        for index in range(start, min(len(lines), start + SEARCH_TYPE_WITHIN)):
            found = type_of_line(lines[index][1], lenient)
            if found and (wanted is None or found[0] == wanted):
                return index
    return None


_RULE_LINE = re.compile(r"^[-_*=–—.~\s]+$")


def is_authority(text: str) -> bool:
    """The issuing authority on its own line under a decision's title (“ỦY BAN NHÂN DÂN TỈNH HÀ GIANG”)."""
    folded = fold(text)
    about = re.search(r"\b(ve|cua)\b", folded)  # “CHÍNH PHỦ VỀ …” continues a title
    return bool(is_upper(text) and len(text) <= 80 and _AUTHORITY.match(folded) and not about)


def _next_text(lines: Lines, index: int) -> int:
    while index < len(lines) and (not lines[index][1].strip() or _RULE_LINE.match(lines[index][1])):
        index += 1
    return index


# Lines that follow a title and never belong to it, also when a conversion wrapped them: the
# promulgation note (“(Ban hành / kèm theo Quyết định …)”), a chapter, an article, a part.
_TITLE_ENDS = re.compile(r"^(?:\(\s*Ban hành\b|Chương\s+[IVXLC\d]+\b|Điều\s+\d+\s*\.|Phần\s+thứ\b|PHẦN\s+THỨ\b)")


def _continues_title(parts: list[str], text: str) -> bool:
    """After a blank line: a line in lower case goes on; so does an upper-case line under an upper-case title."""
    if starts_lowercase(text):
        return True
    return (
        is_upper(" ".join(parts)) and is_upper(text) and len(text) <= 200
        and not (marker_of(text) or is_authority(text) or type_of_line(text) or mt.NUMBER.match(text))
    )  # fmt: skip


def title_after(lines: Lines, index: int, first: str = "") -> tuple[str, int]:
    """The title lines from ``index`` on (``first``: a part already read); (title, body start).

    The first line is the title even when it starts with “Thực hiện …” (a title can), unless
    it is a citation (“… số 12-KH/TU …”): then the document has no title line. A title goes on
    over a blank line when the next line starts in lower case (a web page's paragraph breaks).
    """
    index = _next_text(lines, index)
    parts: list[str] = [first] if first else []
    while index < len(lines):
        text = lines[index][1].strip()
        if not text or _RULE_LINE.match(text):
            following = _next_text(lines, index)
            if parts and following < len(lines) and _continues_title(parts, lines[following][1].strip()):
                index = following
                continue
            break
        # An upper-case line is a title (“THỰC HIỆN NGHỊ QUYẾT SỐ 71/NQ-CP …”), never a citation.
        citation = (
            mt.PREAMBLE.match(text)
            and not is_upper(text)
            and (re.search(r"\bsố\s*\d", text) or len(text) > 200 or parts)
        )
        if citation or (parts and is_authority(text)) or marker_of(text) or mt.PROMULGATED.match(text):
            break
        if parts and is_upper(" ".join(parts)) and text != text.upper() and not starts_lowercase(text):
            break  # a paragraph in running case under an upper-case title, with no blank line between
        if parts and _TITLE_ENDS.match(text):
            break
        if parts and len(text) <= 60 and (mt.NUMBER.match(text) or mt.DATE.search(text)):
            break  # the header's number or date line, after a title that stood above it
        parts.append(text)
        index += 1
    while index < len(lines) and (_RULE_LINE.match(lines[index][1] or " ") or mt.PROMULGATED.match(lines[index][1])):
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
    if mt.PREAMBLE.match(text):  # “Căn cứ Luật … ngày 16 tháng 6 năm 2025;” has a date, but opens the body
        return False
    for cell in cells:
        folded = fold(cell)
        if not (
            mt.NUMBER.match(cell)
            or (mt.DATE.search(cell) and len(cell) <= 70)
            or mt.PORTAL_FIELD.match(cell)
            or re.fullmatch(r"[-_*=–—.\s]+", cell)
            or folded in mt.MOTTO
            or folded.startswith(("v/v", "ve viec"))
            or (is_upper(cell) and len(cell) <= 80 and not type_of_line(cell))
        ):
            return False
    return True


def _has_number_or_date(text: str) -> bool:
    return any(mt.NUMBER.match(c) or (mt.DATE.search(c) and len(c) <= 70) for c in mt.columns(text))


def header_block(lines: Lines) -> tuple[int, int]:
    """(start, end) of the header block, when the document has no type line; (0, 0) if none.

    The block is the run of header lines around the first line with a number or a date; what
    stands before it is a web page's lead-in. A page that starts with its title has no header.
    """
    anchor = next(
        (i for i in range(min(len(lines), HEADER_WITHIN + LEAD_WITHIN)) if _is_header_line(lines[i][1].strip())
         and _has_number_or_date(lines[i][1].strip())),
        None,
    )  # fmt: skip
    if anchor is None:
        return 0, 0
    start = anchor
    while start > 0 and _is_header_line(lines[start - 1][1].strip()):
        start -= 1
    end = anchor + 1
    for index in range(anchor + 1, min(len(lines), anchor + HEADER_WITHIN)):
        text = lines[index][1].strip()
        if not _is_header_line(text):
            break
        if _has_number_or_date(text):
            end = index + 1
    return start, end


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
    guides = next((i for i in range(body_start, min(len(lines), body_start + 30)) if _GUIDES.search(lines[i][1])), None)
    if guides is not None:
        return "Hướng dẫn", "câu “<cơ quan> hướng dẫn …” của văn bản", guides
    if number and re.search(r"\bv/v\b|^về việc", fold(title or "")) is not None:
        return "Công văn", "số hiệu không có mã loại và trích yếu “V/v …”", 0
    if number and any(re.match(r"^\s*v/v\b", fold(t)) for _, t in lines[:HEADER_WITHIN]):
        return "Công văn", "số hiệu không có mã loại và dòng “V/v …”", 0
    raise NotADocument(
        "không nhận ra loại văn bản: không có dòng loại văn bản (KẾ HOẠCH, HƯỚNG DẪN …), mã loại trong số hiệu "
        "(KH, HD, QĐ …) hay câu “… ban hành Kế hoạch …”"
    )


def _fill_from_lead_in(lead: LeadIn, meta: mt.Metadata, report: ImportReport) -> None:
    where = lead.line
    if lead.number and meta.number is None:
        meta.number = mt.normalize_number(lead.number)
        report.add("guess", where, f"số hiệu theo lời dẫn của bài đăng: {meta.number}", 0.7)
    if lead.issued and meta.issued is None:
        meta.issued = lead.issued
        report.add("guess", where, f"ngày ban hành theo lời dẫn của bài đăng: {lead.issued:%d/%m/%Y}", 0.7)
    if lead.issuer:
        meta.lead_issuer = lead.issuer


def _no_type_line(lines: Lines, meta: mt.Metadata, report: ImportReport) -> Layout:
    start, end = header_block(lines)
    mt.parse_header(lines[start:end], meta, report)
    lead = read_lead_in(lines[:start] if start else lines[:LEAD_WITHIN])
    _fill_from_lead_in(lead, meta, report)
    if end == 0 and lead.line is not None:  # no header: the document starts after its lead-in
        end = next(i for i, (n, _) in enumerate(lines) if n == lead.line) + 1
        while end < len(lines) and re.search(r"như sau\s*:?\s*$", lines[end - 1][1]) is None and end < 3:
            end += 1
    first = _next_text(lines, end)
    if _authority_at(lines, first):  # “CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …” right under the header: no title
        title, body_start = "", first
    else:
        title, body_start = title_after(lines, end)
    paragraph = not is_upper(title) and (len(title) > MAX_TITLE // 2 or title.endswith((".", ":")))
    if paragraph or len(title) > MAX_TITLE:  # the first paragraph of a document that has no title
        title, body_start = "", _next_text(lines, end)
    if not title and lead.subject:
        title = lead.subject[:1].upper() + lead.subject[1:]
        report.add("guess", lead.line, f"trích yếu theo lời dẫn của bài đăng: “{title}”", 0.6)
    if lead.type and meta.number is None:
        meta.type, source, index = lead.type, "lời dẫn của bài đăng", end
    else:
        meta.type, source, index = _type_without_type_line(lines, meta.number, title, body_start)
    where = lines[index][0] if index < len(lines) else None
    report.add("guess", where, f"loại văn bản: {meta.type} (không có dòng loại văn bản; theo {source})", 0.8)
    return Layout(end, title, body_start, closing_start(lines, body_start), authority=_authority_at(lines, body_start))


def find_layout(lines: Lines, meta: mt.Metadata, report: ImportReport) -> Layout:
    """Locate the parts of the document and read its type (into ``meta.type``)."""
    type_index = type_line(lines)
    if type_index is None:
        return _no_type_line(lines, meta, report)

    found = type_of_line(lines[type_index][1], lenient=True)
    assert found is not None
    meta.type, rest = found
    mt.parse_header(lines[:type_index], meta, report)
    number_in_line = mt.NUMBER.match(f"Số {rest}") if rest[:1].isdigit() else None
    if number_in_line:  # “HƯỚNG DẪN 165-HD/BTGTW”
        meta.number = meta.number or mt.normalize_number(number_in_line.group(1))
        rest = ""
    start, _ = header_block(lines[:type_index])
    _fill_from_lead_in(read_lead_in(lines[:start], meta.type), meta, report)
    title, body_start = title_after(lines, type_index + 1, rest)
    decision = None
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
    authority = _authority_at(lines, decision[0] if decision else body_start)
    return Layout(type_index, title, body_start, closing_start(lines, body_start), decision, authority)
