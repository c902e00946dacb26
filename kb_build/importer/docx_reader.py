"""A .docx → lines of text, with Word footnotes as ``[footnoteRef:N]`` markers plus their bodies.

python-docx reads paragraphs and tables in body order; it has no footnote API, so the
footnotes part is reached through the document part's relationship and read as XML.
Layout tables (the header and signature blocks of most plans) become ``left | right`` lines;
a cell's paragraphs include those of tables nested in it.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn
from lxml import etree

from kb_build.importer.source import SourceText, side_by_side

FOOTNOTES_RELTYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def _paragraph_text(p_element) -> str:
    """Text of a ``w:p``, with footnote references as ``[footnoteRef:N]`` markers."""
    parts: list[str] = []
    for node in p_element.iter():
        if node.tag == qn("w:t"):
            parts.append(node.text or "")
        elif node.tag == qn("w:tab"):
            parts.append("\t")
        elif node.tag in (qn("w:br"), qn("w:cr")):
            parts.append("\n")
        elif node.tag == qn("w:footnoteReference"):
            parts.append(f"[footnoteRef:{node.get(qn('w:id'))}]")
    return "".join(parts)


def _footnotes(document) -> dict[str, str]:
    for rel in document.part.rels.values():
        if rel.reltype == FOOTNOTES_RELTYPE:
            root = etree.fromstring(rel.target_part.blob)
            notes = {}
            for note in root.findall(qn("w:footnote")):
                note_id = note.get(qn("w:id"))
                if note.get(qn("w:type")) in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                paragraphs = [_paragraph_text(p).strip() for p in note.findall(qn("w:p"))]
                notes[note_id] = " ".join(p for p in paragraphs if p)
            return notes
    return {}


def _cell_paragraphs(cell) -> list[str]:
    """The lines of a table cell: its paragraphs in order, nested tables' included."""
    lines: list[str] = []
    for paragraph in cell.iter(qn("w:p")):
        lines.extend(part.strip() for part in _paragraph_text(paragraph).split("\n"))
    return lines


def read_docx(path: Path) -> SourceText:
    document = docx.Document(str(path))
    result = SourceText(footnotes=_footnotes(document))
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            result.lines.extend(_paragraph_text(child).split("\n"))
        elif child.tag == qn("w:tbl"):
            for row in child.findall(qn("w:tr")):
                result.lines.extend(side_by_side([_cell_paragraphs(cell) for cell in row.findall(qn("w:tc"))]))
        # section properties and other body children carry no text
    return result
