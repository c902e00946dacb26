"""Search benchmark: kb_build's search against Material's built-in search, on generated corpora.

    .venv/bin/python bench/search_benchmark.py [--sizes 100,1000] [--out bench/results/search.md]

For each corpus size: index bytes (raw and gzip) against the corpus's raw text bytes; time from
page load to first results in headless Chromium over file:// (and over http, where Material's
search can work at all); query latency p50/p95; for the queries typed with diacritics, the share
of the first 3 passages that hold the words as typed. Then precision at 3 on the judged queries of
the seed corpus (bench/search_relevance.py). Prints Markdown tables (and writes them with --out).
"""

from __future__ import annotations

import functools
import gzip
import http.server
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from generated_project import benchmark_main, generated_project
from playwright.sync_api import sync_playwright
from search_relevance import judged_queries, relevance_table, seed_site, spelled_in

from kb_build.search import fold

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ["bon khong", "cây tre Việt Nam", "bien dong", "57-KL/TW", "KL57", "nhan quyen", "kiều bào", "du lịch",
           "người Việt Nam ở nước ngoài", "Hiệp định Paris", "Biển Đông", "tôn giáo", "COVID-19", "mạng xã hội",
           "thông tin đối ngoại", "Kết luận 57", "chủ quyền biển đảo", "đối ngoại nhân dân", "hội nhập quốc tế",
           "văn hóa", "Nhật Bản", "Lào", "Campuchia", "thu hút đầu tư", "quyen con nguoi"]  # fmt: skip
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


def project(size: int, work: Path) -> Path:
    root = generated_project(size, work)
    subprocess.run([sys.executable, "-m", "kb_build", "build", "--root", str(root)], check=True, capture_output=True)
    return root


def material_site(root: Path) -> Path:
    """The same emitted pages, rendered by plain MkDocs with Material's own search plugin."""
    config = root / "material.yml"
    config.write_text(
        f"INHERIT: {root / 'mkdocs.yml'}\ndocs_dir: {root / 'build' / 'docs'}\nsite_dir: {root / 'material-site'}\n"
        "plugins:\n  - search\nextra_javascript: []\nstrict: false\n",
        encoding="utf-8",
    )
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config)], check=True, capture_output=True)
    return root / "material-site"


def raw_text_bytes(root: Path) -> int:
    import json

    plans = json.loads((root / "site" / "data" / "plans.json").read_text(encoding="utf-8"))
    texts = [p["text"] for plan in plans for p in plan["passages"]] + [
        n["text"] for plan in plans for n in plan["footnotes"]
    ]
    return sum(len(t.encode("utf-8")) for t in texts)


def sizes_of(*paths: Path) -> tuple[int, int]:
    """Bytes as stored and as served gzipped (each file compressed on its own, as a server does)."""
    data = [path.read_bytes() for path in paths]
    return sum(map(len, data)), sum(len(gzip.compress(d, 9)) for d in data)


@functools.cache
def _browser():
    playwright = sync_playwright().start()
    return playwright.chromium.launch(executable_path=shutil.which("chromium"), args=ARGS)


def spelled_at_3(page) -> float:
    """For the queries typed with diacritics (this benchmark's and the judged set's), the share of
    their first 3 passages that hold every typed word spelled as typed (“Lào”, not “lao động”)."""
    judged = [q.query for q in judged_queries() if q.kind == "diacritics"]  # look-alike traps among them
    typed = list(dict.fromkeys(q for q in QUERIES + judged if q.lower() != fold(q) and not any(c.isdigit() for c in q)))
    held = total = 0
    for query in typed:
        found = page.evaluate("q => KBSearch.search(q, 100)", query)
        top = [text for kind, _, _, _, text in found if kind == "passage"][:3]
        held += sum(spelled_in(query.lower().split(), text) for text in top)
        total += len(top)
    return held / total


def ours(site_url: str) -> tuple[float, list[float], list[float], float]:
    """Seconds from navigation to the first results listed; per query, ms until its 20 results
    are listed and until their snippets are in (index files the query needs loaded included)."""
    page = _browser().new_page()
    page.goto(site_url + "index.html", wait_until="load")
    page.fill("#kb-search-input", "bon khong")
    page.wait_for_selector("#kb-search-results [role=option]", timeout=120_000)
    first = page.evaluate("performance.now()") / 1000
    times = page.evaluate(
        "async qs => { const times = []; for (const q of qs) { const t = performance.now(); "
        "await KBSearch.list(q); const listed = performance.now(); await KBSearch.search(q); "
        "times.push([listed - t, performance.now() - t]); } return times; }",
        QUERIES * 4,
    )
    spelled = spelled_at_3(page)
    page.close()
    return first, [t[0] for t in times], [t[1] for t in times], spelled


