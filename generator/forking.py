"""The one way factsheet runs work on several cores.

:class:`Pool` maps a function over items (seeds to read and extract, facts
files to load) in worker processes started with an explicit method, and only
when there are enough items for the workers to pay for themselves.
:func:`forked_map` serves the render: it plans its pages in one process, then
forks workers that inherit the plan and take contiguous runs of it, so that
joining the results in run order gives the serial order.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from typing import TypeVar

from .errors import FactsheetError

T = TypeVar("T")
R = TypeVar("R")

WORKER_DIED = "a worker process stopped before it finished (killed, or out of memory?); run the command again, or with --jobs 1"
"""What the user is told when a worker of any process pool dies."""


def cores() -> int:
    """Return the number of cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def capped(jobs: int | None) -> int:
    """Return ``jobs`` worker processes, at least 1 and at most :func:`cores` (None: all cores).

    More processes than cores only share the same cores, each with its own memory: ``--jobs 100000``
    started thousands of processes and took 24 GB within seconds.
    """
    return cores() if jobs is None else max(1, min(jobs, cores()))


MIN_ITEMS = 48
"""Fewer items than this are done in this process: starting workers would cost more than they save."""


def start_context() -> BaseContext:
    """Return the start method of worker processes: ``fork`` where there is one (cheap, shares the loaded rules), else ``spawn``."""
    return fork_context() or multiprocessing.get_context("spawn")


class Pool:
    """A process pool for one run: serial for small inputs or one job, started on first need, closed by ``with``."""

    def __init__(self, jobs: int | None, min_items: int | None = None):
        self.jobs, self.min_items = capped(jobs), min_items
        self._pool: ProcessPoolExecutor | None = None

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
        """Return ``[fn(item) for item in items]``, in order; ``fn`` must be a module-level function."""
        if self.jobs <= 1 or len(items) < (MIN_ITEMS if self.min_items is None else self.min_items):
            return [fn(item) for item in items]
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=start_context())
        try:
            return list(self._pool.map(fn, items, chunksize=max(1, len(items) // (self.jobs * 8))))
        except BrokenProcessPool:
            raise FactsheetError(WORKER_DIED) from None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None

    def __enter__(self) -> "Pool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def fork_context() -> BaseContext | None:
    """Return the ``fork`` start method, or None where there is none (Windows)."""
    try:
        return multiprocessing.get_context("fork")
    except ValueError:
        return None


def ranges(n: int, parts: int) -> list[tuple[int, int]]:
    """Split ``range(n)`` into at most ``parts`` contiguous (start, stop) ranges of near-equal length, in order."""
    parts = max(1, min(parts, n))
    bounds = [n * k // parts for k in range(parts + 1)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if a < b]


def forked_map(fn: Callable[[T], R], items: Sequence[T], jobs: int, meanwhile: Callable[[], None] | None = None) -> list[R]:
    """Return ``[fn(item) for item in items]``, computed by ``jobs`` processes forked now; run ``meanwhile()`` here as they work.

    The workers inherit every object in memory, so ``fn`` reads what the caller set up
    (a module-level job) instead of receiving it pickled. Those objects are frozen for
    the garbage collector meanwhile: the workers' collector then leaves them alone
    instead of touching, and so copying, every inherited page. Needs
    :func:`fork_context`. A worker that dies raises a FactsheetError saying so.
    """
    gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=capped(jobs), mp_context=fork_context()) as pool:
            futures = [pool.submit(fn, item) for item in items]
            if meanwhile is not None:
                meanwhile()
            return [f.result() for f in futures]
    except BrokenProcessPool:
        raise FactsheetError(WORKER_DIED) from None
    finally:
        gc.unfreeze()
