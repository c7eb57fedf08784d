"""Shared fixtures: a throwaway project folder laid out like a real one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
EVAL_SEEDS = FIXTURES / "eval" / "seeds"
EVAL_GOLD = FIXTURES / "eval" / "gold"
FIRST_SEED = ROOT / "seeds" / "000_f83952dda46ec445.txt"


def make_project(dest: Path, seeds: list[Path] | None = None) -> Path:
    """Copy mkdocs.yml and templates/ into ``dest`` with the given seeds; return it."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", dest / "templates")
    (dest / "seeds").mkdir()
    for seed in seeds if seeds is not None else [FIRST_SEED]:
        shutil.copy(seed, dest / "seeds" / seed.name)
    return dest


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project with the first seed, as the current directory."""
    proj = make_project(tmp_path / "proj")
    monkeypatch.chdir(proj)
    return proj
