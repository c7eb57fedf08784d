"""Golden records: seed -> expected record, compared byte for byte.

The expected files are extractor output that a person has read. To accept a
deliberate change in extraction, regenerate them and review the diff:

    FACTSHEET_REGEN=1 .venv/bin/python -m pytest tests/test_golden.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import ingest
from generator.extract import extract
from generator.records import dump_record

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if p.is_dir())


def strip_version(text: str) -> str:
    # The extractor version carries a digest of the code; a golden file pins output, not code.
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("extractor:"))


@pytest.mark.parametrize("case", CASES)
def test_golden_record(case: str) -> None:
    folder = GOLDEN / case
    seed = next(p for p in folder.iterdir() if p.name.startswith("seed"))
    article = ingest.parse_seed(seed.read_bytes(), seed.name.removeprefix("seed-"))
    got = strip_version(dump_record(extract(article)))
    expected_path = folder / "expected.yaml"
    if os.environ.get("FACTSHEET_REGEN"):
        expected_path.write_text(got + "\n", encoding="utf-8")
    assert got + "\n" == expected_path.read_text(encoding="utf-8")


def test_there_are_golden_cases() -> None:
    assert CASES
