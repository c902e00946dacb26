"""``kb-build serve``: MkDocs' live-reload server, fed by our emitter.

MkDocs watches the emitted docs directory; we watch the corpus and the hand-written docs
and re-emit on every change. Only changed pages are rewritten, and MkDocs rebuilds "dirty"
(only pages newer than their HTML), so an edit to one plan re-renders that plan and the pages
that quote it. The navigation pages are touched on each re-emit so their titles are read
again; when the pages or the navigation change, every page is. Errors are printed and the
last good pages stay in place.
"""

from __future__ import annotations

import os
import threading

import click
from mkdocs.commands.serve import serve as mkdocs_serve
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from kb_build.build import BuildReport, emit_docs
from kb_build.problems import CorpusError
from kb_build.project import Project
from kb_build.render import dirty_builds_allowed, preview_sources_to_refresh


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
        try:
            report = BuildReport()
            emit_docs(self.project, report)
        except CorpusError as exc:
            click.echo(str(exc), err=True)
            return
        if report.written:
            self.signature, stale = preview_sources_to_refresh(self.project.config_file, self.signature)
            for path in stale:
                os.utime(path)
            click.echo(f"Đã cập nhật {len(report.written)} trang: {', '.join(report.written[:5])}", err=True)


def serve(project: Project, dev_addr: str) -> None:
    emit_docs(project, BuildReport())
    signature, _ = preview_sources_to_refresh(project.config_file, None)
    handler = _Reemit(project, signature)
    observer = Observer()
    for watched in (project.corpus_dir, project.docs_dir):
        observer.schedule(handler, str(watched), recursive=True)
    observer.start()
    try:
        with dirty_builds_allowed():
            mkdocs_serve(config_file=str(project.config_file), dev_addr=dev_addr, livereload=True, build_type="dirty")
    finally:
        observer.stop()
        observer.join()
