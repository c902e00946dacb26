"""Precision at 3 of kb_build's search on the judged queries of tests/search_relevance/queries.yaml.

    .venv/bin/python bench/search_relevance.py [--details]

Builds the seed corpus into a temporary project, types each query into the site's own search in
headless Chromium over file:// (``KBSearch.list``, what the result list shows first) and prints
precision at 3 by kind of query, for the tuned queries and the held-out ones apart. ``--details``
lists the tuned queries whose top 3 hold a result not judged relevant (never the held-out ones:
looking at them would be tuning on them). The search benchmark prints the same table beside its
timings.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "tests" / "search_relevance" / "queries.yaml"
KINDS = ("diacritics", "plain", "phrase", "code")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


@dataclass(frozen=True)
class Judged:
    query: str
    kind: str
    relevant: frozenset[str]
    holdout: bool


@dataclass(frozen=True)
class Outcome:
    judged: Judged
    top: tuple[str, ...]  # URLs of the first 3 results

    @property
    def hits(self) -> int:
        return sum(url in self.judged.relevant for url in self.top)

    @property
    def precision(self) -> float:
        return self.hits / 3

    @property
    def best(self) -> float:
        """The precision at 3 a perfect ranking would get (a query with one relevant result: 1/3)."""
        return min(3, len(self.judged.relevant)) / 3


def spelled_in(words: list[str], text: str) -> bool:
    """Every typed word is in ``text`` with the typed diacritics (a whole word, any case)."""
    text = text.lower()
    return all(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in words)


def judged_queries(path: Path = QUERIES) -> list[Judged]:
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [Judged(r["query"], r["kind"], frozenset(r["relevant"]), bool(r.get("holdout"))) for r in rows]


def seed_site(work: Path) -> Path:
    """The seed corpus built by ``kb-build build`` in a copy of the project."""
    for part in ("corpus", "docs", "overrides", "mkdocs.yml"):
        source = ROOT / part
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, work / part)
    subprocess.run([sys.executable, "-m", "kb_build", "build", "--root", str(work)], check=True, capture_output=True)
    return work / "site"


def run(site_url: str, queries: list[Judged], browser) -> list[Outcome]:
    page = browser.new_page()
    page.goto(site_url + "index.html", wait_until="load")
    tops = page.evaluate(
        "async qs => { const out = []; for (const q of qs) out.push((await KBSearch.list(q, 3)).map(r => r[1])); "
        "return out; }",
        [q.query for q in queries],
    )
    page.close()
    return [Outcome(q, tuple(top)) for q, top in zip(queries, tops, strict=True)]


def table(outcomes: list[Outcome]) -> str:
    lines = [
        "| queries | n | precision at 3 | best possible | share of the best |",
        "| --- | --- | --- | --- | --- |",
    ]
    for holdout in (False, True):
        part = [o for o in outcomes if o.judged.holdout == holdout]
        name = "held out" if holdout else "tuned"
        for kind in (*KINDS, None):
            rows = [o for o in part if kind is None or o.judged.kind == kind]
            if not rows:
                continue
            p3 = sum(o.precision for o in rows) / len(rows)
            best = sum(o.best for o in rows) / len(rows)
            label = f"**{name}, all**" if kind is None else f"{name}, {kind}"
            lines.append(f"| {label} | {len(rows)} | {p3:.3f} | {best:.3f} | {p3 / best:.3f} |")
    return "\n".join(lines)


def relevance_table(site: Path, browser) -> str:
    return table(run(site.as_uri() + "/", judged_queries(), browser))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--details", action="store_true", help="list the tuned queries with a miss in their top 3")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kb-relevance-") as work, sync_playwright() as playwright:
        site = seed_site(Path(work))
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=ARGS)
        outcomes = run(site.as_uri() + "/", judged_queries(), browser)
        browser.close()
    print(table(outcomes))
    if args.details:
        for o in outcomes:
            if not o.judged.holdout and o.hits < min(3, len(o.judged.relevant)):
                misses = [url for url in o.top if url not in o.judged.relevant]
                print(f"- {o.judged.query} ({o.judged.kind}): {o.hits}/3; not relevant: {', '.join(misses)}")


if __name__ == "__main__":
    main()
