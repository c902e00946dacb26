"""The data model: what a normalized plan and the glossary are once loaded and validated."""

from __future__ import annotations

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
class Passage:
    """A heading, paragraph or list item of a plan body, with a stable anchor.

    ``text`` is the plain source text (NFC, footnote markers removed, Markdown escapes
    resolved); ``notes`` say where the markers were. Headings have ``level`` 2–4; items
    have ``level`` 1 for ``-`` items and 2 for ``+`` items.
    """

    kind: PassageKind
    text: str
    anchor: str
    line: int
    level: int = 0
    notes: tuple[NoteRef, ...] = ()


@dataclass(frozen=True)
class Footnote:
    label: str
    text: str
    line: int

    @property
    def anchor(self) -> str:
        # The id Python-Markdown's footnotes extension gives the note.
        return f"fn:{self.label}"


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
    passages: tuple[Passage, ...] = ()
    footnotes: tuple[Footnote, ...] = ()

    @property
    def label(self) -> str:
        """How plans cite each other: ``Kế hoạch số 144-KH/ĐUK`` or just ``Hướng dẫn``."""
        return f"{self.type} số {self.number}" if self.number else self.type


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
