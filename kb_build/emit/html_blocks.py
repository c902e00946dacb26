"""Blocks of a page written as HTML, which the renderer passes through untouched.

A plan's passages and the pages that list passages (a topic's year, what its issuers changed, the
plans citing a document, a policy or an anniversary) are the same few shapes thousands of times: a
paragraph with its anchor, a link, a quote. Written in Markdown, Python-Markdown parsed every one of
them again: four fifths of the render, growing with the corpus. Written here as the HTML Python-Markdown
made of them, they cost the renderer nothing; headings stay Markdown, so the page's table of contents
and anchors are as before.

Each run of such blocks is put between ``OPEN`` and ``CLOSE``: Markdown link reference definitions,
which every Markdown renderer reads and none prints (``[kb-html]`` is never used as a link: source
text is escaped, its brackets included). The render stage (``render.passthrough``) takes what lies
between them out of the Markdown before Python-Markdown reads it, and puts it back into the HTML it
made, so that even the scan is saved. Without that step the page is the same, only slower to render.

The same rule as ``markdown.py`` holds: source text is escaped, shown as typed, never interpreted.
MkDocs does not rewrite or check links inside HTML, so targets are written as the site has them
(``x.md#a`` → ``x.html#a``: the site is built with ``use_directory_urls: false``).
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from kb_build.emit.markdown import Span, weave
from kb_build.emit.paths import page_url
from kb_build.model import NoteRef

OPEN = "[kb-html]: #"
CLOSE = "[kb-html-end]: #"


def _one_line(value: str) -> str:
    return value.replace("\r", " ").replace("\n", " ")


def _text(value: str) -> str:
    return html.escape(value, quote=False)


def escape(value: str) -> str:
    """Source text as HTML text on one line: ``&``, ``<`` and ``>`` escaped, nothing else changed."""
    return _text(_one_line(value).strip())


def href(target: str) -> str:
    """An emitted page's path (``../2016/x.md#d-i-4``) as the link the site has (``../2016/x.html#d-i-4``)."""
    path, _, anchor = target.partition("#")
    return html.escape(page_url(path, anchor or None) if path.endswith(".md") else target, quote=True)


def link(label: str, target: str) -> str:
    return f'<a href="{href(target)}">{escape(label)}</a>'


def bold_in(context: str, words: str) -> str:
    """``context`` with the first occurrence of ``words`` in bold (see ``markdown.bold_in``)."""
    value = _one_line(context)
    at = value.find(words) if words else -1
    if at < 0:
        return escape(value)
    before, after = value[:at].lstrip(), value[at + len(words) :].rstrip()
    return f"{_text(before)}<strong>{_text(words)}</strong>{_text(after)}"


def annotated(
    value: str, notes: tuple[NoteRef, ...] = (), links: tuple[Span, ...] = (), referenced: set[str] | None = None
) -> str:
    """``value`` escaped, its links and footnote markers put back at their offsets (see ``markdown.weave``)."""

    def linked(span: Span, label: str) -> str:
        # a link's title as Python-Markdown writes the one ``markdown.annotated`` gives it: brackets as entities
        title = _text(_one_line(span.title)).replace('"', "&quot;").replace("(", "&#40;").replace(")", "&#41;")
        titled = f' title="{title}"' if span.title else ""
        return f'<a href="{href(span.href)}"{titled}>{_text(_one_line(label))}</a>'

    return weave(value, notes, links, referenced, lambda part: _text(_one_line(part)), linked).strip()


def paragraph(inner: str, attributes: str = "") -> str:
    return f"<p {attributes}>{inner}</p>" if attributes else f"<p>{inner}</p>"


def quote(inner: str, attributes: str) -> str:
    """A passage quoted: the paragraph carries the quote's ``attributes`` (see ``PageQuotes.attributes``)."""
    return f"<blockquote>\n{paragraph(inner, attributes)}\n</blockquote>"


def run(blocks: list[str]) -> str:
    """HTML ``blocks`` as one run of the page's Markdown, marked for the render stage ("" for none)."""
    return f"{OPEN}\n\n" + "\n".join(blocks) + f"\n\n{CLOSE}" if blocks else ""


@dataclass
class Runs:
    """Part of a page as it is written: Markdown blocks in order, and the HTML blocks between two of
    them gathered into one run (``run``)."""

    parts: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)

    def html(self, block: str) -> None:
        self.pending.append(block)

    def markdown(self, *blocks: str) -> None:
        """Markdown ``blocks`` after the HTML so far (nothing when there are none)."""
        if blocks:
            self.parts += [run(self.pending), *blocks]
            self.pending = []

    def text(self) -> str:
        return "\n\n".join(part for part in [*self.parts, run(self.pending)] if part)
