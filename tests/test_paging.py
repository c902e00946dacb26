"""Pages stay small: what a cited document or a policy gathers from many plans moves to a page per
year (and part) once it is too much for one page. The seeds are small, so the limit is lowered."""

from __future__ import annotations

from kb_build.build import build
from kb_build.emit import paging
from kb_build.project import Project

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
