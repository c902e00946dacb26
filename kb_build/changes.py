"""What is new, changed and dropped in a topic's passages from one year to the next.

Each passage of the later year is paired with the closest passage of the earlier year
(by word sequence similarity); close pairs are shown as a word-level difference, the rest
as new (later year) or dropped (earlier year). Plain difflib, no semantic guessing.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Generic, TypeVar

T = TypeVar("T")
SIMILAR = 0.45  # below this, two passages are not “the same passage, reworded”
_WORDS = re.compile(r"\S+")


def words(text: str) -> list[str]:
    return _WORDS.findall(text)


@dataclass
class Comparison(Generic[T]):
    changed: list[tuple[T, T, float]] = field(default_factory=list)  # (earlier, later, similarity)
    unchanged: list[tuple[T, T]] = field(default_factory=list)
    new: list[T] = field(default_factory=list)
    dropped: list[T] = field(default_factory=list)


def compare(earlier: list[T], later: list[T], text_of) -> Comparison[T]:
    """Pair the passages of two years; ``text_of`` gives a passage's text."""
    result: Comparison[T] = Comparison()
    old_words = [words(text_of(p)) for p in earlier]
    matched: set[int] = set()
    for passage in later:
        new_words = words(text_of(passage))
        best, best_ratio = None, 0.0
        for index, candidate in enumerate(old_words):
            matcher = SequenceMatcher(None, candidate, new_words, autojunk=False)
            floor = max(best_ratio, SIMILAR)  # ratio() ≤ quick_ratio() ≤ real_quick_ratio(): cheap bounds first
            if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
                continue
            ratio = matcher.ratio()
            if ratio > best_ratio:
                best, best_ratio = index, ratio
        if best is not None and best_ratio >= SIMILAR:
            matched.add(best)
            if best_ratio == 1.0:
                result.unchanged.append((earlier[best], passage))
            else:
                result.changed.append((earlier[best], passage, best_ratio))
        else:
            result.new.append(passage)
    result.dropped = [p for i, p in enumerate(earlier) if i not in matched]
    return result


def word_diff_html(before: str, after: str) -> str:
    """HTML of ``after`` with words added in <ins> and words removed in <del> (text escaped)."""
    a, b = words(before), words(after)
    out = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(html.escape(" ".join(a[i1:i2])))
        if op in ("delete", "replace"):
            out.append(f"<del>{html.escape(' '.join(a[i1:i2]))}</del>")
        if op in ("insert", "replace"):
            out.append(f"<ins>{html.escape(' '.join(b[j1:j2]))}</ins>")
    return " ".join(out)
