"""What a repost says about the document before the document itself.

News and portal pages introduce the text they reprint: a page title (“Quy định số 97-QĐ/TW
của Bộ Chính trị: …”), a lead sentence (“Ngày 09/12/2020, Ban Tuyên giáo Trung ương ban hành
Hướng dẫn 165-HD/BTGTW về …”, “… xin trích nguyên Hướng dẫn số 12-HD/BTGTW, ngày 7 tháng 12
năm 2011 của Ban Tuyên giáo Trung ương”). When the document's own header was lost, that citation
is the best source of its type, number, date, issuer and subject; the importer uses it only for
what the header does not give, and says so in the report.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import date

from kb_build.doctypes import TYPE_NAMES
from kb_build.link.citations import Citation, find_citations

_LEAD_DATE = re.compile(
    r"\bNgày\s+(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\s*,\s*(?P<who>[^.;]{3,160}?)\s+(?:ký\s+)?ban hành\b"
)
_UNNUMBERED = re.compile(
    rf"ban hành\s+(?P<type>{'|'.join(TYPE_NAMES)})\s+của\s+(?P<issuer>[^.;]{{3,120}}?)"
    r"\s+về\s+(?P<subject>[^.;]{5,300})"
)
_ORGAN_WORDS = "Ban|Bộ|Ủy ban|UBND|Thủ tướng|Chính phủ|Tỉnh ủy|Thành ủy|Huyện ủy|Đảng ủy|Hội|Sở"
_ISSUED_BY = re.compile(rf"^(?:[^,]*,\s*)?(?P<organ>(?:{_ORGAN_WORDS})\b.*)$")
LEAD_WITHIN = 12  # non-empty lines: a lead-in is short
# Where the document's own text starts: its preamble, a numbered section, a list item.
_DOCUMENT_STARTS = re.compile(r"^(?:Căn cứ|Thực hiện|[IVX]{1,4}[.\-]\s|\d{1,2}\.\s|[-–•+]\s)")


@dataclass(frozen=True)
class LeadIn:
    type: str | None = None
    number: str | None = None
    issued: date | None = None
    issuer: str | None = None
    subject: str | None = None
    line: int | None = None


def _own_citation(text: str, wanted_type: str | None) -> Citation | None:
    """The citation of the reposted document itself: numbered (or a congress's resolution), of its
    type, introduced as such (“… ban hành …”, “… toàn văn …”, or at the start of the line)."""
    for citation in find_citations(text):
        congress = citation.name and citation.name.startswith("Nghị quyết Đại hội")
        if (citation.number is None and not congress) or citation.type not in TYPE_NAMES:
            continue
        if wanted_type and citation.type != wanted_type:
            continue
        before = text[: citation.start].rstrip().lower()
        if not before or before.endswith(("ban hành", "ký", "nguyên", "toàn văn", "(", "tại", "số")) or wanted_type:
            return citation
    return None


def _lead_lines(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lead-in: the first non-empty lines, up to where the document's own text starts."""
    texts = []
    for number, text in lines:
        text = " ".join(text.split())
        if not text:
            continue
        if _DOCUMENT_STARTS.match(text) or len(texts) >= LEAD_WITHIN:
            break
        texts.append((number, text))
    return texts


def _issuer_of(citation: Citation, text: str) -> str | None:
    if citation.name and citation.name.startswith("Nghị quyết Đại hội"):
        return citation.name.removeprefix("Nghị quyết ").strip()
    unnumbered = _UNNUMBERED.search(text)
    issuer = citation.issuer or (unnumbered.group("issuer") if unnumbered else None)
    return issuer.split(":")[0].strip() if issuer else None


def _date_of(lead: re.Match | None) -> date | None:
    """The date of a lead sentence (“Ngày 09/12/2020, … ban hành …”), if it is a real date."""
    if lead is None:
        return None
    with contextlib.suppress(ValueError):
        return date(int(lead.group(3)), int(lead.group(2)), int(lead.group(1)))
    return None


def read_lead_in(lines: list[tuple[int, str]], wanted_type: str | None = None) -> LeadIn:
    """The first citation of the document in the lead-in ``lines``, with the lead sentence's date."""
    texts = _lead_lines(lines)
    for number, text in texts:
        citation = _own_citation(text, wanted_type)
        if citation is None:
            continue
        lead = _LEAD_DATE.search(text)
        issuer = _issuer_of(citation, text)
        if lead and issuer is None:
            organ = _ISSUED_BY.match(lead.group("who"))
            issuer = organ.group("organ") if organ else None
        return LeadIn(citation.type, citation.number, citation.date or _date_of(lead), issuer, citation.subject, number)
    for number, text in texts:
        unnumbered = _UNNUMBERED.search(text)
        if unnumbered and (wanted_type is None or unnumbered.group("type") == wanted_type):
            issued = _date_of(_LEAD_DATE.search(text))
            issuer, subject = unnumbered.group("issuer"), unnumbered.group("subject")
            return LeadIn(unnumbered.group("type"), None, issued, issuer, subject, number)
    return LeadIn()
