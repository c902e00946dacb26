"""Stage 2, validate: turn loaded sources into model objects, or report why not.

Checks run file by file (front matter keys and values, body structure) and then across
the corpus (duplicate ids, glossary sources pointing at plans and anchors that exist).
"""

from __future__ import annotations

import calendar
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from kb_build import fields as f
from kb_build.body import parse_body
from kb_build.doctypes import TYPE_NAMES
from kb_build.fields import Field, check_fields
from kb_build.glossary import PLACE_FIELDS, SCHEMAS
from kb_build.load import ORIGINALS_DIR, glossary_files, load_plan, load_yaml_file, plan_files
from kb_build.model import LEVELS, SYSTEMS, UNPLACED_HEADING, Corpus, GlossaryEntry, Plan
from kb_build.problems import Problem

PLAN_FIELDS: tuple[Field, ...] = (
    Field("id", f.slug, required=True),
    Field("type", f.choice(*TYPE_NAMES), required=True),
    Field("number", f.text),
    Field("title", f.text, required=True),
    Field("year", f.year, required=True),
    Field("issued", f.iso_date),
    Field("issuer", f.text, required=True),
    Field("system", f.choice(*SYSTEMS), required=True),
    Field("level", f.choice(*LEVELS), required=True),
    Field("locality", f.text),
    Field("promulgated_by", f.text),
    Field("period", f.year_span),
    Field("implements", f.text_list),
    Field("header", f.text_list),
    Field("signer", f.text),
    Field("signer_title", f.text_list),
    Field("recipients", f.text_list),
    Field("source", f.text),
    Field("reviewed", f.text_map),
)
# What a `reviewed` note may be about: a front-matter field, or the body.
REVIEWABLE = {spec.name for spec in PLAN_FIELDS} | {"body"}


@dataclass(frozen=True)
class CheckResult:
    corpus: Corpus
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)


def validate_plan(path: Path, root: Path) -> tuple[Plan | None, list[Problem]]:
    source, problems = load_plan(path, root)
    if source is None:
        return None, problems
    values, field_problems = check_fields(source.meta.data, PLAN_FIELDS, source.meta, source.path, fallback_line=1)
    problems += field_problems
    body = parse_body(source.body, source.body_first_line)
    problems += [Problem(source.path, p.line, p.message) for p in body.problems]
    if not body.passages:
        problems.append(Problem(source.path, source.body_first_line, "văn bản không có nội dung"))
    if "id" in values and values["id"] != path.stem:
        line = source.meta.line_of("id")
        problems.append(Problem(source.path, line, f"id “{values['id']}” khác tên tệp “{path.stem}”", "warning"))
    for key in values.get("reviewed", {}):
        if key not in REVIEWABLE:
            line = source.meta.line_of("reviewed", key)
            problems.append(Problem(source.path, line, f"“reviewed”: “{key}” không phải tên khóa hay “body”"))
    unplaced = next((p for p in body.passages if p.kind == "heading" and p.text == UNPLACED_HEADING), None)
    if unplaced:
        message = "còn mục văn bản chưa xếp được từ lúc nhập: hãy đưa từng đoạn về đúng chỗ rồi xóa mục này"
        problems.append(Problem(source.path, unplaced.line, message, "warning"))
    problems += _review_warnings(values, source)
    if "source" in values and not (root / ORIGINALS_DIR / values["source"]).is_file():
        line = source.meta.line_of("source")
        problems.append(
            Problem(source.path, line, f"không thấy tệp gốc “{values['source']}” trong {ORIGINALS_DIR}/", "warning")
        )
    if any(p.severity == "error" for p in problems):
        return None, problems
    plan = Plan(**values, path=source.path, passages=tuple(body.passages), footnotes=tuple(body.footnotes))
    return plan, problems


# What the editor must look for when a document lacks a field; a `reviewed` note on the field
# (or on `header`, where number and date stand) records that it was looked for.
_EXPECTED = {
    "number": ("số, ký hiệu", ("number", "header")),
    "issued": ("ngày ban hành", ("issued", "header")),
    "signer": ("người ký", ("signer",)),
}


def _review_warnings(values: dict, source) -> list[Problem]:
    """A warning for each of number, issue date and signer that the document lacks, until reviewed."""
    reviewed = values.get("reviewed", {})
    line = source.meta.line_of("id", default=1)
    return [
        Problem(
            source.path,
            line,
            f"văn bản không có {label}: đối chiếu bản gốc, bổ sung “{key}” hoặc ghi lý do vào “reviewed: {{{key}: …}}”",
            "warning",
        )
        for key, (label, covered_by) in _EXPECTED.items()
        if key not in values and not any(k in reviewed for k in covered_by)
    ]


def _check_event_date(entry: GlossaryEntry) -> list[Problem]:
    data = entry.fields
    if data.get("calendar", "dương lịch") == "âm lịch":
        limit = 30  # lunar months have 29 or 30 days
    else:
        limit = calendar.monthrange(data.get("year", 2000), data["month"])[1]  # 2000 allows 29/2
    if data["day"] > limit:
        return [Problem(entry.path, entry.line, f"ngày {data['day']}/{data['month']} không tồn tại")]
    return []


