"""Schemas of the glossary data files in ``corpus/glossary/``.

Each file is a YAML list of entries of one kind. Every derived fact carries ``sources``:
a plan of the corpus (``plan`` id and ``at``: the anchor of the paragraph or footnote,
e.g. ``fn:4``) or, for facts from outside the corpus, a ``url``.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from kb_build import fields as f
from kb_build.fields import Field, Invalid

POLICY_CATEGORIES = ("chính sách", "phương châm", "trường phái", "phương thức", "mục tiêu", "quan điểm", "hệ giá trị")
EVENT_KINDS = ("thiết lập quan hệ ngoại giao", "sự kiện lịch sử", "ngày lễ")
CALENDARS = ("dương lịch", "âm lịch")


_UNSAFE_IN_URL = re.compile(r"[\x00-\x20\x7f<>\"'`()\\{}|^\[\]]")


def web_address(url: str) -> str:
    """An http(s) address with a host and nothing that could end a link or an attribute early."""
    parsed = urlsplit(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise Invalid(f"“{url}” phải là địa chỉ http(s) có tên miền")
    if _UNSAFE_IN_URL.search(url):
        raise Invalid(
            f"“{url}” chứa ký tự không được phép trong địa chỉ (khoảng trắng, < > \" ' ( ) …): hãy mã hóa chúng (%xx)"
        )
    return url


def sources(value: object) -> tuple[dict, ...]:
    """A list of {plan, at} (a place in the corpus) or {url} (a page outside it), with optional note."""
    if not isinstance(value, list) or not value:
        raise Invalid("phải là danh sách nguồn không rỗng (mỗi nguồn có “plan” và “at”, hoặc “url”)")
    result = []
    for item in value:
        if not isinstance(item, dict) or not set(item) <= {"plan", "at", "url", "note"}:
            raise Invalid("mỗi nguồn là {plan, at} hoặc {url}, có thể kèm “note”")
        if "url" in item:
            web_address(f.text(item["url"]))
        elif not {"plan", "at"} <= set(item):
            raise Invalid("nguồn trong kho văn bản cần cả “plan” (id văn bản) và “at” (neo đoạn, vd. fn:4)")
        result.append({k: f.text(v) for k, v in item.items()})
    return tuple(result)


def places(value: object) -> tuple[dict, ...]:
    """Passages of the corpus: a list of {plan, at} (plan id and anchor)."""
    if not isinstance(value, list):
        raise Invalid("phải là danh sách {plan, at}")
    result = []
    for item in value:
        if not isinstance(item, dict) or set(item) - {"plan", "at", "note"} or not {"plan", "at"} <= set(item):
            raise Invalid("mỗi mục là {plan, at} (id văn bản và neo đoạn), có thể kèm “note”")
        result.append({k: f.text(v) for k, v in item.items()})
    return tuple(result)


# Fields whose entries point at passages of the corpus: `check` verifies each plan and anchor.
PLACE_FIELDS = ("sources", "pinned", "removed")

COMMON = (Field("id", f.slug, required=True), Field("notes", f.text))

SCHEMAS: dict[str, tuple[Field, ...]] = {
    "directives": (
        *COMMON,
        Field("type", f.text, required=True),
        Field("number", f.text),
        Field("date", f.iso_date),
        Field("issuer", f.text),
        Field("title", f.text, required=True),
        Field("title_en", f.text),
        Field("aliases", f.text_list),
        Field("cited_as", f.text_list),  # numbers the sources write wrongly (“16-KH/TW” for 16-KL/TW)
        Field("sources", sources, required=True),
    ),
    "policies": (
        *COMMON,
        Field("name", f.text, required=True),
        Field("category", f.choice(*POLICY_CATEGORIES), required=True),
        Field("formulation", f.text),
        Field("english", f.text),
        Field("english_official", f.boolean),
        Field("aliases", f.text_list),
        Field("sources", sources, required=True),
    ),
    "anniversaries": (
        *COMMON,
        Field("name", f.text, required=True),
        Field("kind", f.choice(*EVENT_KINDS), required=True),
        Field("calendar", f.choice(*CALENDARS)),
        Field("year", f.int_range(1000, 2100)),  # historical events: not the plan-year range
        Field("month", f.int_range(1, 12), required=True),
        Field("day", f.int_range(1, 31), required=True),
        Field("country", f.text),
        Field("aliases", f.text_list),
        Field("sources", sources, required=True),
    ),
    # The 2025 merger of provinces (Nghị quyết 202/2025/QH15): a province as plans name it, and
    # the province it is part of today, so that a reader who looks for today's province finds them.
    "provinces": (
        *COMMON,
        Field("name", f.text, required=True),
        Field("today", f.text, required=True),
        Field("today_kind", f.choice("tỉnh", "thành phố"), required=True),
        Field("sources", sources, required=True),
    ),
    "topics": (
        *COMMON,
        Field("name", f.text, required=True),
        Field("definition", f.text, required=True),
        Field("phrases", f.text_list, required=True),
        Field("exclude", f.text_list),
        Field("pinned", places),
        Field("removed", places),
    ),
}
