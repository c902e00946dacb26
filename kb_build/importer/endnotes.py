"""Footnotes that conversions move to the end: ``(1)`` or ``[1]`` markers, bodies after a rule.

Web pages and some PDF conversions put every footnote after a ``______`` rule at the foot of the
text, or after the signature, as ``(1) …``, ``[1] …``, ``1. …`` or ``¹ …``; the markers stay in
the text as ``(1)``/``[1]`` attached to the word they annotate. A body is only taken as a
footnote when a marker with its number exists, and a marker only counts when it is attached to
the text before it (``mới(1)``, ``mới [1],``): “gồm: (1) …” is the source's enumeration.
The bodies are handed on as footnotes with ``[footnoteRef:N]`` markers, like Word's.
"""

from __future__ import annotations

import re

from kb_build.importer.report import ImportReport
from kb_build.importer.structure import SUPERSCRIPT_DIGITS

_RULE = re.compile(r"^\s*[_]{5,}\s*$|^\s*[-–—]{8,}\s*$")
_NOTE = re.compile(
    rf"^\s*(?:\((\d{{1,3}})\)|\[(\d{{1,3}})\]|([{SUPERSCRIPT_DIGITS}]+)|(\d{{1,3}})[.)]?(?=\s))\s*(\S.*)$"
)
_TO_DIGIT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
_SIGNATURE_END = re.compile(r"^\s*(nơi nhận|tm\.|kt\.|t/m|k/t)", re.IGNORECASE)

_JOINED = "\u0000"  # where a continuation line was joined to a body (never in decoded text)

Lines = list[tuple[int, str]]


def _label(match: re.Match) -> str:
    return next(g for g in match.groups()[:4] if g).translate(_TO_DIGIT)


def _notes_from(lines: Lines, start: int) -> tuple[dict[str, tuple[int, str]], set[int]]:
    """Note bodies from ``start`` on: each opens with its number; other lines continue it.

    A continued body keeps the line of its start; the continuation is marked with “ ↩ ” in the
    working text only, so the report can flag it (the mark is removed before the body is used).
    """
    notes: dict[str, tuple[int, str]] = {}
    used: set[int] = set()
    label = None
    for index in range(start, len(lines)):
        number, text = lines[index]
        if not text.strip():
            continue
        match = _NOTE.match(text)
        if match and _label(match) not in notes:
            label = _label(match)
            notes[label] = (number, match.group(5).strip())
        elif label is not None and not _SIGNATURE_END.match(text):
            line, body = notes[label]
            notes[label] = (line, f"{body}{_JOINED}{text.strip()}")
        else:
            break
        used.add(index)
    return notes, used


def _marker(label: str) -> re.Pattern:
    return re.compile(rf"(?<=[^\s(\[])(?:\({label}\)|\[{label}\])|(?<=\S) (?:\({label}\)|\[{label}\])(?=[,.;:])")


def lift_endnotes(lines: Lines, report: ImportReport) -> tuple[Lines, dict[str, str]]:
    """Lines without the note bodies (markers as ``[footnoteRef:N]``), and the bodies by label."""
    starts = [i + 1 for i, (_, text) in enumerate(lines) if _RULE.match(text)]
    signature = max((i for i, (_, t) in enumerate(lines) if _SIGNATURE_END.match(t)), default=None)
    if signature is not None:
        after = next((i for i in range(signature + 1, len(lines)) if _NOTE.match(lines[i][1])), None)
        if after is not None and lines[after][1].lstrip().startswith(("(", "[")):
            starts.append(after)
    found: dict[str, tuple[int, str]] = {}
    removed: set[int] = set()
    for start in starts:
        notes, used = _notes_from(lines, start)
        text = "\n".join(t for i, (_, t) in enumerate(lines) if i not in used)
        marked = {label: body for label, body in notes.items() if _marker(label).search(text)}
        if not marked:
            continue
        found.update(marked)
        removed |= used | ({start - 1} if start > 0 and _RULE.match(lines[start - 1][1]) else set())
    if not found:
        return lines, {}
    kept: Lines = []
    unmarked = set(found)
    for index, (number, text) in enumerate(lines):
        if index in removed:
            continue
        for label in sorted(unmarked):  # the first marker of each number only
            text, count = _marker(label).subn(f"[footnoteRef:{label}]", text, count=1)
            if count:
                unmarked.discard(label)
        kept.append((number, text))
    bodies = {}
    for label, (line, body) in found.items():
        report.add("guess", line, f"chú thích {label} đặt cuối văn bản, dấu ({label}) hoặc [{label}] trong bài", 0.7)
        if _JOINED in body:
            report.add("guess", line, f"chú thích {label}: nối thêm dòng sau vào nội dung chú thích", 0.6)
        bodies[label] = body.replace(_JOINED, " ")
    return kept, bodies
