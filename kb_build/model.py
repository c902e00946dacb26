"""The data model: what a normalized plan and the glossary are once loaded and validated."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

PassageKind = Literal["heading", "paragraph", "item"]

# Controlled vocabularies of the corpus format (docs/huong-dan-bien-tap.md documents them);
# the document types are those of ``doctypes.DOCUMENT_TYPES``.
SYSTEMS = ("Đảng", "Mặt trận", "Nhà nước")
LEVELS = ("trung ương", "tỉnh", "huyện", "xã", "khối")
# The section where the importer keeps text it could not place; `check` warns while it remains.
UNPLACED_HEADING = "CHƯA XẾP ĐƯỢC (biên tập viên cần xem lại)"


@dataclass(frozen=True)
class NoteRef:
    """A footnote marker: it stands after character ``offset`` of its passage's text."""

    offset: int
    label: str


@dataclass(frozen=True)
class Block:
    """A heading, paragraph or list item of a plan body, with a stable anchor.

    ``text`` is the plain source text (NFC, footnote markers removed, Markdown escapes
    resolved); ``notes`` say where the markers were. Headings have ``level`` 2–4; items
    have ``level`` 1 for ``-`` items and 2 for ``+`` items, and ``marker``, the character the
    source puts before them (“-”, “–”, “•”, “+”), drawn as text, never by a list's CSS.
    ``locator`` says where the block
    is in the source's own numbering (“mục II.3”, “gạch đầu dòng thứ 2 của mục I.1”), so a
    reader who cites it points at the item the source numbers so.
    """

    kind: PassageKind
    text: str
    anchor: str
    line: int
    level: int = 0
    notes: tuple[NoteRef, ...] = ()
    locator: str = ""
    marker: str = ""

    @property
    def quote(self) -> str:
        """The block as the source shows it: an item's marker included."""
        return quoted(self.marker, self.text)


def quoted(marker: str, text: str) -> str:
    return f"{marker} {text}" if marker else text


@dataclass(frozen=True)
class Footnote:
    label: str
    text: str
    line: int

    @property
    def anchor(self) -> str:
        # The id Python-Markdown's footnotes extension gives the note.
        return f"fn:{self.label}"

    @property
    def locator(self) -> str:
        return f"chú thích {self.label}"


@dataclass(frozen=True)
class Plan:
    """One normalized plan: front matter plus its parsed body."""

    id: str
    type: str
    title: str
    year: int
    issuer: str
    system: str
    level: str
    path: Path
    number: str | None = None
    issued: date | None = None
    locality: str | None = None
    promulgated_by: str | None = None
    period: tuple[int, int] | None = None  # a plan for a span of years (“giai đoạn 2023 – 2025”)
    implements: tuple[str, ...] = ()
    header: tuple[str, ...] = ()
    signer: str | None = None
    signer_title: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    source: str | None = None
    reviewed: dict[str, str] = field(default_factory=dict)
    passages: tuple[Block, ...] = ()  # the body's blocks, in order
    footnotes: tuple[Footnote, ...] = ()

    @property
    def label(self) -> str:
        """How plans cite each other: ``Kế hoạch số 144-KH/ĐUK`` or just ``Hướng dẫn``."""
        return f"{self.type} số {self.number}" if self.number else self.type

    @functools.cached_property
    def quotable(self) -> tuple[Passage, ...]:
        """Every block and footnote as a ``Passage``: what the link stage's matchers read."""
        blocks = (Passage(self, b.locator, b.anchor, b.line, b.text, b.marker) for b in self.passages)
        notes = (Passage(self, n.locator, n.anchor, n.line, n.text) for n in self.footnotes)
        return (*blocks, *notes)

    @functools.cached_property
    def _locators(self) -> dict[str, str]:
        return {p.anchor: p.locator for p in self.quotable if p.locator}

    def locator_of(self, anchor: str) -> str:
        """The source-numbering locator of the passage at ``anchor`` (its anchor if none is known)."""
        return self._locators.get(anchor, anchor)


@dataclass(frozen=True)
class Passage:
    """A quotable place of a plan: a block or a footnote, with where it is in the source.

    ``locator`` is in the source's own numbering (“mục III.2.b”, “chú thích 4”); ``anchor`` is
    the stable id of the passage on the plan's page; ``line`` is its line in the corpus file.
    ``text`` is what the matchers read (offsets count in it); ``quote`` is what a page shows.
    """

    plan: Plan
    locator: str
    anchor: str
    line: int
    text: str
    marker: str = ""

    @property
    def quote(self) -> str:
        return quoted(self.marker, self.text)


@dataclass(frozen=True)
class GlossaryEntry:
    """One entry of a glossary data file (directives, policies, anniversaries, topics).

    The schema of each kind lives in ``glossary.py``; entries keep their fields as data
    until the issue that gives each kind its pages types them further.
    """

    kind: str
    id: str
    fields: dict
    path: Path
    line: int


class FromGlossary:
    """Mixin for an entity made from one glossary entry: its id and name are the entry's."""

    entry: GlossaryEntry

    @property
    def id(self) -> str:
        return self.entry.id

    @property
    def name(self) -> str:
        return self.entry.fields["name"]


@dataclass(frozen=True)
class Corpus:
    plans: tuple[Plan, ...]
    glossary: tuple[GlossaryEntry, ...] = field(default=())
    # Plans a glossary source may name that are not part of this site (a course bundle):
    # cited as text, not linked.
    elsewhere: tuple[Plan, ...] = field(default=())

    @functools.cached_property
    def plan_by_id(self) -> dict[str, Plan]:
        """The site's plans by id (made once: every policy and anniversary page looks up its sources)."""
        return {plan.id: plan for plan in self.plans}

    @functools.cached_property
    def elsewhere_by_id(self) -> dict[str, Plan]:
        return {plan.id: plan for plan in self.elsewhere}
