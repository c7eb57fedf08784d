"""Load every facts file for rendering, reusing what an earlier build already checked.

Loading a record means checking it completely (``records.load_data``: YAML,
schema, references), which costs far more than rendering it. The checked
data depends only on the file's bytes and on the checking code, so it is kept in
``.factsheet/cache/records.json`` by the sha256 of those bytes (JSON, which
cannot run code: :mod:`generator.cachefile`): a rebuild checks only the files
that changed. Files not in the cache are checked in a
process pool when there are many. A broken file raises as
``records.load_records`` does (the first one by name).
"""

from __future__ import annotations

import hashlib
from functools import partial
from pathlib import Path
from typing import Any

from . import cachefile, records
from .errors import FactsheetError
from .forking import Pool
from .fsutil import read_file
from .models import Record

CACHE_NAME = "records.json"


def _code_key() -> str:
    """Return what decides what a facts file loads as: the whole package (:func:`cachefile.code_digest`)."""
    return "recordcache-3:" + cachefile.code_digest()[:16]


def _load_one(path: Path, follow_links: Path | None = None) -> dict[str, Any] | FactsheetError:
    try:
        return records.load_data(path, follow_links)
    except FactsheetError as e:
        return e


def _read_cache(path: Path, key: str) -> dict[str, Any]:
    """Return the cached records by file digest; {} when there is no usable cache (a missing, old or damaged one is only slower)."""
    entries = cachefile.read(path, key)
    if not isinstance(entries, dict) or not all(isinstance(k, str) and isinstance(v, dict) for k, v in entries.items()):
        return {}
    return entries


def _write_cache(path: Path, key: str, entries: dict[str, Any]) -> None:
    encoded = {}
    for digest, data in entries.items():
        try:
            encoded[digest] = cachefile.encode(data)
        except cachefile.Unencodable:
            continue  # a value JSON cannot carry exactly (a !!binary field): this file is checked on every build
    cachefile.write(path, key, encoded)


def load_records(facts_dir: Path, cache_dir: Path | None = None, jobs: int = 1, follow_links: Path | None = None) -> list[Record]:
    """Return every record in ``facts_dir`` sorted by file name, as ``records.load_records`` does.

    A facts file that is a symbolic link raises, unless ``follow_links`` (the project folder) is given and it leads inside it.
    """
    paths = records.facts_files(facts_dir)
    key = _code_key() if cache_dir is not None else ""
    cache_path = cache_dir / CACHE_NAME if cache_dir is not None else None
    cached = _read_cache(cache_path, key) if cache_path is not None else {}
    digests: list[str] = []
    for p in paths:
        try:
            digests.append(hashlib.sha256(read_file(p, follow_links)).hexdigest())
        except FactsheetError:
            digests.append("")  # load_record reports it
    misses = [p for p, d in zip(paths, digests) if d not in cached]
    with Pool(jobs) as pool:
        loaded = pool.map(partial(_load_one, follow_links=follow_links), misses)
    fresh = dict(zip(misses, loaded))
    out: list[Record] = []
    entries: dict[str, Any] = {}
    for p, d in zip(paths, digests):
        data = fresh[p] if p in fresh else cached[d]
        if isinstance(data, FactsheetError):
            raise data
        out.append(records.from_data(data))
        if d:
            entries[d] = data
    if cache_path is not None and (misses or len(entries) != len(cached)):
        _write_cache(cache_path, key, entries)
    return out
