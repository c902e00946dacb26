"""Operator mistakes cannot destroy data: output folders that would replace the project are refused."""

from __future__ import annotations

import fcntl
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from kb_build.outputs import SITE_MARKER, remove_leftovers

from .conftest import kb_build


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("where", [".", "corpus", "docs", "corpus/plans", "overrides", "..", "build", "docs/site"])
def test_build_refuses_a_site_dir_that_would_replace_the_project(project, where):
    before = _snapshot(project)
    result = kb_build("build", "--root", str(project), "--site-dir", str(project / where))
    assert result.returncode == 1
    assert result.stderr.startswith("lỗi: ") and "không dùng làm thư mục trang web" in result.stderr
    assert "Traceback" not in result.stderr
    assert _snapshot(project) == before  # nothing written, nothing removed


def test_build_refuses_a_folder_that_is_not_a_previous_site(project, tmp_path):
    notes = tmp_path / "ghi-chu"
    notes.mkdir()
    (notes / "bai-giang.docx").write_bytes(b"not ours")
    result = kb_build("build", "--root", str(project), "--site-dir", str(notes))
    assert result.returncode == 1 and SITE_MARKER in result.stderr
    assert (notes / "bai-giang.docx").read_bytes() == b"not ours"


def test_a_built_site_is_marked_replaced_in_place_and_leftovers_are_cleaned(project):
    site = project / "site"
    stale = project / "site.tmp-abc123"
    (stale / "x").mkdir(parents=True)
    assert kb_build("build", "--root", str(project)).returncode == 0
    assert (site / SITE_MARKER).is_file() and (site / "index.html").is_file()
    assert not stale.exists()
    assert kb_build("build", "--root", str(project)).returncode == 0  # an existing site is replaced
    assert sorted(p.name for p in project.iterdir() if p.name.startswith("site")) == ["site"]


def test_two_builds_cannot_overlap(project):
    lock = project / "build" / ".lock"
    lock.parent.mkdir(parents=True, exist_ok=True)
    with lock.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        result = kb_build("build", "--root", str(project))
    assert result.returncode == 1 and "một lần dựng khác" in result.stderr


@pytest.mark.parametrize("target", ["mkdocs.yml", "corpus/plans/x.zip", "README.md"])
def test_bundle_refuses_to_overwrite_project_or_non_zip_files(project, target):
    (project / "README.md").write_text("ghi chú của biên tập viên", encoding="utf-8")
    before = _snapshot(project)
    result = kb_build("bundle", "--root", str(project), "--out", str(project / target), "--years", "2024")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert _snapshot(project) == before


def test_leftovers_of_an_interrupted_build_are_removed(tmp_path):
    site = tmp_path / "site"
    for name in ("site.tmp-1", "site.old-2"):
        (tmp_path / name / "a").mkdir(parents=True)
    (tmp_path / "site.tmp-notes.txt").write_text("a file, not ours to remove")
    removed = remove_leftovers(site)
    assert sorted(p.name for p in removed) == ["site.old-2", "site.tmp-1"]
    assert (tmp_path / "site.tmp-notes.txt").exists()


def test_source_text_cannot_forge_the_sites_warning_boxes_nor_publish_files_by_link(project, tmp_path_factory):
    plan = project / "corpus" / "plans" / "2024" / "2024-kh-duk-ninh-binh.md"
    forged = '!!! danger "Cảnh báo của kho"\n\n    Văn bản này đã bị thu hồi.\n\n??? note "Chi tiết"\n\n'
    plan.write_text(plan.read_text(encoding="utf-8").replace("## I. MỤC ĐÍCH", forged + "## I. MỤC ĐÍCH", 1))
    secret = tmp_path_factory.mktemp("ngoai-du-an") / "mat-khau.txt"
    secret.write_text("bí mật", encoding="utf-8")
    (project / "docs" / "mat-khau.txt").symlink_to(secret)
    result = kb_build("build", "--root", str(project))
    assert result.returncode == 0, result.stderr
    page = (project / "site" / "2024" / "2024-kh-duk-ninh-binh.html").read_text(encoding="utf-8")
    assert "Văn bản này đã bị thu hồi." in page and 'class="admonition danger"' not in page
    shown = BeautifulSoup(page, "html.parser").get_text()
    assert "<summary>Chi tiết</summary>" not in page and '??? note "Chi tiết"' in shown  # the source's text
    assert not (project / "site" / "mat-khau.txt").exists()


def test_a_full_disk_is_a_message_and_the_previous_site_stays(project):
    """Writes fail past a file-size limit, as on a full disk: no traceback, the old site kept."""
    import resource
    import signal
    import subprocess
    import sys

    assert kb_build("build", "--root", str(project)).returncode == 0
    before = _snapshot(project / "site")
    (project / "build").rename(project / "build.old")  # nothing to reuse: every page is written again

    def small_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    result = subprocess.run(
        [sys.executable, "-m", "kb_build", "build", "--root", str(project)],
        capture_output=True, text=True, timeout=600, preexec_fn=small_disk,
    )  # fmt: skip
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "lỗi: không ghi được" in result.stderr or "MkDocs không dựng được trang" in result.stderr
    assert _snapshot(project / "site") == before
