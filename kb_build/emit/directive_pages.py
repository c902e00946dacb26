"""Directive pages (what a cited document is, and every plan that cites it), their indexes, the matrix."""

from __future__ import annotations

from collections import Counter, defaultdict

from kb_build.emit import html_blocks as hb
from kb_build.emit import markdown as md
from kb_build.emit.paging import Part, part_page, split, year_table
from kb_build.emit.paths import (
    DIRECTIVES_BY_TYPE,
    DIRECTIVES_INDEX,
    DIRECTIVES_MATRIX,
    DIRECTIVES_MATRIX_BY_TYPE,
    directive_page_path,
    directive_year_page_path,
    part_path,
    plan_page_path,
    relative,
    year_page_path,
)
from kb_build.emit.plan_page import full_text, nav_title
from kb_build.emit.quotes import PageQuotes
from kb_build.link import KnowledgeBase
from kb_build.link.citations import subject_is_complete
from kb_build.link.directives import Directive, Mention
from kb_build.text import slugify, sort_key


def _date(directive: Directive) -> str:
    value = directive.date
    return f"{value.day:02d}/{value.month:02d}/{value.year}" if value else "Không ghi"


def _mention_link(mention: Mention, page: str) -> str:
    return md.link(_mention_label(mention), _mention_target(mention, page))


def _mention_label(mention: Mention) -> str:
    return f"{nav_title(mention.plan)}, {mention.plan.locator_of(mention.anchor)}"


def _mention_target(mention: Mention, page: str) -> str:
    return f"{relative(plan_page_path(mention.plan), page)}#{mention.anchor}"


STATUS_LABELS = {
    "forthcoming": "Chưa được thông qua khi các văn bản dẫn chiếu (“sau khi được … thông qua”)",
    "draft": "Dự thảo",
}


def _card(directive: Directive, page: str) -> str:
    number = md.text(directive.number) if directive.number else "Không có (dẫn chiếu theo tên)"
    if directive.source_numbers:
        number += f" (nguồn ghi: {md.text(', '.join(directive.source_numbers))})"
    issuer = md.text(directive.issuer) if directive.issuer else "Không ghi"
    if directive.issuer and directive.issuer_detail:
        issuer += f" ({md.text(directive.issuer_detail)})"
    rows = [
        ("Loại văn bản", md.text(directive.type)),
        ("Số, ký hiệu", number),
        ("Ngày ban hành", _date(directive)),
        ("Cơ quan ban hành", issuer),
    ]
    if directive.status:
        rows.append(("Tình trạng", STATUS_LABELS[directive.status]))
    if directive.curated.get("title_en"):
        rows.append(("Tên tiếng Anh", md.text(directive.curated["title_en"])))
    years = directive.years
    span = f"{years[0]}" if years[0] == years[-1] else f"{years[0]}–{years[-1]}"
    plans = len(directive.citing_plans)
    rows.append(("Được dẫn chiếu", f"{len(directive.mentions)} lần trong {plans} văn bản, năm {span}"))
    subjects: dict[str, Mention] = {}
    for mention in directive.mentions:
        if mention.citation.subject:
            subjects.setdefault(mention.citation.subject, mention)
    verbatim = {s: m for s, m in subjects.items() if subject_is_complete(s)}
    unsure = {s: m for s, m in subjects.items() if s not in verbatim}
    unsure_label = "Trích yếu (nhận dạng tự động, có thể chưa đủ)"
    for label, chosen in (("Trích yếu theo nguồn", verbatim), (unsure_label, unsure)):
        if chosen:
            cited = [f"“{md.text(s)}” ({_mention_link(m, page)})" for s, m in chosen.items()]
            rows.append((label, "<br>".join(cited)))
    lines = ['<div class="kb-meta" markdown>', ""]
    for label, value in rows:
        lines += [label, f":   {value}", ""]
    return "\n".join([*lines, "</div>"])


def _conflicts(directive: Directive, page: str) -> str:
    if not directive.conflicts:
        return ""
    lines = [
        '!!! warning "Các nguồn không thống nhất"',
        "",
        "    Kho giữ nguyên văn từng nguồn; biên tập viên cần đối chiếu bản gốc.",
        "",
    ]
    dated: dict = {}
    for mention in directive.mentions:
        if mention.citation.date:
            dated.setdefault(mention.citation.date, mention)
    if len(dated) > 1:
        for when, mention in sorted(dated.items()):
            quoted = f"“{md.text(mention.citation.raw)}” ({_mention_link(mention, page)})"
            lines.append(f"    - Ngày {when.day}/{when.month}/{when.year}: {quoted}")
    for message in directive.conflicts:
        if "không khớp loại" in message:
            first = directive.mentions[0]
            lines.append(
                f"    - Số hiệu không khớp loại văn bản: “{md.text(first.citation.raw)}” ({_mention_link(first, page)})"
            )
    return "\n".join(lines)


