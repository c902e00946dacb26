#!/usr/bin/env python3
"""Validate tests/citations/labelled.jsonl and print counts per kind.

Checks only the shape of the hand labels, never recognises citations itself:
- one JSON object per line, UTF-8, NFC, written with ensure_ascii=False;
- ids unique and of the form <kind>-NNN, kinds known, minimum count per kind;
- every citation `text` occurs in the sentence, in order of appearance
  (ordered by start offset; a citation nested inside another one's subject
  starts after it and is listed after it);
- field shapes: type from the allowed list and matching the first word(s) of
  `text`; number normalised (no spaces around - or /, no en/em dash) and
  present in the text; date ISO and a real date; issuer follows "của" in the
  text; subject follows "về"/"về việc" in the text; name == text exactly when
  there is no number, else null.

Usage: python tests/citations/check_labels.py [path]   (exit 1 on any error)

A file whose name starts with "holdout" (tests/citations/holdout.jsonl) is the
held-out set: its ids are holdout-NNN (numbered across kinds) and it has its own,
smaller minimum counts (HOLDOUT_MIN_PER_KIND, HOLDOUT_MIN_TOTAL). Every other
check is the same.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = HERE / "labelled.jsonl"

MIN_PER_KIND = {
    "plain": 30,
    "format": 25,
    "sloppy": 20,
    "list": 20,
    "short": 20,
    "named": 20,
    "negative": 30,
    "mixed": 10,
}
MIN_TOTAL = 170

# held-out set (holdout*.jsonl): ids holdout-NNN, smaller minimums
HOLDOUT_MIN_PER_KIND = {kind: 8 for kind in MIN_PER_KIND} | {"mixed": 6}
HOLDOUT_MIN_TOTAL = 70
HOLDOUT_ID_RE = re.compile(r"^holdout-(\d{3})$")

# type -> accepted spellings of the first word(s) of `text` (compared case-insensitively)
TYPES = {
    "Nghị quyết": ["Nghị quyết", "NQ"],
    "Chỉ thị": ["Chỉ thị", "CT"],
    "Kết luận": ["Kết luận", "KL"],
    "Quyết định": ["Quyết định", "QĐ"],
    "Quy định": ["Quy định", "QĐi"],
    "Hướng dẫn": ["Hướng dẫn", "HD"],
    "Kế hoạch": ["Kế hoạch", "KH"],
    "Thông báo": ["Thông báo", "TB"],
    "Nghị định": ["Nghị định", "NĐ"],
    "Thông tư": ["Thông tư", "TT"],
    "Chương trình": ["Chương trình", "CTr"],
    "Quy chế": ["Quy chế", "QC"],
    "Công văn": ["Công văn", "CV"],
    "Chiến lược": ["Chiến lược"],
    "Hiến chương": ["Hiến chương"],
    "Hiến pháp": ["Hiến pháp"],
    "Luật": ["Luật"],
    "Công ước": ["Công ước", "UNCLOS"],
    "Tuyên bố chung": ["Tuyên bố chung"],
    "Hiệp định": ["Hiệp định"],
    "Quy hoạch": ["Quy hoạch"],
    "Văn kiện": ["Văn kiện", "văn kiện"],
    "Bản ghi nhớ": ["Bản ghi nhớ"],
    "Thỏa thuận": ["Thỏa thuận", "Thoả thuận"],
    "Đề án": ["Đề án"],
}
FIELDS = ["text", "type", "number", "date", "issuer", "subject", "name"]
ID_RE = re.compile(r"^([a-z]+)-(\d{3})$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EDGE_PUNCT = " \t,;:."


def _norm_number_text(s: str) -> str:
    """Apply the number rule (dashes to '-', no spaces around - and /) to a whole text."""
    s = s.replace("–", "-").replace("—", "-")
    return re.sub(r"\s*([-/])\s*", r"\1", s)


def _is_nfc(x) -> bool:
    if isinstance(x, str):
        return unicodedata.is_normalized("NFC", x)
    if isinstance(x, list):
        return all(_is_nfc(v) for v in x)
    if isinstance(x, dict):
        return all(_is_nfc(k) and _is_nfc(v) for k, v in x.items())
    return True


def check_citation(c: dict, where: str, errors: list[str]) -> None:
    if not isinstance(c, dict) or list(c.keys()) != FIELDS:
        errors.append(
            f"{where}: keys must be exactly {FIELDS} in that order, got {list(c) if isinstance(c, dict) else c!r}"
        )
        return
    text, typ, number, date, issuer, subject, name = (c[k] for k in FIELDS)
    for k in FIELDS:
        v = c[k]
        if v is not None and (not isinstance(v, str) or not v.strip()):
            errors.append(f"{where}: {k} must be null or a non-empty string, got {v!r}")
            return
    if text is None:
        errors.append(f"{where}: text is null")
        return
    if text != text.strip(EDGE_PUNCT):
        errors.append(f"{where}: text has leading/trailing space or punctuation: {text!r}")
    if typ not in TYPES:
        errors.append(f"{where}: unknown type {typ!r}")
    else:
        low = text.casefold()
        if not any(low.startswith(w.casefold()) for w in TYPES[typ]):
            errors.append(f"{where}: text {text[:40]!r} does not start with a spelling of {typ!r}")
    if number is not None:
        if number != number.strip() or re.search(r"\s[-/]|[-/]\s|[–—]", number):
            errors.append(f"{where}: number not normalised: {number!r}")
        if number.casefold().startswith("số"):
            errors.append(f"{where}: number keeps the 'số' label: {number!r}")
        if number.casefold() not in _norm_number_text(text).casefold():
            errors.append(f"{where}: number {number!r} not found in text {text!r}")
        if name is not None:
            errors.append(f"{where}: name must be null when there is a number")
    else:
        if name != text:
            errors.append(f"{where}: a citation without number must have name == text ({name!r} vs {text!r})")
        by_issuer = issuer is not None and f" của {issuer}".casefold() in text.casefold()
        if date or ((issuer or subject) and not by_issuer):
            errors.append(f"{where}: a by-name citation keeps date/issuer/subject null (unless cited by its issuer)")
    if date is not None:
        if not DATE_RE.match(date):
            errors.append(f"{where}: date not ISO YYYY-MM-DD: {date!r}")
        else:
            try:
                _dt.date.fromisoformat(date)
            except ValueError:
                errors.append(f"{where}: impossible date {date!r}")
    if issuer is not None and not re.search(r"của\s*" + re.escape(issuer.casefold()), text.casefold()):
        errors.append(f"{where}: issuer {issuer!r} does not follow 'của' in text")
    if subject is not None:
        idx = text.find(subject)
        if idx < 0:
            errors.append(f"{where}: subject not in text: {subject!r}")
        else:
            before = text[:idx].rstrip(' “"').casefold()
            acts = subject.casefold().startswith(("thực hiện", "triển khai", "phê duyệt", "ban hành"))
            if not (before.endswith("về") or before.endswith("về việc") or acts):
                errors.append(f"{where}: subject does not follow 'về'/'về việc' nor is an action: {subject!r}")
            if subject != subject.strip(' “”"' + EDGE_PUNCT):
                errors.append(f"{where}: subject keeps quotes/edge punctuation: {subject!r}")


def main(path: Path) -> int:
    holdout = path.name.startswith("holdout")
    min_per_kind = HOLDOUT_MIN_PER_KIND if holdout else MIN_PER_KIND
    min_total = HOLDOUT_MIN_TOTAL if holdout else MIN_TOTAL
    errors: list[str] = []
    seen: set[str] = set()
    per_kind: Counter = Counter()
    cits_per_kind: Counter = Counter()
    per_type: Counter = Counter()
    per_shape: Counter = Counter()
    raw_lines = path.read_bytes().decode("utf-8").split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()
    for ln, line in enumerate(raw_lines, 1):
        where = f"line {ln}"
        if not line.strip():
            errors.append(f"{where}: empty line")
            continue
        if "\\u" in line:
            errors.append(f"{where}: \\u escape found (write with ensure_ascii=False)")
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: bad JSON: {e}")
            continue
        if not _is_nfc(obj):
            errors.append(f"{where}: not NFC")
        if not isinstance(obj, dict) or list(obj.keys()) != ["id", "kind", "text", "citations"]:
            errors.append(f"{where}: keys must be id, kind, text, citations")
            continue
        oid, kind, text, cits = obj["id"], obj["kind"], obj["text"], obj["citations"]
        where = f"line {ln} ({oid})"
        if holdout:
            if not HOLDOUT_ID_RE.match(oid or ""):
                errors.append(f"{where}: id must be holdout-NNN in a held-out file")
        else:
            m = ID_RE.match(oid or "")
            if not m or m.group(1) != kind:
                errors.append(f"{where}: id must be <kind>-NNN matching kind {kind!r}")
        if oid in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(oid)
        if kind not in MIN_PER_KIND:
            errors.append(f"{where}: unknown kind {kind!r}")
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
            continue
        if not isinstance(cits, list):
            errors.append(f"{where}: citations must be a list")
            continue
        if kind == "negative" and cits:
            errors.append(f"{where}: a negative sentence has no citations")
        if kind != "negative" and not cits:
            errors.append(f"{where}: a {kind} sentence needs at least one citation")
        per_kind[kind] += 1
        prev_start = -1
        for j, c in enumerate(cits):
            cw = f"{where} citation {j + 1}"
            check_citation(c, cw, errors)
            if not isinstance(c, dict) or not isinstance(c.get("text"), str):
                continue
            start = text.find(c["text"], prev_start + 1)
            if start < 0:
                errors.append(f"{cw}: text not found in the sentence after the previous citation: {c['text']!r}")
                continue
            prev_start = start
            cits_per_kind[kind] += 1
            per_type[c.get("type")] += 1
            per_shape["by number" if c.get("number") else "by name"] += 1
    total = sum(per_kind.values())
    for kind, need in min_per_kind.items():
        if per_kind[kind] < need:
            errors.append(f"kind {kind!r}: {per_kind[kind]} sentences, need at least {need}")
    if total < min_total:
        errors.append(f"{total} sentences, need at least {min_total}")

    print(f"{path.name}: {total} sentences, {sum(cits_per_kind.values())} citations")
    print(f"{'kind':<10}{'sentences':>10}{'citations':>10}")
    for kind in MIN_PER_KIND:
        print(f"{kind:<10}{per_kind[kind]:>10}{cits_per_kind[kind]:>10}")
    print("citations by type: " + ", ".join(f"{t} {n}" for t, n in per_type.most_common()))
    print("citations: " + ", ".join(f"{k} {n}" for k, n in per_shape.most_common()))
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
