"""Saved or copied web pages → lines of text, read with lxml's HTML parser.

Editors receive plans as saved pages (``.html``) or as text copied from a page's source, full of
tags and entities (``&agrave;``). The parser decodes entities and finds the blocks; this module
only decides where lines break: at block elements and ``<br>``, with layout tables flattened as
the Word reader flattens them (``left | right``). Scripts, styles and forms are not text.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from kb_build.importer.source import SourceText, side_by_side

_BLOCKS = {
    "p", "div", "section", "article", "main", "header", "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
    "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "center", "address", "figure", "figcaption", "hr",
    "form", "fieldset", "nav", "body", "html",
}  # fmt: skip
_SKIPPED = {"script", "style", "noscript", "template", "head", "title", "iframe", "svg", "button", "select", "nav"}
_TAG = re.compile(r"</?(?:p|div|br|span|table|tr|td|th|strong|em|b|i|u|a|h[1-6]|li|ul|ol|font|o:p)\b[^<>]*>", re.I)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")


def looks_like_html(text: str) -> bool:
    """Text that carries markup: a few tags or entities (a plan's own text has neither)."""
    sample = text[:200_000]
    return len(_TAG.findall(sample)) >= 3 or len(_ENTITY.findall(sample)) >= 5


class _Lines:
    """Collects text into lines; a block boundary ends the current line."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []

    def text(self, value: str | None) -> None:
        if value:
            self.current.append(value.replace("\xa0", " "))

    def end_line(self) -> None:
        line = " ".join("".join(self.current).split())
        self.current = []
        if line:
            self.lines.append(line)

    def blank(self) -> None:
        """An empty paragraph of the page: a blank line, as in the Word reader."""
        if self.lines and self.lines[-1]:
            self.lines.append("")


def _cell_lines(cell: etree._Element) -> list[str]:
    collector = _Lines()
    _walk(cell, collector, inside_cell=True)
    collector.end_line()
    return [line for line in collector.lines if line] or [""]


def _walk(element: etree._Element, out: _Lines, inside_cell: bool = False) -> None:
    for child in element:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if not tag or tag in _SKIPPED:  # comments, processing instructions, scripts
            out.text(child.tail)
            continue
        if tag == "br":
            out.end_line()
        elif tag == "table" and not inside_cell:
            out.end_line()
            for row in child.iter("tr"):
                cells = [_cell_lines(cell) for cell in row if isinstance(cell.tag, str) and cell.tag in ("td", "th")]
                out.lines.extend(side_by_side(cells))
            out.end_line()
        elif tag in _BLOCKS or tag in ("table", "tr", "td", "th"):
            out.end_line()
            before = len(out.lines)
            out.text(child.text)
            _walk(child, out, inside_cell)
            out.end_line()
            if tag == "p" and len(out.lines) == before:
                out.blank()
        else:
            out.text(child.text)
            _walk(child, out, inside_cell)
        out.text(child.tail)


def read_html(markup: str) -> SourceText:
    """The text of a web page (or of text full of HTML), one line per block."""
    document = lxml.html.document_fromstring(markup)
    out = _Lines()
    out.text(document.text)
    _walk(document, out)
    out.end_line()
    while out.lines and not out.lines[-1]:
        out.lines.pop()
    return SourceText(lines=out.lines)
