"""The site's data downloads: ``facts.json`` and one CSV per fact type (visible facts only)."""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import re
import shutil
import unicodedata
from pathlib import Path
from typing import Any

from . import meaning
from .fmt import date
from ..models import FACT_FIELDS_BY_TYPE, Fact, specs
from .model import FactView, Site

FOLDER = "downloads"
SCHEMA = Path(__file__).resolve().parent.parent / "data" / "record.schema.json"
"""The records' JSON Schema, published beside the downloads."""
CSV_FILES = {"funding": "funding.csv", "figure": "figures.csv", "quote": "quotes.csv", "event": "events.csv"}
MEANING_COLUMNS = {("funding", "same_as"): ["in_totals", "counted_with"], ("figure", "subset"): ["span", "charted"]}
"""What the sheets make of a number (:func:`_meaning`), listed after the field named."""
_SPECS = specs(Fact)


def _columns(type_: str, name: str) -> list[str]:
    own = [f"{name}_start", f"{name}_end"] if _SPECS[name].kind == "period" else [name]
    return own + MEANING_COLUMNS.get((type_, name), [])


COLUMNS = {t: [c for name in FACT_FIELDS_BY_TYPE[t] for c in _columns(t, name)] for t in CSV_FILES}
"""The columns of each type's own fields (models.FACT_FIELDS_BY_TYPE), a span as its start and end."""
COMMON = ["article_id", "article_date", "article_title", "article_publisher", "article_url", "article_author", "fact_id",
          "review", "state", "extracted", "evidence", "page"]
"""Columns of every CSV: ``COMMON[:7]`` first, then the type's own, then the rest. ``state``: auto, checked, corrected or
added (by hand); ``extracted``: for a corrected fact, the extractor's value of each field the person changed (JSON)."""
HEAD = 7


def _amount(v: Any) -> Any:
    # Exact: a decimal amount is written as its digits, never through a float.
    return str(v) if isinstance(v, meaning.Decimal) else v


def _meaning(f: FactView) -> dict[str, Any]:
    """What the sheets make of the number (see :mod:`generator.site.meaning`)."""
    if f.type == "funding":
        counted = f.repeat_of
        return {"in_totals": meaning.reason(f).value,
                "counted_with": f"{counted.article.id}#{counted.id}" if counted is not None else ""}
    if f.type == "figure":
        series = meaning.series_of(f)
        return {"span": meaning.fact_span(f).value, "charted": series.value if series is not None else ""}
    return {}


def _plain(v: Any) -> Any:
    """Return a record value as JSON data: dates as YYYY-MM-DD, exact numbers kept."""
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if isinstance(v, _dt.date):
        return date(v)
    if isinstance(v, meaning.Decimal):
        return str(v)
    return v


def _extracted(f: FactView) -> dict[str, Any] | None:
    return _plain(f.extracted) if f.corrected and f.extracted is not None else None


def _cells(f: FactView, name: str, ids: bool) -> dict[str, Any]:
    """Return the cells of one of the fact's fields: entities by name (by id in JSON, ``ids``), a span as two dates."""
    kind = _SPECS[name].kind
    if kind == "period":
        return {f"{name}_{edge}": date(getattr(f, f"{name}_{edge}")) for edge in ("start", "end")}
    v = getattr(f, name)
    if kind == "number":
        return {name: _amount(v) if v is not None else ""}
    if kind == "entities":
        return {name: [p.id for p in v] if ids else "; ".join(p.name for p in v)}
    if kind == "entity":
        return {name: (v.id if ids else v.name) if v else (None if ids else "")}
    return {name: date(v) if kind == "date" else v}


def _row(f: FactView, page_url: str, ids: bool = False) -> dict[str, Any]:
    """Return the fact's cells by column, its type's columns only (``ids``: entities by id, for JSON)."""
    cells: dict[str, Any] = {}
    for name in FACT_FIELDS_BY_TYPE.get(f.type, ()):
        cells.update(_cells(f, name, ids))
    cells.update(_meaning(f))
    common = {
        "article_id": f.article.id,
        "article_date": date(f.article.date),
        "article_title": f.article.title,
        "article_publisher": f.article.publisher,
        "article_url": f.article.url,
        "article_author": f.article.author,
        "fact_id": f.id,
        "review": f.review,
        "state": f.state,
        "extracted": _extracted(f),
        "evidence": f.evidence,
        "page": page_url,
    }
    return {**{c: common[c] for c in COMMON[:HEAD]}, **{c: cells[c] for c in COLUMNS.get(f.type, [])},
            **{c: common[c] for c in COMMON[HEAD:]}}


