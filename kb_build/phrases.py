"""Find multi-word phrases in text, by words: a policy name is several syllables.

“bốn không” matches “bốn không” and “Bốn không”, never “không” alone; punctuation between
the words does not matter (“đối ngoại Đảng, ngoại giao Nhà nước” ~ “đối ngoại Đảng ngoại giao
Nhà nước”). Longest phrase wins where two overlap. A phrase written without diacritics
(“nguoi viet nam o nuoc ngoai”) also matches text with them: editors choose, phrase by phrase.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kb_build.text import fold, nfc

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    key: str  # what the phrase stands for (a policy id, an event id …)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    word: str  # as written
    lower: str  # case-folded
    folded: str  # case- and diacritic-folded


@functools.lru_cache(maxsize=200_000)
def _forms(word: str) -> tuple[str, str]:
    """Case-folded and diacritic-folded forms of a word (a corpus has far fewer words than tokens)."""
    return word.casefold(), fold(word)


def tokenize(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group(0), *_forms(m.group(0))) for m in _WORD.finditer(text)]


class PhraseMatcher:
    def __init__(self, phrases: dict[str, str] | list[tuple[str, str]], *, case_sensitive: bool = False) -> None:
        """``phrases`` maps each phrase (as written) to the key it stands for.

        Given as pairs, one phrase may stand for several keys (a word in two topics).
        """
        self.case_sensitive = case_sensitive
        # first word → [(words, key, field of Token to compare)], longest first
        self.by_first: dict[tuple[str, str], list[tuple[tuple[str, ...], str, str]]] = {}
        for phrase, key in phrases.items() if isinstance(phrases, dict) else phrases:
            raw = _WORD.findall(nfc(phrase))
            if not raw:
                continue
            plain = all(fold(w) == w.casefold() for w in raw)  # written without diacritics
            field = "folded" if plain and not case_sensitive else "word" if case_sensitive else "lower"
            words = tuple(fold(w) if field == "folded" else w if field == "word" else w.casefold() for w in raw)
            self.by_first.setdefault((field, words[0]), []).append((words, key, field))
        for candidates in self.by_first.values():
            candidates.sort(key=lambda c: len(c[0]), reverse=True)

    def find(self, text: str) -> list[Match]:
        return self.find_in(tokenize(text))

    def find_all_in(self, tokens: list[Token]) -> list[Match]:
        """Every match, overlapping ones included (one pass for many keys: topics)."""
        matches = []
        for index, token in enumerate(tokens):
            for field in ("word", "lower", "folded"):
                for words, key, _ in self.by_first.get((field, getattr(token, field)), ()):
                    window = tokens[index : index + len(words)]
                    if len(window) == len(words) and all(
                        getattr(t, field) == w for t, w in zip(window, words, strict=True)
                    ):
                        matches.append(Match(window[0].start, window[-1].end, key))
        return matches

    def find_in(self, tokens: list[Token]) -> list[Match]:
        matches: list[Match] = []
        index = 0
        while index < len(tokens):
            token = tokens[index]
            candidates = [
                c
                for field in ("word", "lower", "folded")
                for c in self.by_first.get((field, getattr(token, field)), ())
            ]
            found = None
            for words, key, field in sorted(candidates, key=lambda c: len(c[0]), reverse=True):
                window = tokens[index : index + len(words)]
                if len(window) == len(words) and all(
                    getattr(t, field) == w for t, w in zip(window, words, strict=True)
                ):
                    found = Match(window[0].start, window[-1].end, key)
                    index += len(words)
                    break
            if found:
                matches.append(found)
            else:
                index += 1
        return matches
