"""Stage 4, emit: the Markdown pages and data files that the renderer turns into HTML.

The pages come in three groups, each a pure function of the knowledge base yielding
``(relative path, content)``: the plan, document, policy, anniversary and index pages; the
search index; the topic pages (year-to-year comparisons). Where processes can be forked, a
worker (``kb_build.parallel``) starts at once on the search index, the longest single piece,
and then takes topics; this process makes the entity pages and data files, then takes topics
too, so that both finish together whatever each part costs at a given corpus size. More
workers would not be faster on two cores, and each one costs memory.

Each group is written to disk as it is made (``TreeWriter``): no process ever holds every
page of the site, and a file is rewritten only when its content changed, so that MkDocs' live
reload and incremental rebuilds see exactly what changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kb_build.emit import (
    anniversary_pages,
    catalog,
    data,
    directive_pages,
    indexes,
    plan_page,
    policy_pages,
    search_index,
    topic_pages,
)
from kb_build.emit.paths import CATALOG, TOPICS_INDEX, YEARS_INDEX, plan_page_path
from kb_build.link import KnowledgeBase
from kb_build.link.topics import Topic
from kb_build.parallel import Background, WorkList
from kb_build.progress import QUIET, Reporter

HOME = "index.md"
OVERVIEW_MARKER = "<!-- kb:tong-quan -->"
# The editors' guide is linked from the home page where it is published, not in a course bundle.
EDITORS_GUIDE = "huong-dan-bien-tap.md"
EDITORS_MARKER = "<!-- kb:bien-tap -->"
EDITORS_LINK = f"Biên tập viên: xem [Hướng dẫn biên tập]({EDITORS_GUIDE})."
Pages = Iterator[tuple[str, str]]


def entity_pages(kb: KnowledgeBase, handwritten: dict[str, str], on_plan: Callable[[], None] = lambda: None) -> Pages:
    """Plan, cited-document, policy, anniversary, data and index pages; ``handwritten`` (the
    editors' docs/ pages) may fill in markers."""
    for plan in kb.plans:
        yield plan_page_path(plan), plan_page.render(plan, kb)
        on_plan()
    yield from directive_pages.render_all(kb).items()
    yield from policy_pages.render_all(kb).items()
    yield from anniversary_pages.render_all(kb).items()
    for year in kb.years:
        yield from indexes.year_pages(kb, year).items()
    yield YEARS_INDEX, indexes.years_page(kb)
    yield CATALOG, catalog.page(kb)
    yield catalog.CATALOG_DATA, catalog.data_file(kb)
    home = handwritten.get(HOME, f"# Kho văn bản thông tin đối ngoại\n\n{OVERVIEW_MARKER}\n")
    editors = EDITORS_LINK if EDITORS_GUIDE in handwritten else ""
    yield HOME, home.replace(OVERVIEW_MARKER, indexes.overview(kb)).replace(EDITORS_MARKER, editors)


class TreeWriter:
    """Writes files under ``out_dir`` as they come, skipping those whose bytes are already there."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.kept: list[str] = []  # every path given, written or not
        self.written: list[str] = []

    def write(self, relative: str, content: bytes) -> None:
        self.kept.append(relative)
        target = self.out_dir / relative
        try:
            if target.stat().st_size == len(content) and target.read_bytes() == content:
                return
        except FileNotFoundError:
            target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        self.written.append(relative)

    def write_pages(self, pages: Iterable[tuple[str, str]]) -> tuple[list[str], list[str]]:
        """Write ``pages`` (texts); return the paths kept and the paths written."""
        for relative, text in pages:
            self.write(relative, text.encode("utf-8"))
        return self.kept, self.written

    def remove_others(self, kept: set[str]) -> None:
        """Delete the files (and then empty folders) of ``out_dir`` that are not in ``kept``."""
        for existing in sorted(self.out_dir.rglob("*"), reverse=True):
            relative = existing.relative_to(self.out_dir).as_posix()
            if existing.is_file() and relative not in kept:
                existing.unlink()
            elif existing.is_dir() and not any(existing.iterdir()):
                existing.rmdir()


def read_handwritten(docs_dir: Path) -> dict[str, bytes]:
    """The editors' own pages and assets in docs/, by relative path."""
    if not docs_dir.is_dir():
        return {}
    project = docs_dir.resolve().parent
    return {
        p.relative_to(docs_dir).as_posix(): p.read_bytes()
        for p in sorted(docs_dir.rglob("*"))
        if p.is_file() and p.resolve().is_relative_to(project)  # a link out of the project is not published
    }


def _write_search_and_topic_pages(
    out_dir: Path, kb: KnowledgeBase, topics: WorkList[Topic]
) -> tuple[list[str], list[str]]:
    """The worker's share: the search index, then topics until none is left."""
    writer = TreeWriter(out_dir)
    writer.write_pages(search_index.search_files(kb).items())
    return writer.write_pages(topic_pages.render_pages(kb, topics.take()))


def emit(
    kb: KnowledgeBase, docs_dir: Path, out_dir: Path, reporter: Reporter = QUIET, *, for_readers_only: bool = False
) -> list[str]:
    """Emit the whole docs tree (hand-written pages + generated ones) into ``out_dir``; return
    the paths written (those whose content changed). ``for_readers_only`` (a course bundle)
    leaves out the editors' guide."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files = read_handwritten(docs_dir)
    if for_readers_only:
        files.pop(EDITORS_GUIDE, None)
    texts = {path: content.decode("utf-8") for path, content in files.items() if path.endswith(".md")}
    topics = WorkList(topic_pages.by_size(kb))
    worker = Background(_write_search_and_topic_pages, out_dir, kb, topics)
    writer = TreeWriter(out_dir)
    with reporter.stage("Tạo trang văn bản", len(kb.plans)) as advance:
        writer.write_pages(entity_pages(kb, texts, advance))
    for relative, content in data.render_all(kb).items():
        writer.write(relative, content)
    with reporter.stage("Trang chủ đề và chỉ mục tìm kiếm"):
        writer.write_pages(topic_pages.render_pages(kb, topics.take()))  # those the worker has not taken
        writer.write(TOPICS_INDEX, topic_pages.index_page(kb).encode("utf-8"))
        paths, changed = worker.result()
        writer.kept += paths
        writer.written += changed
    generated = set(writer.kept)
    for relative, content in files.items():
        if relative not in generated:  # the home page is the editors' one with its marker filled
            writer.write(relative, content)
    writer.remove_others(set(writer.kept))
    return writer.written
