"""Search: the tokenizer (shared vectors), the index built at build time, and a real browser searching."""

from __future__ import annotations

import json

import pytest
import yaml

from kb_build.emit.search_index import unpack
from kb_build.search import fold, index_tokens, number_codes, query_codes, tokens

from .browser import PageWatch, serve_directory
from .conftest import ROOT, bench_script

VECTORS = json.loads((ROOT / "tests" / "search_vectors.json").read_text(encoding="utf-8"))
PYTHON = {"fold": fold, "tokens": tokens, "index_tokens": index_tokens, "query_codes": query_codes}


@pytest.mark.parametrize("name", ["fold", "tokens", "index_tokens", "query_codes"])
def test_python_tokenizer_vectors(name):
    for given, expected in VECTORS[name]:
        assert PYTHON[name](given) == expected, given


def test_directive_code_tokens_meet_query_codes():
    for spelled in ("57-KL/TW", "KL 57", "kl57", "Kết luận 57"):
        assert set(query_codes(spelled)) & set(number_codes("Kết luận", "57-KL/TW"))


# (query, what a reader expects among the first results): title or subtitle text, or a URL fragment.
QUERIES = [
    ("bon khong", 1, "chu-giai/bon-khong.html"),
    ("bốn không", 1, "chu-giai/bon-khong.html"),
    ("BỐN KHÔNG", 1, "chu-giai/bon-khong.html"),
    ("bon kh", 2, "bon-khong"),  # prefix while typing
    ("cay tre", 1, "chu-giai/cay-tre-viet-nam.html"),
    ("cây tre Việt Nam", 1, "chu-giai/cay-tre-viet-nam.html"),
    ("bien dong", 5, "2024-kh-duk-ninh-binh.html#d-ii-2-7"),
    ("Biển Đông", 5, "2024-kh-duk-ninh-binh.html#d-ii-2-6"),
    ("57-KL/TW", 1, "dan-chieu/kl-57-tw-2023.html"),
    ("57-kl/tw", 1, "dan-chieu/kl-57-tw-2023.html"),
    ("KL57", 1, "dan-chieu/kl-57-tw-2023.html"),
    ("KL 57", 1, "dan-chieu/kl-57-tw-2023.html"),
    ("Kết luận 57", 1, "dan-chieu/kl-57-tw-2023.html"),
    ("12-CT/TW", 1, "dan-chieu/ct-12-tw-2022.html"),
    ("362/QĐ-TTg", 1, "dan-chieu/qd-362-ttg-2019.html"),
    ("nhan quyen", 5, "chu-de/dan-chu-nhan-quyen.html"),
    ("nguoi Viet Nam o nuoc ngoai", 3, "chu-de/nguoi-viet-nam-o-nuoc-ngoai.html"),
    ("kieu bao", 5, "2022-kh-mttq-tra-vinh.html#d-iii-4"),
    ("Hiệp định Paris", 5, "2023-hd-mttq-trung-uong.html#fn:2"),
    ("thuy dien", 3, "Thiết lập quan hệ ngoại giao Việt Nam – Thụy Điển"),
    ("Giỗ Tổ Hùng Vương", 1, "ky-niem/"),
    ("mục tiêu kép", 1, "chu-giai/muc-tieu-kep.html"),
    ("nhat ban", 3, "Việt Nam – Nhật Bản"),  # “nhat” may be “nhất” (a stopword) or “Nhật”
    ("khong de ai bi bo lai phia sau", 2, "khong-de-ai-bi-bo-lai-phia-sau"),
    ("Trần Văn Thuận", 5, "2024-kh-duk-ninh-binh.html"),
    ("Vĩnh Long", 3, "2022-kh-mttq-tra-vinh.html"),  # today's province of Trà Vinh (2025 merger)
    ("du lich", 3, "chu-de/du-lich.html"),
    ("Hủa Phăn", 3, "2021-hd-mttq-sam-son.html"),
    ('"hội nhập quốc tế"', 10, "#"),
]


