"""Measure the extractor on the project's evaluation sets and keep the result for the About page.

``factsheet eval --write`` extracts every set afresh, scores it with
:mod:`generator.devtools.evalscore` and writes ``generator/data/accuracy.json``, with a
digest of everything the numbers depend on: the extractor (its code and rule
files, in :func:`generator.extract.extractor_version`) and each set's gold and
seeds. The site only reads that file; a test fails when its digest no longer
matches, so the numbers on the About page are never stale.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any

from . import evalscore
from ..extract import extractor_version
from ..fsutil import atomic_write_text
from ..pipeline import extract_all

ROOT = Path(__file__).resolve().parents[2]
"""The checkout this package runs from."""
SETS = {
    "dev": "tests/fixtures/eval",
    "tuned": "tests/fixtures/tuned",
    "blind": "tests/fixtures/blind",
}
"""The evaluation sets by name, relative to the project: the articles the rules were written from; articles
written blind and scored, then used to tune the rules; and articles the rules have never been tuned on."""


def accuracy_path() -> Path:
    return Path(str(resources.files("generator") / "data" / "accuracy.json"))


def _folder_digest(h: "hashlib._Hash", folder: Path) -> None:
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(folder).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")


def present_sets(root: Path = ROOT) -> dict[str, Path]:
    """Return the evaluation sets this checkout has: a gold and a seeds folder each, with at least one article.

    A set with no articles (the held-out set between one batch moving to the tuned set and the next being
    written) is left out: there is nothing to measure, and the About page says so.
    """
    out = {}
    for name, rel in SETS.items():
        folder = root / rel
        if (folder / "gold").is_dir() and (folder / "seeds").is_dir() and any((folder / "gold").glob("*.yaml")):
            out[name] = folder
    return out


def inputs_digest(root: Path = ROOT) -> str:
    """Return the digest of what the measured numbers depend on: the extractor and every set's gold and seeds."""
    h = hashlib.sha256(extractor_version().encode() + b"\0")
    for name, folder in present_sets(root).items():
        h.update(name.encode() + b"\0")
        for sub in ("gold", "seeds"):
            _folder_digest(h, folder / sub)
    return h.hexdigest()


def score_set(folder: Path) -> dict[str, Any]:
    """Extract one set's seeds afresh and return its scores as the About page shows them."""
    gold, seeds = folder / "gold", folder / "seeds"
    with tempfile.TemporaryDirectory(prefix="factsheet-eval-") as tmp:
        facts = Path(tmp) / "facts"
        extract_all(seeds, facts, force=True, jobs=1)
        res = evalscore.score(gold, seeds, facts)
    return {
        "articles": res["articles"],
        "kinds": res["kinds"],
        "attributes": {k: v for k, v in res["accuracy"].items() if v is not None},
        "errors": res["errors"],
        "macro_f1": res["macro_f1"],
    }


def measure(root: Path = ROOT) -> dict[str, Any]:
    """Return the accuracy document: the digest of its inputs and the scores of every set."""
    sets = present_sets(root)
    return {
        "inputs": inputs_digest(root),
        "extractor": extractor_version(),
        "sets": {name: {"source": SETS[name], **score_set(folder)} for name, folder in sets.items()},
    }


def write(root: Path = ROOT) -> Path:
    """Measure and write ``generator/data/accuracy.json``; return its path."""
    path = accuracy_path()
    atomic_write_text(path, json.dumps(measure(root), indent=1, sort_keys=False) + "\n")
    return path


def stale(root: Path = ROOT) -> str | None:
    """Return why ``accuracy.json`` does not describe the current extractor and sets, or None when it does."""
    path = accuracy_path()
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return f"{path} is missing or not JSON"
    if doc.get("inputs") != inputs_digest(root):
        return f"{path} was measured on another extractor or other evaluation articles"
    return None
