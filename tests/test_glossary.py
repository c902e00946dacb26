"""Policies glossary and anniversary calendar, as built pages and data a reader uses."""

from __future__ import annotations

import pytest
from icalendar import Calendar
from lunar_vn.core import convert_lunar_to_solar

from kb_build.link import link
from kb_build.text import sort_key

from .conftest import kb_build
from .sitecheck import open_data, own_text, parse


@pytest.fixture(scope="module")
def kb(corpus):
    return link(corpus)


def test_every_policy_mention_is_linked_and_lone_words_never(built_site, corpus, kb):
    # Independent expectation: plain case-insensitive substring search for each wording.
    wordings = {}
    for policy in kb.policies.by_id.values():
        for wording in (policy.name, *policy.entry.fields.get("aliases", ())):
            wordings[wording.replace(",", "").replace(":", "").casefold()] = policy.id
    for plan in corpus.plans:
        soup = parse(built_site / str(plan.year) / f"{plan.id}.html")
        for anchor, text in [(p.anchor, p.text) for p in plan.passages] + [(n.anchor, n.text) for n in plan.footnotes]:
            flat = text.replace(",", "").replace(":", "").replace("“", "").replace("”", "").casefold()
            expected = {pid for wording, pid in wordings.items() if wording in flat}
            if not expected:
                continue
            element = soup.find(id=anchor)
            linked = {a["href"].split("/")[-1].removesuffix(".html") for a in element.select("a[href*='chu-giai/']")}
            assert linked == expected, (plan.id, anchor)
    for page in built_site.rglob("*.html"):
        for a in parse(page).select("a[href*='chu-giai/']"):
            assert own_text(a).casefold() not in {"không", "tre", "bốn", "cây tre"}, page


def test_policy_link_shows_the_formulation_on_hover(built_site):
    soup = parse(built_site / "2024" / "2024-kh-duk-ninh-binh.html")
    link_ = soup.find(id="fn:4").find("a", href="../chu-giai/bon-khong.html")
    assert own_text(link_) == "bốn không"
    assert link_["title"].startswith("Chính sách quốc phòng “bốn không”: không tham gia liên minh quân sự;")


def test_policy_page(built_site):
    soup = parse(built_site / "chu-giai" / "bon-khong.html")
    text = " ".join(soup.select_one("article").get_text(" ").split())
    assert "không cho nước ngoài đặt căn cứ quân sự" in own_text(soup.select_one("article blockquote"))
    assert "bản dịch không chính thức" in text
    # Nghị định 30's form; the source gives no date, and the citation says so instead of leaving a gap
    assert (
        "Kế hoạch số 144-KH/ĐUK không ghi ngày của Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh "
        "Ninh Bình về “Công tác thông tin đối ngoại năm 2024”, chú thích 4" in text
    )
    assert "(năm 2024)" not in text
    assert soup.find(id="nam-2024") is not None
    assert soup.select_one("article a[href='../2024/2024-kh-duk-ninh-binh.html#fn:4']") is not None
    assert "Xuất hiện lần đầu trong kho 2024" in text


def test_glossary_index_in_vietnamese_order(built_site, kb):
    soup = parse(built_site / "chinh-sach-cum-tu.html")
    names = [own_text(a) for a in soup.select("article li > a")]
    assert names == sorted((p.name for p in kb.policies.by_id.values()), key=sort_key)
    letters = [own_text(h) for h in soup.select("article h2")]
    assert letters == sorted(letters, key=sort_key) and "Đ" in letters


def _rows(page):
    rows = {}
    for tr in parse(page).select("article table")[0].select("tbody tr"):
        cells = [own_text(td) for td in tr.find_all("td")]
        rows[cells[1]] = cells
    return rows


def test_2023_lists_paris_and_five_relations_at_fifty_years(built_site):
    rows = _rows(built_site / "ky-niem" / "2023.html")
    expected = {
        "Ngày ký Hiệp định Paris về chấm dứt chiến tranh, lập lại hòa bình ở Việt Nam": "27/01",
        "Thiết lập quan hệ ngoại giao Việt Nam – Malaysia": "30/03",
        "Thiết lập quan hệ ngoại giao Việt Nam – Pháp": "12/04",
        "Thiết lập quan hệ ngoại giao Việt Nam – Singapore": "01/08",
        "Thiết lập quan hệ ngoại giao Việt Nam – Vương quốc Anh": "11/09",
        "Thiết lập quan hệ ngoại giao Việt Nam – Nhật Bản": "21/09",
    }
    for name, day in expected.items():
        assert rows[name][0] == day and rows[name][3] == "50 năm", name
        assert "2023-hd-mttq-trung-uong" not in rows[name][4] and rows[name][4] != "—"  # the 2023 plan, linked
    days = [cells[0] for cells in rows.values()]
    assert days == sorted(days, key=lambda d: (d[3:5], d[:2]))  # sorted by date


