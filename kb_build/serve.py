"""``kb-build serve``: a live preview of the site, fed by our own stages and rendered by MkDocs.

MkDocs' live-reload server (``mkdocs.livereload.LiveReloadServer``) serves a temporary site and
reloads the browsers after each build. It watches the corpus, the hand-written docs and mkdocs.yml,
and runs our builder on one thread, one build at a time; the only other writer of the emitted docs
(step 2 below) holds the same lock, so MkDocs never reads a page while the emitter writes it.

An edit to plans shows in two steps:

1. The corpus is checked again, reading only the files whose bytes changed (``CheckedPlans``), and
   linked again with the link memo kept in memory (only changed passages are read). The edited
   plans' own pages are written and MkDocs renders just them (and the navigation pages); the
   browsers reload. Those pages are byte for byte the ones a full build writes: they come from the
   same knowledge base.
2. In the background, every page is emitted again from that knowledge base (only files whose
   content changed are written). Then MkDocs renders them and the browsers reload again.

Any other change (glossary, originals, docs/, mkdocs.yml, a plan added or removed) goes through
both steps at once.

When the corpus has errors the last good pages stay, and a banner over every page lists the
errors (file:line, message): ``kb-preview.js`` (added to the preview's pages only) loads
``assets/kb-preview-state.js``, which this module rewrites after each attempt. No traceback
reaches the editor: every failure is a message.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import signal
import tempfile
import threading
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlsplit

import click
from mkdocs.config import load_config
from mkdocs.livereload import LiveReloadServer

from kb_build.build import BuildReport, prepare
from kb_build.emit import TreeWriter, emit, plan_page
from kb_build.emit.paths import plan_page_path
from kb_build.link import KnowledgeBase
from kb_build.link.memo import Memo
from kb_build.problems import CorpusError
from kb_build.project import Project
from kb_build.render import CompiledTemplates, RenderError, preview_sources_to_refresh, render_preview
from kb_build.validate import CheckedPlans

PREVIEW_SCRIPT = "javascripts/kb-preview.js"
PREVIEW_STATE = "assets/kb-preview-state.js"

Snapshot = dict[Path, tuple[int, int]]  # every watched file: (modification time, size)


def write_preview_state(docs: Path, errors: list[str]) -> None:
    """The banner's script and what it shows, in the emitted docs (the emitter removes them on each run)."""
    script = files("kb_build").joinpath("preview/kb-preview.js").read_bytes()
    (docs / PREVIEW_SCRIPT).parent.mkdir(parents=True, exist_ok=True)
    (docs / PREVIEW_SCRIPT).write_bytes(script)
    (docs / PREVIEW_STATE).parent.mkdir(parents=True, exist_ok=True)
    state = json.dumps({"errors": errors}, ensure_ascii=False).replace("<", "\\u003c")
    (docs / PREVIEW_STATE).write_text(f"kbPreviewState({state});\n", encoding="utf-8")


def _snapshot(project: Project) -> Snapshot:
    found: Snapshot = {}
    for folder in (project.corpus_dir, project.docs_dir):
        for path in folder.rglob("*") if folder.is_dir() else ():
            if path.is_file():
                stat = path.stat()
                found[path] = (stat.st_mtime_ns, stat.st_size)
    if project.config_file.is_file():
        stat = project.config_file.stat()
        found[project.config_file] = (stat.st_mtime_ns, stat.st_size)
    return found


