"""Stage 3, link: the indexes every page needs, computed once from the validated corpus.

Later stages read a ``KnowledgeBase`` and never walk the corpus themselves, so each
cross-reference (plans by year, and later directives, policies, topics) has one source.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass

from kb_build.link.anniversaries import Calendar, build_calendar
from kb_build.link.citations import find_citations
from kb_build.link.directives import Registry, build_registry, plan_citations
from kb_build.link.memo import Memo
from kb_build.link.places import Places, build_places
from kb_build.link.policies import Policies, find_policies
from kb_build.link.topics import Topics, collect_topics, match_topics_memoized
from kb_build.model import LEVELS, SYSTEMS, Corpus, Plan
from kb_build.parallel import Background
from kb_build.problems import Problem
from kb_build.text import fold, sort_key


@dataclass(frozen=True)
class KnowledgeBase:
    corpus: Corpus
    by_year: dict[int, tuple[Plan, ...]]
    registry: Registry
    policies: Policies
    calendar: Calendar
    topics: Topics
    places: Places

    @property
    def problems(self) -> list[Problem]:
        """What linking found wrong in the sources (warnings: the text is kept as written)."""
        return self.registry.problems + self.calendar.problems

    def notes_for(self, plan: Plan, anchor: str) -> list[str]:
        """Notes the knowledge base shows beside a passage whose source has a problem."""
        return self.calendar.notes.get((plan.id, anchor), [])

    @property
    def plans(self) -> tuple[Plan, ...]:
        return self.corpus.plans

    @property
    def years(self) -> list[int]:
        return sorted(self.by_year)

    @property
    def issuers(self) -> list[str]:
        return sorted({p.issuer for p in self.plans}, key=sort_key)

    def grouped(self, plans: tuple[Plan, ...]) -> list[tuple[str, list[tuple[str, list[Plan]]]]]:
        """Plans grouped by system, then level, each in the corpus's canonical order."""
        groups: dict[str, dict[str, list[Plan]]] = defaultdict(lambda: defaultdict(list))
        for plan in plans:
            groups[plan.system][plan.level].append(plan)
        return [
            (
                system,
                [
                    (level, sorted(groups[system][level], key=lambda p: sort_key(p.issuer)))
                    for level in LEVELS
                    if level in groups[system]
                ],
            )
            for system in SYSTEMS
            if system in groups
        ]


def link(corpus: Corpus, memo: Memo | None = None) -> KnowledgeBase:
    """The knowledge base of ``corpus``. ``memo`` holds what earlier builds found in each text
    (``kb_build.link.memo``): a passage already read is not read again."""
    memo = memo or Memo()
    by_year: dict[int, list[Plan]] = defaultdict(list)
    for plan in corpus.plans:
        by_year[plan.year].append(plan)
    # Topic matching, the longest part, runs beside the rest on a second core (unless the memo is
    # resident: then the plans' topics are kept for the next link, and with them it is quick).
    topics = Background(match_topics_memoized, corpus.plans, corpus.glossary, memo, in_caller=memo.resident)
    curated = tuple(e for e in corpus.glossary if e.kind == "directives")

    def find(text: str) -> list:
        return memo("citations", text, find_citations)

    registry = build_registry(
        corpus.plans, curated, lambda plan: memo.per_plan("citations", plan, lambda p: plan_citations(p, find))
    )
    folded = functools.cache(fold)  # each passage folded once for both phrase matchers, for this link only
    policies = find_policies(corpus.plans, corpus.glossary, folded, memo)
    calendar = build_calendar(corpus.plans, corpus.glossary, folded, memo)
    found, used = topics.result()
    memo.add(used)
    return KnowledgeBase(
        corpus,
        {year: tuple(plans) for year, plans in sorted(by_year.items())},
        registry,
        policies,
        calendar,
        collect_topics(corpus.plans, corpus.glossary, found),
        build_places(corpus.glossary),
    )
