"""Quotes as the source gives them, copied with their citation, and tooltips that work on a phone.

The site-wide check reads every generated page; the browser tests click (and tap, in a 390 px
touch viewport) the controls a reporter uses and read the clipboard back.
"""

from __future__ import annotations

import copy
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from .browser import watched_page
from .conftest import kb_build
from .sitecheck import parse

PLAN = "2024-kh-duk-ninh-binh"
PLAN_PAGE = f"2024/{PLAN}.html"


def quote_text(element) -> str:
    """The words of a quote as shown, without footnote markers, a footnote's label or controls."""
    clone = copy.copy(element)
    for extra in clone.select("sup.kb-fnref, a.kb-fn-back, .kb-q-tools"):
        extra.decompose()
    return clone.get_text().strip()


def article_pages(site: Path) -> list[Path]:
    return [p for p in site.rglob("*.html") if "assets" not in p.parts]


def test_every_quote_on_every_page_is_the_plan_text(built_site, corpus):
    passages = {f"{p.id}#{q.anchor}": q for p in corpus.plans for q in p.quotable}
    checked: Counter[str] = Counter()  # quotes by folder: years, topics, register, policies
    for page in article_pages(built_site):
        soup = parse(page)
        article = soup.select_one("article")
        if article is None:
            continue
        data = [json.loads(s.string) for s in article.select("script.kb-citations")]
        for element in article.select(".kb-q"):
            key = element["data-q"]
            passage = passages[key]
            shown = quote_text(element)
            # a paragraph, an item or a footnote is shown whole; a register or policy page quotes the
            # sentence around the mention: the source's words, cut only at the sentence's ends
            if element.find_parent("blockquote") is None or shown == passage.quote:
                assert shown == passage.quote, (page.name, key)
            else:
                assert shown in passage.quote, (page.name, key)
            # drawn as the source's own characters, never by a list's marker
            assert element.name == "p" and element.find_parent(["ol", "ul", "li"]) is None, (page.name, key)
            # the site's own notes stay beside the text, never inside it
            assert not element.select(".admonition"), (page.name, key)
            plan_id, _, anchor = key.partition("#")
            assert any(anchor in d["plans"].get(plan_id, [None, None, {}])[2] for d in data), (page.name, key)
            checked[page.parent.name] += 1
        # every quote of a plan in a page is marked as one (the one other kind: a policy's wording)
        for quote in article.select("blockquote > p"):
            assert "kb-q" in quote.get("class", []) or page.parent.name == "chu-giai", page.name
    on_plan_pages = sum(1 for p in corpus.plans for q in p.quotable if not q.anchor.startswith("muc-"))
    assert sum(n for folder, n in checked.items() if folder.isdigit()) == on_plan_pages
    assert checked["chu-de"] > 50 and checked["dan-chieu"] > 50 and checked["chu-giai"] > 5
    topic = parse(built_site / "chu-de" / "bien-dao-bien-gioi.html").select_one("article")
    assert not topic.select("ol, ol li, ul li blockquote li")


def test_items_carry_the_source_marks_and_footnotes_their_own_labels(built_site, corpus):
    plan = next(p for p in corpus.plans if p.id == PLAN)
    soup = parse(built_site / PLAN_PAGE)
    plus = next(b for b in plan.passages if b.marker == "+")
    assert quote_text(soup.find(id=plus.anchor)).startswith("+ ")
    assert "kb-item-2" in soup.find(id=plus.anchor)["class"]
    for note in plan.footnotes:
        ref = soup.find("sup", id=f"fnref:{note.label}")
        assert ref.get_text() == note.label and ref.a["href"] == f"#fn:{note.label}"
    assert not soup.select("article ol")


def test_a_source_labelling_footnotes_from_7_shows_7(project):
    path = project / "corpus" / "plans" / "2022" / "2022-kh-mttq-tra-vinh.md"
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    first, rest = body.strip("\n").split("\n\n", 1)
    body = f"{first}[^7]\n\n{rest}\n\n[^7]: Chú thích số bảy của nguồn.\n"
    path.write_text(f"{head}\n---\n\n{body}", encoding="utf-8")
    result = kb_build("build", "--root", str(project))
    assert result.returncode == 0, result.stderr
    soup = parse(project / "site" / "2022" / "2022-kh-mttq-tra-vinh.html")
    assert soup.find("sup", id="fnref:7").get_text() == "7"  # not renumbered 1, 2, 3 …
    note = soup.find(id="fn:7")
    assert note.select_one("a.kb-fn-back").get_text() == "7"
    assert quote_text(note) == "Chú thích số bảy của nguồn."


