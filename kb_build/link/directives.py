"""The directive registry: every document the plans cite, merged across its variants.

Citations are found in every passage and footnote of every plan (citations.py), then
merged into one ``Directive`` per document: ``1648/QĐ/TTg`` and ``1648/QĐ-TTg`` are one,
``Chỉ thị 12`` is the ``12-CT/TW`` cited in full elsewhere in the same plan. The curated
file ``corpus/glossary/directives.yaml`` adds titles, English names, notes and aliases,
and may override what extraction found. Sources that disagree are kept and reported as
conflicts, never silently reconciled.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from kb_build.link.citations import SLIPPED_DATE, TYPE_CODES, Citation, find_citations
from kb_build.link.issuers import canonical_issuer, congress_issuer
from kb_build.model import GlossaryEntry, Plan
from kb_build.problems import Problem
from kb_build.text import fold, sentence_at, slugify


@dataclass(frozen=True)
class Mention:
    """One citation at one place of the corpus."""

    plan: Plan
    anchor: str
    line: int
    citation: Citation
    context: str  # the sentence around the citation, as written
    implements: bool = False  # named in the plan's “Thực hiện …/Căn cứ …”
    issuer: str | None = None  # the citation's issuer, canonical (issuers.py)
    issuer_detail: str | None = None  # “khóa XI”, “lần thứ XIII”


@dataclass
class Directive:
    slug: str
    type: str
    number: str | None = None
    name: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    curated: dict = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    plan: Plan | None = None  # the cited document itself, when it is a plan of the corpus
    merged: list[str] = field(default_factory=list)  # the variant names merged into this entry, for `check`

    def _most_common(self, attribute: str):
        values = Counter(getattr(m.citation, attribute) for m in self.mentions if getattr(m.citation, attribute))
        return values.most_common(1)[0][0] if values else None

    def _most_common_of_mention(self, attribute: str):
        values = Counter(getattr(m, attribute) for m in self.mentions if getattr(m, attribute))
        return values.most_common(1)[0][0] if values else None

    # Cached: every link to a widely cited document asks, and counting its mentions each time is
    # quadratic. A directive is made with all its mentions (``build_registry``).
    @functools.cached_property
    def date(self) -> date | None:
        return self.curated.get("date") or self._most_common("date")

    @functools.cached_property
    def issuer(self) -> str | None:
        return self.curated.get("issuer") or self._most_common_of_mention("issuer")

    @functools.cached_property
    def issuer_detail(self) -> str | None:
        return self._most_common_of_mention("issuer_detail")

    @functools.cached_property
    def subject(self) -> str | None:
        """The fullest wording the sources agree on: each shorter wording is the start of it.

        Mentions keep their own wording (shown with each quote); where the sources word the
        subject differently, the wording most of them share (then the longest) is the entry's.
        """
        subjects = [m.citation.subject for m in self.mentions if m.citation.subject]
        if not subjects:
            return None
        counts = Counter(subjects)

        def agreeing(candidate: str) -> int:
            folded = fold(candidate)
            return sum(n for s, n in counts.items() if folded.startswith(fold(s)) or fold(s).startswith(folded))

        return max(counts, key=lambda s: (agreeing(s), len(s), counts[s]))

    @property
    def source_numbers(self) -> list[str]:
        """Numbers the sources write that differ from the entry's (a slip the curated entry corrects)."""
        own = number_key(self.number) if self.number else None
        written = {m.citation.number for m in self.mentions if m.citation.number}
        return sorted(n for n in written if number_key(n) != own)

    @functools.cached_property
    def status(self) -> str | None:
        """“forthcoming” or “draft” when the sources cite it so (not yet adopted when they were written)."""
        return self._most_common("status")

    @property
    def title(self) -> str:
        return self.curated.get("title") or self.subject or ""

    @property
    def label(self) -> str:
        if self.name:
            return self.name
        return f"{self.type} số {self.number}" if self.number else self.type

    @property
    def years(self) -> list[int]:
        return sorted({m.plan.year for m in self.mentions})

    @property
    def citing_plans(self) -> list[Plan]:
        seen: dict[str, Plan] = {}
        for mention in self.mentions:
            seen.setdefault(mention.plan.id, mention.plan)
        return sorted(seen.values(), key=lambda p: (p.year, p.id))

    @property
    def implementers(self) -> list[Plan]:
        return sorted({m.plan.id: m.plan for m in self.mentions if m.implements}.values(), key=lambda p: (p.year, p.id))

    def description(self) -> str:
        """One line for tooltips: “Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị: …”."""
        parts = [self.label]
        if self.date:
            parts.append(f"ngày {self.date.day}/{self.date.month}/{self.date.year}")
        if self.issuer:
            parts.append(f"của {self.issuer}")
        text = " ".join(parts)
        return f"{text}: {self.title}" if self.title else text


