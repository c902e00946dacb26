"""``kb-build serve``: MkDocs' live-reload server, fed by our emitter.

MkDocs watches the emitted docs directory; we watch the corpus and the hand-written docs
and re-emit on every change (only changed pages are rewritten, so MkDocs reloads what
changed). Errors are printed and the last good pages stay in place.
"""

from __future__ import annotations

import threading

import click
from mkdocs.commands.serve import serve as mkdocs_serve
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from kb_build.build import BuildReport, emit_docs
from kb_build.problems import CorpusError
from kb_build.project import Project


class _Reemit(FileSystemEventHandler):
    def __init__(self, project: Project) -> None:
        self.project = project
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
        try:
            report = BuildReport()
            emit_docs(self.project, report)
        except CorpusError as exc:
            click.echo(str(exc), err=True)
            return
        if report.written:
            click.echo(f"Đã cập nhật {len(report.written)} trang: {', '.join(report.written[:5])}", err=True)


def serve(project: Project, dev_addr: str) -> None:
    emit_docs(project, BuildReport())
    handler = _Reemit(project)
    observer = Observer()
    for watched in (project.corpus_dir, project.docs_dir):
        observer.schedule(handler, str(watched), recursive=True)
    observer.start()
    try:
        mkdocs_serve(config_file=str(project.config_file), dev_addr=dev_addr, livereload=True)
    finally:
        observer.stop()
        observer.join()
