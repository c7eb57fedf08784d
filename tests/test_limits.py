"""Issue 15, defects 2, 3 and 11: dates and numbers that `check` passes, `build` renders, and the numbers are right.

Check is the gate (data/limits.yaml): years 1900-2100, numbers finite and below 10^15, each beyond them an
error on its line; seeds dated outside are refused on one line; extraction reads numbers exactly and writes
nothing check would refuse; the site's totals are exact sums.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from generator import check, ingest, records
from generator.cli import main
from generator.errors import FactsheetError
from generator.extract import extract
from generator.limits import limits
from generator.site import fmt
from tests.conftest import FIRST_SEED

NAME = "facts/x.yaml"
SENTENCE = "The Home Office said {} people crossed the Channel in small boats on Monday."


def article(body: str, date: str = "2024-03-16") -> ingest.Article:
    return ingest.parse_seed(f" date {date} {body}".encode(), "a.txt")


def figures(body: str) -> list[int]:
    return [f.value for f in extract(article(body)).facts if f.type == "figure"]


def amounts(body: str) -> list[int]:
    return [f.amount for f in extract(article(body)).facts if f.type == "funding"]


def first_record_text() -> str:
    return records.dump_record(extract(ingest.read_seed(FIRST_SEED)))


def errors(text: str) -> list[str]:
    return [str(p) for p in check.check_text(text, NAME) if p.is_error]


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.split("\n"), 1) if needle in line)


# --- the limits are data, checked on load ----------------------------------------------------------


def test_the_limits_are_read_from_their_data_file() -> None:
    lim = limits()
    assert (lim.first_year, lim.last_year, lim.number_below) == (1900, 2100, 10**15)
    assert lim.number_text == "10^15" and lim.years_text == "1900–2100"
    assert not lim.number_ok(float("inf")) and not lim.number_ok(float("nan")) and not lim.number_ok(10**15)
    assert lim.number_ok(10**15 - 1) and lim.number_ok(2.5)


@pytest.mark.parametrize(
    "doc, message",
    [
        ({"years": {"first": 2100, "last": 1900}}, ":2: years.first: 'first' (2100) must not be after 'last' (1900)"),
        ({"years": {"first": 1900, "last": 2100}, "number_below": 10**20}, ":4: number_below: must be at most 9007199254740992"),
    ],
)
def test_a_broken_limits_file_is_refused_naming_it(doc: dict, message: str) -> None:
    import yaml

    from generator import datafiles
    from generator import limits as mod
    from generator.errors import DataFileError

    full = {"years": {"first": 1900, "last": 2100}, "number_below": 10**15, "sentence_chars": 1000, "article_seconds": 8} | doc
    with pytest.raises(DataFileError) as e:
        datafiles.load_text("limits.yaml", yaml.safe_dump(full, sort_keys=False), mod._compile)
    assert str(e.value).startswith("generator/data/limits.yaml" + message), str(e.value)


# --- defect 2: extreme dates ------------------------------------------------------------------------


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01"])
def test_a_seed_dated_outside_the_years_is_refused_on_one_line(date: str) -> None:
    with pytest.raises(FactsheetError) as e:
        article("Some 300 people crossed the Channel.", date)
    assert str(e.value) == f"a.txt:1: the date {date} is outside the years 1900–2100 that factsheet handles"


def test_front_matter_dates_outside_the_years_are_refused_at_their_line() -> None:
    with pytest.raises(FactsheetError) as e:
        ingest.parse_seed(b"---\ntitle: T\ndate: 0001-01-01\n---\nSome 300 people crossed.", "a.md")
    assert str(e.value) == "a.md:3: the date 0001-01-01 is outside the years 1900–2100 that factsheet handles"


@pytest.mark.parametrize("where", ["article", "period_start", "period_end", "event"])
@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31"])
def test_check_refuses_a_hand_edited_date_outside_the_years_at_its_line(where: str, date: str) -> None:
    t = first_record_text()
    doc = yaml.safe_load(t)
    figure = next(f for f in doc["facts"] if f["type"] == "figure")
    if where == "article":
        old, new = f"  date: {doc['article']['date']}", f"  date: {date}"
    elif where == "event":
        old, new = "    evidence:", f"    date: {date}\n    evidence:"
    else:
        p = figure["period"]
        key = where.removeprefix("period_")
        old = f"period: {{start: {p['start']}, end: {p['end']}}}"
        new = old.replace(f"{key}: {p[key]}", f"{key}: {date}")
    assert old in t
    edited = t.replace(old, new, 1)
    errs = errors(edited)
    n = line_of(edited, new.split("\n")[0].strip())
    # (a period can also end before it starts: that is said too)
    assert [e for e in errs if "outside" in e] == [e for e in errs if re.fullmatch(rf"{NAME}:{n}: .*: {date} is outside the years 1900–2100 that factsheet handles", e)]
    assert len([e for e in errs if "outside" in e]) == 1, errs


def test_a_build_with_seeds_dated_0001_and_9999_builds_the_others(project: Path, capsys) -> None:
    seeds = project / "seeds"
    (seeds / "old.txt").write_text(" date 0001-01-01 Some 300 people crossed the Channel on Monday.", encoding="utf-8")
    (seeds / "late.txt").write_text(" date 9999-12-31 Some 400 people crossed the Channel on Monday.", encoding="utf-8")
    assert main(["build", "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert "seeds/old.txt:1: the date 0001-01-01 is outside the years 1900–2100" in err
    assert "seeds/late.txt:1: the date 9999-12-31 is outside the years 1900–2100" in err
    assert "Traceback" not in err
    assert (project / "site" / "index.html").is_file()
    assert len(list((project / "facts").glob("*.yaml"))) == 1
    assert main(["build", "--jobs", "1", "--strict"]) == 1


def test_a_record_dated_outside_the_years_stops_the_build_on_one_line_even_as_an_orphan(project: Path, capsys) -> None:
    assert main(["extract"]) == 0
    path = next((project / "facts").glob("*.yaml"))
    text = path.read_text(encoding="utf-8")
    edited = text.replace("  date: 2025-10-08", "  date: 0001-01-01", 1)
    path.write_text(edited, encoding="utf-8")
    (project / "seeds" / FIRST_SEED.name).unlink()  # the orphan: its seed is gone, the record stays
    capsys.readouterr()
    assert main(["build", "--jobs", "1"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    n = line_of(edited, "  date: 0001-01-01")
    assert err[-1] == f"factsheet: facts/{path.name}:{n}: article.date: 0001-01-01 is outside the years 1900–2100 that factsheet handles"


def test_extraction_writes_no_period_outside_the_years() -> None:
    rec = extract(article("The Home Office expects 300 people to cross the Channel next year.", "2100-12-31"))
    text = records.dump_record(rec)
    assert errors(text) == []
    assert "2101" not in text


# --- defect 3: numbers check accepts but build cannot handle ------------------------------------------


@pytest.mark.parametrize(
    "field, written, shown",
    [
        ("value", "1.0e+308", "1e+308"),
        ("value", "9" * 400, "a number of about 400 digits"),
        ("value", ".nan", ".nan"),
        ("amount", ".inf", ".inf"),
        ("amount", ".nan", ".nan"),
        ("amount", "1000000000000000", "1000000000000000"),
    ],
)
def test_check_refuses_numbers_the_site_cannot_handle_at_their_line(field: str, written: str, shown: str) -> None:
    t = first_record_text()
    m = re.search(rf"^    {field}: (\d+)$", t, re.M)
    assert m
    edited = t[: m.start(1)] + written + t[m.end(1):]
    errs = errors(edited)
    n = edited.count("\n", 0, m.start()) + 1
    assert len(errs) == 1 and re.fullmatch(rf"{NAME}:{n}: fact f-\w+, {field}: must be a finite number below 10\^15, not {re.escape(shown)}", errs[0]), errs


def test_a_build_with_an_infinite_amount_stops_on_one_line(project: Path, capsys) -> None:
    assert main(["extract"]) == 0
    path = next((project / "facts").glob("*.yaml"))
    path.write_text(re.sub(r"^    amount: \d+$", "    amount: .inf", path.read_text(encoding="utf-8"), count=1, flags=re.M), encoding="utf-8")
    capsys.readouterr()
    assert main(["build", "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert "amount: must be a finite number below 10^15, not .inf" in err and "Traceback" not in err


@pytest.mark.parametrize("digits", [309, 400, 5000])
def test_a_seed_with_a_huge_number_is_extracted_without_it(digits: int) -> None:
    rec = extract(article(f"Officials said {'9' * digits} people and then 300 people crossed the Channel on Monday."))
    assert [f.value for f in rec.facts if f.type == "figure"] == [300]
    assert errors(records.dump_record(rec)) == []


def test_a_number_spelled_past_the_limit_is_not_read() -> None:
    assert figures("Officials said one" + " hundred" * 200 + " people crossed the Channel on Monday.") == []


# --- defect 11: wrong numbers published ----------------------------------------------------------------


@pytest.mark.parametrize("minus", ["\u2212", "\ufe63", "\uff0d", "-"])
def test_a_number_after_a_minus_sign_is_no_count_or_amount(minus: str) -> None:
    assert figures(f"The number of people crossing the Channel changed by {minus}5 people on Monday.") == []
    assert amounts(f"The Home Office will cut {minus}£5m from the budget for hotels.") == []
    # a hyphen between figures or words is no minus sign
    assert figures("Between 50-60 migrants crossed the Channel on Monday.") == [50, 60]


@pytest.mark.parametrize("invisible", ["\u200d", "\u200b", "\u200c", "\u2060", "\u00ad", "\u200e", "\u200f"])
def test_an_invisible_character_inside_a_number_does_not_split_it(invisible: str) -> None:
    assert figures(SENTENCE.format(f"8{invisible}2")) == [82]


def test_large_amounts_are_exact_and_those_past_the_limit_are_not_read() -> None:
    assert amounts("The Home Office will spend £999,999,999,999,999 on the scheme.") == [999_999_999_999_999]
    assert amounts("The Home Office will spend £999,999,999,999,999m on the scheme.") == []
    assert amounts("The Home Office will spend £4.1234567m on the scheme.") == [4_123_457]
    assert figures(SENTENCE.format("1" * 40)) == []


def test_totals_are_exact_sums_and_print_every_digit() -> None:
    assert fmt.exact_sum([0.1, 0.2]) == Decimal("0.3")
    assert fmt.exact_sum([10**14, 10**14 + 1, 0.5]) == Decimal("200000000000001.5")
    assert fmt.number(1e30) == "1,000,000,000,000,000,000,000,000,000,000"
    assert fmt.number(fmt.exact_sum([999_999_999_999_999] * 1000)) == "999,999,999,999,999,000"
    assert fmt.number(Decimal("2.345")) == "2.35" and fmt.number(2.5) == "2.5"


def test_the_funding_totals_on_the_site_are_exact(tmp_path: Path) -> None:
    from generator.render import render_site
    from generator.site import meaning
    from generator.site.labels import labels
    from generator.site.model import collect
    from tests.conftest import ROOT

    t = first_record_text()
    rec = records.load_data(_write(tmp_path / "x.yaml", t))
    funding = next(f for f in rec["facts"] if f["type"] == "funding")
    rec["facts"] = [f for f in rec["facts"] if f["type"] != "funding"] + [
        {**funding, "id": f"t-{i}", "amount": amount, "currency": "GBP"}
        for i, amount in enumerate((999_999_999_999_999, 999_999_999_999_999, 0.1))
    ]
    site = collect([records.from_data(rec)], {}, labels())
    totals = meaning.totals(site.facts_of("funding"))
    want = Decimal("1999999999999998.1")  # a float sum gives 1999999999999998.0
    assert [(t.currency, t.amount, len(t.added)) for t in totals] == [("GBP", want, 3)]
    render_site([records.from_data(rec)], {}, ROOT / "templates", tmp_path / "docs")
    page = (tmp_path / "docs" / "funding" / "index.md").read_text(encoding="utf-8")
    assert fmt.money(want, "GBP", labels().currency_symbol) in page


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_fact_values_and_dates_stay_plain_types() -> None:
    rec = extract(article(SENTENCE.format("1,295")))
    f = next(f for f in rec.facts if f.type == "figure")
    assert type(f.value) is int and f.value == 1295
    assert isinstance(f.period.end, dt.date)
