"""The extractor's measured accuracy, for the About page: read from a file, never measured here.

``factsheet eval --write`` (:mod:`generator.devtools.evaluate`) scores the
extractor on the project's evaluation sets and writes ``data/accuracy.json``;
a test fails when that file no longer matches the extractor or the sets. The
site only reads it, so rendering never extracts or scores anything.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

FILE = "accuracy.json"


def load() -> dict[str, Any] | None:
    """Return the measured accuracy per evaluation set, or None when the file is absent or unreadable."""
    try:
        doc = json.loads((resources.files("generator") / "data" / FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    sets = doc.get("sets") if isinstance(doc, dict) else None
    if not isinstance(sets, dict) or not sets:
        return None
    return doc
