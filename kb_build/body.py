"""Parse the body of a normalized plan into passages and footnotes, with stable anchors.

The body is Markdown restricted to what the plans need (docs/huong-dan-bien-tap.md):

* ``##``/``###``/``####`` headings for the ``I.``, ``1.`` and ``a)`` levels;
* paragraphs, separated by blank lines;
* ``- `` items and ``+ `` sub-items;
* footnote references ``[^N]`` and definitions ``[^N]: text``;
* backslash escapes (``1\\.`` keeps a numbered paragraph from becoming a Markdown list).

Everything else is text: emphasis, links and raw HTML in a plan are shown literally, never
interpreted, because the plans are official texts and may come from hostile conversions.

Anchors follow the document's own numbering so they survive edits elsewhere in the plan:
heading ``II. > 2.`` is ``muc-ii-2`` and the third passage under it is ``d-ii-2-3``;
passages before the first heading are ``d-1``, ``d-2`` ….
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kb_build.model import Footnote, NoteRef, Passage
from kb_build.text import slugify

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ITEM = re.compile(r"^([-+])\s+(.*)$")
_FOOTNOTE_DEF = re.compile(r"^\[\^([^\]\s]+)\]:\s*(.*)$")
_NOTE_REF = re.compile(r"\[\^([^\]\s]+)\]")
ESCAPABLE = "\\`*_{}[]()#+-.!<>|~\"'"  # what a backslash escapes, as in Markdown
# An escaped character, or a note marker ([^N]).
_INLINE = re.compile(rf"\\([{re.escape(ESCAPABLE)}])|{_NOTE_REF.pattern}")
_NUMBERING = re.compile(r"^(?:([IVXLC]+)\.|(\d+)\.|([a-zđ])\))\s")


@dataclass
class BodyProblem:
    line: int
    message: str


@dataclass
class ParsedBody:
    passages: list[Passage] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    problems: list[BodyProblem] = field(default_factory=list)


def parse_inline(source: str) -> tuple[str, tuple[NoteRef, ...]]:
    """Resolve backslash escapes and lift ``[^N]`` markers out of ``source``.

    Returns the plain text and where each marker stood in it.
    """
    if "\\" not in source and "[" not in source:  # most passages: nothing to do
        return source, ()
    out: list[str] = []
    notes: list[NoteRef] = []
    length = last = 0
    for match in _INLINE.finditer(source):  # leftmost first, as a reader scans the text
        plain = source[last : match.start()]
        out.append(plain)
        length += len(plain)
        escaped, note = match.groups()
        if escaped is not None:
            out.append(escaped)
            length += 1
        else:
            notes.append(NoteRef(length, note))
        last = match.end()
    out.append(source[last:])
    return "".join(out), tuple(notes)


def _blocks(lines: list[str], first_line: int) -> list[tuple[int, list[str]]]:
    """Group lines into blank-line separated blocks, each with its 1-based first line."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = first_line
    for number, line in enumerate(lines, start=first_line):
        if line.strip():
            if not current:
                start = number
            current.append(line.strip())
        elif current:
            blocks.append((start, current))
            current = []
    if current:
        blocks.append((start, current))
    return blocks


def _split_items(start: int, lines: list[str]) -> list[tuple[int, str, str]]:
    """Split a block of ``-``/``+`` lines into items; other lines continue the item above."""
    items: list[tuple[int, str, str]] = []
    for offset, line in enumerate(lines):
        match = _ITEM.match(line)
        if match or not items:
            marker, text = match.groups() if match else ("-", line)
            items.append((start + offset, marker, text))
        else:
            line_no, marker, text = items[-1]
            items[-1] = (line_no, marker, f"{text} {line}")
    return items


