"""Search benchmark: kb_build's search against Material's built-in search, on generated corpora.

    .venv/bin/python bench/search_benchmark.py [--sizes 100,1000] [--out docs/ket-qua-tim-kiem.md]

For each corpus size: index bytes (raw and gzip) against the corpus's raw text bytes; time from
page load to first results in headless Chromium over file:// (and over http, where Material's
search can work at all); query latency p50/p95. Prints a Markdown table (and writes it with --out).
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
import threading
from pathlib import Path

from generated_project import benchmark_main, generated_project
from playwright.sync_api import sync_playwright

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


def sizes_of(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    return len(data), len(gzip.compress(data, 9))


@functools.cache
def _browser():
    playwright = sync_playwright().start()
    return playwright.chromium.launch(executable_path=shutil.which("chromium"), args=ARGS)


def ours(site_url: str) -> tuple[float, list[float]]:
    page = _browser().new_page()
    page.goto(site_url + "index.html", wait_until="load")
    page.fill("#kb-search-input", "bon khong")
    page.wait_for_selector("#kb-search-results [role=option]", timeout=120_000)
    first = page.evaluate("performance.now()") / 1000
    latencies = page.evaluate(
        "qs => qs.map(q => { const t = performance.now(); window.KBSearch.search(q); return performance.now() - t; })",
        QUERIES * 4,
    )
    page.close()
    return first, latencies


def material(site_url: str) -> float | None:
    """Seconds from navigation to Material's first results, or None if it finds nothing in 30 s."""
    page = _browser().new_page()
    page.goto(site_url + "index.html", wait_until="load")
    try:
        page.click("label.md-header__button[for=__search]", timeout=5000)
        page.fill("input.md-search__input", "khong")
        page.wait_for_selector(".md-search-result__item", timeout=30_000)
        return page.evaluate("performance.now()") / 1000
    except Exception:
        return None
    finally:
        page.close()


def serve(directory: Path) -> tuple[str, http.server.ThreadingHTTPServer]:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(directory))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


def measure(size: int, work: Path) -> dict:
    root = project(size, work)
    text = raw_text_bytes(root)
    our_raw, our_gz = sizes_of(root / "site" / "assets" / "search" / "kb-search-index.js")
    msite = material_site(root)
    mat_raw, mat_gz = sizes_of(msite / "search" / "search_index.json")
    first_file, latencies = ours((root / "site").as_uri() + "/")
    url, server = serve(root / "site")
    first_http, _ = ours(url)
    server.shutdown()
    murl, mserver = serve(msite)
    mat_http = material(murl)
    mserver.shutdown()
    mat_file = material(msite.as_uri() + "/")
    quantiles = statistics.quantiles(latencies, n=20)
    return {
        "size": size, "text": text, "our_raw": our_raw, "our_gz": our_gz, "mat_raw": mat_raw, "mat_gz": mat_gz,
        "first_file": first_file, "first_http": first_http, "mat_file": mat_file, "mat_http": mat_http,
        "p50": statistics.median(latencies), "p95": quantiles[18],
    }  # fmt: skip


def table(rows: list[dict]) -> str:
    def mb(n):
        return f"{n / 1e6:.2f} MB"

    def s(x):
        return "no results" if x is None else f"{x:.2f} s"

    lines = [
        f"Machine: {platform.machine()}, {platform.processor() or 'cpu'}, Python {platform.python_version()}, "
        "headless Debian Chromium; times include loading the index.",
        "",
        "| plans | raw text | kb index raw / gzip | gzip ÷ text | Material index raw / gzip | first results kb "
        "(file:// · http) | first results Material (file:// · http) | kb query p50 / p95 |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        lines.append(
            f"| {r['size']} | {mb(r['text'])} | {mb(r['our_raw'])} / {mb(r['our_gz'])} | "
            f"{r['our_gz'] / r['text']:.2f} | "
            f"{mb(r['mat_raw'])} / {mb(r['mat_gz'])} | {s(r['first_file'])} · {s(r['first_http'])} | "
            f"{s(r['mat_file'])} · {s(r['mat_http'])} | {r['p50']:.1f} ms / {r['p95']:.1f} ms |"
        )
    lines += ["", "Targets at 1,000 plans: first results ≤ 1.0 s after load, p95 ≤ 50 ms, gzip index ≤ 0.6 × raw text."]
    return "\n".join(lines)


def main() -> None:
    benchmark_main(__doc__, measure, table, sizes="100,1000", heading="Tìm kiếm: kết quả đo")


if __name__ == "__main__":
    main()
