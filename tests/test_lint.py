"""Lint and types (issue 12): ruff and mypy pass, as configured in pyproject.toml ([tool.ruff], [tool.mypy])."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def run(*argv: str) -> subprocess.CompletedProcess[str]:
    tool = BIN / argv[0]
    assert tool.is_file(), f"{tool} is missing: run `bash tools/setup` (it installs the test extras)"
    return subprocess.run([str(tool), *argv[1:]], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing() -> None:
    r = run("ruff", "check", "--no-cache", "--output-format", "concise", ".")
    assert r.returncode == 0, f"ruff check .\n{r.stdout}{r.stderr}"


def test_mypy_finds_nothing() -> None:
    # The files come from [tool.mypy] in pyproject.toml.
    r = run("mypy")
    assert r.returncode == 0, f"mypy\n{r.stdout}{r.stderr}"
