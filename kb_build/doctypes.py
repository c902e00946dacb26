"""The kinds of Vietnamese administrative and legal documents, and the codes their numbers carry.

One table for the whole package: Nghị định 30/2020/NĐ-CP (Art. 7 and Appendix III) lists the
administrative types and their codes; Party bodies add Kết luận and Thông tri (Quy định 66-QĐ/TW);
legal documents add Luật, Pháp lệnh, Nghị định, Thông tư. A number such as ``144-KH/ĐUK`` or
``79/HD-MTTW-BTT`` names its type by its first code (``KH``, ``HD``); a Công văn has none
(``3089/BTTTT-TTĐN``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb_build.text import fold


@dataclass(frozen=True)
class DocumentType:
    name: str
    codes: tuple[str, ...] = ()  # as numbers write them; the first is the usual one


DOCUMENT_TYPES = (
    DocumentType("Kế hoạch", ("KH",)),
    DocumentType("Hướng dẫn", ("HD",)),
    DocumentType("Quyết định", ("QĐ",)),
    DocumentType("Chương trình", ("CTr",)),
    DocumentType("Chỉ thị", ("CT",)),
    DocumentType("Kết luận", ("KL",)),
    DocumentType("Nghị quyết", ("NQ",)),
    DocumentType("Công văn", ("CV",)),
    DocumentType("Thông báo", ("TB",)),
    DocumentType("Thông tri", ("TT",)),
    DocumentType("Quy định", ("QyĐ", "QĐi")),
    DocumentType("Quy chế", ("QC",)),
    DocumentType("Thông cáo", ("TC",)),
    DocumentType("Phương án", ("PA",)),
    DocumentType("Đề án", ("ĐA",)),
    DocumentType("Dự án", ("DA",)),
    DocumentType("Báo cáo", ("BC",)),
    DocumentType("Biên bản", ("BB",)),
    DocumentType("Tờ trình", ("TTr",)),
    DocumentType("Hợp đồng", ("HĐ",)),
    DocumentType("Công điện", ("CĐ",)),
    DocumentType("Bản ghi nhớ", ("GN",)),
    DocumentType("Bản thỏa thuận", ("TTh",)),
    DocumentType("Giấy mời", ("GM",)),
    DocumentType("Giấy giới thiệu", ("GGT",)),
    DocumentType("Luật", ()),
    DocumentType("Pháp lệnh", ("PL",)),
    DocumentType("Nghị định", ("NĐ",)),
    DocumentType("Thông tư", ("TT",)),
    DocumentType("Thông tư liên tịch", ("TTLT",)),
)
TYPE_NAMES = tuple(t.name for t in DOCUMENT_TYPES)

_BY_FOLDED_NAME = {fold(t.name): t.name for t in DOCUMENT_TYPES}
_BY_CODE: dict[str, str] = {}
for _type in DOCUMENT_TYPES:
    for _code in _type.codes:
        _BY_CODE.setdefault(_code.upper(), _type.name)  # TT: Thông tri first; Thông tư by its year
_NUMBER_SEGMENTS = re.compile(r"[-/]")


def type_named(words: str) -> str | None:
    """The type that ``words`` spell exactly (``KẾ HOẠCH``, ``Hướng  dẫn:``), else None."""
    return _BY_FOLDED_NAME.get(" ".join(fold(words).strip(" :.").split()))


def type_at_start(words: str) -> tuple[str, str] | None:
    """The type ``words`` start with, and the rest (``KẾ HOẠCH TUYÊN TRUYỀN …`` → Kế hoạch, ``TUYÊN …``)."""
    folded = fold(words)
    for name in sorted(_BY_FOLDED_NAME, key=len, reverse=True):
        if folded.startswith((name + " ", name + ":")) or folded == name:
            rest = words[len(name) :].strip(" :")
            return _BY_FOLDED_NAME[name], rest
    return None


def type_of_number(number: str) -> str | None:
    """The type a number's code names: ``144-KH/ĐUK`` → Kế hoạch, ``22/2016/TT-BTTTT`` → Thông tư.

    The first segment after the serial that is a type code decides; a number with none
    (``3089/BTTTT-TTĐN``) gives None, which the caller may read as a Công văn.
    """
    segments = [s.strip() for s in _NUMBER_SEGMENTS.split(number)[1:]]
    has_year = any(re.fullmatch(r"\d{4}", s) for s in segments)
    for segment in segments:
        found = _BY_CODE.get(segment.upper())
        if found:
            return "Thông tư" if found == "Thông tri" and has_year else found
    return None
