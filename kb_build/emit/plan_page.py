"""The page of one plan: a metadata card, the body with an anchor on every passage, footnotes."""

from __future__ import annotations

from dataclasses import dataclass, field

from kb_build import citation
from kb_build.emit import html_blocks as hb
from kb_build.emit import markdown as md
from kb_build.emit.paths import directive_page_path, plan_page_path, policy_page_path, relative, topic_page_path
from kb_build.emit.quotes import PageQuotes
from kb_build.link import KnowledgeBase
from kb_build.link.citations import find_citations
from kb_build.link.directives import Directive
from kb_build.model import Block, Plan
from kb_build.text import sort_key

# How front-matter fields are named on the page (and in editors' notes about them).
FIELD_LABELS = {
    "type": "Loại văn bản",
    "number": "Số, ký hiệu",
    "issued": "Ngày ban hành",
    "issuer": "Cơ quan ban hành",
    "system": "Hệ thống",
    "level": "Cấp",
    "locality": "Địa bàn",
    "year": "Năm",
    "title": "Trích yếu",
    "promulgated_by": "Ban hành kèm theo",
    "implements": "Thực hiện / căn cứ",
    "header": "Phần đầu văn bản",
    "signer": "Người ký",
    "signer_title": "Chức danh người ký",
    "recipients": "Nơi nhận",
    "source": "Tệp gốc",
    "id": "Định danh",
    "body": "Nội dung",
    "topics": "Chủ đề",
}


def topics_line(kb: KnowledgeBase, counts: dict[str, int], page: str) -> str:
    """Topic links with passage counts, most frequent first (plan cards, year pages)."""
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], sort_key(kb.topics.by_id[kv[0]].name)))
    return ", ".join(
        f"{md.link(kb.topics.by_id[t].name, relative(topic_page_path(t), page))} ({n})" for t, n in ordered
    )


@dataclass
class Page:
    """A page showing a plan's text: the plan, what links it, the quotes and note markers so far."""

    plan: Plan
    kb: KnowledgeBase
    quotes: PageQuotes
    referenced: set[str] = field(default_factory=set)


def citation_meta(plan: Plan) -> dict[str, str]:
    """``citation_*`` meta tags (Highwire Press, read by Zotero and other reference managers)."""
    meta = {
        "citation_title": f"{plan.label}: {plan.title}",
        "citation_author": plan.issuer,
        "citation_publisher": plan.issuer,
        "citation_date": plan.issued.strftime("%Y/%m/%d") if plan.issued else str(plan.year),
        "citation_language": "vi",
    }
    if plan.number:
        meta["citation_technical_report_number"] = plan.number
    return meta


def _cite_block(plan: Plan) -> str:
    """“Trích dẫn văn bản”: the whole document's citation, which kb-quote.js lets a reader copy."""
    return (
        f'<div class="kb-cite-document" data-q="{plan.id}#" markdown>\n\n'
        f"**Trích dẫn văn bản:** {md.text(citation.document(plan))}\n\n</div>"
    )


def nav_title(plan: Plan) -> str:
    """Short title for the navigation: the document and where it comes from."""
    where = plan.locality or plan.issuer
    return f"{plan.label} – {where}"


def page_title(plan: Plan) -> str:
    return f"{plan.label}: {plan.title}"


def _directive_link(directive: Directive, start: int, end: int) -> md.Span:
    return md.Span(start, end, f"../{directive_page_path(directive.slug)}", directive.description())


def _spans(kb: KnowledgeBase, plan: Plan, anchor: str) -> tuple[md.Span, ...]:
    """Links in one passage (or footnote): citations to directive pages, policies to theirs."""
    found = kb.registry.links.get((plan.id, anchor), [])
    spans = [_directive_link(kb.registry.directives[slug], start, end) for start, end, slug in found]
    for start, end, policy_id in kb.policies.links.get((plan.id, anchor), []):
        policy = kb.policies.by_id[policy_id]
        spans.append(md.Span(start, end, f"../{policy_page_path(policy_id)}", policy.description()))
    return tuple(spans)


def _note(text: str, indent: str = "") -> str:
    """A note of the knowledge base beside a passage: visibly not part of the source text."""
    return f'{indent}!!! warning "Lưu ý của kho"\n\n{indent}    {md.text(text)}'


def _implements(kb: KnowledgeBase, item: str) -> str:
    """One “Thực hiện/Căn cứ” entry of the card, its citation linked when it is in the registry."""
    spans = []
    for found in find_citations(item):
        directive = kb.registry.by_label.get((found.type, found.number or found.name))
        if directive:
            spans.append(_directive_link(directive, found.start, found.end))
    return md.annotated(item, (), tuple(spans))


def _card(plan: Plan, kb: KnowledgeBase) -> str:
    where = (
        md.text(plan.locality + kb.places.note(plan))
        if plan.locality
        else "Toàn quốc"
        if plan.level == "trung ương"
        else "—"
    )
    rows = [
        ("type", md.text(plan.type)),
        ("number", md.text(plan.number) if plan.number else "Không ghi"),
        ("issued", plan.issued.strftime("%d/%m/%Y") if plan.issued else "Không ghi"),
        ("issuer", md.text(plan.issuer)),
        ("system", md.text(plan.system)),
        ("level", md.text(plan.level)),
        ("locality", where),
        ("year", f"[{plan.year}](index.md)"),
    ]
    if plan.promulgated_by:
        rows.append(("promulgated_by", md.text(plan.promulgated_by)))
    if plan.implements:
        rows.append(("implements", "<br>".join(_implements(kb, item) for item in plan.implements)))
    more = []  # what a reader of the site uses, not a printed handout's first page
    topics = kb.topics.of_plan(plan)
    if topics:
        more.append(("topics", topics_line(kb, topics, f"{plan.year}/{plan.id}.md")))
    if plan.source:
        more.append(("source", f"`{plan.source.replace('`', '')}`"))
    # Open, except on a phone, where kb-layout.js folds it so that the text starts on the first screen.
    lines = ['<details class="kb-meta" markdown="1" open>', "<summary>Thông tin văn bản</summary>", ""]
    for key, value in rows:
        lines += [FIELD_LABELS[key], f":   {value}", ""]
    if more:
        lines += ['<div class="kb-meta-more" markdown="1">', ""]
        for key, value in more:
            lines += [FIELD_LABELS[key], f":   {value}", ""]
        lines.append("</div>")
    lines.append("</details>")
    return "\n".join(lines)


