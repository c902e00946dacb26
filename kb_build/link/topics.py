"""Topics: which passages of which plans speak of each topic (“what do the plans say about X?”).

A passage (paragraph, list item or footnote) carries a topic when one of the topic's phrases
occurs in it and is not covered by one of its `exclude` phrases; an editor's `pinned` and
`removed` entries then override the rule for single passages. The rules live in the corpus
(topics.yaml), readable and tunable by editors.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field

from kb_build.link.citations import quoted_titles
from kb_build.link.memo import Memo
from kb_build.link.phrases import PhraseMatcher, tokenize
from kb_build.model import FromGlossary, GlossaryEntry, Plan


@dataclass(frozen=True)
class TopicPassage:
    plan: Plan
    anchor: str
    text: str  # as the source shows it: an item's mark included
    matched: tuple[str, ...]  # the phrases found, as written (empty when pinned)


@dataclass
class Topic(FromGlossary):
    entry: GlossaryEntry
    passages: list[TopicPassage] = field(default_factory=list)

    def by_year(self) -> dict[int, list[TopicPassage]]:
        years: dict[int, list[TopicPassage]] = defaultdict(list)
        for passage in self.passages:
            years[passage.plan.year].append(passage)
        return dict(sorted(years.items()))


@dataclass
class Topics:
    by_id: dict[str, Topic]
    by_passage: dict[tuple[str, str], list[str]]  # (plan id, anchor) → topic ids

    def of_plan(self, plan: Plan) -> dict[str, int]:
        """Topic id → how many passages of ``plan`` carry it."""
        return self._counts_by_plan.get(plan.id, {})

    @functools.cached_property
    def _counts_by_plan(self) -> dict[str, dict[str, int]]:
        counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for (plan_id, _), topic_ids in self.by_passage.items():
            for topic_id in topic_ids:
                counts[plan_id][topic_id] += 1
        return {plan_id: dict(by_topic) for plan_id, by_topic in counts.items()}


def _rules(entries: list[GlossaryEntry]) -> tuple[PhraseMatcher, PhraseMatcher]:
    """One matcher for all topics' phrases, one for all their exclusions (keys: topic ids)."""
    include = [(phrase, e.id) for e in entries for phrase in e.fields["phrases"]]
    exclude = [(phrase, e.id) for e in entries for phrase in e.fields.get("exclude", ())]
    return PhraseMatcher(include), PhraseMatcher(exclude)


def assign_topics(plans: tuple[Plan, ...], entries: tuple[GlossaryEntry, ...], *, overrides: bool = True) -> Topics:
    """Topics of every passage; ``overrides=False`` gives the phrase rules alone (for evaluation)."""
    return collect_topics(plans, entries, match_topics(plans, entries, overrides=overrides))


# A passage carrying a topic: (topic id, index of its plan, anchor, phrases found as written). The
# text is not in it: the parent has it, and every text would be pickled through the pipe.
TopicMatch = tuple[str, int, str, tuple[str, ...]]


def match_topics(
    plans: tuple[Plan, ...],
    entries: tuple[GlossaryEntry, ...],
    *,
    overrides: bool = True,
    memo: Memo | None = None,
) -> list[TopicMatch]:
    """Every (passage, topic) pair, as plain data: this can run in another process (``link``).
    ``memo`` keeps what the phrase rules find in each text (see ``kb_build.link.memo``)."""
    topics = [e for e in entries if e.kind == "topics"]
    include, exclude = _rules(topics)
    memo = memo or Memo()

    def hits_in(text: str) -> dict[str, tuple[tuple[int, int], ...]]:
        return _hits(text, include, exclude)

    pinned = {(p["plan"], p["at"], e.id) for e in topics for p in e.fields.get("pinned", ())}
    removed = {(p["plan"], p["at"], e.id) for e in topics for p in e.fields.get("removed", ())}

    def of_plan(plan: Plan) -> list[tuple[str, str, tuple[str, ...]]]:
        """The plan's (topic id, anchor, phrases found) pairs."""
        headings = {p.anchor for p in plan.passages if p.kind == "heading"}
        pairs = []
        for passage in plan.quotable:
            anchor, text = passage.anchor, passage.text
            if anchor in headings:
                continue
            matched = memo("topics", text, hits_in)
            for entry in topics:
                key = (plan.id, anchor, entry.id)
                if overrides and key in removed:
                    continue
                hits = matched.get(entry.id, ())
                if hits or (overrides and key in pinned):
                    pairs.append((entry.id, anchor, tuple(text[a:b] for a, b in hits)))
        return pairs

    found: list[TopicMatch] = []
    for plan_index, plan in enumerate(plans):
        pairs = memo.per_plan("topics", plan, of_plan) if overrides else of_plan(plan)
        found += [(topic_id, plan_index, anchor, matched) for topic_id, anchor, matched in pairs]
    return found


def _hits(text: str, include: PhraseMatcher, exclude: PhraseMatcher) -> dict[str, tuple[tuple[int, int], ...]]:
    """Where each topic's phrases are in ``text`` (in order), outside its exclusions and quoted titles."""
    tokens = tokenize(text)  # one pass over the words for all topics
    covered: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in exclude.find_all_in(tokens) if exclude.could_match(text) else ():
        covered[m.key].append((m.start, m.end))
    found_here = include.find_all_in(tokens)
    titles = quoted_titles(text) if found_here else []
    matched: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in found_here:
        if not any(a <= m.start and m.end <= b for a, b in (*covered[m.key], *titles)):
            matched[m.key].append((m.start, m.end))
    return {key: tuple(sorted(spans, key=lambda span: span[0])) for key, spans in matched.items()}


def match_topics_memoized(
    plans: tuple[Plan, ...], entries: tuple[GlossaryEntry, ...], memo: Memo
) -> tuple[list[TopicMatch], dict]:
    """``match_topics`` and the memo entries it used: a forked worker's memo does not travel back
    by itself, and what it did not use would not be kept for the next build."""
    found = match_topics(plans, entries, memo=memo)
    return found, {key: memo.entries[key] for key in memo.used if key[0] == "topics"}


def collect_topics(plans: tuple[Plan, ...], entries: tuple[GlossaryEntry, ...], found: list[TopicMatch]) -> Topics:
    """The topics with their passages, from ``match_topics``' pairs."""
    topics = {e.id: Topic(e) for e in entries if e.kind == "topics"}
    by_passage: dict[tuple[str, str], list[str]] = {}
    texts: dict[int, dict[str, str]] = {}  # plan index → anchor → text
    for topic_id, plan_index, anchor, matched in found:
        plan = plans[plan_index]
        if plan_index not in texts:
            texts[plan_index] = {p.anchor: p.quote for p in plan.quotable}
        topics[topic_id].passages.append(TopicPassage(plan, anchor, texts[plan_index][anchor], matched))
        by_passage.setdefault((plan.id, anchor), []).append(topic_id)
    return Topics(topics, by_passage)