def material(site_url: str) -> float | str:
    """Seconds from navigation to Material's first results for “không”, or why there are none."""
    page = _browser().new_page()
    page.goto(site_url + "index.html", wait_until="load")
    try:
        box = page.locator("input.md-search__input")
        try:
            box.wait_for(state="visible", timeout=5000)  # in the header on a desktop viewport
        except Exception:
            return "search box hidden"  # what Material does over file:// (its worker cannot load)
        box.fill("không")
        try:
            page.wait_for_selector(".md-search-result__item", timeout=60_000)
        except Exception:
            return "no results in 60 s"
        return page.evaluate("performance.now()") / 1000
    finally:
        page.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(directory: Path) -> tuple[str, http.server.ThreadingHTTPServer]:
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


def measure(size: int, work: Path) -> dict:
    root = project(size, work)
    text = raw_text_bytes(root)
    our_raw, our_gz = sizes_of(*sorted((root / "site" / "assets" / "search").rglob("*.js")))
    msite = material_site(root)
    mat_raw, mat_gz = sizes_of(msite / "search" / "search_index.json")
    first_file, listed, snippets, spelled = ours((root / "site").as_uri() + "/")
    url, server = serve(root / "site")
    first_http, *_ = ours(url)
    server.shutdown()
    murl, mserver = serve(msite)
    mat_http = material(murl)
    mserver.shutdown()
    mat_file = material(msite.as_uri() + "/")
    return {
        "size": size, "text": text, "our_raw": our_raw, "our_gz": our_gz, "mat_raw": mat_raw, "mat_gz": mat_gz,
        "first_file": first_file, "first_http": first_http, "mat_file": mat_file, "mat_http": mat_http,
        "p50": statistics.median(listed), "p95": statistics.quantiles(listed, n=20)[18],
        "snippets_p50": statistics.median(snippets), "snippets_p95": statistics.quantiles(snippets, n=20)[18],
        "spelled": spelled,
    }  # fmt: skip


def table(rows: list[dict]) -> str:
    def mb(n):
        return f"{n / 1e6:.2f} MB"

    def s(x):
        return x if isinstance(x, str) else f"{x:.2f} s"

    lines = [
        f"Machine: {platform.machine()}, {platform.processor() or 'cpu'}, Python {platform.python_version()}, "
        "headless Debian Chromium; times include loading the index.",
        "",
        "| plans | raw text | kb index raw / gzip | gzip ÷ text | Material index raw / gzip | first results kb "
        "(file:// · http) | first results Material (file:// · http) | kb query p50 / p95: listed "
        "| … with snippets | typed spelling in top 3 |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        lines.append(
            f"| {r['size']} | {mb(r['text'])} | {mb(r['our_raw'])} / {mb(r['our_gz'])} | "
            f"{r['our_gz'] / r['text']:.2f} | "
            f"{mb(r['mat_raw'])} / {mb(r['mat_gz'])} | {s(r['first_file'])} · {s(r['first_http'])} | "
            f"{s(r['mat_file'])} · {s(r['mat_http'])} | {r['p50']:.1f} ms / {r['p95']:.1f} ms | "
            f"{r['snippets_p50']:.1f} ms / {r['snippets_p95']:.1f} ms | {r['spelled']:.2f} |"
        )
    lines += ["", "Targets at 1,000 plans: first results ≤ 1.0 s after load, p95 ≤ 50 ms, gzip index ≤ 0.6 × raw text."]
    with tempfile.TemporaryDirectory(prefix="kb-relevance-") as work:
        relevance = relevance_table(seed_site(Path(work)), _browser())
    lines += ["", "Precision at 3 on the judged queries (tests/search_relevance/queries.yaml, seed corpus):", ""]
    return "\n".join([*lines, relevance])


def main() -> None:
    benchmark_main(__doc__, measure, table, sizes="100,1000", heading="Tìm kiếm: kết quả đo")


if __name__ == "__main__":
    main()
