"""Extraction rules as tables of cases (issue 12): one row per case, with its text, what is wanted and why.

A test module lists its rows with :func:`case` and checks each with :func:`check`::

    CASES = [
        case("ranges of counts", "Police arrested 12 to 15 people.", "value qualifier",
             [(12, "at_least"), (15, "at_most")]),
    ]

    @pytest.mark.parametrize("case", tables.params(CASES))
    def test_figures_table(case):
        tables.check(case, figs(*case.paragraphs, date=case.date or DATE), key="value")

``fields`` names the attributes read from each fact found (dotted, separated by spaces). ``want`` is either a
list, one entry per fact in the order found (a tuple when several fields are read, the value itself when one
is), or a dict ``{key: fields}`` about the facts whose ``key`` attribute (a figure's value, a funding amount)
has that value; when several facts share a key, the last one found counts. A row's test id is its reason
(up to the first colon) made into a slug, numbered when several rows share it, and a failure repeats the
whole reason and the text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

import pytest

_MISSING = "<not found>"


@dataclass(frozen=True)
class Case:
    why: str
    paragraphs: tuple[str, ...]
    fields: str
    want: Any
    op: str = "=="
    date: dt.date | None = None


def case(why: str, text: str | tuple[str, ...], fields: str, want: Any, op: str = "==",
         date: dt.date | None = None) -> Case:
    """One row: why it is a case, the text (a paragraph or a tuple of them), the fields read and what is wanted."""
    return Case(why, (text,) if isinstance(text, str) else tuple(text), fields, want, op, date)


def params(cases: list[Case]) -> list[Any]:
    """The rows as pytest parameters, each with an id made from its reason."""
    slugs = [re.sub(r"[^a-z0-9]+", "_", c.why.split(":")[0].lower()).strip("_") for c in cases]
    total = Counter(slugs)
    seen: Counter[str] = Counter()
    out = []
    for c, slug in zip(cases, slugs):
        seen[slug] += 1
        out.append(pytest.param(c, id=slug if total[slug] == 1 else f"{slug}-{seen[slug]}"))
    return out


def read(fact: Any, fields: str) -> Any:
    got = tuple(attrgetter(name)(fact) for name in fields.split())
    return got[0] if len(got) == 1 else got


def check(case: Case, found: list[Any], key: str) -> None:
    """Assert that the facts found are what the row wants."""
    if isinstance(case.want, dict):
        by_key = {getattr(f, key): read(f, case.fields) for f in found}
        got: Any = {k: by_key.get(k, _MISSING) for k in case.want}
    else:
        got = [read(f, case.fields) for f in found]
    _compare(case, got)


def check_entities(case: Case, found: list[Any]) -> None:
    """Assert what a row of entities wants: ``fields`` is a type and an attribute ("person name", "place id"),
    read from every entity of that type into a set; ``op`` says how ``want`` relates to that set: "==" (the
    set is exactly ``want``), "<=" (``want`` is a subset), "in" or "not in" (``want`` is one name or id)."""
    type_, attr = case.fields.split()
    got = {getattr(e, attr) for e in found if e.type == type_}
    _compare(case, got)


def _compare(case: Case, got: Any) -> None:
    ok = {"==": lambda: got == case.want, "<=": lambda: case.want <= got, "in": lambda: case.want in got,
          "not in": lambda: case.want not in got}[case.op]()
    assert ok, (f"{case.why}\n  text: {' | '.join(case.paragraphs)}\n  fields: {case.fields}\n"
                f"  got:  {got!r}\n  want: {case.op} {case.want!r}")
