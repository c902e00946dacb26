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
from kb_build.problems import CorpusError
from kb_build.project import Project
from kb_build.render import dirty_builds_allowed, preview_sources_to_refresh

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


def emit_for_preview(project: Project) -> list[str]:
    """Emit the docs; on a corpus error keep the last good ones and show the errors. Returns the pages written."""
    try:
        report = BuildReport()
        emit_docs(project, report)
    except CorpusError as exc:
        messages = [str(p) for p in exc.problems]
        click.echo("Kho văn bản có lỗi; trang xem trước giữ bản dựng tốt gần nhất:\n" + "\n".join(messages), err=True)
        write_preview_state(project.emitted_docs_dir, messages)
        return []
    except Exception as exc:  # a preview keeps running: the editor sees a message, not a traceback
        click.echo(f"Không cập nhật được bản xem trước: {exc}", err=True)
        write_preview_state(project.emitted_docs_dir, [f"Không cập nhật được bản xem trước: {exc}"])
        return []
    write_preview_state(project.emitted_docs_dir, [])
    return report.written


class _Reemit(FileSystemEventHandler):
    def __init__(self, project: Project, signature: str) -> None:
        self.project = project
        self.signature = signature
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
        written = emit_for_preview(self.project)
        if written:
            self.signature, stale = preview_sources_to_refresh(self.project.config_file, self.signature)
            for path in stale:
                os.utime(path)
            click.echo(f"Đã cập nhật {len(written)} trang: {', '.join(written[:5])}", err=True)


def serve(project: Project, dev_addr: str) -> None:
    first = emit_for_preview(project)
    if not first and not (project.emitted_docs_dir / "index.md").exists():
        raise click.ClickException("chưa có bản dựng tốt nào để xem trước: hãy sửa các lỗi trên rồi chạy lại")
    signature, _ = preview_sources_to_refresh(project.config_file, None)
    handler = _Reemit(project, signature)
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
