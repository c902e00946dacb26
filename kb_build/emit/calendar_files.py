"""ICS (RFC 5545) calendars made with the icalendar library: all events, or one year's."""

from __future__ import annotations

from datetime import UTC, datetime

from icalendar import Calendar as ICalendar
from icalendar import Event as IEvent

from kb_build.link.anniversaries import Calendar, Occurrence


def _stamp(calendar: Calendar) -> datetime:
    # DTSTAMP is required; a fixed value keeps builds byte-identical.
    return datetime(calendar.years[0] if calendar.years else 2000, 1, 1, tzinfo=UTC)


def _vevent(occurrence: Occurrence, stamp: datetime, summary: str, uid: str) -> IEvent:
    event = IEvent()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", occurrence.when)
    event.add("summary", summary)
    sources = [s.get("url") or f"{s['plan']} #{s['at']}" for s in occurrence.event.entry.fields["sources"]]
    event.add("description", f"{occurrence.event.kind}. Nguồn: {'; '.join(sources)}")
    event.add("categories", [occurrence.event.kind])
    return event


def calendar_file(calendar: Calendar, year: int | None) -> str:
    """All events over the calendar's years (``year`` None), or the events of one year."""
    ical = ICalendar()
    ical.add("prodid", "-//kb_build//Ngay ky niem//VI")
    ical.add("version", "2.0")
    ical.add("x-wr-calname", f"Ngày kỷ niệm {year}" if year else "Ngày kỷ niệm")
    stamp = _stamp(calendar)
    for each in [year] if year else calendar.years:
        for occurrence in calendar.round_anniversaries(each):
            summary = f"Kỷ niệm {occurrence.count} năm: {occurrence.event.name}"
            ical.add_component(_vevent(occurrence, stamp, summary, f"{occurrence.event.id}-{each}@kb-build"))
        for occurrence in calendar.annual(each):
            ical.add_component(
                _vevent(occurrence, stamp, occurrence.event.name, f"{occurrence.event.id}-{each}@kb-build")
            )
    return ical.to_ical().decode("utf-8")
