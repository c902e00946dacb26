"""“Ngày kỷ niệm năm YYYY”: round anniversaries and yearly holidays, with the plans that mention them.

A year's table names the plans that mention an event in its own cell while they are few; past
``IN_TABLE`` the cell links to a page of that event's mentions that year (in parts, as ``paging``
cuts them), so the year page stays the same size whatever the corpus.
"""

from __future__ import annotations

from kb_build.emit import html_blocks as hb
from kb_build.emit import markdown as md
from kb_build.emit.calendar_files import calendar_file
from kb_build.emit.paging import Part, part_page, parts_by_year
from kb_build.emit.paths import (
    ANNIVERSARIES_INDEX,
    anniversary_mentions_page_path,
    anniversary_page_path,
    plan_page_path,
    relative,
    year_page_path,
)
from kb_build.emit.plan_page import nav_title
from kb_build.emit.quotes import PageQuotes
from kb_build.link import KnowledgeBase
from kb_build.link.anniversaries import Calendar, Event, EventMention, Occurrence

IN_TABLE = 8  # plans named in a year's table cell; more go to a page of their own


def _sources(kb: KnowledgeBase, event: Event, page: str) -> str:
    plans, elsewhere = kb.corpus.plan_by_id, kb.corpus.elsewhere_by_id
    links = []
    for source in event.entry.fields["sources"]:
        if "plan" in source and source["plan"] not in plans:
            plan = elsewhere[source["plan"]]
            links.append(md.text(f"{plan.label} ({plan.year}), {plan.locator_of(source['at'])}", table=True))
        elif "plan" in source:
            plan = plans[source["plan"]]
            target = f"{relative(plan_page_path(plan), page)}#{source['at']}"
            links.append(md.link(f"{plan.label} ({plan.year}), {plan.locator_of(source['at'])}", target, table=True))
        else:
            links.append(f"[trang nguồn]({source['url']})")
    return ", ".join(links)


def _when(occurrence: Occurrence) -> str:
    event, when = occurrence.event, occurrence.when
    text = f"{when.day:02d}/{when.month:02d}"
    return f"{text} ({event.day}/{event.month} âm lịch)" if event.lunar else text


def _link(mention: EventMention, page: str) -> str:
    """A link to the mention's passage, for a table cell."""
    return md.link(
        f"{nav_title(mention.plan)}, {mention.plan.locator_of(mention.anchor)}",
        f"{relative(plan_page_path(mention.plan), page)}#{mention.anchor}",
        table=True,
    )


def _mentioned(calendar: Calendar, event: Event, year: int) -> list[EventMention]:
    """The event's mentions by the plans of ``year``, each sentence once."""
    unique = {(m.plan.id, m.anchor, m.context): m for m in calendar.mentioned_in(event, year)}
    return list(unique.values())


def _parts(mentions: list[EventMention]) -> list[Part[EventMention]] | None:
    """The pages of an event's mentions in a year, or None while its table cell holds them."""
    if len({(m.plan.id, m.anchor) for m in mentions}) <= IN_TABLE:
        return None
    return parts_by_year(mentions, lambda m: m.plan)


def _mentions_cell(calendar: Calendar, occurrence: Occurrence, year: int, page: str) -> str:
    event = occurrence.event
    mentions = _mentioned(calendar, event, year)
    parts = _parts(mentions)
    if parts is None:
        links = [_link(m, page) for m in mentions]
        return "<br>".join(dict.fromkeys(links)) or "—"
    plans = len({m.plan.id for p in parts for m in p.items})
    pages = [relative(anniversary_mentions_page_path(year, event.id, p.part), page) for p in parts]
    if len(pages) == 1:
        return md.link(f"{plans} kế hoạch", pages[0], table=True)
    return f"{plans} kế hoạch: " + ", ".join(md.link(f"phần {i}", p, table=True) for i, p in enumerate(pages, 1))


def _quoted(mentions: list[EventMention], page: str, quotes: PageQuotes) -> list[str]:
    """Each mention: where it is and who issued it, then its sentence."""
    blocks = []  # HTML blocks (see html_blocks)
    for mention in mentions:
        target = f"{relative(plan_page_path(mention.plan), page)}#{mention.anchor}"
        where = hb.link(f"{nav_title(mention.plan)}, {mention.plan.locator_of(mention.anchor)}", target)
        blocks.append(hb.paragraph(f"{where} · {hb.escape(mention.plan.issuer)}"))
        blocks.append(hb.quote(hb.escape(mention.context), quotes.attributes(mention.plan, mention.anchor)))
    return blocks


