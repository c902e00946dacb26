"""The emitter's HTML blocks, kept out of Python-Markdown's way and put back into the page it made.

Pages that list passages are mostly HTML the emitter wrote (``emit.html_blocks``). Python-Markdown
would pass it through, but only after parsing every tag of it, and a topic's year page holds
thousands. This plugin takes each marked run out of a page's Markdown (MkDocs' ``on_page_markdown``
event) and leaves a token paragraph in its place; once Python-Markdown has made the HTML
(``on_page_content``), each token paragraph becomes its run again: the page is the one Python-Markdown
would have made of the run, without the cost.

A token holds a digest of the page's Markdown, so a plan's text, written into that very page, cannot
spell one; a token that does not come back as its own paragraph fails the build instead of dropping
a run silently. MkDocs finds the anchors a page's raw HTML defines in its Markdown: those of the runs
are given to it here, so that links to them are still checked.
"""

from __future__ import annotations

import hashlib
import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from kb_build.emit.html_blocks import CLOSE, OPEN

# An element's id in the emitter's HTML: inside a tag (a “<” of the source's text is escaped, so its text
# never opens one).
_ID = re.compile(r"<[a-z][a-z0-9]*\s[^<>]*?\bid=\"([^\"]*)\"")
_RUN = re.compile(rf"^{re.escape(OPEN)}\n\n(.*?)\n\n{re.escape(CLOSE)}$", re.DOTALL | re.MULTILINE)


class PassThroughHtml(BasePlugin):
    """Takes the marked HTML runs out of each page's Markdown and puts them back into its HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.held: dict[str, tuple[str, list[str]]] = {}  # page → its token's stem, its runs

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        runs: list[str] = []
        stem = "kbhtml" + hashlib.blake2b(markdown.encode("utf-8"), digest_size=10).hexdigest()

        def hold(match: re.Match) -> str:
            runs.append(match.group(1))
            return f"{stem}x{len(runs) - 1}"

        markdown = _RUN.sub(hold, markdown)
        if runs:
            self.held[page.file.src_uri] = (stem, runs)
        return markdown

    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        held = self.held.pop(page.file.src_uri, None)
        if held is None:
            return html
        stem, runs = held
        put_back: set[int] = set()

        def restore(match: re.Match) -> str:
            put_back.add(int(match.group(1)))
            return runs[int(match.group(1))]

        html = re.sub(rf"<p>{stem}x(\d+)</p>", restore, html)
        if len(put_back) != len(runs):
            raise PluginError(f"{page.file.src_uri}: {len(runs) - len(put_back)} khối HTML không đặt lại được")
        # MkDocs reads the anchors of a page's raw HTML from its Markdown, which no longer holds the runs
        if page.present_anchor_ids is not None:
            page.present_anchor_ids.update(_ID.findall("".join(runs)))
        return html