class _Anchors:
    """Anchor ids that follow the heading numbering (see module docstring)."""

    def __init__(self) -> None:
        self.path: list[tuple[int, str]] = []  # (heading level, key)
        self.counter = 0
        self.used: set[str] = set()

    def _unique(self, anchor: str) -> str:
        candidate, n = anchor, 2
        while candidate in self.used:
            candidate, n = f"{anchor}-{n}", n + 1
        self.used.add(candidate)
        return candidate

    def heading(self, level: int, text: str) -> str:
        match = _NUMBERING.match(text + " ")
        key = next((g for g in match.groups() if g), "") if match else ""
        key = slugify(key) if key else slugify(text, max_length=40) or "muc"
        self.path = [(lvl, k) for lvl, k in self.path if lvl < level] + [(level, key)]
        self.counter = 0
        return self._unique("muc-" + "-".join(k for _, k in self.path))

    def passage(self) -> str:
        self.counter += 1
        prefix = "-".join(k for _, k in self.path)
        return self._unique(f"d-{prefix}-{self.counter}" if prefix else f"d-{self.counter}")


def describe_anchor(anchor: str) -> str:
    """Where an anchor is, as a reader says it: ``fn:4`` → chú thích 4, ``d-ii-3-1`` → mục II.3, đoạn 1."""
    if anchor.startswith("fn:"):
        return f"chú thích {anchor[3:]}"
    *section, paragraph = anchor.split("-")[1:] or ["", ""]
    if not section:
        return f"phần mở đầu, đoạn {paragraph}"
    numbering = ".".join(part.upper() if index == 0 else part for index, part in enumerate(section))
    return f"mục {numbering}, đoạn {paragraph}"


def parse_body(body: str, first_line: int = 1) -> ParsedBody:
    """Parse a plan body whose first line is line ``first_line`` of its file."""
    result = ParsedBody()
    anchors = _Anchors()
    for start, lines in _blocks(body.splitlines(), first_line):
        first = lines[0]
        heading = _HEADING.match(first)
        footnote = _FOOTNOTE_DEF.match(first)
        if heading:
            level = len(heading.group(1))
            if len(lines) > 1:
                result.problems.append(BodyProblem(start, "tiêu đề mục phải nằm trên một dòng"))
            if not 2 <= level <= 4:
                result.problems.append(
                    BodyProblem(start, f"tiêu đề cấp {level}: chỉ dùng ##, ### hoặc #### trong nội dung")
                )
                level = min(max(level, 2), 4)
            text, notes = parse_inline(heading.group(2))
            result.passages.append(Passage("heading", text, anchors.heading(level, text), start, level, notes))
        elif footnote:
            text, notes = parse_inline(" ".join([footnote.group(2), *lines[1:]]).strip())
            if notes:
                result.problems.append(BodyProblem(start, "chú thích không được chứa chú thích khác"))
            result.footnotes.append(Footnote(footnote.group(1), text, start))
        elif _ITEM.match(first):
            for line_no, marker, source in _split_items(start, lines):
                text, notes = parse_inline(source)
                level = 1 if marker == "-" else 2
                result.passages.append(Passage("item", text, anchors.passage(), line_no, level, notes))
        else:
            text, notes = parse_inline(" ".join(lines))
            result.passages.append(Passage("paragraph", text, anchors.passage(), start, 0, notes))
    _check_footnotes(result)
    return result


def _check_footnotes(result: ParsedBody) -> None:
    defined: dict[str, int] = {}
    for note in result.footnotes:
        if note.label in defined:
            result.problems.append(
                BodyProblem(note.line, f"chú thích [^{note.label}] định nghĩa hai lần (dòng {defined[note.label]})")
            )
        defined.setdefault(note.label, note.line)
    referenced: set[str] = set()
    for passage in result.passages:
        for ref in passage.notes:
            if ref.label not in defined:
                result.problems.append(
                    BodyProblem(passage.line, f"chú thích [^{ref.label}] được dẫn nhưng chưa có nội dung")
                )
            if ref.label in referenced:
                result.problems.append(BodyProblem(passage.line, f"chú thích [^{ref.label}] được dẫn hai lần"))
            referenced.add(ref.label)
    for note in result.footnotes:
        if note.label not in referenced:
            result.problems.append(BodyProblem(note.line, f"chú thích [^{note.label}] không được dẫn ở đâu"))
