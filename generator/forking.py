"""What the render and the MkDocs build share when they hand pages to forked processes.

Both plan their pages in one process, then fork workers that inherit the plan
(and everything else in memory) and take contiguous runs of it, so that
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
