"""Shared fixtures: a throw-away copy of the project, and one real build of it per session."""

from __future__ import annotations

import functools
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ("corpus", "docs", "overrides", "mkdocs.yml")


def copy_project(target: Path) -> Path:
    """Copy what a build reads (corpus, docs, theme overrides, config) into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part)
        else:
            shutil.copy2(source, target / part)
    return target


@functools.cache
def bench_script(name: str):
    """``bench/<name>.py`` loaded as a module (the benchmarks are scripts, not part of the package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def kb_build(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the ``kb-build`` CLI as a user would, in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "kb_build", *args],
        cwd=cwd or ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed corpus built once by ``kb-build build`` into a temporary project."""
    root = copy_project(tmp_path_factory.mktemp("built") / "project")
    result = kb_build("build", "--root", str(root))
    assert result.returncode == 0, result.stderr
    return root / "site"


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium (never a downloaded build), shared by all browser tests."""
    from playwright.sync_api import sync_playwright

    from .browser import CHROMIUM_ARGS, chromium_path

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def corpus():
    from kb_build.validate import validate_corpus

    result = validate_corpus(ROOT / "corpus")
    assert result.ok, "\n".join(map(str, result.problems))
    return result.corpus


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """In CI a skipped test is a defect: fail the run instead of passing quietly."""
    skipped = terminalreporter.stats.get("skipped", [])
    if os.environ.get("CI") and skipped:
        terminalreporter.write_line(f"CI: {len(skipped)} test(s) skipped; every test must run in CI.", red=True)
        terminalreporter._session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="module", params=["file", "http"])
def site_base(request, built_site):
    """The built site's address, opened from the file system and served over http (each test runs both)."""
    from .browser import serve_directory

    if request.param == "file":
        yield built_site.as_uri() + "/"
    else:
        with serve_directory(built_site) as base:
            yield base
