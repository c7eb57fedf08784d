"""What the render and the MkDocs build share when they hand pages to forked processes.

Both plan their pages in one process, then fork workers that inherit the plan
and take contiguous runs of it, so that joining the results in run order gives
the serial order.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.context import BaseContext


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