def _mentions(mentions: list[Mention], page: str, quotes: PageQuotes) -> list[str]:
    """Each mention (HTML blocks): where it is and who issued it, then its sentence, the citation in bold."""
    blocks = []
    for mention in mentions:
        where = hb.link(_mention_label(mention), _mention_target(mention, page))
        blocks.append(hb.paragraph(f"{where} · {hb.escape(mention.plan.issuer)}"))
        quote = hb.bold_in(mention.context, mention.citation.raw)
        blocks.append(hb.quote(quote, quotes.attributes(mention.plan, mention.anchor)))
    return blocks


def _year_path(directive: Directive, part: Part) -> str:
    return directive_year_page_path(directive.slug, part.year, part.part)


def year_page(directive: Directive, part: Part[Mention]) -> str:
    page = _year_path(directive, part)
    back = md.link(f"Về văn bản: {directive.label}", relative(directive_page_path(directive.slug), page))
    return part_page(page, f"{directive.label}: được dẫn chiếu", back, part, _mentions)


def directive_page(kb: KnowledgeBase, directive: Directive, pages: list[Part[Mention]] | None) -> str:
    """A cited document's page; ``pages``: its mentions by year when they are too many for it."""
    page = directive_page_path(directive.slug)
    quotes = PageQuotes(page)
    parts = [md.front_matter(title=directive.label), f"# {md.text(directive.label)}"]
    if directive.title and directive.title != directive.label:
        parts.append(md.text(directive.title))
    parts += [_card(directive, page), _conflicts(directive, page)]
    if directive.plan:
        target = relative(plan_page_path(directive.plan), page)
        parts.append(f"Văn bản này có trong kho: {md.link(nav_title(directive.plan), target)}.")
        parts += ["## Toàn văn", full_text(directive.plan, kb, quotes)]
    if directive.curated.get("notes"):
        parts.append(f"**Ghi chú:** {md.text(directive.curated['notes'])}")
    parts.append("## Được dẫn chiếu tại")
    if pages is None:  # few enough to be quoted here, by year
        by_year: dict[int, list[Mention]] = defaultdict(list)
        for mention in directive.mentions:
            by_year[mention.plan.year].append(mention)
        for year in sorted(by_year, reverse=True):
            parts.append(f"### Năm {year} {{ #nam-{year} }}\n\n" + hb.run(_mentions(by_year[year], page, quotes)))
    else:  # a page per year (and part): this one stays small however many plans cite the document
        parts.append(year_table(pages, lambda p: _year_path(directive, p), page, "lần"))
    implementers = directive.implementers
    if implementers:
        parts.append("## Được thực hiện bởi")
        parts.append(
            "\n".join(
                f"- {md.link(nav_title(p), relative(plan_page_path(p), page))} ({p.year}) · {md.text(p.issuer)}"
                for p in implementers
            )
        )
    parts.append(f"[Tất cả văn bản dẫn chiếu]({relative(DIRECTIVES_INDEX, page)})")
    parts.append(quotes.script())
    return "\n\n".join(p for p in parts if p) + "\n"


def _entry(directive: Directive, page: str) -> str:
    when = f" ngày {_date(directive)}" if directive.date else ""
    link = md.link(directive.label, relative(directive_page_path(directive.slug), page))
    return f"- {link}{when} · {len(directive.citing_plans)} văn bản dẫn chiếu"


ROWS_PER_PAGE = 300  # entries of one type on one list or matrix page (about 100 KB); more go to parts


def _by_type(kb: KnowledgeBase) -> dict[str, list[Directive]]:
    """The register by type, in Vietnamese order, each type's documents in Vietnamese order too."""
    by_type: dict[str, list[Directive]] = defaultdict(list)
    for directive in sorted(kb.registry.directives.values(), key=lambda d: sort_key(d.label)):
        by_type[directive.type].append(directive)
    return {kind: by_type[kind] for kind in sorted(by_type, key=sort_key)}


def _chunks(directives: list[Directive]) -> list[list[Directive]]:
    return [directives[i : i + ROWS_PER_PAGE] for i in range(0, len(directives), ROWS_PER_PAGE)] or [[]]


def _parts_links(folder: str, kind: str, count: int, page: str) -> str:
    pages = [relative(part_path(folder, kind, i), page) for i in range(1, count + 1)]
    if count == 1:
        return md.link("xem", pages[0], table=True)
    return ", ".join(md.link(f"phần {i}", target, table=True) for i, target in enumerate(pages, 1))


