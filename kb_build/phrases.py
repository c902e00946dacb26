"""Find multi-word phrases in text, by words: a policy name is several syllables.

“bốn không” matches “bốn không” and “Bốn không”, never “không” alone; punctuation between
the words does not matter (“đối ngoại Đảng, ngoại giao Nhà nước” ~ “đối ngoại Đảng ngoại giao
Nhà nước”). Longest phrase wins where two overlap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb_build.text import nfc

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    key: str  # what the phrase stands for (a policy id, an event id …)


class PhraseMatcher:
    def __init__(self, phrases: dict[str, str], *, case_sensitive: bool = False) -> None:
        """``phrases`` maps each phrase (as written) to the key it stands for."""
        self.case_sensitive = case_sensitive
        self.by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, key in phrases.items():
            words = tuple(self._norm(w) for w in _WORD.findall(nfc(phrase)))
            if words:
                self.by_first.setdefault(words[0], []).append((words, key))
        for candidates in self.by_first.values():
            candidates.sort(key=lambda c: len(c[0]), reverse=True)

    def _norm(self, word: str) -> str:
        return word if self.case_sensitive else word.casefold()

    def find(self, text: str) -> list[Match]:
        tokens = [(m.start(), m.end(), self._norm(m.group(0))) for m in _WORD.finditer(text)]
        matches: list[Match] = []
        index = 0
        while index < len(tokens):
            found = None
            for words, key in self.by_first.get(tokens[index][2], ()):
                window = tokens[index : index + len(words)]
                if len(window) == len(words) and all(t[2] == w for t, w in zip(window, words, strict=True)):
                    found = Match(window[0][0], window[-1][1], key)
                    index += len(words)
                    break
            if found:
                matches.append(found)
            else:
                index += 1
        return matches
