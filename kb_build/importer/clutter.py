"""Web-page clutter in plans reposted on news and portal sites: removed, and each removal reported.

Only whole lines that match a clutter pattern are removed (a plan's own sentences never
match: they are long and end in punctuation), plus a page title repeated just before the
plan's real title block.
"""

from __future__ import annotations

import re

from kb_build.importer.report import ImportReport
from kb_build.text import fold

# Folded (no diacritics, lower case) forms, matched against whole lines.
_PATTERNS = [
    (r"^(so )?luot (xem|doc|truy cap)\s*:?\s*[\d.,]*$", "bộ đếm lượt xem"),
    (r"^(in bai( viet)?|ban in|gui (email|bai viet)|email|luu bai( viet)?|in trang)$", "nút in/gửi bài"),
    (r"^co chu\s*:?(\s*(a-|a\+|a|nho|vua|lon))*$", "điều chỉnh cỡ chữ"),
    (r"^(a-|a\+|a)(\s+(a-|a\+|a))+$", "điều chỉnh cỡ chữ"),
    (r"^(chia se|share)\b.*$", "nút chia sẻ"),
    (
        r"^(facebook|zalo|twitter|tweet|like|thich)(\s+(facebook|zalo|twitter|tweet|like|thich|\d+))*$",
        "nút mạng xã hội",
    ),
    (r"^\(?(anh|hinh anh|nguon anh)\s*(minh hoa)?\s*(:.*)?\)?$", "chú thích ảnh"),
    (r"^\(anh[^)]*\)$", "chú thích ảnh"),
    (r"^trang chu\s*(>|»|/|›).*$", "đường dẫn trang (breadcrumb)"),
    (r"^(cap nhat|ngay dang|dang luc|dang ngay|thoi gian dang)\s*:?.*\d.*$", "thời gian đăng bài"),
    (
        r"^(tin (lien quan|khac|cung chuyen muc)|xem them|bai viet lien quan|quay lai|ve dau trang)\s*:?$",
        "liên kết tin khác",
    ),
    (r"^(tac gia|nguon|bien tap)\s*:.{0,60}$", "dòng tác giả/nguồn bài đăng"),
]
_COMPILED = [(re.compile(pattern), label) for pattern, label in _PATTERNS]


def clutter_label(line: str) -> str | None:
    folded = " ".join(fold(line).split())
    if not folded or len(folded) > 120:
        return None
    return next((label for pattern, label in _COMPILED if pattern.match(folded)), None)


def remove_clutter(lines: list[tuple[int, str]], report: ImportReport) -> list[tuple[int, str]]:
    """Drop clutter lines; ``lines`` are (source line number, text)."""
    kept = []
    for number, text in lines:
        label = clutter_label(text.strip())
        if label:
            report.add("removed", number, f"{label}: “{text.strip()}”", 0.9)
        else:
            kept.append((number, text))
    return kept


def remove_repeated_title(lines: list[tuple[int, str]], type_index: int, report: ImportReport) -> list[tuple[int, str]]:
    """A web page title repeated above the plan (“Kế hoạch công tác … năm 2024”) is dropped.

    ``type_index`` is the index of the plan's type-word line; a line before it whose folded
    text ends with the plan's title line (the line after the type word) is the page title.
    """
    title = next((t for _, t in lines[type_index + 1 :] if t.strip()), "").strip()
    if not title:
        return lines
    wanted = " ".join(fold(title).split())
    result = []
    for index, (number, text) in enumerate(lines):
        folded = " ".join(fold(text).split())
        if index < type_index and folded and folded.endswith(wanted) and len(folded) <= len(wanted) + 30:
            report.add("removed", number, f"tiêu đề trang web lặp lại: “{text.strip()}”", 0.8)
            continue
        result.append((number, text))
    return result
