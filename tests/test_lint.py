"""The code stays ruff-clean (lint and format), checked like any other behaviour."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT


def test_ruff_lint_and_format():
    for command in (["check", "."], ["format", "--check", "."]):
        result = subprocess.run([sys.executable, "-m", "ruff", *command], cwd=ROOT, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
