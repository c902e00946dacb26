"""Localities across the 2025 merger of provinces: the plan keeps its locality, the site adds today's province."""

from __future__ import annotations

from kb_build.link import link

from .sitecheck import open_data, parse

# Read in DOMAIN.md (“Places before and after the 2025 merger”), not taken from the data file.
MERGED = {
    "Trà Vinh": "Vĩnh Long",
    "Bến Tre": "Vĩnh Long",
    "Hà Nam": "Ninh Bình",
    "Nam Định": "Ninh Bình",
    "Ninh Thuận": "Khánh Hòa",
    "Yên Bái": "Lào Cai",
}
UNCHANGED = ("Thanh Hóa", "Hà Tĩnh")


def test_the_mapping_is_63_provinces_into_34(corpus):
    places = link(corpus).places
    provinces = list(places.by_folded_name.values())
    assert len(provinces) == 63 and len({p.today for p in provinces}) == 34
    assert {p.today for p in provinces if p.today_kind == "thành phố"} == {
        "Hà Nội",
        "Hồ Chí Minh",
        "Hải Phòng",
        "Đà Nẵng",
        "Cần Thơ",
        "Huế",
    }  # fmt: skip  (Nghị quyết 202/2025/QH15: six centrally-run cities)
    by_name = {p.name: p.today for p in provinces}
    assert {name: by_name[name] for name in MERGED} == MERGED
    assert all(by_name[name] == name for name in UNCHANGED)


def test_cards_catalogue_and_data_name_todays_province(built_site):
    card = parse(built_site / "2022" / "2022-kh-mttq-tra-vinh.html").select_one(".kb-meta").get_text(" ")
    assert "Trà Vinh (nay thuộc tỉnh Vĩnh Long)" in " ".join(card.split())
    for page in ("2021/2021-hd-mttq-sam-son.html", "2024/2024-kh-duk-ninh-binh.html"):  # provinces kept
        assert "nay thuộc" not in parse(built_site / page).select_one(".kb-meta").get_text()
    catalogue = (built_site / "assets" / "catalog.js").read_text(encoding="utf-8")  # the catalogue's rows
    assert '"Trà Vinh","Vĩnh Long",2022," (nay thuộc tỉnh Vĩnh Long)"' in catalogue
    plans = {p["id"]: p for p in open_data(built_site, "plans")}
    assert plans["2022-kh-mttq-tra-vinh"]["locality"] == "Trà Vinh"  # as issued
    assert plans["2022-kh-mttq-tra-vinh"]["province_today"] == "Vĩnh Long"
    assert plans["2021-hd-mttq-sam-son"]["province_today"] == "Thanh Hóa"
    assert plans["2023-hd-mttq-trung-uong"]["province_today"] is None  # central level: no province