@pytest.fixture(scope="module", params=["file", "http"])
def search_page(request, built_site, browser):
    def open_page(base, path="index.html"):
        page = browser.new_page()
        watch = PageWatch(base)
        watch.attach(page)
        page.goto(base + path, wait_until="load")
        return page, watch

    if request.param == "file":
        yield open_page(built_site.as_uri() + "/")
    else:
        with serve_directory(built_site) as base:
            yield open_page(base)


def results(page, query):
    page.fill("#kb-search-input", query)
    page.wait_for_function("q => document.querySelector('#kb-search-results').dataset.query === q", arg=query)
    return page.eval_on_selector_all(
        "#kb-search-results [role=option] a",
        "links => links.map(a => ({href: a.href, text: a.innerText}))",
    )


@pytest.mark.browser
def test_queries_find_what_a_reader_expects(search_page):
    page, watch = search_page
    for query, within, expected in QUERIES:
        found = results(page, query)
        assert found, f"no result for {query!r}"
        assert any(expected in r["href"] or expected in r["text"] for r in found[:within]), (query, found[:within])
    assert watch.errors == [] and watch.outside == []


def full_texts(page, query: str) -> list[str]:
    """The whole indexed text (title and body) of every result of ``query``, best first."""
    return page.evaluate(
        "q => KBSearch.search(q, 10000).then(docs => docs.map(d => (d[2] + ' ' + d[4]).toLowerCase()))", query
    )


@pytest.mark.browser
def test_quoted_phrase_is_required_and_unquoted_words_are_not(search_page):
    page, _ = search_page
    assert results(page, '"cây tre"')
    quoted = full_texts(page, '"cây tre"')
    assert quoted and all("cây tre" in text for text in quoted)
    loose = full_texts(page, "đối ngoại nhân dân")
    phrase = full_texts(page, '"đối ngoại nhân dân"')
    assert 0 < len(phrase) < len(loose)
    assert all("đối ngoại nhân dân" in text for text in phrase)
    assert "đối ngoại nhân dân" in loose[0]  # adjacent words rank first


@pytest.mark.browser
def test_common_words_do_not_flood_and_no_result_is_explained(search_page):
    page, _ = search_page
    results(page, "và của các")
    status = page.inner_text(".kb-search-status")
    assert status.startswith("Không tìm thấy kết quả cho “và của các”")
    assert results(page, "xyzqwv") == []
    assert "Không tìm thấy kết quả" in page.inner_text(".kb-search-status")


@pytest.mark.browser
def test_keyboard_navigation_opens_the_passage(search_page):
    page, _ = search_page
    results(page, "bien dong")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    selected = page.get_attribute("#kb-search-results [aria-selected=true] a", "href")
    page.keyboard.press("Enter")
    page.wait_for_url(selected)
    anchor = selected.split("#")[1] if "#" in selected else None
    if anchor:
        assert page.locator(f"[id='{anchor}']").is_visible()
    page.go_back()
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "kb-search-input"


@pytest.mark.browser
def test_tokenizer_vectors_agree_in_the_browser(search_page):
    page, _ = search_page
    names = {"fold": "fold", "tokens": "tokens", "index_tokens": "indexTokens", "query_codes": "queryCodes"}
    for name, js in names.items():
        for given, expected in VECTORS[name]:
            assert page.evaluate(f"s => window.KBSearchTokens.{js}(s)", given) == expected, (name, given)


@pytest.mark.browser
def test_results_readable_on_a_phone(built_site, browser):
    page = browser.new_page(viewport={"width": 375, "height": 740}, is_mobile=True)
    page.goto(built_site.as_uri() + "/2024/index.html")
    found = results(page, "bon khong")
    assert found
    box = page.locator(".kb-search-panel").bounding_box()
    assert box["x"] >= -1 and box["x"] + box["width"] <= 376
    assert page.locator("#kb-search-input").get_attribute("placeholder").startswith("Tìm kiếm")
    page.close()


