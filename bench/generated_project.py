"""A throw-away kb_build project around a generated corpus, shared by the benchmark scripts."""

from __future__ import annotations

import shutil
import subprocess
import sys
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
