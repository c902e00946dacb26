"""Index pages: one per year (plans grouped by system and level), the years, and the catalog of all plans."""

from __future__ import annotations

from kb_build.emit import catalog
from kb_build.emit import markdown as md
from kb_build.emit.paths import YEARS_INDEX, anniversary_page_path, plan_page_path, relative, year_page_path
from kb_build.emit.plan_page import page_title, topics_line
from kb_build.link import KnowledgeBase
from kb_build.model import SYSTEMS, Plan


def plan_count(n: int) -> str:
    return f"{n} văn bản"


def _plan_line(plan: Plan, from_page: str) -> str:
    link = md.link(page_title(plan), relative(plan_page_path(plan), from_page))
    return f"- {link}  \n  {md.text(plan.issuer)}"


def year_page(kb: KnowledgeBase, year: int) -> str:
    page = year_page_path(year)
    plans = kb.by_year[year]
    anniversaries = relative(anniversary_page_path(year), page)
    lines = [
        md.front_matter(title=f"Năm {year}"),
        f"# Năm {year}",
        "",
        f"{plan_count(len(plans))} trong năm {year}. Xem [ngày kỷ niệm năm {year}]({anniversaries}).",
    ]
    for system, levels in kb.grouped(plans):
        lines += ["", f"## {md.text(system)}"]
        for level, level_plans in levels:
            lines += ["", f"### Cấp {md.text(level)}", ""]
            lines += [_plan_line(plan, page) for plan in level_plans]
    counts: dict[str, int] = {}
    for plan in plans:
        for topic_id, n in kb.topics.of_plan(plan).items():
            counts[topic_id] = counts.get(topic_id, 0) + n
    if counts:
        lines += ["", "## Chủ đề trong năm", "", topics_line(kb, counts, page)]
    filtered = catalog.link(page, first_year=year, last_year=year)
    lines += ["", f"[Các văn bản năm {year} trong danh mục có bộ lọc]({filtered})"]
    return "\n".join(lines) + "\n"


def overview(kb: KnowledgeBase, page: str = "index.md") -> str:
    """The generated part of the home page: what the knowledge base holds, and where to start."""
    if not kb.plans:
        return "Kho văn bản chưa có văn bản nào."
    first, last = kb.years[0], kb.years[-1]
    lines = [
        f"Kho hiện có **{plan_count(len(kb.plans))}** của **{len(kb.issuers)} cơ quan** "
        f"trong **{len(kb.years)} năm** ({first}–{last}).",
        "",
        "| Năm | Số văn bản |",
        "| --- | --- |",
    ]
    lines += [f"| [{y}]({relative(year_page_path(y), page)}) | {len(kb.by_year[y])} |" for y in reversed(kb.years)]
    systems = ", ".join(
        md.link(s, catalog.link(page, system=s)) for s in SYSTEMS if any(p.system == s for p in kb.plans)
    )
    lines += ["", f"Xem [danh mục tất cả văn bản]({catalog.link(page)}), lọc sẵn theo hệ thống: {systems}."]
    return "\n".join(lines)


def years_page(kb: KnowledgeBase) -> str:
    """“Theo năm”: every year with its plans by system, the reader's way into the year pages."""
    page = YEARS_INDEX
    lines = [md.front_matter(title="Theo năm"), "# Văn bản theo năm", ""]
    if not kb.plans:
        return "\n".join([*lines, "Kho văn bản chưa có văn bản nào."]) + "\n"
    lines += ["| Năm | Số văn bản | Đảng | Mặt trận | Nhà nước |", "| --- | --- | --- | --- | --- |"]
    for year in reversed(kb.years):
        plans = kb.by_year[year]
        by_system = [sum(1 for p in plans if p.system == system) for system in SYSTEMS]
        link = f"[{year}]({relative(year_page_path(year), page)})"
        lines.append(f"| {link} | {len(plans)} | " + " | ".join(map(str, by_system)) + " |")
    return "\n".join(lines) + "\n"
