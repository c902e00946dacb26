"""Pages that stay small whatever the corpus: what a topic, a cited document or a policy gathers
from every plan is cut by year, and a large year into parts, never between a plan's own items."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from kb_build.emit import markdown as md
from kb_build.emit.paths import relative

T = TypeVar("T")
PER_PAGE = 120  # passages or mentions on one page: about 150–300 KB of HTML


@dataclass(frozen=True)
class Part(Generic[T]):
    """The items of one year (``part`` of ``parts`` when the year is cut)."""

    year: int
    part: int
    parts: int
    items: tuple[T, ...]


def parts_by_year(
    items: Iterable[T], year: Callable[[T], int], group: Callable[[T], object], order: Callable[[T], object],
    per_page: int = PER_PAGE,
) -> list[Part[T]]:  # fmt: skip
    """``items`` by year, newest first; in a year, groups (a plan's items) in ``order``, cut into parts
    of at most ``per_page`` items between groups (a group larger than that stays whole)."""
    years: dict[int, dict[object, list[T]]] = defaultdict(dict)
    for item in items:
        years[year(item)].setdefault(group(item), []).append(item)
    found: list[Part[T]] = []
    for when in sorted(years, reverse=True):
        chunks: list[list[T]] = [[]]
        for members in sorted(years[when].values(), key=lambda ms: order(ms[0])):
            if chunks[-1] and len(chunks[-1]) + len(members) > per_page:
                chunks.append([])
            chunks[-1] += members
        found += [Part(when, i, len(chunks), tuple(chunk)) for i, chunk in enumerate(chunks, 1)]
    return found


def split(items: list[T], year: Callable[[T], int], group: Callable[[T], object], order: Callable[[T], object]):
    """The parts of ``items`` when they are too many for one page, else None (they stay on it)."""
    return parts_by_year(items, year, group, order, PER_PAGE) if len(items) > PER_PAGE else None


def year_table(parts: list[Part], path: Callable[[Part], str], page: str, noun: str) -> str:
    """A table of years, each with its number of items and the links to its pages."""
    lines = [f"| Năm | Số {noun} | Trang |", "| --- | --- | --- |"]
    for when in sorted({p.year for p in parts}, reverse=True):
        pages = [p for p in parts if p.year == when]
        names = [f"phần {p.part}" if p.parts > 1 else str(when) for p in pages]
        links = ", ".join(md.link(name, relative(path(p), page)) for name, p in zip(names, pages, strict=True))
        lines.append(f"| {when} | {sum(len(p.items) for p in pages)} | {links} |")
    return "\n".join(lines)
