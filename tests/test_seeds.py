"""The four seed plans are normalized faithfully: every word of the source, in order.

Each raw seed (corpus/originals/, copies of ../shared/seeds/) is cut into header, body,
footnote bodies and closing block by the rules of the genre (DOMAIN.md), then compared
word for word with the normalized plan as the loader reads it. Only conversion artefacts
(footnote markers, the "Số" and "Nơi nhận" labels) are allowed to differ, footnote markers
must sit after the same word as in the source, and nothing may be added.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

import pytest

from kb_build.model import Plan

from .conftest import ROOT

ORIGINALS = ROOT / "corpus" / "originals"
SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
SUPERSCRIPT_MARKER = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
FOOTNOTE_REF = re.compile(r"\[footnoteRef:(\d+)\]")
INLINE_FOOTNOTE_BODY = re.compile(r"\[(\d+):\s*(.*?)\]\s*$")
SPILLED_FOOTNOTE_BODY = re.compile(r"^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(.*)$")
# Read in 003: the body of footnote 1 is cut by a page break; its second piece is this line.
CONTINUATIONS = {"003_6c111f925bb37fef.txt": {"tộc, danh nhân văn hóa thế giới": "1"}}


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def marker(label: str) -> str:
    return f" FNMARK{label}X "


def segment_seed(name: str) -> dict:
    """Cut a raw seed into header, body (markers as FNMARK tokens), footnotes and closing."""
    text = unicodedata.normalize("NFC", (ORIGINALS / name).read_text(encoding="utf-8"))
    header, body, closing = [], [], []
    footnotes: dict[str, list[str]] = {}
    part = header
    last_note = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if part is header and line.startswith(("Thực hiện", "Căn cứ")):
            part = body
        if line.startswith("Nơi nhận"):
            part = closing
        spilled = SPILLED_FOOTNOTE_BODY.match(line)
        continued = next((n for start, n in CONTINUATIONS.get(name, {}).items() if line.startswith(start)), None)
        if part is body and spilled:
            last_note = spilled.group(1).translate(SUPERSCRIPT)
            footnotes[last_note] = [spilled.group(2)]
            continue
        if part is body and continued:
            footnotes[continued].append(line)
            continue
        inline = INLINE_FOOTNOTE_BODY.search(line)
        if inline:
            footnotes[inline.group(1)] = [inline.group(2)]
            line = line[: inline.start()]
        line = FOOTNOTE_REF.sub(lambda m: marker(m.group(1)), line)
        line = SUPERSCRIPT_MARKER.sub(lambda m: marker(m.group(0).translate(SUPERSCRIPT)), line)
        part.append(line)
    return {
        "header": [w for w in words(" ".join(header)) if w != "Số"],
        "body": words(" ".join(body)),
        "footnotes": {label: words(" ".join(pieces)) for label, pieces in footnotes.items()},
        "closing": words(" ".join(closing))[2:],  # without the label "Nơi nhận"
    }


def plan_body_words(plan: Plan) -> list[str]:
    out: list[str] = []
    for passage in plan.passages:
        text, cursor = [], 0
        for note in passage.notes:
            text += [passage.text[cursor : note.offset], marker(note.label)]
            cursor = note.offset
        text.append(passage.text[cursor:])
        out += words("".join(text))
    return out


SEEDS = sorted(p.name for p in ORIGINALS.glob("*.txt"))


def plan_for(corpus, name: str) -> Plan:
    matches = [p for p in corpus.plans if p.source == name]
    assert len(matches) == 1, f"exactly one plan must name {name} as its source"
    return matches[0]


def test_all_four_seeds_are_in_the_corpus(corpus):
    assert len(SEEDS) == 4
    assert sorted(p.source for p in corpus.plans) == SEEDS


@pytest.mark.parametrize("name", SEEDS)
def test_body_words_in_order_with_markers_in_place(corpus, name):
    seed = segment_seed(name)
    assert plan_body_words(plan_for(corpus, name)) == seed["body"]


@pytest.mark.parametrize("name", SEEDS)
def test_footnote_bodies_word_for_word(corpus, name):
    seed = segment_seed(name)
    plan = plan_for(corpus, name)
    assert {n.label: words(n.text) for n in plan.footnotes} == seed["footnotes"]


@pytest.mark.parametrize("name", SEEDS)
def test_header_in_metadata(corpus, name):
    plan = plan_for(corpus, name)
    from_metadata = words(" ".join(filter(None, [plan.number, plan.type, plan.title])))
    assert [w.casefold() for w in from_metadata] == [w.casefold() for w in segment_seed(name)["header"]]


@pytest.mark.parametrize("name", SEEDS)
def test_closing_block_moved_into_metadata(corpus, name):
    plan = plan_for(corpus, name)
    assert words(" ".join([*plan.recipients, plan.signer or ""])) == segment_seed(name)["closing"]
    assert not any("Nơi nhận" in p.text for p in plan.passages)


def test_footnote_counts(corpus):
    counts = {p.source[:3]: len(p.footnotes) for p in corpus.plans}
    assert counts == {"000": 0, "001": 0, "003": 11, "004": 2}


def test_003_page_breaks_are_mended(corpus):
    plan = plan_for(corpus, "003_6c111f925bb37fef.txt")
    texts = [p.text for p in plan.passages]
    assert sum("là thành viên tích cực, có trách nhiệm" in t for t in texts) == 1
    assert sum("các đồng chí lãnh đạo Đảng, Nhà nước, nhất là" in t for t in texts) == 1
    assert not any(t.startswith(("tích cực,", "Đảng, Nhà nước, nhất là")) for t in texts)
    note_1 = next(n for n in plan.footnotes if n.label == "1")
    assert "anh hùng giải phóng dân tộc, danh nhân văn hóa thế giới" in note_1.text
    assert plan.signer == "Trần Văn Thuận"


def test_004_footnotes_sit_at_their_markers(corpus):
    plan = plan_for(corpus, "004_2eecdfb90583e47a.txt")
    holders = {n.label: p.text[: n.offset] for p in plan.passages for n in p.notes}
    assert holders["1"].endswith("quyền công dân")
    assert holders["2"].endswith("trong năm 2023")


def test_normalized_corpus_is_nfc():
    for path in (ROOT / "corpus").rglob("*"):
        if path.suffix in (".md", ".yaml"):
            text = path.read_text(encoding="utf-8")
            assert unicodedata.is_normalized("NFC", text), path


def test_segmenter_would_notice_a_dropped_word(corpus):
    """Guard against a vacuous comparison: deleting one word from a plan breaks equality."""
    name = "003_6c111f925bb37fef.txt"
    plan = plan_for(corpus, name)
    first = plan.passages[0]
    damaged = first.__class__(first.kind, first.text.replace("Ban Chỉ đạo", "Ban"), first.anchor, first.line)
    broken = dataclasses.replace(plan, passages=(damaged, *plan.passages[1:]))
    assert plan_body_words(broken) != segment_seed(name)["body"]
