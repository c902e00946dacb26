"""Catalogue benchmark: the filterable catalogue with thousands of plans, in headless Chromium.

    .venv/bin/python bench/catalog_benchmark.py [--sizes 1000,3000]

For each size, a corpus from bench/generate_corpus.py is loaded and linked, its catalogue data
file (kb_build/emit/catalog.py) written into a built copy of the seed site, and the catalogue
page opened over file://. Printed per size: the data file's bytes (raw and gzip), the time from
navigation to the first rows drawn, and per filter the time from the change to the table drawn
again (median of 5), against the target of 100 ms at 3,000 plans.
"""

from __future__ import annotations

import gzip
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

from generated_project import benchmark_main
from playwright.sync_api import sync_playwright
from search_relevance import ARGS, seed_site

from kb_build.emit import catalog
from kb_build.link import link
from kb_build.validate import validate_corpus

ROOT = Path(__file__).resolve().parent.parent
# (what a reader does, the form control, the value): a facet, today's province, years, words.
FILTERS = [
    ("system = Đảng", "select[name=he-thong]", "Đảng"),
    ("province = Vĩnh Long (merged)", "select[name=tinh]", "Vĩnh Long"),
    ("from year 2022", "select[name=tu-nam]", "2022"),
    ("words “ninh binh”", "input[name=q]", "ninh binh"),
    ("words “ke hoach thong tin doi ngoai”", "input[name=q]", "ke hoach thong tin doi ngoai"),
]


def measure(size: int, work: Path) -> dict:
    corpus_dir = work / f"corpus-{size}"
    generator = [sys.executable, str(ROOT / "bench" / "generate_corpus.py"), "--plans", str(size)]
    subprocess.run([*generator, "--out", str(corpus_dir)], check=True, capture_output=True)
    result = validate_corpus(corpus_dir)
    data = catalog.data_file(link(result.corpus)).encode("utf-8")
    site_root = work / f"site-{size}"
    site_root.mkdir()
    site = seed_site(site_root)
    (site / catalog.CATALOG_DATA).write_bytes(data)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=ARGS)
        page = browser.new_page()
        page.goto((site / "van-ban.html").as_uri(), wait_until="load")
        page.wait_for_selector(".kb-catalog-table tbody tr")
        first = page.evaluate("performance.now()") / 1000
        times = {}
        for label, control, value in FILTERS:
            runs = []
            for _ in range(5):
                page.locator(".kb-catalog-reset").click()
                runs.append(
                    page.evaluate(
                        """([selector, value]) => {
                            const control = document.querySelector(selector), start = performance.now();
                            control.value = value;
                            control.dispatchEvent(new Event("input", {bubbles: true}));
                            return performance.now() - start;  // filtering and drawing are synchronous
                        }""",
                        [control, value],
                    )
                )
            times[label] = (statistics.median(runs), page.locator(".kb-catalog-status").inner_text())
        browser.close()
    return {"size": size, "raw": len(data), "gzip": len(gzip.compress(data, 9)), "first": first, "times": times}


def table(rows: list[dict]) -> str:
    lines = [
        "| plans | data file raw / gzip | first rows after navigation | filter | table redrawn (median of 5) | found |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        for i, (label, (ms, found)) in enumerate(r["times"].items()):
            head = (
                f"| {r['size']} | {r['raw'] / 1e6:.2f} MB / {r['gzip'] / 1e6:.2f} MB | {r['first']:.2f} s"
                if i == 0
                else "| | |"
            )
            lines.append(f"{head} | {label} | {ms:.1f} ms | {found} |")
    lines += ["", "Target: a filter answers in under 100 ms at 3,000 plans."]
    return "\n".join(lines)


def main() -> None:
    benchmark_main(__doc__, measure, table, sizes="1000,3000", heading="Danh mục: kết quả đo")


if __name__ == "__main__":
    main()
