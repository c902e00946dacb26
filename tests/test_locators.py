"""Passages are cited in the source's own numbering (“mục III.3”), on every page that cites one."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from kb_build.body import parse_body


def _locators(body: str) -> dict[str, str]:
    parsed = parse_body(body)
    return {b.text[:20]: b.locator for b in parsed.passages}


def test_numbered_paragraphs_are_items_of_their_own_not_paragraph_counts():
    body = (
        "Thực hiện Kết luận số 57-KL/TW.\n\n## III. TỔ CHỨC THỰC HIỆN\n\nĐoạn không số.\n\n"
        "1\\. Ủy ban Mặt trận tỉnh chủ trì.\n\n2\\. Các tổ chức thành viên phối hợp.\n\n"
        "- Việc thứ nhất.\n- Việc thứ hai.\n+ Ý con.\n\n3\\. Ban Thường trực theo dõi.\n\nb) Tổng hợp báo cáo.\n"
    )
    assert _locators(body) == {
        "Thực hiện Kết luận s": "phần mở đầu, đoạn 1",
        "III. TỔ CHỨC THỰC HI": "mục III",
        "Đoạn không số.": "mục III, đoạn 1",
        "1. Ủy ban Mặt trận t": "mục III.1",
        "2. Các tổ chức thành": "mục III.2",
        "Việc thứ nhất.": "gạch đầu dòng thứ 1 của mục III.2",
        "Việc thứ hai.": "gạch đầu dòng thứ 2 của mục III.2",
        "Ý con.": "ý thứ 1 (dấu +) dưới gạch đầu dòng thứ 2 của mục III.2",
        "3. Ban Thường trực t": "mục III.3",
        "b) Tổng hợp báo cáo.": "mục III.3.b",
    }


def test_seed_passages_by_reading(corpus):
    """Places read off the seed files by hand: headings, numbered paragraphs, items, footnotes."""
    plans = {p.id: p for p in corpus.plans}
    expected = {
        ("2024-kh-duk-ninh-binh", "Bám sát các nội dung Kết luận"): "gạch đầu dòng thứ 2 của mục I.2",
        ("2024-kh-duk-ninh-binh", "Tuyên truyền các vấn đề liên quan đến biển"): (
            "ý thứ 2 (dấu +) dưới gạch đầu dòng thứ 5 của mục II.2"
        ),
        ("2021-hd-mttq-sam-son", "1. Chủ động phối hợp"): "mục II.1",
        ("2021-hd-mttq-sam-son", "Tiếp tục tuyên truyền kết quả thực hiện"): "gạch đầu dòng thứ 1 của mục II.1",
        ("2021-hd-mttq-sam-son", "Định kỳ mỗi quý"): "mục III, đoạn 2",
    }
    for (plan_id, start), locator in expected.items():
        (passage,) = [p for p in plans[plan_id].quotable if p.text.startswith(start)]
        assert passage.locator == locator, (plan_id, start)
    assert plans["2024-kh-duk-ninh-binh"].locator_of("fn:4") == "chú thích 4"


CITING_PAGES = ("chu-de", "dan-chieu", "chu-giai", "ky-niem")


@pytest.mark.parametrize("folder", CITING_PAGES)
def test_every_page_that_cites_a_passage_names_its_locator(built_site: Path, corpus, folder):
    plans = {p.id: p for p in corpus.plans}
    checked = 0
    for page in sorted((built_site / folder).rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for link in soup.select("article a[href*='#']"):
            path, _, anchor = link["href"].partition("#")
            plan_id = Path(path).stem
            if plan_id not in plans or not anchor or anchor.startswith("fnref"):
                continue
            anchor = anchor.replace("%3A", ":")
            locator = plans[plan_id].locator_of(anchor)
            around = " ".join(link.parent.get_text(" ").split())
            assert locator != anchor, f"{page.name}: no locator for {plan_id}#{anchor}"
            assert locator in around, f"{page.name}: {link['href']} cited as “{around[:120]}”, not “{locator}”"
            checked += 1
    assert checked > 0
