"""The emitter's HTML blocks (plans' passages, listings) reach the reader as Python-Markdown alone would
render them, their anchors still checked."""

from __future__ import annotations

import re
import subprocess
import sys

from kb_build.emit.html_blocks import OPEN
from kb_build.render import compact_html

from .conftest import kb_build


def _article(page: str) -> str:
    """A page's content, its white space between tags left out (our build compacts it)."""
    content = page[page.index("<article") : page.index("</article>")]
    return re.sub(r">\s+<", "><", compact_html(content))


def _chrome(page: str) -> str:
    """What the theme writes around a page's content (header, navigation, table of contents, footer), scripts
    and styles left out."""
    chrome = page[: page.index("<article")] + page[page.index("</article>") :]
    return re.sub(r"<(script|style)\b.*?</\1>", " ", chrome, flags=re.DOTALL)


def _chrome_words(page: str) -> list[str]:
    return re.sub(r"<[^>]*>", " ", _chrome(page)).split()


def test_listing_pages_are_those_python_markdown_makes_of_the_same_markdown(project):
    built = kb_build("build", "--root", str(project))
    assert built.returncode == 0, built.stderr
    docs = project / "build" / "docs"
    marked = sorted(path for path in docs.rglob("*.md") if OPEN in path.read_text(encoding="utf-8"))
    kinds = {path.relative_to(docs).parts[0] for path in marked}
    assert {"chu-de", "dan-chieu", "2023", "2024"} <= kinds, kinds  # topics, cited documents, plans
    assert len(marked) > 50
    # MkDocs alone, without our plugins: Python-Markdown reads every block of HTML itself
    plain = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "-q",
            "-f",
            str(project / "mkdocs.yml"),
            "-d",
            str(project / "plain"),
        ],
        capture_output=True,
        text=True,
        cwd=project,
    )
    assert plain.returncode == 0, plain.stderr
    quoted = 0
    for path in marked:
        page = path.relative_to(docs).with_suffix(".html")
        ours = (project / "site" / page).read_text(encoding="utf-8")
        theirs = (project / "plain" / page).read_text(encoding="utf-8")
        assert "kb-html" not in ours and "kbhtml" not in ours, page
        assert _article(ours) == _article(theirs), page
        # the theme's text around the content is compacted (its indentation), never changed
        assert _chrome_words(ours) == _chrome_words(theirs), page
        assert not re.search(r">\s{2,}[^\s<]|[^\s>]\s{2,}<", _chrome(ours)), page
        assert len(ours.encode()) < len(theirs.encode())
        quoted += 'class="kb-q"' in ours
    assert quoted > 50