def test_plan_page_cites_itself_saying_what_the_source_lacks(built_site):
    soup = parse(built_site / "2023" / "2023-hd-mttq-trung-uong.html")
    text = " ".join(soup.select_one(".kb-cite-document").get_text().split())
    assert text == (
        "Trích dẫn văn bản: Hướng dẫn không số không ghi ngày của Ban Thường trực Ủy ban Trung ương Mặt trận "
        "Tổ quốc Việt Nam về “Công tác thông tin đối ngoại năm 2023”"
    )
    meta = {m["name"]: m["content"] for m in soup.select("meta[name^=citation_]")}
    assert meta["citation_date"] == "2023" and "citation_technical_report_number" not in meta


def test_plan_page_citation_and_meta_tags_with_number_and_date(project):
    path = project / "corpus" / "plans" / "2024" / "2024-kh-duk-ninh-binh.md"
    text = path.read_text(encoding="utf-8").replace("number: 144-KH/ĐUK\n", "number: 144-KH/ĐUK\nissued: 2024-02-05\n")
    path.write_text(text, encoding="utf-8")
    result = kb_build("build", "--root", str(project))
    assert result.returncode == 0, result.stderr
    soup = parse(project / "site" / PLAN_PAGE)
    # Nghị định 30/2020/NĐ-CP: a zero before days below 10 and before months 1 and 2
    assert " ".join(soup.select_one(".kb-cite-document").get_text().split()) == (
        "Trích dẫn văn bản: Kế hoạch số 144-KH/ĐUK ngày 05 tháng 02 năm 2024 của Ban Thường vụ Đảng ủy Khối "
        "Cơ quan và Doanh nghiệp tỉnh Ninh Bình về “Công tác thông tin đối ngoại năm 2024”"
    )
    meta = {m["name"]: m["content"] for m in soup.select("meta[name^=citation_]")}
    assert meta == {
        "citation_title": "Kế hoạch số 144-KH/ĐUK: Công tác thông tin đối ngoại năm 2024",
        "citation_author": "Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Ninh Bình",
        "citation_publisher": "Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Ninh Bình",
        "citation_date": "2024/02/05",
        "citation_technical_report_number": "144-KH/ĐUK",
        "citation_language": "vi",
    }


# ---- in the browser ---------------------------------------------------------------------------

CLIPBOARD = ("clipboard-read", "clipboard-write")
VIEWPORTS = {"desktop": {}, "phone": {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}}


@pytest.fixture(params=sorted(VIEWPORTS))
def reader(request, browser, site_base):
    """A page in a context allowed to use the clipboard, as a desktop or a touch phone."""
    touch = request.param == "phone"
    with watched_page(browser, site_base, CLIPBOARD, **VIEWPORTS[request.param]) as page:
        yield page, (lambda locator: locator.tap() if touch else locator.click()), touch


def clipboard_after(page, press, button) -> str:
    page.evaluate("navigator.clipboard.writeText('')")
    press(button)
    page.wait_for_function("async () => (await navigator.clipboard.readText()) !== ''")
    return page.evaluate("navigator.clipboard.readText()")


def passage(corpus, plan_id: str, anchor: str):
    plan = next(p for p in corpus.plans if p.id == plan_id)
    return plan, next(q for q in plan.quotable if q.anchor == anchor)


@pytest.mark.browser
@pytest.mark.parametrize("anchor", ["d-i-1-1", "fn:4"])
def test_copy_a_plan_paragraph_or_footnote_with_its_citation(reader, site_base, corpus, anchor):
    page, press, _ = reader
    page.goto(site_base + PLAN_PAGE, wait_until="load")
    _plan, quoted = passage(corpus, PLAN, anchor)
    element = page.locator(f"[id='{anchor}']")
    link = element.get_by_role("link", name="Liên kết tới đoạn này")
    assert link.get_attribute("href").endswith(f"{PLAN}.html#{anchor}")
    copied = clipboard_after(page, press, element.get_by_role("button", name="Sao chép trích dẫn"))
    quote, cite, url = copied.split("\n")
    assert quote == f"“{quoted.quote}”"
    assert cite.startswith("(Kế hoạch số 144-KH/ĐUK không ghi ngày của Ban Thường vụ Đảng ủy Khối")
    assert cite.endswith(f", {quoted.locator})")
    assert url == site_base + f"{PLAN_PAGE}#{anchor}"


