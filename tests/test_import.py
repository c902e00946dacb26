"""`kb-build import`: raw conversions → the corpus format, faithfully, with a review report."""

from __future__ import annotations

import codecs
import json
import re
import sys
import unicodedata
from collections import Counter

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb_build.importer import import_document
from kb_build.importer.decode import decode
from kb_build.importer.report import ImportReport
from kb_build.model import Plan

from .conftest import ROOT, bench_script, kb_build

ORIGINALS = sorted((ROOT / "corpus" / "originals").glob("*.txt"))
PLANS = sorted((ROOT / "corpus" / "plans").rglob("*.md"))


def split(text: str) -> tuple[dict, str]:
    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front), body


@pytest.mark.parametrize("original", ORIGINALS, ids=lambda p: p.name[:3])
def test_importing_a_seed_reproduces_its_corpus_file(original):
    imported = import_document(original)
    corpus_file = ROOT / "corpus" / "plans" / imported.plan.path
    assert corpus_file.is_file(), f"importer chose {imported.plan.path}, not in the corpus"
    wanted_meta, wanted_body = split(corpus_file.read_text(encoding="utf-8"))
    got_meta, got_body = split(imported.text)
    decided = set(wanted_meta.pop("reviewed", {}))  # editors' recorded decisions may differ
    differing = {k for k in wanted_meta.keys() | got_meta.keys() if wanted_meta.get(k) != got_meta.get(k)}
    assert differing <= decided, f"differences not recorded in `reviewed`: {differing - decided}"
    assert "body" in decided or got_body == wanted_body


@pytest.mark.parametrize("plan_file", PLANS, ids=lambda p: p.stem)
def test_importing_a_normalized_plan_changes_nothing(plan_file):
    assert import_document(plan_file).text == plan_file.read_text(encoding="utf-8")


def test_cli_imports_and_reports(tmp_path):
    out, report_file, kept = tmp_path / "plans", tmp_path / "report.json", tmp_path / "originals"
    args = ["--out", str(out), "--report", str(report_file), "--originals", str(kept)]
    result = kb_build("import", *map(str, ORIGINALS), *args)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in kept.iterdir()) == [p.name for p in ORIGINALS]
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.md"))
    assert written == sorted(p.relative_to(ROOT / "corpus" / "plans").as_posix() for p in PLANS)
    report = json.loads(report_file.read_text(encoding="utf-8"))
    seed_003 = next(r for r in report if r["source"].startswith("003"))
    joins = [n for n in seed_003["notes"] if "ngắt trang" in n["message"]]
    assert {n["line"] for n in joins} == {22, 42, 52}  # the two cut paragraphs and footnote 1's second piece
    assert all(0 < n["confidence"] <= 1 for n in seed_003["notes"])
    assert "cần xem lại" in result.stdout


def test_cli_refuses_to_overwrite_without_force(tmp_path):
    out = tmp_path / "plans"
    assert kb_build("import", str(ORIGINALS[2]), "--out", str(out)).returncode == 0
    target = next(out.rglob("*.md"))
    target.write_text(target.read_text(encoding="utf-8").replace("Ninh Bình", "Ninh Binh", 1), encoding="utf-8")
    refused = kb_build("import", str(ORIGINALS[2]), "--out", str(out))
    assert refused.returncode == 1
    assert "--force" in refused.stderr
    assert kb_build("import", str(ORIGINALS[2]), "--out", str(out), "--force").returncode == 0


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("rong.txt", b"", "tệp rỗng"),
        ("trang.txt", b"  \r\n\n ", "tệp rỗng"),
        ("anh.txt", bytes(range(256)) * 20, "tệp nhị phân"),
        ("thu.txt", "Kính gửi anh chị,\nHẹn gặp lại.\n".encode(), "không phải văn bản hành chính"),
        ("hong.docx", b"PK\x03\x04 not really a zip", "không đọc được tệp .docx"),
    ],
)
def test_bad_input_is_a_clear_error_and_nothing_is_written(tmp_path, name, content, message):
    bad = tmp_path / name
    bad.write_bytes(content)
    out = tmp_path / "plans"
    result = kb_build("import", str(ORIGINALS[0]), str(bad), "--out", str(out))
    assert result.returncode == 1
    assert f"{bad}: LỖI: " in result.stderr and message in result.stderr
    assert not out.exists()


