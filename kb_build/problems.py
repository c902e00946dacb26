"""Problems found in the corpus: every one names its file and line, so an editor can fix it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

Severity = Literal["error", "warning"]
_LABEL = {"error": "lỗi", "warning": "cảnh báo"}


@dataclass(frozen=True, order=True)
class Problem:
    """One finding of ``check``: an error stops the build, a warning is only reported."""

    path: Path
    line: int | None
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{where}: {_LABEL[self.severity]}: {self.message}"

    def as_json(self) -> dict:
        data = asdict(self)
        data["path"] = str(self.path)
        return data


class CorpusError(Exception):
    """The corpus has errors; the build stops before writing anything."""

    def __init__(self, problems: list[Problem]):
        self.problems = [p for p in problems if p.severity == "error"]
        super().__init__("\n".join(str(p) for p in self.problems))


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]
