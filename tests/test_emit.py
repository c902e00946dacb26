"""kb_build.emit: the docs tree written by the parallel emitter is exactly what the pure page
groups give in one process, and a second emit rewrites nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb_build.emit import data, emit, entity_pages, read_handwritten, search_index, topic_pages
from kb_build.emit.paths import TOPICS_INDEX
from kb_build.link import link

from .conftest import ROOT


@pytest.fixture(scope="module")
def kb(corpus):
    return link(corpus)


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_the_written_tree_is_the_page_groups_computed_in_one_process(kb, tmp_path):
    docs = ROOT / "docs"
    handwritten = read_handwritten(docs)
    texts = {path: content.decode("utf-8") for path, content in handwritten.items() if path.endswith(".md")}
    groups = (topic_pages.render_pages(kb, topic_pages.by_size(kb)), search_index.search_files(kb).items())
    expected = {path: text.encode("utf-8") for group in groups for path, text in group}
    expected[TOPICS_INDEX] = topic_pages.index_page(kb).encode("utf-8")
    expected.update({path: text.encode("utf-8") for path, text in entity_pages(kb, texts)})
    expected.update(data.render_all(kb))
    expected = {**handwritten, **expected}  # a generated page (the home page) replaces the editors' one

    written = emit(kb, docs, tmp_path / "out")

    assert _tree(tmp_path / "out") == expected
    assert sorted(written) == sorted(expected)
    assert any(path.startswith("chu-de/") for path in written)  # by either process
    assert any(path.startswith("assets/search/t/") for path in written)  # by the worker


def test_a_second_emit_writes_nothing_and_removes_what_is_no_longer_emitted(kb, tmp_path):
    out = tmp_path / "out"
    emit(kb, ROOT / "docs", out)
    (out / "cu" / "trang-cu.md").parent.mkdir()
    (out / "cu" / "trang-cu.md").write_text("# Trang cũ\n", encoding="utf-8")
    home_time = (out / "index.md").stat().st_mtime_ns

    assert emit(kb, ROOT / "docs", out) == []
    assert not (out / "cu").exists()
    assert (out / "index.md").stat().st_mtime_ns == home_time
