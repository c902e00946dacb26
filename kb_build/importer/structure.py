"""The body of a converted plan → headings, paragraphs, items and footnotes.

Conversions break the text in three ways this module mends, reporting each mend:

* **hard wraps** (text pasted from PDF): lines of similar length cut mid-sentence are
  reflowed into paragraphs; a heading broken over two upper-case lines is joined;
* **page breaks**: a paragraph cut at the foot of a page continues after a blank line
  (and after the footnotes spilled there); a line that starts in lower case continues the
  last unfinished block, which is the main text if it was cut, else a footnote body;
* **footnotes**: superscript markers (¹ … ¹¹) whose bodies were spilled into the text,
  ``[footnoteRef:N]`` markers with ``[N: …]`` bodies, and Word footnotes (from the .docx
  reader) all become markers at their place plus one body per footnote.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from kb_build.importer.report import ImportReport
from kb_build.model import Block, Footnote, NoteRef
from kb_build.text import is_upper

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_DIGIT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
_SPILLED_FOOTNOTE = re.compile(rf"^([{SUPERSCRIPT_DIGITS}]+)\s*(\S.*)$")
_INLINE_FOOTNOTE_BODY = re.compile(r"\s*\[(\d+):\s*(.*?)\]")
_FOOTNOTE_REF = re.compile(r"\[footnoteRef:(\d+)\]")
_OPEN_INLINE_BODY = re.compile(r"\[\d+:[^\]]*$")
_SUPERSCRIPT_RUN = re.compile(rf"[{SUPERSCRIPT_DIGITS}]+")

ROMAN = re.compile(r"^([IVX]{1,4})(?:\.\s*|\s*[-–]\s+)(?=\S)")
NUMBERED = re.compile(r"^(\d{1,2})\.\s*(?=\S)")
LETTERED = re.compile(r"^([a-zđ])\)\s*(?=\S)")
DASH = re.compile(r"^[-–•]\s+(?=\S)")
PLUS = re.compile(r"^\+\s*(?=\S)")
TERMINAL = (".", ";", ":", "!", "?", "…", "”", '"', ")", "»")
MAX_TITLE_LENGTH = 250


def terminated(text: str) -> bool:
    return text.rstrip().endswith(TERMINAL)


def marker_of(text: str) -> str | None:
    for name, pattern in (("roman", ROMAN), ("numbered", NUMBERED), ("lettered", LETTERED)):
        if pattern.match(text):
            return name
    if DASH.match(text):
        return "dash"
    if PLUS.match(text):
        return "plus"
    return None


def starts_lowercase(text: str) -> bool:
    first = next((ch for ch in text if ch.isalpha()), "")
    return bool(first) and first.islower() and marker_of(text) is None


@dataclass
class _Block:
    text: str
    line: int
    footnote: str | None = None  # the footnote label, for a footnote body

    @property
    def marker(self) -> str | None:
        return None if self.footnote else marker_of(self.text)


def wrap_width(lines: list[tuple[int, str]]) -> int | None:
    """The line width of text pasted from a PDF (most long lines about as long), else None."""
    lengths = [len(text) for _, text in lines if len(text) > 40]
    if len(lengths) < 8:
        return None
    typical = statistics.median(lengths)
    near = sum(abs(n - typical) <= 15 for n in lengths)
    return int(typical) if typical <= 110 and near >= 0.6 * len(lengths) else None


class _Assembler:
    """Builds blocks line by line, deciding for each line: new block, or continuation."""

    def __init__(self, report: ImportReport, width: int | None) -> None:
        self.report = report
        self.wrapped = width is not None
        self.width = width or 0
        self.previous_length = 0  # length of the previous physical line
        self.blocks: list[_Block] = []
        self.footnotes: dict[str, _Block] = {}
        self.gap = False  # a blank line since the last text
        self.footnote_since_main = False  # a spilled footnote body since the last main block

    def last_main(self) -> _Block | None:
        return next((b for b in reversed(self.blocks) if not b.footnote), None)

    def last_open_footnote(self) -> _Block | None:
        return next((b for b in reversed(self.blocks) if b.footnote and not terminated(b.text)), None)

    def join(self, block: _Block, text: str, line: int, why: str, confidence: float, kind: str = "repair") -> None:
        block.text = f"{block.text.rstrip()} {text}"
        if why:
            self.report.add(kind, line, why, confidence)

    def add_line(self, line: int, text: str) -> None:
        if not text:
            self.gap = True
            return
        spilled = _SPILLED_FOOTNOTE.match(text)
        if spilled:
            label = spilled.group(1).translate(_TO_DIGIT)
            block = _Block(spilled.group(2), line, footnote=label)
            self.blocks.append(block)
            self.footnotes[label] = block
            self.footnote_since_main = True
            self.gap = False
            return
        self._place(line, text)
        self.gap = False
        self.previous_length = len(text)

    def _place(self, line: int, text: str) -> None:
        main = self.last_main()
        last = self.blocks[-1] if self.blocks else None
        if main is not None and _OPEN_INLINE_BODY.search(main.text):  # inside a wrapped “[N: …]” body
            self.join(main, text, line, "", 1.0)
            return
        if starts_lowercase(text):
            if main is not None and not terminated(main.text) and main is self.blocks[-1]:
                where = "nối đoạn bị ngắt trang" if self.gap or self.footnote_since_main else ""
                self.join(main, text, line, where if not self.wrapped else "", 0.9)
                self.footnote_since_main = False
                return
            note = self.last_open_footnote()
            if note is not None:
                why = f"nối dòng vào chú thích {note.footnote} (phần tiếp theo bị ngắt trang?)"
                self.join(note, text, line, why, 0.6, "guess")
                return
        marker = marker_of(text)
        if marker is None and main is not None:
            if main.marker == "roman" and is_upper(main.text) and is_upper(text) and not self.gap:
                self.join(main, text, line, "nối tiêu đề mục bị ngắt dòng", 0.9)
                return
            full_line = self.previous_length >= self.width - 12  # cut by the page width, not by the author
            if self.wrapped and last is not None and not self.gap and (full_line or not terminated(last.text)):
                self.join(last, text, line, "", 1.0)
                return
            if (
                not self.wrapped
                and self.footnote_since_main
                and not terminated(main.text)
                and main.marker in (None, "dash", "plus")
            ):
                self.join(main, text, line, "nối đoạn bị ngắt trang (sau phần chú thích chen vào)", 0.7)
                self.footnote_since_main = False
                return
        self.blocks.append(_Block(text, line))
        self.footnote_since_main = False


def _lift_inline_bodies(blocks: list[_Block], footnotes: dict[str, _Block]) -> None:
    """Move ``[N: …]`` bodies (Word's conversion of footnotes) out of the text they follow.

    Done on assembled blocks, so a body wrapped over two lines is found whole; only labels
    that also have a ``[footnoteRef:N]`` marker count, so bracketed text stays text.
    """
    refs = {label for b in blocks for label in _FOOTNOTE_REF.findall(b.text)}

    def lift(match: re.Match, block: _Block) -> str:
        label = match.group(1)
        if label not in refs:
            return match.group(0)
        footnotes[label] = _Block(match.group(2).strip(), block.line, footnote=label)
        return ""

    for block in blocks:
        block.text = _INLINE_FOOTNOTE_BODY.sub(lambda m, b=block: lift(m, b), block.text).strip()
    blocks[:] = [b for b in blocks if b.text]


def _lift_markers(text: str, labels: set[str], used: set[str] | None = None) -> tuple[str, tuple[NoteRef, ...]]:
    """Replace footnote markers in ``text`` by ``NoteRef`` offsets.

    Only markers of known ``labels`` are lifted, each once: a label already in ``used``
    (a second marker with the same number) stays in the text as written.
    """
    used = set() if used is None else used
    notes: list[NoteRef] = []
    out: list[str] = []
    cursor = 0
    pattern = re.compile(rf"\[footnoteRef:(\d+)\]|[{SUPERSCRIPT_DIGITS}]+")
    for match in pattern.finditer(text):
        label = match.group(1) or match.group(0).translate(_TO_DIGIT)
        if label not in labels or label in used:
            continue
        used.add(label)
        out.append(text[cursor : match.start()])
        notes.append(NoteRef(sum(map(len, out)), label))
        cursor = match.end()
    out.append(text[cursor:])
    return "".join(out), tuple(notes)


def _passage(block: _Block, labels: set[str], used: set[str]) -> Block:
    text, notes = _lift_markers(block.text, labels, used)
    marker = marker_of(text)
    if marker == "roman":
        return Block("heading", text, "", block.line, 2, notes)
    if marker in ("numbered", "lettered") and not terminated(text) and len(text) <= MAX_TITLE_LENGTH:
        return Block("heading", text, "", block.line, 3 if marker == "numbered" else 4, notes)
    if marker == "dash":  # the source's own mark (“-”, “–”, “•”) is kept: it is part of the quote
        rest = DASH.sub("", text, count=1)
        return Block("item", rest, "", block.line, 1, _shift(notes, text, DASH), marker=text[0])
    if marker == "plus":
        rest = PLUS.sub("", text, count=1)
        return Block("item", rest, "", block.line, 2, _shift(notes, text, PLUS), marker="+")
    return Block("paragraph", text, "", block.line, 0, notes)


def _shift(notes: tuple[NoteRef, ...], text: str, marker: re.Pattern) -> tuple[NoteRef, ...]:
    cut = marker.match(text).end()
    return tuple(NoteRef(max(0, n.offset - cut), n.label) for n in notes)


@dataclass
class Body:
    passages: list[Block]
    footnotes: list[Footnote]
    unplaced: list[tuple[int, str]]


def build_body(
    lines: list[tuple[int, str]], report: ImportReport, word_footnotes: dict[str, str] | None = None
) -> Body:
    """Assemble ``lines`` (source line number, text) into passages and footnotes."""
    clean = [(n, " ".join(t.split())) for n, t in lines]
    width = wrap_width(clean)
    if width:
        report.add("repair", None, f"văn bản bị ngắt dòng cứng ở ~{width} ký tự (dán từ PDF): đã nối thành đoạn", 0.85)
    assembler = _Assembler(report, width)
    for number, text in clean:
        assembler.add_line(number, text)
    footnote_blocks = dict(assembler.footnotes)
    _lift_inline_bodies(assembler.blocks, footnote_blocks)
    for label, body in (word_footnotes or {}).items():
        footnote_blocks[label] = _Block(" ".join(body.split()), 0, footnote=label)
    labels = set(footnote_blocks)
    main = [b for b in assembler.blocks if not b.footnote]
    used: set[str] = set()
    passages = [_passage(b, labels, used) for b in main]
    referenced = {n.label for p in passages for n in p.notes}
    footnotes: list[Footnote] = []
    unplaced: list[tuple[int, str]] = []
    for label in sorted(footnote_blocks, key=lambda x: int(x) if x.isdigit() else 0):
        block = footnote_blocks[label]
        text, _ = _lift_markers(block.text, set())
        if label in referenced:
            footnotes.append(Footnote(label, text, block.line))
        else:
            unplaced.append((block.line, f"{label} {text}"))
            report.add("unplaced", block.line, f"nội dung chú thích {label} không có dấu chú thích tương ứng", 0.5)
    if footnotes:
        report.add("repair", None, f"{len(footnotes)} chú thích đặt lại đúng chỗ dấu chú thích", 0.95)
    for passage in passages:
        for stray in _SUPERSCRIPT_RUN.findall(passage.text) + re.findall(r"\[footnoteRef:\d+\]", passage.text):
            report.add(
                "guess",
                passage.line,
                f"dấu chú thích “{stray}” không khớp chú thích nào (hoặc lặp lại): giữ nguyên",
                0.6,
            )
    return Body(passages, footnotes, unplaced)
