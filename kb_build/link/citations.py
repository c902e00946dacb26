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

# A type word is capitalised (“Kết luận”), or in capitals (a heading), or in lower case when “số”
# follows (“kết luận số 57-KL/TW”); lower case alone is the common noun, not a citation.
_VARIANTS = {v: t for t in TYPE_WORDS for v in (t, t.upper(), t.lower())}
_TYPE = "|".join(sorted(_VARIANTS, key=len, reverse=True))
_ABBR = "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))
# A number: digits, then segments after - or / (a year, or a code such as KL, TW, NĐ-CP, QH15).
_CODE = r"(?:\d{4}|[A-ZĐ][A-Za-zĐđ0-9]*)"
_NUMBER = rf"\d{{1,5}}(?:\s?[-–—/]\s?{_CODE}|\s{_CODE}(?=/))*"  # “25 CT/TW”: a space for the dash
_DATE = (
    r"(?P<d>\d{1,2})\s*[/-]\s*(?P<m>\d{1,2})\s*[/-]\s*(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4})"
)
_NUMBERED = re.compile(
    rf"(?<![\w/-])(?P<type>{_TYPE}|{_ABBR})\s+(?P<so>(?:số|Số|SỐ)\s*:?\s*)?(?P<number>{_NUMBER})(?![\w/])"
    rf"(?:\s*,?\s*(?:ngày\s*|NGÀY\s*)?(?P<date>{_DATE}))?"
)
# The issuer ends before “về” (the subject), punctuation, “và”, or a verb that starts a new clause.
_ISSUER_STOP = r"\s+(?:về|VỀ|và|phê duyệt|ban hành|quy định|hướng dẫn|thực hiện|triển khai|tại|trong|đến|nhằm)\b"
_ISSUER = re.compile(
    rf"\s*(?:của|CỦA)\s+(?P<issuer>[^,;.“”\"]+?(?:\s*\([^)]{{1,40}}\))?)(?={_ISSUER_STOP}|\s*[,;.“”]|\s*$)"
)
# An unquoted subject ends at “;”, a full stop, a clause opener (“, đặc biệt là …”) or the next
# citation's type word: it never swallows another citation.
_SUBJECT_END = (
    rf"\s*;|\.(?:\s|$)|$|,\s*(?=[A-ZĐ])|,?\s+(?:đặc biệt|nhất là|trong đó|gắn với)\b"
    rf"|,?\s+(?:và\s+)?(?=(?:{_TYPE}|Hiến chương|Hiến pháp|Luật|UNCLOS|Công ước)\s)"
)
_SUBJECT = re.compile(
    rf"\s*(?:về|VỀ)\s+(?:việc\s+)?(?:“(?P<quoted>(?:[^“”]|“[^”]*”)*)”|(?P<plain>[^;]+?)(?={_SUBJECT_END}))"
)

