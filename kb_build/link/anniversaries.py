"""Anniversaries: dated events, their round anniversaries each year, and what the plans say of them.

Solar dates recur on the same day; lunar dates (Giỗ Tổ Hùng Vương, 10/3 âm lịch) are
converted to each year's solar date by the Vietnamese lunar calendar (lunar-vn, UTC+7).
Plans state spans such as “Kỷ niệm 50 năm … (27/1/1973-27/1/1923)”: their arithmetic and
their dates are checked against the registry, and every mismatch is reported, never fixed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from lunar_vn.core import convert_lunar_to_solar

from kb_build.link.memo import Memo
from kb_build.link.phrases import PhraseMatcher
from kb_build.model import FromGlossary, GlossaryEntry, Plan
from kb_build.problems import Problem
from kb_build.text import fold, sentence_at

HIGHLIGHTED = (10, 25, 50, 75, 100)
YEARS_AHEAD = 2  # calendars are made for the corpus's years and the two after the latest

NAMED_BEFORE = 40  # characters: how far before a date span the event it dates is named
_SPAN = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})\s*[-–]\s*(\d{1,2})/(\d{1,2})/(\d{4})")
_COUNT = re.compile(r"(\d{1,3})\s+năm\b")


@dataclass(frozen=True)
class Event(FromGlossary):
    entry: GlossaryEntry

    @property
    def kind(self) -> str:
        return self.entry.fields["kind"]

    @property
    def year(self) -> int | None:
        return self.entry.fields.get("year")

    @property
    def lunar(self) -> bool:
        return self.entry.fields.get("calendar") == "âm lịch"

    @property
    def month(self) -> int:
        return self.entry.fields["month"]

    @property
    def day(self) -> int:
        return self.entry.fields["day"]

    def on(self, year: int) -> date | None:
        """The solar date of this event in ``year`` (None for 29/2 in a common year)."""
        if self.lunar:
            return convert_lunar_to_solar(self.day, self.month, year)
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return None

    @property
    def original(self) -> date | None:
        return date(self.year, self.month, self.day) if self.year and not self.lunar else None


@dataclass(frozen=True)
class EventMention:
    plan: Plan
    anchor: str
    context: str


@dataclass(frozen=True)
class Occurrence:
    event: Event
    when: date
    count: int | None  # years since the event, for a round anniversary

    @property
    def highlighted(self) -> bool:
        return self.count in HIGHLIGHTED


@dataclass
class Calendar:
    events: list[Event]
    years: list[int]
    mentions: dict[str, list[EventMention]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    notes: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # beside a passage

    def round_anniversaries(self, year: int) -> list[Occurrence]:
        found = []
        for event in self.events:
            if event.year and event.year < year and (year - event.year) % 5 == 0:
                when = event.on(year)
                if when:
                    found.append(Occurrence(event, when, year - event.year))
        return sorted(found, key=lambda o: (o.when, o.event.name))

    def annual(self, year: int) -> list[Occurrence]:
        """Holidays kept every year whatever their age: lunar ones, and those with no year."""
        found = [Occurrence(e, e.on(year), None) for e in self.events if e.lunar or not e.year]
        return sorted((o for o in found if o.when), key=lambda o: (o.when, o.event.name))

    def mentioned_in(self, event: Event, year: int) -> list[EventMention]:
        return [m for m in self.mentions.get(event.id, []) if m.plan.year == year]


def build_calendar(
    plans: tuple[Plan, ...],
    entries: tuple[GlossaryEntry, ...],
    folded: Callable[[str], str] = fold,
    memo: Memo | None = None,
) -> Calendar:
    """The anniversaries and their mentions; ``folded`` and ``memo`` as in ``find_policies``."""
    memo = memo or Memo()
    events = [Event(e) for e in entries if e.kind == "anniversaries"]
    plan_years = sorted({p.year for p in plans})
    years = list(range(plan_years[0], plan_years[-1] + YEARS_AHEAD + 1)) if plan_years else []
    calendar = Calendar(events, years)
    phrases = {alias: e.id for e in events for alias in e.entry.fields.get("aliases", ())}
    matcher = PhraseMatcher(phrases, case_sensitive=True)  # proper names: “Pháp”, not “pháp luật”
    by_id = {e.id: e for e in events}

    def of_plan(plan: Plan) -> tuple[list[tuple[str, EventMention]], list[tuple[str, int, list[str]]]]:
        """The plan's mentions of events, and its passages whose spans do not fit (anchor, line, issues)."""
        found_in_plan, unfit = [], []
        for passage in plan.quotable:
            anchor, text = passage.anchor, passage.text
            found = memo("anniversaries", text, lambda t: matcher.find(t, folded(t)))
            for match in found:
                found_in_plan.append((match.key, EventMention(plan, anchor, sentence_at(text, match.start))))
            issues = _check_spans(text, found, by_id)
            if issues:
                unfit.append((anchor, passage.line, issues))
        return found_in_plan, unfit

    mentions: dict[str, list[EventMention]] = defaultdict(list)
    for plan in plans:
        found_in_plan, unfit = memo.per_plan("anniversaries", plan, of_plan)
        for key, mention in found_in_plan:
            mentions[key].append(mention)
        for anchor, line, issues in unfit:
            listed = "; ".join(issues)
            message = f"#{anchor}: khoảng thời gian kỷ niệm không khớp: {listed}"
            calendar.problems.append(Problem(plan.path, line, message, "warning"))
            note = f"Nguồn ghi khoảng thời gian không khớp với số năm kỷ niệm: {listed}. Kho giữ nguyên văn."
            calendar.notes.setdefault((plan.id, anchor), []).append(note)
    calendar.mentions = dict(mentions)
    return calendar


def _check_spans(text: str, found, by_id) -> list[str]:
    """Stated anniversary spans whose arithmetic or dates do not fit (a warning and a page note)."""
    issues = []
    previous_end = 0
    for span in _SPAN.finditer(text):
        d1, m1, y1, _, _, y2 = map(int, span.groups())
        stated = list(_COUNT.finditer(text, 0, span.start()))
        count = int(stated[-1].group(1)) if stated else None
        if count is not None and y2 - y1 != count:
            issues.append(f"“{span.group(0)}”: {y2} − {y1} = {y2 - y1} năm, không khớp “{count} năm”")
        # the event a span dates is named just before it (“… Malaysia (30/3/1973- …)”)
        named = [m for m in found if max(previous_end, span.start() - NAMED_BEFORE) <= m.start < span.start()]
        if named:
            event = by_id[named[-1].key]
            if event.original and event.original != _safe_date(y1, m1, d1):
                issues.append(
                    f"“{span.group(0)}”: danh mục ghi {event.name} ngày {event.day}/{event.month}/{event.year}"
                )
        previous_end = span.end()
    return issues


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
