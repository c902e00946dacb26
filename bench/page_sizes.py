"""Where a built site's bytes go, by kind of page; its largest pages; how long the heaviest take to open.

    .venv/bin/python bench/page_sizes.py SITE_DIR [--plans N] [--load]

Prints a Markdown table: per kind of page (plan, year, topic overview, topic year page, cited
document, its year pages, policy, its year pages, anniversaries, index pages) the number of pages,
their bytes and the largest; then the ten largest pages, the 95th-percentile page and the bytes per
plan with ``--plans``. With ``--load``, the heaviest topic page and the heaviest page of a cited
document are opened in Debian's Chromium at a phone's width (390 px) over ``file://``, and the time
to their ``load`` event is printed (the median of three loads after a first one).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
from dataclasses import dataclass, field
from pathlib import Path

KINDS = {"chu-de": "topic", "dan-chieu": "cited document", "chu-giai": "policy", "ky-niem": "anniversaries"}
HEAVY_KINDS = ("topic, by year", "topic", "cited document, by year", "cited document")


def kind_of(relative: str) -> str:
    parts = relative.split("/")
    if parts[0].isdigit():
        return "year page" if parts[-1].startswith("index") else "plan"  # index.html, index-2.html …
    if parts[0] in KINDS:
        if len(parts) == 3 and "-thay-doi" in parts[2]:
            return KINDS[parts[0]] + ", changes by year"
        return KINDS[parts[0]] + (", by year" if len(parts) == 3 else "")
    return "search index and data" if parts[0] in ("assets", "data") else "index and other pages"


@dataclass
class Weights:
    """The bytes of a built site: per kind of page, and every HTML page's size."""

    by_kind: dict[str, list[int]] = field(default_factory=dict)
    html: list[tuple[int, str]] = field(default_factory=list)  # (bytes, site-relative path)
    total: int = 0

    @property
    def largest(self) -> tuple[int, str]:
        return max(self.html)

    @property
    def p95(self) -> int:
        sizes = sorted(size for size, _ in self.html)
        return sizes[min(len(sizes) - 1, round(0.95 * (len(sizes) - 1)))]

    def heaviest(self, *kinds: str) -> str:
        """The largest HTML page of the first of ``kinds`` that has pages."""
        for kind in kinds:
            pages = [(size, path) for size, path in self.html if kind_of(path) == kind]
            if pages:
                return max(pages)[1]
        raise LookupError(f"no page of {kinds}")


def weigh(site: Path) -> Weights:
    weights = Weights()
    for path in site.rglob("*"):
        if not path.is_file() or path.name.startswith("."):  # “.kb-build-site”: the build's marker
            continue
        relative = path.relative_to(site).as_posix()
        size = path.stat().st_size
        weights.total += size
        if path.suffix == ".html":
            weights.html.append((size, relative))
        weights.by_kind.setdefault(kind_of(relative), []).append(size)
    return weights


def load_seconds(site: Path, relative: str, runs: int = 3) -> float:
    """Seconds from navigation to the ``load`` event of ``relative`` in Chromium, 390 px wide, over
    ``file://``: the median of ``runs`` loads after a first one (which warms the disk cache)."""
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        raise SystemExit("Debian's chromium is needed: run `python3 dev.py test` once, which installs it")
    url = (site / relative).resolve().as_uri()
    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
        for _ in range(runs + 1):
            page = context.new_page()
            page.goto(url, wait_until="load")
            times.append(page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd") / 1000)
            page.close()
        browser.close()
    return statistics.median(times[1:])


def heavy_loads(site: Path, weights: Weights) -> dict[str, tuple[str, float]]:
    """The heaviest topic page and cited-document page, and their load times."""
    loads = {}
    for label, kinds in (("topic", HEAVY_KINDS[:2]), ("cited document", HEAVY_KINDS[2:])):
        page = weights.heaviest(*kinds)
        loads[label] = (page, load_seconds(site, page))
    return loads


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path)
    parser.add_argument("--plans", type=int)
    parser.add_argument("--load", action="store_true", help="time the heaviest pages in Chromium")
    args = parser.parse_args()
    weights = weigh(args.site)
    print("| pages of | files | bytes | largest |\n| --- | --- | --- | --- |")
    for kind, sizes in sorted(weights.by_kind.items(), key=lambda kv: -sum(kv[1])):
        print(f"| {kind} | {len(sizes)} | {sum(sizes) / 1e6:.1f} MB | {max(sizes) / 1e3:.0f} KB |")
    print("\n| largest pages | bytes |\n| --- | --- |")
    for size, relative in sorted(weights.html, reverse=True)[:10]:
        print(f"| `{relative}` | {size / 1e3:.0f} KB |")
    per_plan = f", {weights.total / args.plans / 1e3:.0f} KB per plan" if args.plans else ""
    print(f"\nHTML pages: {len(weights.html)}; 95th percentile {weights.p95 / 1e3:.0f} KB.")
    print(f"In all: {weights.total / 1e6:.1f} MB{per_plan}.")
    if args.load:
        for label, (page, seconds) in heavy_loads(args.site, weights).items():
            print(f"Heaviest {label} page `{page}`: load in {seconds:.2f} s (Chromium, 390 px, file://).")


if __name__ == "__main__":
    main()
