"""Stage 5, render: MkDocs + Material turn the emitted Markdown into HTML.

This package is the only part of kb_build that knows MkDocs. It builds into a temporary directory beside
``site/`` and swaps it in only when the whole build succeeded, so a failed build leaves
the previous site untouched.

Incremental rendering: given a ``state_file``, a build whose theme, configuration, set of
pages and navigation (titles of the pages in it) are those of the previous build starts
from a copy of the previous site and re-renders only pages whose Markdown is newer than
their HTML (MkDocs' ``dirty`` build), plus every page in the navigation, so that the titles
the navigation shows are read again. The emitter rewrites only pages whose content changed,
so editing one plan re-renders that plan and the pages that quote it. Anything else is a
full build.

A full build, or one with many pages to render, is split between processes (``shares``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from importlib.metadata import version
from pathlib import Path

import jinja2
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import MkDocsException
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import get_files
from mkdocs.structure.pages import get_markdown_title
from mkdocs.utils.meta import get_data

from kb_build.outputs import remove_leftovers, replace_site
from kb_build.render.passthrough import PassThroughHtml
from kb_build.render.shares import build_in_shares


class RenderError(Exception):
    """MkDocs could not render the site (a broken link, a bad config ...)."""


class _Collect(logging.Handler):
    """Keeps MkDocs' warnings so a failed strict build can say what went wrong."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _build_date(when: date | None) -> Iterator[None]:
    """MkDocs stamps the sitemap and its gzip header with the build date; make it the corpus's."""
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    if when is not None:
        os.environ["SOURCE_DATE_EPOCH"] = str(int(datetime(when.year, when.month, when.day, tzinfo=UTC).timestamp()))
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


# Runs of white space between two tags: the theme's templates indent every line, a twentieth of a
# page's bytes. One newline keeps the white space a browser renders there; whatever sits in <pre>,
# <textarea>, <script> or <style> is left exactly as MkDocs wrote it. Around the page's content (its
# <article>: the theme's header, navigation, table of contents and footer) the theme also indents the
# text inside its tags (“<span>⏎      Trang chủ⏎    </span>”): such a run at either end of a text is
# one newline too, which a browser renders as it rendered the run. The content's own text, passages
# and quotes, is never touched. ASCII: only the white space and letters of HTML's syntax, as in the
# bytes a browser reads.
_VERBATIM = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2>)", re.DOTALL | re.IGNORECASE | re.ASCII)
_BETWEEN_TAGS = re.compile(r">\s{2,}<", re.ASCII)
_RUN = re.compile(r"\s{2,}", re.ASCII)


def _text_edges(html: str) -> str:
    """``html`` with each run of white space at one end of a text (after a tag and before a word, or after a
    word and before a tag) one newline. (A test of both neighbours per run: lookbehinds tried at every
    position cost three times as much.)"""

    def edge(run: re.Match) -> str:
        start, end = run.span()
        before, after = html[start - 1 : start], html[end : end + 1]
        return "\n" if before and after and (before == ">") != (after == "<") else run.group()

    return _RUN.sub(edge, html)


def _squeeze(html: str, squeeze: Callable[[str], str]) -> str:
    """``html`` with ``squeeze`` applied outside <pre>, <textarea>, <script> and <style>."""
    parts = _VERBATIM.split(html)
    out = []
    for index in range(0, len(parts), 3):  # split() yields text, then the two groups of each match
        out.append(squeeze(parts[index]))
        if index + 1 < len(parts):
            out.append(parts[index + 1])
    return "".join(out)


def compact_html(page: str) -> str:
    """``page`` without the indentation between its tags, nor, around its content, at the ends of the
    theme's texts (see ``_BETWEEN_TAGS``, ``_text_edges``)."""
    page = _squeeze(page, lambda html: _BETWEEN_TAGS.sub(">\n<", html))
    start = page.find("<article")
    end = page.find("</article>", start)
    if start < 0 or end < 0:
        return page
    return _squeeze(page[:start], _text_edges) + page[start:end] + _squeeze(page[end:], _text_edges)


class _CompactPages(BasePlugin):
    """A plugin of our builds: each page is compacted (``compact_html``) as MkDocs writes it, in
    whichever process renders it; so is the theme's 404 page (not the sitemap)."""

    def on_post_page(self, output: str, /, *, page, config: MkDocsConfig) -> str:
        return compact_html(output)

    def on_post_template(self, output: str, /, *, template_name: str, config: MkDocsConfig) -> str:
        return compact_html(output) if template_name.endswith(".html") else output


class _DirtyNotice(logging.Filter):
    """MkDocs warns on every dirty build that navigation may be inaccurate; ours re-reads every
    navigation page, and in strict mode the warning would fail the build."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("A 'dirty' build")


@contextmanager
def dirty_builds_allowed() -> Iterator[None]:
    notice = _DirtyNotice()
    logger = logging.getLogger("mkdocs.commands.build")
    logger.addFilter(notice)
    try:
        yield
    finally:
        logger.removeFilter(notice)


def preview_sources_to_refresh(config_file: Path, previous: str | None) -> tuple[str, list[str]]:
    """For ``kb-build serve``'s dirty rebuilds: the signature of what every page depends on, and
    the Markdown files to mark changed (touch) so that the next dirty build is right: the
    navigation pages, or every page when the signature differs from ``previous``."""
    config = load_config(str(config_file))
    signature = _signature(config, None, {})
    pages = get_files(config).documentation_pages()
    return signature, [f.abs_src_path for f in pages if signature != previous or f.inclusion.is_in_nav()]


class CompiledTemplates(jinja2.BytecodeCache):
    """The theme's templates as Jinja compiled them, kept in memory from one preview build to the
    next: each MkDocs build makes a new Jinja environment, which would parse and compile the
    theme's templates again (about 0.4 s). Jinja keys each one by its name and source digest."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


