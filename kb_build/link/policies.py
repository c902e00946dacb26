"""Policies and set phrases: where each is mentioned, in every plan.

The glossary file gives each policy its wording, variants and sources; this module finds
every mention (by phrase, see phrases.py) so that plan pages can link them and policy
pages can list them, by year, in context.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from kb_build.link.memo import Memo
from kb_build.link.phrases import PhraseMatcher
from kb_build.model import FromGlossary, GlossaryEntry, Plan
from kb_build.text import fold, sentence_at


@dataclass(frozen=True)
class PolicyMention:
    plan: Plan
    anchor: str
    start: int
    end: int
    as_written: str
    context: str


@dataclass
class Policy(FromGlossary):
    entry: GlossaryEntry
    mentions: list[PolicyMention] = field(default_factory=list)

    @property
    def formulation(self) -> str | None:
        return self.entry.fields.get("formulation")

    @property
    def first_year(self) -> int | None:
        return min((m.plan.year for m in self.mentions), default=None)

    def description(self) -> str:
        """For tooltips: the official formulation, else the name and category."""
        return self.formulation or f"{self.name} ({self.entry.fields['category']})"


@dataclass
class Policies:
    by_id: dict[str, Policy]
    links: dict[tuple[str, str], list[tuple[int, int, str]]]


def find_policies(
    plans: tuple[Plan, ...],
    entries: tuple[GlossaryEntry, ...],
    folded: Callable[[str], str] = fold,
    memo: Memo | None = None,
) -> Policies:
    """Every mention of a policy; ``folded`` folds a text (link shares one cache of folded texts),
    ``memo`` keeps what the phrases find in each text."""
    memo = memo or Memo()
    policies = {e.id: Policy(e) for e in entries if e.kind == "policies"}
    phrases = {}
    for policy in policies.values():
        for phrase in (policy.name, *policy.entry.fields.get("aliases", ())):
            phrases[phrase] = policy.id
    matcher = PhraseMatcher(phrases)

    def of_plan(plan: Plan) -> list[tuple[str, PolicyMention]]:
        found = []
        for passage in plan.quotable:
            anchor, text = passage.anchor, passage.text
            for match in memo("policies", text, lambda t: matcher.find(t, folded(t))):
                mention = PolicyMention(
                    plan, anchor, match.start, match.end, text[match.start : match.end], sentence_at(text, match.start)
                )
                found.append((match.key, mention))
        return found

    links: dict[tuple[str, str], list[tuple[int, int, str]]] = defaultdict(list)
    for plan in plans:
        for key, mention in memo.per_plan("policies", plan, of_plan):
            policies[key].mentions.append(mention)
            links[(plan.id, mention.anchor)].append((mention.start, mention.end, key))
    return Policies(policies, dict(links))
