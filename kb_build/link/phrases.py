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


# A token is a plain tuple (start, end, word as written, case-folded, diacritic-folded): a corpus
# has millions of them, and tuples are the cheapest thing Python builds.
Token = tuple[int, int, str, str, str]
START, END, WORD, LOWER, FOLDED = range(5)
_FIELD_INDEX = {"word": WORD, "lower": LOWER, "folded": FOLDED}


@functools.lru_cache(maxsize=200_000)
def _forms(word: str) -> tuple[str, str, str]:
    """A word as written, case-folded and diacritic-folded (a corpus has far fewer words than tokens)."""
    return word, word.casefold(), fold(word)


def tokenize(text: str) -> list[Token]:
    return [(m.start(), m.end(), *_forms(m.group())) for m in _WORD.finditer(text)]


class PhraseMatcher:
    def __init__(self, phrases: dict[str, str] | list[tuple[str, str]], *, case_sensitive: bool = False) -> None:
        """``phrases`` maps each phrase (as written) to the key it stands for.

        Given as pairs, one phrase may stand for several keys (a word in two topics).
        """
        # per compared field: first word → [(words, key, the field's index in a token)], longest first
        self.by_first: dict[int, dict[str, list[tuple[tuple[str, ...], str, int]]]] = {
            index: {} for index in _FIELD_INDEX.values()
        }
        folded_phrases: set[str] = set()
        self.folded_firsts: set[str] = set()  # a token whose folded form is not here starts no phrase
        for phrase, key in phrases.items() if isinstance(phrases, dict) else phrases:
            raw = _WORD.findall(nfc(phrase))
            if not raw:
                continue
            plain = all(fold(w) == w.casefold() for w in raw)  # written without diacritics
            field = "folded" if plain and not case_sensitive else "word" if case_sensitive else "lower"
            words = tuple(fold(w) if field == "folded" else w if field == "word" else w.casefold() for w in raw)
            self.by_first[_FIELD_INDEX[field]].setdefault(words[0], []).append((words, key, _FIELD_INDEX[field]))
            self.folded_firsts.add(fold(raw[0]))
            folded_phrases.add(r"\W+".join(re.escape(fold(w)) for w in raw))
        # A text in which no phrase appears even folded needs no tokenizing at all.
        alternatives = "|".join(sorted(folded_phrases, key=len, reverse=True))
        self.screen = re.compile(alternatives) if folded_phrases else None
        for by_word in self.by_first.values():
            for candidates in by_word.values():
                candidates.sort(key=lambda c: len(c[0]), reverse=True)

    def could_match(self, text: str, folded: str | None = None) -> bool:
        """Whether a phrase may be in ``text`` (``folded``: ``fold(text)``, if already known)."""
        return self.screen is not None and self.screen.search(fold(text) if folded is None else folded) is not None

    def find(self, text: str, folded: str | None = None) -> list[Match]:
        return self.find_in(tokenize(text)) if self.could_match(text, folded) else []

    def _candidates(self, token: Token) -> list[tuple[tuple[str, ...], str, int]]:
        """Phrases whose first word is this token, in any of the fields they compare."""
        found = self.by_first[WORD].get(token[WORD])
        lower, folded = self.by_first[LOWER].get(token[LOWER]), self.by_first[FOLDED].get(token[FOLDED])
        if lower or folded:
            found = (found or []) + (lower or []) + (folded or [])
        return found or []

    @staticmethod
    def _matches_at(tokens: list[Token], index: int, words: tuple[str, ...], field: int) -> bool:
        if index + len(words) > len(tokens):
            return False
        return all(tokens[index + k][field] == w for k, w in enumerate(words))

    def find_all_in(self, tokens: list[Token]) -> list[Match]:
        """Every match, overlapping ones included (one pass for many keys: topics)."""
        matches = []
        firsts = self.folded_firsts
        for index, token in enumerate(tokens):
            if token[FOLDED] not in firsts:
                continue
            for words, key, field in self._candidates(token):
                if len(words) == 1 or self._matches_at(tokens, index, words, field):
                    matches.append(Match(token[START], tokens[index + len(words) - 1][END], key))
        return matches

    def find_in(self, tokens: list[Token]) -> list[Match]:
        """Matches that do not overlap: at each word, the longest phrase that starts there."""
        matches: list[Match] = []
        index = 0
        while index < len(tokens):
            token = tokens[index]
            if token[FOLDED] in self.folded_firsts:
                candidates = sorted(self._candidates(token), key=lambda c: len(c[0]), reverse=True)
                for words, key, field in candidates:
                    if self._matches_at(tokens, index, words, field):
                        matches.append(Match(token[START], tokens[index + len(words) - 1][END], key))
                        index += len(words)
                        break
                else:
                    index += 1
            else:
                index += 1
        return matches
