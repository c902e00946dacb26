"""The search index, built at build time and loaded on demand by <script> tags (works on file://).

Documents are passages (paragraphs, items, footnotes) and every entity with a page: plans,
cited documents, policies, anniversaries, topics. The index is split so that a query loads
only what it needs:

- ``meta.js``: the kinds of result, the shard list, each document's lengths (for BM25) and
  its catalogue entry (url, title, subtitle: enough to list a result);
- ``t/<xy>.js``: the postings of every term (and directive code) starting with ``xy``: the
  documents holding it, the token positions in each (phrase queries check them) and how the
  word is spelled at each (a query typed with diacritics ranks its own spelling first);
- ``d/<n>.js``: the texts of 64 documents, for the snippets of the results on screen.

Tokens come from ``kb_build.search``, which the browser mirrors, so both sides see the same words
at the same positions. Every file calls ``kbSearchLoad(name, packed)``: a <script> cannot hand
back a value, and ``fetch`` does not work over file://. ``packed`` is the data deflated (see
``pack``).
"""

from __future__ import annotations

import base64
import json
import zlib
from dataclasses import dataclass, field
from operator import sub

from kb_build import citation
from kb_build.emit.paths import (
    anniversary_page_path,
    directive_page_path,
    page_url,
    plan_page_path,
    policy_page_path,
    topic_page_path,
)
from kb_build.link import KnowledgeBase
from kb_build.link.directives import Directive
from kb_build.search import Positions, number_codes, positions

SEARCH_DIR = "assets/search"
DOCS_PER_FILE = 64
# Kinds of result, as the browser labels them, in the order their documents are numbered
# (so that the browser knows a document's kind from its number alone).
KINDS = {
    "directive": "Văn bản dẫn chiếu",
    "policy": "Chính sách, cụm từ",
    "anniversary": "Ngày kỷ niệm",
    "topic": "Chủ đề",
    "plan": "Văn bản",
    "passage": "Đoạn văn bản",
}
TITLE_WEIGHT = 3


@dataclass(frozen=True)
class SearchDocument:
    kind: str
    url: str
    title: str
    subtitle: str
    text: str
    codes: tuple[str, ...] = ()
    anchor: str = ""  # of a passage, in its plan's page
    place: str = ""  # of a passage, as a reader says it (“mục II.3, đoạn 1”)
    cite: str = ""  # of a plan: its citation, which a result's “Sao chép trích dẫn” copies

    @property
    def indexes_title(self) -> bool:
        """A passage's title is its plan's label, which the plan's own document already holds."""
        return self.kind != "passage"


def _plan_text(plan, province_today: str | None) -> str:
    """What a plan is found by besides its passages: number, issuer, place (and today's province,
    after the 2025 merger: “Vĩnh Long” finds Trà Vinh's plans), signer, what it implements."""
    parts = [plan.number or "", plan.issuer, plan.locality or "", province_today or "", plan.signer or ""]
    parts += plan.implements
    return " ".join(p for p in parts if p)


def _directive_codes(directive: Directive) -> tuple[str, ...]:
    """A cited document is found by its number and by the numbers its sources wrote for it
    (“16-KH/TW” for Kết luận 16-KL/TW): a reporter types what the plan in hand says."""
    numbers = [directive.number, *directive.source_numbers] if directive.number else []
    return tuple(dict.fromkeys(code for number in numbers for code in number_codes(directive.type, number)))