def mentions_page(event: Event, part: Part[EventMention]) -> str:
    page = anniversary_mentions_page_path(part.year, event.id, part.part)
    back = md.link(f"Về ngày kỷ niệm năm {part.year}", relative(anniversary_page_path(part.year), page))
    return part_page(page, f"Kế hoạch nhắc đến {event.name}", back, part, _quoted)


def year_page(kb: KnowledgeBase, year: int) -> str:
    page = anniversary_page_path(year)
    calendar = kb.calendar
    lines = [md.front_matter(title=f"Ngày kỷ niệm năm {year}"), f"# Ngày kỷ niệm năm {year}", ""]
    if year in kb.by_year:
        lines.append(f"Các văn bản của năm: [năm {year}]({relative(year_page_path(year), page)}).")
    lines += [
        "",
        "## Năm tròn, năm chẵn",
        "",
        "Sự kiện tròn 5, 10, 15 … năm trong năm; các mốc 10, 25, 50, 75 và 100 năm được **in đậm**.",
        "",
        "| Ngày | Sự kiện | Năm gốc | Kỷ niệm | Kế hoạch năm này nhắc đến | Nguồn |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for occurrence in calendar.round_anniversaries(year):
        count = f"{occurrence.count} năm"
        if occurrence.highlighted:
            count = f"**{count}**"
        event = occurrence.event
        lines.append(
            f"| {_when(occurrence)} | {md.text(event.name, table=True)} | {event.year} | {count} | "
            f"{_mentions_cell(calendar, occurrence, year, page)} | {_sources(kb, event, page)} |"
        )
    annual = calendar.annual(year)
    if annual:
        lines += ["", "## Ngày lễ hằng năm", "", "| Ngày | Ngày lễ | Nguồn |", "| --- | --- | --- |"]
        for occurrence in annual:
            name = md.text(occurrence.event.name, table=True)
            lines.append(f"| {_when(occurrence)} | {name} | {_sources(kb, occurrence.event, page)} |")
    ics = relative(f"data/ngay-ky-niem-{year}.ics", page)
    lines += ["", f"[Tải lịch năm {year} (ICS)]({ics}) · [Tất cả các năm]({relative(ANNIVERSARIES_INDEX, page)})"]
    return "\n".join(lines) + "\n"


def index_page(kb: KnowledgeBase) -> str:
    page = ANNIVERSARIES_INDEX
    lines = [
        md.front_matter(title="Ngày kỷ niệm"),
        "# Ngày kỷ niệm",
        "",
        f"{len(kb.calendar.events)} sự kiện có nguồn (ngày thiết lập quan hệ ngoại giao, sự kiện lịch sử, ngày lễ).",
        "",
    ]
    for year in reversed(kb.calendar.years):
        count = len(kb.calendar.round_anniversaries(year))
        lines.append(f"- [Năm {year}]({relative(anniversary_page_path(year), page)}): {count} sự kiện tròn năm")
    lines += ["", f"[Tải toàn bộ lịch (ICS)]({relative('data/ngay-ky-niem.ics', page)})"]
    return "\n".join(lines) + "\n"


def render_all(kb: KnowledgeBase) -> dict[str, str]:
    pages = {anniversary_page_path(year): year_page(kb, year) for year in kb.calendar.years}
    for year in kb.calendar.years:
        for occurrence in kb.calendar.round_anniversaries(year):
            for part in _parts(_mentioned(kb.calendar, occurrence.event, year)) or ():
                pages[anniversary_mentions_page_path(year, occurrence.event.id, part.part)] = mentions_page(
                    occurrence.event, part
                )
    pages[ANNIVERSARIES_INDEX] = index_page(kb)
    pages["data/ngay-ky-niem.ics"] = calendar_file(kb.calendar, None)
    pages.update({f"data/ngay-ky-niem-{y}.ics": calendar_file(kb.calendar, y) for y in kb.calendar.years})
    return pages
