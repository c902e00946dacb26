"""Recognise citations of other documents in plan text (DOMAIN.md, “Citations of directives”).

The shape is ``<type> [số] <number>[,] [ngày <date>] [của <issuer>] [về <subject>]``, with
sloppy variants (``141- KH/TU``, ``1648/QĐ/TTg``, ``04/03/2021của``), abbreviations as the type
word (``KL 57``), short re-citations (``Chỉ thị 12``) and documents cited by name only
(``Nghị quyết Đại hội XIII của Đảng``, ``Hiến chương Liên hợp quốc``, ``UNCLOS 1982``).

A capitalised type word needs a number or a recognised name after it to be a citation:
“Kế hoạch của Ban Thường vụ Tỉnh ủy” names no document and is not one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

TYPE_WORDS = (
    "Nghị quyết",
    "Chỉ thị",
    "Kết luận",
    "Quyết định",
    "Quy định",
    "Hướng dẫn",
    "Kế hoạch",
    "Thông báo",
    "Nghị định",
    "Thông tư",
    "Công văn",
    "Chương trình",
    "Chiến lược",
    "Quy chế",
    "Thông tri",
    "Đề án",
)
ABBREVIATIONS = {
    "NQ": "Nghị quyết",
    "CT": "Chỉ thị",
    "KL": "Kết luận",
    "QĐ": "Quyết định",
    "QĐi": "Quy định",
    "HD": "Hướng dẫn",
    "KH": "Kế hoạch",
    "TB": "Thông báo",
    "NĐ": "Nghị định",
    "TT": "Thông tư",
    "CTr": "Chương trình",
    "QC": "Quy chế",
}
# The code a well-formed number carries for each type (``57-KL/TW`` for a Kết luận).
TYPE_CODES = {full: abbr for abbr, full in ABBREVIATIONS.items()}

_TYPE = "|".join(sorted(TYPE_WORDS, key=len, reverse=True))
_ABBR = "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))
# A number: digits, then segments after - or / (a year, or a code such as KL, TW, NĐ-CP, QH15).
_CODE = r"(?:\d{4}|[A-ZĐ][A-Za-zĐđ0-9]*)"
_NUMBER = rf"\d{{1,5}}(?:\s?[-–—/]\s?{_CODE})*"
_DATE = (
    r"(?P<d>\d{1,2})\s*[/-]\s*(?P<m>\d{1,2})\s*[/-]\s*(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4})"
)
_NUMBERED = re.compile(
    rf"(?<![\w/-])(?P<type>{_TYPE}|{_ABBR})\s+(?:(?:số|Số)\s*:?\s*)?(?P<number>{_NUMBER})(?![\w/])"
    rf"(?:\s*,?\s*(?:ngày\s*)?(?P<date>{_DATE}))?"
)
# The issuer ends before “về” (the subject), punctuation, “và”, or a verb that starts a new clause.
_ISSUER_STOP = r"\s+(?:về|và|phê duyệt|ban hành|quy định|hướng dẫn|thực hiện|triển khai|tại|trong|đến|nhằm)\b"
_ISSUER = re.compile(rf"\s*của\s+(?P<issuer>[^,;.“”\"]+?(?:\s*\([^)]{{1,40}}\))?)(?={_ISSUER_STOP}|\s*[,;.“”]|\s*$)")
# An unquoted subject ends at “;”, a full stop, a clause opener (“, đặc biệt là …”) or the next
# citation's type word: it never swallows another citation.
_SUBJECT_END = (
    rf"\s*;|\.(?:\s|$)|$|,\s*(?=[A-ZĐ])|,?\s+(?:đặc biệt|nhất là|trong đó|gắn với)\b"
    rf"|,?\s+(?:và\s+)?(?=(?:{_TYPE}|Hiến chương|Hiến pháp|Luật|UNCLOS|Công ước)\s)"
)
_SUBJECT = re.compile(rf"\s*về\s+(?:việc\s+)?(?:“(?P<quoted>(?:[^“”]|“[^”]*”)*)”|(?P<plain>[^;]+?)(?={_SUBJECT_END}))")

_ROMAN = r"[IVXLC]+"
_NAMED = [
    ("Nghị quyết", rf"Nghị quyết Đại hội(?:\s+[\wÀ-ỹ]+){{0,10}}?\s+(?:lần thứ\s+)?{_ROMAN}(?:\s+của Đảng)?(?![\w])"),
    ("Hiến chương", r"Hiến chương Liên (?:hợp|hiệp) quốc"),
    ("Hiến pháp", r"Hiến pháp(?: nước Cộng hòa xã hội chủ nghĩa Việt Nam)?(?: năm)? \d{4}"),
    ("Công ước", r"UNCLOS(?: \d{4})?|Công ước Liên (?:hợp|hiệp) quốc về Luật Biển(?: năm \d{4})?"),
    ("Chiến lược", r"Chiến lược(?:\s+[\wÀ-ỹ-]+){1,12}?\s+giai đoạn\s+\d{4}\s*[-–]\s*\d{4}"),
    ("Luật", r"Luật(?:\s+(?!ngày\b|năm\b|của\b|và\b|số\b)[\wÀ-ỹ]+){1,9}"),
    ("Tuyên bố chung", r"Tuyên bố chung Việt Nam\s*[-–]\s*[A-ZĐ][\wÀ-ỹ]*(?:\s+[A-ZĐ][\wÀ-ỹ]*)*"),
]
_NAMED_RE = [(kind, re.compile(rf"(?<![\w]){pattern}")) for kind, pattern in _NAMED]


@dataclass(frozen=True)
class Citation:
    type: str
    number: str | None
    raw: str
    date: date | None
    issuer: str | None
    subject: str | None
    start: int
    end: int
    name: str | None = None

    def as_json(self) -> dict:
        return {
            "type": self.type,
            "number": self.number,
            "raw": self.raw,
            "date": self.date.isoformat() if self.date else None,
            "issuer": self.issuer,
            "subject": self.subject,
            "name": self.name,
            "start": self.start,
            "end": self.end,
        }


def normalize_number(raw: str) -> str:
    """``141- KH/TU`` → ``141-KH/TU``: no spaces around separators, one kind of dash."""
    return re.sub(r"\s*([-/])\s*", r"\1", re.sub(r"[–—]", "-", raw)).strip()


def _date(match: re.Match) -> date | None:
    d, m, y = (
        match.group("d") or match.group("d2"),
        match.group("m") or match.group("m2"),
        match.group("y") or match.group("y2"),
    )
    try:
        return date(int(y), int(m), int(d))
    except (TypeError, ValueError):
        return None


def _tail(text: str, end: int) -> tuple[str | None, str | None, int]:
    """Issuer (“của …”) and subject (“về …”) after position ``end``; returns the new end."""
    issuer = subject = None
    match = _ISSUER.match(text, end)
    if match:
        issuer, end = match.group("issuer").strip(), match.end()
    match = _SUBJECT.match(text, end)
    if match:
        quoted = match.group("quoted")
        # A quote the source opened and never closed is not part of the subject.
        subject = (quoted if quoted is not None else match.group("plain")).strip().strip('“”"').strip()
        end = match.end()
    return issuer, subject, end


def find_citations(text: str) -> list[Citation]:
    """Every citation in ``text``, in order, with character offsets into ``text``."""
    found: list[Citation] = []
    taken: list[tuple[int, int]] = []
    for match in _NUMBERED.finditer(text):
        kind = ABBREVIATIONS.get(match.group("type"), match.group("type"))
        end = match.end()
        issuer, subject, end = _tail(text, end)
        start = match.start()
        found.append(
            Citation(
                kind,
                normalize_number(match.group("number")),
                text[start:end],
                _date(match) if match.group("date") else None,
                issuer,
                subject,
                start,
                end,
            )
        )
        taken.append((start, end))
    for kind, pattern in _NAMED_RE:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(a <= start < b or start <= a < end for a, b in taken):
                continue
            name = " ".join(match.group(0).split())
            found.append(Citation(kind, None, text[start:end], None, None, None, start, end, name=name))
            taken.append((start, end))
    return sorted(found, key=lambda c: c.start)
