"""The year a document is for, which is not always the year it was signed.

A plan for 2025 is often signed in December 2024, and a Quyết định signed in 2023 may
promulgate the plan for 2024. So the title decides first (“năm 2024”, “trong năm 2024”, a
period “giai đoạn 2023 – 2025” kept as a span), then the issue date. A year in the title far
from the issue date (“kỷ niệm … năm 1975”) is the year of an event, not the plan's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_SPAN = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})(?!\d)")
_SPAN_WORDS = re.compile(r"(?:giai\s+đoạn|nhiệm\s+kỳ|từ\s+năm|thời\s+kỳ|năm)\s*$", re.IGNORECASE)
_YEAR = re.compile(r"(?<!tháng\s\d)(?<!tháng\s\d\d)(?<![\d/])\bnăm\s+((?:19|20)\d{2})(?![\d/])", re.IGNORECASE)


@dataclass(frozen=True)
class DocumentYear:
    year: int
    period: tuple[int, int] | None
    rule: str  # which rule gave the year, for the report


def _plausible(year: int, issued: date | None) -> bool:
    if issued is None:
        return 2000 <= year <= 2100
    return issued.year - 1 <= year <= issued.year + 2


_ANY_YEAR = re.compile(r"(?<![\d/.,])(?:19|20)\d{2}(?!\d)")


def document_year(title: str, issued: date | None, text: str = "") -> DocumentYear | None:
    """The year (and period) ``title`` names, else the issue date's, else the latest year ``text`` names.

    The last is a weak guess for a document whose header was lost and whose title names no
    year (a draft, a conversion that starts at the preamble): the latest year its text mentions.
    """
    for match in _SPAN.finditer(title):
        first, last = int(match.group(1)), int(match.group(2))
        before = title[: match.start()]
        if first < last <= first + 15 and _SPAN_WORDS.search(before) and _plausible(first, issued):
            return DocumentYear(first, (first, last), f"giai đoạn {first}–{last} trong trích yếu")
    for match in _YEAR.finditer(title):
        year = int(match.group(1))
        if _plausible(year, issued):
            return DocumentYear(year, None, f"“năm {year}” trong trích yếu")
    if issued is not None:
        return DocumentYear(issued.year, None, "năm của ngày ban hành (trích yếu không ghi năm)")
    years = [int(y) for y in _ANY_YEAR.findall(text) if 2000 <= int(y) <= 2100]
    if years:
        return DocumentYear(max(years), None, "năm gần nhất được nhắc trong văn bản (không có ngày ban hành)")
    return None
