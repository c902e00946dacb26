"""Topic pages: every passage on a topic, by year and issuer; what they cite; how they changed."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from kb_build.emit import markdown as md
from kb_build.emit.paths import (
    TOPICS_INDEX,
    directive_page_path,
    plan_page_path,
    policy_page_path,
    relative,
    topic_page_path,
)
from kb_build.emit.plan_page import nav_title
from kb_build.emit.quotes import PageQuotes
from kb_build.link import KnowledgeBase
from kb_build.link.changes import compare, word_diff_html
from kb_build.link.topics import Topic, TopicPassage
from kb_build.text import sort_key


def _where(passage: TopicPassage, page: str, *, with_plan: bool = True) -> str:
    """A link to the passage: the document (number, date) and where in it."""
    plan = passage.plan
    when = f", ngày {plan.issued.day}/{plan.issued.month}/{plan.issued.year}" if plan.issued else ""
    label = f"{plan.label}{when} ({plan.year}), " if with_plan else ""
    target = f"{relative(plan_page_path(plan), page)}#{passage.anchor}"
    return md.link(f"{label}{plan.locator_of(passage.anchor)}", target)


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


def _cited(kb: KnowledgeBase, topic: Topic, page: str) -> str:
    directives, policies = Counter(), Counter()
    for passage in topic.passages:
        for _, _, slug in kb.registry.links.get((passage.plan.id, passage.anchor), []):
            directives[slug] += 1
        for _, _, policy_id in kb.policies.links.get((passage.plan.id, passage.anchor), []):
            policies[policy_id] += 1
    lines = []
    if directives:
        lines += ["### Văn bản được dẫn chiếu", ""]
        for slug, n in directives.most_common():
            directive = kb.registry.directives[slug]
            lines.append(f"- {md.link(directive.label, relative(directive_page_path(slug), page))} ({n})")
    if policies:
        lines += ["", "### Chính sách, cụm từ", ""]
        for policy_id, n in policies.most_common():
            policy = kb.policies.by_id[policy_id]
            lines.append(f"- {md.link(policy.name, relative(policy_page_path(policy_id), page))} ({n})")
    return "\n".join(lines)


def _changes(topic: Topic, page: str, quotes: PageQuotes) -> str:
    """For each issuer, what is new, reworded and dropped from one year to the next it speaks.

    Only one body's texts are compared year to year: a city's guidance and a province's plan are
    not one series, and a passage missing from another body's text has not been dropped.
    """
    by_issuer: dict[str, dict[int, list[TopicPassage]]] = defaultdict(lambda: defaultdict(list))
    for passage in topic.passages:
        by_issuer[passage.plan.issuer][passage.plan.year].append(passage)
    parts = []
    for issuer in sorted(by_issuer, key=sort_key):
        by_year = by_issuer[issuer]
        for earlier_year, later_year in itertools.pairwise(sorted(by_year)):
            result = compare(by_year[earlier_year], by_year[later_year], lambda p: p.text)
            lines = [f"### {md.text(issuer)}: {earlier_year} → {later_year}", ""]
            lines.append(
                f"{len(result.new)} đoạn mới, {len(result.changed)} đoạn viết lại, "
                f"{len(result.unchanged)} đoạn giữ nguyên, {len(result.dropped)} đoạn không còn."
            )
            # each passage quoted on its own, never as a list item whose marker would pose as the source's
            for before, after, _ in result.changed:
                lines += ["", f"**Viết lại** ({_where(before, page)} → {_where(after, page)}):", ""]
                lines.append(f'<p class="kb-diff">{word_diff_html(before.text, after.text)}</p>')
            for label, passages in (("Mới", result.new), ("Không còn", result.dropped)):
                for passage in passages:
                    lines += ["", f"**{label}** ({_where(passage, page)}):", "", f"> {md.text(passage.text)}"]
                    lines.append(f"> {quotes.mark(passage.plan, passage.anchor)}")
            parts.append("\n".join(lines))
    if not parts:
        return ""
    intro = (
        "Văn bản của cùng một cơ quan, mỗi năm so với năm trước đó: chữ <ins>được thêm</ins> và chữ "
        "<del>bị bỏ</del> trong các đoạn gần giống nhau nhất; đoạn không có đoạn tương ứng được ghi là mới hoặc "
        "không còn. Văn bản của các cơ quan khác nhau không được so với nhau."
    )
    return "\n\n".join(["## Thay đổi qua các năm", intro, *parts])


def topic_page(kb: KnowledgeBase, topic: Topic) -> str:
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
    parts.append("## Các văn bản nói gì")
    for year, passages in sorted(topic.by_year().items(), reverse=True):
        lines = [f"### Năm {year} {{ #nam-{year} }}"]
        by_issuer: dict[str, list[TopicPassage]] = defaultdict(list)
        for passage in passages:
            by_issuer[passage.plan.issuer].append(passage)
        for issuer in sorted(by_issuer, key=sort_key):
            plan = by_issuer[issuer][0].plan
            lines += [
                "",
                f"#### {md.text(issuer)}",
                "",
                f"{md.link(nav_title(plan), relative(plan_page_path(plan), page))}",
                "",
            ]
            for passage in by_issuer[issuer]:
                mark = quotes.mark(passage.plan, passage.anchor)
                # the place, then the quote: no list around it, whose marker would pose as the source's
                lines += [_where(passage, page, with_plan=False), "", f"> {md.text(passage.text)}", f"> {mark}", ""]
        parts.append("\n".join(lines))
    cited = _cited(kb, topic, page)
    if cited:
        parts += ["## Được dẫn chiếu trong các đoạn này", cited]
    parts.append(_changes(topic, page, quotes))
    parts.append(f"[Tất cả chủ đề]({relative(TOPICS_INDEX, page)})")
    parts.append(quotes.script())
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
    """The pages of ``topics`` one by one: each is several megabytes at a thousand plans."""
    for topic in topics:
        yield topic_page_path(topic.id), topic_page(kb, topic)
