"""Field specifications: one mechanism that checks plan front matter and glossary entries.

Each spec says whether a key is required and what its value must be; ``check_fields``
returns the converted values and a problem (with file and line) for each violation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kb_build.problems import Problem
from kb_build.yamlsource import YamlDoc

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class Invalid(ValueError):
    """A value does not fit its spec; the message is shown to the editor."""


def text(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise Invalid("phải là một chuỗi văn bản")
    result = str(value).strip()
    if not result:
        raise Invalid("không được để trống")
    return result


def slug(value: object) -> str:
    result = text(value)
    if not SLUG.match(result):
        raise Invalid(f"“{result}” phải gồm chữ thường không dấu, số và dấu gạch nối (vd. 2024-kh-duk-ninh-binh)")
    return result


def year(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise Invalid(f"“{value}” phải là một năm dạng số (vd. 2024)")
    if not 1900 <= value <= 2100:
        raise Invalid(f"{value} nằm ngoài khoảng năm hợp lệ 1900–2100")
    return value


def year_span(value: object) -> tuple[int, int]:
    """``2023-2025`` (any dash, spaces allowed): the first and last year of a period plan."""
    match = re.fullmatch(r"\s*(\d{4})\s*[-–—]\s*(\d{4})\s*", text(value))
    if not match:
        raise Invalid(f"“{value}” phải là một giai đoạn dạng NĂM-NĂM (vd. 2023-2025)")
    first, last = year(int(match.group(1))), year(int(match.group(2)))
    if last < first:
        raise Invalid(f"“{value}”: năm cuối trước năm đầu")
    return first, last


def iso_date(value: object) -> date:
    try:
        parsed = date.fromisoformat(text(value))
    except ValueError:
        raise Invalid(f"“{value}” không phải ngày hợp lệ dạng YYYY-MM-DD") from None
    if not 1900 <= parsed.year <= 2100:
        raise Invalid(f"“{value}” nằm ngoài khoảng năm hợp lệ 1900–2100")
    return parsed


def boolean(value: object) -> bool:
    if not isinstance(value, bool):
        raise Invalid("phải là true hoặc false")
    return value


def text_list(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise Invalid("phải là một danh sách (mỗi mục một dòng bắt đầu bằng “- ”)")
    return tuple(text(item) for item in value)


def text_map(value: object) -> dict[str, str]:
    if not isinstance(value, dict) or not value:
        raise Invalid("phải là các cặp “khóa: ghi chú”")
    return {text(key): text(note) for key, note in value.items()}


def choice(*allowed: str) -> Callable[[object], str]:
    def convert(value: object) -> str:
        result = text(value)
        if result not in allowed:
            raise Invalid(f"“{result}” không thuộc các giá trị cho phép: {', '.join(allowed)}")
        return result

    return convert


def int_range(low: int, high: int) -> Callable[[object], int]:
    def convert(value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise Invalid(f"“{value}” phải là số nguyên từ {low} đến {high}")
        return value

    return convert


@dataclass(frozen=True)
class Field:
    name: str
    convert: Callable[[object], object]
    required: bool = False


def check_fields(
    mapping: dict,
    fields: tuple[Field, ...],
    doc: YamlDoc,
    path: Path,
    prefix: tuple = (),
    fallback_line: int | None = None,
) -> tuple[dict, list[Problem]]:
    """Convert ``mapping`` by ``fields``; report unknown, missing and invalid keys with lines."""
    known = {f.name: f for f in fields}
    values: dict = {}
    problems: list[Problem] = []
    for key in mapping:
        if key not in known:
            line = doc.line_of(*prefix, key, default=fallback_line)
            allowed = ", ".join(known)
            problems.append(Problem(path, line, f"khóa không được hỗ trợ “{key}” (các khóa hợp lệ: {allowed})"))
    for spec in fields:
        if spec.name not in mapping or mapping[spec.name] is None:
            if spec.required:
                problems.append(Problem(path, fallback_line, f"thiếu khóa bắt buộc “{spec.name}”"))
            continue
        try:
            values[spec.name] = spec.convert(mapping[spec.name])
        except Invalid as exc:
            line = doc.line_of(*prefix, spec.name, default=fallback_line)
            problems.append(Problem(path, line, f"“{spec.name}”: {exc}"))
    return values, problems
