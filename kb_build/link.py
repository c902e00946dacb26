"""Stage 3, link: the indexes every page needs, computed once from the validated corpus.

Later stages read a ``KnowledgeBase`` and never walk the corpus themselves, so each
cross-reference (plans by year, and later directives, policies, topics) has one source.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass

from kb_build.anniversaries import Calendar, build_calendar
from kb_build.directives import Registry, build_registry
from kb_build.model import LEVELS, SYSTEMS, Corpus, Plan
from kb_build.parallel import Background
from kb_build.policies import Policies, find_policies
from kb_build.problems import Problem
from kb_build.text import fold, sort_key
from kb_build.topics import Topics, collect_topics, match_topics


def page_url(path: str, anchor: str | None = None) -> str:
    """The site URL (from the site root) of an emitted page path, with an optional anchor."""
    url = path.removesuffix(".md") + ".html"
    return f"{url}#{anchor}" if anchor else url


def relative(target: str, from_page: str) -> str:
    """A link from one emitted page to another, relative (bundles open from the file system).

    Both are docs-relative POSIX paths, so this is string work (``posixpath.relpath`` consults
    the working directory, and pages hold hundreds of thousands of links).
    """
    here = from_page.split("/")[:-1]
    there = target.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])


def plan_page_path(plan: Plan) -> str:
    """Where a plan's page lives in the site, relative to the docs root."""
    return f"{plan.year}/{plan.id}.md"


def year_page_path(year: int) -> str:
    return f"{year}/index.md"


def directive_page_path(slug: str) -> str:
    return f"dan-chieu/{slug}.md"


def policy_page_path(policy_id: str) -> str:
    return f"chu-giai/{policy_id}.md"


def anniversary_page_path(year: int) -> str:
    return f"ky-niem/{year}.md"


def topic_page_path(topic_id: str) -> str:
    return f"chu-de/{topic_id}.md"


TOPICS_INDEX = "chu-de.md"
GLOSSARY_INDEX = "chinh-sach-cum-tu.md"
ANNIVERSARIES_INDEX = "ngay-ky-niem.md"
DIRECTIVES_INDEX = "van-ban-dan-chieu.md"
DIRECTIVES_MATRIX = "van-ban-dan-chieu-theo-nam.md"


@dataclass(frozen=True)
class KnowledgeBase:
    corpus: Corpus
    by_year: dict[int, tuple[Plan, ...]]
    registry: Registry
    policies: Policies
    calendar: Calendar
    topics: Topics

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


def link(corpus: Corpus) -> KnowledgeBase:
    by_year: dict[int, list[Plan]] = defaultdict(list)
    for plan in corpus.plans:
        by_year[plan.year].append(plan)
    # Topic matching, the longest part, runs beside the rest on a second core.
    topics = Background(match_topics, corpus.plans, corpus.glossary)
    curated = tuple(e for e in corpus.glossary if e.kind == "directives")
    registry = build_registry(corpus.plans, curated)
    folded = functools.cache(fold)  # each passage folded once for both phrase matchers, for this link only
    policies = find_policies(corpus.plans, corpus.glossary, folded)
    calendar = build_calendar(corpus.plans, corpus.glossary, folded)
    return KnowledgeBase(
        corpus,
        {year: tuple(plans) for year, plans in sorted(by_year.items())},
        registry,
        policies,
        calendar,
        collect_topics(corpus.plans, corpus.glossary, topics.result()),
    )