def documents(kb: KnowledgeBase) -> list[SearchDocument]:
    """Every search result, grouped by kind in the order of ``KINDS``."""
    registry = kb.registry.directives
    codes_of = {slug: _directive_codes(d) for slug, d in registry.items()}
    by_kind: dict[str, list[SearchDocument]] = {kind: [] for kind in KINDS}
    for plan in kb.plans:
        where = f"{plan.year} · {plan.issuer}"
        codes = tuple(number_codes(plan.type, plan.number)) if plan.number else ()
        url = page_url(plan_page_path(plan))
        title = f"{plan.label}: {plan.title}"
        cite = citation.document(plan)
        by_kind["plan"].append(
            SearchDocument("plan", url, title, where, _plan_text(plan, kb.places.today_of(plan)), codes, cite=cite)
        )
        headings = {b.anchor for b in plan.passages if b.kind == "heading"}
        for located in plan.quotable:
            anchor, text, place = located.anchor, located.quote, located.locator
            if anchor in headings:
                continue
            cited = tuple(c for _, _, slug in kb.registry.links.get((plan.id, anchor), []) for c in codes_of[slug])
            url = page_url(plan_page_path(plan), anchor)
            passage = SearchDocument("passage", url, plan.label, f"{where} · {place}", text, cited, anchor, place)
            by_kind["passage"].append(passage)
    for slug, directive in registry.items():
        date = f"ngày {directive.date.day}/{directive.date.month}/{directive.date.year}" if directive.date else ""
        subtitle = " · ".join(x for x in (date, directive.issuer or "") if x)
        url = page_url(directive_page_path(slug))
        found = SearchDocument("directive", url, directive.label, subtitle, directive.title, codes_of[slug])
        by_kind["directive"].append(found)
    for policy in kb.policies.by_id.values():
        fields = policy.entry.fields
        text = " ".join([*fields.get("aliases", ()), policy.formulation or "", fields.get("english", "")])
        url = page_url(policy_page_path(policy.id))
        by_kind["policy"].append(SearchDocument("policy", url, policy.name, fields["category"], text))
    calendar = kb.calendar
    for event in calendar.events:
        when = (
            f"{event.day}/{event.month}"
            + (f"/{event.year}" if event.year else "")
            + (" âm lịch" if event.lunar else "")
        )
        round_years = [y for y in calendar.years if any(o.event is event for o in calendar.round_anniversaries(y))]
        url = page_url(anniversary_page_path((round_years or calendar.years)[-1])) if calendar.years else ""
        aliases = " ".join(event.entry.fields.get("aliases", ()))
        by_kind["anniversary"].append(SearchDocument("anniversary", url, event.name, f"{event.kind} · {when}", aliases))
    for topic in kb.topics.by_id.values():
        url = page_url(topic_page_path(topic.id))
        text = topic.entry.fields["definition"]
        by_kind["topic"].append(SearchDocument("topic", url, topic.name, f"{len(topic.passages)} đoạn", text))
    return [doc for kind in KINDS for doc in by_kind[kind]]


_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
_SMALL = [a + b if a != "0" else b for a in _DIGITS for b in _DIGITS]  # 0 … 1295 in base 36


def base36(number: int) -> str:
    if number < len(_SMALL):
        return _SMALL[number]
    digits = ""
    while number:
        number, digit = divmod(number, 36)
        digits = _DIGITS[digit] + digits
    return digits


def _deltas(numbers: list[int]) -> str:
    """Ascending numbers as base-36 gaps (“3,a,1”): small, and gzip finds the repeats."""
    if len(numbers) == 1:  # most words occur once in a passage
        return base36(numbers[0])
    small = len(_SMALL)
    return ",".join([_SMALL[g] if g < small else base36(g) for g in map(sub, numbers, [0, *numbers])])


MAX_SPELLINGS = 35  # base-36 marks: “z” stands for any rarer spelling


@dataclass
class Spellings:
    """How one term is written across the corpus: its spellings (first seen first) and, per
    document of its postings, one base-36 mark per position naming the spelling there (“” when
    every position has the first spelling, which is the common case)."""

    words: dict[str, int] = field(default_factory=dict)
    marks: list[str] = field(default_factory=list)

    def add(self, spelled: list[str]) -> None:
        first = spelled[0]
        if self.words.get(first) == 0 and spelled.count(first) == len(spelled):
            self.marks.append("")  # the common case: one spelling, the term's first
            return
        marks = []
        for word in spelled:
            number = self.words.get(word)
            if number is None and len(self.words) < MAX_SPELLINGS:
                number = self.words[word] = len(self.words)
            marks.append(_DIGITS[number] if number is not None else "z")
        mark = "".join(marks)
        self.marks.append("" if mark.count("0") == len(mark) else mark)

    def encoded(self, term: str) -> list:
        """What the term's postings add: nothing when it is only written as folded (“covid”), the
        one spelling when there is one (“biển”), else the spellings and the marks."""
        if len(self.words) == 1:
            (only,) = self.words
            return [] if only == term else [only]
        return [list(self.words), ";".join(self.marks)]


@dataclass
class Index:
    """Each term's documents (ascending) with the term's positions in each, already encoded by
    ``_deltas`` (millions of small lists would be held otherwise), and its spellings; each
    document's title length (in tokens: positions below it are title words) and weighted length.

    Scores are not stored: the browser computes BM25 from these, which costs less to ship
    than a score per (term, document).
    """

    postings: dict[str, tuple[list[int], list[str], Spellings]]
    title_lengths: list[int]
    lengths: list[int]