SEED_003 = (ROOT / "corpus" / "originals" / "003_6c111f925bb37fef.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SEED_003.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SEED_003.encode("utf-8"), "utf-8-sig"),
        (SEED_003.encode("utf-16"), "utf-16"),
        (SEED_003.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
        (unicodedata.normalize("NFD", SEED_003).encode("utf-8"), "utf-8"),
    ],
    ids=["utf-8", "bom", "utf-16", "crlf", "nfd"],
)
def test_decoding_gives_the_same_nfc_text(data, encoding):
    report = ImportReport("x")
    decoded = decode(data, report)
    assert decoded.encoding == encoding
    assert decoded.text == SEED_003
    if b"\r\n" in data:
        assert any("CRLF" in n.message for n in report.notes)
    if unicodedata.normalize("NFD", SEED_003).encode() == data:
        assert any("NFC" in n.message for n in report.notes)


# --- property: every word of a seed-shaped document survives, in reading order ---------------

VOCABULARY = sorted({w for w in SEED_003.lower().split() if w.isalpha() and len(w) > 1})
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

words_st = st.lists(st.sampled_from(VOCABULARY), min_size=3, max_size=14)


@st.composite
def sentence(draw) -> str:
    words = draw(words_st)
    return words[0].capitalize() + " " + " ".join(words[1:]) + draw(st.sampled_from([".", ";", ":"]))


@st.composite
def document(draw) -> tuple[str, dict[str, str]]:
    """A plan in the seeds' shapes (header, preamble, sections, items, footnotes, closing).

    Returns the text and the body of each footnote by label.
    """
    lines: list[str] = []
    if draw(st.booleans()):
        lines += ["Số 12 -KH/TU", "Ninh Bình, ngày 3 tháng 1 năm 2024"]
    lines += ["KẾ HOẠCH", "Công tác thông tin đối ngoại năm 2024", ""]
    lines.append(
        "Thực hiện Kế hoạch số 25-KH/BCĐ ngày 23/02/2024 của Ban Chỉ đạo, Ban Thường vụ Tỉnh ủy ban hành như sau:"
    )
    inline_style, wrap = draw(st.booleans()), draw(st.booleans())
    notes: dict[str, str] = {}
    for section in ["I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ"][: draw(st.integers(1, 2))]:
        lines += ["", section]
        for index in range(draw(st.integers(1, 3))):
            lines.append(f"{index + 1}. {draw(words_st)[0].capitalize()} {' '.join(draw(words_st))}")
            for _ in range(draw(st.integers(1, 3))):
                marker = draw(st.sampled_from(["- ", "+ ", ""]))
                text = marker + " ".join(draw(st.lists(sentence(), min_size=1, max_size=3)))
                spilled = None
                if draw(st.booleans()):
                    label = str(len(notes) + 1)
                    notes[label] = draw(sentence())
                    cut = text.index(" ", len(marker) + 2) if " " in text[len(marker) + 2 :] else len(text)
                    if inline_style:
                        text = f"{text[:cut]}[footnoteRef:{label}]{text[cut:]} [{label}: {notes[label]}]"
                    else:
                        text = f"{text[:cut]}{label.translate(SUPERSCRIPT)}{text[cut:]}"
                        spilled = f"{label.translate(SUPERSCRIPT)} {notes[label]}"
                lines += _wrapped(text, wrap)
                if spilled:
                    lines += ["", spilled, ""]
    lines += ["", "Nơi nhận:", "- Ban Tuyên giáo Tỉnh ủy (để b/c);", "- Lưu VP.", "TM. BAN THƯỜNG VỤ", "Nguyễn Văn An"]
    return "\n".join(lines) + "\n", notes


def _wrapped(text: str, wrap: bool) -> list[str]:
    if not wrap or len(text) < 80:
        return [text]
    out, current = [], ""
    for word in text.split(" "):
        if current and len(current) + len(word) > 75:
            out.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return [*out, current]


def words(text: str) -> list[str]:
    text = re.sub(r"\[footnoteRef:\d+\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+", " ", text)
    return re.findall(r"\w+", text)


def main_text(source: str) -> str:
    """The source without footnote bodies (spilled lines or ``[N: …]``) and the “Nơi nhận” label."""
    source = re.sub(r"\s*\[\d+:\s.*?\]", "", source, flags=re.DOTALL)  # a body may wrap over lines
    kept = [line for line in source.splitlines() if not re.match(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]+ ", line)]
    return "\n".join(kept).replace("Nơi nhận:", "")


def reading_order(plan: Plan) -> str:
    """The plan as read, footnotes aside: header, passages, then the closing block."""
    parts = list(plan.header)
    for passage in plan.passages:
        marker = {"item": "-" if passage.level == 1 else "+"}.get(passage.kind, "")
        parts.append(f"{marker} {passage.text}")
    return " ".join([*parts, *plan.recipients, *plan.signer_title, plan.signer or ""])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document())
