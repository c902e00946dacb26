"""The ``kb-build`` command line: build, check, serve."""

from __future__ import annotations

import json
import logging
import shutil
import sys
from pathlib import Path

import click

from kb_build.build import build as build_site
from kb_build.link import link
from kb_build.outputs import OutputError
from kb_build.problems import CorpusError
from kb_build.progress import Reporter
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
@click.option(
    "--processes",
    type=click.IntRange(min=1),
    help="Số tiến trình cùng dựng HTML (mặc định: bằng số nhân của máy).",
)
def build(root: Path, site_dir: Path | None, processes: int | None) -> None:
    """Kiểm tra kho văn bản rồi dựng trang web vào site/."""
    project = Project(root.resolve())
    try:
        report = build_site(project, site_dir, Reporter(), processes=processes)
    except CorpusError as exc:
        click.echo(str(exc), err=True)
        click.echo(f"Không dựng trang: {len(exc.problems)} lỗi trong kho văn bản; site/ giữ nguyên.", err=True)
        sys.exit(1)
    except RenderError as exc:
        click.echo(str(exc), err=True)
        click.echo("Không dựng trang; site/ giữ nguyên.", err=True)
        sys.exit(1)
    except OutputError as exc:
        click.echo(f"lỗi: {exc}", err=True)
        sys.exit(1)
    except OSError as exc:  # a full disk, a folder that cannot be written
        where = f" ({exc.filename})" if exc.filename else ""
        click.echo(f"lỗi: không ghi được{where}: {exc.strerror or exc}; site/ giữ nguyên.", err=True)
        sys.exit(1)
    for warning in report.warnings:
        click.echo(str(warning), err=True)
    timings = ", ".join(f"{stage} {seconds:.2f}s" for stage, seconds in report.timings.items())
    target = site_dir or project.site_dir
    how = f"{len(report.written)} tệp thay đổi, chỉ dựng lại phần đó" if report.incremental else "dựng toàn bộ"
    how += f"; liên kết đọc lại {report.reread}/{report.passages} đoạn"
    click.echo(f"Đã dựng {report.plans} văn bản vào {target} ({how}; {timings}).")


@cli.command()
@root_option
@click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON (cho máy đọc).")
def check(root: Path, as_json: bool) -> None:
    """Kiểm tra kho văn bản mà không dựng trang. Mã thoát 1 nếu có lỗi."""
    project = Project(root.resolve())
    result = validate_corpus(project.corpus_dir)
    problems = list(result.problems)
    if result.ok:  # cross-document checks (conflicting sources …) need a valid corpus
        problems += link(result.corpus).problems
    problems = sorted(problems)
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


def _write_all(results: list[tuple[Path, str]]) -> None:
    """Write every file or none: each goes to a temporary name first, then all are renamed."""
    staged: list[tuple[Path, Path]] = []
    try:
        for target, text in results:
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_name(f".{target.name}.tmp")
            temporary.write_text(text, encoding="utf-8")
            staged.append((temporary, target))
    except OSError as exc:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
        click.echo(f"lỗi: không ghi được văn bản ({exc}); không ghi tệp nào.", err=True)
        sys.exit(1)
    for temporary, target in staged:
        temporary.replace(target)


