"""`kb-build bundle`: an offline course pack, exactly the selected plans and what they reference."""

from __future__ import annotations

import re
import subprocess
import zipfile

import pytest

from kb_build.link import link
from kb_build.link.directives import name_key

from .conftest import kb_build
from .sitecheck import broken_links, external_references, html_pages, open_data, parse

YEARS = {2023, 2024}


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    from .conftest import copy_project

    root = copy_project(tmp_path_factory.mktemp("bundle") / "project")
    out = root / "khoa-hoc.zip"
    result = kb_build(
        "bundle", "--root", str(root), "--out", str(out), "--years", "2023,2024", "--title", "Lớp tập huấn 2024"
    )
    assert result.returncode == 0, result.stderr
    folder = root / "unzipped"
    with zipfile.ZipFile(out) as archive:
        archive.extractall(folder)
    return folder


def test_bundle_holds_exactly_the_selected_plans_and_what_they_reference(course, corpus):
    full = link(corpus)
    chosen = {p.id for p in corpus.plans if p.year in YEARS}
    plans = open_data(course, "plans")
    assert {p["id"] for p in plans} == chosen
    assert {p.name for p in course.glob("20*/*.html") if p.name != "index.html"} == {f"{i}.html" for i in chosen}

    def key(d):  # a name as any source spells it (“báo chí” / “bảo chí”, “-” / “–”): one document
        return (d["type"], d["number"] or name_key(d["name"]))

    cited = {
        (d.type, d.number or name_key(d.name))
        for d in full.registry.directives.values()
        if any(m.plan.id in chosen for m in d.mentions)
    }
    directives = open_data(course, "directives")
    assert {key(d) for d in directives} == cited
    mentioned = {p.id for p in full.policies.by_id.values() if any(m.plan.id in chosen for m in p.mentions)}
    policies = open_data(course, "policies")
    assert {p["id"] for p in policies} == mentioned
    events = {e for e, ms in full.calendar.mentions.items() if any(m.plan.id in chosen for m in ms)}
    anniversaries = open_data(course, "anniversaries")
    assert {a["id"] for a in anniversaries} == events
    carried = {t.id for t in full.topics.by_id.values() if any(p.plan.id in chosen for p in t.passages)}
    topics = open_data(course, "topics")
    assert {t["id"] for t in topics} == carried
    # a course is for readers: no editors' guide, and the home page does not point to one
    assert not (course / "huong-dan-bien-tap.html").exists()
    assert "huong-dan-bien-tap" not in (course / "index.html").read_text(encoding="utf-8")


def test_bundle_has_no_dead_links_and_relative_links_only(course):
    assert broken_links(course) == []
    assert external_references(course) == []
    for page in html_pages(course):
        for element in parse(page).find_all(["a", "link", "script", "img"]):
            target = element.get("href") or element.get("src") or ""
            assert not target.startswith("/"), (page, target)
    assert "Lớp tập huấn 2024" in parse(course / "index.html").title.get_text()


@pytest.mark.browser
def test_unzipped_bundle_searches_and_navigates_with_no_network(course, browser):
    outside: list[str] = []
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))

    def guard(route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.goto((course / "index.html").as_uri())
    page.fill("#kb-search-input", "bon khong")
    page.wait_for_function("() => document.querySelector('#kb-search-results').dataset.query === 'bon khong'")
    first = page.locator("#kb-search-results a").first
    target = first.get_attribute("href")
    first.click()
    page.wait_for_url(target)
    assert "bốn không" in page.inner_text("article")
    page.go_back()
    page.goto((course / "2024" / "2024-kh-duk-ninh-binh.html").as_uri() + "#fn:4")
    page.locator("a[href='../chu-giai/bon-khong.html']").first.hover()  # tooltip, offline
    page.close()
    assert outside == []
    assert errors == []


def test_an_empty_selection_is_a_clear_error(project):
    result = kb_build("bundle", "--root", str(project), "--out", str(project / "x.zip"), "--years", "1999")
    assert result.returncode == 1
    assert "không có văn bản nào khớp" in result.stderr
    assert not (project / "x.zip").exists()


def test_course_booklet_pdf(project, corpus):
    """`bundle --pdf`: a cover with the course title, contents with page numbers, the plans as the
    sources give them, footnotes at the foot of the pages that call them, page numbers."""
    out, pdf = project / "khoa.zip", project / "khoa.pdf"
    title = "Lớp tập huấn thông tin đối ngoại 2024"
    args = ["--out", str(out), "--pdf", str(pdf), "--years", "2024", "--title", title]
    result = kb_build("bundle", "--root", str(project), *args)
    assert result.returncode == 0, result.stderr
    assert out.is_file() and pdf.is_file()
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"Pages:\s+(\d+)", info)[1])
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = [" ".join(p.split()) for p in text.split("\f")[:count]]
    assert pages[0].startswith(title)  # the cover
    plan = next(p for p in corpus.plans if p.id == "2024-kh-duk-ninh-binh")
    contents = re.search(r"Kế hoạch số 144-KH/ĐUK: Công tác thông tin đối ngoại năm 2024 \(2024\) \.+ (\d+)", pages[1])
    assert pages[int(contents[1]) - 1].startswith("Kế hoạch số 144-KH/ĐUK: Công tác")  # where the contents say
    for number in range(2, count + 1):  # page numbers and the course in the footer (not on the cover)
        assert pages[number - 1].endswith(f"{title} {number}")
    whole = " ".join(pages)
    for passage in plan.passages[:12]:  # the source's words, an item with its own mark
        assert " ".join(passage.quote.split()) in whole, passage.anchor
    for note in plan.footnotes:  # every note, led by its label, at the foot of the page that calls it
        calling = next(b for b in plan.passages if any(r.label == note.label for r in b.notes))
        offset = next(r.offset for r in calling.notes if r.label == note.label)
        before = " ".join(calling.text[:offset].split()[-2:])  # the two words before the call
        at_foot = [i for i, page in enumerate(pages) if f"{note.label}. {' '.join(note.text.split())[:50]}" in page]
        called = [i for i, page in enumerate(pages) if f"{before}{note.label}" in page]
        assert at_foot and (at_foot[0] in called or at_foot[0] - 1 in called), note.label
