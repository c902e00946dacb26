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
_FULL_DATE = re.compile(
    r"\b\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*((?:19|20)\d{2})\b|tháng\s+\d{1,2}\s+năm\s+((?:19|20)\d{2})"
)
_OPENING_YEAR = re.compile(r"(?<!tháng\s\d)(?<!tháng\s\d\d)\b[Nn]ăm\s+((?:19|20)\d{2})(?![\d/])")


def document_year(title: str, issued: date | None, text: str = "") -> DocumentYear | None:
    """The year (and period) ``title`` names, else the issue date's, else a guess from ``text``.

    ``text`` is the opening of the document (a repost's lead-in included). A document signed
    in the last quarter whose opening speaks of the next year (“Năm 2012 toàn Đảng … kỷ niệm”)
    is for that year. For a document with neither a year in its title nor an issue date (a
    draft, a conversion that starts at the preamble), the guess is the year of the latest full
    date it mentions (it was written after the events and documents it dates), or the year
    after when the text speaks of it, else the first year of a term it names, else the latest year.
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
        following = issued.year + 1
        if issued.month >= 10 and any(int(y) == following for y in _OPENING_YEAR.findall(text)):
            return DocumentYear(following, None, f"ký cuối năm {issued.year}, phần mở đầu nói về năm {following}")
        return DocumentYear(issued.year, None, "năm của ngày ban hành (trích yếu không ghi năm)")
    dated = [int(a or b) for a, b in _FULL_DATE.findall(text)]
    if dated:
        latest = max(dated)
        if any(int(y) == latest + 1 for y in _OPENING_YEAR.findall(text)):
            rule = f"văn bản nói về năm {latest + 1}, sau ngày gần nhất được nhắc (không có ngày ban hành)"
            return DocumentYear(latest + 1, None, rule)
        rule = "năm của ngày gần nhất được nhắc trong văn bản (không có ngày ban hành)"
        return DocumentYear(latest, None, rule)
    for match in _SPAN.finditer(text):
        if _SPAN_WORDS.search(text[: match.start()]):
            first = int(match.group(1))
            rule = "năm đầu của nhiệm kỳ/giai đoạn nhắc trong văn bản (không có ngày ban hành)"
            return DocumentYear(first, None, rule)
    years = [int(y) for y in _ANY_YEAR.findall(text) if 2000 <= int(y) <= 2100]
    if years:
        return DocumentYear(max(years), None, "năm gần nhất được nhắc trong văn bản (không có ngày ban hành)")
    return None
