"""Duplicate seeds: one record for the same article, near-duplicates linked by article.duplicate_of."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
import yaml

from generator import dedupe, ingest
from generator.errors import DataFileError
from generator.pipeline import extract_all
from tests.conftest import EVAL_SEEDS

WIRE = EVAL_SEEDS / "dev_01.txt"


def body_of(seed: Path) -> list[str]:
    """The kept paragraphs of a seed (lead furniture removed)."""
    return [p.text for p in ingest.read_seed(seed).paragraphs]


def txt(date: str, paragraphs: list[str]) -> bytes:
    return (f" date {date} " + "\n\n".join(paragraphs) + "\n").encode()


def records(facts: Path) -> dict[str, dict]:
    """Seed name -> the article mapping of its record."""
    out = {}
    for p in sorted(facts.glob("*.yaml")):
        art = yaml.safe_load(p.read_text(encoding="utf-8"))["article"]
        out[art["seed"]] = art
    return out


@pytest.fixture
def seeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    return tmp_path / "seeds"


def extract(jobs: int = 1):
    return extract_all(Path("seeds"), Path("facts"), jobs=jobs)


def test_byte_identical_seeds_give_one_record(seeds: Path) -> None:
    shutil.copy(WIRE, seeds / "a.txt")
    shutil.copy(WIRE, seeds / "b.txt")
    report = extract()
    assert list(records(Path("facts"))) == ["a.txt"]
    assert [str(d) for d in report.duplicates] == ["seeds/b.txt: same text as a.txt; no record of its own"]
    assert report.problems == []


def test_same_article_as_txt_and_md_gives_one_record(seeds: Path) -> None:
    paras = body_of(WIRE)
    (seeds / "story.txt").write_bytes(txt("2022-08-23", paras))
    md = "---\ntitle: Record Channel crossings\ndate: 2022-08-23\npublisher: PA Media\n---\n\n" + "\n\n".join(paras)
    (seeds / "story.md").write_text(md, encoding="utf-8")
    report = extract()
    assert list(records(Path("facts"))) == ["story.md"]
    assert [str(d) for d in report.duplicates] == ["seeds/story.txt: same text as story.md; no record of its own"]


def test_same_text_ignores_case_spacing_punctuation_and_quote_style(seeds: Path) -> None:
    paras = body_of(WIRE)
    (seeds / "a.txt").write_bytes(txt("2022-08-23", paras))
    changed = [p.replace("'", "’").replace('"', "“").replace(", ", " ,  ").upper() for p in paras]
    (seeds / "b.txt").write_bytes(txt("2022-08-23", changed).replace(b"\n\n", b"\r\n\r\n"))
    report = extract()
    assert list(records(Path("facts"))) == ["a.txt"]
    assert [str(d) for d in report.duplicates] == ["seeds/b.txt: same text as a.txt; no record of its own"]


def test_an_existing_record_keeps_its_seed_when_a_copy_arrives(seeds: Path) -> None:
    paras = body_of(WIRE)
    (seeds / "b.txt").write_bytes(txt("2022-08-23", paras))
    extract()
    (seeds / "a.md").write_text("---\ndate: 2022-08-23\n---\n" + "\n\n".join(paras), encoding="utf-8")
    report = extract()
    assert list(records(Path("facts"))) == ["b.txt"]
    assert [str(d) for d in report.duplicates] == ["seeds/a.md: same text as b.txt; no record of its own"]


def wire_versions() -> tuple[bytes, bytes]:
    """One wire story as two outlets ran it: another lead, one paragraph cut, a line added, words changed."""
    paras = body_of(WIRE)
    first = txt("2022-08-23", paras)
    second = paras[:3] + paras[4:]
    second[0] = second[0].replace("More people", "MORE migrants")
    second.append("This story was updated at 6pm with the latest figures from the Ministry of Defence.")
    later = txt("2022-08-24", ["Sign up to our newsletter Read more", *second])
    return first, later


def test_near_duplicate_is_linked_to_the_earlier_article(seeds: Path) -> None:
    first, later = wire_versions()
    # The later article sorts first by name: dates decide which is the original.
    (seeds / "a-standard.txt").write_bytes(later)
    (seeds / "z-independent.txt").write_bytes(first)
    shutil.copy(EVAL_SEEDS / "dev_02.txt", seeds / "m-other.txt")
    report = extract()
    recs = records(Path("facts"))
    assert set(recs) == {"a-standard.txt", "z-independent.txt", "m-other.txt"}
    assert recs["a-standard.txt"]["duplicate_of"] == recs["z-independent.txt"]["id"]
    assert "duplicate_of" not in recs["z-independent.txt"]
    assert "duplicate_of" not in recs["m-other.txt"]
    [line] = [str(d) for d in report.duplicates]
    assert line.startswith("seeds/a-standard.txt: nearly the same text as z-independent.txt (similarity 0.")
    assert line.endswith(f"linked as its duplicate (duplicate_of: {recs['z-independent.txt']['id']}), its figures are left out of totals")


def test_a_cut_of_a_story_is_linked_by_containment() -> None:
    paras = body_of(WIRE)
    full = ingest.parse_seed(txt("2022-08-23", paras), "full.txt")
    cut = ingest.parse_seed(txt("2022-08-23", paras[:4]), "cut.txt")
    found = dedupe.find_duplicates([full, cut])
    assert found.same_text == []
    assert [(d.seed, d.original) for d in found.near] == [("cut.txt", "full.txt")]
    assert found.near[0].similarity < dedupe.settings().min_jaccard  # Jaccard alone would miss it


def test_three_outlets_all_point_at_the_first() -> None:
    paras = body_of(WIRE)
    a = ingest.parse_seed(txt("2022-08-23", paras), "a.txt")
    b = ingest.parse_seed(txt("2022-08-24", paras[1:]), "b.txt")
    c = ingest.parse_seed(txt("2022-08-25", paras[2:] + ["An added closing line from the third outlet."]), "c.txt")
    found = dedupe.find_duplicates([c, b, a])
    assert {d.seed: d.original for d in found.near} == {"b.txt": "a.txt", "c.txt": "a.txt"}


def test_different_articles_on_the_same_topic_are_not_linked() -> None:
    articles = [ingest.read_seed(p) for p in sorted(EVAL_SEEDS.glob("*.txt"))]
    found = dedupe.find_duplicates(articles)
    assert found.same_text == [] and found.near == []


def test_short_articles_are_too_short_to_compare() -> None:
    a = ingest.parse_seed(txt("2022-08-23", ["Ms Cooper pledged £4 million for Kosovo on Monday."]), "a.txt")
    b = ingest.parse_seed(txt("2022-08-24", ["Ms Cooper pledged £4 million for Kosovo on Tuesday."]), "b.txt")
    assert dedupe.find_duplicates([a, b]).near == []


def test_link_follows_the_project_on_later_runs(seeds: Path) -> None:
    first, later = wire_versions()
    (seeds / "later.txt").write_bytes(later)
    extract()
    assert "duplicate_of" not in records(Path("facts"))["later.txt"]
    # The original arrives afterwards: the unchanged seed's record gains the link...
    (seeds / "first.txt").write_bytes(first)
    report = extract()
    recs = records(Path("facts"))
    assert recs["later.txt"]["duplicate_of"] == recs["first.txt"]["id"]
    assert report.skipped == 0
    # ...a run with nothing new rewrites nothing...
    report = extract()
    assert (report.written, report.skipped) == ([], 2)
    # ...and loses it again when the original goes.
    (seeds / "first.txt").unlink()
    extract()
    assert "duplicate_of" not in records(Path("facts"))["later.txt"]


def test_duplicates_are_found_the_same_with_a_process_pool(seeds: Path) -> None:
    first, later = wire_versions()
    for i in range(30):  # enough seeds for the pool to start; dev_01 is the wire story itself
        shutil.copy(EVAL_SEEDS / f"dev_0{i % 8 + 2}.txt", seeds / f"copy{i:02}.txt")
    (seeds / "first.txt").write_bytes(first)
    (seeds / "later.txt").write_bytes(later)
    report = extract(jobs=2)
    recs = records(Path("facts"))
    assert set(recs) == {"first.txt", "later.txt"} | {f"copy{i:02}.txt" for i in range(8)}
    assert recs["later.txt"]["duplicate_of"] == recs["first.txt"]["id"]
    assert sorted(str(d) for d in report.duplicates)[:2] == [
        "seeds/copy08.txt: same text as copy00.txt; no record of its own",
        "seeds/copy09.txt: same text as copy01.txt; no record of its own",
    ]
    assert len(report.duplicates) == 22 + 1


@pytest.mark.parametrize(
    "text,message",
    [
        ("shingle_words: 0\nmin_jaccard: 0.5\nmin_containment: 0.8\nmin_shingles: 25\n", ":1: shingle_words: must be at least 1, not 0"),
        ("shingle_words: 5\nmin_jaccard: 1.5\nmin_containment: 0.8\nmin_shingles: 25\n", ":2: min_jaccard: must be at most 1, not 1.5"),
        ("shingle_words: 5\nmin_jaccard: 0.5\nmin_containment: high\nmin_shingles: 25\n",
         ":3: min_containment: must be a number, not 'high'"),
        ("shingle_words: 5\nmin_jaccard: 0.5\nmin_containment: 0.8\n", ": missing 'min_shingles'"),
        ("[]\n", ": must be a mapping (key: value lines), not []"),
    ],
)
def test_thresholds_file_is_checked_on_load(text: str, message: str) -> None:
    from generator import datafiles

    with pytest.raises(DataFileError) as info:
        datafiles.load_text("duplicates.yaml", text, dedupe._compile)
    assert str(info.value) == f"generator/data/duplicates.yaml{message}"


def test_shipped_thresholds_load() -> None:
    s = dedupe.settings()
    assert s.shingle_words >= 3 and 0 < s.min_jaccard <= s.min_containment <= 1


# -- totals on the site ---------------------------------------------------------------


def test_near_duplicate_funding_is_not_counted_twice_in_totals(seeds: Path, tmp_path: Path) -> None:
    from generator import records as records_mod
    from generator.render import render_site
    from tests.conftest import ROOT

    paras = ["The Home Office will provide £4 million in funding for border security in Kosovo, the Foreign Office said on Monday."]
    paras += body_of(WIRE)
    (seeds / "a.txt").write_bytes(txt("2022-08-23", paras))
    (seeds / "b.txt").write_bytes(txt("2022-08-24", paras[:-1] + ["An extra closing line from the second outlet about the story."]))
    (seeds / "c.txt").write_bytes(
        txt("2022-08-25", ["The Government will give £1 million to Albania to fight smuggling gangs, ministers announced on Tuesday."])
    )
    extract()
    recs = [records_mod.load_data(p) for p in records_mod.facts_files(Path("facts"))]
    by_seed = {r["article"]["seed"]: r for r in recs}
    assert by_seed["b.txt"]["article"]["duplicate_of"] == by_seed["a.txt"]["article"]["id"]
    funding = {s: [f["amount"] for f in r["facts"] if f["type"] == "funding"] for s, r in by_seed.items()}
    assert funding == {"a.txt": [4_000_000], "b.txt": [4_000_000], "c.txt": [1_000_000]}

    for r in recs:  # a person (or an extractor that fills kind) says what the money is: only commitments are added
        for f in r["facts"]:
            if f["type"] == "funding":
                f["kind"] = "commitment"
    docs = tmp_path / "docs"
    result = render_site([records_mod.from_data(r) for r in recs], {}, ROOT / "templates", docs)
    page = (docs / "funding" / "index.md").read_text(encoding="utf-8")
    # £4m + £1m from two facts, not £9m from three: the duplicate's £4m is listed but not summed.
    assert '<div class="fs-total" data-currency="GBP" data-year="2022" data-total="5000000">' in page
    assert "£9,000,000" not in page and "£5,000,000" in page
    assert "1 repeat report of a pledge counted once" in page
    home = (docs / "index.md").read_text(encoding="utf-8")
    assert "£9,000,000" not in home and "£5,000,000" in home
    assert len(result.site.facts_of("funding")) == 3


def test_near_duplicate_figures_are_not_plotted_twice(seeds: Path, tmp_path: Path) -> None:
    import re

    from generator import records as records_mod
    from generator.render import render_site
    from tests.conftest import ROOT

    paras = body_of(WIRE)
    (seeds / "a.txt").write_bytes(txt("2022-08-23", paras))
    (seeds / "b.txt").write_bytes(txt("2022-08-24", paras[:-1] + ["An extra closing line from the second outlet about the story."]))
    extract()
    recs = [records_mod.load_data(p) for p in records_mod.facts_files(Path("facts"))]
    by_seed = {r["article"]["seed"]: r for r in recs}
    assert by_seed["b.txt"]["article"]["duplicate_of"] == by_seed["a.txt"]["article"]["id"]
    figures_a = [f for f in by_seed["a.txt"]["facts"] if f["type"] == "figure" and f["metric"] == "small_boat_arrivals"]
    assert figures_a

    docs = tmp_path / "docs"
    render_site([records_mod.from_data(r) for r in recs], {}, ROOT / "templates", docs)
    page = (docs / "figures" / "small_boat_arrivals.md").read_text(encoding="utf-8")
    from generator.site.meaning import CHARTED, span_of

    def day(v):
        return dt.date.fromisoformat(str(v)) if v else None

    charted = [f for f in figures_a if not f.get("subset")
               and span_of(day(f["period"].get("start")), day(f["period"].get("end"))) in CHARTED]
    dots = re.findall(r"<circle class=\"fs-chart__dot", page)
    assert charted and len(dots) == len(charted)  # the original's points once; both articles are still listed in the table
    assert page.count(by_seed["b.txt"]["article"]["id"]) > 0
    assert "⚠ disputed" not in page
