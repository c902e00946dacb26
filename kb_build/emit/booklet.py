"""A course booklet: the selected plans as one printable PDF (``kb-build bundle … --pdf``).

Made from the knowledge base, not from the rendered pages: a cover with the course's title, a
table of contents with page numbers, then each plan with its citation, its text as the source
gives it (items with their own marks) and its footnotes at the foot of the page that cites them.
WeasyPrint lays it out (CSS paged media: ``float: footnote``, ``target-counter`` for the
contents, page numbers in the margin). Every text is HTML-escaped: source text is never markup.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from kb_build import citation
from kb_build.link import KnowledgeBase
from kb_build.model import Block, Plan

CSS = """
@page {
  size: A4; margin: 20mm 18mm 22mm;
  @bottom-center { content: counter(page); font-size: 9pt; color: #555; }
  @bottom-left { content: string(course); font-size: 8pt; color: #555; }
  @footnote { margin-top: 3mm; }  /* a border or padding here makes WeasyPrint 70 drop later footnotes */
}
@page :first { @bottom-center { content: none; } @bottom-left { content: none; } }
html { font-family: "DejaVu Serif", serif; font-size: 11pt; line-height: 1.4; }
.cover { page-break-after: always; text-align: center; padding-top: 60mm; }
.cover h1 { font-size: 22pt; string-set: course content(); }
.cover .date { margin-top: 12mm; color: #444; }
.contents { page-break-after: always; }
.contents li { list-style: none; margin: 2mm 0; }
.contents a { color: inherit; text-decoration: none; }
.contents a::after { content: leader(".") target-counter(attr(href), page); }
.plan { page-break-before: always; }
.plan h1 { font-size: 15pt; margin: 0 0 3mm; }
.cite { font-size: 9.5pt; color: #333; border-left: 2pt solid #b71c1c; padding-left: 3mm; margin-bottom: 6mm; }
h2 { font-size: 12.5pt; } h3 { font-size: 11.5pt; } h4 { font-size: 11pt; }
p { margin: 1.5mm 0; text-align: justify; footnote-policy: line; }
p.item-1 { margin-left: 6mm; text-indent: -4mm; }
p.item-2 { margin-left: 11mm; text-indent: -4mm; }
.footnote { float: footnote; font-size: 8.5pt; text-align: left; }
.footnote::footnote-marker { content: attr(data-label) ". "; }
.footnote::footnote-call { content: attr(data-label); font-size: 7pt; vertical-align: super; }
.signer { text-align: right; font-weight: bold; margin-top: 8mm; }
"""


def _passage(block: Block, notes: dict[str, str]) -> str:
    """A block with its footnotes floated to the foot of the page, each called by the source's label."""
    text, cursor = [], 0
    for ref in sorted(block.notes, key=lambda n: n.offset):
        text.append(escape(block.text[cursor : ref.offset]))
        label = escape(ref.label, quote=True)
        text.append(f'<span class="footnote" data-label="{label}">{escape(notes.get(ref.label, ""))}</span>')
        cursor = ref.offset
    text.append(escape(block.text[cursor:]))
    body = "".join(text)
    if block.kind == "heading":
        return f"<h{block.level}>{body}</h{block.level}>"
    if block.kind == "item":
        return f'<p class="item-{block.level}">{escape(block.marker)} {body}</p>'
    return f"<p>{body}</p>"


def _plan(plan: Plan) -> str:
    notes = {note.label: note.text for note in plan.footnotes}
    parts = [
        f'<section class="plan" id="{escape(plan.id, quote=True)}">',
        f"<h1>{escape(plan.label)}: {escape(plan.title)}</h1>",
        f'<p class="cite">Trích dẫn: {escape(citation.document(plan))}</p>',
        *(_passage(block, notes) for block in plan.passages),
    ]
    if plan.signer:
        parts.append(f'<p class="signer">{escape(plan.signer)}</p>')
    parts.append("</section>")
    return "\n".join(parts)


def booklet_html(kb: KnowledgeBase, title: str, made: date) -> str:
    plans = [plan for year in reversed(kb.years) for plan in kb.by_year[year]]
    contents = "\n".join(
        f'<li><a href="#{escape(p.id, quote=True)}">{escape(p.label)}: {escape(p.title)} ({p.year})</a></li>'
        for p in plans
    )
    return "\n".join(
        [
            '<!doctype html><html lang="vi"><head><meta charset="utf-8">',
            f"<title>{escape(title)}</title><style>{CSS}</style></head><body>",
            f'<section class="cover"><h1>{escape(title)}</h1>',
            f"<p>{len(plans)} văn bản, nguyên văn</p>",
            f'<p class="date">Kho văn bản thông tin đối ngoại, {made.strftime("%d/%m/%Y")}</p></section>',
            f'<section class="contents"><h2>Mục lục</h2><ul>{contents}</ul></section>',
            *(_plan(plan) for plan in plans),
            "</body></html>",
        ]
    )


def write_booklet(kb: KnowledgeBase, title: str, made: date, out: Path) -> None:
    """Lay the booklet out with WeasyPrint (imported here: only ``--pdf`` needs it and its Pango)."""
    try:
        import weasyprint
    except OSError as exc:  # the Pango library is missing
        raise RuntimeError(
            "cần thư viện Pango để in tập tài liệu PDF (Debian: apt-get install libpango-1.0-0 libpangoft2-1.0-0)"
        ) from exc
    weasyprint.HTML(string=booklet_html(kb, title, made)).write_pdf(out)
