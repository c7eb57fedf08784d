"""The About page's accuracy is read from generator/data/accuracy.json, which must describe the current extractor.

Rendering never extracts or scores (issue 12: render reads, never runs); `factsheet eval --write` measures.
"""

from __future__ import annotations

import json
import subprocess
import sys

from generator.devtools import evaluate
from generator.site import accuracy


def test_the_accuracy_file_is_not_stale() -> None:
    why = evaluate.stale()
    assert why is None, f"{why}: run `.venv/bin/factsheet eval --write` and commit generator/data/accuracy.json"


def test_the_accuracy_file_holds_what_scoring_gives_now() -> None:
    doc = accuracy.load()
    assert doc is not None
    sets = evaluate.present_sets()
    assert set(doc["sets"]) == set(sets)
    dev = evaluate.score_set(sets["dev"])
    assert {k: v for k, v in doc["sets"]["dev"].items() if k != "source"} == json.loads(json.dumps(dev))


def test_the_digest_follows_the_evaluation_articles(tmp_path) -> None:
    import shutil

    for name, rel in evaluate.SETS.items():
        if (evaluate.ROOT / rel).is_dir():
            shutil.copytree(evaluate.ROOT / rel, tmp_path / rel)
    for name in evaluate.present_sets(tmp_path):
        before = evaluate.inputs_digest(tmp_path)
        gold = next((tmp_path / evaluate.SETS[name] / "gold").glob("*.yaml"))
        gold.write_text(gold.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
        assert evaluate.inputs_digest(tmp_path) != before, name


def test_a_set_with_no_articles_is_not_measured(tmp_path) -> None:
    import shutil

    for rel in (evaluate.SETS["dev"], evaluate.SETS["tuned"]):
        shutil.copytree(evaluate.ROOT / rel, tmp_path / rel)
    for sub in ("gold", "seeds"):
        (tmp_path / evaluate.SETS["blind"] / sub).mkdir(parents=True)
    assert set(evaluate.present_sets(tmp_path)) == {"dev", "tuned"}


def test_rendering_imports_neither_the_pipeline_the_extractor_nor_the_scorer() -> None:
    code = ("import sys, generator.render, generator.publish, generator.site.accuracy; "
            "print(sorted(m for m in sys.modules if m.startswith('generator')))")
    loaded = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.replace("'", '"'))
    banned = [m for m in loaded if m.startswith(("generator.pipeline", "generator.extract", "generator.devtools.evalscore", "generator.devtools"))]
    assert banned == []
