"""Index pages: one per year (plans grouped by system and level, in parts when a year has more than
``PLANS_PER_PAGE``), the years, and the catalog of all plans."""

from __future__ import annotations

from kb_build.emit import catalog
from kb_build.emit import markdown as md
from kb_build.emit.paths import (
    YEARS_INDEX,
    anniversary_page_path,
    plan_page_path,
    relative,
    year_page_path,
    year_part_path,
)
from kb_build.emit.plan_page import page_title, topics_line
from kb_build.link import KnowledgeBase
from kb_build.model import SYSTEMS, Plan


def plan_count(n: int) -> str:
    return f"{n} văn bản"


def _plan_line(plan: Plan, from_page: str) -> str:
    link = md.link(page_title(plan), relative(plan_page_path(plan), from_page))
    return f"- {link}  \n  {md.text(plan.issuer)}"


PLANS_PER_PAGE = 400  # plans listed on one year page (about 100 KB); a larger year goes on in parts


def _listing(rows: list[tuple[str, str, Plan]], page: str) -> list[str]:
    """Plans under their system and level headings (repeated at the top of a part that starts mid-group)."""
    lines: list[str] = []
    system_now = level_now = None
    for system, level, plan in rows:
        if system != system_now:
            lines += ["", f"## {md.text(system)}"]
            system_now, level_now = system, None
        if level != level_now:
            lines += ["", f"### Cấp {md.text(level)}", ""]
            level_now = level
        lines.append(_plan_line(plan, page))
    return lines


def _parts_line(year: int, parts: int, here: int, page: str) -> str:
    links = [
        f"phần {i}" if i == here else md.link(f"phần {i}", relative(year_part_path(year, i), page))
        for i in range(1, parts + 1)
    ]
    return f"Danh sách chia {parts} phần: " + ", ".join(links) + "."


def year_pages(kb: KnowledgeBase, year: int) -> dict[str, str]:
    """The year's page (and its further parts): its plans by system and level, then its topics."""
    plans = kb.by_year[year]
    rows = [(system, level, plan) for system, levels in kb.grouped(plans) for level, group in levels for plan in group]
    chunks = [rows[i : i + PLANS_PER_PAGE] for i in range(0, len(rows), PLANS_PER_PAGE)] or [[]]
    pages = {}
    for number, chunk in enumerate(chunks, 1):
        page = year_part_path(year, number)
        if number == 1:
            anniversaries = relative(anniversary_page_path(year), page)
            lines = [
                md.front_matter(title=f"Năm {year}"),
                f"# Năm {year}",
                "",
                f"{plan_count(len(plans))} trong năm {year}. Xem [ngày kỷ niệm năm {year}]({anniversaries}).",
            ]
        else:
            title = f"Năm {year}, phần {number}/{len(chunks)}"
            back = md.link(f"Về năm {year}", relative(year_page_path(year), page))
            lines = [md.front_matter(title=title), f"# {title}", "", back]
        if len(chunks) > 1:
            lines += ["", _parts_line(year, len(chunks), number, page)]
        lines += _listing(chunk, page)
        if number == 1:
            lines += _year_topics(kb, plans, page)
            filtered = catalog.link(page, first_year=year, last_year=year)
            lines += ["", f"[Các văn bản năm {year} trong danh mục có bộ lọc]({filtered})"]
        pages[page] = "\n".join(lines) + "\n"
    return pages


def _year_topics(kb: KnowledgeBase, plans: tuple[Plan, ...], page: str) -> list[str]:
    counts: dict[str, int] = {}
    for plan in plans:
        for topic_id, n in kb.topics.of_plan(plan).items():
            counts[topic_id] = counts.get(topic_id, 0) + n
    return ["", "## Chủ đề trong năm", "", topics_line(kb, counts, page)] if counts else []


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
