"""Limits on what a fact record may hold and what extraction may spend (``data/limits.yaml``).

One place for the bounds that the gate (``factsheet check``), ingest and extraction share, so
that whatever check passes, the site can render: dates within a range of years, numbers finite
and below a bound.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from . import datafiles

NAME = "limits.yaml"


@dataclass(frozen=True)
class Limits:
    first_year: int
    last_year: int
    number_below: int
    """Every amount and value is finite and below this."""
    sentence_chars: int
    """Longest run of text extraction reads as one sentence."""
    article_seconds: float
    """Time extraction may spend on one article."""

    def year_ok(self, year: int) -> bool:
        return self.first_year <= year <= self.last_year

    def number_ok(self, value: Any) -> bool:
        """Return whether ``value`` (int, float or Decimal, not bool) is finite and below the bound."""
        if isinstance(value, bool):
            return False
        if isinstance(value, float) and not math.isfinite(value):
            return False
        if isinstance(value, Decimal) and not value.is_finite():
            return False
        return abs(value) < self.number_below

    @property
    def years_text(self) -> str:
        return f"{self.first_year}–{self.last_year}"

    @property
    def number_text(self) -> str:
        """The bound as people write it: 10^15."""
        n = self.number_below
        exp = len(str(n)) - 1
        return f"10^{exp}" if n == 10**exp else f"{n:,}"


def _compile(doc: dict, name: str) -> Limits:
    # (the schema bounds each value: years within 2-9998, number_below at most 2^53, since editors, JSON readers and
    # spreadsheets hold numbers as binary floats, above which they would not all read the same number back)
    first, last = doc["years"]["first"], doc["years"]["last"]
    if first > last:
        raise datafiles.fail(name, f"'first' ({first}) must not be after 'last' ({last})", "years", "first")
    return Limits(first, last, doc["number_below"], doc["sentence_chars"], float(doc["article_seconds"]))


def limits() -> Limits:
    """Return the limits, read and checked once."""
    return datafiles.load(NAME, _compile)