def number_key(number: str) -> str:
    """Variants of one number compare equal: ``1648/QĐ/TTg`` ~ ``1648/QĐ-TTg`` ~ ``1648/qđ-ttg``."""
    return re.sub(r"[^0-9A-ZĐ]", "", number.upper().replace("TƯ", "TW"))  # “15-CT/TƯ” ~ “15-CT/TW”


_PERIOD_WORDS = re.compile(r"\b(?:giai \w{3,5}|thoi ky|\d+ nam)\s+(\d{4})\s*-\s*(\d{4})")  # “giai đạon” too
# The state's full name after a law's (“Bộ luật Hình sự của nước Cộng hòa xã hội chủ nghĩa Việt Nam”) is the
# same law's formal title.
_OF_THE_STATE = re.compile(r"\s+(?:cua\s+)?nuoc\s+(?:cong hoa xa hoi chu nghia viet nam|chxhcn ?viet nam)\b")


@functools.lru_cache(maxsize=50_000)
def name_key(name: str) -> str:
    """Spelling variants of one name compare equal (dashes, spacing, Liên hiệp/hợp quốc, the state's
    full name, and the wording of a period: “giai đoạn 2021 – 2030” ~ “10 năm 2021 – 2030”)."""
    folded = fold(name).replace("lien hiep quoc", "lien hop quoc")
    folded = " ".join(re.sub(r"\s*[-–—]\s*", " - ", folded).split())
    return _PERIOD_WORDS.sub(r"\1-\2", _OF_THE_STATE.sub("", folded))


_APPROVES = re.compile(r"^(?:việc\s+)?(?:phê duyệt|ban hành|về)?\s*", re.IGNORECASE)


# “Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX” names no province: it is the citing plan's own.
_LOCAL_CONGRESS = re.compile(r"Đảng bộ (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường) lần thứ")


def _key(citation: Citation, plan: Plan | None = None) -> tuple[str, str]:
    if citation.number:
        return citation.type, number_key(citation.number)
    if citation.issuer and plan is not None:  # “Kế hoạch của Ban Thường vụ Tỉnh ủy thực hiện …”
        issuer, _ = canonical_issuer(citation.issuer, plan)
        cited = [c.number for c in find_citations(citation.subject or "") if c.number]
        about = number_key(cited[0]) if cited else " ".join(fold(citation.subject or "").split()[:8])
        return citation.type, f"của {name_key(issuer or '')} | {about}"
    return named_key(citation.type, citation.name or "", plan)


def named_key(type_: str, name: str, plan: Plan | None = None) -> tuple[str, str]:
    """The key of a document cited by name; a congress's resolution by its congress and term
    (“Nghị quyết Đại hội XIII của Đảng” ~ “Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII”)."""
    congress, term = congress_issuer(name, plan)
    if congress and term:
        return type_, f"{name_key(congress)} | {fold(term.split()[-1])}"
    return type_, name_key(name)


def _mention(plan: Plan, passage, citation: Citation, implemented: set) -> Mention:
    if citation.issuer:
        issuer, detail = canonical_issuer(citation.issuer, plan)
    else:
        issuer, detail = congress_issuer(citation.name or "", plan)
    context = sentence_at(passage.text, citation.start)
    key = _key(citation, plan)
    return Mention(plan, passage.anchor, passage.line, citation, context, key in implemented, issuer, detail)


def _subject_of(citations: list[Citation]) -> dict[int, Citation]:
    """Named citations that are another citation's subject (“Quyết định … phê duyệt Chương trình …”),
    by their index: the named programme is that act's subject, not a second document."""
    owners: dict[int, Citation] = {}
    for index, named in enumerate(citations):
        if named.number or not named.name:
            continue
        for owner in citations:
            if owner is named or not owner.subject or not (owner.start < named.start < owner.end):
                continue
            if " ".join(_APPROVES.sub("", owner.subject, count=1).split()).startswith(named.name):
                owners[index] = owner
    return owners


def _is_short(citation: Citation) -> bool:
    return bool(citation.number) and citation.number.isdigit()


