#!/usr/bin/env python3
"""(Re)generate the HELD-OUT importer test set: ``tests/import_cases_holdout/inputs/``.

Same format and recipes as ``tests/import_cases/`` (the set the importer was tuned on); only the
documents differ. The encoders (Windows-1258, TCVN3, VNI, UTF-8-sig/UTF-16, the Word document with
real footnotes) are imported from ``tests/import_cases/make_cases.py`` and not copied, so both sets
are made the same way. Each encoded file is decoded back and compared with its source text before it
is written (legacy TCVN3/VNI files through ``viparse.fix``); every case is also built twice and the two
byte strings compared, so a run is deterministic.

Two recipes differ from the tuned set's script:

- the PDF paste is hard-wrapped at 80 columns (every line longer than 80 is broken), not at 86;
- the Word document's core properties (title, created/modified) are rewritten to match the plan it
  holds (the tuned set's builder stamps a fixed "... năm 2024" title and a January 2024 date).

The labels in ``expected.yaml`` are written by hand, by reading the documents. ``--check`` (run by
default after generation) only cross-checks them against the generated text; it never extracts
metadata itself.

    .venv/bin/python tests/import_cases_holdout/make_cases.py            # regenerate + check
    .venv/bin/python tests/import_cases_holdout/make_cases.py --check    # check only

Dependencies: stdlib, python-docx, lxml, viparse (and PyYAML for the check).
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import re
import sys
import textwrap
import unicodedata
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
INPUTS = HERE / "inputs"
EXPECTED = HERE / "expected.yaml"
BASE_SCRIPT = HERE.parent / "import_cases" / "make_cases.py"


def _load_base():
    """Import the tuned set's make_cases.py (it is a script, not a package module)."""
    spec = importlib.util.spec_from_file_location("import_cases_make_cases", BASE_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


base = _load_base()
MIN_LINES, MAX_LINES = base.MIN_LINES, base.MAX_LINES


# --------------------------------------------------------------------------------------------
# The cases: output file, the recipe applied to its template.
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Case(base.Case):
    docx_title: str | None = None  # docx only: core property dc:title
    docx_date: datetime | None = None  # docx only: core properties created/modified

    @property
    def template(self) -> Path:  # this set's templates, not the tuned set's
        return TEMPLATES / (Path(self.file).stem + ".txt")


PDF_WIDTH = 80

CASES: tuple[Case, ...] = (
    Case("01-tinh-uy-pipe-header.txt", "utf-8"),
    Case("02-thanh-uy-hue-superscript.txt", "utf-8"),
    Case("03-ubnd-huyen-cp1258.txt", "windows-1258", crlf=True),
    Case("04-mttq-tinh-footnoteref.txt", "utf-8"),
    Case("05-btg-huong-dan-pdf.txt", "utf-8", wrap=PDF_WIDTH),
    Case("06-dang-uy-xa-tcvn3.txt", "tcvn3"),
    Case("07-mttq-thanh-pho-vni.txt", "vni"),
    Case(
        "08-ubnd-tinh-docx.docx",
        "docx",
        docx_title="Kế hoạch thông tin đối ngoại tỉnh Bắc Giang năm 2025",
        docx_date=datetime(2025, 2, 11, 9, 30, 0),
    ),
    Case("09-ubnd-phuong-web.txt", "utf-8-sig"),
    Case("10-quan-uy-nfd-crlf.txt", "utf-8", nfd=True, crlf=True),
)


# --------------------------------------------------------------------------------------------
# Text recipes (the byte encoders come from the tuned set's script)
# --------------------------------------------------------------------------------------------
def hard_wrap(text: str, width: int) -> str:
    """Break every line longer than ``width`` at ``width``, as a PDF text layer does."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        out.extend(textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def unicode_text(case: Case) -> str:
    """The document as Unicode text, before any byte encoding (wrap/NFD/CRLF already applied)."""
    text = base.read_template(case)
    if case.wrap:
        text = hard_wrap(text, case.wrap)
    if case.nfd:
        text = unicodedata.normalize("NFD", text)
    if case.crlf:
        text = text.replace("\n", "\r\n")
    return text


# --------------------------------------------------------------------------------------------
# Word document: the tuned set's builder, then this plan's core properties
# --------------------------------------------------------------------------------------------
CORE_NS = {
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
}


def _set_core_properties(data: bytes, title: str, when: datetime) -> bytes:
    """Rewrite docProps/core.xml (title, created, modified) inside the package; nothing else changes."""
    from lxml import etree

    source = zipfile.ZipFile(io.BytesIO(data))
    root = etree.fromstring(source.read("docProps/core.xml"))
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    for path, value in (("dc:title", title), ("dcterms:created", stamp), ("dcterms:modified", stamp)):
        element = root.find(path, CORE_NS)
        assert element is not None, path
        element.text = value
    core = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            payload = core if item.filename == "docProps/core.xml" else source.read(item.filename)
            target.writestr(item.filename, payload)
    return base._deterministic_zip(out.getvalue())  # fixed timestamps again


def build_docx(case: Case) -> tuple[bytes, dict]:
    import docx

    data, info = base.build_docx(case)  # footnotes part, relationship, styles, settings, verified
    data = _set_core_properties(data, case.docx_title, case.docx_date)
    info = base.verify_docx(data, info["footnotes"])  # re-check after the rewrite
    core = docx.Document(io.BytesIO(data)).core_properties
    assert core.title == case.docx_title, core.title
    assert core.created.replace(tzinfo=None) == case.docx_date, core.created
    assert core.modified.replace(tzinfo=None) == case.docx_date, core.modified
    return data, info


# --------------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------------
def build(case: Case) -> tuple[bytes, dict, int]:
    if case.encoding == "docx":
        data, info = build_docx(case)
        n_lines = sum(1 for line in base.read_template(case).split("\n") if line.strip())
    else:
        text = unicode_text(case)
        lines = text.replace("\r\n", "\n").rstrip("\n").split("\n")
        n_lines = len(lines)
        if case.wrap:
            assert max(len(unicodedata.normalize("NFC", line)) for line in lines) <= case.wrap
        data, info = base.encode_text(case, text)
        if case.encoding in ("tcvn3", "vni"):
            assert info["fallback_bytes"] == 0, f"{case.file}: latin-1 fallback used"
    assert MIN_LINES <= n_lines <= MAX_LINES, f"{case.file}: {n_lines} lines"
    return data, info, n_lines


def generate() -> None:
    INPUTS.mkdir(exist_ok=True)
    wanted = {case.file for case in CASES}
    for stale in INPUTS.iterdir():
        if stale.name not in wanted:
            stale.unlink()
    for case in CASES:
        data, info, n_lines = build(case)
        again, _, _ = build(case)
        assert again == data, f"{case.file}: two builds differ (not deterministic)"
        (INPUTS / case.file).write_bytes(data)
        digest = hashlib.sha256(data).hexdigest()[:12]
        extra = " ".join(f"{k}={v}" for k, v in info.items())
        print(f"{case.file:34} {case.encoding:13} {len(data):6} bytes {n_lines:3} lines  {digest}  {extra}")


# --------------------------------------------------------------------------------------------
# Cross-check the hand-written labels against the generated documents
# --------------------------------------------------------------------------------------------
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def _has_phrase(text: str, phrase: str) -> bool:
    """``phrase`` occurs in ``text`` as whole words (so "Tuyên Quan" does not match "Tuyên Quang")."""
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


def _number_form(text: str) -> str:
    """The labelling rule for numbers applied to running text: dashes to '-', no spaces around - and /."""
    text = text.replace("–", "-").replace("—", "-")
    return re.sub(r"\s*([-/])\s*", r"\1", text)


def _footnote_markers(case: Case, text: str) -> int | None:
    """Distinct footnote markers that can be counted mechanically (None where there are none to count)."""
    if case.encoding == "docx":
        return len(set(re.findall(r'w:footnoteReference w:id="(\d+)"', _docx_body_xml(case))))
    refs = set(re.findall(r"\[footnoteRef:(\d+)\]", text))
    if refs:
        bodies = set(re.findall(r"\[(\d+):\s", text))
        assert refs == bodies, f"{case.file}: markers {sorted(refs)} but bodies {sorted(bodies)}"
        return len(refs)
    supers = set(re.findall(f"[{SUPERSCRIPT_DIGITS}]+", text))
    return len(supers) if supers else 0


def _docx_body_xml(case: Case) -> str:
    with zipfile.ZipFile(INPUTS / case.file) as package:
        return package.read("word/document.xml").decode("utf-8")


def check() -> None:
    labels = base.labelled_cases(EXPECTED, INPUTS, CASES)
    tuned = base.labelled_cases(BASE_SCRIPT.parent / "expected.yaml", BASE_SCRIPT.parent / "inputs", base.CASES)
    assert not {name for name, _, _ in labels} & {name for name, _, _ in tuned}, (
        "held-out file names must differ from the tuned set's"
    )
    for name, expect, case in labels:
        base.check_label_fields(name, expect, case)
        assert str(expect["year"]) in expect["title"], f"{name}: year is the title's"

        flat = re.sub(r"\s+", " ", base.decoded_text(case, INPUTS))
        for cited in expect["implements"]:
            assert cited in flat, f"{name}: implements entry not in text: {cited}"
        title = expect["title"]
        assert title in flat or (title[0].lower() + title[1:]) in flat, f"{name}: title not in text"
        if expect["signer"] is not None:
            assert _has_phrase(flat, expect["signer"]), f"{name}: signer not in text"
        if expect["locality"]:
            for place in expect["locality"].split(", "):
                assert place in flat, f"{name}: locality part {place!r} not in text"
            innermost = expect["locality"].split(", ")[0]
            issuer = expect["issuer"]
            stem = issuer[: -len(innermost) - 1] if issuer.endswith(" " + innermost) else None
            assert _has_phrase(flat, issuer) or (stem and _has_phrase(flat, stem)), f"{name}: issuer not in text"
        # Extra cross-checks (this set only): the number and date as written, the footnote count.
        if expect["number"] is not None:
            assert expect["number"] in _number_form(flat), f"{name}: number not in text"
        if expect["issued"] is not None:
            year, month, day = (int(part) for part in str(expect["issued"]).split("-"))
            date = rf"ngày 0?{day} tháng 0?{month} năm {year}"
            assert re.search(date, flat), f"{name}: issue date not in text"
        counted = _footnote_markers(case, flat)
        assert counted == expect["footnotes"], f"{name}: {counted} footnote markers, label {expect['footnotes']}"
    print(f"expected.yaml: {len(labels)} held-out cases consistent with inputs/")


def main(argv: list[str] | None = None) -> int:
    return base.run(argv, description=__doc__, generate=generate, check=check, expected=EXPECTED)


if __name__ == "__main__":
    sys.exit(main())