def build_index(docs: list[SearchDocument]) -> Index:
    postings: dict[str, tuple[list[int], list[str], Spellings]] = {}
    title_lengths, lengths = [], []
    small = len(_SMALL)
    for number, doc in enumerate(docs):
        title = positions(doc.title) if doc.indexes_title else Positions({}, {}, 0)
        text = positions(doc.text, title.end)
        title_lengths.append(title.end)
        lengths.append(TITLE_WEIGHT * sum(map(len, title.at.values())) + sum(map(len, text.at.values())))
        at, spelled = text.at, text.spellings
        for term, before in title.at.items():  # title positions come before the text's
            at[term] = before + at.pop(term, [])
            spelled[term] = title.spellings[term] + spelled.pop(term, [])
        for term, where in at.items():  # terms are sorted when written out
            entry = postings.get(term)
            if entry is None:
                entry = postings[term] = ([], [], Spellings())
            entry[0].append(number)
            # _deltas, inlined for the common case (the whole corpus's terms pass through here)
            entry[1].append(_SMALL[where[0]] if len(where) == 1 and where[0] < small else _deltas(where))
            entry[2].add(spelled[term])
    return Index(postings, title_lengths, lengths)


def shard_key(term: str) -> str:
    """The file a term's postings live in: its first two characters (a prefix query needs one file)."""
    return term[:2]


def _script(name: str, data: object) -> str:
    """A file of the index: ``data`` as JSON, deflated and in base64, which the browser inflates with
    its own ``DecompressionStream``. The index repeats every passage's text and each word's
    positions; packed, it is a third of its size, and a site of thousands of plans stays within
    GitHub Pages' 1 GB."""
    return f"kbSearchLoad({json.dumps(name)},{json.dumps(pack(data))});\n"


def pack(data: object) -> str:
    """``data`` as compact JSON, raw-deflated (RFC 1951) and base64-encoded: deterministic bytes."""
    deflate = zlib.compressobj(6, zlib.DEFLATED, -15)  # 9 is 2.6 times slower for 0.7 % less
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.b64encode(deflate.compress(raw) + deflate.flush()).decode("ascii")


def unpack(packed: str) -> object:
    """What ``pack`` packed (for tests and tools that read the index)."""
    return json.loads(zlib.decompress(base64.b64decode(packed), -15).decode("utf-8"))


def catalog(docs: list[SearchDocument]) -> dict[str, list]:
    """url, title and subtitle of every document, without repeating a plan's for each of its passages.

    ``entries`` are the documents before the plans, as [url, title, subtitle]; ``plans`` rows
    are [url, title, “year · issuer”, label, number of passages, citation]; ``passages`` (which follow
    their plans' order) are [anchor, place]: url = plan url#anchor, title = label, subtitle =
    “year · issuer · place”.
    """
    entries, plans, passages, row_of = [], [], [], {}
    for doc in docs:
        if doc.kind == "passage":
            row = plans[row_of[doc.url.partition("#")[0]]]
            row[3] = doc.title
            row[4] += 1
            passages.append([doc.anchor, doc.place])
        elif doc.kind == "plan":
            row_of[doc.url] = len(plans)
            plans.append([doc.url, doc.title, doc.subtitle, "", 0, doc.cite])
        else:
            entries.append([doc.url, doc.title, doc.subtitle])
    return {"entries": entries, "plans": plans, "passages": passages}


def search_files(kb: KnowledgeBase) -> dict[str, str]:
    """Every file of the search index, by path under the docs directory."""
    docs = documents(kb)
    index = build_index(docs)
    shards: dict[str, dict[str, dict]] = {}
    for term in sorted(index.postings):
        numbers, at, spellings = index.postings[term]
        encoded = [_deltas(numbers), ";".join(at), *spellings.encoded(term)]
        shards.setdefault(shard_key(term), {"t": {}, "c": {}})["t"][term] = encoded
    coded: dict[str, list[int]] = {}
    for number, doc in enumerate(docs):
        for code in dict.fromkeys(doc.codes):
            coded.setdefault(code, []).append(number)
    for code, numbers in sorted(coded.items()):
        shards.setdefault(shard_key(code), {"t": {}, "c": {}})["c"][code] = _deltas(numbers)
    files = {f"{SEARCH_DIR}/t/{key}.js": _script(f"t/{key}", shard) for key, shard in shards.items()}
    for first in range(0, len(docs), DOCS_PER_FILE):
        chunk = [d.text for d in docs[first : first + DOCS_PER_FILE]]
        files[f"{SEARCH_DIR}/d/{first // DOCS_PER_FILE}.js"] = _script(f"d/{first // DOCS_PER_FILE}", chunk)
    meta = {
        "catalog": catalog(docs),
        "kinds": KINDS,
        "counts": [sum(1 for d in docs if d.kind == kind) for kind in KINDS],
        "perFile": DOCS_PER_FILE,
        "shards": sorted(shards),
        "titleLengths": ",".join(map(base36, index.title_lengths)),
        "lengths": ",".join(map(base36, index.lengths)),
        "titleWeight": TITLE_WEIGHT,
    }
    files[f"{SEARCH_DIR}/meta.js"] = _script("meta", meta)
    return files
