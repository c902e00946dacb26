"""Stage 4, emit: the Markdown pages (and later data files) that the renderer turns into HTML.

``emit_pages`` is pure: knowledge base in, ``{relative path: content}`` out. ``write_tree``
puts that into the docs directory, touching only files whose content changed, so that
MkDocs' live reload and incremental rebuilds see exactly what changed.
"""

from __future__ import annotations

from pathlib import Path

from kb_build.emit import (
    anniversary_pages,
    data,
    directive_pages,
    indexes,
    plan_page,
    policy_pages,
    search_index,
    topic_pages,
)
from kb_build.link import KnowledgeBase, plan_page_path, year_page_path
from kb_build.parallel import Background
from kb_build.progress import QUIET, Reporter

HOME = "index.md"
OVERVIEW_MARKER = "<!-- kb:tong-quan -->"


def emit_pages(kb: KnowledgeBase, handwritten: dict[str, str]) -> dict[str, str]:
    """All generated pages; ``handwritten`` (the editors' docs/ pages) may fill in markers."""
    # The longest part runs beside the rest, in a forked process (see kb_build.parallel).
    topics = Background(topic_pages.render_all, kb)
    pages = {plan_page_path(plan): plan_page.render(plan, kb) for plan in kb.plans}
    pages.update(directive_pages.render_all(kb))
    pages.update(policy_pages.render_all(kb))
    pages.update(anniversary_pages.render_all(kb))
    pages.update(data.render_all(kb))
    pages.update({year_page_path(year): indexes.year_page(kb, year) for year in kb.years})
    pages["van-ban.md"] = indexes.catalog_page(kb)
    home = handwritten.get(HOME, f"# Kho văn bản thông tin đối ngoại\n\n{OVERVIEW_MARKER}\n")
    pages[HOME] = home.replace(OVERVIEW_MARKER, indexes.overview(kb))
    pages.update(search_index.search_files(kb))
    pages.update(topics.result())
    return pages


def read_handwritten(docs_dir: Path) -> dict[str, bytes]:
    """The editors' own pages and assets in docs/, by relative path."""
    if not docs_dir.is_dir():
        return {}
    return {p.relative_to(docs_dir).as_posix(): p.read_bytes() for p in sorted(docs_dir.rglob("*")) if p.is_file()}


def write_tree(files: dict[str, bytes], out_dir: Path, on_file=lambda: None) -> list[str]:
    """Make ``out_dir`` hold exactly ``files``; return the paths that were written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for relative, content in files.items():
        on_file()
        target = out_dir / relative
        if target.is_file() and target.read_bytes() == content:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        written.append(relative)
    for existing in sorted(out_dir.rglob("*"), reverse=True):
        relative = existing.relative_to(out_dir).as_posix()
        if existing.is_file() and relative not in files:
            existing.unlink()
        elif existing.is_dir() and not any(existing.iterdir()):
            existing.rmdir()
    return written


def emit(kb: KnowledgeBase, docs_dir: Path, out_dir: Path, reporter: Reporter = QUIET) -> list[str]:
    """Emit the whole docs tree (hand-written pages + generated ones) into ``out_dir``."""
    files = read_handwritten(docs_dir)
    texts = {path: data.decode("utf-8") for path, data in files.items() if path.endswith(".md")}
    generated = emit_pages(kb, texts)
    while generated:  # encode page by page: never every page twice in memory
        path, text = generated.popitem()
        files[path] = text.encode("utf-8")
    with reporter.stage("Ghi trang", len(files)) as advance:
        return write_tree(files, out_dir, advance)
