"""Topics: the taxonomy, topic pages with anchors, overrides that editors control, changes over years."""

from __future__ import annotations

import yaml

from kb_build.build import build
from kb_build.emit import paging
from kb_build.link import link
from kb_build.project import Project
from kb_build.text import sort_key

from .conftest import ROOT, kb_build
from .sitecheck import broken_links, open_data, own_text, parse

EAST_SEA = ["d-ii-2-6", "d-ii-2-7", "d-ii-3-6", "fn:10"]  # the 2024 plan's Biển Đông items and footnote 10


def test_taxonomy_is_editable_data():
    topics = yaml.safe_load((ROOT / "corpus" / "glossary" / "topics.yaml").read_text(encoding="utf-8"))
    assert 15 <= len(topics) <= 25
    assert all(t["definition"] and t["phrases"] for t in topics)


def test_east_sea_passages_are_on_the_sea_and_islands_page(built_site):
    overview = parse(built_site / "chu-de" / "bien-dao-bien-gioi.html")  # the topic's address: its overview
    assert overview.find("a", href="bien-dao-bien-gioi/2024.html") is not None
    soup = parse(built_site / "chu-de" / "bien-dao-bien-gioi" / "2024.html")  # its passages of 2024
    hrefs = {a["href"] for a in soup.select("article a[href^='../../2024/']")}
    for anchor in EAST_SEA:
        href = f"../../2024/2024-kh-duk-ninh-binh.html#{anchor}"
        assert href in hrefs, anchor
        assert parse(built_site / "2024" / "2024-kh-duk-ninh-binh.html").find(id=anchor) is not None
    quoted = " ".join(own_text(q) for q in soup.select("article blockquote"))
    assert "quan điểm, lập trường về giải quyết các tranh chấp trên Biển Đông" in quoted
    assert "phù hợp với Hiến chương Liên hiệp quốc và UNCLOS 1982." in quoted


def test_topic_overview_counts_by_year_and_links_each_year_page(built_site, corpus):
    soup = parse(built_site / "chu-de" / "bien-dao-bien-gioi.html")
    rows = soup.select("article table tbody tr")
    years = [own_text(r.td) for r in rows]
    assert years == sorted(years, reverse=True) and years[0] == "2024"
    assert [r.td.a["href"] for r in rows] == [f"bien-dao-bien-gioi/{y}.html" for y in years]
    bars = {
        own_text(r.select_one(".kb-chart-year")): own_text(r.select_one(".kb-chart-count"))
        for r in soup.select(".kb-chart-row")
    }
    assert set(bars) == {str(p.year) for p in corpus.plans}
    year = parse(built_site / "chu-de" / "bien-dao-bien-gioi" / "2024.html")
    issuer = "Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Ninh Bình"
    assert own_text(year.select_one("article h2")) == issuer
    assert year.find("a", href="../bien-dao-bien-gioi.html") is not None  # back to the overview
    cited = year.find(id="van-ban-duoc-dan-chieu")
    assert cited is not None and cited.find_next("ul").select("a")  # directives cited in these passages


def test_split_pages_hold_every_passage_once_under_its_year(built_site, corpus):
    from kb_build.emit.topic_pages import year_parts
    from kb_build.link import link

    kb = link(corpus)
    for topic in kb.topics.by_id.values():
        shown: list[tuple[int, str]] = []
        for page in sorted((built_site / "chu-de" / topic.id).glob("*.html")):
            year = int(page.stem.split("-")[0])
            for quote in parse(page).select("article .kb-q"):
                if quote.find_parent(class_="kb-diff") is None and not quote.find_previous("h2", id="thay-doi"):
                    plan_id, anchor = quote["data-q"].split("#")
                    shown.append((year, f"{plan_id}#{anchor}"))
        expected = sorted((p.plan.year, f"{p.plan.id}#{p.anchor}") for p in topic.passages)
        assert sorted(shown) == expected, topic.id
        # a large year is cut between plans into parts; each passage still once, the parts in order
        parts = year_parts(topic, per_page=2)
        assert sorted((p.plan.year, p.anchor, p.plan.id) for part in parts for p in part.items) == sorted(
            (p.plan.year, p.anchor, p.plan.id) for p in topic.passages
        )
        where = {(p.plan.id, part.part) for part in parts for p in part.items}
        assert len(where) == len({plan for plan, _ in where})  # a plan's passages are never cut apart


