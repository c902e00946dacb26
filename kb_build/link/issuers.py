"""Issuers as one canonical name, with the source's detail kept apart.

Sources name the same body in several ways: “Bộ Chính trị (khóa XI)”, “Quốc hội khóa XV”, “Ban
Thường vụ Tỉnh ủy” (whose province is the citing plan's own), “Uỷ ban” in the old spelling. The
register groups by the canonical name (“Bộ Chính trị”, “Ban Thường vụ Tỉnh ủy Ninh Bình”) and
keeps the term (“khóa XI”) as a detail. A Party congress's resolution is issued by the congress:
“Nghị quyết Đại hội XIII của Đảng” → “Đại hội Đảng toàn quốc”, detail “lần thứ XIII”.
"""

from __future__ import annotations

import re

from kb_build.model import Plan

_TERM = re.compile(r"\s*\(?\s*\b(kh[oó]a\s+[IVXLC]+)\s*\)?\s*$")
# A body named after a bare unit: the unit is the citing plan's own (“Ban Thường vụ Tỉnh ủy”).
_BARE_PROVINCE = re.compile(r"(?:\bTỉnh ủy|\btỉnh|\bTỉnh)$")
_BARE_DISTRICT = re.compile(r"(?:\bHuyện ủy|\bhuyện|\bThành ủy|\bthành phố|\bThị ủy|\bthị xã)$")
_CONGRESS = re.compile(
    r"Đại hội\s+(?:(?P<body>(?:đại biểu\s+)?Đảng bộ\s+[^,;]*?)\s+(?P<term>lần thứ\s+[IVXLC]+)"
    r"|(?:đại biểu\s+toàn quốc\s+|Đảng toàn quốc\s+)?(?:lần thứ\s+)?(?P<national>[IVXLC]+)(?:\s+của Đảng)?)"
)


def _province(plan: Plan) -> str | None:
    return plan.locality.split(",")[-1].strip() if plan.locality else None


def _district(plan: Plan) -> str | None:
    return plan.locality.split(",")[0].strip() if plan.locality and plan.level == "huyện" else None


def qualify(name: str, plan: Plan | None) -> str:
    """``Ban Thường vụ Tỉnh ủy`` → ``Ban Thường vụ Tỉnh ủy Ninh Bình`` when cited by a plan of Ninh Bình."""
    if plan is None:
        return name
    if _BARE_PROVINCE.search(name) and _province(plan):
        return f"{name} {_province(plan)}"
    if _BARE_DISTRICT.search(name) and _district(plan):
        return f"{name} {_district(plan)}"
    return name


def canonical_issuer(raw: str | None, plan: Plan) -> tuple[str | None, str | None]:
    """(canonical name, detail) of an issuer as a citation writes it.

    A plan that cites its own body by a short name (“Ban Thường vụ Đảng ủy Khối” in a plan of
    the Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Ninh Bình) means that body.
    """
    if not raw:
        return None, None
    name = " ".join(raw.replace("Uỷ", "Ủy").replace("uỷ", "ủy").split())
    term = _TERM.search(name)
    detail = None
    if term:
        detail = term.group(1).replace("khoá", "khóa")
        name = name[: term.start()].strip()
    own = " ".join(plan.issuer.replace("Uỷ", "Ủy").split())
    if own != name and own.startswith(name + " ") and not _BARE_PROVINCE.search(name):
        return own, detail
    return qualify(name, plan), detail


def congress_issuer(name: str, plan: Plan | None) -> tuple[str | None, str | None]:
    """The congress that adopted a resolution (or documents) cited by name, and its term."""
    match = _CONGRESS.search(name)
    if not match:
        return None, None
    if match.group("national"):
        return "Đại hội Đảng toàn quốc", f"lần thứ {match.group('national')}"
    body = re.sub(r"^đại biểu\s+", "", match.group("body"))
    return qualify(f"Đại hội {body}", plan), match.group("term")
