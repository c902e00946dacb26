"""One site rendered by several processes at once, each converting and writing its share of the pages.

MkDocs renders one page after another in one process, and the render is four fifths of a full
build: on two cores half the machine waited. Here each process runs MkDocs' own build (in its
``dirty`` mode) on the same configuration, and a plugin tells it which pages are its own; it
neither reads nor writes the others. Every process reads the pages of the navigation (their
titles are in every page's menu); only the first one writes them, the theme's own pages (404,
sitemap) and the static files. Each process also holds only its share of the HTML, which MkDocs
keeps until its build ends: at ten thousand plans, gigabytes.

The pages come out byte for byte as one process makes them (tested), with one exception that
this module makes up for: MkDocs checks that a link's anchor exists only when the page it points
to was rendered in the same process. Each process sends back the anchors of its pages and the
links it could not check, and ``build_in_shares`` checks those against the others', with MkDocs'
message and at the level the configuration sets.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import jinja2
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, MkDocsException
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from kb_build.parallel import Background

# Below this many pages to render, a second process costs more than it saves (a fork, and MkDocs
# reading the configuration, the files and the navigation pages once more).
SPLIT_FROM = 64


@dataclass(frozen=True)
class Share:
    pages: frozenset[str]  # the pages outside the navigation that this process renders (``src_uri``)
    first: bool  # also writes the navigation's pages, the theme's pages and the static files


@dataclass
class ShareResult:
    error: str | None = None  # what stopped this process's build (MkDocs' strict mode, a disk error …)
    messages: list[str] = field(default_factory=list)  # warnings logged in another process
    anchors: dict[str, set[str]] = field(default_factory=dict)  # page → the anchors it has
    unchecked: list[tuple[str, str, str, str]] = field(default_factory=list)  # (page, target, anchor, link)


def split(pages: list[File], count: int) -> list[Share]:
    """``pages`` in ``count`` shares of about the same bytes of Markdown: the largest page first,
    each to the share that has the fewest bytes so far (the shares finish together)."""
    sizes = sorted(((os.path.getsize(f.abs_src_path), f.src_uri) for f in pages), reverse=True)
    loads, shares = [0] * count, [set() for _ in range(count)]
    for size, page in sizes:
        lightest = loads.index(min(loads))
        shares[lightest].add(page)
        loads[lightest] += size
    return [Share(frozenset(share), number == 0) for number, share in enumerate(shares)]


def _leave(file: File) -> None:
    """MkDocs' dirty build reads and writes only the files it believes modified."""
    file.is_modified = lambda: False  # type: ignore[method-assign]


class _OwnShare(BasePlugin):
    """Restricts one process's build to its ``Share`` (a plugin of this build only)."""

    def __init__(self, share: Share) -> None:
        super().__init__()
        self.share = share
        self.files: Files | None = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if not self.share.first:
            config.theme.static_templates.clear()  # this process's copy of the theme: 404.html, sitemap.xml
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        for file in files:
            if file.is_documentation_page():
                if not file.inclusion.is_in_nav() and file.src_uri not in self.share.pages:
                    _leave(file)
            elif not self.share.first:
                _leave(file)
        return files

    def on_env(self, env: jinja2.Environment, /, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        """Called once every page to render has been read: the navigation's pages have their titles
        now, and only the first process writes them."""
        self.files = files
        if not self.share.first:
            for file in files.documentation_pages():
                if file.inclusion.is_in_nav():
                    _leave(file)
        return env


def _build_share(config: MkDocsConfig, share: Share, messages: list[str]) -> ShareResult:
    """MkDocs' build of one share; ``messages`` is where this process's warnings are being collected."""
    plugin = _OwnShare(share)
    config.plugins["kb-build-share"] = plugin
    already = len(messages)
    result = ShareResult()
    try:
        mkdocs_build(config, dirty=True)
    except (MkDocsException, SystemExit, OSError) as exc:
        result.error = str(exc) or type(exc).__name__
    result.messages = messages[already:]
    for file in plugin.files.documentation_pages() if plugin.files else ():
        page = file.page
        if page is None or page.present_anchor_ids is None:  # not rendered here
            continue
        result.anchors[file.src_uri] = page.present_anchor_ids
        for target, links in (page.links_to_anchors or {}).items():
            if target.page is None or target.page.present_anchor_ids is None:
                result.unchecked += [(file.src_uri, target.src_uri, a, link) for a, link in links.items()]
    return result


def _check_anchors(results: list[ShareResult], level: int) -> None:
    """The links from a page of one share to an anchor of a page of another, as MkDocs checks them."""
    anchors: dict[str, set[str]] = {}
    for result in results:
        anchors.update(result.anchors)
    log = logging.getLogger("mkdocs.structure.pages")
    for result in results:
        for page, target, anchor, link in result.unchecked:
            if target in anchors and anchor not in anchors[target]:
                problem = f"the doc '{target}' does not contain an anchor '#{anchor}'"
                log.log(level, f"Doc file '{page}' contains a link '{link}', but {problem}.")


def documentation_pages_to_render(files: Files, *, dirty: bool) -> list[File]:
    """The pages outside the navigation that a (``dirty``) build of ``files`` would render."""
    pages = files.documentation_pages()
    return [f for f in pages if not f.inclusion.is_in_nav() and (not dirty or f.is_modified())]


def build_in_shares(config: MkDocsConfig, files: Files, messages: list[str], *, dirty: bool, processes: int) -> None:
    """MkDocs' build of ``config`` (whose ``files`` the caller has listed) by ``processes`` processes
    (one when there is little to render); ``messages`` collects the warnings of this process, and gets
    the others'. Raises ``Abort`` like MkDocs when a process's build failed or, in strict mode, a link
    across shares has no anchor."""
    pages = documentation_pages_to_render(files, dirty=dirty) if processes > 1 else []
    if len(pages) < SPLIT_FROM:
        mkdocs_build(config, dirty=dirty)
        return
    first, *others = split(pages, processes)
    results: list[ShareResult] = []
    workers = [Background(_build_share, config, share, messages) for share in others]
    try:
        results.append(_build_share(config, first, messages))
    finally:  # the other processes write into the same folder: never leave them running
        results += [worker.result() for worker in workers]
    for result in results[1:]:
        messages += result.messages
    errors = [result.error for result in results if result.error]
    if errors:
        raise Abort("\n".join(errors))
    already = len(messages)
    level = config.validation.links.anchors
    _check_anchors(results, level)
    if config.strict and level >= logging.WARNING and len(messages) > already:
        raise Abort(f"Aborted with {len(messages) - already} warnings in strict mode!")
