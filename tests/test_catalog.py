"""The catalogue: every document with its facets, filtered offline in the browser."""

from __future__ import annotations

import json

import pytest

from kb_build.text import sort_key

from .browser import watched_page


def catalog_data(site):
    text = (site / "assets" / "catalog.js").read_text(encoding="utf-8")
    return json.loads(text.removeprefix("kbCatalogLoad(").rstrip().removesuffix(");"))


def test_the_data_file_holds_every_plan_once_newest_first(built_site, corpus):
    data = catalog_data(built_site)
    rows = data["rows"]
    assert sorted(r[0] for r in rows) == sorted(f"{p.year}/{p.id}.html" for p in corpus.plans)
    assert [r[11] for r in rows] == sorted((r[11] for r in rows), reverse=True)
    tra_vinh = next(r for r in rows if r[0] == "2022/2022-kh-mttq-tra-vinh.html")
    assert (tra_vinh[9], tra_vinh[10], tra_vinh[12]) == ("Trà Vinh", "Vĩnh Long", " (nay thuộc tỉnh Vĩnh Long)")
    for name in ("type", "issuer", "system", "level", "province"):
        assert data["facets"][name] == sorted(data["facets"][name], key=sort_key)  # Vietnamese order


@pytest.fixture(params=["desktop", "phone"])
def reader(request, browser, site_base):
    size = {"viewport": {"width": 390, "height": 844}, "has_touch": True} if request.param == "phone" else {}
    with watched_page(browser, site_base, **size) as page:
        yield page


def shown(page) -> list[str]:
    return page.locator(".kb-catalog-table tbody a").evaluate_all("links => links.map(a => a.href)")


@pytest.mark.browser
def test_filters_by_facet_merged_province_years_and_words(reader, site_base):
    page = reader
    page.goto(site_base + "van-ban.html?tinh=V%C4%A9nh%20Long", wait_until="load")  # a link with a filter set
    page.wait_for_selector(".kb-catalog-table tbody tr")
    assert [url.rsplit("/", 1)[1] for url in shown(page)] == ["2022-kh-mttq-tra-vinh.html"]  # Trà Vinh, merged
    assert "Trà Vinh (nay thuộc tỉnh Vĩnh Long)" in page.locator(".kb-catalog-table").inner_text()
    page.locator(".kb-catalog-reset").click()
    assert len(shown(page)) == 4 and page.locator(".kb-catalog-status").inner_text() == "4 văn bản"
    page.select_option("select[name=he-thong]", "Đảng")
    assert [url.rsplit("/", 1)[1] for url in shown(page)] == ["2024-kh-duk-ninh-binh.html"]
    assert "he-thong=" in page.url  # the filter is in the address, to bookmark or share
    page.locator(".kb-catalog-reset").click()
    page.select_option("select[name=tu-nam]", "2022")
    page.select_option("select[name=den-nam]", "2023")
    assert sorted(url.rsplit("/", 2)[1] for url in shown(page)) == ["2022", "2023"]
    page.locator(".kb-catalog-reset").click()
    page.fill("input[name=q]", "sam son")  # words without diacritics
    assert [url.rsplit("/", 1)[1] for url in shown(page)] == ["2021-hd-mttq-sam-son.html"]
    page.locator(".kb-catalog-table tbody a").first.click()
    page.wait_for_url("**/2021/2021-hd-mttq-sam-son.html")
