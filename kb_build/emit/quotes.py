"""Passages shown as quotes, and the citation data a page carries for them.

Every element that shows a plan's words (a paragraph on its plan page, a footnote, a quote on a
topic, register or policy page) is marked ``.kb-q`` with ``data-q="<plan id>#<anchor>"``.
The page ends with one JSON block, ``script.kb-citations``: for each plan quoted, ``[citation (in
the form of kb_build.citation), page, {anchor: locator}]``. docs/javascripts/kb-quote.js
reads them to add the “¶” link and the “Sao chép trích dẫn” button: the data travel once per
page instead of once per passage, and no control is written into the text itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from kb_build import citation
from kb_build.emit.paths import page_url, plan_page_path, relative
from kb_build.model import Plan

QUOTE_CLASS = "kb-q"


@dataclass
class PageQuotes:
    """The quotes of one page being written: what its citation block must hold."""

    page: str
    plans: dict[str, list] = field(default_factory=dict)  # plan id → [citation, page, {anchor: locator}]

    def attributes(self, plan: Plan, anchor: str, *, element_id: bool = False, classes: str = "") -> str:
        """The HTML attributes of a quote of ``plan`` at ``anchor`` (in the order Python-Markdown's attribute
        lists wrote them), recorded for the page."""
        key = self._record(plan, anchor)
        own_id = f' id="{anchor}"' if element_id else ""
        return f'class="{" ".join([QUOTE_CLASS, *classes.split()])}" data-q="{key}"{own_id}'

    def _record(self, plan: Plan, anchor: str) -> str:
        if plan.id not in self.plans:
            self.plans[plan.id] = [citation.document(plan), page_url(relative(plan_page_path(plan), self.page)), {}]
        self.plans[plan.id][2][anchor] = plan.locator_of(anchor)
        return f"{plan.id}#{anchor}"

    def script(self) -> str:
        """The page's citation block: JSON, with ``<``, ``>`` and ``&`` escaped so it cannot end early."""
        if not self.plans:
            return ""
        data = json.dumps({"plans": self.plans}, ensure_ascii=False, separators=(",", ":"))
        data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        return f'<script type="application/json" class="kb-citations">{data}</script>'
