"""The renderer can be replaced: ProperDocs (the maintained MkDocs 1.6 fork) renders our emitted docs
to the same pages, so the project can switch with one line if MkDocs 2.0 drops what we use."""

from __future__ import annotations

import subprocess
import sys

from .sitecheck import parse


def test_properdocs_renders_the_same_site(built_site, tmp_path):
    project = built_site.parent
    other = tmp_path / "properdocs-site"
    result = subprocess.run(
        [sys.executable, "-m", "properdocs", "build", "-q", "-f", str(project / "mkdocs.yml"), "-d", str(other)],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr

    def files(site):
        return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and p.suffix != ".gz"}

    assert files(other) == files(built_site) - {".kb-build-site"}
    pages = sorted(p for p in built_site.rglob("*.html"))
    assert len(pages) > 50
    for page in pages:  # every page's content, element for element
        relative = page.relative_to(built_site)
        assert str(parse(page).select_one("article")) == str(parse(other / relative).select_one("article")), relative