@dataclass
class Preview:
    """What the preview keeps from one change to the next, and the two steps of a rebuild."""

    project: Project
    site_dir: Path
    serve_url: str
    notify: Path  # a file in a watched folder: touched when step 2 has emitted, so that MkDocs renders
    checked: CheckedPlans = field(default_factory=CheckedPlans)
    memo: Memo = field(default_factory=Memo)
    seen: Snapshot = field(default_factory=dict)
    signature: str | None = None
    generation: int = 0  # changes seen so far: step 2 of an older one is not needed any more
    lock: threading.Lock = field(default_factory=threading.Lock)
    templates: CompiledTemplates = field(default_factory=CompiledTemplates)

    @property
    def docs(self) -> Path:
        return self.project.emitted_docs_dir

    def start(self) -> None:
        """The first build: everything, then a full MkDocs build."""
        self.memo = Memo.load(self.project.link_memo_file)
        self.memo.resident = True
        self.seen = _snapshot(self.project)
        kb = self._prepare()
        if kb is None and not (self.docs / "index.md").exists():
            raise click.ClickException("chưa có bản dựng tốt nào để xem trước: hãy sửa các lỗi trên rồi chạy lại")
        if kb is not None:
            self._emit_all(kb)
        self._render(dirty=False)

    def rebuild(self) -> None:
        """The server's builder: build what changed since the last look, in one step or two."""
        with self.lock:
            follow_up = self._update()
        if follow_up is not None:
            threading.Thread(target=self._finish, args=follow_up, daemon=True).start()

    def _update(self) -> tuple[int, KnowledgeBase] | None:
        # What is alive now (the last knowledge base, the memo, MkDocs' pages) is left out of the
        # cyclic garbage collector's passes: they would walk all of it while step 1 runs (up to
        # half a second at 1,000 plans). A full emit (step 2) lets it see them again.
        gc.freeze()
        now = _snapshot(self.project)
        changed = {path for path in now.keys() | self.seen.keys() if now.get(path) != self.seen.get(path)}
        plans_only = now.keys() == self.seen.keys() and all(self._is_plan(path) for path in changed)
        self.seen = now
        if not changed:  # step 2 has emitted (or a file outside the sources changed): render
            self._render(dirty=True)
            return None
        self.generation += 1
        if not plans_only:
            self.checked = CheckedPlans()  # a plan's check reads its original too
        kb = self._prepare()
        if kb is None:
            self._render(dirty=True)  # the banner's state
            return None
        if not plans_only:
            self._emit_all(kb)
            self._render(dirty=True)
            return None
        checks = [self.checked.by_path.get(path) for path in changed]
        edited = {check[1].id for check in checks if check and check[1]}
        writer = TreeWriter(self.docs)
        for plan in kb.plans:
            if plan.id in edited:
                writer.write(plan_page_path(plan), plan_page.render(plan, kb).encode("utf-8"))
        write_preview_state(self.docs, [])  # no page of the navigation changed: the plan pages are not in it
        self._render(dirty=True)
        click.echo(f"Đã cập nhật trang văn bản đã sửa: {', '.join(writer.written) or 'không đổi'}", err=True)
        return self.generation, kb

    def _finish(self, generation: int, kb: KnowledgeBase) -> None:
        """Step 2, off the server's thread: every page from ``kb``, unless a newer change came."""
        with self.lock:
            if generation != self.generation:
                return
            self._emit_all(kb)
        self.notify.write_text(str(generation), encoding="utf-8")  # the server's watch: render it

    def _is_plan(self, path: Path) -> bool:
        return path.suffix == ".md" and path.is_relative_to(self.project.corpus_dir / "plans")

    def _prepare(self) -> KnowledgeBase | None:
        """The knowledge base, or None when the corpus has errors (shown in the banner)."""
        try:
            return prepare(self.project, BuildReport(), checked=self.checked, memo=self.memo)
        except CorpusError as exc:
            messages = [str(p) for p in exc.problems]
            click.echo("Kho văn bản có lỗi; trang xem trước giữ bản dựng tốt gần nhất:", err=True)
            click.echo("\n".join(messages), err=True)
            write_preview_state(self.docs, messages)
        except Exception as exc:  # a preview keeps running: the editor sees a message, not a traceback
            click.echo(f"Không cập nhật được bản xem trước: {exc}", err=True)
            write_preview_state(self.docs, [f"Không cập nhật được bản xem trước: {exc}"])
        return None

    def _emit_all(self, kb: KnowledgeBase) -> None:
        written = emit(kb, self.project.docs_dir, self.docs)
        gc.unfreeze()  # what step 1 froze (an older knowledge base among it) may be collected again
        write_preview_state(self.docs, [])
        self._refresh_navigation()
        self.memo.save(self.project.link_memo_file)  # a later `kb-build build` starts from it
        if written:
            click.echo(f"Đã cập nhật {len(written)} trang: {', '.join(written[:5])}", err=True)

    def _refresh_navigation(self) -> None:
        """Mark the pages MkDocs' dirty build must render again although their Markdown did not change."""
        self.signature, stale = preview_sources_to_refresh(self.project.config_file, self.signature)
        for path in stale:
            os.utime(path)

    def _render(self, *, dirty: bool) -> None:
        try:
            render_preview(
                self.project.config_file,
                self.site_dir,
                self.serve_url,
                dirty=dirty,
                extra_script=PREVIEW_SCRIPT,
                templates=self.templates,
            )
        except RenderError as exc:
            click.echo(str(exc), err=True)


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def serve(project: Project, dev_addr: str) -> None:
    host, _, port = dev_addr.rpartition(":")
    project.emitted_docs_dir.mkdir(parents=True, exist_ok=True)  # MkDocs' configuration requires it
    mount_path = urlsplit(load_config(str(project.config_file)).site_url or "/").path
    mount_path = mount_path if mount_path.endswith("/") else mount_path + "/"
    site_dir = Path(tempfile.mkdtemp(prefix="kb-preview-"))
    notify = project.emitted_docs_dir.parent / "preview" / "emitted"
    notify.parent.mkdir(parents=True, exist_ok=True)
    preview = Preview(project, site_dir, f"http://{host}:{port}{mount_path}", notify)
    try:
        preview.start()
        server = LiveReloadServer(preview.rebuild, host, int(port), str(site_dir), mount_path, polling_interval=0.25)

        def error_page(code: int) -> bytes | None:
            page = site_dir / f"{code}.html"
            return page.read_bytes() if code == 404 and page.is_file() else None

        server.error_handler = error_page
        for watched in (project.corpus_dir, project.docs_dir, project.config_file, notify.parent):
            if watched.exists():
                server.watch(str(watched))
        click.echo(f"Xem trước tại {preview.serve_url} — trang tự cập nhật khi sửa kho văn bản; Ctrl+C để dừng.")
        signal.signal(signal.SIGTERM, _stop)  # stopped by another program: the temporary site goes too
        try:
            server.serve()
        except KeyboardInterrupt:
            pass
        finally:
            server.shutdown()
    finally:
        shutil.rmtree(site_dir, ignore_errors=True)
