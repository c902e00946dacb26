"""Topic pages: an overview per topic, and its passages by year (in parts when a year is large).

A topic's page once held every passage of every year: several megabytes at a thousand plans. Now
``chu-de/<topic>.html`` (the address readers and links already use) is a bounded overview, and
``chu-de/<topic>/<year>.html`` (``…/<year>-2.html`` …, see ``paging``) hold the passages, by issuer and plan;
``…/<year>-thay-doi.html`` what each issuer of that page changed since the year it last spoke on the topic.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator

from kb_build.emit import html_blocks as hb
from kb_build.emit import markdown as md
from kb_build.emit.paging import Part, parts_by_year
from kb_build.emit.paths import (
    TOPICS_INDEX,
    directive_page_path,
    plan_page_path,
    policy_page_path,
    relative,
    topic_changes_page_path,
    topic_page_path,
    topic_year_page_path,
)
from kb_build.emit.plan_page import nav_title
from kb_build.emit.quotes import PageQuotes
from kb_build.link import KnowledgeBase
from kb_build.link.changes import compare, word_diff_html
from kb_build.link.topics import Topic, TopicPassage
from kb_build.model import SYSTEMS, Plan
from kb_build.text import sort_key

LATEST = 5  # passages of the newest year shown on a topic's overview


def _named(plan: Plan) -> str:
    """The document as a reader cites it: its number or title, its date, its year."""
    when = f", ngày {plan.issued.day}/{plan.issued.month}/{plan.issued.year}" if plan.issued else ""
    return f"{plan.label}{when} ({plan.year})"


def _where(passage: TopicPassage, page: str, *, with_plan: bool = True) -> str:
    """A link to the passage (HTML): the document (number, date) and where in it."""
    plan = passage.plan
    label = f"{_named(plan)}, " if with_plan else ""
    target = f"{relative(plan_page_path(plan), page)}#{passage.anchor}"
    return hb.link(f"{label}{plan.locator_of(passage.anchor)}", target)


def _quoted(passage: TopicPassage, page: str, quotes: PageQuotes, *, with_plan: bool = True) -> list[str]:
    """Where the passage is, then the passage: HTML blocks (the place first, and no list around the
    quote, whose marker would pose as the source's)."""
    attributes = quotes.attributes(passage.plan, passage.anchor)
    return [hb.paragraph(_where(passage, page, with_plan=with_plan)), hb.quote(hb.escape(passage.text), attributes)]


def _chart(topic: Topic, years: list[int]) -> str:
    """Passages per year as static CSS bars: readable offline and in print."""
    counts = {year: len(passages) for year, passages in topic.by_year().items()}
    top = max(counts.values(), default=1)
    rows = []
    for year in years:
        n = counts.get(year, 0)
        rows.append(
            f'<div class="kb-chart-row"><span class="kb-chart-year">{year}</span>'
            f'<span class="kb-chart-bar" style="width: {round(70 * n / top)}%"></span>'
            f'<span class="kb-chart-count">{n}</span></div>'
        )
    return '<div class="kb-chart" role="img" aria-label="Số đoạn theo năm">\n' + "\n".join(rows) + "\n</div>"


def _cited(kb: KnowledgeBase, passages: list[TopicPassage], page: str, most: int = 30) -> str:
    """The documents and policies these passages cite, the ``most`` cited first (a page stays bounded)."""
    directives, policies = Counter(), Counter()
    for passage in passages:
        for _, _, slug in kb.registry.links.get((passage.plan.id, passage.anchor), []):
            directives[slug] += 1
        for _, _, policy_id in kb.policies.links.get((passage.plan.id, passage.anchor), []):
            policies[policy_id] += 1
    lines = []
    if directives:
        lines += ["### Văn bản được dẫn chiếu", ""]
        for slug, n in directives.most_common(most):
            directive = kb.registry.directives[slug]
            lines.append(f"- {md.link(directive.label, relative(directive_page_path(slug), page))} ({n})")
    if policies:
        lines += ["", "### Chính sách, cụm từ", ""]
        for policy_id, n in policies.most_common(most):
            policy = kb.policies.by_id[policy_id]
            lines.append(f"- {md.link(policy.name, relative(policy_page_path(policy_id), page))} ({n})")
    return "\n".join(lines)


def year_parts(topic: Topic, per_page: int | None = None) -> list[Part[TopicPassage]]:
    """A topic's passages by year, newest first, a large year in parts (a plan's passages together; ``per_page``
    is ``paging.PER_PAGE`` unless given, read when called)."""
    return parts_by_year(topic.passages, lambda p: p.plan, per_page)


def _path(topic: Topic, part: Part) -> str:
    return topic_year_page_path(topic.id, part.year, part.part)


def _changes_path(topic: Topic, part: Part) -> str:
    return topic_changes_page_path(topic.id, part.year, part.part)


def _by_issuer_and_year(topic: Topic) -> dict[str, dict[int, list[TopicPassage]]]:
    """A topic's passages by issuer, then year: made once per topic, not once per page (a topic's
    pages grow with the corpus, and so do its passages)."""
    found: dict[str, dict[int, list[TopicPassage]]] = defaultdict(lambda: defaultdict(list))
    for passage in topic.passages:
        found[passage.plan.issuer][passage.plan.year].append(passage)
    return found


def _changes(topic: Topic, part: Part[TopicPassage], spoken: dict[str, dict[int, list[TopicPassage]]]) -> list[str]:
    """For each issuer on this page, what is new, reworded and dropped since the year it last spoke
    (Markdown sections, none when no issuer here spoke on the topic before); ``spoken`` is
    ``_by_issuer_and_year(topic)``.

    Only one body's texts are compared year to year: a city's guidance and a province's plan are
    not one series, and a passage missing from another body's text has not been dropped.
    """
    page = _changes_path(topic, part)
    here: dict[str, list[TopicPassage]] = defaultdict(list)
    for passage in part.items:
        here[passage.plan.issuer].append(passage)
    sections = []
    for issuer in sorted(here, key=sort_key):
        before_year = max((year for year in spoken.get(issuer, ()) if year < part.year), default=None)
        if before_year is None:
            continue
        result = compare(spoken[issuer][before_year], here[issuer], lambda p: p.text)
        counts = (
            f"{len(result.new)} đoạn mới, {len(result.changed)} đoạn viết lại, "
            f"{len(result.unchanged)} đoạn giữ nguyên, {len(result.dropped)} đoạn không còn."
        )
        # With one document each year (the usual case) the two are named once, above, and each passage's link
        # gives where in it: the section stays readable, and a plan's name is not repeated on every line.
        compared = [_plans_of(spoken[issuer][before_year]), _plans_of(here[issuer])]
        one_each = all(len(plans) == 1 for plans in compared)
        blocks = [hb.paragraph(counts)]
        if one_each:
            named = [hb.link(_named(plans[0]), relative(plan_page_path(plans[0]), page)) for plans in compared]
            blocks.insert(0, hb.paragraph(f"So sánh {named[1]} với {named[0]}."))
        with_plan = not one_each
        # each passage quoted on its own, never as a list item whose marker would pose as the source's
        for before, after, _ in result.changed:
            moved = f"{_where(before, page, with_plan=with_plan)} → {_where(after, page, with_plan=with_plan)}"
            blocks.append(hb.paragraph(f"<strong>Viết lại</strong> ({moved}):"))
            blocks.append(f'<p class="kb-diff">{word_diff_html(before.text, after.text)}</p>')
        # a new passage is quoted on its year's page, a dropped one on its own year's page: both are
        # named with their links, not quoted again (the page stays bounded by its year page's passages)
        for label, passages in (("Mới", result.new), ("Không còn", result.dropped)):
            if passages:
                links = "; ".join(_where(passage, page, with_plan=with_plan) for passage in passages)
                blocks.append(hb.paragraph(f"<strong>{label}</strong>: {links}."))
        lines = [f"## {md.text(issuer)}: {before_year} → {part.year}", "", hb.run(blocks)]
        sections.append("\n".join(lines))
    return sections


def _plans_of(passages: list[TopicPassage]) -> list[Plan]:
    """The documents these passages come from, once each, in order."""
    return list({passage.plan.id: passage.plan for passage in passages}.values())


def changes_page(topic: Topic, part: Part[TopicPassage], sections: list[str]) -> str:
    """What the issuers of one year page changed since the year each last spoke on the topic: a page
    of its own, because the reworded passages, shown word by word, weigh as much as the year page."""
    page = _changes_path(topic, part)
    of = f", phần {part.part}/{part.parts}" if part.parts > 1 else ""
    title = f"{topic.name}: thay đổi năm {part.year}{of}"
    back = " · ".join(
        [
            md.link(f"Các đoạn năm {part.year}{of}", relative(_path(topic, part), page)),
            md.link(f"Tổng quan: {topic.name}", relative(topic_page_path(topic.id), page)),
        ]
    )
    intro = (
        "Văn bản của cùng một cơ quan, so với năm gần nhất trước đó mà cơ quan ấy nói về chủ đề này: chữ "
        "<ins>được thêm</ins> và chữ <del>bị bỏ</del> trong các đoạn gần giống nhau nhất; đoạn không có đoạn "
        "tương ứng được ghi là mới hoặc không còn. Văn bản của các cơ quan khác nhau không được so với nhau."
    )
    # No table of contents: it would repeat every issuer's heading in the frame, a tenth of these pages' bytes; the
    # issuers follow in Vietnamese alphabetical order, each under its own heading with a link to it.
    page_top = md.front_matter(title=title, hide=("toc",))
    return "\n\n".join([page_top, f"# {md.text(title)}", back, intro, *sections]) + "\n"


def part_links(parts: list[Part], path: Callable[[Part], str], page: str) -> str:
    """“2024”, or “2024 (phần 1, 2, 3)”: links to the pages of one year."""
    first = parts[0]
    if first.parts == 1:
        return md.link(str(first.year), relative(path(first), page))
    numbers = ", ".join(md.link(str(p.part), relative(path(p), page)) for p in parts)
    return f"{first.year} (phần {numbers})"


def year_page(kb: KnowledgeBase, topic: Topic, part: Part[TopicPassage], siblings: list[Part], changed: int = 0) -> str:
    """The passages of one year (or one part of it) on a topic, by issuer and plan, and a link to
    what ``changed`` issuers of this page changed since they last spoke on it."""
    page = _path(topic, part)

    def path(other: Part) -> str:
        return _path(topic, other)

    quotes = PageQuotes(page)
    of = f", phần {part.part}/{part.parts}" if part.parts > 1 else ""
    title = f"{topic.name}: năm {part.year}{of}"
    years = {p.year for p in siblings}
    nav = [md.link(f"Tổng quan: {topic.name}", relative(topic_page_path(topic.id), page))]
    for year in (part.year + 1, part.year - 1):  # the next and the previous year on the topic
        if year in years:
            nav.append(part_links([p for p in siblings if p.year == year], path, page))
    if part.parts > 1:
        nav.append("các phần: " + part_links([p for p in siblings if p.year == part.year], path, page))
    plans = len({p.plan.id for p in part.items})
    parts = [md.front_matter(title=title), f"# {md.text(title)}", " · ".join(nav)]
    parts.append(f"{len(part.items)} đoạn trong {plans} văn bản.")
    by_plan: dict[str, list[TopicPassage]] = defaultdict(list)
    for passage in part.items:  # already in the issuers' order (year_parts)
        by_plan[passage.plan.id].append(passage)
    issuer = None
    for passages in by_plan.values():
        plan = passages[0].plan
        heading = ""
        if plan.issuer != issuer:
            issuer = plan.issuer
            heading = f"## {md.text(issuer)}\n\n"
        # each plan named above its passages: two plans of one issuer are never mixed up
        blocks = [hb.paragraph(hb.link(nav_title(plan), relative(plan_page_path(plan), page)))]
        for passage in passages:
            blocks += _quoted(passage, page, quotes, with_plan=False)
        parts.append(heading + hb.run(blocks))
    cited = _cited(kb, list(part.items), page)
    if cited:
        parts += ["## Được dẫn chiếu trong các đoạn này", cited]
    if changed:
        link = md.link(f"{changed} cơ quan", relative(_changes_path(topic, part), page))
        parts += ["## Thay đổi so với năm trước { #thay-doi }", f"{link} có văn bản năm trước nói về chủ đề này."]
    parts.append(quotes.script())
    return "\n\n".join(p for p in parts if p) + "\n"


def overview_page(
    kb: KnowledgeBase, topic: Topic, pages: list[Part[TopicPassage]], with_changes: frozenset[tuple[int, int]]
) -> str:
    """What a topic covers, its passages by year and system (linking to the year pages), the newest
    passages, what they cite most, and how many issuers changed their wording each year: bounded
    whatever the size of the corpus. ``with_changes``: the (year, part) of the year pages that have changes."""
    page = topic_page_path(topic.id)
    quotes = PageQuotes(page)
    plans = {p.plan.id for p in topic.passages}
    parts = [
        md.front_matter(title=topic.name),
        f"# {md.text(topic.name)}",
        md.text(topic.entry.fields["definition"]),
        f"{len(topic.passages)} đoạn trong {len(plans)} văn bản.",
        _chart(topic, kb.years),
    ]
    first_year: dict[str, int] = {}  # issuer → the first year it speaks on the topic
    for passage in topic.passages:
        first_year[passage.plan.issuer] = min(first_year.get(passage.plan.issuer, passage.plan.year), passage.plan.year)
    rows = [
        "## Theo năm",
        "",
        "| Năm | Số đoạn | " + " | ".join(SYSTEMS) + " | Cơ quan có thay đổi so với năm trước |",
        "| --- | --- | " + " | ".join("---" for _ in SYSTEMS) + " | --- |",
    ]
    for year, passages in sorted(topic.by_year().items(), reverse=True):
        counts = " | ".join(str(sum(1 for p in passages if p.plan.system == s)) for s in SYSTEMS)
        again = len({p.plan.issuer for p in passages if first_year[p.plan.issuer] < year})
        year_pages = [p for p in pages if p.year == year]
        # the first of the year's pages whose issuers spoke before: a large year's first part may have none
        changes_at = next((p for p in year_pages if (p.year, p.part) in with_changes), None)
        changed = md.link(str(again), f"{relative(_path(topic, changes_at), page)}#thay-doi") if changes_at else "0"
        links = part_links(year_pages, lambda p: _path(topic, p), page)
        rows.append(f"| {links} | {len(passages)} | {counts} | {changed} |")
    parts.append("\n".join(rows))
    if pages:
        blocks = [block for passage in pages[0].items[:LATEST] for block in _quoted(passage, page, quotes)]
        parts.append(f"## Mới nhất (năm {pages[0].year})\n\n" + hb.run(blocks))
    cited = _cited(kb, topic.passages, page)
    if cited:
        parts += ["## Được dẫn chiếu nhiều nhất", cited]
    parts += [f"[Tất cả chủ đề]({relative(TOPICS_INDEX, page)})", quotes.script()]
    return "\n\n".join(p for p in parts if p) + "\n"


def index_page(kb: KnowledgeBase) -> str:
    page = TOPICS_INDEX
    lines = [
        md.front_matter(title="Chủ đề"),
        "# Chủ đề",
        "",
        "Các kế hoạch nói gì về từng vấn đề: mỗi chủ đề gom các đoạn văn, gạch đầu dòng và chú thích "
        "nói về vấn đề đó, theo năm và cơ quan ban hành.",
        "",
        "| Chủ đề | Số đoạn | Số văn bản | Các năm |",
        "| --- | --- | --- | --- |",
    ]
    for topic in sorted(kb.topics.by_id.values(), key=lambda t: sort_key(t.name)):
        years = sorted(topic.by_year())
        span = f"{years[0]}–{years[-1]}" if years else "—"
        link = md.link(topic.name, relative(topic_page_path(topic.id), page), table=True)
        plans = len({p.plan.id for p in topic.passages})
        lines.append(f"| {link} | {len(topic.passages)} | {plans} | {span} |")
    return "\n".join(lines) + "\n"


def by_size(kb: KnowledgeBase) -> list[Topic]:
    """Topics, largest first: taken in this order by two processes, the last ones are quick."""
    return sorted(kb.topics.by_id.values(), key=lambda t: (-len(t.passages), t.id))


def render_pages(kb: KnowledgeBase, topics: Iterable[Topic]) -> Iterator[tuple[str, str]]:
    """The pages of ``topics`` one by one: each topic's overview and its year pages."""
    for topic in topics:
        pages = year_parts(topic)
        spoken = _by_issuer_and_year(topic)
        changes = [_changes(topic, part, spoken) for part in pages]
        with_changes = frozenset(
            (part.year, part.part) for part, sections in zip(pages, changes, strict=True) if sections
        )
        yield topic_page_path(topic.id), overview_page(kb, topic, pages, with_changes)
        for part, sections in zip(pages, changes, strict=True):
            yield _path(topic, part), year_page(kb, topic, part, pages, len(sections))
            if sections:
                yield _changes_path(topic, part), changes_page(topic, part, sections)
