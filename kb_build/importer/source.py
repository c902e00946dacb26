"""What a reader hands on: the document's lines, and footnote bodies found outside the text.

Readers of structured inputs (Word, PDF, web pages) all flatten a two-column layout table
(the header and signature blocks of most documents) the same way: the paragraphs of the cells
side by side, ``left | right``, so the metadata reader sees one kind of line whatever the input.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SourceText:
    lines: list[str] = field(default_factory=list)
    footnotes: dict[str, str] = field(default_factory=dict)  # label → body, for ``[footnoteRef:N]`` markers


def side_by_side(cells: list[list[str]]) -> list[str]:
    """Paragraph i of each cell on one line, ``" | "`` between cells; blank lines where all are blank."""
    lines = []
    for index in range(max(map(len, cells), default=0)):
        parts = [cell[index] if index < len(cell) else "" for cell in cells]
        lines.append(" | ".join(parts).strip(" |"))
    return lines
