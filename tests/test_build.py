"""`kb-build build` as a user runs it: the HTML it writes, page by page."""

from __future__ import annotations

import hashlib
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from kb_build.emit.paths import plan_page_path
from kb_build.model import Plan
from kb_build.text import sort_key

from .conftest import kb_build
from .sitecheck import broken_links, external_references, open_data, own_text, parse


def page_of(site: Path, plan: Plan) -> Path:
    return site / plan_page_path(plan).replace(".md", ".html")


def card(soup) -> dict[str, str]:
    meta = soup.select_one("article .kb-meta dl")
    assert meta is not None, "plan page has no metadata card"
    return {dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(" ", strip=True) for dt in meta.select("dt")}


def squash(text: str) -> str:
    return " ".join(text.split())


def test_every_plan_page_has_card_body_and_footnotes(built_site, corpus):
    for plan in corpus.plans:
        soup = parse(page_of(built_site, plan))
        assert own_text(soup.select_one("article h1")) == f"{plan.label}: {plan.title}"
        meta = card(soup)
        assert meta["Loại văn bản"] == plan.type
        assert meta["Số, ký hiệu"] == (plan.number or "Không ghi")
        assert meta["Ngày ban hành"] == (plan.issued.strftime("%d/%m/%Y") if plan.issued else "Không ghi")
        assert meta["Cơ quan ban hành"] == plan.issuer
        assert meta["Cấp"] == plan.level
        assert meta["Năm"] == str(plan.year)
        assert plan.locality is None or meta["Địa bàn"].startswith(plan.locality)  # + today's province
        for passage in plan.passages:
            element = soup.find(id=passage.anchor)
            assert element is not None, f"{plan.id}: no element #{passage.anchor}"
            assert element.name == {"heading": f"h{passage.level}", "paragraph": "p", "item": "p"}[passage.kind]
            # an item is drawn with the source's own mark, as text
            assert own_text(element) == squash(passage.quote), (plan.id, passage.anchor)
            assert (f"kb-item-{passage.level}" in element.get("class", [])) == (passage.kind == "item")
            for note in passage.notes:
                ref = element.find("a", href=f"#fn:{note.label}")
                assert ref is not None, f"{plan.id}: footnote {note.label} not inside #{passage.anchor}"
        notes = soup.select("p.kb-footnote")
        assert [p["id"] for p in notes] == [f"fn:{n.label}" for n in plan.footnotes]
        for p, note in zip(notes, plan.footnotes, strict=True):  # led by the source's own label
            assert p.select_one("a.kb-fn-back").get_text() == note.label
            assert own_text(p) == squash(note.text)


def test_plan_page_closing_and_editor_notes(built_site, corpus):
    plan = next(p for p in corpus.plans if p.signer)
    soup = parse(page_of(built_site, plan))
    assert squash(soup.select_one(".kb-signer").get_text()) == plan.signer
    lines = soup.select_one(".kb-recipients p").get_text().split("\n")
    assert [squash(line) for line in lines] == ["Nơi nhận:", *(f"- {r}" for r in plan.recipients)]
    notes = soup.find("details", class_="note")
    assert notes is not None and "Ghi chú biên tập" in notes.get_text()


def test_year_pages_list_their_plans_by_system(built_site, corpus):
    years = sorted({p.year for p in corpus.plans})
    for year in years:
        soup = parse(built_site / str(year) / "index.html")
        assert own_text(soup.select_one("article h1")) == f"Năm {year}"
        links = {a["href"] for a in soup.select("article a[href$='.html']")}
        plans = [p for p in corpus.plans if p.year == year]
        assert {f"{p.id}.html" for p in plans} <= links
        headings = [own_text(h) for h in soup.select("article h2") if own_text(h) != "Chủ đề trong năm"]
        assert headings == [s for s in ("Đảng", "Mặt trận", "Nhà nước") if any(p.system == s for p in plans)]


def test_catalog_and_home(built_site, corpus):
    catalog = parse(built_site / "van-ban.html")
    assert catalog.select_one("#kb-catalog")["data-src"] == "assets/catalog.js"  # filled by kb-catalog.js
    home = parse(built_site / "index.html")
    text = squash(home.select_one("article").get_text())
    assert f"Kho hiện có {len(corpus.plans)} văn bản" in text
    assert {a["href"] for a in home.select("article a")} >= {
        "van-ban.html",
        "van-ban.html?he-thong=%C4%90%E1%BA%A3ng",  # the catalogue with a filter set
        "huong-dan-bien-tap.html",
        "2024/index.html",
    }
    year = parse(built_site / "2024" / "index.html")
    assert year.find("a", href="../van-ban.html?tu-nam=2024&den-nam=2024") is not None
    assert home.html["lang"] == "vi"