def make_slug(type_: str, number: str | None, name: str | None, year: int | None) -> str:
    """``kl-57-tw-2023`` for Kết luận 57-KL/TW of 2023; a slug of the name for named documents."""
    if not number:
        return slugify(name or type_, max_length=60)
    code = slugify(TYPE_CODES.get(type_, type_))
    parts = [slugify(p) for p in re.split(r"[-/]", number) if slugify(p)]
    parts = [p for p in parts if p != code]
    year_part = [str(year)] if year and str(year) not in parts else []
    return "-".join([code, *parts, *year_part])


@dataclass
class Registry:
    directives: dict[str, Directive]
    # (plan id, anchor) → [(start, end, slug)]: where to put links in plan pages
    links: dict[tuple[str, str], list[tuple[int, int, str]]]
    problems: list[Problem]

    @functools.cached_property
    def by_label(self) -> dict[tuple[str, str | None], Directive]:
        """Each entry by its type and number (or name), as a plan's “Thực hiện” line names it: made once,
        not once per plan (the register grows with the corpus)."""
        return {(d.type, d.number or d.name): d for d in self.directives.values()}

    @functools.cached_property
    def held_in_corpus(self) -> dict[str, Directive]:
        """The entry whose text the corpus holds, by that plan's id (the first, as the register lists them)."""
        found: dict[str, Directive] = {}
        for directive in self.directives.values():
            if directive.plan is not None:
                found.setdefault(directive.plan.id, directive)
        return found


Key = tuple[str, str]


@dataclass(frozen=True)
class PlanCitations:
    """What one plan cites: its mentions (with their keys), and the programmes it names as an act's
    subject (“Quyết định … phê duyệt Chương trình …”: the programme's key, the act's key, its name)."""

    mentions: tuple[tuple[Key, Mention], ...]
    subjects: tuple[tuple[Key, Key, str], ...]


def plan_citations(plan: Plan, find: Callable[[str], list[Citation]] = find_citations) -> PlanCitations:
    """Every citation of ``plan``, a pure function of the plan (``kb-build serve`` keeps it per plan)."""
    implemented = {_key(c, plan) for item in plan.implements for c in find_citations(item)}
    mentions: list[tuple[Key, Mention]] = []
    subjects: list[tuple[Key, Key, str]] = []
    for passage in plan.quotable:
        citations = find(passage.text)
        owners = _subject_of(citations)
        for index, citation in enumerate(citations):
            if index in owners:
                subjects.append((_key(citation, plan), _key(owners[index], plan), citation.name or citation.raw))
            else:
                mentions.append((_key(citation, plan), _mention(plan, passage, citation, implemented)))
    return PlanCitations(tuple(mentions), tuple(subjects))