class _UseCompiledTemplates(BasePlugin):
    """A plugin of the preview's builds only: its ``on_env`` gives MkDocs' Jinja environment the cache."""

    def __init__(self, templates: CompiledTemplates) -> None:
        super().__init__()
        self.templates = templates

    def on_env(self, env: jinja2.Environment, /, *, config: MkDocsConfig, files) -> jinja2.Environment:
        env.bytecode_cache = self.templates
        return env


def render_preview(
    config_file: Path,
    site_dir: Path,
    serve_url: str,
    *,
    dirty: bool,
    extra_script: str,
    templates: CompiledTemplates | None = None,
) -> None:
    """One MkDocs build of ``kb-build serve``'s site into ``site_dir`` (a temporary folder the
    preview server serves), ``dirty``: only the pages whose Markdown is newer than their HTML;
    ``extra_script`` is added to the configuration's scripts, in the preview only; ``templates``
    keeps the compiled theme templates for the next build."""
    collect = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collect)
    try:
        config = load_config(str(config_file), site_dir=str(site_dir))
        config.extra_javascript.append(extra_script)
        config.site_url = serve_url
        config.plugins["kb-build-html"] = PassThroughHtml()
        if templates is not None:
            config.plugins["kb-build-preview"] = _UseCompiledTemplates(templates)
        with dirty_builds_allowed():
            mkdocs_build(config, serve_url=serve_url, dirty=dirty)
    except (MkDocsException, SystemExit, OSError) as exc:
        detail = "\n".join(collect.messages) or str(exc)
        raise RenderError(f"MkDocs không dựng được trang:\n{detail}") from exc
    finally:
        logger.removeHandler(collect)


def _signature(config: MkDocsConfig, build_date: date | None, overrides: dict) -> str:
    """Everything that, changed, changes every page: theme, configuration, pages, navigation."""
    digest = hashlib.sha256()
    parts = [version("mkdocs"), version("mkdocs-material"), str(build_date), repr(sorted(overrides.items()))]
    parts.append(Path(config.config_file_path).read_text(encoding="utf-8"))
    custom = Path(config.theme.custom_dir) if config.theme.custom_dir else None
    for path in sorted(custom.rglob("*")) if custom else ():
        if path.is_file():
            parts += [path.relative_to(custom).as_posix(), path.read_text(encoding="utf-8", errors="replace")]
    for file in get_files(config).documentation_pages():  # assets (the search index …) are in no page
        parts.append(file.src_uri)
        if file.inclusion.is_in_nav():
            markdown, meta = get_data(Path(file.abs_src_path).read_text(encoding="utf-8"))
            parts.append(f"{meta.get('title') or get_markdown_title(markdown)}")
    for part in parts:
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()


def render(
    config_file: Path,
    site_dir: Path,
    *,
    build_date: date | None = None,
    state_file: Path | None = None,
    processes: int | None = None,
    **overrides,
) -> bool:
    """Render the site described by ``config_file`` into ``site_dir``, atomically.

    ``build_date`` (from the corpus, not the clock) makes two builds byte-identical;
    ``state_file`` enables incremental rendering (see the module docstring); ``overrides``
    are MkDocs settings (site_name, site_url …) for this build only; ``processes`` (by default
    one per core) render the pages together. Returns whether the build was incremental.
    """
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(site_dir)
    staging = Path(tempfile.mkdtemp(prefix=f"{site_dir.name}.tmp-", dir=site_dir.parent))
    collect = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collect)
    succeeded = incremental = False
    try:
        config = load_config(str(config_file), site_dir=str(staging), strict=True, **overrides)
        signature = _signature(config, build_date, overrides) if state_file else ""
        previous = json.loads(state_file.read_text(encoding="utf-8")) if state_file and state_file.is_file() else {}
        files = get_files(config)
        assets = sorted(f.dest_uri for f in files if not f.is_documentation_page())
        current = {"signature": signature, "site": str(site_dir)}
        incremental = bool(signature) and site_dir.is_dir() and {k: previous.get(k) for k in current} == current
        if incremental:
            shutil.copytree(site_dir, staging, dirs_exist_ok=True)  # copy2: keeps the times MkDocs compares
            for gone in set(previous.get("assets", ())) - set(assets):  # e.g. a search shard no longer needed
                (staging / gone).unlink(missing_ok=True)
            for file in files.documentation_pages():
                if file.inclusion.is_in_nav() and os.path.exists(file.abs_dest_path):
                    os.utime(file.abs_dest_path, (0, 0))  # older than its source: rendered again
        config.plugins["kb-build-html"] = PassThroughHtml()
        config.plugins["kb-build-compact"] = _CompactPages()
        with _build_date(build_date), dirty_builds_allowed():
            cores = processes or os.cpu_count() or 1
            build_in_shares(config, files, collect.messages, dirty=incremental, processes=cores)
        succeeded = True
    except (MkDocsException, SystemExit, OSError) as exc:
        detail = "\n".join(collect.messages) or str(exc)
        raise RenderError(f"MkDocs không dựng được trang:\n{detail}") from exc
    finally:
        logger.removeHandler(collect)
        if not succeeded:
            shutil.rmtree(staging, ignore_errors=True)
    replace_site(staging, site_dir)
    if state_file:
        state_file.parent.mkdir(parents=True, exist_ok=True)
        temporary = state_file.with_suffix(".tmp")
        temporary.write_text(json.dumps({**current, "assets": assets}), encoding="utf-8")
        temporary.replace(state_file)
    return incremental