def test_index_is_built_at_build_time_split_and_loaded_by_script(built_site):
    folder = built_site / "assets" / "search"
    loaded = {}
    for script in folder.rglob("*.js"):
        text = script.read_text(encoding="utf-8")
        name, _, data = text.removeprefix("kbSearchLoad(").partition(",")
        loaded[json.loads(name)] = unpack(json.loads(data.rstrip().removesuffix(");")))
    meta = loaded["meta"]
    assert {f"t/{key}" for key in meta["shards"]} == {name for name in loaded if name.startswith("t/")}
    documents = [doc for name, chunk in loaded.items() if name.startswith("d/") for doc in chunk]
    assert len(documents) == sum(meta["counts"]) > 100
    # “không” is in the shard of its first two letters, with positions for phrase queries, and
    # how it is spelled (“không”, and “Không” lower-cased, is one spelling: no marks needed).
    found, at, *spelled = loaded["t/kh"]["t"]["khong"]
    assert len(found.split(",")) == len(at.split(";")) > 10
    assert spelled == ["không"]
    assert "57kltw" in loaded["t/57"]["c"]
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert "kb-search.js" in home and "assets/search" not in home  # loaded on first use only


@pytest.mark.browser
def test_javascript_built_in_names_are_ordinary_words(search_page):
    """“constructor”, “__proto__”, “toString” … are looked up as words, not object properties."""
    page, watch = search_page
    for query in ("constructor", "__proto__", "toString", "hasOwnProperty", "valueOf constructor"):
        assert results(page, query) == [], query
    assert results(page, "constructor bốn không")  # the other words still find their passages
    assert results(page, "bon khong")
    assert watch.errors == []


def test_index_keeps_how_each_word_was_spelled():
    from kb_build.emit.search_index import SearchDocument, build_index

    docs = [
        SearchDocument("passage", "a", "", "", "Biển Đông và biển đảo"),
        SearchDocument("passage", "b", "", "", "biên giới, biển, biển"),
        SearchDocument("passage", "c", "", "", "covid"),
    ]
    index = build_index(docs)
    numbers, _, spellings = index.postings["bien"]
    assert numbers == [0, 1] and list(spellings.words) == ["biển", "biên"]
    assert spellings.marks == ["", "100"]  # doc a: every “bien” is “biển” … doc b: biên, biển, biển
    assert spellings.encoded("bien") == [["biển", "biên"], ";100"]
    assert index.postings["dong"][2].encoded("dong") == ["đông"]  # one spelling: no marks
    assert index.postings["covid"][2].encoded("covid") == []  # written as folded: nothing to add


@pytest.mark.browser
def test_a_query_typed_with_diacritics_ranks_its_own_spelling_first(search_page, corpus):
    """Folded matching stays (“bien dong” finds “Biển Đông”), but the passages spelled as typed come
    first: for every query of the judged set typed with diacritics, the first passages hold the
    typed spelling whenever the corpus has that many passages that do."""
    page, _ = search_page
    judged = yaml.safe_load((ROOT / "tests" / "search_relevance" / "queries.yaml").read_text(encoding="utf-8"))
    spelled_in = bench_script("search_relevance").spelled_in
    queries = [q["query"] for q in judged if q["kind"] == "diacritics"]
    assert len(queries) >= 14
    passages = [q.quote for plan in corpus.plans for q in plan.quotable if not q.anchor.startswith("muc-")]
    for query in queries:
        words = query.lower().split()
        spelled = sum(spelled_in(words, text) for text in passages)
        found = page.evaluate("q => KBSearch.search(q, 200)", query)
        top = [text for kind, _, _, _, text in found if kind == "passage"][: min(3, spelled)]
        assert all(spelled_in(words, text) for text in top), (query, top)
    folded = page.evaluate("q => KBSearch.search(q, 200)", "bien dong")
    assert any("Biển Đông" in text for *_, text in folded)
