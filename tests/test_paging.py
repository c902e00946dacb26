"""Pages stay small: what a cited document, a policy or an anniversary gathers from many plans moves to
a page per year (and part) once it is too much for one page, and a large year's list of plans goes on
in parts. The seeds and a small generated corpus stand in for a large one: the limits are lowered."""

from __future__ import annotations

import re

import pytest

from kb_build.build import build
from kb_build.emit import anniversary_pages, indexes, paging
from kb_build.project import Project

from .conftest import bench_script
from .sitecheck import broken_links, parse


def test_many_mentions_go_to_year_pages_each_once_with_every_link_working(project, corpus, monkeypatch):
    monkeypatch.setattr(paging, "PER_PAGE", 2)  # as if each had hundreds of mentions
    build(Project(project))
    site = project / "site"
    assert broken_links(site) == []
    from kb_build.link import link

    kb = link(corpus)
    checked = 0
    for folder, entities in (("dan-chieu", kb.registry.directives), ("chu-giai", kb.policies.by_id)):
        for key, entity in entities.items():
            if len(entity.mentions) <= 2:
                assert not (site / folder / key).exists()  # few mentions: quoted on the page itself
                continue
            own = parse(site / folder / f"{key}.html")
            assert not own.select("article .kb-q[data-q]") or folder == "dan-chieu"  # a full text may be there
            shown = []
            for page in sorted((site / folder / key).glob("*.html")):
                soup = parse(page)
                assert soup.find("a", href=f"../{key}.html") is not None  # back to the entity's page
                year = int(page.stem.split("-")[0])
                shown += [(year, q["data-q"]) for q in soup.select("article blockquote .kb-q")]
            expected = sorted((m.plan.year, f"{m.plan.id}#{m.anchor}") for m in entity.mentions)
            assert sorted(shown) == expected, key  # every mention once, under its year
            checked += 1
    assert checked >= 5


@pytest.fixture(scope="module")
def many_plans(tmp_path_factory):
    """40 generated plans built as if the corpus were large: two mentions to a page, an anniversary
    table cell naming one plan, two plans to a year page. Returns the project and its calendar."""
    root = bench_script("generated_project").generated_project(40, tmp_path_factory.mktemp("many"))
    with pytest.MonkeyPatch.context() as limits:
        limits.setattr(paging, "PER_PAGE", 2)
        limits.setattr(anniversary_pages, "IN_TABLE", 1)
        limits.setattr(indexes, "PLANS_PER_PAGE", 2)
        build(Project(root))
    from kb_build.link import link
    from kb_build.validate import validate_corpus

    return root, link(validate_corpus(root / "corpus").corpus)


def test_the_site_of_many_plans_has_no_broken_link_or_anchor(many_plans):
    root, _ = many_plans
    assert broken_links(root / "site") == []


def test_an_anniversary_many_plans_mention_gets_pages_of_them_each_once(many_plans):
    root, kb = many_plans
    site, calendar = root / "site", kb.calendar
    inline = cut = 0
    for year in calendar.years:
        table = parse(site / "ky-niem" / f"{year}.html")
        for occurrence in calendar.round_anniversaries(year):
            event = occurrence.event
            mentions = calendar.mentioned_in(event, year)
            expected = sorted({f"{m.plan.id}#{m.anchor}" for m in mentions})
            pages = [
                p for p in (site / "ky-niem" / str(year)).glob("*.html") if re.fullmatch(rf"{event.id}(-\d+)?", p.stem)
            ]
            row = next(tr for tr in table.select("article table tr") if tr.find("td", string=event.name))
            linked = [a["href"] for a in row.select("td:nth-of-type(5) a")]
            if len(expected) <= 1:
                assert pages == []  # few plans: named in the table's own cell
                assert len(linked) == len(expected)
                inline += bool(expected)
                continue
            assert sorted(linked) == sorted(f"{year}/{page.name}" for page in pages)  # the cell links every part
            shown = []
            for page in pages:
                soup = parse(page)
                assert soup.find("a", href=f"../{year}.html") is not None  # back to the year's table
                shown += [q["data-q"] for q in soup.select("article blockquote .kb-q")]
            assert sorted(set(shown)) == expected, event.id  # every plan's passage, none from elsewhere
            assert len(shown) == len({(m.plan.id, m.anchor, m.context) for m in mentions})  # each sentence once
            cut += len(pages) > 1
    assert inline and cut


def test_a_large_year_lists_each_plan_once_across_its_parts(many_plans):
    root, kb = many_plans
    site = root / "site"
    cut = 0
    for year in kb.years:
        parts = sorted((site / str(year)).glob("index*.html"), key=lambda p: (len(p.name), p.name))
        assert len(parts) == -(-len(kb.by_year[year]) // 2)  # two plans to a page
        listed = []
        for number, page in enumerate(parts, 1):
            soup = parse(page)
            listed += [a["href"] for a in soup.select("article li > a") if not a["href"].startswith("index")]
            others = {a["href"] for a in soup.select("article p a") if re.fullmatch(r"index(-\d+)?\.html", a["href"])}
            assert len(others) == (len(parts) - 1 if len(parts) > 1 else 0)  # the other parts, linked
            if number > 1:
                assert soup.find("a", href="index.html") is not None  # back to the year
        assert sorted(listed) == sorted(f"{plan.id}.html" for plan in kb.by_year[year]), year
        cut += len(parts) > 1
    assert cut
