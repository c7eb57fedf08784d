"""What the render and the MkDocs build share when they hand pages to forked processes.

Both plan their pages in one process, then fork workers that inherit the plan
(and everything else in memory) and take contiguous runs of it, so that
joining the results in run order gives the serial order.
"""

from __future__ import annotations

import gc
import multiprocessing
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
        with ProcessPoolExecutor(max_workers=jobs, mp_context=fork_context()) as pool:
            futures = [pool.submit(fn, item) for item in items]
            if meanwhile is not None:
                meanwhile()
            return [f.result() for f in futures]
    except BrokenProcessPool:
        raise FactsheetError(WORKER_DIED) from None
    finally:
        gc.unfreeze()
