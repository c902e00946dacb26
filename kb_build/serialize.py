"""A ``Plan`` → the canonical text of its corpus file (front matter + Markdown body).

The importer writes plans with this, and the corpus is kept in this form, so that
importing an already normalized plan reproduces it byte for byte.
"""

from __future__ import annotations

import re
from datetime import date

import yaml

from kb_build.model import Block, NoteRef, Plan
from kb_build.validate import PLAN_FIELDS


class _Dumper(yaml.SafeDumper):
    """Block style with indented lists; dates written as plain ISO strings."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        return super().increase_indent(flow, False)


_Dumper.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeDumper.yaml_implicit_resolvers.items()
}

_LINE_START = re.compile(r"^(#|[-+–•]\s|\d+\.|\[\^)")


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("[^", "\\[^")


def inline(text: str, notes: tuple[NoteRef, ...] = ()) -> str:
    """``text`` as corpus Markdown, with ``[^N]`` markers put back at their offsets."""
    parts, cursor = [], 0
    for note in sorted(notes, key=lambda n: n.offset):
        parts += [_escape(text[cursor : note.offset]), f"[^{note.label}]"]
        cursor = note.offset
    parts.append(_escape(text[cursor:]))
    return "".join(parts)


def _block(passage: Block) -> str:
    text = inline(passage.text, passage.notes)
    if passage.kind == "heading":
        return f"{'#' * passage.level} {text}"
    if passage.kind == "item":
        return f"{passage.marker or ('-' if passage.level == 1 else '+')} {text}"
    match = _LINE_START.match(text)
    if match:  # keep a numbered paragraph ("1. …") or a literal "#"/"-" from becoming syntax
        token = match.group(1)
        text = (token[:-1] + "\\" + token[-1] if token[0].isdigit() else "\\" + token) + text[match.end() :]
    return text


def front_matter(plan: Plan) -> dict:
    data: dict = {}
    for spec in PLAN_FIELDS:
        value = getattr(plan, spec.name)
        if value is None or value == () or value == {}:
            continue
        if isinstance(value, date):
            value = value.isoformat()
        elif spec.name == "period":
            value = f"{value[0]}-{value[1]}"
        elif isinstance(value, tuple):
            value = list(value)
        data[spec.name] = value
    return data


def plan_to_markdown(plan: Plan) -> str:
    meta = yaml.dump(
        front_matter(plan), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10**6, default_flow_style=False
    )
    blocks = [_block(p) for p in plan.passages]
    blocks += [f"[^{note.label}]: {_escape(note.text)}" for note in plan.footnotes]
    return f"---\n{meta}---\n\n" + "\n\n".join(blocks) + "\n"
