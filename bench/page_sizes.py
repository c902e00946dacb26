"""Where a built site's bytes go, by kind of page, and its largest pages.

    .venv/bin/python bench/page_sizes.py SITE_DIR [--plans N]

Prints a Markdown table: per kind of page (plan, year, topic overview, topic year page, cited
document, its year pages, policy, its year pages, anniversaries, index pages) the number of pages,
their bytes and the largest; then the ten largest pages, and the bytes per plan with ``--plans``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

KINDS = {"chu-de": "topic", "dan-chieu": "cited document", "chu-giai": "policy", "ky-niem": "anniversaries"}


def kind_of(relative: str) -> str:
    parts = relative.split("/")
    if parts[0].isdigit():
        return "year page" if parts[-1] == "index.html" else "plan"
    if parts[0] in KINDS:
        return KINDS[parts[0]] + (", by year" if len(parts) == 3 else "")
    return "search index and data" if parts[0] in ("assets", "data") else "index and other pages"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path)
    parser.add_argument("--plans", type=int)
    args = parser.parse_args()
    files = [p for p in args.site.rglob("*") if p.is_file() and p.suffix != ".gz" and not p.name.startswith(".")]
    by_kind: dict[str, list[int]] = {}
    html = []
    for path in files:
        relative = path.relative_to(args.site).as_posix()
        size = path.stat().st_size
        if relative.startswith(("assets/", "data/")) and path.suffix != ".html":
            by_kind.setdefault(kind_of(relative), []).append(size)
        elif path.suffix == ".html":
            by_kind.setdefault(kind_of(relative), []).append(size)
            html.append((size, relative))
    print("| pages of | files | bytes | largest |\n| --- | --- | --- | --- |")
    for kind, sizes in sorted(by_kind.items(), key=lambda kv: -sum(kv[1])):
        print(f"| {kind} | {len(sizes)} | {sum(sizes) / 1e6:.1f} MB | {max(sizes) / 1e3:.0f} KB |")
    print("\n| largest pages | bytes |\n| --- | --- |")
    for size, relative in sorted(html, reverse=True)[:10]:
        print(f"| `{relative}` | {size / 1e3:.0f} KB |")
    total = sum(p.stat().st_size for p in files)
    per_plan = f", {total / args.plans / 1e3:.0f} KB per plan" if args.plans else ""
    print(f"\nIn all: {total / 1e6:.1f} MB{per_plan}.")


if __name__ == "__main__":
    main()