READER_MENU = [
    ("Trang chủ", "index.html"),
    ("Danh mục văn bản", "van-ban.html"),
    ("Theo năm", "nam.html"),
    ("Chủ đề", "chu-de.html"),
    ("Văn bản dẫn chiếu", "van-ban-dan-chieu.html"),
    ("Chính sách, cụm từ", "chinh-sach-cum-tu.html"),
    ("Ngày kỷ niệm", "ngay-ky-niem.html"),
    ("Dữ liệu mở", "du-lieu-mo.html"),
]


@pytest.mark.parametrize("page", ["index.html", "2024/2024-kh-duk-ninh-binh.html", "chu-de/bien-dao-bien-gioi.html"])
def test_the_menu_holds_the_readers_pages_once_and_no_theme_advert(built_site, page):
    soup = parse(built_site / page)
    up = "../" * page.count("/")
    links = [(squash(a.get_text()), a["href"]) for a in soup.select("nav.md-nav--primary > ul > li > a")]
    assert links == [(label, up + href) for label, href in READER_MENU]
    assert not (built_site / "ket-qua-tim-kiem.html").exists() and not (built_site / "ket-qua-quy-mo.html").exists()
    assert "Material" not in soup.select_one("footer").get_text()
    years = parse(built_site / "nam.html").select("article table tbody tr")
    assert [squash(tr.td.get_text()) for tr in years] == ["2024", "2023", "2022", "2021"]


@pytest.mark.parametrize("page", ["index.html", "2024/2024-kh-duk-ninh-binh.html", "chu-de/bien-dao-bien-gioi.html"])
def test_the_page_frame_is_light(built_site, page):
    """What every page repeats (several per plan) stays small: the frame's icons are drawn by the site's stylesheet
    and its palette script is a cached file, not inline on each page; the theme's configuration carries no
    strings of the search it does not use."""
    soup = parse(built_site / page)
    frame = [soup.select_one("header"), soup.select_one("nav.md-nav--primary"), soup.select_one(".md-top")]
    assert all(part is not None and part.find("svg") is None for part in frame)
    assert {icon["class"][1] for part in frame for icon in part.select(".kb-icon")} == {
        "kb-icon--library",
        "kb-icon--menu",
        "kb-icon--weather-night",
        "kb-icon--weather-sunny",
        "kb-icon--arrow-up",
    }
    assert soup.select_one("header script[src$='javascripts/kb-palette.js']") is not None
    config = json.loads(soup.select_one("#__config").string)
    assert config["translations"] and not any(key.startswith("search.") for key in config["translations"])
    stylesheet = (built_site / "stylesheets" / "kb.css").read_text(encoding="utf-8")
    assert all(f".kb-icon--{name} {{" in stylesheet for name in ("library", "menu", "weather-night", "arrow-up"))


def test_no_broken_links_or_anchors(built_site):
    assert broken_links(built_site) == []
    assert len(list(built_site.rglob("*.html"))) >= 10


def test_nothing_loaded_from_outside(built_site):
    assert external_references(built_site) == []
    for page in built_site.rglob("*.html"):
        assert "fonts.googleapis" not in page.read_text(encoding="utf-8")


def digest(site: Path) -> dict[str, str]:
    return {
        str(p.relative_to(site)): hashlib.sha256(p.read_bytes()).hexdigest() for p in site.rglob("*") if p.is_file()
    }


def test_failed_build_leaves_previous_site(project):
    assert kb_build("build", "--root", str(project)).returncode == 0
    before = digest(project / "site")
    plan = project / "corpus" / "plans" / "2022" / "2022-kh-mttq-tra-vinh.md"
    plan.write_text(plan.read_text(encoding="utf-8").replace("level: tỉnh", "level: ấp"), encoding="utf-8")
    result = kb_build("build", "--root", str(project))
    assert result.returncode == 1
    assert "corpus/plans/2022/2022-kh-mttq-tra-vinh.md:8: lỗi: “level”: “ấp” không thuộc" in result.stderr
    assert digest(project / "site") == before


def test_render_failure_leaves_previous_site(project):
    assert kb_build("build", "--root", str(project)).returncode == 0
    before = digest(project / "site")
    guide = project / "docs" / "huong-dan-bien-tap.md"
    guide.write_text(guide.read_text(encoding="utf-8") + "\n[hỏng](khong-co-trang-nay.md)\n", encoding="utf-8")
    result = kb_build("build", "--root", str(project))
    assert result.returncode == 1
    assert "khong-co-trang-nay.md" in result.stderr
    assert digest(project / "site") == before
    assert sorted(p.name for p in project.iterdir() if p.name.startswith("site")) == ["site"]