def index_page(kb: KnowledgeBase) -> str:
    """The register's front page: its types (each listed, and tabled by year, on pages of its own) and
    how many documents each issuer has: bounded by the number of types and issuers, not documents."""
    page = DIRECTIVES_INDEX
    by_type = _by_type(kb)
    lines = [
        md.front_matter(title="Văn bản dẫn chiếu"),
        "# Văn bản dẫn chiếu",
        "",
        f"{len(kb.registry.directives)} văn bản được các kế hoạch dẫn chiếu. "
        f"Xem [bảng theo năm của từng loại văn bản]({relative(DIRECTIVES_MATRIX, page)}).",
        "",
        "## Theo loại văn bản",
        "",
        "| Loại văn bản | Số văn bản | Danh sách | Số lần dẫn chiếu theo năm |",
        "| --- | --- | --- | --- |",
    ]
    for kind, directives in by_type.items():
        n = len(_chunks(directives))
        lists = _parts_links(DIRECTIVES_BY_TYPE, slugify(kind), n, page)
        matrix = _parts_links(DIRECTIVES_MATRIX_BY_TYPE, slugify(kind), n, page)
        lines.append(f"| {md.text(kind, table=True)} | {len(directives)} | {lists} | {matrix} |")
    lines += ["", "## Theo cơ quan ban hành", "", "| Cơ quan ban hành | Số văn bản |", "| --- | --- |"]
    issuers: Counter[str] = Counter(d.issuer or "Không ghi cơ quan ban hành" for d in kb.registry.directives.values())
    for issuer in sorted(issuers, key=sort_key):
        lines.append(f"| {md.text(issuer, table=True)} | {issuers[issuer]} |")
    return "\n".join(lines) + "\n"


def type_pages(kb: KnowledgeBase, split_up: dict[str, list[Part[Mention]] | None]) -> dict[str, str]:
    """Each type's documents, listed, and tabled by year (how many plans cite each, each year)."""
    pages = {}
    for kind, directives in _by_type(kb).items():
        chunks = _chunks(directives)
        for number, chunk in enumerate(chunks, 1):
            of = f", phần {number}/{len(chunks)}" if len(chunks) > 1 else ""
            path = part_path(DIRECTIVES_BY_TYPE, slugify(kind), number)
            back = md.link("Văn bản dẫn chiếu", relative(DIRECTIVES_INDEX, path))
            lines = [md.front_matter(title=f"{kind}{of}"), f"# {md.text(kind)}{of}", "", back, ""]
            pages[path] = "\n".join(lines + [_entry(d, path) for d in chunk]) + "\n"
            matrix = part_path(DIRECTIVES_MATRIX_BY_TYPE, slugify(kind), number)
            pages[matrix] = _matrix(kb, chunk, matrix, f"{kind} theo năm{of}", split_up)
    return pages


def _matrix(
    kb: KnowledgeBase, directives: list[Directive], page: str, title: str, split_up: dict[str, list[Part] | None]
) -> str:
    """Directive × year: how many plans cite it each year; each cell links to those plans (to the
    year's page, for a document whose mentions ``split_up`` put on pages by year)."""
    years = kb.years
    header = "| Văn bản | " + " | ".join(f"[{y}]({relative(year_page_path(y), page)})" for y in years) + " |"
    lines = [
        md.front_matter(title=title),
        f"# {md.text(title)}",
        "",
        "Mỗi ô là số kế hoạch của năm đó dẫn chiếu văn bản; bấm vào ô để xem các kế hoạch. "
        + md.link("Tất cả các loại văn bản", relative(DIRECTIVES_INDEX, page))
        + ".",
        "",
        header,
        "| --- |" + " --- |" * len(years),
    ]
    for directive in directives:
        cells = []
        year_pages = {p.year: p for p in reversed(split_up[directive.slug] or [])}  # a year's first part
        for year in years:
            mentions = [m for m in directive.mentions if m.plan.year == year]
            plans = {m.plan.id for m in mentions}
            if not plans:
                cells.append("")
            elif len(plans) == 1:  # one plan: straight to the passage
                target = f"{relative(plan_page_path(mentions[0].plan), page)}#{mentions[0].anchor}"
                cells.append(f"[1]({target})")
            else:
                first = year_pages.get(year)
                own = f"{relative(directive_page_path(directive.slug), page)}#nam-{year}"
                target = relative(_year_path(directive, first), page) if first else own
                cells.append(f"[{len(plans)}]({target})")
        label = md.link(directive.label, relative(directive_page_path(directive.slug), page), table=True)
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def matrix_page(kb: KnowledgeBase) -> str:
    """The matrix's old address: the types, each with its table by year."""
    page = DIRECTIVES_MATRIX
    lines = [
        md.front_matter(title="Văn bản dẫn chiếu theo năm"),
        "# Văn bản dẫn chiếu theo năm",
        "",
        "Bảng số kế hoạch dẫn chiếu mỗi văn bản theo từng năm, theo loại văn bản:",
        "",
    ]
    for kind, directives in _by_type(kb).items():
        links = _parts_links(DIRECTIVES_MATRIX_BY_TYPE, slugify(kind), len(_chunks(directives)), page)
        lines.append(f"- {md.text(kind)} ({len(directives)} văn bản): {links}")
    return "\n".join(lines) + "\n"


def render_all(kb: KnowledgeBase) -> dict[str, str]:
    split_up = {slug: split(d.mentions, lambda m: m.plan) for slug, d in kb.registry.directives.items()}
    pages = {}
    for slug, directive in kb.registry.directives.items():
        pages[directive_page_path(slug)] = directive_page(kb, directive, split_up[slug])
        for part in split_up[slug] or ():
            pages[_year_path(directive, part)] = year_page(directive, part)
    pages[DIRECTIVES_INDEX] = index_page(kb)
    pages[DIRECTIVES_MATRIX] = matrix_page(kb)
    pages.update(type_pages(kb, split_up))
    return pages
