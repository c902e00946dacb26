"""Writing source text into emitted Markdown so that it is shown exactly, never interpreted.

Plan text is official wording and may come from hostile conversions: every character that
Markdown or HTML would act on is escaped, so ``<script>``, ``*``, ``[x](javascript:…)`` or
``{: onclick=…}`` appear as typed.
"""

from __future__ import annotations

import json
import re

from kb_build.model import NoteRef

_BACKSLASH = re.compile(r"([\\`*_{}\[\]#])")
_LINE_START = re.compile(r"^(\s*)([#>+\-=:]|\d+[.)])")


def text(value: str, *, table: bool = False) -> str:
    """Escape ``value`` for inline Markdown (also safe inside ``table`` cells)."""
    value = value.replace("\r", " ").replace("\n", " ")
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = _BACKSLASH.sub(r"\\\1", value)
    if table:
        value = value.replace("|", "&#124;")
    return value


def block(value: str) -> str:
    """Escape ``value`` as the start of a block: also neutralise line-start syntax."""
    escaped = text(value).lstrip()
    match = _LINE_START.match(escaped)
    if not match:
        return escaped
    marker = match.group(2)
    marker = marker[:-1] + "\\" + marker[-1] if marker[0].isdigit() else "\\" + marker
    return escaped[: match.start(2)] + marker + escaped[match.end(2) :]


def with_notes(value: str, notes: tuple[NoteRef, ...], *, start_of_block: bool = False) -> str:
    """Escape ``value`` and put ``[^label]`` references back where the markers stood."""
    parts: list[str] = []
    cursor = 0
    for note in sorted(notes, key=lambda n: n.offset):
        parts.append(value[cursor : note.offset])
        parts.append(f"[^{note.label}]")
        cursor = note.offset
    parts.append(value[cursor:])
    escaped = [part if index % 2 else text(part) for index, part in enumerate(parts)]
    if start_of_block:
        escaped[0] = block(parts[0])
    return "".join(escaped)


def link(label: str, target: str, *, table: bool = False) -> str:
    return f"[{text(label, table=table)}]({target})"


def front_matter(**values: str) -> str:
    """YAML front matter for an emitted page; JSON strings are valid YAML scalars."""
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in values.items()]
    return "---\n" + "\n".join(lines) + "\n---\n\n"
