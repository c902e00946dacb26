"""The catalogue of documents: a page the browser fills from a compact data file, filtered offline.

``assets/catalog.js`` calls ``kbCatalogLoad({...})`` (a <script>, so it loads over file:// too) with
every plan as a row, in the order the page lists them (newest year first, then the issuer in
Vietnamese order), and the values of each facet in Vietnamese order. docs/javascripts/kb-catalog.js
draws the filters and the table. A filter lives in the page's query string
(``van-ban.html?he-thong=Đảng&tinh=Ninh Bình&tu-nam=2022``), so year pages and the home page link
into the catalogue with a filter set, and a reader can bookmark one.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

from kb_build.emit import markdown as md
from kb_build.emit.paths import CATALOG, page_url, plan_page_path, relative, year_page_path
from kb_build.link import KnowledgeBase
from kb_build.text import sort_key

CATALOG_DATA = "assets/catalog.js"
# Filter names in the query string, as a reader may type them.
FILTERS = {
    "type": "loai",
    "system": "he-thong",
    "level": "cap",
    "province": "tinh",
    "issuer": "co-quan",
    "first_year": "tu-nam",
    "last_year": "den-nam",
    "text": "q",
}


def link(from_page: str, **filters: str | int) -> str:
    """A link from ``from_page`` into the catalogue with ``filters`` set (names of ``FILTERS``)."""
    query = urlencode({FILTERS[name]: value for name, value in filters.items()})
    return f"{relative(CATALOG, from_page)}?{query}" if query else relative(CATALOG, from_page)


def rows(kb: KnowledgeBase) -> list[list]:
    """[url, label, title, type, number, issued, issuer, system, level, locality, today's province, year,
    the note shown beside the locality (“ (nay thuộc tỉnh Vĩnh Long)”)]."""
    found = []
    for year in reversed(kb.years):
        for plan in sorted(kb.by_year[year], key=lambda p: (sort_key(p.issuer), sort_key(p.label))):
            found.append(
                [
                    page_url(plan_page_path(plan)),
                    plan.label,
                    plan.title,
                    plan.type,
                    plan.number or "",
                    plan.issued.strftime("%d/%m/%Y") if plan.issued else "",
                    plan.issuer,
                    plan.system,
                    plan.level,
                    plan.locality or "",
                    kb.places.today_of(plan) or "",
                    plan.year,
                    kb.places.note(plan),
                ]
            )
    return found


def data_file(kb: KnowledgeBase) -> str:
    table = rows(kb)
    facets = {
        name: sorted({row[column] for row in table if row[column]}, key=sort_key)
        for name, column in (("type", 3), ("issuer", 6), ("system", 7), ("level", 8), ("province", 10))
    }
    facets["year"] = sorted({row[11] for row in table}, reverse=True)
    data = {"rows": table, "facets": facets, "filters": FILTERS}
    return f"kbCatalogLoad({json.dumps(data, ensure_ascii=False, separators=(',', ':'))});\n"


def page(kb: KnowledgeBase) -> str:
    """The catalogue page: its heading, the years (also without scripts), and where the filters go."""
    count = len(kb.plans)
    years = ", ".join(md.link(str(y), relative(year_page_path(y), CATALOG)) for y in reversed(kb.years))
    return "\n".join(
        [
            md.front_matter(title="Danh mục văn bản"),
            "# Danh mục văn bản",
            "",
            f"{count} văn bản, mới nhất trước. Lọc theo loại, hệ thống, cấp, tỉnh (ngày nay, gồm cả các tỉnh "
            "đã sáp nhập vào), cơ quan ban hành, năm, hoặc gõ chữ (có dấu hoặc không dấu).",
            "",
            f"Theo năm: {years}.",
            "",
            f'<div id="kb-catalog" class="kb-catalog" data-src="{CATALOG_DATA}"></div>',
            "",
        ]
    )
