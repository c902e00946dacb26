"""The whole pipeline: load → validate → link → emit → render, timed stage by stage."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kb_build.emit import emit
from kb_build.link import KnowledgeBase, link
from kb_build.link.memo import Memo, rules_digest
from kb_build.outputs import build_lock, check_site_dir
from kb_build.problems import CorpusError, Problem
from kb_build.progress import QUIET, Reporter
from kb_build.project import Project
from kb_build.render import render
from kb_build.validate import CheckedPlans, validate_corpus


@dataclass
class BuildReport:
    timings: dict[str, float] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    plans: int = 0
    incremental: bool = False  # only the changed pages were rendered
    passages: int = 0
    reread: int = 0  # passages whose citations were read again (not in the link memo)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[name] = time.perf_counter() - start


def prepare(
    project: Project,
    report: BuildReport,
    reporter: Reporter = QUIET,
    *,
    checked: CheckedPlans | None = None,
    memo: Memo | None = None,
) -> KnowledgeBase:
    """Load, validate and link the corpus; raise ``CorpusError`` on any error.

    A build reads the link memo from ``build/`` and saves it back; ``kb-build serve`` passes the
    plan checks and the ``memo`` it keeps in memory from one change to the next instead."""
    total = len(list((project.corpus_dir / "plans").rglob("*.md")))
    with report.stage("load+validate"), reporter.stage("Đọc và kiểm tra", total) as advance:
        result = validate_corpus(project.corpus_dir, advance, checked)
    report.warnings = [p for p in result.problems if p.severity == "warning"]
    if not result.ok:
        raise CorpusError(result.problems)
    with report.stage("link"), reporter.stage("Liên kết"):
        rules = rules_digest(result.corpus.glossary)
        kept = memo is not None
        if memo is None:
            memo = Memo.load(project.link_memo_file, rules)
        else:
            memo.next_run(rules)
        kb = link(result.corpus, memo)
        if not kept:
            memo.save(project.link_memo_file)
    report.passages = sum(len(p.quotable) for p in kb.plans)
    report.reread = memo.read["citations"]
    report.warnings += kb.problems
    report.plans = len(kb.plans)
    return kb


def emit_docs(project: Project, report: BuildReport, reporter: Reporter = QUIET) -> KnowledgeBase:
    """Everything up to the Markdown the renderer reads (``serve`` runs this on each change)."""
    kb = prepare(project, report, reporter)
    with report.stage("emit"):
        report.written = emit(kb, project.docs_dir, project.emitted_docs_dir, reporter)
    return kb


def corpus_date(kb: KnowledgeBase) -> date | None:
    """The date a build is stamped with: the latest issue date, else the end of the latest plan year."""
    issued = [p.issued for p in kb.plans if p.issued]
    if issued:
        return max(issued)
    return date(kb.years[-1], 12, 31) if kb.years else None


def build(
    project: Project, site_dir: Path | None = None, reporter: Reporter = QUIET, *, processes: int | None = None
) -> BuildReport:
    """Build the site; on any error the previous ``site/`` is left as it was. ``processes`` render
    the HTML together (by default one per core)."""
    report = BuildReport()
    target = check_site_dir(site_dir or project.site_dir, project)  # before anything is written
    with build_lock(project), reporter.running():
        # Only the date outlives the emitter: MkDocs then has the memory the knowledge base held.
        build_date = corpus_date(emit_docs(project, report, reporter))
        with report.stage("render"), reporter.stage("Dựng HTML (MkDocs)"):
            report.incremental = render(
                project.config_file,
                target,
                build_date=build_date,
                state_file=project.render_state_file,
                processes=processes,
            )
    return report
