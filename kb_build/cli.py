"""The ``kb-build`` command line: build, check, serve."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from kb_build.build import build as build_site
from kb_build.problems import CorpusError
from kb_build.project import Project
from kb_build.render import RenderError
from kb_build.validate import validate_corpus

root_option = click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Thư mục dự án (chứa mkdocs.yml, corpus/, docs/).",
)


@click.group()
@click.version_option(package_name="kb-build")
def cli() -> None:
    """Kho văn bản thông tin đối ngoại: kiểm tra và dựng trang web từ kho văn bản."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")


@cli.command()
@root_option
@click.option("--site-dir", type=click.Path(file_okay=False, path_type=Path), help="Thư mục đầu ra (mặc định site/).")
def build(root: Path, site_dir: Path | None) -> None:
    """Kiểm tra kho văn bản rồi dựng trang web vào site/."""
    project = Project(root.resolve())
    try:
        report = build_site(project, site_dir)
    except CorpusError as exc:
        click.echo(str(exc), err=True)
        click.echo(f"Không dựng trang: {len(exc.problems)} lỗi trong kho văn bản; site/ giữ nguyên.", err=True)
        sys.exit(1)
    except RenderError as exc:
        click.echo(str(exc), err=True)
        click.echo("Không dựng trang; site/ giữ nguyên.", err=True)
        sys.exit(1)
    for warning in report.warnings:
        click.echo(str(warning), err=True)
    timings = ", ".join(f"{stage} {seconds:.2f}s" for stage, seconds in report.timings.items())
    target = site_dir or project.site_dir
    click.echo(f"Đã dựng {report.plans} văn bản vào {target} ({timings}).")


@cli.command()
@root_option
@click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON (cho máy đọc).")
def check(root: Path, as_json: bool) -> None:
    """Kiểm tra kho văn bản mà không dựng trang. Mã thoát 1 nếu có lỗi."""
    project = Project(root.resolve())
    result = validate_corpus(project.corpus_dir)
    problems = sorted(result.problems)
    if as_json:
        click.echo(json.dumps([p.as_json() for p in problems], ensure_ascii=False, indent=2))
    else:
        for problem in problems:
            click.echo(str(problem), err=problem.severity == "error")
        n_errors = sum(p.severity == "error" for p in problems)
        summary = f"{len(result.corpus.plans)} văn bản, {len(result.corpus.glossary)} mục chú giải: "
        click.echo(summary + (f"{n_errors} lỗi." if n_errors else "không có lỗi."), err=bool(n_errors))
    sys.exit(0 if result.ok else 1)


@cli.command()
@root_option
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True, help="Địa chỉ máy chủ xem trước.")
def serve(root: Path, dev_addr: str) -> None:
    """Xem trước trang web, tự tải lại khi sửa kho văn bản hoặc docs/."""
    from kb_build.serve import serve as serve_site

    project = Project(root.resolve())
    try:
        serve_site(project, dev_addr)
    except CorpusError as exc:
        click.echo(str(exc), err=True)
        sys.exit(1)


def main() -> None:
    cli()