def test_every_word_survives_in_order(tmp_path_factory, generated):
    text, notes = generated
    path = tmp_path_factory.mktemp("prop") / "ke-hoach.txt"
    path.write_text(text, encoding="utf-8")
    imported = import_document(path)
    assert words(reading_order(imported.plan)) == words(main_text(text))
    assert {n.label: words(n.text) for n in imported.plan.footnotes} == {k: words(v) for k, v in notes.items()}
    referenced = [ref.label for p in imported.plan.passages for ref in p.notes]
    assert sorted(referenced, key=int) == sorted(notes, key=int)
    assert imported.plan.year == 2024 and imported.plan.type == "Kế hoạch"
    assert not any(p.text.startswith("CHƯA XẾP ĐƯỢC") for p in imported.plan.passages)


# --- the labelled set: documents built from the seeds' patterns, labels written by reading them ---

CASES = ROOT / "tests" / "import_cases"


def _cases() -> list[dict]:
    return yaml.safe_load((CASES / "expected.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["file"].split("-")[0])
def test_labelled_case_metadata(case):
    got = bench_script("import_accuracy").observed(CASES / "inputs" / case["file"])
    expected = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in case["expect"].items()}
    assert {k: got[k] for k in expected} == expected


def test_labelled_set_is_big_and_varied_enough():
    cases = _cases()
    assert len(cases) >= 15
    encodings = {c["expect"]["encoding"] for c in cases}
    assert {"utf-8", "utf-8-sig", "utf-16", "windows-1258", "tcvn3", "vni", "docx"} <= encodings
    assert any(c["expect"]["promulgated_by"] for c in cases)


def test_accuracy_script_prints_per_field_scores():
    import subprocess

    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "import_accuracy.py")], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    rows = (line.split(":", 1) for line in result.stdout.splitlines() if not line.startswith(("  ", "##")))
    lines = {field.strip(): score for field, score in rows}
    assert set(lines) >= {"type", "number", "issued", "issuer", "locality", "all fields", "refusals"}
    assert lines.pop("refusals").strip() == "0/17"
    for field, score in lines.items():
        correct, total = score.split("(")[0].strip().split("/")
        assert correct == total, f"{field}: {score.strip()}"


def test_held_out_set_accuracy():
    """Documents built after the importer, by someone who did not see its code; not tuned on.

    Measured on first run: 147/150 fields. Guard against regressions without fitting to it.
    """
    correct, total = bench_script("import_accuracy").evaluate(ROOT / "tests" / "import_cases_holdout").total
    assert total >= 150
    assert correct / total >= 0.95


def test_reimporting_over_the_corpus_keeps_editors_decisions(project):
    """--force over existing files: fields named in `reviewed` keep the editor's values."""
    plans = project / "corpus" / "plans"
    before = {p: p.read_bytes() for p in plans.rglob("*.md")}
    originals = sorted((project / "corpus" / "originals").glob("*.txt"))
    result = kb_build("import", *map(str, originals), "--out", str(plans), "--force")
    assert result.returncode == 0, result.stderr
    assert {p: p.read_bytes() for p in plans.rglob("*.md")} == before
    assert "giữ quyết định biên tập" in result.stdout


REAL = ROOT / "tests" / "import_cases_real"


def test_real_documents_development_part():
    """Openings of real public documents (tests/import_cases_real): no refusal, ≥ 97 % of fields right."""
    score = bench_script("import_accuracy").evaluate(REAL, "dev")
    correct, total = score.total
    assert score.cases >= 30 and total >= 300
    assert score.refused == []
    assert correct / total >= 0.97, [m for m in score.mismatches]


def test_real_documents_held_out_part():
    """Never tuned on. The twelve a–c cases: 64/117 on their first run, 101/117 on the last; the two
    post-merger e-cases: 20/20 on their first run. Guards against regressions only."""
    score = bench_script("import_accuracy").evaluate(REAL, "holdout")
    correct, total = score.total
    assert score.cases == 14 and score.refused == []
    assert correct / total >= 0.8


