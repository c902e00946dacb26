"""`kb-build serve`: an editor's change to the corpus shows up in the preview by itself."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def wait_for(predicate, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.3)
    return None


@dataclass
class Preview:
    """A running ``kb-build serve``: its address, and all it printed once it has stopped."""

    base: str
    output: str = ""


@contextmanager
def preview(project) -> Iterator[Preview]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kb_build", "serve", "--root", str(project), "--dev-addr", f"127.0.0.1:{port}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    running = Preview(f"http://127.0.0.1:{port}/")
    try:
        yield running
    finally:
        process.terminate()
        try:
            running.output = process.communicate(timeout=10)[0]
        except subprocess.TimeoutExpired:
            process.kill()
            running.output = process.communicate()[0]


@pytest.fixture
def server(project):
    with preview(project) as running:
        yield running.base


def test_serve_previews_and_reloads_after_a_corpus_edit(project, server):
    page = server + "2024/2024-kh-duk-ninh-binh.html"
    first = wait_for(lambda: fetch(page))
    assert first is not None, "the preview server did not answer"
    assert "Trần Văn Thuận" in first
    assert "livereload" in first  # MkDocs injects its reload script in the preview

    plan = project / "corpus" / "plans" / "2024" / "2024-kh-duk-ninh-binh.md"
    plan.write_text(plan.read_text(encoding="utf-8").replace("Trần Văn Thuận", "Người Ký Thử"), encoding="utf-8")
    updated = wait_for(lambda: (text := fetch(page)) and "Người Ký Thử" in text and text)
    assert updated is not None, "the edit did not reach the preview"
    # The reload is a dirty build (only changed pages); the navigation still carries every title.
    assert "Ngày kỷ niệm" in updated and "Ngày kỷ niệm" in first


def visit(page, url: str) -> None:
    """Open ``url``; a navigation that meets MkDocs rebuilding (aborted) is tried again."""
    for _ in range(10):
        try:
            page.goto(url, wait_until="load")
            return
        except Exception:  # net::ERR_ABORTED while the preview rebuilds
            time.sleep(1)
    page.goto(url, wait_until="load")


@pytest.mark.browser
def test_serve_shows_corpus_errors_in_the_page_and_keeps_the_last_good_site(project, browser):
    plan = project / "corpus" / "plans" / "2024" / "2024-kh-duk-ninh-binh.md"
    good = plan.read_text(encoding="utf-8")
    with preview(project) as running:
        url, state = running.base + "2024/2024-kh-duk-ninh-binh.html", running.base + "assets/kb-preview-state.js"
        assert wait_for(lambda: fetch(url)), "the preview server did not answer"
        plan.write_text(good.replace("year: 2024\n", "year: 2024\nyear: 2025\n", 1), encoding="utf-8")
        assert wait_for(lambda: "lặp lại" in (fetch(state) or "")), "the error did not reach the preview"
        page = browser.new_page()
        visit(page, url)
        banner = page.locator("#kb-preview-errors")
        banner.wait_for()
        assert "corpus/plans/2024/2024-kh-duk-ninh-binh.md:" in banner.inner_text()
        assert "khóa “year” lặp lại" in banner.inner_text()
        assert "Trần Văn Thuận" in page.locator("article").inner_text()  # the last good page is still served
        plan.write_text(good, encoding="utf-8")
        assert wait_for(lambda: "lặp lại" not in (fetch(state) or "lặp lại")), "the fix did not reach the preview"
        visit(page, url)
        page.wait_for_timeout(300)
        assert page.locator("#kb-preview-errors").count() == 0
        page.close()
    assert f"Xem trước tại {running.base}" in running.output  # the address, in Vietnamese
    assert "Kho văn bản có lỗi" in running.output and "Traceback" not in running.output
