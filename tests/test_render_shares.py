"""Two processes render the site one process renders, and still refuse a link to a missing anchor."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import get_files

from kb_build.render import RenderError, render
from kb_build.render.shares import SPLIT_FROM, documentation_pages_to_render, split

from .conftest import kb_build
from .test_incremental import digest


def test_two_processes_build_the_site_one_process_builds(project):
    one = kb_build("build", "--root", str(project), "--processes", "1", "--site-dir", str(project / "site-1"))
    assert one.returncode == 0, one.stderr
    two = kb_build("build", "--root", str(project), "--processes", "2", "--site-dir", str(project / "site-2"))
    assert two.returncode == 0, two.stderr
    config = load_config(str(project / "mkdocs.yml"))
    assert len(documentation_pages_to_render(get_files(config), dirty=False)) >= SPLIT_FROM  # the seeds are split
    assert len(digest(project / "site-2")) > 300
    assert digest(project / "site-1") == digest(project / "site-2")


def _other_share_pages(project: Path) -> tuple[str, str]:
    """A plan page rendered by the first process and one rendered by the second."""
    config = load_config(str(project / "mkdocs.yml"))
    first, second = split(documentation_pages_to_render(get_files(config), dirty=False), 2)
    mine = sorted(page for page in first.pages if page[:4].isdigit() and page.count("/") == 1)
    theirs = sorted(page for page in second.pages if page[:4].isdigit() and page.count("/") == 1)
    assert mine and theirs
    return mine[0], theirs[0]


@pytest.mark.parametrize("direction", ["first to second", "second to first"])
def test_a_link_to_a_missing_anchor_in_the_other_share_fails_the_build(project, direction):
    assert kb_build("build", "--root", str(project)).returncode == 0
    source, target = _other_share_pages(project)
    if direction == "second to first":
        source, target = target, source
    docs = project / "build" / "docs"
    depth = "../" * source.count("/")
    with (docs / source).open("a", encoding="utf-8") as page:
        page.write(f"\n[đoạn không có]({depth}{target}#doan-khong-co)\n")
    with pytest.raises(RenderError) as failed:
        render(project / "mkdocs.yml", project / "site-broken", build_date=date(2026, 1, 1), processes=2)
    assert f"Doc file '{source}' contains a link '{depth}{target}#doan-khong-co'" in str(failed.value)
    assert f"the doc '{target}' does not contain an anchor '#doan-khong-co'" in str(failed.value)
    assert not (project / "site-broken").exists()
