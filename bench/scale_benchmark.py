"""Scale benchmark: the whole build at growing corpus sizes, stage by stage.

    .venv/bin/python bench/scale_benchmark.py [--sizes 100,1000,3000] [--out bench/results/scale.md]

For each size (a corpus from bench/generate_corpus.py): wall time of each stage of
`kb-build build` (load+validate, link, emit incl. search index, render) and in total; the same
emitted Markdown built by plain `mkdocs build` (the floor for any MkDocs-based site); peak memory
(the machine's memory in use above what it was before the build, four times a second) and peak RSS of its
largest process; site bytes and bytes per plan; search index bytes; and after editing one plan, the time until
`site/` is right again with `kb-build build` (incremental) and until `kb-build serve` serves the
edited page.

This machine's speed drifts by a quarter over minutes (other tenants): before and after each
build the benchmark times a fixed piece of work (Python-Markdown converting one page of seed text,
the renderer's own work), and the ratio of two sizes' build times is also given with each time
scaled to the same speed. The Markdown the build emits is weighed too: the renderer's work grows
with it, not with the number of plans.
"""

from __future__ import annotations

import itertools
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import markdown
import page_sizes
from generated_project import benchmark_main, generated_project

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("load+validate", "link", "emit", "render")


def memory_in_use() -> int:
    """The machine's memory in use, in bytes (``MemTotal`` − ``MemAvailable`` of ``/proc/meminfo``)."""
    fields = {}
    with open("/proc/meminfo", encoding="ascii") as meminfo:
        for line in meminfo:
            key, value = line.split(":", 1)
            fields[key] = int(value.split()[0]) * 1024
    return fields["MemTotal"] - fields["MemAvailable"]


class PeakMemory(threading.Thread):
    """Samples the machine's memory in use four times a second while a build runs; ``peak`` is the
    most above what was in use when sampling started (the build's processes together, forked
    workers' shared pages once, on a machine left alone), ``cpu`` the CPU seconds the sampling took.

    It was the PSS of the build's processes, once a second: reading a process's PSS makes the kernel
    walk its whole memory map (about 40 ms for a 2.5 GB process) and holds that process's memory lock
    meanwhile, so the measurement grew with the build's memory: 4.8 CPU seconds over a 3,000-plan
    build, 48 over a 10,000-plan one (on two cores the build uses both). ``/proc/meminfo`` costs the
    same at any size."""

    INTERVAL = 0.25

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.baseline, self.peak, self.cpu, self.done = memory_in_use(), 0, 0.0, threading.Event()

    def run(self) -> None:
        while not self.done.wait(self.INTERVAL):
            started = time.thread_time()
            self.peak = max(self.peak, memory_in_use() - self.baseline)
            self.cpu += time.thread_time() - started


def timed_build(root: Path) -> tuple[float, dict[str, float], int, int, float]:
    """Wall seconds, seconds per stage (as kb-build reports them), the peak RSS of the largest
    process of the build, the peak memory of all its processes together (see ``PeakMemory``), in bytes, and the
    CPU seconds spent measuring that memory."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        sampler = PeakMemory()  # what is in use before the build starts
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "kb_build", "build", "--root", str(root)], stdout=out, stderr=err
        )
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)  # the peak RSS of its largest process
        wall = time.perf_counter() - started
        sampler.done.set()
        sampler.join()
        out.seek(0)
        err.seek(0)
        report, errors = out.read().decode(), err.read().decode()
    if status != 0:
        raise RuntimeError(errors[-2000:])
    stages = {name: float(seconds) for name, seconds in re.findall(r"([\w+]+) ([\d.]+)s", report)}
    return wall, stages, usage.ru_maxrss * 1024, sampler.peak, sampler.cpu


def plain_mkdocs(root: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(root / "mkdocs.yml"), "-d", str(root / "plain-site")],
        check=True,
        capture_output=True,
        cwd=root,
    )
    return time.perf_counter() - started


def tree_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def edit_one_plan(root: Path, sentence: str) -> str:
    """Add a paragraph at the top of the first plan's body; return the plan's page (site-relative)."""
    plan = sorted((root / "corpus" / "plans").rglob("*.md"))[0]
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("\n\n", f"\n\n{sentence}\n\n", 1), encoding="utf-8")
    return f"{plan.parent.name}/{plan.stem}.html"


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def serve_reload(root: Path) -> float:
    """Seconds from saving an edited plan to `kb-build serve` serving the page with the edit."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [sys.executable, "-m", "kb_build", "serve", "--root", str(root), "--dev-addr", f"127.0.0.1:{port}"]
    # Its own process group: stopping it stops the emitter's forked worker too, which may be
    # in the middle of a second re-emit (an editor's save can come as several events).
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        home = f"http://127.0.0.1:{port}/"
        while not fetch(home):  # the first (full) build
            if server.poll() is not None:
                raise RuntimeError("kb-build serve exited")
            time.sleep(1)
        sentence = "Đoạn bổ sung để đo thời gian tải lại bản xem trước."
        started = time.perf_counter()
        page = home + edit_one_plan(root, sentence)
        while sentence not in fetch(page):
            time.sleep(0.2)
        return time.perf_counter() - started
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def calibration() -> float:
    """CPU seconds of a fixed piece of the renderer's work: one seed plan's text as a Markdown page
    of blockquotes, converted 100 times with the site's extensions (the best of three)."""
    seed = sorted((ROOT / "corpus" / "plans").rglob("*.md"))[0].read_text(encoding="utf-8")
    page = "\n\n".join(f"## Mục {i}\n\n> {line}" for i, line in enumerate(seed.splitlines()) if line.strip())
    extensions = ["toc", "attr_list", "def_list", "md_in_html", "admonition", "tables"]
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for _ in range(100):
            markdown.markdown(page, extensions=extensions)
        best = min(best, time.process_time() - started)
    return best


