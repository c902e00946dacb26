"""Checks over a built site, shared by the build, bundle and publishing tests."""

from __future__ import annotations

import copy
import gzip
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup, Tag

EXTERNAL_SCHEMES = ("http", "https", "mailto", "tel", "data", "javascript")
REFERENCE_ATTRS = (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("iframe", "src"))


def open_data(site: Path, name: str) -> list[dict]:
    """An open-data file of a built site (``data/<name>.json.gz``), as a reader of it gets it."""
    return json.loads(gzip.decompress((site / "data" / f"{name}.json.gz").read_bytes()).decode("utf-8"))


def parse(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def own_text(element: Tag) -> str:
    """The text a reader sees in ``element`` itself: no nested list, footnote markers or labels, ¶ links."""
    clone = copy.copy(element)
    for extra in clone.select("ul, ol, sup.kb-fnref, a.kb-fn-back, a.headerlink"):
        extra.decompose()
    return " ".join(clone.get_text().split())


@cache
def _ids(path: Path) -> frozenset[str]:
    return frozenset(el["id"] for el in parse(path).find_all(id=True))


@dataclass(frozen=True)
class BrokenLink:
    page: str
    href: str
    reason: str


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def broken_links(site: Path) -> list[BrokenLink]:
    """Every internal link and #anchor of every page that does not resolve."""
    broken: list[BrokenLink] = []
    for page in html_pages(site):
        soup = parse(page)
        for tag, attr in REFERENCE_ATTRS:
            for element in soup.find_all(tag):
                href = element.get(attr)
                if not href:
                    continue
                parts = urlsplit(href)
                if parts.scheme in EXTERNAL_SCHEMES or parts.netloc:
                    continue
                if parts.path.startswith("/"):  # root-relative (Material's 404 page): from the site root
                    target = (site / unquote(parts.path).lstrip("/")).resolve()
                else:
                    target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
                if target.is_dir():
                    target = target / "index.html"
                where = str(page.relative_to(site))
                if not target.is_file():
                    broken.append(BrokenLink(where, href, "no such file"))
                elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in _ids(target):
                    broken.append(BrokenLink(where, href, "no such anchor"))
    return broken


def external_references(site: Path) -> list[tuple[str, str]]:
    """Resources (scripts, styles, images, frames) a page would load from outside the site."""
    found = []
    for page in html_pages(site):
        soup = parse(page)
        for tag, attr in REFERENCE_ATTRS:
            if tag == "a":
                continue
            for element in soup.find_all(tag):
                value = element.get(attr) or ""
                if (
                    tag == "link"
                    and "stylesheet" not in (element.get("rel") or [])
                    and "preload" not in (element.get("rel") or [])
                ):
                    continue
                if urlsplit(value).scheme in ("http", "https") or value.startswith("//"):
                    found.append((str(page.relative_to(site)), value))
    return found
