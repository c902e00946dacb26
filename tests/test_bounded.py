"""Bounded work for every input: hostile sizes and shapes finish in seconds with a clear message."""

from __future__ import annotations

import contextlib
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb_build.emit import markdown as md
from kb_build.link.citations import find_citations
from kb_build.yamlsource import YamlError, parse_yaml

from .conftest import kb_build

ALIAS_BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(9)
)


def test_yaml_alias_bomb_is_refused_with_its_line(project):
    plan = project / "corpus" / "plans" / "2024" / "2024-kh-duk-ninh-binh.md"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("---\n", "---\n" + ALIAS_BOMB, 1), encoding="utf-8")
    started = time.monotonic()
    result = kb_build("check", "--root", str(project))
    assert time.monotonic() - started < 30
    assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr
    assert "corpus/plans/2024/2024-kh-duk-ninh-binh.md:2: lỗi: YAML dùng bí danh" in result.stderr


def test_deeply_nested_lists_and_quotes_in_a_plan_build(project):
    plan = project / "corpus" / "plans" / "2024" / "2024-kh-duk-ninh-binh.md"
    deep = "- " * 500 + "sâu\n\n" + "> " * 500 + "trích\n\n" + "".join("    " * i + "- mức\n" for i in range(300))
    text = plan.read_text(encoding="utf-8").replace("## I. MỤC ĐÍCH, YÊU CẦU", deep + "\n## I. MỤC ĐÍCH, YÊU CẦU", 1)
    plan.write_text(text, encoding="utf-8")
    result = kb_build("build", "--root", str(project))
    assert result.returncode == 0, result.stderr[-2000:]
    page = (project / "site" / "2024" / "2024-kh-duk-ninh-binh.html").read_text(encoding="utf-8")
    assert page.count("<blockquote>") < 5 and page.count("<ul>") < 100  # shown as text, not nested 500 deep


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    depth=st.integers(min_value=1, max_value=800),
    density=st.integers(min_value=1, max_value=1500),
    unit=st.sampled_from(
        [
            "Kết luận số 57-KL/TW về tiếp tục nâng cao chất lượng hiệu quả công tác ",
            "Kế hoạch của Ban Thường vụ Tỉnh ủy thực hiện nhiệm vụ ",
            "Quyết định số 12/QĐ-TTg phê duyệt Chiến lược phát triển giai đoạn 2021 - 2030 ",
            "“Hướng dẫn số 3-HD/BTGTW ",
        ]
    ),
)
def test_work_grows_no_faster_than_the_input(depth, density, unit):
    """Nesting depth and citation density: each case in well under two seconds (linear work)."""
    started = time.monotonic()
    find_citations(unit * density)
    md.text("- " * depth + "> " * depth + "x")
    with contextlib.suppress(YamlError):
        parse_yaml("a: " + "[" * depth + "]" * depth)
    assert time.monotonic() - started < 2.0
