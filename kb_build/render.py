"""Stage 5, render: MkDocs + Material turn the emitted Markdown into HTML.

This is the only module that knows MkDocs. It builds into a temporary directory beside
``site/`` and swaps it in only when the whole build succeeded, so a failed build leaves
the previous site untouched.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException


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


def render(config_file: Path, site_dir: Path, *, build_date: date | None = None, **overrides) -> None:
    """Render the site described by ``config_file`` into ``site_dir``, atomically.

    ``build_date`` (from the corpus, not the clock) makes two builds byte-identical;
    ``overrides`` are MkDocs settings (site_name, site_url …) for this build only.
    """
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f"{site_dir.name}.tmp-", dir=site_dir.parent))
    collect = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collect)
    succeeded = False
    try:
        config = load_config(str(config_file), site_dir=str(staging), strict=True, **overrides)
        with _build_date(build_date):
            mkdocs_build(config)
        succeeded = True
    except (MkDocsException, SystemExit, OSError) as exc:
        detail = "\n".join(collect.messages) or str(exc)
        raise RenderError(f"MkDocs không dựng được trang:\n{detail}") from exc
    finally:
        logger.removeHandler(collect)
        if not succeeded:
            shutil.rmtree(staging, ignore_errors=True)
    _swap(staging, site_dir)


def _swap(staging: Path, site_dir: Path) -> None:
    """Replace ``site_dir`` by ``staging`` with two renames; the old site is removed last."""
    previous = None
    if site_dir.exists():
        previous = Path(tempfile.mkdtemp(prefix=f"{site_dir.name}.old-", dir=site_dir.parent))
        previous.rmdir()
        site_dir.rename(previous)
    staging.rename(site_dir)
    if previous is not None:
        shutil.rmtree(previous, ignore_errors=True)