def test_changes_over_the_years_compare_one_issuer_with_itself(project):
    """Trà Vinh's 2022 plan against its own 2023 plan (a copy, reworded); never against another body."""
    source = project / "corpus" / "plans" / "2022" / "2022-kh-mttq-tra-vinh.md"
    text = source.read_text(encoding="utf-8")
    later = text.replace("id: 2022-kh-mttq-tra-vinh", "id: 2023-kh-mttq-tra-vinh").replace("year: 2022", "year: 2023")
    later = later.replace("luận điệu sai trái", "luận điệu sai trái, thù địch")
    dropped = next(line for line in text.splitlines() if line.startswith("Chủ động theo dõi nắm bắt tình hình dư luận"))
    later = later.replace(f"{dropped}\n\n", "")
    (project / "corpus" / "plans" / "2023" / "2023-kh-mttq-tra-vinh.md").write_text(later, encoding="utf-8")
    result = kb_build("build", "--root", str(project))
    assert result.returncode == 0, result.stderr
    year_page = parse(project / "site" / "chu-de" / "dau-tranh-phan-bac" / "2023.html")
    (to_changes,) = year_page.find("h2", id="thay-doi").find_next("p").select("a")
    assert to_changes["href"] == "2023-thay-doi.html" and own_text(to_changes) == "1 cơ quan"
    soup = parse(project / "site" / "chu-de" / "dau-tranh-phan-bac" / "2023-thay-doi.html")
    assert soup.find("a", href="2023.html") is not None  # back to the passages of the year
    # no table of contents repeating each issuer's heading in the frame (the year page keeps its own)
    assert not soup.select("nav.md-nav--secondary li")
    assert year_page.select("nav.md-nav--secondary li")
    headings = [own_text(h) for h in soup.select("article h2") if "→" in own_text(h)]
    assert headings == ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh: 2022 → 2023"]
    diffs = soup.select(".kb-diff")
    assert diffs and all(d.find("ins") for d in diffs) and not any(d.find("del") for d in diffs)
    assert "thù địch" in " ".join(d.find("ins").get_text() for d in diffs)
    assert not soup.select("article li .kb-diff, article li blockquote, article li .kb-q")  # no list marker
    # the two plans are named once, newer first, each linked; a passage's link then says where in its plan
    compared = next(p for p in soup.select("article p") if own_text(p).startswith("So sánh"))
    assert [a["href"] for a in compared.select("a")] == [
        "../../2023/2023-kh-mttq-tra-vinh.html",
        "../../2022/2022-kh-mttq-tra-vinh.html",
    ]
    assert all("(2022)" in own_text(a) or "(2023)" in own_text(a) for a in compared.select("a"))
    # the dropped paragraph is named with a link to where the 2022 plan has it, not quoted again
    gone = next(p for p in soup.select("article p") if own_text(p).startswith("Không còn"))
    (link,) = gone.select("a")
    assert own_text(link).startswith("mục ") and "(2022)" not in own_text(link)
    plan, anchor = link["href"].split("#")
    assert plan == "../../2022/2022-kh-mttq-tra-vinh.html"
    target = parse(project / "site" / "2022" / "2022-kh-mttq-tra-vinh.html").find(id=anchor)
    assert own_text(target).startswith("Chủ động theo dõi nắm bắt tình hình dư luận")
    assert not soup.select("article blockquote")  # every passage is quoted once, on its year's page


def test_a_large_years_changes_are_linked_where_they_are(project, monkeypatch):
    """A year cut into parts whose first part holds no issuer that spoke before: the overview's count of issuers
    with changes links to the part that shows them (it linked to the first part's missing section)."""
    plans = project / "corpus" / "plans"
    text = (plans / "2022" / "2022-kh-mttq-tra-vinh.md").read_text(encoding="utf-8")
    again = text.replace("id: 2022-kh-mttq-tra-vinh", "id: 2023-kh-mttq-tra-vinh").replace("year: 2022", "year: 2023")
    (plans / "2023" / "2023-kh-mttq-tra-vinh.md").write_text(again, encoding="utf-8")
    # a body new to the topic whose name comes first in Vietnamese order, so that its plan opens the year
    issuer = next(line for line in text.splitlines() if line.startswith("issuer:"))
    first = again.replace("id: 2023-kh-mttq-tra-vinh", "id: 2023-kh-bcd-tra-vinh")
    first = first.replace(issuer, "issuer: Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Trà Vinh")
    (plans / "2023" / "2023-kh-bcd-tra-vinh.md").write_text(first, encoding="utf-8")
    monkeypatch.setattr(paging, "PER_PAGE", 1)  # each plan a part of its own
    build(Project(project))
    topic = project / "site" / "chu-de" / "dau-tranh-phan-bac"
    row = next(tr for tr in parse(topic.with_suffix(".html")).select("article table tbody tr") if "2023" in tr.td.text)
    (link,) = row.select("td")[-1].select("a")
    page, anchor = link["href"].split("#")
    assert anchor == "thay-doi" and page != "dau-tranh-phan-bac/2023.html"
    assert parse(topic.parent / page).find(id="thay-doi") is not None
    assert broken_links(project / "site") == []


