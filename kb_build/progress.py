"""Progress on long runs (builds of thousands of plans, batch imports), quiet when not on a terminal.

Stages report through a callback so that the pipeline functions stay free of any UI:
``advance()`` is a no-op unless a terminal is attached.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

Advance = Callable[[], None]


def _nothing() -> None:
    pass


class Reporter:
    def __init__(self, enabled: bool | None = None) -> None:
        console = Console(stderr=True)
        self.enabled = console.is_terminal if enabled is None else enabled
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=True,
            disable=not self.enabled,
        )

    @contextmanager
    def running(self) -> Iterator[Reporter]:
        with self.progress:
            yield self

    @contextmanager
    def stage(self, description: str, total: int | None = None) -> Iterator[Advance]:
        if not self.enabled:
            yield _nothing
            return
        task = self.progress.add_task(description, total=total)
        try:
            yield lambda: self.progress.advance(task)
        finally:
            self.progress.update(task, completed=total or 1, total=total or 1)


QUIET = Reporter(enabled=False)