def _json_fact(f: FactView, page_url: str) -> dict[str, Any]:
    """Return a fact for ``facts.json``: the columns of its CSV, in their order, with entities by id, then its type."""
    return {**_row(f, page_url, ids=True), "type": f.type}


_LINE_BREAKS = re.compile("[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")
FORMULA_STARTS = frozenset("=+-@")
"""A cell a spreadsheet may read as a formula when it starts with one of these."""


def _cell(v: Any) -> Any:
    """Return a CSV cell that no spreadsheet reads as a formula.

    Text comes from seeds and hand edits, so a formula can hide: after spaces or no-break spaces,
    after invisible characters, as a fullwidth or small form ("＝", "﹦") that a spreadsheet may
    fold to "=", or on a later line of the cell (an importer that splits lines starts a row with
    it). Line breaks become spaces, and a cell whose first visible character reads as one of
    :data:`FORMULA_STARTS` gets a leading quote.
    """
    if not isinstance(v, str):
        return v
    v = _LINE_BREAKS.sub(" ", v)
    i = 0
    while i < len(v) and (v[i].isspace() or unicodedata.category(v[i]) in ("Cf", "Cc")):
        i += 1
    if v[:1] == "\t" or (i < len(v) and unicodedata.normalize("NFKC", v[i])[:1] in FORMULA_STARTS):
        return "'" + v
    return v


def write_downloads(site: Site, docs_dir: Path) -> list[Path]:
    """Write ``facts.json`` and the CSVs under ``docs_dir/downloads``; return their paths."""
    out_dir = docs_dir / FOLDER
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def page(f: FactView) -> str:
        return f.article.path[:-3] + ".html#" + f.anchor

    for type_, name in CSV_FILES.items():
        cols = COMMON[:HEAD] + COLUMNS[type_] + COMMON[HEAD:]
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for f in site.facts_of(type_):
            row = _row(f, page(f))
            if row["extracted"] is not None:
                row["extracted"] = json.dumps(row["extracted"], ensure_ascii=False, sort_keys=True)
            w.writerow({k: _cell(v) for k, v in row.items()})
        (out_dir / name).write_text(buf.getvalue(), encoding="utf-8")
        written.append(out_dir / name)

    doc = {
        "articles": [
            {
                "id": a.id, "date": date(a.date), "title": a.title, "headline": a.headline or None,
                "publisher": a.publisher or None, "url": a.url or None, "author": a.author or None,
                "seed": a.seed, "page": a.path[:-3] + ".html",
                "entities": [e.id for e in a.entities],
            }
            for a in site.articles
        ],
        "entities": [
            {"id": e.id, "type": e.type, "name": e.name, "kind": e.kind, "roles": e.roles,
             "aliases": e.aliases, "members": e.members}
            for e in site.entities
        ],
        "facts": [_json_fact(f, page(f)) for f in site.facts],
        # The funding totals as the site shows them (FACTS.md's rule), per currency and year.
        "funding_totals": [
            {"currency": t.currency, "year": t.year, "total": _amount(t.amount),
             "added": [f"{f.article.id}#{f.id}" for f in t.added],
             "left_out": {w.value: [f"{f.article.id}#{f.id}" for f in fs] for w, fs in t.left_out.items()},
             "says": t.line()}
            for t in meaning.totals(site.facts_of("funding"))
        ],
    }
    path = out_dir / "facts.json"
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=None, separators=(",", ":")), encoding="utf-8")
    written.append(path)
    # The fact record's JSON Schema, linked from the Editing facts page.
    if SCHEMA.is_file():
        shutil.copyfile(SCHEMA, out_dir / SCHEMA.name)
        written.append(out_dir / SCHEMA.name)
    return written
