"""Metadata accuracy of `kb-build import` on the labelled test set, per field.

    .venv/bin/python bench/import_accuracy.py [tests/import_cases]

Prints ``field: correct/total`` for every labelled field, then each mismatch.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from kb_build.importer import ImportError_, import_document

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CASES = ROOT / "tests" / "import_cases"
FIELDS = (
    "encoding", "type", "number", "title", "year", "issued", "issuer", "system", "level", "locality",
    "implements", "signer", "recipients", "footnotes", "promulgated_by",
)  # fmt: skip


@dataclass(frozen=True)
class Mismatch:
    file: str
    field: str
    expected: object
    got: object


def observed(path: Path) -> dict:
    """What the importer found for ``path``, in the labels' terms."""
    imported = import_document(path)
    plan = imported.plan
    return {
        "encoding": imported.report.encoding,
        "type": plan.type,
        "number": plan.number,
        "title": plan.title,
        "year": plan.year,
        "issued": plan.issued.isoformat() if plan.issued else None,
        "issuer": plan.issuer,
        "system": plan.system,
        "level": plan.level,
        "locality": plan.locality,
        "implements": list(plan.implements),
        "signer": plan.signer,
        "recipients": len(plan.recipients),
        "footnotes": len(plan.footnotes),
        "promulgated_by": plan.promulgated_by,
    }


def evaluate(cases_dir: Path = DEFAULT_CASES) -> tuple[dict[str, list[int]], list[Mismatch]]:
    """Per field [correct, total], and every mismatch."""
    cases = yaml.safe_load((cases_dir / "expected.yaml").read_text(encoding="utf-8"))
    scores = {field: [0, 0] for field in FIELDS}
    mismatches: list[Mismatch] = []
    for case in cases:
        expected = case["expect"]
        try:
            got = observed(cases_dir / "inputs" / case["file"])
        except ImportError_ as exc:
            got = {field: f"LỖI: {exc}" for field in FIELDS}
        for field in FIELDS:
            if field not in expected:
                continue
            want = expected[field]
            want = want.isoformat() if hasattr(want, "isoformat") else want
            scores[field][1] += 1
            if got[field] == want:
                scores[field][0] += 1
            else:
                mismatches.append(Mismatch(case["file"], field, want, got[field]))
    return scores, mismatches


def main() -> None:
    cases_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CASES
    scores, mismatches = evaluate(cases_dir)
    width = max(map(len, scores))
    for field, (correct, total) in scores.items():
        print(f"{field:<{width}}: {correct}/{total}")
    correct, total = (sum(s[i] for s in scores.values()) for i in (0, 1))
    print(f"{'all fields':<{width}}: {correct}/{total} ({correct / total:.1%})")
    for m in mismatches:
        print(f"  {m.file} {m.field}: expected {m.expected!r}, got {m.got!r}")


if __name__ == "__main__":
    main()
