"""Policy pages (the official wording, how to cite it, every mention by year) and the A–Z glossary."""

from __future__ import annotations

from collections import defaultdict

from kb_build import citation
from kb_build.emit import html_blocks as hb
from kb_build.emit import markdown as md
from kb_build.emit.paging import Part, part_page, split, year_table
from kb_build.emit.paths import GLOSSARY_INDEX, plan_page_path, policy_page_path, policy_year_page_path, relative
from kb_build.emit.plan_page import nav_title
from kb_build.emit.quotes import PageQuotes
from kb_build.link import KnowledgeBase
from kb_build.link.policies import Policy, PolicyMention
from kb_build.text import fold, sort_key


def _source_lines(kb: KnowledgeBase, policy: Policy, page: str) -> list[str]:
    plans, elsewhere = kb.corpus.plan_by_id, kb.corpus.elsewhere_by_id
    lines = []
    for source in policy.entry.fields["sources"]:
        if source.get("plan") in plans:
            plan = plans[source["plan"]]
            target = f"{relative(plan_page_path(plan), page)}#{source['at']}"
            lines.append(f"- {md.link(citation.place(plan, source['at']), target)}")
        elif "plan" in source:
            lines.append(f"- {md.text(citation.place(elsewhere[source['plan']], source['at']))}")
        else:
            lines.append(f"- <{source['url']}>")
    return lines


def _mentions(mentions: list[PolicyMention], page: str, quotes: PageQuotes) -> list[str]:
    """Each mention: where it is, then its sentence with the phrase in bold."""
    blocks = []  # HTML blocks (see html_blocks)
    for mention in mentions:
        target = f"{relative(plan_page_path(mention.plan), page)}#{mention.anchor}"
        where = hb.escape(mention.plan.locator_of(mention.anchor))
        blocks.append(hb.paragraph(f"{hb.link(nav_title(mention.plan), target)} ({where})"))
        quote = hb.bold_in(mention.context, mention.as_written)
        blocks.append(hb.quote(quote, quotes.attributes(mention.plan, mention.anchor)))
    return blocks


def _year_path(policy: Policy, part: Part) -> str:
    return policy_year_page_path(policy.id, part.year, part.part)


def year_page(policy: Policy, part: Part[PolicyMention]) -> str:
    page = _year_path(policy, part)
    back = md.link(f"Về chính sách, cụm từ: {policy.name}", relative(policy_page_path(policy.id), page))
    return part_page(page, f"{policy.name}: được nhắc đến", back, part, _mentions)


def policy_page(kb: KnowledgeBase, policy: Policy, pages: list[Part[PolicyMention]] | None) -> str:
    """A policy's page; ``pages``: its mentions by year when they are too many for it."""
    page = policy_page_path(policy.id)
    quotes = PageQuotes(page)
    fields = policy.entry.fields
    parts = [md.front_matter(title=policy.name), f"# {md.text(policy.name)}"]
    card = [("Loại", md.text(fields["category"]))]
    if fields.get("english"):
        official = "" if fields.get("english_official") else " (bản dịch không chính thức)"
        card.append(("Tiếng Anh", md.text(fields["english"]) + official))
    if policy.first_year:
        card.append(("Xuất hiện lần đầu trong kho", str(policy.first_year)))
    card.append(
        ("Số lần được nhắc", f"{len(policy.mentions)} lần trong {len({m.plan.id for m in policy.mentions})} văn bản")
    )
    lines = ['<div class="kb-meta" markdown>', ""]
    for label, value in card:
        lines += [label, f":   {value}", ""]
    parts.append("\n".join([*lines, "</div>"]))
    if policy.formulation:
        parts += ["## Nội dung chính thức", f"> {md.text(policy.formulation)}"]
    if fields.get("notes"):
        parts.append(f"**Ghi chú:** {md.text(fields['notes'])}")
    parts += ["## Nguồn và cách trích dẫn", *["\n".join(_source_lines(kb, policy, page))]]
    parts.append("## Được nhắc đến tại")
    if pages is None:  # few enough to be quoted here, by year
        by_year: dict[int, list[PolicyMention]] = defaultdict(list)
        for mention in policy.mentions:
            by_year[mention.plan.year].append(mention)
        for year in sorted(by_year, reverse=True):
            parts.append("\n".join([f"### Năm {year} {{ #nam-{year} }}", "", *_mentions(by_year[year], page, quotes)]))
    else:  # a page per year (and part): this one stays small however often the phrase is used
        parts.append(year_table(pages, lambda p: _year_path(policy, p), page, "lần"))
    parts.append(f"[Tất cả chính sách và cụm từ]({relative(GLOSSARY_INDEX, page)})")
    parts.append(quotes.script())
    return "\n\n".join(p for p in parts if p) + "\n"


def initial(name: str) -> str:
    """The Vietnamese initial letter a name is filed under (Đ apart from D, Ư apart from U …)."""
    first = name.strip()[:1].upper()
    return first if first in "ĂÂĐÊÔƠƯ" else fold(first).upper() or first


def glossary_index(kb: KnowledgeBase) -> str:
    page = GLOSSARY_INDEX
    policies = sorted(kb.policies.by_id.values(), key=lambda p: sort_key(p.name))
    lines = [
        md.front_matter(title="Chính sách, cụm từ"),
        "# Chính sách, phương châm và cụm từ chính thức",
        "",
        "Theo thứ tự chữ cái tiếng Việt. Trong các văn bản, mỗi lần nhắc đến đều dẫn về đây; rê chuột để xem nội dung.",
    ]
    current = None
    for policy in policies:
        letter = initial(policy.name)
        if letter != current:
            lines += ["", f"## {letter}", ""]
            current = letter
        first = f", từ năm {policy.first_year}" if policy.first_year else ""
        link = md.link(policy.name, relative(policy_page_path(policy.id), page))
        lines.append(f"- {link} · {md.text(policy.entry.fields['category'])}{first}")
    return "\n".join(lines) + "\n"


def render_all(kb: KnowledgeBase) -> dict[str, str]:
    pages = {}
    for policy in kb.policies.by_id.values():
        split_up = split(policy.mentions, lambda m: m.plan)
        pages[policy_page_path(policy.id)] = policy_page(kb, policy, split_up)
        for part in split_up or ():
            pages[_year_path(policy, part)] = year_page(policy, part)
    pages[GLOSSARY_INDEX] = glossary_index(kb)
    return pages
