"""``kb-build serve``: MkDocs' live-reload server, fed by our emitter.

MkDocs watches the emitted docs directory; we watch the corpus and the hand-written docs
and re-emit on every change. Only changed pages are rewritten, and MkDocs rebuilds "dirty"
(only pages newer than their HTML), so an edit to one plan re-renders that plan and the pages
that quote it. The navigation pages are touched on each re-emit so their titles are read
again; when the pages or the navigation change, every page is.

When the corpus has errors the last good pages stay, and a banner over every page lists the
errors (file:line, message): ``kb-preview.js`` (added to the preview's pages only) loads
``assets/kb-preview-state.js``, which this module rewrites after each attempt. No traceback
reaches the editor: every failure is a message.
"""

from __future__ import annotations

import json
import os
import threading
from importlib.resources import files
from pathlib import Path

import click
from mkdocs.commands.serve import serve as mkdocs_serve
from mkdocs.config import load_config
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from kb_build.build import BuildReport, emit_docs
from kb_build.emit import plan_page
from kb_build.emit.paths import plan_page_path
from kb_build.link import KnowledgeBase, link
from kb_build.model import Corpus
from kb_build.problems import CorpusError
from kb_build.project import Project
from kb_build.render import dirty_builds_allowed, preview_sources_to_refresh
from kb_build.validate import validate_plan

PREVIEW_SCRIPT = "javascripts/kb-preview.js"
PREVIEW_STATE = "assets/kb-preview-state.js"


def write_preview_state(docs: Path, errors: list[str]) -> None:
    """The banner's script and what it shows, in the emitted docs (the emitter removes them on each run)."""
    script = files("kb_build").joinpath("preview/kb-preview.js").read_bytes()
    (docs / PREVIEW_SCRIPT).parent.mkdir(parents=True, exist_ok=True)
    (docs / PREVIEW_SCRIPT).write_bytes(script)
    (docs / PREVIEW_STATE).parent.mkdir(parents=True, exist_ok=True)
    state = json.dumps({"errors": errors}, ensure_ascii=False).replace("<", "\\u003c")
    (docs / PREVIEW_STATE).write_text(f"kbPreviewState({state});\n", encoding="utf-8")


def plan_stamps(project: Project) -> dict[Path, int]:
    """Each plan file's modification time: what changed since the last emit."""
    return {path: path.stat().st_mtime_ns for path in (project.corpus_dir / "plans").rglob("*.md")}


def preview_edited_plans(project: Project, kb: KnowledgeBase, paths: list[Path]) -> list[str]:
    """The edited plans' own pages first, before the whole site is emitted again: each plan is
    checked and linked alone (its citations, topics, policies, anniversaries) against the
    glossary of the last good build, and its page written if it changed. What depends on the
    other plans (the register's wording of a cited document, the plans that implement this one)
    is filled in by the full emit that follows, whose result is that of ``kb-build build``.
    Returns the pages written; a plan with an error is left to the full emit, which shows it."""
    written = []
    for path in paths:
        plan, problems = validate_plan(path, project.corpus_dir)
        if plan is None or any(p.severity == "error" for p in problems):
            continue
        page = plan_page_path(plan)
        text = plan_page.render(plan, link(Corpus((plan,), kb.corpus.glossary))).encode("utf-8")
        target = project.emitted_docs_dir / page
        if target.is_file() and target.read_bytes() != text:
            target.write_bytes(text)
            written.append(page)
    return written


def emit_for_preview(project: Project) -> tuple[list[str], KnowledgeBase | None]:
    """Emit the docs; on a corpus error keep the last good ones and show the errors. Returns the
    pages written and the knowledge base (None on an error)."""
    try:
        report = BuildReport()
        kb = emit_docs(project, report)
    except CorpusError as exc:
        messages = [str(p) for p in exc.problems]
        click.echo("Kho văn bản có lỗi; trang xem trước giữ bản dựng tốt gần nhất:\n" + "\n".join(messages), err=True)
        write_preview_state(project.emitted_docs_dir, messages)
        return [], None
    except Exception as exc:  # a preview keeps running: the editor sees a message, not a traceback
        click.echo(f"Không cập nhật được bản xem trước: {exc}", err=True)
        write_preview_state(project.emitted_docs_dir, [f"Không cập nhật được bản xem trước: {exc}"])
        return [], None
    write_preview_state(project.emitted_docs_dir, [])
    return report.written, kb


class _Reemit(FileSystemEventHandler):
    def __init__(self, project: Project, signature: str, kb: KnowledgeBase | None) -> None:
        self.project = project
        self.signature = signature
        self.kb = kb  # of the last good emit
        self.stamps = plan_stamps(project)
        self.lock = threading.Lock()
        self.timer: threading.Timer | None = None

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        with self.lock:  # coalesce the burst of events an editor's save produces
            if self.timer:
                self.timer.cancel()
            self.timer = threading.Timer(0.2, self.reemit)
            self.timer.start()

    def reemit(self) -> None:
        stamps = plan_stamps(self.project)
        edited = [path for path, stamp in stamps.items() if self.stamps.get(path) not in (None, stamp)]
        if self.kb is not None and edited and stamps.keys() == self.stamps.keys():
            try:
                first = preview_edited_plans(self.project, self.kb, edited)
            except Exception as exc:  # the full emit below says what is wrong
                click.echo(f"Chưa xem trước riêng được văn bản vừa sửa: {exc}", err=True)
            else:
                if first:
                    click.echo(f"Đã cập nhật trước: {', '.join(first)}; đang dựng lại phần còn lại …", err=True)
        written, kb = emit_for_preview(self.project)
        self.stamps = stamps
        self.kb = kb or self.kb
        if written:
            self.signature, stale = preview_sources_to_refresh(self.project.config_file, self.signature)
            for path in stale:
                os.utime(path)
            click.echo(f"Đã cập nhật {len(written)} trang: {', '.join(written[:5])}", err=True)


def serve(project: Project, dev_addr: str) -> None:
    first, kb = emit_for_preview(project)
    if not first and not (project.emitted_docs_dir / "index.md").exists():
        raise click.ClickException("chưa có bản dựng tốt nào để xem trước: hãy sửa các lỗi trên rồi chạy lại")
    signature, _ = preview_sources_to_refresh(project.config_file, None)
    handler = _Reemit(project, signature, kb)
    observer = Observer()
    for watched in (project.corpus_dir, project.docs_dir):
        observer.schedule(handler, str(watched), recursive=True)
    observer.start()
    scripts = [getattr(s, "path", s) for s in load_config(str(project.config_file)).extra_javascript]
    click.echo(f"Xem trước tại http://{dev_addr}/ — trang tự cập nhật khi sửa kho văn bản; Ctrl+C để dừng.")
    try:
        with dirty_builds_allowed():
            mkdocs_serve(
                config_file=str(project.config_file),
                dev_addr=dev_addr,
                livereload=True,
                build_type="dirty",
                extra_javascript=[*scripts, PREVIEW_SCRIPT],
            )
    finally:
        observer.stop()
        observer.join()
