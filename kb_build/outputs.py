"""Where a build may write, and replacing the previous site without a moment with none.

A build replaces its output folder whole, so a mistyped ``--site-dir .`` must not reach the
project: the project root, its corpus, docs, build folder, theme overrides, any folder that holds
them, and any non-empty folder that is not a previous site are refused before anything is
written. A site the build made carries a marker file. The new site takes the old one's place
in one step (Linux ``renameat2`` with ``RENAME_EXCHANGE``; two renames elsewhere), under a lock
so that two builds cannot overlap, and what an interrupted build left beside it is removed by
the next one.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import fcntl
import os
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

from kb_build.project import Project

SITE_MARKER = ".kb-build-site"  # written into every site the build makes
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


class OutputError(ValueError):
    """An output path that would overwrite the project, or something that is not ours."""


def _protected(project: Project) -> list[Path]:
    root = project.root.resolve()
    parts = (project.corpus_dir, project.docs_dir, project.emitted_docs_dir.parent, root / "overrides")
    return [root, *(p.resolve() for p in parts), project.config_file.resolve()]


def _looks_like_a_site(folder: Path) -> bool:
    """A site a build made: our marker, or (before the marker existed) MkDocs' index and 404 pages."""
    return (folder / SITE_MARKER).is_file() or ((folder / "index.html").is_file() and (folder / "404.html").is_file())


def check_site_dir(target: Path, project: Project) -> Path:
    """The resolved ``target``, or ``OutputError`` when replacing it would destroy something."""
    resolved, root = target.resolve(), project.root.resolve()
    for protected in _protected(project):
        replaced = resolved == protected or protected.is_relative_to(resolved)  # it, or a folder holding it
        inside = protected != root and resolved.is_relative_to(protected)  # e.g. corpus/site
        if replaced or inside:
            raise OutputError(
                f"{target}: không dùng làm thư mục trang web: lần dựng thay thế toàn bộ thư mục này, "
                f"mà nó là, chứa hoặc nằm trong {protected} của dự án"
            )
    if resolved.is_symlink() or (resolved.exists() and not resolved.is_dir()):
        raise OutputError(f"{target}: không phải thư mục")
    if resolved.is_dir() and any(resolved.iterdir()) and not _looks_like_a_site(resolved):
        raise OutputError(
            f"{target}: thư mục đã có nội dung nhưng không phải trang web do kb-build dựng "
            f"(không có tệp {SITE_MARKER}); chọn thư mục trống hoặc thư mục trang web cũ"
        )
    return resolved


def check_bundle_out(target: Path, project: Project) -> Path:
    """The zip a bundle writes must not replace a project file, nor any file that is not a zip."""
    resolved, root = target.resolve(), project.root.resolve()
    for protected in _protected(project):
        if resolved == protected or (protected != root and resolved.is_relative_to(protected)):
            raise OutputError(f"{target}: không ghi gói khóa học vào {protected} của dự án")
    if resolved.exists() and (resolved.is_dir() or not zipfile.is_zipfile(resolved)):
        raise OutputError(f"{target}: đã có và không phải tệp zip; không ghi đè")
    return resolved


@contextlib.contextmanager
def build_lock(project: Project) -> Iterator[None]:
    """One build of a project at a time (a second one is told, not queued)."""
    lock_file = project.emitted_docs_dir.parent / ".lock"
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    with lock_file.open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError("một lần dựng khác của dự án này đang chạy; hãy đợi nó xong") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def remove_leftovers(site_dir: Path) -> list[Path]:
    """Staging and old sites that an interrupted build left beside ``site_dir`` (called under the lock)."""
    removed = []
    for kind in ("tmp", "old"):
        for leftover in site_dir.parent.glob(f"{site_dir.name}.{kind}-*"):
            if leftover.is_dir() and not leftover.is_symlink():
                shutil.rmtree(leftover, ignore_errors=True)
                removed.append(leftover)
    return removed


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step (Linux ≥ 3.15); False where the system cannot."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE)
    return result == 0


def replace_site(staging: Path, site_dir: Path) -> None:
    """Put ``staging`` in ``site_dir``'s place; the old site is removed after."""
    (staging / SITE_MARKER).write_text("Trang web do kb-build dựng; thư mục này được thay thế ở mỗi lần dựng.\n")
    if site_dir.is_dir() and _exchange(staging, site_dir):
        shutil.rmtree(staging, ignore_errors=True)  # staging now holds the old site
        return
    previous = site_dir.with_name(f"{site_dir.name}.old-{os.getpid()}")
    if site_dir.exists():
        site_dir.rename(previous)
    staging.rename(site_dir)
    if previous.exists():
        shutil.rmtree(previous, ignore_errors=True)