@pytest.mark.parametrize(
    "name",
    [
        "e02-ubnd-hung-yen-ct-01-2025-ke-hoach-kt-xh-2026.txt",  # upper-case title, then a paragraph, no blank line
        "e03-ubnd-vinh-long-qd-680-2025-tthc-noi-bo.txt",  # “CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …” under the header
        "e04-ubnd-dong-thap-kh-283-2025-nq-57.txt",  # a title “THỰC HIỆN NGHỊ QUYẾT SỐ …”; “Ủy ban nhân dân Tỉnh”
        "e06-ubnd-can-tho-qd-3109-2025-chi-tieu-2026.txt",  # “Căn cứ Luật … ngày …;” right after the title
    ],
)
def test_post_merger_pages_keep_title_and_issuer_apart_from_the_body(name):
    case = next(c for c in yaml.safe_load((REAL / "expected.yaml").read_text(encoding="utf-8")) if c["file"] == name)
    plan = import_document(REAL / "inputs" / name).plan
    assert plan.title.casefold() == case["expect"].get("title", plan.title).casefold()
    assert plan.year == case["expect"]["year"]
    if name.startswith(("e03", "e04", "e06")):
        assert plan.issuer == case["expect"]["issuer"]


def test_real_document_set_is_labelled_and_sourced():
    cases = yaml.safe_load((REAL / "expected.yaml").read_text(encoding="utf-8"))
    assert len(cases) >= 40
    assert {c["file"] for c in cases} == {p.name for p in (REAL / "inputs").iterdir()}
    assert all(c["url"].startswith(("http://", "https://")) and c["part"] in ("dev", "holdout") for c in cases)
    # A quarter of the first 46 cases was drawn as the held-out part before any tuning; the d-cases,
    # added later to cover khối, district, commune and post-2025 documents, are development cases;
    # a quarter of the e-cases (provinces formed by the 2025 merger) was drawn before their first run.
    first = [c for c in cases if c["file"][0] in "abc"]
    assert sum(c["part"] == "holdout" for c in first) == round(len(first) / 4)
    assert all(c["part"] == "dev" for c in cases if c["file"].startswith("d"))
    merged = [c for c in cases if c["file"].startswith("e")]
    assert sum(c["part"] == "holdout" for c in merged) == round(len(merged) / 4)
    assert {c["expect"]["system"] for c in cases} == {"Đảng", "Mặt trận", "Nhà nước"}
    assert {c["expect"]["level"] for c in cases} == {"trung ương", "khối", "tỉnh", "huyện", "xã"}


def test_real_document_set_holds_provinces_formed_by_the_2025_merger():
    """Documents issued from 1 July 2025 by a province that two or three former ones became."""
    cases = yaml.safe_load((REAL / "expected.yaml").read_text(encoding="utf-8"))
    provinces = yaml.safe_load((ROOT / "corpus" / "glossary" / "provinces.yaml").read_text(encoding="utf-8"))
    formed = Counter(p["today"] for p in provinces)
    merged = {today for today, former in formed.items() if former > 1}
    after = [
        c["expect"]["locality"].split(", ")[-1]
        for c in cases
        if c["expect"]["issued"] and str(c["expect"]["issued"]) >= "2025-07-01" and c["expect"]["locality"]
    ]
    assert len({place for place in after if place in merged}) >= 5


def test_only_regular_files_of_a_plausible_size_are_read(tmp_path):
    """/dev/zero, a FIFO, a folder, a missing file, a .docx that unpacks to gigabytes: refused at once."""
    import os
    import zipfile

    fifo = tmp_path / "ong-dan.txt"
    os.mkfifo(fifo)
    folder = tmp_path / "x.txt"
    folder.mkdir()
    bomb = tmp_path / "bom.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", b"\0" * (300 * 2**20))  # 300 MB of zeros, a few hundred KB zipped
    assert bomb.stat().st_size < 2**20
    out = tmp_path / "plans"
    for bad, message in (
        ("/dev/zero", "không phải tệp thường"),
        (str(fifo), "không phải tệp thường"),
        (str(folder), "không phải tệp thường"),
        (str(tmp_path / "khong-co.txt"), "không có tệp này"),
        (str(bomb), "giải nén ra 300 MB"),
    ):
        result = kb_build("import", bad, "--out", str(out))
        assert result.returncode == 1 and f"{bad}: LỖI: " in result.stderr and message in result.stderr, bad
        assert "Traceback" not in result.stderr
    assert not out.exists()


def test_an_input_path_with_dotdot_is_written_inside_out(tmp_path):
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    plan = ROOT / "corpus" / "plans" / "2024" / "2024-kh-duk-ninh-binh.md"
    (tmp_path / "a" / "ke-hoach.md").write_text(plan.read_text(encoding="utf-8"), encoding="utf-8")
    result = kb_build("import", "../ke-hoach.md", "--out", "out", cwd=work)
    assert result.returncode == 0, result.stderr
    assert [p.relative_to(work).as_posix() for p in work.rglob("*.md")] == ["out/2024/2024-kh-duk-ninh-binh.md"]
    assert not (tmp_path / "a" / "2024").exists()
