"""Issue 15, defect 12: no cell of the CSV downloads reads as a formula, whatever a hand edit puts in it."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import ingest, records
from generator.extract import extract
from generator.render import render_site
from generator.site.downloads import FORMULA_STARTS, _cell
from tests.conftest import FIRST_SEED, ROOT

HOSTILE = [
    " =HYPERLINK(\"http://x\",\"y\")",
    "\u00a0=1+1",
    "\u3000@SUM(A1)",
    "\uff1dcmd|' /C calc'!A0",
    "\ufe66HYPERLINK(1)",
    "\u200b=1+1",
    "\u202e=1+1",
    "text\n=HYPERLINK(\"http://x\")",
    "text\r\n+1",
    "text\u2028-1+2",
    "\t=1",
    "\uff0b1",
    "\uff201",
]


def reads_as_formula(cell: str) -> bool:
    """Whether a spreadsheet might read a cell, or any line of it, as a formula."""
    for line in cell.splitlines() or [""]:
        visible = line.lstrip("".join(c for c in line if c.isspace() or unicodedata.category(c) in ("Cf", "Cc")))
        if visible and not line.startswith("'") and unicodedata.normalize("NFKC", visible[0])[:1] in FORMULA_STARTS:
            return True
    return False


@pytest.mark.parametrize("value", HOSTILE)
def test_a_hidden_formula_is_quoted(value: str) -> None:
    out = _cell(value)
    assert out.startswith("'") or not reads_as_formula(out), out
    assert "\n" not in out and "\r" not in out and "\u2028" not in out


def test_plain_text_and_numbers_are_left_alone() -> None:
    assert _cell("Home Office") == "Home Office"
    assert _cell(34401) == 34401 and _cell(2.5) == 2.5


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(" \u00a0\u2003\u200b\u200d\u202e\u2066\t\n\r\u2028=+-@\uff1d\ufe66\u207c\uff0b\uff0d\uff20abc1(")), max_size=12))
def test_no_cell_reads_as_a_formula(value: str) -> None:
    out = _cell(value)
    assert not reads_as_formula(out) or out.startswith("'")
    assert len(out.splitlines()) <= 1


def test_hostile_hand_edits_stay_inert_in_the_csv_files(tmp_path: Path) -> None:
    rec = records.record_data(extract(ingest.read_seed(FIRST_SEED)))
    funding = next(f for f in rec["facts"] if f["type"] == "funding")
    figure = next(f for f in rec["facts"] if f["type"] == "figure")
    funding["purpose"] = HOSTILE[0]
    funding["evidence"] = HOSTILE[7]
    figure["source"] = HOSTILE[3]
    figure["evidence"] = HOSTILE[1]
    rec["article"]["title"] = HOSTILE[5]
    render_site([records.from_data(rec)], {}, ROOT / "templates", tmp_path / "docs")
    for name in ("funding.csv", "figures.csv", "quotes.csv", "events.csv"):
        with (tmp_path / "docs" / "downloads" / name).open(encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    assert not reads_as_formula(cell) or cell.startswith("'"), (name, cell)
    text = (tmp_path / "docs" / "downloads" / "funding.csv").read_text(encoding="utf-8")
    assert "'text =HYPERLINK" not in text and "text =HYPERLINK" in text  # the line break became a space
