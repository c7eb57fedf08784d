"""Record <-> facts/*.yaml: dump, load (first version; merge comes later)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml import YAML

from .errors import FactsheetError
from .models import Record


def _yaml() -> YAML:
    y = YAML()
    y.width = 4096
    y.indent(mapping=2, sequence=4, offset=2)
    y.allow_unicode = True
    return y


def dump_record(record: Record) -> str:
    """Return the YAML text of a record: deterministic, in contract key order."""
    buf = io.StringIO()
    _yaml().dump(record.to_dict(), buf)
    return buf.getvalue()


def write_record(path: Path, record: Record) -> None:
    """Write ``record`` to ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump_record(record), encoding="utf-8")


def load_record(path: Path) -> dict[str, Any]:
    """Return one facts file as plain data; a YAML error names file and line."""
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise FactsheetError(f"not valid YAML: {getattr(e, 'problem', e)}", path, mark.line + 1 if mark else None) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("article"), dict):
        raise FactsheetError("not a fact record (no 'article' mapping)", path, 1)
    return doc


def facts_files(facts_dir: Path) -> list[Path]:
    return sorted(facts_dir.glob("*.yaml")) if facts_dir.is_dir() else []


def load_records(facts_dir: Path) -> list[dict[str, Any]]:
    """Return every record in ``facts_dir``, sorted by file name."""
    return [load_record(p) for p in facts_files(facts_dir)]
