"""Vietnamese text rules shared by every stage: NFC, diacritic folding, slugs, A–Z order.

Python's own collation knows nothing of Vietnamese (where ``đ`` is a letter after ``d``
and tones sort after the letter), and no well-kept pure-Python library tailors the
Unicode Collation Algorithm for Vietnamese, so the sort key is written here.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

from slugify import slugify as _slugify

# The Vietnamese alphabet, in dictionary order.
ALPHABET = "a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y".split()
_LETTER_RANK = {letter: rank for rank, letter in enumerate(ALPHABET)}

# Tone marks in dictionary order: ngang (none), huyền, hỏi, ngã, sắc, nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# Marks that make a different letter (ă â ê ô ơ ư), not a tone.
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, the only form the corpus stores."""
    return unicodedata.normalize("NFC", text)


_VIETNAMESE_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]")  # the marks Vietnamese uses (U+034F is not one)
_OTHER = re.compile("[^\x00-\u02ff]")  # anything else that might be a combining mark


def _drop_combining(match: re.Match[str]) -> str:
    return "" if unicodedata.combining(match.group()) else match.group()


def fold(text: str) -> str:
    """Lower-case ``text`` and strip every diacritic, ``đ`` included (``Đường`` → ``duong``).

    Used wherever matching must work with and without diacritics; display keeps the original.
    Regular expressions do the work (this runs over the whole corpus several times); the
    rare character outside Vietnamese's marks is checked one by one.
    """
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    return _OTHER.sub(_drop_combining, _VIETNAMESE_MARKS.sub("", decomposed))


def slugify(text: str, max_length: int = 0) -> str:
    """A URL slug that keeps ``đ`` as ``d``: ``Đường dây`` → ``duong-day``."""
    return _slugify(fold(text), max_length=max_length, word_boundary=True)


@functools.lru_cache(maxsize=4096)  # a text has few distinct characters
def _char_key(ch: str) -> tuple[tuple[int, int], int, int]:
    """(primary, tone, case) weights of one NFC character."""
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], decomposed[1:]
    lower = base.lower()
    letter = unicodedata.normalize("NFC", lower + "".join(m for m in marks if m in _LETTER_MARKS))
    tone = next((_TONES[m] for m in marks if m in _TONES), 0)
    case = 0 if base == lower else 1
    if letter in _LETTER_RANK:
        primary = (2, _LETTER_RANK[letter])
    elif lower.isdigit():
        primary = (1, int(lower) if lower.isdecimal() else ord(lower))
    elif lower.isalpha():  # a letter outside the Vietnamese alphabet (f, j, w, z, ...)
        primary = (3, ord(lower))
    else:  # spaces and punctuation sort first
        primary = (0, ord(lower))
    return primary, tone, case


@functools.lru_cache(maxsize=20_000)  # lists sort the same names (issuers, titles) again and again
def sort_key(text: str) -> tuple:
    """Sort key for Vietnamese alphabetical order (a ă â b … đ … y; tones after the letter).

    Compares letters first, then tones, then case, as Vietnamese dictionaries do.
    """
    keys = [_char_key(ch) for ch in nfc(text)]
    return (
        tuple(k[0] for k in keys),
        tuple(k[1] for k in keys),
        tuple(k[2] for k in keys),
    )


def heading_slug(value: str, separator: str = "-") -> str:
    """Python-Markdown ``toc`` slugify hook: Vietnamese headings get readable ASCII ids."""
    return slugify(value).replace("-", separator)


_SENTENCE_END = re.compile(r"(?<=[.;!?…])\s+(?=[A-ZĐÀ-Ỹ“\"(-])")


def sentence_at(text: str, start: int) -> str:
    """The sentence of ``text`` that contains position ``start``, as written."""
    bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    for left, right in itertools.pairwise(bounds):
        if left <= start < right:
            return text[left:right].strip()
    return text.strip()


def is_upper(text: str) -> bool:
    """Whether every letter of ``text`` is upper case (and it has one): a heading, a header line."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)
