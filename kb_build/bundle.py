"""``kb-build bundle``: an offline course pack, a zip whose index.html opens by double-click.

A bundle holds the selected plans and exactly what they reference: the documents they cite,
the policies and anniversaries they mention, the topics their passages carry. It is built by
the same pipeline (link → emit → render) from that subset, with relative links only.
"""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from datetime import date
from pathlib import Path

from kb_build.build import corpus_date
from kb_build.emit import emit
from kb_build.emit.booklet import write_booklet
from kb_build.link import KnowledgeBase, link
from kb_build.model import Corpus, GlossaryEntry, Plan
from kb_build.outputs import SITE_MARKER, check_bundle_out
from kb_build.problems import CorpusError
from kb_build.project import Project
from kb_build.render import render
from kb_build.validate import validate_corpus


def select(corpus: Corpus, years: set[int] | None, topics: set[str] | None) -> tuple[Plan, ...]:
    """The plans of the given years and, if topics are given, with a passage on one of them."""
    chosen = [p for p in corpus.plans if not years or p.year in years]
    if topics:
        on_topic = link(corpus).topics.by_passage
        chosen = [p for p in chosen if any(set(t) & topics for (pid, _), t in on_topic.items() if pid == p.id)]
    return tuple(chosen)


def _referenced(kb: KnowledgeBase) -> dict[str, set[str]]:
    """Glossary ids the (subset) plans reference, by kind."""
    return {
        "directives": set(kb.registry.directives),
        "policies": {p.id for p in kb.policies.by_id.values() if p.mentions},
        "anniversaries": set(kb.calendar.mentions),
        "topics": {t.id for t in kb.topics.by_id.values() if t.passages},
    }


def subset(corpus: Corpus, plans: tuple[Plan, ...]) -> Corpus:
    """A corpus of ``plans`` and the glossary entries they reference (sources outside: as text)."""
    wanted = _referenced(link(Corpus(plans, corpus.glossary, corpus.plans)))
    kept: list[GlossaryEntry] = []
    for entry in corpus.glossary:
        if entry.kind == "directives":
            if entry.id in wanted["directives"]:
                kept.append(entry)
        elif entry.id in wanted.get(entry.kind, set()):
            kept.append(entry)
    inside = {p.id for p in plans}
    elsewhere = tuple(
        p
        for p in corpus.plans
        if p.id not in inside and any(s.get("plan") == p.id for e in kept for s in e.fields.get("sources", ()))
    )
    return Corpus(plans, tuple(kept), elsewhere)


DEFAULT_TITLE = "Tài liệu tập huấn: văn bản thông tin đối ngoại"


def bundle(
    project: Project, out: Path, *, years=None, topics=None, title: str | None = None, pdf: Path | None = None
) -> Corpus:
    """The course pack ``out`` (a zip of the offline site) and, with ``pdf``, its printable booklet."""
    out = check_bundle_out(out, project)  # before anything is written
    pdf = check_bundle_out(pdf, project) if pdf else None
    result = validate_corpus(project.corpus_dir)
    if not result.ok:
        raise CorpusError(result.problems)
    plans = select(result.corpus, years, topics)
    if not plans:
        raise ValueError("không có văn bản nào khớp với lựa chọn (--years, --topics)")
    corpus = subset(result.corpus, plans)
    kb = link(corpus)
    with tempfile.TemporaryDirectory(prefix="kb-bundle-") as work:
        docs, site = Path(work) / "docs", Path(work) / "site"
        emit(kb, project.docs_dir, docs, for_readers_only=True)
        overrides = {"docs_dir": str(docs), "site_url": None}
        if title:
            overrides["site_name"] = title
        made = corpus_date(kb)
        render(project.config_file, site, build_date=made, **overrides)
        (site / "404.html").unlink(missing_ok=True)  # a web server's page: root-absolute links, no use offline
        (site / "sitemap.xml.gz").unlink(missing_ok=True)  # the sitemap is for search engines; the data stay
        booklet = Path(work) / "booklet.pdf"  # made before anything is written beside ``out``: both or neither
        if pdf:
            write_booklet(kb, title or DEFAULT_TITLE, made or date.today(), booklet)
        out.parent.mkdir(parents=True, exist_ok=True)
        partial = out.with_name(out.name + ".tmp")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(site.rglob("*")):
                if path.is_file() and path.name != SITE_MARKER:
                    info = zipfile.ZipInfo(path.relative_to(site).as_posix(), date_time=(1980, 1, 1, 0, 0, 0))
                    info.compress_type = zipfile.ZIP_DEFLATED
                    archive.writestr(info, path.read_bytes())
        if pdf:
            pdf.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(booklet, pdf)
        shutil.move(partial, out)
    return corpus
