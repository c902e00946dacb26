"""The register of cited documents against the hand-labelled register of the seeds.

    .venv/bin/python bench/register_accuracy.py [tests/register/seeds.yaml]

Each labelled mention (plan, locator, text) is looked up among the register's mentions at the
same plan and locator whose text overlaps it. From that:

* entry recall: labelled documents the register has (at least one mention found);
* duplicates: labelled documents split over several register entries;
* entry precision: register entries that are one labelled document (not a false citation, not
  two documents merged);
* field accuracy of the matched entries (type, number, date, issuer, subject, status), exact;
* mention recall: labelled mentions the register has, in the right entry.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_LABELS = ROOT / "tests" / "register" / "seeds.yaml"
FIELDS = ("type", "number", "date", "issuer", "subject", "status")


def _squash(text: str | None) -> str:
    return " ".join((text or "").split()).strip(' ,;.“”"')


def _same_start(raw: str, text: str) -> bool:
    """The register's citation and the labelled one start alike (a nested citation does not)."""
    size = min(len(raw), len(text), 60)
    return size > 0 and raw[:size] == text[:size]


@dataclass
class Result:
    entries: int = 0
    found: int = 0
    duplicated: list[str] = field(default_factory=list)
    register: int = 0
    true_entries: int = 0
    false_entries: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    fields: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in FIELDS})
    field_errors: list[str] = field(default_factory=list)
    mentions: int = 0
    mentions_found: int = 0
    missed: list[str] = field(default_factory=list)


def _value(directive, name: str):
    if name == "date":
        return directive.date.isoformat() if directive.date else None
    if name == "status":
        return getattr(directive, "status", None)
    return getattr(directive, name)


def _same_value(directive, name: str, want) -> bool:
    """The labels give numbers as the sources write them; the entry may carry a curated correction."""
    if name == "number" and want is not None:
        return want in (directive.number, *getattr(directive, "source_numbers", ()))
    got = _value(directive, name)
    return _squash(str(got)) == _squash(str(want)) if name == "subject" else got == want


def evaluate(labels_path: Path = DEFAULT_LABELS, corpus_root: Path = ROOT / "corpus") -> Result:
    from kb_build.link import link
    from kb_build.validate import validate_corpus

    kb = link(validate_corpus(corpus_root).corpus)
    labels = yaml.safe_load(labels_path.read_text(encoding="utf-8"))
    at_place: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)  # (plan, locator) → (slug, raw)
    for slug, directive in kb.registry.directives.items():
        for mention in directive.mentions:
            locator = mention.plan.locator_of(mention.anchor)
            at_place[(mention.plan.id, locator)].append((slug, _squash(mention.citation.raw)))
    result = Result(entries=len(labels), register=len(kb.registry.directives))
    entry_of_slug: dict[str, set[str]] = defaultdict(set)
    for label in labels:
        slugs: set[str] = set()
        for mention in label["mentions"]:
            result.mentions += 1
            text = _squash(mention["text"])
            hits = [s for s, raw in at_place.get((mention["plan"], mention["at"]), []) if _same_start(raw, text)]
            if hits:
                result.mentions_found += 1
                slugs.update(hits)
            else:
                result.missed.append(f"{label['key']}: {mention['plan']} {mention['at']}: “{mention['text'][:70]}”")
        for slug in slugs:
            entry_of_slug[slug].add(label["key"])
        if slugs:
            result.found += 1
        if len(slugs) > 1:
            result.duplicated.append(f"{label['key']}: {sorted(slugs)}")
        if len(slugs) == 1:
            directive = kb.registry.directives[next(iter(slugs))]
            for name in FIELDS:
                want = label.get(name)
                want = want.isoformat() if hasattr(want, "isoformat") else want
                got = _value(directive, name)
                same = _same_value(directive, name, want)
                result.fields[name][1] += 1
                if same:
                    result.fields[name][0] += 1
                else:
                    result.field_errors.append(f"{label['key']} {name}: expected {want!r}, got {got!r}")
    for slug in kb.registry.directives:
        keys = entry_of_slug.get(slug, set())
        if len(keys) == 1:
            result.true_entries += 1
        elif keys:
            result.merged.append(f"{slug}: {sorted(keys)}")
        else:
            result.false_entries.append(f"{slug}: {kb.registry.directives[slug].label}")
    return result


def main() -> None:
    labels = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_LABELS
    r = evaluate(labels)
    print(f"labelled documents      : {r.entries}")
    print(f"register entries        : {r.register}")
    print(f"entry recall            : {r.found}/{r.entries} ({r.found / r.entries:.3f})")
    print(f"entry precision         : {r.true_entries}/{r.register} ({r.true_entries / max(r.register, 1):.3f})")
    print(f"documents split (dupes) : {len(r.duplicated)}")
    print(f"entries merging several : {len(r.merged)}")
    print(f"mention recall          : {r.mentions_found}/{r.mentions} ({r.mentions_found / r.mentions:.3f})")
    for name, (right, total) in r.fields.items():
        print(f"field {name:<18}: {right}/{total}")
    for title, rows in (
        ("split", r.duplicated),
        ("merged", r.merged),
        ("not a labelled document", r.false_entries),
        ("mention missed", r.missed),
        ("field", r.field_errors),
    ):
        for row in rows:
            print(f"  {title}: {row}")


if __name__ == "__main__":
    main()
