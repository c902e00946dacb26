"""What linking found in each text, kept from one build to the next.

Most of the link stage is reading passages one at a time: the citations in a paragraph, the
topic phrases in it. Those results depend on the text and on the rules alone (the code of
``kb_build`` and the glossary), so a build after one edited plan can take every other passage's
results from the last build. ``Memo`` keys them by the text's digest, and the whole memo by the
digest of the rules: change the code or the glossary and it starts empty. Only what the
last build used is saved, so the file follows the corpus instead of growing with every edit.
The file is pickled: it is this program's own output under build/ (never committed, never taken
from the corpus or a download), read back only from there; anything unreadable starts a new memo.
"""

from __future__ import annotations

import hashlib
import pickle
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from kb_build.model import Plan

T = TypeVar("T")
Key = tuple[str, bytes]
_FORMAT = 1


def rules_digest(glossary: object) -> str:
    """The digest of what a text's results depend on besides the text: our code and the glossary."""
    digest = hashlib.blake2b(digest_size=16)
    package = Path(__file__).resolve().parent.parent
    for path in sorted(p for p in package.rglob("*") if p.suffix in (".py", ".yaml") and p.is_file()):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    digest.update(repr(glossary).encode("utf-8"))
    return digest.hexdigest()


@dataclass
class Memo:
    """Results of pure functions of one text (``memo(kind, text, compute)``), by kind and digest."""

    rules: str = ""
    entries: dict[Key, object] = field(default_factory=dict)
    used: set[Key] = field(default_factory=set)
    read: Counter[str] = field(default_factory=Counter)  # texts read (not found in the memo), by kind
    # What a stage made of a whole plan, kept in memory only (``per_plan``), by kind and plan id: the
    # plan, the result, and the texts' keys its computation used (used again whenever it is reused).
    plans: dict[tuple[str, str], tuple[Plan, object, frozenset[Key]]] = field(default_factory=dict)
    plans_used: set[tuple[str, str]] = field(default_factory=set)
    # Kept from one link to the next in one process (``kb-build serve``): then every stage runs in
    # that process, so that what it made of each plan stays in ``plans`` for the next link.
    resident: bool = False

    def __call__(self, kind: str, text: str, compute: Callable[[str], T]) -> T:
        key = (kind, hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest())
        self.used.add(key)
        if key in self.entries:
            return self.entries[key]  # type: ignore[return-value]
        value = compute(text)
        self.read[kind] += 1
        self.entries[key] = value
        return value

    def per_plan(self, kind: str, plan: Plan, compute: Callable[[Plan], T]) -> T:
        """``compute(plan)``, kept for the very same plan object. ``kb-build serve`` keeps the plans
        whose files did not change (``CheckedPlans``), so what a stage made of each of them (mentions,
        spans …) is not made again; a build's plans are new objects, so nothing is found here."""
        key = (kind, plan.id)
        self.plans_used.add(key)
        known = self.plans.get(key)
        if known is not None and known[0] is plan:
            self.used.update(known[2])  # so that they are kept, and saved for the next build
            return known[1]  # type: ignore[return-value]
        outer, self.used = self.used, set()
        try:
            value = compute(plan)
            texts = frozenset(self.used)
        finally:
            outer.update(self.used)  # in place: a copy of all the run's keys per plan would be quadratic
            self.used = outer
        self.plans[key] = (plan, value, texts)
        return value

    def next_run(self, rules: str) -> None:
        """Get ready for another link of the corpus in this process (``kb-build serve``): keep what
        the last run used if the rules are the same, else start empty."""
        if rules != self.rules:
            self.entries = {}
        elif self.used:  # a memo just loaded has not run yet: all it holds is kept
            self.entries = self.kept()
        self.plans = {key: self.plans[key] for key in self.plans_used} if rules == self.rules else {}
        self.rules = rules
        self.used = set()
        self.read = Counter()
        self.plans_used = set()

    def kept(self) -> dict[Key, object]:
        """What this run used: all a next run over the same corpus needs."""
        return {key: self.entries[key] for key in self.used if key in self.entries}

    def add(self, used: dict[Key, object]) -> None:
        """Results a forked worker used (and may have computed), now part of this memo."""
        self.entries.update(used)
        self.used.update(used)

    @classmethod
    def load(cls, path: Path, rules: str | None = None) -> Memo:
        """The memo saved at ``path`` if it was made under the same ``rules``, else an empty one.
        With ``rules`` None, whatever it was made under: ``next_run`` compares the rules then."""
        try:
            with path.open("rb") as stream:
                saved = pickle.load(stream)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, ValueError):
            return cls(rules or "")
        if not isinstance(saved, dict) or saved.get("format") != _FORMAT or rules not in (None, saved.get("rules")):
            return cls(rules or "")
        return cls(saved["rules"], saved["entries"])

    def save(self, path: Path) -> None:
        """Write what this run used (atomically: a reader never sees half a file)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        with temporary.open("wb") as stream:
            pickle.dump({"format": _FORMAT, "rules": self.rules, "entries": self.kept()}, stream, protocol=5)
        temporary.replace(path)
