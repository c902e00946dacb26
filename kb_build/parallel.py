"""Run one pure function of the knowledge base in a forked process while the caller goes on.

Topic matching and the topic pages (year-to-year comparisons) are the longest pieces of our
own work; on a machine with two cores they run beside the rest of the link and emit stages. A
forked child shares the knowledge base as it is in memory (nothing is pickled on the way in);
only its result comes back through a pipe (the topic pages' worker writes them to disk itself
and sends back only their paths). Where ``fork`` does not exist (Windows, macOS' default), or
on one core, the function simply runs in the caller, when its result is asked for. The render
stage uses it too: MkDocs renders a share of the pages in each process (``kb_build.render.shares``).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import traceback
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")
_END = "kb_build.parallel: end of items"


class Background(Generic[T]):
    """``Background(f, *args).result()`` is ``f(*args)``, computed in a forked child if possible
    (``in_caller``: in the caller all the same, for a function whose side effects must stay there)."""

    def __init__(self, function: Callable[..., T], *args: object, in_caller: bool = False) -> None:
        self.function, self.args = function, args
        self.process = None
        if in_caller:
            return
        if "fork" in multiprocessing.get_all_start_methods() and (os.cpu_count() or 1) > 1:
            context = multiprocessing.get_context("fork")
            self.receiver, sender = context.Pipe(duplex=False)
            self.process = context.Process(target=self._run, args=(sender,), daemon=True)
            # Until the worker is done, objects that exist now are left out of the cyclic garbage
            # collector's passes: a pass writes into every object it visits, and each page
            # written to is copied, no longer shared between the two processes.
            gc.freeze()
            self.process.start()
            sender.close()

    def _run(self, sender) -> None:
        try:
            value = self.function(*self.args)
            # A dict or list goes item by item: pickled whole, hundreds of MB of pages would be
            # held twice in the worker's memory.
            if isinstance(value, dict | list):
                sender.send((type(value).__name__, None))
                for item in value.items() if isinstance(value, dict) else value:
                    sender.send(item)
                sender.send(_END)
            else:
                sender.send(("value", value))
        except BaseException:  # reported to the parent, which raises it
            sender.send(("error", traceback.format_exc()))
        finally:
            sender.close()

    def result(self) -> T:
        if self.process is None:
            return self.function(*self.args)
        try:
            kind, value = self.receiver.recv()
            if kind in ("dict", "list"):
                items = list(iter(self.receiver.recv, _END))
                value = dict(items) if kind == "dict" else items
        except EOFError:
            kind, value = "error", f"the worker process ended with code {self.process.exitcode}"
        finally:
            self.process.join()
            gc.unfreeze()
        if kind == "error":
            raise RuntimeError(f"{getattr(self.function, '__qualname__', self.function)} failed:\n{value}")
        return value


class WorkList(Generic[T]):
    """Items that several processes take one at a time, each item by exactly one of them.

    Made before the workers are forked: the next item's number lives in shared memory. The
    caller takes items too, once its own work is done, so that two processes finish together
    whatever each one's share of the work turns out to be.
    """

    def __init__(self, items: list[T]) -> None:
        self.items = items
        self._next = multiprocessing.Value("i", 0)

    def take(self) -> Iterator[T]:
        while True:
            with self._next.get_lock():
                number = self._next.value
                self._next.value = number + 1
            if number >= len(self.items):
                return
            yield self.items[number]
