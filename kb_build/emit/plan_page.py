"""The page of one plan: a metadata card, the body with an anchor on every passage, footnotes."""

from __future__ import annotations

from kb_build.emit import markdown as md
from kb_build.model import Passage, Plan


def nav_title(plan: Plan) -> str:
    """Short title for the navigation: the document and where it comes from."""
    where = plan.locality or plan.issuer
    return f"{plan.label} – {where}"


def page_title(plan: Plan) -> str:
    return f"{plan.label}: {plan.title}"


def _card(plan: Plan) -> str:
    rows = [
        ("Loại văn bản", md.text(plan.type)),
        ("Số, ký hiệu", md.text(plan.number) if plan.number else "Không ghi"),
        ("Ngày ban hành", plan.issued.strftime("%d/%m/%Y") if plan.issued else "Không ghi"),
        ("Cơ quan ban hành", md.text(plan.issuer)),
        ("Hệ thống", md.text(plan.system)),
        ("Cấp", md.text(plan.level)),
        ("Địa bàn", md.text(plan.locality) if plan.locality else "Toàn quốc" if plan.level == "trung ương" else "—"),
        ("Năm", f"[{plan.year}](index.md)"),
    ]
    if plan.implements:
        rows.append(("Thực hiện / căn cứ", "<br>".join(md.text(item) for item in plan.implements)))
    if plan.source:
        rows.append(("Tệp gốc", f"`{plan.source.replace('`', '')}`"))
    lines = ['<div class="kb-meta" markdown>', ""]
    for label, value in rows:
        lines += [label, f":   {value}", ""]
    lines.append("</div>")
    return "\n".join(lines)


def _passage(passage: Passage, list_level: int = 0) -> str:
    """One passage as Markdown with its anchor; items are indented to ``list_level``."""
    if passage.kind == "heading":
        return f"{'#' * passage.level} {md.with_notes(passage.text, passage.notes)} {{ #{passage.anchor} }}"
    if passage.kind == "item":
        indent = "    " * (list_level - 1)
        return f"{indent}- {md.with_notes(passage.text, passage.notes)}\n{indent}{{: #{passage.anchor} }}"
    return f"{md.with_notes(passage.text, passage.notes, start_of_block=True)}\n{{: #{passage.anchor} }}"


def _body(plan: Plan) -> str:
    lines: list[str] = []
    depth = 0  # list depth of the previous passage; a "+" item nests only under a "-" item
    for passage in plan.passages:
        if passage.kind == "item":
            if depth == 0:
                lines.append("")
            depth = min(passage.level, depth + 1)
            lines.append(_passage(passage, depth))
        else:
            depth = 0
            lines += ["", _passage(passage)]
    return "\n".join(lines)


def _closing(plan: Plan) -> str:
    parts: list[str] = []
    if plan.signer:
        parts.append(f'<div class="kb-signer" markdown>\n\n{md.text(plan.signer)}\n\n</div>')
    if plan.recipients:
        parts.append('<div class="kb-recipients" markdown>\n\n**Nơi nhận:**\n')
        parts.extend(f"- {md.text(r)}" for r in plan.recipients)
        parts.append("\n</div>")
    return "\n".join(parts)


def _editor_notes(plan: Plan) -> str:
    if not plan.reviewed:
        return ""
    lines = ['??? note "Ghi chú biên tập"', ""]
    lines += [f"    - {md.text(note)}" for note in plan.reviewed]
    return "\n".join(lines)


def _footnotes(plan: Plan) -> str:
    return "\n\n".join(f"[^{note.label}]: {md.text(note.text)}" for note in plan.footnotes)


def render(plan: Plan) -> str:
    sections = [
        md.front_matter(title=nav_title(plan)),
        f"# {md.text(page_title(plan))}\n",
        _card(plan),
        _body(plan),
        _closing(plan),
        _editor_notes(plan),
        _footnotes(plan),
    ]
    return "\n\n".join(s.strip("\n") for s in sections if s).strip() + "\n"
