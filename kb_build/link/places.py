"""Localities across the 2025 merger of provinces (Nghị quyết 202/2025/QH15: 63 → 34).

A plan keeps its locality as issued (“Trà Vinh”, “Sầm Sơn, Thanh Hóa”); a reader today thinks in
the new provinces (“Vĩnh Long”). The mapping is glossary data (``corpus/glossary/provinces.yaml``,
sourced); this module reads the province a locality names and the one it belongs to today.
"""

from __future__ import annotations

from dataclasses import dataclass

from kb_build.model import GlossaryEntry, Plan
from kb_build.text import fold


@dataclass(frozen=True)
class Province:
    name: str  # as plans name it before 1 July 2025
    today: str
    today_kind: str  # “tỉnh” or “thành phố”

    @property
    def merged(self) -> bool:
        return self.today != self.name


@dataclass(frozen=True)
class Places:
    by_folded_name: dict[str, Province]

    def province_of(self, plan: Plan) -> Province | None:
        """The province a plan's locality names: its last part (“Sầm Sơn, Thanh Hóa” → Thanh Hóa)."""
        if not plan.locality:
            return None
        last = plan.locality.rsplit(",", 1)[-1]
        return self.by_folded_name.get(fold(last.removeprefix("tỉnh ").removeprefix("Tỉnh ").strip()))

    def today_of(self, plan: Plan) -> str | None:
        """Today's province of a plan's locality, when it has one."""
        province = self.province_of(plan)
        return province.today if province else None

    def note(self, plan: Plan) -> str:
        """“ (nay thuộc tỉnh Vĩnh Long)” beside a locality whose province was merged, else “”."""
        province = self.province_of(plan)
        return f" (nay thuộc {province.today_kind} {province.today})" if province and province.merged else ""


def build_places(entries: tuple[GlossaryEntry, ...]) -> Places:
    provinces = (e.fields for e in entries if e.kind == "provinces")
    return Places({fold(f["name"]): Province(f["name"], f["today"], f["today_kind"]) for f in provinces})
