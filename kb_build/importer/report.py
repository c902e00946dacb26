"""What the importer did to a document, so an editor can review it in minutes.

Every repair (something fixed), guess (a value inferred), removal (text dropped as
clutter) and unplaced text (kept in a marked section) is a ``Note`` with the source line
it concerns and a confidence from 0 to 1.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

NoteKind = Literal["encoding", "repair", "guess", "removed", "unplaced"]
_KIND_LABEL = {
    "encoding": "mã hóa",
    "repair": "sửa",
    "guess": "phỏng đoán",
    "removed": "loại bỏ",
    "unplaced": "chưa xếp được",
}


@dataclass(frozen=True)
class Note:
    kind: NoteKind
    line: int | None
    message: str
    confidence: float = 1.0

    def __str__(self) -> str:
        where = f"dòng {self.line}" if self.line else "toàn văn bản"
        return f"  [{_KIND_LABEL[self.kind]}] {where}: {self.message} (tin cậy {self.confidence:.2f})"


@dataclass
class ImportReport:
    source: str
    output: str | None = None
    encoding: str | None = None
    notes: list[Note] = field(default_factory=list)
    error: str | None = None

    def add(self, kind: NoteKind, line: int | None, message: str, confidence: float = 1.0) -> None:
        self.notes.append(Note(kind, line, message, round(confidence, 2)))

    def summary(self) -> str:
        if self.error:
            return f"{self.source}: LỖI: {self.error}"
        doubtful = sum(n.confidence < 0.8 for n in self.notes)
        head = (
            f"{self.source} → {self.output} (mã hóa {self.encoding}): {len(self.notes)} ghi chú, "
            f"{doubtful} cần xem lại (tin cậy < 0.8)"
        )
        ordered = sorted(self.notes, key=lambda n: (n.confidence, n.line or 0))
        return "\n".join([head, *map(str, ordered)])

    def as_json(self) -> dict:
        return {
            "source": self.source,
            "output": self.output,
            "encoding": self.encoding,
            "error": self.error,
            "notes": [asdict(n) for n in self.notes],
        }
