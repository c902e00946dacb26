"""Which segments of the search index the emitted docs already hold, kept from one build to the next.

A segment's files are a pure function of its documents (``Segment.digest``), so a build whose segment
has the digest the last build wrote, and whose files are still there with the sizes written, keeps
them instead of making them again: after one edited plan, only its year's segment is made. The
record lives beside the link memo in ``build/`` (never published: the emitted docs are). It is
written atomically, and a segment about to be rewritten is struck from it first, so that a build
interrupted halfway never leaves a record that vouches for files it did not finish.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

_FORMAT = 1


@dataclass
class SegmentRecord:
    """``path``: the record (None: nothing is kept, every segment is made); ``out_dir``: the emitted docs."""

    path: Path | None
    out_dir: Path
    segments: dict[str, tuple[str, dict[str, int]]] = field(default_factory=dict)  # name → digest, file sizes

    @classmethod
    def load(cls, path: Path | None, out_dir: Path) -> SegmentRecord:
        record = cls(path, out_dir)
        try:
            saved = json.loads(path.read_text(encoding="utf-8")) if path else None
        except (OSError, ValueError):
            saved = None
        if isinstance(saved, dict) and saved.get("format") == _FORMAT and isinstance(saved.get("segments"), dict):
            record.segments = {name: (digest, files) for name, (digest, files) in saved["segments"].items()}
        return record

    def files_kept(self, name: str, digest: str) -> list[str] | None:
        """The files of segment ``name`` if they are those made from ``digest`` and all still there, else None."""
        known = self.segments.get(name)
        if known is None or known[0] != digest:
            return None
        for relative, size in known[1].items():
            try:
                if (self.out_dir / relative).stat().st_size != size:
                    return None
            except OSError:
                return None
        return list(known[1])

    def only(self, names: set[str]) -> None:
        """Forget every segment but ``names``, on disk too (before their files are rewritten)."""
        self.segments = {name: known for name, known in self.segments.items() if name in names}
        self.save()

    def made(self, name: str, digest: str, files: dict[str, int]) -> None:
        self.segments[name] = (digest, files)

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        saved = {
            "format": _FORMAT,
            "segments": {name: [d, files] for name, (d, files) in sorted(self.segments.items())},
        }
        temporary.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
        temporary.replace(self.path)
