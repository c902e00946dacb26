"""Debian's Chromium, driven by Playwright, and a loopback server for the built site.

Playwright's own browser downloads are never used: the tests launch /usr/bin/chromium,
which the test command installs from apt when it is missing.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM_ARGS = [
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("Debian's chromium is not installed: run the README's test command, which installs it")
    return path


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve_directory(directory: Path) -> Iterator[str]:
    """Serve ``directory`` on 127.0.0.1 (a free port) for the duration of the block."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class PageWatch:
    """What a page did while it loaded: console errors, uncaught exceptions, requests."""

    base: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def attach(self, page) -> None:
        page.on("console", lambda m: self.errors.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        page.on("request", lambda r: self.requests.append(r.url))

    @property
    def outside(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(self.base) and not url.startswith("data:")]


@contextmanager
def watched_page(browser, base: str, permissions: tuple[str, ...] = (), **context_options) -> Iterator:
    """A page in a fresh context (a phone's viewport, clipboard permissions …) that must load with no
    console error and no request leaving ``base``: checked when the block ends."""
    context = browser.new_context(**context_options)
    if permissions:
        context.grant_permissions(list(permissions))
    page = context.new_page()
    watch = PageWatch(base)
    watch.attach(page)
    try:
        yield page
        assert watch.errors == [] and watch.outside == []
    finally:
        context.close()
