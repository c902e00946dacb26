"""Stage 1, load: read corpus files into YAML front matter + body, with exact line numbers.

Only reading happens here: bytes → UTF-8 text → NFC check → front matter split → YAML.
What the values mean is validate.py's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kb_build.problems import Problem
from kb_build.text import nfc
from kb_build.yamlsource import YamlDoc, YamlError, parse_yaml

PLANS_DIR = "plans"
GLOSSARY_DIR = "glossary"
ORIGINALS_DIR = "originals"
YEAR_FOLDER = re.compile(r"(19|20)\d\d")  # the files as received, kept beside their normalized plans


class LoadError(Exception):
    """A file that cannot be read as a plan; carries the problem to report."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


@dataclass(frozen=True)
class PlanSource:
    """A plan file split into its front matter (parsed) and its body (raw Markdown)."""

    path: Path
    meta: YamlDoc
    body: str
    body_first_line: int


def read_text(path: Path, display: Path) -> tuple[str | None, list[Problem]]:
    """Read ``path`` as UTF-8 NFC text, reporting the line of any violation.

    Lines are counted as an editor's editor counts them, at ``\\n`` only (``str.splitlines``
    would also break at a form feed or U+2028 and shift every line number after it).
    """
    try:
        data = path.read_bytes()
    except OSError as exc:  # unreadable, a folder named x.md, a vanished file
        return None, [Problem(display, None, f"không đọc được tệp: {exc.strerror or exc}")]
    problems: list[Problem] = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, [Problem(display, line, f"tệp không phải UTF-8 (byte 0x{data[exc.start]:02x})")]
    if text.startswith("\ufeff"):
        problems.append(Problem(display, 1, "tệp có BOM UTF-8; nên lưu không BOM", "warning"))
        text = text[1:]
    for number, line in enumerate(text.split("\n"), start=1):
        if nfc(line) != line:
            column = next(i for i, _ in enumerate(line, 1) if nfc(line[:i]) != line[:i]) or 1
            problems.append(
                Problem(display, number, f"văn bản chưa chuẩn hóa Unicode NFC (cột {column}); hãy lưu ở dạng NFC")
            )
    return text.replace("\r\n", "\n"), problems


def split_front_matter(text: str, display: Path) -> tuple[str, str, int]:
    """Return (front matter, body, first line of body); raise ``LoadError`` if it is missing."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise LoadError(Problem(display, 1, "thiếu phần đầu YAML: dòng đầu tiên phải là “---”"))
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), index + 2
    raise LoadError(Problem(display, 1, "phần đầu YAML không có dòng “---” kết thúc"))


def load_plan(path: Path, root: Path) -> tuple[PlanSource | None, list[Problem]]:
    display = path.relative_to(root.parent) if path.is_relative_to(root.parent) else path
    text, problems = read_text(path, display)
    if text is None:
        return None, problems
    try:
        front, body, body_line = split_front_matter(text, display)
        meta = parse_yaml(front, first_line=2)
    except LoadError as exc:
        return None, [*problems, exc.problem]
    except YamlError as exc:
        return None, [*problems, Problem(display, exc.line, str(exc))]
    if not isinstance(meta.data, dict):
        return None, [*problems, Problem(display, 2, "phần đầu YAML phải là các cặp “khóa: giá trị”")]
    return PlanSource(display, meta, body, body_line), problems


def load_yaml_file(path: Path, root: Path) -> tuple[YamlDoc | None, Path, list[Problem]]:
    display = path.relative_to(root.parent) if path.is_relative_to(root.parent) else path
    text, problems = read_text(path, display)
    if text is None:
        return None, display, problems
    try:
        return parse_yaml(text), display, problems
    except YamlError as exc:
        return None, display, [*problems, Problem(display, exc.line, str(exc))]


def _inside(path: Path, root: Path) -> bool:
    return path.resolve().is_relative_to(root.resolve())


def plan_files(corpus_dir: Path) -> tuple[list[Path], list[Problem]]:
    """The plan files (``plans/<year>/<id>.md``), and a warning for each file that looks like
    one but is not read (another case of ``.md``, another place) or a link out of the project."""
    plans_dir = corpus_dir / PLANS_DIR
    found: list[Path] = []
    problems: list[Problem] = []
    display = corpus_dir.parent
    for path in sorted(plans_dir.rglob("*")) if plans_dir.is_dir() else []:
        shown = path.relative_to(display)
        if path.is_dir() and not path.is_symlink():
            if path.suffix.lower() == ".md":
                problems.append(Problem(shown, None, "là thư mục, không phải tệp văn bản: hãy đổi tên"))
            continue
        if not _inside(path, corpus_dir.parent):
            problems.append(Problem(shown, None, "liên kết tới ngoài dự án: không đọc", "warning"))
        elif path.suffix != ".md":
            if path.suffix.lower() in (".md", ".markdown", ".yml", ".yaml", ".txt"):
                problems.append(Problem(shown, None, "không đọc: văn bản phải có đuôi “.md” (chữ thường)", "warning"))
        elif not (path.parent.parent == plans_dir and YEAR_FOLDER.fullmatch(path.parent.name)):
            problems.append(Problem(shown, None, "không đọc: văn bản phải nằm trong plans/<năm>/", "warning"))
        else:
            found.append(path)
    return found, problems


def glossary_files(corpus_dir: Path) -> tuple[list[Path], list[Problem]]:
    """The glossary files (``glossary/*.yaml``), with a warning for ``.yml`` and links out of the project."""
    folder = corpus_dir / GLOSSARY_DIR
    found: list[Path] = []
    problems: list[Problem] = []
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        shown = path.relative_to(corpus_dir.parent)
        if not _inside(path, corpus_dir.parent):
            problems.append(Problem(shown, None, "liên kết tới ngoài dự án: không đọc", "warning"))
        elif path.suffix == ".yaml" and path.is_file():
            found.append(path)
        elif path.suffix.lower() in (".yml", ".yaml"):
            problems.append(Problem(shown, None, "không đọc: tệp chú giải phải có đuôi “.yaml”", "warning"))
    return found, problems