def test_2024_lists_sweden_and_brazil(built_site):
    rows = _rows(built_site / "ky-niem" / "2024.html")
    assert rows["Thiết lập quan hệ ngoại giao Việt Nam – Thụy Điển"][3] == "55 năm"
    assert rows["Thiết lập quan hệ ngoại giao Việt Nam – Brazil"][3] == "35 năm"
    bold_2024 = {own_text(b) for b in parse(built_site / "ky-niem" / "2024.html").select("article table td strong")}
    bold_2023 = {own_text(b) for b in parse(built_site / "ky-niem" / "2023.html").select("article table td strong")}
    assert "50 năm" in bold_2023  # 10/25/50/75/100 are highlighted …
    assert "55 năm" not in bold_2024 and "35 năm" not in bold_2024  # … other multiples of 5 are not


@pytest.mark.parametrize("year", [2023, 2024])
def test_lunar_event_lands_on_the_library_solar_date(built_site, year):
    soup = parse(built_site / "ky-niem" / f"{year}.html")
    row = next(tr for tr in soup.select("article table")[1].select("tbody tr") if "Giỗ Tổ Hùng Vương" in tr.get_text())
    solar = convert_lunar_to_solar(10, 3, year)
    assert own_text(row.td) == f"{solar.day:02d}/{solar.month:02d} (10/3 âm lịch)"


def test_year_page_links_to_its_anniversaries(built_site):
    soup = parse(built_site / "2023" / "index.html")
    assert soup.find("a", href="../ky-niem/2023.html") is not None


def test_check_warns_about_1923_and_the_page_shows_a_note(project, built_site):
    result = kb_build("check", "--root", str(project))
    assert result.returncode == 0
    warning = next(line for line in result.stdout.splitlines() if "27/1/1973-27/1/1923" in line)
    assert warning.startswith("corpus/plans/2023/2023-hd-mttq-trung-uong.md:")
    assert "không khớp “50 năm”" in warning
    footnote = parse(built_site / "2023" / "2023-hd-mttq-trung-uong.html").find(id="fn:2")
    note = footnote.find_next_sibling()  # beside the footnote, labelled, never inside its text
    assert "admonition" in note["class"] and "Lưu ý của kho" in note.get_text()
    assert "27/1/1973-27/1/1923" in note.get_text() and "Kho giữ nguyên văn" in note.get_text()
    assert "(27/1/1973-27/1/1923)" in own_text(footnote)  # the source text itself is untouched
    assert "Kho giữ nguyên văn" not in footnote.get_text()


def test_ics_files_parse_back_with_the_expected_events(built_site):
    year_file = Calendar.from_ical((built_site / "data" / "ngay-ky-niem-2023.ics").read_bytes())
    events = {str(e["summary"]): e.decoded("dtstart") for e in year_file.walk("VEVENT")}
    paris = "Kỷ niệm 50 năm: Ngày ký Hiệp định Paris về chấm dứt chiến tranh, lập lại hòa bình ở Việt Nam"
    assert events[paris].isoformat() == "2023-01-27"
    assert events["Giỗ Tổ Hùng Vương"] == convert_lunar_to_solar(10, 3, 2023)
    assert all(e.get("uid") and e.get("dtstamp") for e in year_file.walk("VEVENT"))
    everything = Calendar.from_ical((built_site / "data" / "ngay-ky-niem.ics").read_bytes())
    summaries = [str(e["summary"]) for e in everything.walk("VEVENT")]
    assert "Kỷ niệm 55 năm: Thiết lập quan hệ ngoại giao Việt Nam – Thụy Điển" in summaries
    assert summaries.count("Giỗ Tổ Hùng Vương") == len({e.decoded("dtstart").year for e in everything.walk("VEVENT")})


def test_policies_and_anniversaries_data(built_site):
    policies = open_data(built_site, "policies")
    bon_khong = next(p for p in policies if p["id"] == "bon-khong")
    assert bon_khong["mentions"][0]["url"] == "2024/2024-kh-duk-ninh-binh.html#fn:4"
    anniversaries = open_data(built_site, "anniversaries")
    sweden = next(a for a in anniversaries if a["id"] == "quan-he-thuy-dien")
    assert sweden["round_anniversaries"]["2024"]["years"] == 55
    assert all(a["sources"] for a in anniversaries)
