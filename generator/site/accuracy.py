"""The extractor's measured accuracy, for the About page: scored at build time, never typed in.

The evaluation set in ``tests/fixtures/eval`` (articles in ``seeds/``, the facts a
correct extraction holds in ``gold/``) is extracted afresh with the current
rules and scored with :mod:`generator.evalscore`, the same scoring as
``factsheet eval``. Where the set is not there (an installed package without
its tests), the page says that nothing was measured.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..fsutil import atomic_write_text

EVAL_DIR = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "eval"
"""The evaluation set of the checkout this package runs from."""
SOURCE = "tests/fixtures/eval"
"""How the About page names the set."""


def _digest(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(folder).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def measure(eval_dir: Path = EVAL_DIR, cache_dir: Path | None = None) -> dict[str, Any] | None:
    """Return the scores of the current extractor on ``eval_dir``, or None if it cannot be measured.

    With ``cache_dir``, a measurement is kept there as JSON under a name made
    of the extractor version and the evaluation data, so later builds with the
    same code and data read it instead of extracting the set again.
    """
    gold, seeds = eval_dir / "gold", eval_dir / "seeds"
    if not (gold.is_dir() and seeds.is_dir() and any(gold.glob("*.yaml"))):
        return None
    from ..extract import extractor_version

    try:
        version, data = extractor_version(), _digest(gold) + _digest(seeds)
        kept = None
        if cache_dir is not None:
            key = hashlib.sha256(f"{version}\0{data}".encode()).hexdigest()[:20]
            kept = Path(cache_dir) / f"accuracy-{key}.json"
            with contextlib.suppress(OSError, ValueError):
                return json.loads(kept.read_text(encoding="utf-8"))
        result = _measure(str(eval_dir), version, data)
        if kept is not None:
            with contextlib.suppress(OSError):
                kept.parent.mkdir(parents=True, exist_ok=True)
                atomic_write_text(kept, json.dumps(result))  # insertion order is the page order
        return result
    except Exception:  # noqa: BLE001 - a failing measurement must not stop the site; the page says so
        return None


@lru_cache(maxsize=4)
def _measure(eval_dir: str, version: str, _data_digest: str) -> dict[str, Any]:
    # Cached per extractor version and evaluation data: one run per process however many sites render.
    from .. import evalscore
    from ..pipeline import extract_all

    gold, seeds = Path(eval_dir) / "gold", Path(eval_dir) / "seeds"
    with tempfile.TemporaryDirectory(prefix="factsheet-eval-") as tmp:
        facts = Path(tmp) / "facts"
        extract_all(seeds, facts, force=True, jobs=1)
        res = evalscore.score(gold, seeds, facts)
    return {
        "source": SOURCE,
        "articles": res["articles"],
        "extractor": version,
        "kinds": res["kinds"],
        "attributes": {k: v for k, v in res["accuracy"].items() if v is not None},
        "errors": res["errors"],
        "macro_f1": res["macro_f1"],
    }
