"""Pages that stay small whatever the corpus: what a topic, a cited document or a policy gathers
from every plan is cut by year, and a large year into parts, never between a plan's own items."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from kb_build.emit import html_blocks as hb
from kb_build.emit import markdown as md
from kb_build.emit.paths import relative
from kb_build.emit.quotes import PageQuotes
from kb_build.model import Plan
from kb_build.text import sort_key

T = TypeVar("T")
Render = Callable[[list, str, PageQuotes], list[str]]  # items, the page, its quotes → HTML blocks
PER_PAGE = 120  # passages or mentions on one page: about 150–300 KB of HTML


@dataclass(frozen=True)
class Part(Generic[T]):
    """The items of one year (``part`` of ``parts`` when the year is cut)."""

    year: int
    part: int
    parts: int
    items: tuple[T, ...]


def parts_by_year(items: Iterable[T], plan: Callable[[T], Plan], per_page: int | None = None) -> list[Part[T]]:
    """``items`` by the year of their ``plan``, newest first; in a year, each plan's items together and
    the plans in their issuers' Vietnamese order, cut into parts of at most ``per_page`` items between
    plans (a plan with more stays whole; ``per_page`` is ``PER_PAGE`` unless given)."""
    per_page = per_page or PER_PAGE
    years: dict[int, dict[str, list[T]]] = defaultdict(dict)
    for item in items:
        years[plan(item).year].setdefault(plan(item).id, []).append(item)
    found: list[Part[T]] = []
    for when in sorted(years, reverse=True):
        chunks: list[list[T]] = [[]]
        for members in sorted(years[when].values(), key=lambda ms: (sort_key(plan(ms[0]).issuer), plan(ms[0]).id)):
            if chunks[-1] and len(chunks[-1]) + len(members) > per_page:
                chunks.append([])
            chunks[-1] += members
        found += [Part(when, i, len(chunks), tuple(chunk)) for i, chunk in enumerate(chunks, 1)]
    return found


def split(items: list[T], plan: Callable[[T], Plan]) -> list[Part[T]] | None:
    """The parts of ``items`` when they are too many for one page, else None (they stay on it)."""
    return parts_by_year(items, plan) if len(items) > PER_PAGE else None


def part_page(page: str, heading: str, back: str, part: Part[T], render: Render) -> str:
    """The page of one year's part of what an entity gathers: “<heading> năm 2024, phần 2/3”, a link
    ``back`` to the entity, and the items as ``render`` writes them (HTML blocks, their quotes marked for the page)."""
    quotes = PageQuotes(page)
    of = f", phần {part.part}/{part.parts}" if part.parts > 1 else ""
    title = f"{heading} năm {part.year}{of}"
    body = hb.run(render(list(part.items), page, quotes))
    return "\n\n".join([md.front_matter(title=title), f"# {md.text(title)}", back, body, quotes.script()]) + "\n"


def year_table(parts: list[Part], path: Callable[[Part], str], page: str, noun: str) -> str:
    """A table of years, each with its number of items and the links to its pages."""
    lines = [f"| Năm | Số {noun} | Trang |", "| --- | --- | --- |"]
    for when in sorted({p.year for p in parts}, reverse=True):
        pages = [p for p in parts if p.year == when]
        names = [f"phần {p.part}" if p.parts > 1 else str(when) for p in pages]
        links = ", ".join(md.link(name, relative(path(p), page)) for name, p in zip(names, pages, strict=True))
        lines.append(f"| {when} | {sum(len(p.items) for p in pages)} | {links} |")
    return "\n".join(lines)
