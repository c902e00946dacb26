"""How a plan and a place in it are cited, in the Vietnamese administrative convention.

Nghị định 30/2020/NĐ-CP (Phụ lục I) writes a document as “<loại> số <số, ký hiệu> ngày <dd>
tháng <mm> năm <yyyy> của <cơ quan ban hành> về <trích yếu>”, with a leading zero for days
below 10 and for months 1 and 2. A source that lacks a number or a date is cited as such
(“không số”, “không ghi ngày”) rather than with a gap a reader might fill wrongly. The
trích yếu is quoted as the source writes it, the way the plans themselves cite documents.
"""

from __future__ import annotations

from datetime import date

from kb_build.model import Plan
from kb_build.text import fold


def written_date(value: date) -> str:
    """“ngày 05 tháng 02 năm 2024”: Nghị định 30's zero before days < 10 and months 1 and 2."""
    day = f"{value.day:02d}"
    month = f"{value.month:02d}" if value.month <= 2 else str(value.month)
    return f"ngày {day} tháng {month} năm {value.year}"


def document(plan: Plan) -> str:
    """The whole citation of a plan, trích yếu included (a first citation)."""
    number = f"số {plan.number}" if plan.number else "không số"
    when = written_date(plan.issued) if plan.issued else "không ghi ngày"
    about = f"“{plan.title}”" if fold(plan.title).startswith("ve ") else f"về “{plan.title}”"
    return f"{plan.type} {number} {when} của {plan.issuer} {about}"


def place(plan: Plan, anchor: str) -> str:
    """A place in a plan: the document's citation and the locator in the source's numbering."""
    return f"{document(plan)}, {plan.locator_of(anchor)}"
