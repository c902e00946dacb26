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
from kb_build.problems import CorpusError, Problem
from kb_build.project import Project
from kb_build.render import render
from kb_build.validate import validate_corpus


@dataclass
class BuildReport:
    timings: dict[str, float] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    plans: int = 0

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[name] = time.perf_counter() - start


def prepare(project: Project, report: BuildReport) -> KnowledgeBase:
    """Load, validate and link the corpus; raise ``CorpusError`` on any error."""
    with report.stage("load+validate"):
        result = validate_corpus(project.corpus_dir)
    report.warnings = [p for p in result.problems if p.severity == "warning"]
    if not result.ok:
        raise CorpusError(result.problems)
    with report.stage("link"):
        kb = link(result.corpus)
    report.warnings += kb.problems
    report.plans = len(kb.plans)
    return kb


def emit_docs(project: Project, report: BuildReport) -> KnowledgeBase:
    """Everything up to the Markdown the renderer reads (``serve`` runs this on each change)."""
    kb = prepare(project, report)
    with report.stage("emit"):
        report.written = emit(kb, project.docs_dir, project.emitted_docs_dir)
    return kb


def corpus_date(kb: KnowledgeBase) -> date | None:
    """The date a build is stamped with: the latest issue date, else the end of the latest plan year."""
    issued = [p.issued for p in kb.plans if p.issued]
    if issued:
        return max(issued)
    return date(kb.years[-1], 12, 31) if kb.years else None


def build(project: Project, site_dir: Path | None = None) -> BuildReport:
    """Build the site; on any error the previous ``site/`` is left as it was."""
    report = BuildReport()
    kb = emit_docs(project, report)
    with report.stage("render"):
        render(project.config_file, site_dir or project.site_dir, build_date=corpus_date(kb))
    return report
