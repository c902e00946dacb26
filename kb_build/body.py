"""Parse the body of a normalized plan into passages and footnotes, with stable anchors.

The body is Markdown restricted to what the plans need (docs/huong-dan-bien-tap.md):

* ``##``/``###``/``####`` headings for the ``I.``, ``1.`` and ``a)`` levels;
* paragraphs, separated by blank lines;
* ``- `` items and ``+ `` sub-items (``– `` and ``• `` items where the source uses those marks);
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

from kb_build.model import Block, Footnote, NoteRef
from kb_build.text import slugify

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ITEM = re.compile(r"^([-+–•])\s+(.*)$")
_FOOTNOTE_DEF = re.compile(r"^\[\^([^\]\s]+)\]:\s*(.*)$")
_NOTE_REF = re.compile(r"\[\^([^\]\s]+)\]")
ESCAPABLE = "\\`*_{}[]()#+-.!<>|~\"'–•"  # what a backslash escapes, as in Markdown
# An escaped character, or a note marker ([^N]).
_INLINE = re.compile(rf"\\([{re.escape(ESCAPABLE)}])|{_NOTE_REF.pattern}")
_NUMBERING = re.compile(r"^(?:([IVXLC]+)\.|(\d+)\.|([a-zđ])\))\s")


@dataclass
class BodyProblem:
    line: int
    message: str


@dataclass
class ParsedBody:
    passages: list[Block] = field(default_factory=list)
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


class _Locators:
    """Where each block is in the source's own numbering, as a reader cites it.

    A heading “II.” › “3.” is “mục II.3”; a paragraph that carries its own number (“3. …”,
    “b) …”) is an item of its own (“mục III.3”, “mục III.2.b”); an unnumbered paragraph is
    “mục II.3, đoạn 2” (counting the unnumbered ones); items are “gạch đầu dòng thứ 2 của mục
    II.1” and “ý thứ 1 (dấu +) dưới gạch đầu dòng thứ 2 của mục II.1”. Before the first
    heading: “phần mở đầu”.
    """

    def __init__(self) -> None:
        self.path: list[tuple[int, str]] = []  # (level, the source's number: “II”, “3”, “b”)
        self._reset()

    def _reset(self) -> None:
        self.paragraphs = self.dashes = self.pluses = 0

    @property
    def section(self) -> str:
        return "mục " + ".".join(key for _, key in self.path) if self.path else "phần mở đầu"

    def _enter(self, level: int, key: str) -> str:
        self.path = [(lvl, k) for lvl, k in self.path if lvl < level] + [(level, key)]
        self._reset()
        return self.section

    def heading(self, level: int, text: str) -> str:
        match = _NUMBERING.match(text + " ")
        key = next((g for g in match.groups() if g), "") if match else f"“{text[:40]}”"
        return self._enter(level, key)

    def paragraph(self, text: str) -> str:
        match = _NUMBERING.match(text)
        if match and not match.group(1):  # “3. …” or “b) …”: the source numbers this paragraph
            number, letter = match.group(2), match.group(3)
            return self._enter(3 if number else 4, number or letter)
        self.paragraphs += 1
        return f"{self.section}, đoạn {self.paragraphs}"

    def item(self, level: int) -> str:
        of = "của " + self.section
        if level == 1:
            self.dashes += 1
            self.pluses = 0
            return f"gạch đầu dòng thứ {self.dashes} {of}"
        self.pluses += 1
        under = f"dưới gạch đầu dòng thứ {self.dashes} {of}" if self.dashes else of
        return f"ý thứ {self.pluses} (dấu +) {under}"


def parse_body(body: str, first_line: int = 1) -> ParsedBody:
    """Parse a plan body whose first line is line ``first_line`` of its file."""
    result = ParsedBody()
    anchors = _Anchors()
    locators = _Locators()
    for start, lines in _blocks(body.split("\n"), first_line):
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
            where = locators.heading(level, text)
            result.passages.append(Block("heading", text, anchors.heading(level, text), start, level, notes, where))
        elif footnote:
            text, notes = parse_inline(" ".join([footnote.group(2), *lines[1:]]).strip())
            if notes:
                result.problems.append(BodyProblem(start, "chú thích không được chứa chú thích khác"))
            result.footnotes.append(Footnote(footnote.group(1), text, start))
        elif _ITEM.match(first):
            for line_no, marker, source in _split_items(start, lines):
                text, notes = parse_inline(source)
                level = 2 if marker == "+" else 1
                where = locators.item(level)
                block = Block("item", text, anchors.passage(), line_no, level, notes, where, marker)
                result.passages.append(block)
        else:
            text, notes = parse_inline(" ".join(lines))
            where = locators.paragraph(text)
            result.passages.append(Block("paragraph", text, anchors.passage(), start, 0, notes, where))
    _check_footnotes(result)
    return result


_SAFE_LABEL = re.compile(r"^[A-Za-z0-9_-]{1,20}$")  # a label becomes an anchor and a link target


def _check_footnotes(result: ParsedBody) -> None:
    for note in result.footnotes:
        if not _SAFE_LABEL.match(note.label):
            result.problems.append(
                BodyProblem(note.line, f"nhãn chú thích “{note.label}” chỉ gồm chữ không dấu, số, “-”, “_” (vd. [^4])")
            )
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
