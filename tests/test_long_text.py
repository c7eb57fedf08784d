"""Issue 15, defect 1: one long sentence hung extraction (time grew far faster than the length).

Extraction reads sentences of bounded length (data/limits.yaml sentence_chars), the costly per-count steps of
the figure finder no longer rescan the sentence for every pair of count and time phrase (their shortcuts are
tested here against the plain computation), and an article that still takes too long is reported, naming its
seed, and skipped. The times themselves are printed by `factsheet bench --long-text`, not asserted.
"""

from __future__ import annotations

import dataclasses
import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import check, evidence, ingest, pipeline, records, text
from generator.devtools import bench
from generator.cli import main
from generator.extract import extract, figures, periods
from generator.limits import limits
from tests.conftest import FIRST_SEED

REPEATED = "The Home Office said 300 people crossed the Channel on Monday, "


def test_no_sentence_is_longer_than_the_limit_and_the_pieces_cover_the_text() -> None:
    for kind in bench.LONG_KINDS:
        a = ingest.parse_seed(bench.long_seed(kind, 20_000), "long.txt")
        sents = text.sentences(a)
        assert len(sents) > 20
        assert all(len(s.text) <= limits().sentence_chars for s in sents)
        assert all(a.text[s.start:s.end] == s.text for s in sents)
        # nothing left out but the spaces between pieces
        rebuilt = "".join(s.text for s in sents)
        assert re.sub(r"\s", "", rebuilt) == re.sub(r"\s", "", a.text)
        # cut after a semicolon or a comma, not inside a clause
        assert all(s.text.endswith((";", ",", ".")) for s in sents[:-1])


def test_real_sentences_are_not_cut() -> None:
    a = ingest.read_seed(FIRST_SEED)
    assert [s.text for s in text.sentences(a)] == [p.text[s:e] for p in a.paragraphs for s, e in text.split_sentences(p.text)]


@pytest.mark.parametrize("kind", ["one sentence, 400 times (26 KB; it took 112 s)", "300 daily figures joined by ';' (17.6 KB; 52 s)"])
def test_the_reproduction_extracts_within_the_budget(project: Path, capsys, kind: str) -> None:
    text = " date 2024-03-16 " + REPEATED * 400 if kind.startswith("one") else bench.long_seed("list", 17_600).decode()
    (project / "seeds" / "a.txt").write_text(text, encoding="utf-8")
    start = time.monotonic()
    assert main(["extract", "--jobs", "1", "--strict"]) == 0
    out = capsys.readouterr()
    assert "extracted 2 seed(s)" in out.out and "0 problem(s)" in out.out, out
    assert time.monotonic() - start < limits().article_seconds + 5  # it was 112 s; the budget alone would stop it at 8
    for path in (project / "facts").glob("*.yaml"):
        assert [p for p in check.check_file(path, project / "seeds") if p.is_error] == []


def test_every_fact_of_a_long_list_has_evidence_from_the_text() -> None:
    a = ingest.parse_seed(bench.long_seed("list", 20_000), "long.txt")
    rec = extract(a)
    assert len(rec.facts) > 100
    assert all(evidence.locate([p.text for p in a.paragraphs], f.evidence) for f in rec.facts)
    assert [p for p in check.check_text(records.dump_record(rec), "facts/x.yaml") if p.is_error] == []


def test_an_article_over_the_time_budget_is_named_and_skipped(tmp_path: Path, monkeypatch) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / FIRST_SEED.name).write_bytes(FIRST_SEED.read_bytes())
    (seeds / "slow.txt").write_text(" date 2024-03-16 Some 300 people crossed the Channel on Monday.", encoding="utf-8")
    real = pipeline.extract

    def extract_slowly(article):
        if article.seed == "slow.txt":
            time.sleep(60)  # stands in for an input that makes extraction slow
        return real(article)

    monkeypatch.setattr(pipeline, "extract", extract_slowly)
    monkeypatch.setattr(pipeline, "limits", lambda: dataclasses.replace(limits(), article_seconds=1.0))
    start = time.monotonic()
    report = pipeline.extract_all(seeds, tmp_path / "facts", jobs=1)
    assert time.monotonic() - start < 30
    assert [str(p) for p in report.problems] == [
        f"{seeds / 'slow.txt'}: extraction took more than 1 s, the time allowed for one article (article_seconds in "
        "generator/data/limits.yaml); skipped, its facts file is left as it was"
    ]
    assert len(report.written) == 1  # the other article goes on


def test_the_time_budget_leaves_no_timer_behind() -> None:
    import signal

    with pipeline._time_budget(5):
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.default_int_handler, None)


# --- the shortcuts give what the plain computation gives ---------------------------------------------

WORDS = ["will", "would", "plans to", "is to", "'ll", "they", "willow", "won't", "said", "300", "2027", ",", ";", "and",
         "grow to", "by", "Will", "is", "to", "  "]
sentence = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(sentence, st.data())
def test_future_between_is_the_plain_search(text_: str, data) -> None:
    a = data.draw(st.integers(0, len(text_)))
    b = data.draw(st.integers(a, len(text_)))
    plain = periods.vocabulary().future_re.search(text_, a, b) is not None
    assert figures._future_between(text_, a, b) == plain


def _clause_span_plain(text_: str, pos: int) -> tuple[int, int]:
    start, end = 0, len(text_)
    for b_start, b_end in figures._clause_breaks(text_):
        if b_end <= pos:
            start = b_end
        elif b_start >= pos:
            end = b_start
            break
    return start, end


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS + ["(", ")", "as", "after the", " – ", "in which"]), max_size=40).map(" ".join), st.data())
def test_clause_span_is_the_plain_scan(text_: str, data) -> None:
    pos = data.draw(st.integers(0, len(text_)))
    assert figures.clause_span(text_, pos) == _clause_span_plain(text_, pos)


def test_the_bench_prints_the_long_article_rows() -> None:
    for kind in bench.LONG_KINDS:
        for size in bench.LONG_SIZES:
            raw = bench.long_seed(kind, size)
            assert size * 0.95 < len(raw) <= size
            ingest.parse_seed(raw, "long.txt")  # within the article size limit
    row = bench.time_long_text("list", 10_000)
    assert row.facts > 50 and row.seconds > 0
    table = bench.format_long_texts([row])
    assert "| list | 10 KB |" in table and "ms per KB" in table
