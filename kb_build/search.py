"""The search tokenizer: one definition, mirrored line for line in docs/javascripts/kb-search.js.

Text and queries are folded the same way (NFC, lower case, đ → d, diacritics removed), so
“bốn không” and “bon khong” are the same two words. Directive codes in any spelling
(“57-KL/TW”, “57-kl/tw”, “KL 57”, “kl57”, “Kết luận 57”) become the same code tokens.
tests/search_vectors.json holds cases that both implementations must agree on.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from itertools import chain

from kb_build.link.citations import ABBREVIATIONS

# Common words that would match half the corpus. They are recognised WITH their diacritics,
# before folding: folded, “thì” would also remove “thị” (chỉ thị), “đã” “đa” (đa phương),
# “nhất” “Nhật” (Nhật Bản). A query typed without diacritics keeps them (idf weighs them down).
STOPWORDS = frozenset(
    "và của các những là có trong với về cho được để theo đã này một tại từ đến khi thì mà như sẽ "
    "cũng trên dưới ra vào nhất".split()
)
_COMBINING = re.compile("[\u0300-\u036f]")
_WORDS = re.compile(r"[\W_]+")  # JS: /[^\p{L}\p{N}]+/u
_SPLIT = re.compile(r"[^a-z0-9]+")
# Abbreviation of each type, by the folded full type word (“ket luan” → “kl”).
TYPE_CODES = {
    _COMBINING.sub("", unicodedata.normalize("NFD", full.lower().replace("đ", "d"))): abbr.lower().replace("đ", "d")
    for abbr, full in ABBREVIATIONS.items()
}
_ABBRS = sorted(TYPE_CODES.values(), key=len, reverse=True)
_NUMBER_CODE = re.compile(r"(\d+)\s*[-/ ]?\s*([a-z]+)((?:\s*[-/]\s*[a-z0-9]+)*)")
_ABBR_CODE = re.compile(rf"\b({'|'.join(_ABBRS)})\s*(\d+)\b")
_TYPE_CODE = re.compile(rf"\b({'|'.join(sorted(TYPE_CODES, key=len, reverse=True))})\s+(?:so\s+)?(\d+)\b")


def fold(text: str) -> str:
    """NFC, lower case, đ → d, diacritics removed (exactly as kb-search.js does)."""
    text = unicodedata.normalize("NFC", text).lower().replace("đ", "d")
    return _COMBINING.sub("", unicodedata.normalize("NFD", text))


@functools.lru_cache(maxsize=300_000)
def _word(word: str) -> tuple[tuple[str, ...], bool]:
    """The folded tokens of one word, and whether it is a stopword (a corpus repeats its words)."""
    return tuple(t for t in _SPLIT.split(fold(word)) if t), word in STOPWORDS


def _words(text: str) -> list[str]:
    return [w for w in _WORDS.split(unicodedata.normalize("NFC", text).lower()) if w]


def _tokens(text: str, *, drop_stopwords: bool) -> list[str]:
    found: list[str] = []
    for word in _words(text):
        folded, stop = _word(word)
        if not (drop_stopwords and stop):
            found += folded
    return found


def tokens(text: str) -> list[str]:
    """All folded words of ``text``, in order (phrase checks need the stopwords too)."""
    return _tokens(text, drop_stopwords=False)


def index_tokens(text: str) -> list[str]:
    """The words that go into the index: folded, without the (diacritic) stopwords."""
    return _tokens(text, drop_stopwords=True)


@functools.lru_cache(maxsize=300_000)
def _slots(word: str) -> tuple[tuple[str, str] | None, ...]:
    """The positions one word takes, each as (token, how it is spelled there), or ``None`` for a
    stopword's (counted, not indexed)."""
    folded, stop = _word(word)
    if stop:
        return (None,) * len(folded)
    return ((folded[0], word),) if len(folded) == 1 else tuple((token, token) for token in folded)


@dataclass
class Positions:
    """Where each index token of a text stands in ``tokens(text)``, and how each was spelled there.

    ``spellings[term][i]`` is the word (lower case, NFC, with its diacritics) at ``at[term][i]``:
    “biển”, “biên” and “bien” are one folded term, and a query typed with diacritics ranks the
    documents spelled as typed first. ``end`` is the position after the last token.
    """

    at: dict[str, list[int]]
    spellings: dict[str, list[str]]
    end: int


def positions(text: str, start: int = 0) -> Positions:
    """Positions of the index tokens of ``text``, counted from ``start``.

    Stopwords are not indexed but still counted, so that a phrase with “và” in it matches
    by position in the browser exactly as ``tokens`` sees the text. A word that folds to
    several tokens (“covid-19” does not, “x²” may) is spelled as its tokens.
    """
    at: defaultdict[str, list[int]] = defaultdict(list)
    spelled: defaultdict[str, list[str]] = defaultdict(list)
    position = start - 1
    # A hot loop (the whole corpus passes through it): one flat run of slots, no per-word loop.
    for position, slot in enumerate(chain.from_iterable(map(_slots, _words(text))), start):
        if slot is not None:
            token, spelling = slot
            at[token].append(position)
            spelled[token].append(spelling)
    return Positions(dict(at), dict(spelled), position + 1)


def number_codes(type_: str, number: str) -> list[str]:
    """Code tokens of a directive: Kết luận 57-KL/TW → ``57kltw``, ``kl57``."""
    compact = "".join(tokens(number))
    digits = re.match(r"\d+", number.strip())  # the number proper: 103 of 103/2023/QH15
    abbr = TYPE_CODES.get(fold(type_))
    found = [compact]
    if digits and abbr:
        found.append(f"{abbr}{digits.group(0)}")
    return list(dict.fromkeys(found))


def query_codes(query: str) -> list[str]:
    """Code tokens a query asks for, whatever its spelling (see module docstring)."""
    folded = fold(query)
    found: list[str] = []
    for digits, code, rest in _NUMBER_CODE.findall(folded):
        found.append(digits + code + "".join(tokens(rest)))
        if code in _ABBRS:
            found.append(code + digits)
    found += [code + digits for code, digits in _ABBR_CODE.findall(folded)]
    found += [TYPE_CODES[word] + digits for word, digits in _TYPE_CODE.findall(folded)]
    return list(dict.fromkeys(found))