def validate_glossary(path: Path, root: Path) -> tuple[list[GlossaryEntry], list[Problem]]:
    doc, display, problems = load_yaml_file(path, root)
    kind = path.stem
    if doc is None:
        return [], problems
    if kind not in SCHEMAS:
        return [], [*problems, Problem(display, None, f"tệp dữ liệu không rõ loại “{kind}” ({', '.join(SCHEMAS)})")]
    if doc.data is None:
        return [], problems
    if not isinstance(doc.data, list):
        return [], [*problems, Problem(display, 1, "tệp dữ liệu phải là một danh sách mục (mỗi mục bắt đầu bằng “- ”)")]
    entries = []
    for index, item in enumerate(doc.data):
        line = doc.line_of(index, default=1)
        if not isinstance(item, dict):
            problems.append(Problem(display, line, "mỗi mục phải là các cặp “khóa: giá trị”"))
            continue
        values, item_problems = check_fields(item, SCHEMAS[kind], doc, display, (index,), fallback_line=line)
        problems += item_problems
        if not item_problems:
            entry = GlossaryEntry(kind, values["id"], values, display, line)
            if kind == "anniversaries":
                problems += _check_event_date(entry)
            entries.append(entry)
    return entries, problems


# Pages the site generates in a year folder (plans live at <year>/<id>.html beside them).
RESERVED_IDS = frozenset({"index", "404", "sitemap", "search"})


def _cross_check(plans: list[Plan], entries: list[GlossaryEntry], invalid_ids: set[str]) -> list[Problem]:
    """Duplicate ids and glossary sources; a plan that failed validation is not reported again."""
    problems: list[Problem] = []
    by_id: dict[str, Plan] = {}
    for plan in plans:
        if plan.id in by_id:
            problems.append(Problem(plan.path, 2, f"id “{plan.id}” trùng với {by_id[plan.id].path}"))
        if plan.id in RESERVED_IDS:
            problems.append(Problem(plan.path, 2, f"id “{plan.id}” trùng tên một trang của trang web; hãy đặt id khác"))
        by_id.setdefault(plan.id, plan)
    seen: dict[tuple[str, str], GlossaryEntry] = {}
    for entry in entries:
        key = (entry.kind, entry.id)
        if key in seen:
            problems.append(Problem(entry.path, entry.line, f"id “{entry.id}” trùng (dòng {seen[key].line})"))
        seen.setdefault(key, entry)
        for source in (place for name in PLACE_FIELDS for place in entry.fields.get(name, ())):
            if "plan" not in source:
                continue
            plan = by_id.get(source["plan"])
            if plan is None and source["plan"] in invalid_ids:
                continue
            if plan is None:
                problems.append(Problem(entry.path, entry.line, f"nguồn dẫn tới văn bản không có: “{source['plan']}”"))
                continue
            anchors = {p.anchor for p in plan.passages} | {n.anchor for n in plan.footnotes}
            if source["at"] not in anchors:
                problems.append(
                    Problem(entry.path, entry.line, f"nguồn dẫn tới neo không có “{source['at']}” trong {plan.id}")
                )
    return problems


@dataclass
class CheckedPlans:
    """Each plan file's check, by the digest of its bytes: ``kb-build serve`` reads again only the
    files an editor changed. A plan's check depends on its own file alone, except for the original it
    names, so whoever holds this clears it when anything but a plan file changed."""

    by_path: dict[Path, tuple[bytes, Plan | None, list[Problem]]] = field(default_factory=dict)

    def check(self, path: Path, root: Path) -> tuple[Plan | None, list[Problem]]:
        try:
            digest = hashlib.blake2b(path.read_bytes(), digest_size=16).digest()
        except OSError:
            return validate_plan(path, root)  # which reports why the file cannot be read
        known = self.by_path.get(path)
        if known is None or known[0] != digest:
            known = (digest, *validate_plan(path, root))
            self.by_path[path] = known
        return known[1], list(known[2])

    def keep_only(self, paths: list[Path]) -> None:
        for gone in self.by_path.keys() - set(paths):
            del self.by_path[gone]


def validate_corpus(corpus_dir: Path, on_file=lambda: None, checked: CheckedPlans | None = None) -> CheckResult:
    """Load and validate the whole corpus; never raises for bad content, only reports.

    ``on_file`` is called after each file (progress display); ``checked`` keeps the checks of
    plan files whose bytes have not changed since the last call.
    """
    plans: list[Plan] = []
    entries: list[GlossaryEntry] = []
    problems: list[Problem] = []
    invalid_ids: set[str] = set()
    if not (corpus_dir / "plans").is_dir():
        problems.append(Problem(corpus_dir, None, "không tìm thấy thư mục plans/ trong kho văn bản"))
    paths, unread = plan_files(corpus_dir)
    problems += unread
    if checked is not None:
        checked.keep_only(paths)
    check = checked.check if checked is not None else validate_plan
    for path in paths:
        plan, plan_problems = check(path, corpus_dir)
        on_file()
        problems += plan_problems
        if plan:
            plans.append(plan)
        else:
            invalid_ids.add(path.stem)
    glossary_paths, unread = glossary_files(corpus_dir)
    problems += unread
    for path in glossary_paths:
        file_entries, file_problems = validate_glossary(path, corpus_dir)
        entries += file_entries
        problems += file_problems
    problems += _cross_check(plans, entries, invalid_ids)
    plans.sort(key=lambda p: (p.year, p.id))
    return CheckResult(Corpus(tuple(plans), tuple(entries)), problems)
