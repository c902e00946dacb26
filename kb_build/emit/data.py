"""Machine-readable exports under ``site/data/`` (schema: docs/du-lieu-mo.md).

Every entity kind the site knows is written as JSON, with links as site-relative URLs,
so that others can reuse the knowledge base without scraping its HTML.
"""

from __future__ import annotations

import gzip
import json

from kb_build.emit.paths import (
    anniversary_page_path,
    directive_page_path,
    page_url,
    plan_page_path,
    policy_page_path,
    topic_page_path,
)
from kb_build.link import KnowledgeBase


def plans(kb: KnowledgeBase) -> list[dict]:
    return [
        {
            "id": plan.id,
            "type": plan.type,
            "number": plan.number,
            "title": plan.title,
            "year": plan.year,
            "issued": plan.issued.isoformat() if plan.issued else None,
            "issuer": plan.issuer,
            "system": plan.system,
            "level": plan.level,
            "locality": plan.locality,
            "province_today": kb.places.today_of(plan),  # after the 2025 merger of provinces
            "implements": list(plan.implements),
            "url": page_url(plan_page_path(plan)),
            "passages": [{"anchor": p.anchor, "kind": p.kind, "text": p.text} for p in plan.passages],
            "footnotes": [{"label": n.label, "anchor": n.anchor, "text": n.text} for n in plan.footnotes],
        }
        for plan in kb.plans
    ]


def directives(kb: KnowledgeBase) -> list[dict]:
    return [
        {
            "id": d.slug,
            "type": d.type,
            "number": d.number,
            "name": d.name,
            "date": d.date.isoformat() if d.date else None,
            "issuer": d.issuer,
            "title": d.title or None,
            "title_en": d.curated.get("title_en"),
            "url": page_url(directive_page_path(d.slug)),
            "conflicts": d.conflicts,
            "cited_by": [
                {
                    "plan": m.plan.id,
                    "year": m.plan.year,
                    "url": page_url(plan_page_path(m.plan), m.anchor),
                    "as_written": m.citation.raw,
                    "context": m.context,
                }
                for m in d.mentions
            ],
            "implemented_by": [p.id for p in d.implementers],
        }
        for d in kb.registry.directives.values()
    ]


def policies(kb: KnowledgeBase) -> list[dict]:
    return [
        {
            "id": p.id,
            "name": p.name,
            "category": p.entry.fields["category"],
            "formulation": p.formulation,
            "english": p.entry.fields.get("english"),
            "english_official": p.entry.fields.get("english_official", False),
            "aliases": list(p.entry.fields.get("aliases", ())),
            "sources": list(p.entry.fields["sources"]),
            "url": page_url(policy_page_path(p.id)),
            "mentions": [
                {
                    "plan": m.plan.id,
                    "year": m.plan.year,
                    "url": page_url(plan_page_path(m.plan), m.anchor),
                    "as_written": m.as_written,
                }
                for m in p.mentions
            ],
        }
        for p in kb.policies.by_id.values()
    ]


def anniversaries(kb: KnowledgeBase) -> list[dict]:
    calendar = kb.calendar
    return [
        {
            "id": e.id,
            "name": e.name,
            "kind": e.kind,
            "calendar": "âm lịch" if e.lunar else "dương lịch",
            "year": e.year,
            "month": e.month,
            "day": e.day,
            "country": e.entry.fields.get("country"),
            "sources": list(e.entry.fields["sources"]),
            "round_anniversaries": {
                str(y): {"date": o.when.isoformat(), "years": o.count, "url": page_url(anniversary_page_path(y))}
                for y in calendar.years
                for o in calendar.round_anniversaries(y)
                if o.event is e
            },
        }
        for e in calendar.events
    ]


def topics(kb: KnowledgeBase) -> list[dict]:
    return [
        {
            "id": t.id,
            "name": t.name,
            "definition": t.entry.fields["definition"],
            "url": page_url(topic_page_path(t.id)),
            "passages": [
                {
                    "plan": p.plan.id,
                    "year": p.plan.year,
                    "anchor": p.anchor,
                    "url": page_url(plan_page_path(p.plan), p.anchor),
                }
                for p in t.passages
            ],
        }
        for t in kb.topics.by_id.values()
    ]


def render_all(kb: KnowledgeBase) -> dict[str, bytes]:
    """The open-data files, gzip-compressed: they repeat every plan's text, and uncompressed they were
    the seventh of the site's bytes (31 KB per plan). ``mtime=0`` keeps a rebuild byte-identical."""

    def dump(data: list[dict]) -> bytes:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
        return gzip.compress(text.encode("utf-8"), compresslevel=6, mtime=0)

    return {
        "data/plans.json.gz": dump(plans(kb)),
        "data/directives.json.gz": dump(directives(kb)),
        "data/policies.json.gz": dump(policies(kb)),
        "data/anniversaries.json.gz": dump(anniversaries(kb)),
        "data/topics.json.gz": dump(topics(kb)),
    }
