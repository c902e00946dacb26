"""Vietnamese text rules: folding is fast, and exactly the definition it speeds up."""

from __future__ import annotations

import posixpath
import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from kb_build.body import ESCAPABLE, parse_inline
from kb_build.emit.paths import relative
from kb_build.model import NoteRef
from kb_build.text import fold, slugify


def folded_by_definition(text: str) -> str:
    """Lower case, đ → d, every combining character dropped after canonical decomposition."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def test_fold_examples():
    assert fold("Đường dây nóng") == "duong day nong"
    assert fold("BỐN KHÔNG") == "bon khong"
    assert slugify("Đường dây") == "duong-day"


@given(st.text())
def test_fold_matches_its_definition_on_any_text(text):
    assert fold(text) == folded_by_definition(text)


def test_fold_matches_its_definition_on_every_character():
    every = "".join(chr(c) for c in range(0x20, 0x30000) if not 0xD800 <= c <= 0xDFFF)
    assert fold(every) == folded_by_definition(every)


@given(
    st.lists(st.sampled_from(["a", "b", "2024", "chu-de"]), min_size=0, max_size=3),
    st.lists(st.sampled_from(["a", "b", "2024", "chu-de"]), min_size=0, max_size=3),
)
def test_relative_links_are_what_relpath_gives(target_dirs, page_dirs):
    target, page = "/".join([*target_dirs, "x.md"]), "/".join([*page_dirs, "index.md"])
    assert relative(target, page) == posixpath.relpath(target, posixpath.dirname(page) or ".")


def _parse_inline_by_characters(source: str):
    """parse_inline's definition: one character at a time, left to right."""
    out, notes, i = [], [], 0
    while i < len(source):
        if source[i] == "\\" and i + 1 < len(source) and source[i + 1] in ESCAPABLE:
            out.append(source[i + 1])
            i += 2
            continue
        match = re.compile(r"\[\^([^\]\s]+)\]").match(source, i) if source[i] == "[" else None
        if match:
            notes.append(NoteRef(len("".join(out)), match.group(1)))
            i = match.end()
            continue
        out.append(source[i])
        i += 1
    return "".join(out), tuple(notes)


_INLINE_PIECES = ["a", "đ", " ", "\n", "\\", "\\*", "\\[", "[", "]", "^", "1", "[^1]", "[^ab]", "[^", "[^ 2]", "*"]


@given(st.lists(st.sampled_from(_INLINE_PIECES), max_size=20).map("".join))
def test_inline_parsing_equals_its_character_by_character_definition(source):
    assert parse_inline(source) == _parse_inline_by_characters(source)
