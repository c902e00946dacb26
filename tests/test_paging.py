"""Pages stay small: what a cited document or a policy gathers from many plans moves to a page per
year (and part) once it is too much for one page. The seeds are small, so the limit is lowered."""

from __future__ import annotations

import re

from kb_build.build import build
from kb_build.emit import anniversary_pages, paging
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


def test_an_anniversary_many_plans_mention_gets_pages_of_them_each_once(tmp_path, monkeypatch):
    monkeypatch.setattr(paging, "PER_PAGE", 2)
    monkeypatch.setattr(anniversary_pages, "IN_TABLE", 1)  # as if hundreds of plans named it
    root = bench_script("generated_project").generated_project(40, tmp_path)
    build(Project(root))
    site = root / "site"
    assert broken_links(site) == []
    from kb_build.link import link
    from kb_build.validate import validate_corpus

    calendar = link(validate_corpus(root / "corpus").corpus).calendar
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
