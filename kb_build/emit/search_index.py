"""The search index, built at build time with lunr.py and loaded by a <script> tag (works on file://).

Documents are passages (paragraphs, items, footnotes) and every entity with a page: plans,
cited documents, policies, anniversaries, topics. Text is tokenized by ``kb_build.search``
before it reaches lunr (whose own pipeline is emptied), so that the browser, which folds
queries with the same rules, finds the same words.
"""

from __future__ import annotations

import json

from lunr.builder import Builder

from kb_build.body import describe_anchor
from kb_build.link import (
    KnowledgeBase,
    anniversary_page_path,
    directive_page_path,
    page_url,
    plan_page_path,
    policy_page_path,
    topic_page_path,
)
from kb_build.search import index_tokens, number_codes

SEARCH_SCRIPT = "assets/search/kb-search-index.js"
# Kinds of result, as the browser labels them.
KINDS = {
    "passage": "Đoạn văn bản",
    "plan": "Văn bản",
    "directive": "Văn bản dẫn chiếu",
    "policy": "Chính sách, cụm từ",
    "anniversary": "Ngày kỷ niệm",
    "topic": "Chủ đề",
}


def _plan_text(plan) -> str:
    """What a plan is found by besides its passages: number, issuer, place, signer, what it implements."""
    parts = [plan.number or "", plan.issuer, plan.locality or "", plan.signer or "", *plan.implements]
    return " ".join(p for p in parts if p)


def _doc(kind: str, url: str, title: str, subtitle: str, text: str, codes: list[str] | None = None) -> dict:
    return {"kind": kind, "url": url, "title": title, "subtitle": subtitle, "text": text, "codes": codes or []}


def documents(kb: KnowledgeBase) -> list[dict]:
    """One dict per search result: kind, url, title, subtitle, text, and code tokens."""
    registry = kb.registry.directives
    codes_of = {slug: number_codes(d.type, d.number) if d.number else [] for slug, d in registry.items()}
    docs: list[dict] = []
    for plan in kb.plans:
        where = f"{plan.year} · {plan.issuer}"
        codes = number_codes(plan.type, plan.number) if plan.number else []
        docs.append(
            _doc("plan", page_url(plan_page_path(plan)), f"{plan.label}: {plan.title}", where, _plan_text(plan), codes)
        )
        places = [(p.anchor, p.text) for p in plan.passages if p.kind != "heading"]
        places += [(n.anchor, n.text) for n in plan.footnotes]
        for anchor, text in places:
            cited = [c for _, _, slug in kb.registry.links.get((plan.id, anchor), []) for c in codes_of[slug]]
            subtitle = f"{where} · {describe_anchor(anchor)}"
            docs.append(_doc("passage", page_url(plan_page_path(plan), anchor), plan.label, subtitle, text, cited))
    for slug, directive in registry.items():
        date = f"ngày {directive.date.day}/{directive.date.month}/{directive.date.year}" if directive.date else ""
        subtitle = " · ".join(x for x in (date, directive.issuer or "") if x)
        url = page_url(directive_page_path(slug))
        docs.append(_doc("directive", url, directive.label, subtitle, directive.title, codes_of[slug]))
    for policy in kb.policies.by_id.values():
        fields = policy.entry.fields
        text = " ".join([*fields.get("aliases", ()), policy.formulation or "", fields.get("english", "")])
        docs.append(_doc("policy", page_url(policy_page_path(policy.id)), policy.name, fields["category"], text))
    calendar = kb.calendar
    for event in calendar.events:
        when = (
            f"{event.day}/{event.month}"
            + (f"/{event.year}" if event.year else "")
            + (" âm lịch" if event.lunar else "")
        )
        round_years = [y for y in calendar.years if any(o.event is event for o in calendar.round_anniversaries(y))]
        url = page_url(anniversary_page_path((round_years or calendar.years)[-1])) if calendar.years else ""
        aliases = " ".join(event.entry.fields.get("aliases", ()))
        docs.append(_doc("anniversary", url, event.name, f"{event.kind} · {when}", aliases))
    for topic in kb.topics.by_id.values():
        url = page_url(topic_page_path(topic.id))
        docs.append(_doc("topic", url, topic.name, f"{len(topic.passages)} đoạn", topic.entry.fields["definition"]))
    return docs


def build_index(docs: list[dict]) -> dict:
    builder = Builder()
    builder.pipeline.reset()  # tokens arrive folded: no stemming, no English stop words
    builder.search_pipeline.reset()
    builder.ref("id")
    builder.field("title", boost=3)
    builder.field("text")
    builder.field("code", boost=10)
    for number, doc in enumerate(docs):
        builder.add(
            {
                "id": str(number),
                "title": " ".join(index_tokens(doc["title"])),
                "text": " ".join(index_tokens(doc["text"])),
                "code": " ".join(doc["codes"]),
            }
        )
    return builder.build().serialize()


def search_script(kb: KnowledgeBase) -> str:
    """A JavaScript file that defines ``window.KB_SEARCH`` (a <script> works on file://)."""
    docs = documents(kb)
    payload = {
        "kinds": KINDS,
        "index": build_index(docs),
        "docs": [[d["kind"], d["url"], d["title"], d["subtitle"], d["text"]] for d in docs],
    }
    return "window.KB_SEARCH=" + json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + ";\n"