@cli.command(name="import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Thư mục ghi văn bản chuẩn hóa (vd. corpus/plans); mỗi văn bản vào <năm>/<id>.md.",
)
@click.option(
    "--report",
    "report_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Ghi báo cáo chi tiết dạng JSON vào tệp này.",
)
@click.option(
    "--originals",
    type=click.Path(file_okay=False, path_type=Path),
    help="Lưu bản gốc của mỗi tệp vào thư mục này (vd. corpus/originals).",
)
@click.option("--force", is_flag=True, help="Ghi đè văn bản đã có.")
def import_(
    files: tuple[Path, ...], out_dir: Path, report_file: Path | None, originals: Path | None, force: bool
) -> None:
    """Chuyển tệp Word (.docx), PDF có lớp chữ (.pdf), trang web đã lưu (.html) hoặc văn bản thuần
    (.txt, .md) thành văn bản chuẩn hóa, kèm báo cáo. Mọi loại văn bản hành chính đều được nhập.

    Nếu một tệp lỗi (rỗng, nhị phân, PDF bản quét, không phải văn bản hành chính) thì không ghi tệp nào.
    """
    from kb_build.importer import ImportError_, import_document, keep_decisions
    from kb_build.importer.report import ImportReport

    results, reports, failed = [], [], False
    reporter = Reporter()
    with reporter.running(), reporter.stage("Nhập văn bản", len(files)) as advance:
        imported_all = []
        for path in files:
            try:
                imported_all.append((path, import_document(path), None))
            except ImportError_ as exc:
                imported_all.append((path, None, exc))
            advance()
    for path, imported, error in imported_all:
        if error is not None:
            report = ImportReport(source=str(path), error=str(error))
            failed = True
        else:
            target = out_dir / imported.plan.path
            if target.exists():
                imported = keep_decisions(imported, target)
            report = imported.report
            if target.exists() and not force and target.read_text(encoding="utf-8") != imported.text:
                report.error = f"{target} đã có; dùng --force để ghi đè"
                failed = True
            results.append((target, imported.text))
            report.output = str(target)
        reports.append(report)
        click.echo(report.summary(), err=bool(report.error))
    if report_file:
        report_file.parent.mkdir(parents=True, exist_ok=True)
        report_file.write_text(json.dumps([r.as_json() for r in reports], ensure_ascii=False, indent=2), "utf-8")
    if failed:
        click.echo("Không ghi tệp nào vì có lỗi ở trên.", err=True)
        sys.exit(1)
    _write_all(results)
    if originals:
        originals.mkdir(parents=True, exist_ok=True)
        for path in files:
            shutil.copy2(path, originals / path.name)
    click.echo(f"Đã ghi {len(results)} văn bản vào {out_dir}. Chạy “kb-build check” rồi xem lại các ghi chú trên.")


@cli.command()
@click.argument("source", required=False, default="-", type=click.File("r", encoding="utf-8"))
def citations(source) -> None:
    """In mỗi trích dẫn văn bản tìm thấy trong SOURCE (tệp, hoặc “-” cho đầu vào chuẩn), mỗi dòng một JSON."""
    from kb_build.link.citations import find_citations
    from kb_build.text import nfc

    for citation in find_citations(nfc(source.read())):
        click.echo(json.dumps(citation.as_json(), ensure_ascii=False))


@cli.command(name="bundle")
@root_option
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="Tệp zip đầu ra.")
@click.option("--years", help="Các năm, cách nhau bằng dấu phẩy (vd. 2023,2024).")
@click.option("--topics", help="Các chủ đề (id), cách nhau bằng dấu phẩy (vd. bien-dao-bien-gioi).")
@click.option("--title", help="Tên bộ tài liệu, hiện ở đầu mỗi trang.")
@click.option(
    "--pdf",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Cũng in tập tài liệu PDF (bìa, mục lục, văn bản, chú thích cuối trang) vào tệp này.",
)
def bundle_(root: Path, out: Path, years: str | None, topics: str | None, title: str | None, pdf: Path | None) -> None:
    """Đóng gói trang web thành tệp zip xem được không cần mạng (mở index.html)."""
    from kb_build.bundle import bundle

    try:
        year_set = {int(y) for y in years.split(",")} if years else None
    except ValueError:
        click.echo(f"--years phải là các năm cách nhau bằng dấu phẩy, không phải “{years}”", err=True)
        sys.exit(1)
    topic_set = {t.strip() for t in topics.split(",")} if topics else None
    try:
        corpus = bundle(Project(root.resolve()), out, years=year_set, topics=topic_set, title=title, pdf=pdf)
    except (CorpusError, RenderError, ValueError, RuntimeError) as exc:
        click.echo(str(exc), err=True)
        sys.exit(1)
    click.echo(f"Đã đóng gói {len(corpus.plans)} văn bản và {len(corpus.glossary)} mục chú giải vào {out}.")
    if pdf:
        click.echo(f"Đã in tập tài liệu vào {pdf}.")


def main() -> None:
    cli()
