"""Limits on what a fact record may hold and what extraction may spend (``data/limits.yaml``).

One place for the bounds that the gate (``factsheet check``), ingest and extraction share, so
that whatever check passes, the site can render: dates within a range of years, numbers finite
and below a bound.
"""

from __future__ import annotations

import datetime as dt
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


def _int(doc: dict, key: str, name: str, low: int = 1) -> int:
    v = doc.get(key)
    datafiles.require(isinstance(v, int) and not isinstance(v, bool) and v >= low, name, f"'{key}' must be a whole number of at least {low}")
    return v


def _validate(doc: object, name: str) -> Limits:
    datafiles.require(isinstance(doc, dict), name, "top level must be a mapping")
    assert isinstance(doc, dict)
    years = doc.get("years")
    datafiles.require(isinstance(years, dict), name, "'years' must be a mapping with 'first' and 'last'")
    first, last = _int(years, "first", name), _int(years, "last", name)
    datafiles.require(dt.MINYEAR < first <= last < dt.MAXYEAR, name, "'years': 'first' must not be after 'last', both within 2-9998")
    seconds = doc.get("article_seconds")
    datafiles.require(isinstance(seconds, (int, float)) and not isinstance(seconds, bool) and 0 < seconds < 3600, name,
                      "'article_seconds' must be a number of seconds between 0 and 3600")
    below = _int(doc, "number_below", name, 2)
    # Amounts are exact integers in Python, but editors, JSON readers and spreadsheets hold numbers as
    # binary floats: above 2^53 they would not all read the same number back.
    datafiles.require(below <= 2**53, name, "'number_below' must be at most 2^53 (9,007,199,254,740,992)")
    return Limits(first, last, below, _int(doc, "sentence_chars", name, 100), float(seconds))


def limits() -> Limits:
    """Return the limits, read and checked once."""
    return datafiles.load(NAME, _validate)