def build_registry(
    plans: tuple[Plan, ...],
    curated: tuple[GlossaryEntry, ...],
    of_plan: Callable[[Plan], PlanCitations] = plan_citations,
) -> Registry:
    """The register of cited documents; ``of_plan`` reads a plan's citations (``link`` memoizes it)."""
    by_key: dict[Key, list[Mention]] = defaultdict(list)
    pending_short: list[Mention] = []
    aliases: dict[Key, Key] = {}  # a programme's name → the act that approves it
    subject_names: dict[Key, set[str]] = {}  # an act → the programmes named as its subject
    for plan in plans:
        cited = of_plan(plan)
        for named, owner, name in cited.subjects:
            aliases.setdefault(named, owner)
            subject_names.setdefault(owner, set()).add(name)
        for key, mention in cited.mentions:
            (pending_short if _is_short(mention.citation) else by_key[key]).append(mention)
    _resolve_short(pending_short, by_key)
    merges = _merge_variants(by_key, aliases)
    for key, names in subject_names.items():
        merges[key] = sorted(names - set(merges.get(key, []))) + merges.get(key, [])

    curated_by_key = {}
    for entry in curated:
        data = entry.fields
        if data.get("number"):
            for number in (data["number"], *data.get("cited_as", ())):
                curated_by_key[(data["type"], number_key(number))] = entry
        for alias in (data["title"], *data.get("aliases", ())):
            curated_by_key[named_key(data["type"], alias)] = entry
    # Variants the curated file declares to be one document (aliases) are merged first.
    for key in list(by_key):
        entry = curated_by_key.get(key)
        if entry and not entry.fields.get("number"):
            canonical = named_key(entry.fields["type"], entry.fields["title"])
            if key != canonical:
                by_key[canonical].extend(by_key.pop(key))

    directives: dict[str, Directive] = {}
    problems: list[Problem] = []
    for key, mentions in sorted(by_key.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        entry = curated_by_key.get(key)
        first = mentions[0].citation
        dates = Counter(m.citation.date for m in mentions if m.citation.date)
        year = (entry.fields["date"].year if entry and entry.fields.get("date") else None) or (
            min(dates, key=lambda d: (-dates[d], d)).year if dates else None
        )
        name = first.name
        if name and _LOCAL_CONGRESS.search(name):
            name = f"{name} {mentions[0].plan.locality or ''}"
        slug = entry.id if entry else make_slug(first.type, first.number, name, year)
        while slug in directives:
            slug += "-2"
        number = entry.fields["number"] if entry and entry.fields.get("number") else first.number
        directive = Directive(slug, first.type, number, first.name, mentions, dict(entry.fields) if entry else {})
        directive.merged = merges.get(key, [])
        problems += _conflicts(directive)
        for variant in directive.merged:
            where = mentions[0]
            message = f"{directive.label}: gộp “{variant}” vào văn bản này (tên gần giống hoặc là trích yếu của nó)"
            problems.append(Problem(where.plan.path, where.line, message, "warning"))
        directives[slug] = directive

    in_corpus = {(p.type, number_key(p.number)): p for p in plans if p.number}
    for directive in directives.values():
        if directive.number:
            directive.plan = in_corpus.get((directive.type, number_key(directive.number)))

    links: dict[tuple[str, str], list[tuple[int, int, str]]] = defaultdict(list)
    for directive in directives.values():
        for mention in directive.mentions:
            links[(mention.plan.id, mention.anchor)].append(
                (mention.citation.start, mention.citation.end, directive.slug)
            )
    return Registry(directives, dict(links), problems)


_COUNTED = re.compile(r"\b(?:\d+|[ivxlc]+)\b")  # numbers and terms (“XIII”) in a folded name


def _alike(first: str, second: str) -> bool:
    """Two folded names that differ only by a slip (“giai đạon”, “ôcng tác”, “thôngtin”): the same
    numbers and terms, and one word mistyped by one letter (left out, added, changed or swapped
    with its neighbour). Two places are two documents, however alike their names (“tỉnh Kon Tum”
    and “tỉnh Lai Châu”, “Tây Ninh” and “Hà Tĩnh”)."""
    if abs(len(first) - len(second)) > 6 or _COUNTED.findall(first) != _COUNTED.findall(second):
        return False
    if "lien hop quoc" in first + second:  # name_key wrote “Liên hiệp quốc” so: a slip in “hiệp” is still one
        first, second = (n.replace("lien hop quoc", "lien hiep quoc") for n in (first, second))
    words, others = first.split(), second.split()
    if len(words) != len(others):  # words run together or split apart, and nothing else
        return first.replace(" ", "") == second.replace(" ", "")
    differing = [(a, b) for a, b in zip(words, others, strict=True) if a != b]
    return len(differing) <= 1 and all(_one_slip(a, b) for a, b in differing)


def _one_slip(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter left out, added, changed, or swapped with the next."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        return len(diff) == 1 or swapped
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _merge_variants(
    by_key: dict[tuple[str, str], list[Mention]], aliases: dict[tuple[str, str], tuple[str, str]]
) -> dict[tuple[str, str], list[str]]:
    """Merge the variants of one document; returns what was merged into each key, for `check`.

    A named programme that an act approves is that act (``aliases``); names of one type written
    with a slip (``_alike``) are one. Numbers are never merged here: different numbers are
    different documents.
    """
    merged: dict[tuple[str, str], list[str]] = defaultdict(list)

    names: dict[tuple[str, str], set[str]] = {
        key: {name_key(m.citation.name) for m in mentions if m.citation.name} for key, mentions in by_key.items()
    }

    def move(source: tuple[str, str], target: tuple[str, str]) -> None:
        mentions = by_key.pop(source)
        by_key[target].extend(mentions)
        names[target] = names.get(target, set()) | names.pop(source, set())
        merged[target].append(mentions[0].citation.name or mentions[0].citation.raw)
        merged[target].extend(merged.pop(source, []))

    def written(key: tuple[str, str]) -> set[str]:
        return names.get(key, set())

    def named() -> list[tuple[str, str]]:
        return [k for k in by_key if k[1][:1].isalpha() and not k[1].startswith("của ")]

    for key in sorted(named()):
        if key not in by_key:
            continue
        slips = (t for n, t in aliases.items() if n[0] == key[0] and any(_alike(n[1], w) for w in written(key)))
        target = aliases.get(key) or next(slips, None)
        if target and target in by_key and target != key:
            move(key, target)

    # Only names with the same numbers and terms can be alike (``_alike``): each name's are read once,
    # and only a pair of keys of one type that share them is compared name by name.
    @functools.cache
    def signature(name: str) -> tuple[str, ...]:
        return tuple(_COUNTED.findall(name))

    def alike_any(key: Key, other: Key) -> bool:
        return any(signature(a) == signature(b) and _alike(a, b) for a in written(key) for b in written(other))

    keys = sorted(named(), key=lambda k: -len(by_key[k]))
    of_type: dict[str, list[Key]] = defaultdict(list)
    for key in keys:
        of_type[key[0]].append(key)
    for same_type in of_type.values():
        for index, key in enumerate(same_type):
            for other in same_type[index + 1 :]:
                if key in by_key and other in by_key and alike_any(key, other):
                    move(other, key)
    # “Kế hoạch của Ban Thường vụ Tỉnh ủy” said without its subject: the one such plan cited with one.
    for key in [k for k in by_key if k[1].startswith("của ") and k[1].endswith("| ")]:
        fuller = [k for k in by_key if k != key and k[0] == key[0] and k[1].startswith(key[1][:-1])]
        if len(fuller) == 1:
            move(key, fuller[0])
    return merged


def _resolve_short(pending: list[Mention], by_key: dict[tuple[str, str], list[Mention]]) -> None:
    """``Chỉ thị 12`` → the full ``12-CT/TW`` cited in the same plan, else the only one in the corpus."""
    for mention in pending:
        citation = mention.citation
        candidates = [
            key
            for key, mentions in by_key.items()
            if key[0] == citation.type and re.match(rf"{citation.number}(?!\d)", key[1])
        ]
        same_plan = [k for k in candidates if any(m.plan.id == mention.plan.id for m in by_key[k])]
        chosen = same_plan if len(same_plan) == 1 else candidates if len(candidates) == 1 else []
        by_key[chosen[0] if chosen else _key(citation)].append(mention)


def _where(mention: Mention) -> str:
    return f"{mention.plan.path}:{mention.line} (#{mention.anchor})"


def _conflicts(directive: Directive) -> list[Problem]:
    """Sources that disagree on the date, or a number whose code does not fit the type."""
    problems = []
    first = directive.mentions[0]
    dated: dict[date, Mention] = {}
    for mention in directive.mentions:
        if mention.citation.date:
            dated.setdefault(mention.citation.date, mention)
    if len(dated) > 1:
        cited = "; ".join(f"“{m.citation.raw}” ({_where(m)})" for m in dated.values())
        message = f"{directive.label}: các nguồn ghi ngày ban hành khác nhau: {cited}"
        directive.conflicts.append(message)
        problems.append(Problem(first.plan.path, first.line, message, "warning"))
    for mention in directive.mentions:  # “ngày 27/9/20119”: a date the source mistyped, read as none
        if slip := re.search(SLIPPED_DATE, mention.citation.raw):
            message = (
                f"{directive.label}: nguồn ghi ngày ban hành sai (“{slip.group()}”), không đọc được ngày: "
                f"“{mention.citation.raw}” ({_where(mention)})"
            )
            directive.conflicts.append(message)
            problems.append(Problem(mention.plan.path, mention.line, message, "warning"))
    code = TYPE_CODES.get(directive.type)
    for number in sorted({m.citation.number for m in directive.mentions if m.citation.number}):
        segments = re.split(r"[-/]", number)[1:]
        others = [s for s in segments if s in TYPE_CODES.values() and s != code]
        if code and others and code not in segments:
            mention = next(m for m in directive.mentions if m.citation.number == number)
            canonical = f" (văn bản này là {directive.label})" if number != directive.number else ""
            message = (
                f"{directive.type} số {number}: số hiệu mang mã “{others[0]}” không khớp loại “{directive.type}” "
                f"(mã {code}){canonical}: “{mention.citation.raw}” ({_where(mention)})"
            )
            directive.conflicts.append(message)
            problems.append(Problem(mention.plan.path, mention.line, message, "warning"))
    return problems
