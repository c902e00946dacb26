"""kb_build.parallel: a function of in-memory data run in a forked process gives what it gives in the caller."""

from __future__ import annotations

import os

import pytest

from kb_build.parallel import Background, WorkList


def pages_of(data: dict[str, list[int]]) -> dict[str, str]:
    return {name: ",".join(map(str, values)) + f" (pid {os.getpid()})" for name, values in data.items()}


def failing(message: str) -> None:
    raise ValueError(message)


def test_the_result_comes_back_from_another_process():
    data = {f"page-{n}": list(range(n)) for n in range(200)}  # shared by fork, not pickled on the way in
    result = Background(pages_of, data).result()
    assert result.keys() == data.keys()
    assert result["page-3"].startswith("0,1,2 (pid ")
    if (os.cpu_count() or 1) > 1:
        assert f"(pid {os.getpid()})" not in result["page-3"]


def test_a_failure_in_the_worker_is_raised_with_its_traceback():
    with pytest.raises(RuntimeError, match="ValueError: hỏng"):
        Background(failing, "hỏng").result()


def take_all(work: WorkList[int]) -> list[int]:
    return list(work.take())


def test_a_work_list_gives_each_item_to_exactly_one_process():
    work = WorkList(list(range(500)))
    worker = Background(take_all, work)
    mine = take_all(work)  # the caller takes items too, while the worker does
    theirs = worker.result()
    assert sorted(mine + theirs) == list(range(500))
    assert not set(mine) & set(theirs)