@pytest.mark.parametrize(
    "payload",
    [
        "<script>window.__pwned = 1</script>",
        '<img src=x onerror="window.__pwned=1">',
        "[bấm vào](javascript:window.__pwned=1)",
        '*không nghiêng* và {: onclick="window.__pwned=1" }',
    ],
)
def test_raw_html_and_markdown_in_source_text_are_shown_as_text(project, payload):
    plan = project / "corpus" / "plans" / "2024" / "2024-kh-duk-ninh-binh.md"
    text = plan.read_text(encoding="utf-8")
    text = text.replace("- Đấu tranh, phản bác", f"- {payload} Đấu tranh, phản bác", 1)
    quoted = payload.replace("'", "''")
    text = text.replace("title: Công tác thông tin đối ngoại năm 2024", f"title: '{quoted} Công tác thông tin'", 1)
    plan.write_text(text, encoding="utf-8")
    result = kb_build("build", "--root", str(project))
    assert result.returncode == 0, result.stderr
    soup = parse(project / "site" / "2024" / "2024-kh-duk-ninh-binh.html")
    article = soup.select_one("article")
    assert payload in squash(article.get_text())
    assert own_text(article.h1).startswith(f"Kế hoạch số 144-KH/ĐUK: {payload} Công tác")
    assert not article.find_all(["img", "em", "iframe"])
    # the one script is the page's citation data: JSON, with the title's “<” escaped inside it
    for script in article.find_all("script"):
        assert script["type"] == "application/json" and "<" not in script.string
    assert not any(a.get("href", "").startswith("javascript:") for a in soup.find_all("a"))
    assert not any(attr.startswith("on") for el in article.find_all(True) for attr in el.attrs)


def test_404_page_is_vietnamese_and_links_home(built_site):
    soup = parse(built_site / "404.html")
    assert own_text(soup.select_one("article h1")) == "Không tìm thấy trang"
    assert soup.find("a", string="Về trang chủ")["href"] == "/index.html"


def test_heading_ids_keep_d_for_đ(built_site):
    guide = parse(built_site / "huong-dan-bien-tap.html")
    ids = {h["id"] for h in guide.select("article h2, article h3")}
    assert {"dinh-dang-mot-van-ban", "chu-giai", "duong-dan-toi-tung-doan"} <= ids


def test_directive_page_lists_citing_plan_with_sentence_and_anchor(built_site):
    soup = parse(built_site / "dan-chieu" / "kl-57-tw-2023.html")
    assert own_text(soup.select_one("article h1")) == "Kết luận số 57-KL/TW"
    card_text = squash(soup.select_one(".kb-meta").get_text(" "))
    assert "15/06/2023" in card_text and "Bộ Chính trị" in card_text
    place = soup.find(id="nam-2024").find_next("p")  # the citing passage's place, then its sentence
    assert place.a["href"] == "../2024/2024-kh-duk-ninh-binh.html#d-i-1-1"
    quote = place.find_next_sibling("blockquote")
    assert "triển khai có hiệu quả Kết luận số 57-KL/TW, ngày 15/6/2023" in squash(quote.get_text())
    assert squash(quote.strong.get_text()).startswith("Kết luận số 57-KL/TW, ngày 15/6/2023 của Bộ Chính trị")


def test_matrix_cell_links_to_the_citing_plan(built_site):
    by_type = parse(built_site / "van-ban-dan-chieu-theo-nam.html")  # the old address: one table per type
    assert by_type.find("a", href="van-ban-dan-chieu-theo-nam/chi-thi.html") is not None
    soup = parse(built_site / "van-ban-dan-chieu-theo-nam" / "chi-thi.html")  # the table of one type
    header = [own_text(th) for th in soup.select("article table thead th")]
    row = next(tr for tr in soup.select("article table tbody tr") if own_text(tr.td) == "Chỉ thị số 12-CT/TW")
    cell = row.find_all("td")[header.index("2022")]
    assert cell.a["href"] == "../2022/2022-kh-mttq-tra-vinh.html#d-ii-1"
    assert own_text(row.find_all("td")[header.index("2024")]) == ""


def test_plan_pages_link_citations_with_a_hover_description(built_site):
    soup = parse(built_site / "2024" / "2024-kh-duk-ninh-binh.html")
    link = soup.find(id="d-i-1-1").find("a", href="../dan-chieu/kl-57-tw-2023.html")
    assert own_text(link) == (
        "Kết luận số 57-KL/TW, ngày 15/6/2023 của Bộ Chính trị về “Tiếp tục nâng cao chất lượng, "
        "hiệu quả công tác thông tin đối ngoại trong tình hình mới”"
    )
    assert link["title"].startswith("Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị: Tiếp tục nâng cao")
    footnote = soup.find(id="fn:1")
    assert footnote.find("a", href="../dan-chieu/qd-362-ttg-2019.html")
    card = soup.select_one(".kb-meta")
    assert card.find("a", href="../dan-chieu/kh-25-bcd-2024.html")


