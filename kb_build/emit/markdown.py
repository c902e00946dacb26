"""Writing source text into emitted Markdown so that it is shown exactly, never interpreted.

Plan text is official wording and may come from hostile conversions: every character that
Markdown or HTML would act on is escaped, so ``<script>``, ``*``, ``[x](javascript:…)`` or
``{: onclick=…}`` appear as typed.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from kb_build.model import NoteRef

_BACKSLASH = re.compile(r"([\\`*_{}\[\]#])")
# What starts a block in Markdown and its extensions: headings, quotes, lists, definition lists,
# admonitions and details (“!!!”, “???”), tables, fences.
_ESCAPABLE = set("\\`*_{}[]()>#+-.!")  # what Python-Markdown lets a backslash escape
_LINE_START = re.compile(r"^(\s*)([#>+\-=:!?*|~`]|\d+[.)])")


def text(value: str, *, table: bool = False) -> str:
    """Escape ``value`` for inline Markdown (also safe inside ``table`` cells).

    Syntax that starts a block (``-``, ``>``, ``#``, ``1.``) is neutralised at the start too:
    a value may be put at the start of a line (a list item, a quote), and “- - - …” or
    “> > > …” five hundred deep would nest lists or quotes that deep.
    """
    value = value.replace("\r", " ").replace("\n", " ")
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = _BACKSLASH.sub(r"\\\1", value)
    if table:
        value = value.replace("|", "&#124;")
    return _neutralise_start(value)


def _neutralise_start(escaped: str) -> str:
    match = _LINE_START.match(escaped)
    if not match:
        return escaped
    marker = match.group(2)
    if marker[0].isdigit():
        marker = marker[:-1] + "\\" + marker[-1]
    else:  # a backslash where Markdown knows the escape, else the character as an entity
        marker = "\\" + marker if marker in _ESCAPABLE else f"&#{ord(marker)};"
    return escaped[: match.start(2)] + marker + escaped[match.end(2) :]


@dataclass(frozen=True)
class Span:
    """A link over characters ``start``–``end`` of a text, with a tooltip ``title``."""

    start: int
    end: int
    href: str
    title: str = ""


def _title(title: str) -> str:
    """A link title: quotes and parentheses would end the Markdown link early."""
    return text(title).replace('"', "&quot;").replace("(", "&#40;").replace(")", "&#41;")


def note_ref(label: str, *, first: bool) -> str:
    """A footnote marker showing the source's own label; the first one is what the note links back to.

    Written as HTML rather than left to Markdown's footnotes extension, which renumbers notes
    1, 2, 3 in order of use: a source whose notes are labelled 4, 5 … must show 4, 5 ….
    """
    ref_id = f' id="fnref:{label}"' if first else ""
    return f'<sup class="kb-fnref"{ref_id}><a href="#fn:{label}" role="doc-noteref">{label}</a></sup>'


def annotated(
    value: str,
    notes: tuple[NoteRef, ...] = (),
    links: tuple[Span, ...] = (),
    *,
    referenced: set[str] | None = None,
) -> str:
    """Escape ``value`` and put footnote markers and links back at their offsets (see ``weave``)."""

    def linked(span: Span, label: str) -> str:
        title = f' "{_title(span.title)}"' if span.title else ""
        return f"[{text(label)}]({span.href}{title})"

    return weave(value, notes, links, referenced, text, linked)


def weave(
    value: str,
    notes: tuple[NoteRef, ...],
    links: tuple[Span, ...],
    referenced: set[str] | None,
    segment: Callable[[str], str],
    linked: Callable[[Span, str], str],
) -> str:
    """``value`` written piece by piece: its text by ``segment``, its links by ``linked``, footnote
    markers between them (Markdown and HTML alike).

    Links may not overlap (the later one is dropped); a footnote marker that falls inside a
    link is moved to its end, so the link text stays whole. ``referenced`` holds the labels
    already marked on the page (only the first marker of a note carries the back-link's id).
    """
    seen = referenced if referenced is not None else set()
    kept: list[Span] = []
    for span in sorted(links, key=lambda s: s.start):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    inside = {n: next((s.end for s in kept if s.start < n.offset < s.end), n.offset) for n in notes}
    events = sorted([(pos, 1, n) for n, pos in inside.items()] + [(s.start, 0, s) for s in kept], key=lambda e: e[:2])
    out: list[str] = []
    cursor = 0
    for position, _, item in events:
        if position < cursor:
            continue
        out.append(segment(value[cursor:position]))
        if isinstance(item, Span):
            out.append(linked(item, value[item.start : item.end]))
            cursor = item.end
        else:
            out.append(note_ref(item.label, first=item.label not in seen))
            seen.add(item.label)
            cursor = position
    out.append(segment(value[cursor:]))
    return "".join(out)


def bold_in(context: str, words: str) -> str:
    """Escape ``context`` with the first occurrence of ``words`` in bold (a citation or a phrase in
    the sentence quoted around it); ``context`` alone when ``words`` are not in it."""
    at = context.find(words)
    if at < 0:
        return text(context)
    return text(context[:at]) + f"**{text(words)}**" + text(context[at + len(words) :])


def link(label: str, target: str, *, table: bool = False) -> str:
    return f"[{text(label, table=table)}]({target})"


def front_matter(*, hide: tuple[str, ...] = (), **values: str) -> str:
    """YAML front matter for an emitted page; JSON strings are valid YAML scalars, JSON lists valid sequences.

    The theme prints these values (the page title in the header, the tab title, the navigation)
    as HTML, so they are HTML-escaped here, once: a title can hold a source's text. ``hide`` names parts of
    the theme's frame the page goes without (Material's ``hide`` key: ``"toc"``, ``"navigation"``).
    """
    lines = [
        f"{key}: {json.dumps(html.escape(value, quote=True), ensure_ascii=False)}" for key, value in values.items()
    ]
    if hide:
        lines.append(f"hide: {json.dumps(list(hide))}")
    return "---\n" + "\n".join(lines) + "\n---\n\n"
