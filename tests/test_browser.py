"""The built site in a real headless Chromium, from the file system and over http."""

from __future__ import annotations

import pytest

from .browser import PageWatch

pytestmark = pytest.mark.browser

PAGES = ["index.html", "2024/2024-kh-duk-ninh-binh.html#d-ii-2-5", "2024/index.html"]


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_cleanly_and_only_from_the_site(browser, site_base, path):
    page = browser.new_page()
    watch = PageWatch(site_base)
    watch.attach(page)
    page.goto(site_base + path, wait_until="load")
    page.wait_for_timeout(300)
    assert watch.errors == []
    assert watch.outside == []
    assert len(watch.requests) > 3  # the page, its CSS and JS were really loaded
    assert page.locator("html").get_attribute("lang") == "vi"
    page.close()


def test_plan_page_as_a_reader_sees_it(browser, site_base):
    page = browser.new_page()
    page.goto(site_base + "2024/2024-kh-duk-ninh-binh.html#d-ii-2-6", wait_until="load")
    # The linked passage is highlighted and scrolled into view.
    target = page.locator("#d-ii-2-6")
    assert "Biển Đông" in target.inner_text()
    background = target.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert target.is_visible()
    # Footnotes: the marker links to the note, which holds the official wording.
    page.locator("a[href='#fn:4']").first.click()
    assert "không tham gia liên minh quân sự" in page.locator("[id='fn:4']").inner_text()
    # The navigation leads to the years; the light/dark toggle works without the network.
    assert page.locator("nav.md-nav--primary").get_by_text("Theo năm", exact=True).count() >= 1
    scheme = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    toggle = page.locator("form[data-md-component='palette'] label:visible").first
    # its icon is drawn by the site's stylesheet (no inline SVG on every page), and it is seen
    icon = toggle.locator(".kb-icon")
    assert toggle.locator("svg").count() == 0
    assert "data:image/svg+xml" in icon.evaluate("el => getComputedStyle(el).webkitMaskImage")
    box = icon.bounding_box()
    assert box and box["width"] >= 16 and box["height"] >= 16
    toggle.click()
    chosen = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert chosen != scheme
    # the choice is restored on the next page by javascripts/kb-palette.js, before the page is shown
    page.reload(wait_until="load")
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == chosen
    page.close()


def test_frame_icons_stay_visible_in_forced_colours(browser, site_base):
    """Windows High Contrast replaces background colours with the page's: the icons, drawn as masked backgrounds, are
    drawn in the forced text colour instead, as an inline SVG's fill would be."""
    page = browser.new_page()
    page.emulate_media(forced_colors="active")
    page.goto(site_base + "index.html", wait_until="load")
    for icon in page.locator("header .kb-icon:visible").all():
        colours = icon.evaluate(
            "el => [getComputedStyle(el).backgroundColor, getComputedStyle(el.closest('header')).backgroundColor]"
        )
        assert colours[0] != colours[1]
    assert page.locator("header .kb-icon:visible").count() >= 2  # the logo and the palette toggle
    page.close()
