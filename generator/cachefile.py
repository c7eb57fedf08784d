"""Cache files in ``.factsheet/cache/``: JSON, which cannot run code, checked on load, rebuilt when in doubt.

The caches were pickles, and ``pickle.load`` runs whatever a planted file asks (issue 15): a
cache is data a build reads, so it is read as data. :func:`read` returns the payload only of a
file this module wrote, for the same key; anything else (missing, from another version,
damaged, not JSON, a payload of the wrong shape) reads as no cache, and the caller rebuilds it.

:func:`encode` and :func:`decode` carry what ``factsheet check`` reads from a facts file (mappings
whose keys are not text too) through JSON exactly; a value they cannot carry raises :class:`Unencodable` and
is simply not cached.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

FORMAT = "factsheet-cache-1"
OUTPUTS = frozenset({"accuracy.json"})
"""Files in ``data/`` that a developer tool writes from the code, not inputs of it."""


@cache
def code_digest() -> str:
    """Return the digest of the whole package and its data files: what every cache and the extractor version are keyed by.

    Keyed by everything, a cache can never be served stale because code moved to a module
    that a hand-kept list did not name. The developer tools (``devtools/``) and the files
    they write are left out: they change no output of a stage.
    """
    root = Path(str(resources.files("generator")))
    h = hashlib.sha256(b"factsheet-code-1\0")
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root)
        if not p.is_file() or rel.parts[0] in ("devtools", "__pycache__") or "__pycache__" in rel.parts:
            continue
        if rel.parts[0] == "data" and p.name in OUTPUTS:
            continue
        if p.suffix not in (".py", ".yaml", ".json"):
            continue
        h.update(rel.as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()
_MAP = "$map"


class Unencodable(ValueError):
    """A value JSON cannot carry exactly (bytes, a set, a tuple): it is not cached."""


def encode(value: Any) -> Any:
    """Return ``value`` as JSON-ready data that :func:`decode` turns back into an equal value of the same types."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        if all(isinstance(k, str) and not k.startswith("$") for k in value):
            return {k: encode(v) for k, v in value.items()}
        return {_MAP: [[encode(k), encode(v)] for k, v in value.items()]}
    raise Unencodable(type(value).__name__)


def _hook(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        (k, v), = obj.items()
        if k == _MAP and isinstance(v, list):
            out = {}
            for pair in v:
                if not (isinstance(pair, list) and len(pair) == 2):
                    raise ValueError("a $map entry is not a pair")
                key, item = pair
                if isinstance(key, (dict, list)):
                    raise ValueError("a $map key is not a scalar")
                out[key] = item
            return out
    if any(k.startswith("$") for k in obj):
        raise ValueError("an unknown $ key")
    return obj


def decode(text: str | bytes) -> Any:
    """Return the data :func:`encode` was given, from its JSON text; raise ValueError if the text is not such data."""
    return json.loads(text, object_hook=_hook)


def read(path: Path | None, key: str) -> Any:
    """Return the payload :func:`write` stored in ``path`` under ``key``, or None (the cache is then rebuilt)."""
    if path is None:
        return None
    try:
        doc = decode(path.read_bytes())
    except (OSError, ValueError, TypeError, RecursionError):  # missing, unreadable, damaged, not ours
        return None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("key") != key:
        return None
    return doc.get("payload")


def write(path: Path | None, key: str, payload: Any) -> None:
    """Store ``payload`` (JSON-ready: see :func:`encode`) in ``path`` under ``key``, whole or not at all.

    A cache that cannot be written only makes the next run slower: errors are ignored.
    """
    if path is None:
        return
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps({"format": FORMAT, "key": key, "payload": payload}, ensure_ascii=False,
                                  separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            tmp.unlink()
