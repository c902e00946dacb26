"""Metadata accuracy of `kb-build import` on a labelled test set, per field, and its refusals.

    .venv/bin/python bench/import_accuracy.py [CASES_DIR] [--part dev|holdout] [--baseline DIR]

CASES_DIR holds ``expected.yaml`` and ``inputs/`` (default: tests/import_cases). A set whose
cases carry ``part: dev``/``part: holdout`` (tests/import_cases_real) is scored part by part.
Prints ``field: correct/total`` for every labelled field, the refusals, then each mismatch.
Titles are compared without regard to letter case and spacing (an all-capitals title line is
the same title); every other field must be equal. ``--baseline DIR`` imports with the
``kb_build`` package found in DIR instead (another checkout, to compare with an older importer).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CASES = ROOT / "tests" / "import_cases"
FIELDS = (
    "encoding", "type", "number", "title", "year", "period", "issued", "issuer", "system", "level", "locality",
    "implements", "signer", "recipients", "footnotes", "promulgated_by",
)  # fmt: skip


@dataclass(frozen=True)
class Mismatch:
    file: str
    field: str
    expected: object
    got: object


@dataclass
class Score:
    fields: dict[str, list[int]]
    mismatches: list[Mismatch]
    refused: list[tuple[str, str]]
    cases: int

    @property
    def total(self) -> tuple[int, int]:
        return sum(s[0] for s in self.fields.values()), sum(s[1] for s in self.fields.values())


def observed(path: Path, import_document=None) -> dict:
    """What the importer found for ``path``, in the labels' terms."""
    if import_document is None:
        from kb_build.importer import import_document
    imported = import_document(path)
    plan = imported.plan
    period = getattr(plan, "period", None)
    return {
        "encoding": imported.report.encoding,
        "type": plan.type,
        "number": plan.number,
        "title": plan.title,
        "year": plan.year,
        "period": f"{period[0]}-{period[1]}" if period else None,
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


def _same(field: str, want: object, got: object) -> bool:
    if field == "title" and isinstance(want, str) and isinstance(got, str):
        return " ".join(want.casefold().split()) == " ".join(got.casefold().split())
    return got == want


def evaluate(cases_dir: Path = DEFAULT_CASES, part: str | None = None, package: Path | None = None) -> Score:
    """Score the cases of ``cases_dir`` (only those of ``part`` when given)."""
    if package is not None:
        sys.path.insert(0, str(package))
        for name in [m for m in sys.modules if m == "kb_build" or m.startswith("kb_build.")]:
            del sys.modules[name]
    from kb_build.importer import ImportError_, import_document

    cases = yaml.safe_load((cases_dir / "expected.yaml").read_text(encoding="utf-8"))
    cases = [c for c in cases if part is None or c.get("part") == part]
    score = Score({field: [0, 0] for field in FIELDS}, [], [], len(cases))
    for case in cases:
        expected = case["expect"]
        try:
            got = observed(cases_dir / "inputs" / case["file"], import_document)
        except ImportError_ as exc:
            score.refused.append((case["file"], str(exc)))
            got = {field: f"LỖI: {exc}" for field in FIELDS}
        for field in FIELDS:
            if field not in expected:
                continue
            want = expected[field]
            want = want.isoformat() if hasattr(want, "isoformat") else want
            score.fields[field][1] += 1
            if _same(field, want, got[field]):
                score.fields[field][0] += 1
            else:
                score.mismatches.append(Mismatch(case["file"], field, want, got[field]))
    score.fields = {f: s for f, s in score.fields.items() if s[1]}
    return score


def report(score: Score, heading: str) -> None:
    print(f"## {heading}: {score.cases} văn bản")
    width = max(map(len, score.fields), default=10)
    for field, (correct, total) in score.fields.items():
        print(f"{field:<{width}}: {correct}/{total}")
    correct, total = score.total
    print(f"{'all fields':<{width}}: {correct}/{total} ({correct / max(total, 1):.1%})")
    print(f"{'refusals':<{width}}: {len(score.refused)}/{score.cases}")
    for file, reason in score.refused:
        print(f"  refused {file}: {reason}")
    for m in score.mismatches:
        print(f"  {m.file} {m.field}: expected {m.expected!r}, got {m.got!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cases", nargs="?", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--part", choices=("dev", "holdout"))
    parser.add_argument("--baseline", type=Path, help="a checkout whose kb_build package does the import")
    args = parser.parse_args()
    cases = yaml.safe_load((args.cases / "expected.yaml").read_text(encoding="utf-8"))
    parts = [args.part] if args.part else sorted({c["part"] for c in cases if "part" in c}) or [None]
    for part in parts:
        report(evaluate(args.cases, part, args.baseline), f"{args.cases.name}" + (f" ({part})" if part else ""))


if __name__ == "__main__":
    main()
