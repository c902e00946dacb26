"""What is new, changed and dropped in a topic's passages from one year to the next.

Each passage of the later year is paired with the closest passage of the earlier year
(by word sequence similarity); close pairs are shown as a word-level difference, the rest
as new (later year) or dropped (earlier year). Plain difflib, no semantic guessing.
"""

from __future__ import annotations

import functools
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


@functools.lru_cache(maxsize=20_000)
def _profile(text: str) -> tuple[list[str], frozenset[str]]:
    """The words of a passage, and each word with its occurrence number (“và”, “và#2”): the size
    of two such sets' intersection is the number of words two passages share, repeats included
    (difflib's ``quick_ratio``). Cached: a passage is compared with the year before and after."""
    seen: dict[str, int] = {}
    found = []
    passage_words = words(text)
    for word in passage_words:
        n = seen[word] = seen.get(word, 0) + 1
        found.append(word if n == 1 else f"{word}#{n}")
    return passage_words, frozenset(found)


@functools.lru_cache(maxsize=200_000)
def _ratio(before: str, after: str) -> float:
    """difflib's similarity of two passages' word sequences (cached: a passage in several topics
    is compared with the same passages in each)."""
    return SequenceMatcher(None, _profile(before)[0], _profile(after)[0], autojunk=False).ratio()


def compare(earlier: list[T], later: list[T], text_of) -> Comparison[T]:
    """Pair the passages of two years; ``text_of`` gives a passage's text."""
    result: Comparison[T] = Comparison()
    profiles = [_profile(text_of(p)) for p in earlier]
    matched: set[int] = set()
    for passage in later:
        new_words, new_set = _profile(text_of(passage))
        # ratio() ≤ 2 × shared words ÷ total words: try candidates by that bound, best first,
        # and stop when the bound cannot beat the best ratio found.
        bounds = []
        for index, (candidate, occurrences) in enumerate(profiles):
            total = len(candidate) + len(new_words)
            bound = 2 * len(occurrences & new_set) / total if total else 1.0
            if bound >= SIMILAR:
                bounds.append((-bound, index))
        bounds.sort()
        best, best_ratio = None, 0.0
        for negative_bound, index in bounds:
            if -negative_bound < best_ratio:
                break
            ratio = _ratio(text_of(earlier[index]), text_of(passage))
            if ratio > best_ratio or (ratio == best_ratio and best is not None and index < best):
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


@functools.lru_cache(maxsize=20_000)
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