@pytest.mark.browser
def test_copy_a_topic_quote_and_the_whole_document(reader, site_base, corpus):
    page, press, _ = reader
    page.goto(site_base + "chu-de/bien-dao-bien-gioi.html", wait_until="load")
    first = page.locator(".kb-q").first
    plan_id, anchor = first.get_attribute("data-q").split("#")
    plan, quoted = passage(corpus, plan_id, anchor)
    copied = clipboard_after(page, press, first.get_by_role("button", name="Sao chép trích dẫn"))
    assert copied.startswith(f"“{quoted.quote}”\n(")
    assert (plan.number or "không số") in copied
    assert copied.endswith(f"/{plan.year}/{plan.id}.html#{anchor}")
    page.goto(site_base + PLAN_PAGE, wait_until="load")
    whole = page.locator(".kb-cite-document").get_by_role("button", name="Sao chép trích dẫn")
    copied = clipboard_after(page, press, whole)
    assert copied.startswith("(Kế hoạch số 144-KH/ĐUK không ghi ngày của")
    assert copied.endswith(f"\n{site_base}{PLAN_PAGE}")


@pytest.mark.browser
def test_copy_a_search_result(reader, site_base, corpus):
    page, press, _touch = reader
    page.goto(site_base + "index.html", wait_until="load")
    page.fill("#kb-search-input", "bốn không")
    page.wait_for_function("document.querySelector('#kb-search-results').dataset.snippets === 'bốn không'")
    result = page.locator("#kb-search-results [role=option]").filter(has=page.locator("button")).first
    href = result.locator("a").get_attribute("href")
    plan_id, _, anchor = href.rsplit("/", 1)[1].partition(".html#")
    plan, quoted = passage(corpus, plan_id, anchor)
    quote, cite, url = clipboard_after(page, press, result.get_by_role("button", name="Sao chép trích dẫn")).split("\n")
    assert quote == f"“{quoted.quote}”" and "bốn không" in quote
    assert cite.startswith(f"({plan.type} số {plan.number} ") and cite.endswith(f", {quoted.locator})")
    assert url == href


@pytest.mark.browser
def test_tooltips_open_on_hover_or_tap_and_are_read_by_screen_readers(reader, site_base, corpus):
    page, _press, touch = reader
    page.goto(site_base + PLAN_PAGE, wait_until="load")
    policy = page.locator("[id='fn:4'] a[href='../chu-giai/bon-khong.html']")
    described = page.locator(f"[id='{policy.get_attribute('aria-describedby')}']")
    assert described.text_content().startswith("Chính sách quốc phòng “bốn không”: không tham gia liên minh")
    tip = page.locator("#kb-tip")
    if touch:
        policy.tap()
        assert page.url.endswith(PLAN_PAGE)  # the first tap shows, it does not follow the link
    else:
        policy.hover()
    tip.wait_for(state="visible")
    assert tip.inner_text().startswith("Chính sách quốc phòng “bốn không”")
    assert tip.locator("b, i, script, img").count() == 0
    if touch:
        page.locator("h1").tap()  # a tap outside closes it
    else:
        page.keyboard.press("Escape")
    tip.wait_for(state="hidden")
    ref = page.locator("sup.kb-fnref a[href='#fn:4']")
    ref.scroll_into_view_if_needed()
    ref.tap() if touch else ref.hover()
    tip.wait_for(state="visible")
    note = next(n for n in next(p for p in corpus.plans if p.id == PLAN).footnotes if n.label == "4")
    assert re.sub(r"\s+", " ", tip.locator("span").first.inner_text()) == note.text
    assert ref.get_attribute("aria-describedby") == "fn:4"


@pytest.mark.browser
def test_copy_by_keyboard_alone(browser, site_base, corpus):
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site_base + PLAN_PAGE, wait_until="load")
    _, quoted = passage(corpus, PLAN, "d-i-2-1")
    page.evaluate("navigator.clipboard.writeText('')")
    page.locator("[id='d-i-2-1'] .kb-q-link").focus()
    page.keyboard.press("Tab")  # from the “¶” link to its “Sao chép trích dẫn” button
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Sao chép trích dẫn"
    page.keyboard.press("Enter")
    page.wait_for_function("async () => (await navigator.clipboard.readText()) !== ''")
    assert page.evaluate("navigator.clipboard.readText()").startswith(f"“{quoted.quote}”\n(Kế hoạch số 144-KH/ĐUK")
    context.close()
