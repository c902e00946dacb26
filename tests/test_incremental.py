"""Rebuilding after one edited plan renders only what changed, and gives the site a full build gives."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from .conftest import kb_build

PLAN = Path("corpus/plans/2024/2024-kh-duk-ninh-binh.md")
BEFORE = "tham gia các cuộc thi về thông tin đối ngoại"
AFTER = "tham gia các cuộc thi về thông tin đối ngoại và chủ quyền Biển Đông"


def digest(site: Path) -> dict[str, str]:
    return {
        p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in site.rglob("*")
        if p.is_file()
    }


def edit(root: Path) -> None:
    plan = root / PLAN
    text = plan.read_text(encoding="utf-8")
    assert text.count(BEFORE) == 1
    plan.write_text(text.replace(BEFORE, AFTER), encoding="utf-8")


def test_one_edited_plan_is_rendered_incrementally_and_matches_a_full_build(project, tmp_path):
    first = kb_build("build", "--root", str(project))
    assert first.returncode == 0, first.stderr
    assert "dựng toàn bộ" in first.stdout
    untouched = (project / "site" / "2022" / "2022-kh-mttq-tra-vinh.html").stat().st_mtime_ns

    edit(project)
    second = kb_build("build", "--root", str(project))
    assert second.returncode == 0, second.stderr
    assert "chỉ dựng lại phần đó" in second.stdout, second.stdout
    # the link stage read again only the edited passage: the others' results come from the memo
    assert "liên kết đọc lại 1/" in second.stdout, second.stdout
    assert "liên kết đọc lại 0/" not in first.stdout and "liên kết đọc lại 1/" not in first.stdout
    site = project / "site"
    assert AFTER in (site / "2024" / "2024-kh-duk-ninh-binh.html").read_text(encoding="utf-8")
    # A page that quotes the passage (its topic) is updated too; a plan that did not change is not re-rendered.
    assert AFTER in (site / "chu-de" / "bien-dao-bien-gioi.html").read_text(encoding="utf-8")
    assert (site / "2022" / "2022-kh-mttq-tra-vinh.html").stat().st_mtime_ns == untouched

    fresh = tmp_path / "fresh"
    shutil.copytree(project, fresh, ignore=shutil.ignore_patterns("site", "build"))
    full = kb_build("build", "--root", str(fresh))
    assert "dựng toàn bộ" in full.stdout
    assert digest(site) == digest(fresh / "site")


def test_a_changed_glossary_reads_every_passage_again(project):
    """The link memo is made under the code and the glossary: a new policy phrase may be in any text."""
    assert kb_build("build", "--root", str(project)).returncode == 0
    topics = project / "corpus" / "glossary" / "topics.yaml"
    text = topics.read_text(encoding="utf-8")
    topics.write_text(text.replace("phân giới, cắm mốc", "phân giới, cắm mốc, tuần tra", 1), encoding="utf-8")
    again = kb_build("build", "--root", str(project))
    assert again.returncode == 0, again.stderr
    unchanged = kb_build("build", "--root", str(project))
    read, total = again.stdout.split("liên kết đọc lại ")[1].split(" đoạn")[0].split("/")
    assert int(read) > 0.9 * int(total) > 50
    assert "liên kết đọc lại 0/" in unchanged.stdout


def test_a_changed_navigation_renders_everything(project):
    assert kb_build("build", "--root", str(project)).returncode == 0
    config = project / "mkdocs.yml"  # the reader's menu is the configuration's
    config.write_text(config.read_text(encoding="utf-8").replace("- Dữ liệu mở:", "- Sổ tay dữ liệu mở:"), "utf-8")
    again = kb_build("build", "--root", str(project))
    assert "dựng toàn bộ" in again.stdout, again.stdout
    assert "Sổ tay dữ liệu mở" in (project / "site" / "2022" / "2022-kh-mttq-tra-vinh.html").read_text(encoding="utf-8")
