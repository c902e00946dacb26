"""Where things are in a kb_build project (the repository layout, docs/huong-dan-bien-tap.md)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Project:
    root: Path

    @property
    def corpus_dir(self) -> Path:
        return self.root / "corpus"

    @property
    def docs_dir(self) -> Path:
        """Hand-written pages and assets (committed)."""
        return self.root / "docs"

    @property
    def emitted_docs_dir(self) -> Path:
        """Hand-written + generated pages, the ``docs_dir`` of mkdocs.yml (not committed)."""
        return self.root / "build" / "docs"

    @property
    def link_memo_file(self) -> Path:
        """What the last build's link stage found in each text (``kb_build.link.memo``; not committed)."""
        return self.root / "build" / "link-memo.pickle"

    @property
    def render_state_file(self) -> Path:
        """What the last render was made from, so the next one can be incremental (not committed)."""
        return self.root / "build" / "render-state.json"

    @property
    def config_file(self) -> Path:
        return self.root / "mkdocs.yml"

    @property
    def site_dir(self) -> Path:
        return self.root / "site"
