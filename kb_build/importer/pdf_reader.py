"""A PDF with a text layer → lines of text, footnotes lifted from the foot of each page.

pdfplumber (MIT, on pdfminer.six) gives every character with its size and position, which is
what tells the parts of a page apart:

* the **footnote area**: the lines at the foot of a page set smaller than the body text; a line
  there that starts with a number opens a footnote, the others continue the last one (a note
  can run on to the next page's foot);
* **footnote markers**: digits set small and raised above the line they stand in; they become
  ``[footnoteRef:N]`` markers, as Word's footnotes do, when a footnote N exists;
* **page numbers** (a line of just a number, at the top or foot) and **running headers** (the same
  first line on several pages) are not text of the document;
* **columns**: a wide horizontal gap inside a line separates the cells of a layout table
  (``ỦY BAN NHÂN DÂN | CỘNG HÒA …``).

A PDF without any text (a scan) is refused with a message that it needs OCR first.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pdfplumber

from kb_build.importer.source import SourceText

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_PAGE_NUMBER = re.compile(r"^\W*(?:trang\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?\W*$", re.IGNORECASE)
_NOTE_START = re.compile(r"^(\d{1,3})\s*(\S.*)$")
_MARKER = re.compile(r"\[footnoteRef:(\d+)\]")


class ScannedPdf(ValueError):
    """The PDF has no text layer."""


@dataclass
class _Row:
    text: str
    size: float  # the most common character size of the line
    top: float
    bottom: float


def _row(line: dict, body_size: float) -> _Row:
    """One line's text: spaces from gaps, cells from wide gaps, raised small digits as markers."""
    chars = [c for c in line["chars"] if c["text"].strip()]
    baseline = Counter(round(c["bottom"], 0) for c in chars).most_common(1)[0][0]
    parts: list[str] = []
    previous = None
    marker = ""
    for char in chars:
        raised = (
            char["text"].isdigit() and char["size"] <= 0.8 * body_size and char["bottom"] < baseline - 0.15 * body_size
        )
        if previous is not None:
            gap = char["x0"] - previous["x1"]
            if gap > 2.5 * body_size:
                parts.append(" | ")
            elif gap > 0.2 * min(char["size"], previous["size"]) and not raised:
                parts.append(" ")
        if raised:
            marker += char["text"]
        else:
            if marker:
                parts.append(f"[footnoteRef:{marker}]")
                marker = ""
            parts.append(char["text"])
        previous = char
    if marker:
        parts.append(f"[footnoteRef:{marker}]")
    size = Counter(round(c["size"], 1) for c in chars).most_common(1)[0][0]
    return _Row("".join(parts).strip(), size, line["top"], line["bottom"])


def _pages(path: Path) -> list[list[dict]]:
    try:
        with pdfplumber.open(path) as pdf:
            return [page.extract_text_lines(return_chars=True) for page in pdf.pages]
    except Exception as exc:  # pdfminer raises many kinds for a damaged file
        raise ValueError(f"không đọc được tệp PDF: {exc}") from exc


def read_pdf(path: Path) -> SourceText:
    pages = _pages(path)
    sizes = Counter(round(c["size"]) for lines in pages for line in lines for c in line["chars"] if c["text"].strip())
    if not sizes:
        raise ScannedPdf(
            "tệp PDF không có lớp chữ (có lẽ là bản quét): cần nhận dạng chữ (OCR) trước khi nhập, "
            "hoặc dùng bản Word/PDF gốc có chữ"
        )
    body_size = sizes.most_common(1)[0][0]
    rows_by_page = [[_row(line, body_size) for line in lines if line["chars"]] for lines in pages]
    first_lines = Counter(rows[0].text for rows in rows_by_page if rows)
    running = {text for text, count in first_lines.items() if count >= 2 and len(rows_by_page) >= 2}

    result = SourceText()
    open_note: str | None = None
    for rows in rows_by_page:
        while rows and _PAGE_NUMBER.match(rows[-1].text):
            rows = rows[:-1]
        while rows and (_PAGE_NUMBER.match(rows[0].text) or rows[0].text in running):
            rows = rows[1:]
        foot = len(rows)
        while foot > 0 and rows[foot - 1].size <= 0.85 * body_size:
            foot -= 1
        pitch = Counter(round(b.top - a.top) for a, b in itertools.pairwise(rows[:foot])).most_common(1)
        for index, row in enumerate(rows[:foot]):
            if index and pitch and row.top - rows[index - 1].top > 1.35 * pitch[0][0]:
                result.lines.append("")  # paragraph spacing
            result.lines.append(row.text)
        for row in rows[foot:]:
            start = _NOTE_START.match(_MARKER.sub(r"\1", row.text))
            if start and start.group(1) not in result.footnotes:
                open_note = start.group(1)
                result.footnotes[open_note] = start.group(2)
            elif open_note is not None:
                result.footnotes[open_note] += " " + row.text
            else:
                result.lines.append(row.text)
    # A raised number with no footnote of that number is the source's superscript, kept as such.
    result.lines = [
        _MARKER.sub(lambda m: m.group(0) if m.group(1) in result.footnotes else m.group(1).translate(SUPERSCRIPT), line)
        for line in result.lines
    ]
    return result
