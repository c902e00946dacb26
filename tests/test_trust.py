"""A build you can trust: deterministic, publishable under a sub-path, inert to hostile text, robust to junk."""

from __future__ import annotations

import functools
import hashlib
import http.server
import os
import re
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb_build.importer import ImportError_, import_document
from kb_build.link.citations import find_citations
from kb_build.validate import validate_plan

from .sitecheck import parse


def digest(site: Path) -> dict[str, str]:
    return {
        str(p.relative_to(site)): hashlib.sha256(p.read_bytes()).hexdigest() for p in site.rglob("*") if p.is_file()
    }


def build(project: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kb_build", "build", "--root", str(project)],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=600,
    )


def test_two_builds_are_byte_identical_and_dated_by_the_corpus(project):
    assert build(project, SITE_URL="https://example.github.io/kb/").returncode == 0
    first = digest(project / "site")
    time.sleep(1.1)
    assert build(project, SITE_URL="https://example.github.io/kb/").returncode == 0
    assert digest(project / "site") == first
    sitemap = (project / "site" / "sitemap.xml").read_text(encoding="utf-8")
    assert set(re.findall(r"<lastmod>([^<]+)</lastmod>", sitemap)) == {"2024-12-31"}  # latest plan year, not today


def test_every_page_works_under_a_project_sub_path(project):
    """GitHub Pages serves a project site at /<repo>/: serve the site there and crawl every page."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(project))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/site/"
    try:
        assert build(project, SITE_URL=base).returncode == 0
        seen, queue, broken = set(), [base + "index.html"], []
        while queue:
            url = queue.pop()
            if url in seen:
                continue
            seen.add(url)
            try:
                with urllib.request.urlopen(url, timeout=10) as response:
                    body = response.read()
            except OSError as exc:
                broken.append(f"{url}: {exc}")
                continue
            if url.endswith(".html"):
                for match in re.finditer(rb'(?:href|src)="([^"#]+)', body):
                    target = urljoin(url, match.group(1).decode())
                    if urlsplit(target).netloc == urlsplit(base).netloc:
                        assert target.startswith(base), f"{url} links outside the sub-path: {target}"
                        queue.append(target)
        pages = {u for u in seen if u.endswith(".html")}
        assert broken == []
        assert len(pages) == len(list((project / "site").rglob("*.html"))) - 1  # all but 404.html
        not_found = parse(project / "site" / "404.html")
        assert all(a["href"].startswith("/site/") for a in not_found.select("a[href^='/']"))
    finally:
        server.shutdown()
        server.server_close()


PAYLOADS = [
    "<script>window.__pwned='script'</script>",
    "<img src=x onerror=\"window.__pwned='img'\">",
    "[bấm](javascript:window.__pwned='md-link')",
    "\"><svg onload=window.__pwned='attr'>",
    "{: onclick=\"window.__pwned='attr-list'\" }",
    # the marks around the HTML blocks the render stage passes through (emit.html_blocks)
    "[kb-html-end]: # <script>window.__pwned='html-block'</script> [kb-html]: # [kb-html]",
]


def _plant(project: Path) -> None:
    """Payloads in plan text, title, metadata, a footnote, and every kind of glossary entry."""
    payload = " ".join(PAYLOADS)
    plan = project / "corpus" / "plans" / "2024" / "2024-kh-duk-ninh-binh.md"
    text = plan.read_text(encoding="utf-8")
    text = text.replace("- Đấu tranh, phản bác", f"- {payload} Đấu tranh, phản bác", 1)
    text = text.replace("[^11]: Ứng dụng", f"[^11]: {payload} Ứng dụng", 1)
    # a citation whose subject is the payload: it reaches the register's page, card and tooltips
    text = text.replace(
        "- Đấu tranh, phản bác",
        f"- Thực hiện Kết luận số 99-KL/TW ngày 01/02/2024 của Bộ Chính trị về {payload}.\n\n- Đấu tranh, phản bác",
        1,
    )
    meta, body = text.split("\n---\n", 1)
    data = yaml.safe_load(meta.removeprefix("---\n"))
    data["title"] = f"{payload} Công tác thông tin đối ngoại năm 2024"
    for field in ("signer", "number", "locality", "promulgated_by"):  # every metadata field a page prints
        data[field] = payload
    data["issuer"] = f"Ban Thường vụ {payload}"
    data["recipients"] = [*data["recipients"], payload]
    plan.write_text(
        "---\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False) + "---\n" + body, encoding="utf-8"
    )
    glossary = project / "corpus" / "glossary"
    for name, field in (
        ("policies", "formulation"),
        ("topics", "definition"),
        ("topics", "name"),
        ("anniversaries", "name"),
    ):
        entries = yaml.safe_load((glossary / f"{name}.yaml").read_text(encoding="utf-8"))
        entries[0][field] = f"{payload} {entries[0].get(field, '')}"
        (glossary / f"{name}.yaml").write_text(
            yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )


@pytest.mark.browser
def test_hostile_text_is_shown_never_executed(project, browser):
    _plant(project)
    result = build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    hovered = 0
    for path in sorted(site.rglob("*.html")):  # every generated page, every element with a tooltip
        page.goto(path.as_uri())
        for element in page.query_selector_all("[title], .kb-has-tip, a[href*='#fn']"):
            if element.is_visible():
                element.evaluate("e => e.scrollIntoView({block: 'center'})")
                element.hover(force=True, timeout=5000)  # the mouse, as a reader's (tooltips open)
                for event in ("mouseenter", "mouseover", "focus"):
                    element.dispatch_event(event)
                hovered += 1
        # what the tooltips showed is text: the box holds only its own text span and link
        tags = page.evaluate("Array.from(document.querySelectorAll('#kb-tip *'), e => e.tagName)")
        assert set(tags) <= {"SPAN", "A"}, (path, tags)
        assert page.evaluate("window.__pwned") is None, path
    assert hovered > 100
    header = (site / "2024" / "2024-kh-duk-ninh-binh.html").read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in header  # escaped wherever the theme prints the title
    page.goto((site / "2024" / "2024-kh-duk-ninh-binh.html").as_uri())
    text = page.inner_text("article")
    assert "<script>window.__pwned='script'</script>" in text and "onerror=" in text
    for query in ("pwned", "script", "onerror svg", "javascript"):  # search results show the payloads as text
        page.fill("#kb-search-input", query)
        page.wait_for_function("q => document.querySelector('#kb-search-results').dataset.query === q", arg=query)
        page.locator("#kb-search-results a").first.hover()
    assert page.evaluate("window.__pwned") is None
    assert "window.__pwned" in page.inner_text("#kb-search-results")
    assert dialogs == []
    page.close()


@settings(
    max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(st.text(max_size=400))
def test_fuzz_loader_reports_problems_never_crashes(tmp_path, text):
    path = tmp_path / "corpus" / "plans" / "2024" / "x.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    plan, problems = validate_plan(path, tmp_path / "corpus")
    assert plan is not None or problems


@settings(
    max_examples=150, deadline=3000, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(st.one_of(st.binary(max_size=600), st.text(max_size=600).map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_fuzz_importer_gives_a_plan_or_a_clean_error(tmp_path, data):
    path = tmp_path / "ke-hoach.txt"
    path.write_bytes(data)
    try:
        imported = import_document(path)
    except ImportError_ as exc:
        assert str(exc)
    else:
        assert imported.text.startswith("---\n")


@settings(max_examples=300, deadline=1000)
@given(st.text(max_size=2000))
def test_fuzz_citation_recognizer_is_total_and_fast(text):
    for citation in find_citations(text):
        assert 0 <= citation.start < citation.end <= len(text)
        assert text[citation.start : citation.end] == citation.raw


def test_citation_recognizer_has_no_catastrophic_backtracking():
    nasty = "Kết luận số 57-KL/TW ngày 15/6/2023 của " + "Bộ Chính trị " * 300 + "về " + "“a " * 300
    started = time.perf_counter()
    find_citations(nasty * 3)
    assert time.perf_counter() - started < 2.0


HANDOUTS = ["2024/2024-kh-duk-ninh-binh.html", "chu-de/bien-dao-bien-gioi.html", "2024/index.html"]


@pytest.mark.browser
@pytest.mark.parametrize("path", HANDOUTS)
def test_printed_page_is_a_clean_a4_handout(built_site, tmp_path, browser, path):
    """Printed: no navigation, no link targets inside the text, the citation on page 1, and on every
    page its number and a source line (the document's citation or the page's title, and its address)."""
    pdf = tmp_path / "page.pdf"
    page = browser.new_page()
    page.goto((built_site / path).as_uri(), wait_until="load")
    page.emulate_media(media="print")
    page.pdf(path=str(pdf), format="A4")
    page.close()
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Page size:.*pts \(A4\)", info)
    count = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = [" ".join(p.split()) for p in text.split("\f")[:count]]
    assert "Tìm kiếm" not in text and "Danh mục văn bản" not in text.replace("danh mục", "")
    assert "(../" not in text and ".html)" not in text  # no link targets inside the official text
    for number, content in enumerate(pages, 1):
        assert f"Trang {number}/{count}" in content
        assert "Nguồn: " in content and f"/{path}" in content
    if path.startswith("2024/2024"):
        assert text.lstrip().startswith("Kế hoạch số 144-KH/ĐUK")  # no navigation chrome before the title
        assert "Trích dẫn văn bản: Kế hoạch số 144-KH/ĐUK không ghi ngày" in pages[0]
        assert "Nguồn: Kế hoạch số 144-KH/ĐUK không ghi ngày" in pages[-1]
        assert "không tham gia liên minh quân sự" in text  # footnote 4 kept
        assert "Sao chép trích dẫn" not in text and "Chủ đề" not in pages[0]  # site controls and lists left out
