"""What the size benchmarks share: a throw-away project around a generated corpus, and their command line."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def generated_project(size: int, work: Path) -> Path:
    """Copy the site configuration into ``work/kb-<size>`` and generate a ``size``-plan corpus there."""
    root = work / f"kb-{size}"
    for part in ("docs", "overrides", "mkdocs.yml"):
        source = ROOT / part
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, root / part)
    generator = [sys.executable, str(ROOT / "bench" / "generate_corpus.py"), "--plans", str(size)]
    subprocess.run([*generator, "--out", str(root / "corpus")], check=True, capture_output=True)
    return root


def benchmark_main(
    description: str,
    measure: Callable[..., dict],
    table: Callable[[list[dict]], str],
    *,
    sizes: str,
    heading: str,
) -> None:
    """Measure each ``--sizes`` corpus in a temporary folder, print the table, and write it as a page with ``--out``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--sizes", default=sizes)
    parser.add_argument("--out", type=Path)
    parser.add_argument(
        "--build-only", action="store_true", help="measure the build and its pages only (no plain MkDocs, edits)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kb-bench-") as work:
        options = {"build_only": True} if args.build_only else {}  # only the scale benchmark has that mode
        rows = [measure(int(n), Path(work), **options) for n in args.sizes.split(",")]
    result = table(rows)
    print(result)
    if args.out:
        args.out.write_text(f"# {heading}\n\n{result}\n", encoding="utf-8")
