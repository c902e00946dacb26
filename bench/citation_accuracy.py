"""Precision and recall of `kb-build citations` on the labelled sentences.

    .venv/bin/python bench/citation_accuracy.py [tests/citations/labelled.jsonl]

A found citation is correct when it overlaps a labelled one and agrees on type, number
and date (or, for documents cited by name, on the name). Issuer and subject are scored
separately, as the share of correct citations whose issuer/subject is exactly right. Drafts
(``status == "draft"``) are not counted as found: the labelling rules leave them out.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kb_build.link.citations import Citation, find_citations, normalize_number
from kb_build.link.directives import name_key, number_key

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "tests" / "citations" / "labelled.jsonl"


@dataclass
class Score:
    found: int = 0
    labelled: int = 0
    correct: int = 0
    details: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.labelled if self.labelled else 1.0


def _same(found: Citation, gold: dict) -> bool:
    if found.type != gold["type"]:
        return False
    if gold.get("number"):
        same_number = found.number is not None and number_key(found.number) == number_key(
            normalize_number(gold["number"])
        )
        return same_number and (found.date.isoformat() if found.date else None) == gold.get("date")
    return found.number is None and name_key(found.name or "") == name_key(gold.get("name") or "")


def _spans(sentence: str, citations: list[dict]) -> list[tuple[int, int, dict]]:
    spans, cursor = [], 0
    for gold in citations:
        start = sentence.index(gold["text"], cursor)
        spans.append((start, start + len(gold["text"]), gold))
        cursor = start + 1
    return spans


def evaluate(path: Path = DEFAULT) -> tuple[Score, dict[str, Score], Counter]:
    """Scores overall and by sentence kind; ``by_kind`` also has “by number” and “by name” (citations)."""
    overall, by_kind, fields = Score(), {}, Counter()
    numbered, named = by_kind.setdefault("(by number)", Score()), by_kind.setdefault("(by name)", Score())
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        kind = by_kind.setdefault(item["kind"], Score())
        gold = _spans(item["text"], item["citations"])
        # A draft (“dự thảo Luật …”) is recognised and marked, so that the register can say so, but it
        # is not yet a document anyone can cite: the labels leave drafts out.
        found = [c for c in find_citations(item["text"]) if c.status != "draft"]
        matched: set[int] = set()
        for score in (overall, kind):
            score.found += len(found)
            score.labelled += len(gold)
        for side, has_number in ((numbered, True), (named, False)):
            side.found += sum(bool(c.number) == has_number for c in found)
            side.labelled += sum(bool(g.get("number")) == has_number for _, _, g in gold)
        for citation in found:
            hit = next(
                (
                    i
                    for i, (s, e, g) in enumerate(gold)
                    if i not in matched and s < citation.end and citation.start < e and _same(citation, g)
                ),
                None,
            )
            if hit is None:
                found_as = f"({citation.type}, {citation.number}, {citation.date})"
                overall.details.append(f"{item['id']}: wrong or extra: {citation.raw!r} {found_as}")
                continue
            matched.add(hit)
            overall.correct += 1
            kind.correct += 1
            (numbered if citation.number else named).correct += 1
            g = gold[hit][2]
            fields["issuer"] += citation.issuer == g.get("issuer")
            fields["subject"] += citation.subject == g.get("subject")
            fields["matched"] += 1
        for i, (_, _, g) in enumerate(gold):
            if i not in matched:
                overall.details.append(f"{item['id']}: missed: {g['text']!r}")
    return overall, by_kind, fields


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    overall, by_kind, fields = evaluate(path)
    print(f"{'kind':<10} {'found':>6} {'labelled':>9} {'correct':>8} {'precision':>10} {'recall':>7}")
    for name, s in sorted(by_kind.items()):
        print(f"{name:<10} {s.found:>6} {s.labelled:>9} {s.correct:>8} {s.precision:>10.3f} {s.recall:>7.3f}")
    s = overall
    print(f"{'all':<10} {s.found:>6} {s.labelled:>9} {s.correct:>8} {s.precision:>10.3f} {s.recall:>7.3f}")
    if fields["matched"]:
        matched = fields["matched"]
        print(f"issuer exact: {fields['issuer']}/{matched}, subject exact: {fields['subject']}/{matched}")
    for detail in overall.details:
        print("  " + detail)


if __name__ == "__main__":
    main()