def measure(size: int, work: Path, *, build_only: bool = False) -> dict:
    """One corpus size: the build, its pages (weights, heaviest loads), and unless ``build_only`` the
    plain MkDocs floor, the rebuild and the serve reload after an edit."""
    root = generated_project(size, work)
    before = calibration()
    wall, stages, rss, memory, sampling = timed_build(root)
    speed = (before + calibration()) / 2
    weights = page_sizes.weigh(root / "site")
    row = {"size": size, "wall": wall, "stages": stages, "rss": rss, "memory": memory, "calibration": speed,
           "sampling": sampling,
           "markdown": tree_bytes(root / "build" / "docs"),
           "site": weights.total, "index": tree_bytes(root / "site" / "assets" / "search"), "weights": weights,
           "loads": page_sizes.heavy_loads(root / "site", weights)}  # fmt: skip
    if not build_only:
        row["floor"] = plain_mkdocs(root)
        edit_one_plan(root, "Đoạn bổ sung để đo thời gian dựng lại.")
        rebuild, rebuild_stages, *_ = timed_build(root)
        row.update(rebuild=rebuild, rebuild_render=rebuild_stages.get("render", 0), reload=serve_reload(root))
    shutil.rmtree(root)  # a 10,000-plan project is gigabytes: one at a time
    return row


def table(rows: list[dict]) -> str:
    def seconds(row: dict, key: str) -> str:
        return f"{row[key]:.1f} s" if key in row else "—"

    lines = [
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}.",
        "",
        "| plans | " + " | ".join(STAGES) + " | total | own stages | plain mkdocs "
        "| peak memory (all processes) | peak RSS (largest process) | site | per plan "
        "| search index | largest page | 95th-percentile page | heaviest topic page load | heaviest cited-document "
        "page load | rebuild after 1 edit (render) | serve reload after 1 edit |",
        "| --- |" + " --- |" * (len(STAGES) + 14),
    ]
    for r in rows:
        own = sum(r["stages"].get(s, 0) for s in STAGES if s != "render")
        cells = [f"{r['stages'].get(s, 0):.1f} s" for s in STAGES]
        largest, _ = r["weights"].largest
        rebuild = (
            f"{r['rebuild']:.1f} s ({r['rebuild'] / r['wall']:.0%}; {r['rebuild_render']:.1f} s)"
            if "rebuild" in r
            else "—"
        )
        lines.append(
            f"| {r['size']} | "
            + " | ".join(cells)
            + f" | {r['wall']:.1f} s | {own / r['wall']:.1%} | {seconds(r, 'floor')} "
            f"| {r['memory'] / 2**20:.0f} MiB | {r['rss'] / 2**20:.0f} MiB "
            f"| {r['site'] / 1e6:.0f} MB | {r['site'] / r['size'] / 1e3:.0f} KB "
            f"| {r['index'] / 1e6:.1f} MB | {largest / 1e3:.0f} KB | {r['weights'].p95 / 1e3:.0f} KB "
            f"| {r['loads']['topic'][1]:.2f} s | {r['loads']['cited document'][1]:.2f} s "
            f"| {rebuild} | {seconds(r, 'reload')} |"
        )
    lines += [
        "",
        "| plans | emitted Markdown | calibration (before and after the build) | CPU spent sampling the memory |",
        "| --- | --- | --- | --- |",
    ]
    for r in rows:
        markdown_mb, sampling = r["markdown"] / 1e6, r["sampling"]
        lines.append(f"| {r['size']} | {markdown_mb:.0f} MB | {r['calibration']:.2f} s | {sampling:.1f} s |")
    for smaller, larger in itertools.pairwise(rows):
        scaled = (larger["wall"] / larger["calibration"]) / (smaller["wall"] / smaller["calibration"])
        lines.append(
            f"\n{larger['size']} ÷ {smaller['size']} plans ({larger['size'] / smaller['size']:.2f} ×): build time "
            f"{larger['wall'] / smaller['wall']:.2f} ×, at the same machine speed {scaled:.2f} ×; emitted Markdown "
            f"{larger['markdown'] / smaller['markdown']:.2f} ×."
        )
    lines += ["", "Bytes by kind of page (KB per plan):", ""]
    kinds = sorted(
        {k for r in rows for k in r["weights"].by_kind}, key=lambda k: -sum(rows[-1]["weights"].by_kind.get(k, [0]))
    )
    lines += ["| kind | " + " | ".join(str(r["size"]) for r in rows) + " |", "| --- |" + " --- |" * len(rows)]
    for kind in kinds:
        cells = [f"{sum(r['weights'].by_kind.get(kind, [])) / r['size'] / 1e3:.1f}" for r in rows]
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "Heaviest pages (site-relative): "
        + "; ".join(f"{r['size']}: `{r['loads']['topic'][0]}`, `{r['loads']['cited document'][0]}`" for r in rows)
        + ".",
        "",
        "Largest page (site-relative): " + "; ".join(f"{r['size']}: `{r['weights'].largest[1]}`" for r in rows) + ".",
    ]
    return "\n".join(lines)


def main() -> None:
    benchmark_main(__doc__, measure, table, sizes="100,1000,3000", heading="Quy mô: kết quả đo")


if __name__ == "__main__":
    main()