def _passage(passage: Block, spans: tuple[md.Span, ...], page: Page) -> str:
    """One passage with its anchor: a heading in Markdown (the table of contents lists it; no link in it,
    which would break that), else an HTML block (see ``html_blocks``); an item starts with the source's
    own mark, as text."""
    notes = passage.notes
    if passage.kind == "heading":
        heading = md.annotated(passage.text, notes, referenced=page.referenced)
        return f"{'#' * passage.level} {heading} {{ #{passage.anchor} }}"
    body = hb.annotated(passage.text, notes, spans, page.referenced)
    if passage.kind == "item":
        body = f"{hb.escape(passage.marker)} {body}"
        classes = f"kb-item-{passage.level}"
    else:
        classes = ""
    attributes = page.quotes.attributes(page.plan, passage.anchor, element_id=True, classes=classes)
    return hb.paragraph(body, attributes)


def _body(page: Page) -> str:
    """The passages: headings and the knowledge base's notes in Markdown, the runs of passages between
    them in HTML."""
    plan, kb = page.plan, page.kb
    written = hb.Runs()
    for passage in plan.passages:
        block = _passage(passage, _spans(kb, plan, passage.anchor), page)
        if passage.kind == "heading":
            written.markdown(block)
        else:
            written.html(block)
        written.markdown(*[_note(n) for n in kb.notes_for(plan, passage.anchor)])
    return written.text()


def _closing(plan: Plan) -> str:
    parts: list[str] = []
    if plan.signer_title:
        titles = "<br>".join(md.text(t) for t in plan.signer_title)
        parts.append(f'<div class="kb-signer-title" markdown>\n\n{titles}\n\n</div>')
    if plan.signer:
        parts.append(f'<div class="kb-signer" markdown>\n\n{md.text(plan.signer)}\n\n</div>')
    if plan.recipients:
        # each line with the source's dash, as text (a list would draw its own bullets)
        lines = "<br>\n".join(f"{md.text('-')} {md.text(r)}" for r in plan.recipients)
        parts.append(f'<div class="kb-recipients" markdown>\n\n**Nơi nhận:**<br>\n{lines}\n\n</div>')
    return "\n".join(parts)


def _implemented_by(plan: Plan, kb: KnowledgeBase) -> str:
    """Plans of the corpus that say they implement this one: the chain, walked downwards."""
    directive = kb.registry.held_in_corpus.get(plan.id)
    if directive is None or not directive.implementers:
        return ""
    lines = ["## Được thực hiện bởi { #duoc-thuc-hien-boi }", ""]
    for other in directive.implementers:
        lines.append(f"- {md.link(nav_title(other), f'../{other.year}/{other.id}.md')} ({other.year})")
    return "\n".join(lines)


def _editor_notes(plan: Plan) -> str:
    if not plan.reviewed:
        return ""
    lines = ['??? note "Ghi chú biên tập"', ""]
    for key, note in plan.reviewed.items():
        lines.append(f"    - **{FIELD_LABELS.get(key, md.text(key))}**: {md.text(note)}")
    return "\n".join(lines)


def _footnotes(page: Page) -> str:
    """The notes under a “Chú thích” heading, each led by the source's own label (a link back to
    its first marker); the knowledge base's notes on a footnote follow it, outside its text."""
    plan, kb = page.plan, page.kb
    if not plan.footnotes:
        return ""
    written = hb.Runs(["## Chú thích { #chu-thich }"])
    for note in plan.footnotes:
        label = hb.escape(note.label)  # a source's own label (validated: letters and digits)
        back = f'<a class="kb-fn-back" href="#fnref:{label}" title="Quay lại chỗ dẫn chú thích {label}">{label}</a>'
        text = hb.annotated(note.text, (), _spans(kb, plan, note.anchor))
        attributes = page.quotes.attributes(plan, note.anchor, element_id=True, classes="kb-footnote")
        written.html(hb.paragraph(f"{back} {text}", attributes))
        written.markdown(*[_note(n) for n in kb.notes_for(plan, note.anchor)])
    return written.text()


def full_text(plan: Plan, kb: KnowledgeBase, quotes: PageQuotes) -> str:
    """The document's text with its footnotes, as its own page shows it (also on its register page)."""
    page = Page(plan, kb, quotes)
    return "\n\n".join(s.strip("\n") for s in (_body(page), _footnotes(page)) if s)


def render(plan: Plan, kb: KnowledgeBase) -> str:
    page = Page(plan, kb, PageQuotes(plan_page_path(plan)))
    sections = [
        md.front_matter(title=nav_title(plan), **citation_meta(plan)),
        f"# {md.text(page_title(plan))}\n",
        _card(plan, kb),
        _cite_block(plan),
        _body(page),
        _closing(plan),
        _implemented_by(plan, kb),
        _editor_notes(plan),
        _footnotes(page),
        page.quotes.script(),
    ]
    return "\n\n".join(s.strip("\n") for s in sections if s).strip() + "\n"
