"""The extraction quality gate: `factsheet eval` on the evaluation articles must meet the floors.

The floors live in tests/quality/floors.yaml and only ever go up; see that file.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import subprocess
from pathlib import Path

import pytest
import yaml

from generator.cli import main

HERE = Path(__file__).parent
FLOORS = HERE / "quality" / "floors.yaml"
EVAL = HERE / "fixtures" / "eval"
REPO = HERE.parent


def load_floors(text: str) -> dict:
    doc = yaml.safe_load(text)
    assert isinstance(doc, dict) and set(doc) == {"f1", "accuracy", "errors"}, "floors.yaml: f1, accuracy and errors"
    return doc


@pytest.fixture(scope="module")
def scores() -> dict:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["eval", str(EVAL / "gold"), str(EVAL / "seeds"), "--json"])
    assert status == 0
    return json.loads(out.getvalue())


def test_eval_scores_meet_the_floors(scores: dict) -> None:
    floors = load_floors(FLOORS.read_text(encoding="utf-8"))
    below = []
    for kind, floor in floors["f1"].items():
        got = scores["kinds"][kind]["f1"]
        if got < floor:
            below.append(f"{kind} F1 {got:.3f} < floor {floor}")
    for name, floor in floors["accuracy"].items():
        got = scores["accuracy"][name]
        if got is not None and got < floor:
            below.append(f"{name} accuracy {got:.3f} < floor {floor}")
    for name, most in floors["errors"].items():
        if scores["errors"][name] > most:
            below.append(f"{name}: {scores['errors'][name]} > {most}")
    assert scores["articles"] == len(list((EVAL / "gold").glob("*.yaml")))
    assert not below, "extraction fell below its floors:\n" + "\n".join(below)


def test_every_kind_and_accuracy_has_a_floor(scores: dict) -> None:
    floors = load_floors(FLOORS.read_text(encoding="utf-8"))
    assert set(floors["f1"]) == set(scores["kinds"])
    assert {"figure.metric", "figure.year", "funding.currency", "quote.speaker"} <= set(floors["accuracy"])


def _committed_versions() -> list[str]:
    """Every committed version of floors.yaml, oldest first (none outside a git clone)."""
    rel = FLOORS.relative_to(REPO).as_posix()
    try:
        log = subprocess.run(["git", "log", "--format=%H", "--", rel], cwd=REPO, capture_output=True, text=True,
                             check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        return []
    versions = []
    for commit in reversed(log):
        shown = subprocess.run(["git", "show", f"{commit}:{rel}"], cwd=REPO, capture_output=True, text=True)
        if shown.returncode == 0:
            versions.append(shown.stdout)
    return versions


def floors_went_down(older: dict, newer: dict) -> list[str]:
    down = []
    for section in ("f1", "accuracy"):
        for name, value in older[section].items():
            if name not in newer[section] or newer[section][name] < value:
                down.append(f"{section}.{name}: {value} -> {newer[section].get(name)}")
    for name, value in older["errors"].items():
        if name not in newer["errors"] or newer["errors"][name] > value:
            down.append(f"errors.{name}: {value} -> {newer['errors'].get(name)}")
    return down


def test_floors_never_go_down() -> None:
    versions = [load_floors(v) for v in _committed_versions()] + [load_floors(FLOORS.read_text(encoding="utf-8"))]
    for older, newer in zip(versions, versions[1:]):
        assert not floors_went_down(older, newer)


def test_the_ratchet_check_sees_a_lowered_floor() -> None:
    old = load_floors(FLOORS.read_text(encoding="utf-8"))
    new = yaml.safe_load(FLOORS.read_text(encoding="utf-8"))
    new["f1"]["funding"] = old["f1"]["funding"] - 0.01
    new["errors"]["absent_found"] = 1
    assert floors_went_down(old, new) == [f"f1.funding: {old['f1']['funding']} -> {new['f1']['funding']}",
                                          "errors.absent_found: 0 -> 1"]


SHARED_SCORE = REPO.parent / "shared" / "eval" / "score.py"
# sha256 of shared/eval/score.py from its KINDS line on (the scoring), for clones without ../shared.
SCORE_DIGEST = "e6c5ad7a6c16d0cac2b124f4cb3bc13e50a0f80612449ba3b799d91acf6dec82"


def _scoring(text: str) -> str:
    return text[text.index("KINDS = "):]


def test_factsheet_eval_scores_as_the_reference_does() -> None:
    ours = _scoring((REPO / "generator" / "evalscore.py").read_text(encoding="utf-8"))
    assert hashlib.sha256(ours.encode()).hexdigest() == SCORE_DIGEST
    if SHARED_SCORE.is_file():  # beside a CI clone: compare with the reference itself too
        assert ours == _scoring(SHARED_SCORE.read_text(encoding="utf-8"))