def test_plan_year_and_index_pages_show_topics(built_site, corpus):
    card = parse(built_site / "2024" / "2024-kh-duk-ninh-binh.html").select_one(".kb-meta")
    assert card.find("a", href="../chu-de/bien-dao-bien-gioi.html") is not None
    year = parse(built_site / "2024" / "index.html")
    assert year.find(id="chu-de-trong-nam").find_next("a", href="../chu-de/bien-dao-bien-gioi.html")
    index = parse(built_site / "chu-de.html")
    names = [own_text(tr.td) for tr in index.select("article table tbody tr")]
    assert names == sorted(names, key=sort_key) and len(names) >= 15
    data = open_data(built_site, "topics")
    sea = next(t for t in data if t["id"] == "bien-dao-bien-gioi")
    assert "2024/2024-kh-duk-ninh-binh.html#fn:10" in {p["url"] for p in sea["passages"]}


def test_pinned_and_removed_topics_are_honoured(project, corpus):
    topics_file = project / "corpus" / "glossary" / "topics.yaml"
    kb = link(corpus)
    sea = kb.topics.by_id["bien-dao-bien-gioi"]
    assert "2024-kh-duk-ninh-binh#d-ii-2-6" in {f"{p.plan.id}#{p.anchor}" for p in sea.passages}
    assert "2024-kh-duk-ninh-binh#d-i-1-2" not in {f"{p.plan.id}#{p.anchor}" for p in sea.passages}
    data = yaml.safe_load(topics_file.read_text(encoding="utf-8"))
    entry = next(t for t in data if t["id"] == "bien-dao-bien-gioi")
    entry["pinned"] = [{"plan": "2024-kh-duk-ninh-binh", "at": "d-i-1-2", "note": "biên tập viên gắn"}]
    entry["removed"] = [{"plan": "2024-kh-duk-ninh-binh", "at": "d-ii-2-6"}]
    topics_file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = kb_build("build", "--root", str(project))
    assert result.returncode == 0, result.stderr
    hrefs = {a["href"] for a in parse(project / "site" / "chu-de" / "bien-dao-bien-gioi.html").select("article a")}
    assert "../2024/2024-kh-duk-ninh-binh.html#d-i-1-2" in hrefs
    assert "../2024/2024-kh-duk-ninh-binh.html#d-ii-2-6" not in hrefs
    # the decision lives in topics.yaml, so re-importing the plan cannot undo it
    original = project / "corpus" / "originals" / "003_6c111f925bb37fef.txt"
    reimport = kb_build("import", str(original), "--out", str(project / "corpus" / "plans"), "--force")
    assert reimport.returncode == 0, reimport.stderr
    assert kb_build("build", "--root", str(project)).returncode == 0
    hrefs = {a["href"] for a in parse(project / "site" / "chu-de" / "bien-dao-bien-gioi.html").select("article a")}
    assert "../2024/2024-kh-duk-ninh-binh.html#d-i-1-2" in hrefs


def test_pins_pointing_nowhere_are_errors(project):
    topics_file = project / "corpus" / "glossary" / "topics.yaml"
    data = yaml.safe_load(topics_file.read_text(encoding="utf-8"))
    data[0]["pinned"] = [{"plan": "2024-kh-duk-ninh-binh", "at": "d-ix-9"}]
    topics_file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = kb_build("check", "--root", str(project))
    assert result.returncode == 1
    assert "neo không có “d-ix-9”" in result.stderr


def test_rules_precision_and_recall_on_passages_labelled_by_reading():
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("topic_accuracy", ROOT / "bench" / "topic_accuracy.py")
    scorer = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = scorer
    spec.loader.exec_module(scorer)
    labels = yaml.safe_load((ROOT / "tests" / "topics" / "labelled.yaml").read_text(encoding="utf-8"))
    assert len(labels) >= 60
    overall, _, errors = scorer.evaluate()
    assert not [e for e in errors if e.endswith("not labelled")], "every passage of the seeds is labelled"
    assert overall.precision >= 0.9, errors
    assert overall.recall >= 0.9, errors


def test_rules_do_not_match_inside_a_longer_word_or_a_quoted_title(corpus):
    """“đa phương tiện” (multimedia) is not multilateral diplomacy; a contest's title is not the plan's topic."""
    from dataclasses import replace as replaced

    from kb_build.link.topics import match_topics
    from kb_build.model import Block

    plan = corpus.plans[0]
    texts = [
        "Tăng cường truyền thông đa phương tiện trên các nền tảng số.",
        "Tổ chức cuộc thi “Tìm hiểu về biển, đảo Việt Nam” cho đoàn viên.",
        "Tuyên truyền về chủ quyền biển, đảo và đối ngoại đa phương.",
    ]
    blocks = tuple(Block("paragraph", text, f"d-{i}", i) for i, text in enumerate(texts, 1))
    probe = replaced(plan, passages=blocks, footnotes=())
    found = {(anchor, topic) for topic, _, anchor, _ in match_topics((probe,), corpus.glossary, overrides=False)}
    assert ("d-1", "truyen-thong-moi") in found and ("d-1", "doi-ngoai-da-phuong") not in found
    assert not any(anchor == "d-2" and topic == "bien-dao-bien-gioi" for anchor, topic in found)
    assert {("d-3", "bien-dao-bien-gioi"), ("d-3", "doi-ngoai-da-phuong")} <= found