_ROMAN = r"[IVXLC]+"
_W = r"[\wÀ-ỹ-]+"
# A planning document is named by its period: “… giai đoạn 2021 - 2030”, “… đến năm 2030”.
_PERIOD = (
    r"(?:giai\s+đ\w+n\s+\d{4}\s*[-–]\s*\d{4}|đến năm \d{4}|\d+ năm \d{4}\s*[-–]\s*\d{4})"
    r"(?:,\s*tầm nhìn(?: đến)?(?: năm)? \d{4})?"
)
_NAMED = [  # most specific first: an overlapping later match is dropped
    ("Nghị quyết", rf"Nghị quyết Đại hội(?:\s+{_W}){{0,10}}?\s+(?:lần thứ\s+)?{_ROMAN}(?:\s+của Đảng)?(?!\w)"),
    ("Nghị quyết", rf"Nghị quyết Trung ương \d+ khóa {_ROMAN}(?!\w)"),
    ("Chương trình", r"Chương trình hành động(?: của [^“\"”,;]{1,60}?)? [“\"][^”\"]+[”\"]"),
    (
        "Chương trình",
        rf"Chương trình hành động của [^,;.]{{1,40}}? thực hiện Nghị quyết Đại hội(?:\s+{_W}){{0,6}}?\s+{_ROMAN}"
        r"(?: của Đảng)?",
    ),
    ("Hiến chương", r"Hiến chương (?:Liên (?:hợp|hiệp) quốc|ASEAN)"),
    ("Hiến pháp", r"Hiến pháp(?: nước Cộng hòa xã hội chủ nghĩa Việt Nam)?(?: năm)? \d{4}"),
    (
        "Công ước",
        r"UNCLOS(?: \d{4})?|Công ước Liên (?:hợp|hiệp) quốc về [\wÀ-ỹ ]+?(?: năm \d{4}|(?=\s*(?:[,;.()]|và\b|$)))",
    ),
    ("Hiệp định", r"Hiệp định Paris(?: về [^;().]+[^;().\s])?"),
    ("Luật", r"Luật(?:\s+(?!ngày\b|năm\b|của\b|và\b|số\b)[\wÀ-ỹ]+){1,9}(?: năm \d{4})?"),
    ("Tuyên bố chung", r"Tuyên bố chung Việt Nam\s*[-–]\s*[A-ZĐ][\wÀ-ỹ]*(?:\s+[A-ZĐ][\wÀ-ỹ]*)*"),
    *[
        (kind, rf"{kind}(?:\s+(?!giai\b|đến\b){_W}){{1,14}}?\s+{_PERIOD}")
        for kind in ("Chiến lược", "Kế hoạch", "Chương trình", "Quy hoạch", "Đề án")
    ],
]
_NAMED_RE = [
    # Every pattern starts with its kind's name (or UNCLOS): a text without it is not searched.
    (kind, ("UNCLOS", kind) if kind == "Công ước" else (kind,), re.compile(rf"(?<![\w]){pattern}"))
    for kind, pattern in _NAMED
]


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


def _tail(text: str, end: int) -> tuple[str | None, str | None, int, int]:
    """Issuer (“của …”) and subject (“về …”) after ``end``: (issuer, subject, subject start, new end)."""
    issuer = subject = None
    match = _ISSUER.match(text, end)
    if match:
        issuer, end = match.group("issuer").strip(), match.end()
    subject_start = end
    match = _SUBJECT.match(text, end)
    if match:
        quoted = match.group("quoted")
        # A quote the source opened and never closed is not part of the subject.
        subject = (quoted if quoted is not None else match.group("plain")).strip().strip('“”"').strip()
        end = match.end()
    return issuer, subject, subject_start, end


def find_citations(text: str) -> list[Citation]:
    """Every citation in ``text``, in order, with character offsets into ``text``.

    A citation may lie inside another's subject (“Kết luận … về tiếp tục thực hiện Nghị
    quyết số 10-NQ/TU …”, “… về Chiến lược … giai đoạn 2011 - 2020”): both are reported.
    """
    found: list[Citation] = []
    heads: list[tuple[int, int, int]] = []  # (start, where its subject starts, end)
    for match in _NUMBERED.finditer(text):
        written = match.group("type")
        if written not in ABBREVIATIONS and written == written.lower() and not match.group("so"):
            continue  # “kế hoạch 2024”: the common noun
        kind = ABBREVIATIONS.get(written) or _VARIANTS[written]
        start = match.start()
        issuer, subject, subject_start, end = _tail(text, match.end())
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
        heads.append((start, subject_start, end))
    numbered = list(heads)
    named: list[tuple[int, int]] = []
    candidates = [
        (m.start(), m.end(), kind)
        for kind, words, pattern in _NAMED_RE
        if any(word in text for word in words)
        for m in pattern.finditer(text)
    ]
    for start, end, kind in sorted(candidates, key=lambda c: (c[0], c[0] - c[1])):  # outer names first
        in_subject = any(head <= start and end <= outer for _, head, outer in numbered)
        if not in_subject and any(a < end and start < b for a, _, b in numbered):
            continue
        # Inside another name only as the document it implements (“… thực hiện Nghị quyết …”),
        # not as part of its title (“Công ước … về Luật Biển”).
        inside = [(a, b) for a, b in named if a < end and start < b]
        if inside and not (all(a <= start and end <= b for a, b in inside) and text[:start].endswith("thực hiện ")):
            continue
        name = " ".join(text[start:end].split())
        found.append(Citation(kind, None, text[start:end], None, None, None, start, end, name=name))
        named.append((start, end))
    return sorted(found, key=lambda c: c.start)