def test_conflicting_sources_are_quoted_on_the_directive_page(built_site):
    soup = parse(built_site / "dan-chieu" / "qd-362-ttg-2019.html")
    note = squash(soup.select_one(".admonition.warning").get_text(" "))
    assert "Ngày 3/4/2019" in note and "Ngày 3/4/2021" in note
    hrefs = [a["href"] for a in soup.select(".admonition.warning a")]
    assert hrefs == ["../2021/2021-hd-mttq-sam-son.html#d-ii-3", "../2024/2024-kh-duk-ninh-binh.html#fn:1"]


def test_directive_index_by_type_and_issuer(built_site, corpus):
    from kb_build.link import link

    kb = link(corpus)
    soup = parse(built_site / "van-ban-dan-chieu.html")
    headings = [own_text(h) for h in soup.select("article h2")]
    assert headings == ["Theo loại văn bản", "Theo cơ quan ban hành"]
    types = [own_text(tr.td) for tr in soup.select("article table")[0].select("tbody tr")]
    assert types == sorted({d.type for d in kb.registry.directives.values()}, key=sort_key)
    listed = []  # each type's own page lists its documents: every document once
    for tr in soup.select("article table")[0].select("tbody tr"):
        page = parse(built_site / tr.find_all("td")[2].a["href"])
        listed += [a["href"] for a in page.select("article li > a:first-child")]
    assert sorted(listed) == sorted(f"../dan-chieu/{slug}.html" for slug in kb.registry.directives)
    issuers = [own_text(tr.td) for tr in soup.select("article table")[1].select("tbody tr")]
    assert issuers == sorted(issuers, key=sort_key)


def test_data_export(built_site, corpus):

    plans = open_data(built_site, "plans")
    assert sorted(p["id"] for p in plans) == sorted(p.id for p in corpus.plans)
    directives = open_data(built_site, "directives")
    kl57 = next(d for d in directives if d["id"] == "kl-57-tw-2023")
    assert kl57["date"] == "2023-06-15" and len(kl57["cited_by"]) == 7
    for cited in kl57["cited_by"]:
        page, anchor = cited["url"].split("#")
        assert parse(built_site / page).find(id=anchor) is not None


def test_implementation_chain_is_walkable_both_ways(project):
    """A province plan that implements a central guidance in the corpus links to it, and back."""
    central = project / "corpus" / "plans" / "2022" / "2022-hd-mttq-trung-uong.md"
    source = (project / "corpus" / "plans" / "2023" / "2023-hd-mttq-trung-uong.md").read_text(encoding="utf-8")
    text = source.replace("id: 2023-hd-mttq-trung-uong", "id: 2022-hd-mttq-trung-uong\nnumber: 79/HD-MTTW-BTT")
    text = text.replace("title: Công tác thông tin đối ngoại năm 2023", "title: Công tác thông tin đối ngoại năm 2022")
    central.write_text(text.replace("year: 2023", "year: 2022"), encoding="utf-8")
    result = kb_build("build", "--root", str(project))
    assert result.returncode == 0, result.stderr
    site = project / "site"
    province = parse(site / "2022" / "2022-kh-mttq-tra-vinh.html")
    up = province.select_one(".kb-meta").find("a", href="../dan-chieu/hd-79-mttw-btt-2022.html")
    assert up is not None
    directive = parse(site / "dan-chieu" / "hd-79-mttw-btt-2022.html")
    assert directive.find("a", href="../2022/2022-hd-mttq-trung-uong.html") is not None
    down = parse(site / "2022" / "2022-hd-mttq-trung-uong.html").find(id="duoc-thuc-hien-boi").find_next("ul")
    assert [a["href"] for a in down.select("a")] == ["2022-kh-mttq-tra-vinh.html"]  # MkDocs shortens ../2022/


def _build_on_a_terminal(root: Path) -> str:
    """Run ``kb-build build`` with stderr on a pseudo-terminal, as an editor's shell would; return what it drew."""
    main, secondary = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "kb_build", "build", "--root", str(root)],
        stdout=subprocess.DEVNULL,
        stderr=secondary,
        env={**os.environ, "TERM": "xterm-256color", "COLUMNS": "120"},
    )
    os.close(secondary)
    drawn = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        drawn += chunk
    os.close(main)
    assert process.wait(timeout=600) == 0
    return drawn.decode("utf-8", "replace")


def test_progress_is_drawn_on_a_terminal_and_quiet_in_a_pipe(project):
    drawn = _build_on_a_terminal(project)
    assert "Đọc và kiểm tra" in drawn and "Tạo trang văn bản" in drawn  # the stages, with a bar
    assert "\x1b[" in drawn  # redrawn in place
    piped = kb_build("build", "--root", str(project))
    assert piped.returncode == 0, piped.stderr
    assert "\x1b[" not in piped.stdout + piped.stderr
    assert "Đọc và kiểm tra" not in piped.stderr
