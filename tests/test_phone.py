"""The site on a phone (390 px, touch): the title stays in the header, the text starts on the first
screen, wide tables scroll, the search box opens from a magnifier."""

from __future__ import annotations

import pytest

from .browser import watched_page

pytestmark = pytest.mark.browser
PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}


@pytest.fixture
def phone(browser, site_base):
    with watched_page(browser, site_base, **PHONE) as page:
        yield page


def test_plan_text_starts_on_the_first_screen_and_the_title_stays(phone, site_base):
    phone.goto(site_base + "2024/2024-kh-duk-ninh-binh.html", wait_until="load")
    card = phone.locator("details.kb-meta")
    assert card.get_attribute("open") is None  # folded: its summary line opens it
    assert phone.locator("#d-1").bounding_box()["y"] < 844
    card.locator("summary").tap()
    assert card.get_attribute("open") is not None and "144-KH/ĐUK" in card.inner_text()
    phone.mouse.wheel(0, 1500)
    phone.wait_for_function("document.querySelector('.md-header').classList.contains('md-header--shadow')")
    topic = phone.locator(".md-header__topic").nth(1)
    phone.wait_for_timeout(300)  # the header swaps site name for page title with a transition
    box = topic.bounding_box()
    assert "Kế hoạch số 144-KH/ĐUK" in topic.inner_text() and box["width"] >= 150


def test_wide_tables_scroll_instead_of_wrapping_a_word_per_line(phone, site_base):
    phone.goto(site_base + "van-ban.html", wait_until="load")  # the catalogue: eight columns
    phone.wait_for_selector(".kb-catalog-table tbody tr")
    wrap = phone.locator(".kb-catalog-scroll")
    assert wrap.evaluate("e => e.scrollWidth > e.clientWidth")  # it scrolls sideways
    widths = phone.locator(".kb-catalog-table td").evaluate_all("cells => cells.map(c => c.offsetWidth)")
    assert min(widths) >= 80  # about a dozen letters: words are not stacked one per line


def test_search_opens_from_the_magnifier(phone, site_base):
    phone.goto(site_base + "index.html", wait_until="load")
    box = phone.locator("#kb-search-input")
    assert box.bounding_box()["width"] < 60  # a magnifier: the title keeps the header
    box.tap()
    assert box.bounding_box()["width"] > 300
    box.fill("bien dong")
    phone.wait_for_selector("#kb-search-results [role=option]")
    assert phone.locator("#kb-search-results [role=option]").first.is_visible()


READER_MENU = ["Trang chủ", "Danh mục văn bản", "Theo năm", "Chủ đề", "Văn bản dẫn chiếu", "Chính sách, cụm từ",
               "Ngày kỷ niệm", "Dữ liệu mở"]  # fmt: skip


@pytest.mark.parametrize("width", [1280, 390])
def test_the_readers_menu_on_a_desktop_and_in_a_phones_drawer(browser, site_base, width):
    size = {"viewport": {"width": width, "height": 844}, "has_touch": width < 600}
    context = browser.new_context(**size)
    page = context.new_page()
    page.goto(site_base + "2024/2024-kh-duk-ninh-binh.html", wait_until="load")
    if width < 600:  # the menu is in a drawer the ☰ button opens
        page.locator("label.md-header__button[for='__drawer']").tap()
        page.wait_for_timeout(400)
    links = page.locator("nav.md-nav--primary > ul > li > a")
    assert [" ".join(t.split()) for t in links.all_inner_texts()] == READER_MENU
    assert all(link.is_visible() for link in links.all())
    links.nth(1).click()  # “Danh mục văn bản”
    page.wait_for_url("**/van-ban.html")
    assert page.locator("footer").inner_text().count("Material") == 0
    context.close()
