"""`kb-build serve`: an editor's change to the corpus shows up in the preview by itself."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest

from .conftest import PROJECT_PARTS, kb_build


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


def emitted(docs) -> dict[str, bytes]:
    """The emitted docs MkDocs renders, less the preview's own banner files."""
    preview_only = {"javascripts/kb-preview.js", "assets/kb-preview-state.js"}
    return {
        p.relative_to(docs).as_posix(): p.read_bytes()
        for p in docs.rglob("*")
        if p.is_file() and p.relative_to(docs).as_posix() not in preview_only
    }


def test_an_edit_shows_its_own_page_first_and_ends_as_a_full_build(project, tmp_path):
    """Step 1 writes the edited plan's page as a full build writes it; step 2 the rest, and then
    the emitted docs are byte for byte those of `kb-build build` on the edited corpus."""
    plan = project / "corpus" / "plans" / "2024" / "2024-kh-duk-ninh-binh.md"
    docs = project / "build" / "docs"
    notice = project / "build" / "preview" / "emitted"
    with preview(project) as running:
        page = running.base + "2024/2024-kh-duk-ninh-binh.html"
        assert wait_for(lambda: fetch(page)), "the preview server did not answer"
        added = "Tăng cường thông tin đối ngoại về chủ quyền biển, đảo và Biển Đông theo Luật Biển Việt Nam."
        plan.write_text(plan.read_text(encoding="utf-8").replace("\n\n", f"\n\n{added}\n\n", 1), encoding="utf-8")
        shown = added.split(" theo ")[0]  # what follows is a citation: a link in the page
        assert wait_for(lambda: shown in (fetch(page) or "")), "the edit did not reach the preview"
        first_step = (docs / "2024" / "2024-kh-duk-ninh-binh.md").read_bytes()
        assert wait_for(lambda: notice.is_file(), timeout=120), "the other pages were not emitted again"
        assert wait_for(lambda: shown in (fetch(running.base + "chu-de/bien-dao-bien-gioi/2024.html") or ""))
        preview_docs = emitted(docs)
    assert "Đã cập nhật trang văn bản đã sửa: 2024/2024-kh-duk-ninh-binh.md" in running.output
    # The preview saved what link read, every plan's passages included: a build reads none again.
    after = kb_build("build", "--root", str(project))
    assert after.returncode == 0, after.stderr
    assert re.search(r"liên kết đọc lại 0/\d+ đoạn", after.stdout + after.stderr), after.stdout + after.stderr
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    for part in PROJECT_PARTS:
        (shutil.copytree if (project / part).is_dir() else shutil.copy2)(project / part, fresh / part)
    result = kb_build("build", "--root", str(fresh))
    assert result.returncode == 0, result.stderr
    full = emitted(fresh / "build" / "docs")
    assert first_step == full["2024/2024-kh-duk-ninh-binh.md"]
    assert preview_docs.keys() == full.keys()
    assert [path for path in full if preview_docs[path] != full[path]] == []


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
        # Not page.close(): the preview's live reload may be navigating the page, and Chromium can then drop the
        # close and leave Playwright waiting for ever (crbug.com/536385539, microsoft/playwright#42366). The
        # browser fixture closes the page with the browser.
        page.close(run_before_unload=True)
    assert f"Xem trước tại {running.base}" in running.output  # the address, in Vietnamese
    assert "Kho văn bản có lỗi" in running.output and "Traceback" not in running.output
