"""Issue 15, defects 6 and 9: a record belongs to the seed with its sha256, not to whatever ``article.seed`` says.

A typo in ``article.seed`` made a build rewrite another article's file; renaming a seed lost the article.
Now both re-link the record to its seed, with a message, and no record is ever overwritten by another
article; and extraction leaves alone any file that `factsheet check` rejects.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from tests.conftest import EVAL_SEEDS, FIRST_SEED, make_project

OTHER = EVAL_SEEDS / "dev_01.txt"
COMMENT = "  # checked against the Home Office table on 12 May"


def run(capsys, *argv: str) -> tuple[int, list[str]]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return status, (out + err).splitlines()


@pytest.fixture
def two(tmp_path: Path, monkeypatch, capsys) -> Path:
    proj = make_project(tmp_path / "proj", [FIRST_SEED, OTHER])
    monkeypatch.chdir(proj)
    assert main(["extract", "--jobs", "1"]) == 0
    capsys.readouterr()
    return proj


def record_of(proj: Path, seed: str) -> Path:
    return next(p for p in (proj / "facts").glob("*.yaml") if yaml.safe_load(p.read_text(encoding="utf-8"))["article"]["seed"] == seed)


def add_hand_fact(path: Path) -> str:
    """Add a fact by hand with a comment above it; return the new text."""
    text = path.read_text(encoding="utf-8").rstrip("\n")
    doc = yaml.safe_load(text)
    evidence = next(f["evidence"] for f in doc["facts"] if f["type"] == "figure")
    text += f"\n{COMMENT}\n  - id: h-mine\n    type: figure\n    metric: other\n    value: 7\n    unit: people\n    qualifier: exact\n" \
            f"    evidence: {yaml.safe_dump(evidence, width=10**6, allow_unicode=True).strip().removesuffix('...').strip()}\n    review: reviewed\n"
    path.write_text(text, encoding="utf-8")
    return text


def test_a_typo_in_article_seed_relinks_the_record_and_overwrites_nothing(two: Path, capsys) -> None:
    mine, theirs = record_of(two, FIRST_SEED.name), record_of(two, OTHER.name)
    text = add_hand_fact(mine)
    typo = text.replace(f"  seed: {FIRST_SEED.name}", f"  seed: {OTHER.name}", 1)
    mine.write_text(typo, encoding="utf-8")
    theirs_before = theirs.read_bytes()
    # check names the conflict without advising to delete either file
    status, out = run(capsys, "check")
    assert status == 1
    (conflict,) = [line for line in out if "is also in" in line]
    assert "delete neither" in conflict and "re-links" in conflict
    status, out = run(capsys, "build", "--jobs", "1")
    assert status == 0, out
    assert f"facts/{mine.name}: article.seed said '{OTHER.name}', but the article is seeds/{FIRST_SEED.name} (the same sha256): re-linked to it" in out
    assert theirs.read_bytes() == theirs_before  # the other article's record is untouched
    after = mine.read_text(encoding="utf-8")
    assert after == text  # back to its own seed, hand fact and comment kept, nothing else changed
    assert COMMENT in after
    assert run(capsys, "check")[0] == 0


def test_a_renamed_seed_keeps_its_record_and_its_text(two: Path, capsys) -> None:
    record = record_of(two, FIRST_SEED.name)
    text = add_hand_fact(record)
    (two / "seeds" / FIRST_SEED.name).rename(two / "seeds" / "renamed.txt")
    status, out = run(capsys, "build", "--jobs", "1", "--strict")
    assert status == 0, out
    assert (f"facts/{record.name}: article.seed said '{FIRST_SEED.name}', but the article is seeds/renamed.txt "
            "(the same sha256): re-linked to it") in out
    assert not any("same text as" in line or "not in seeds" in line for line in out)
    assert record.read_text(encoding="utf-8") == text.replace(f"  seed: {FIRST_SEED.name}", "  seed: renamed.txt", 1)
    assert sorted(p.name for p in (two / "facts").glob("*.yaml")) == sorted([record.name, record_of(two, OTHER.name).name])
    page = (two / "build" / "docs" / "articles" / f"{record.stem}.md").read_text(encoding="utf-8")
    assert "Hillsborough Castle" in page  # the article's text is on its page
    status, out = run(capsys, "extract")
    assert status == 0 and out == ["extracted 0 seed(s), skipped 2 unchanged, 0 problem(s), 0 duplicate(s)"]


def test_a_renamed_and_copied_seed_is_one_record(two: Path, capsys) -> None:
    record = record_of(two, FIRST_SEED.name)
    shutil.copy(two / "seeds" / FIRST_SEED.name, two / "seeds" / "a-copy.txt")
    (two / "seeds" / FIRST_SEED.name).rename(two / "seeds" / "b-renamed.txt")
    status, out = run(capsys, "extract")
    assert status == 0
    assert "seeds/b-renamed.txt: same text as a-copy.txt; no record of its own" in out
    assert yaml.safe_load(record.read_text(encoding="utf-8"))["article"]["seed"] == "a-copy.txt"
    assert len(list((two / "facts").glob("*.yaml"))) == 2


def test_a_new_seed_never_takes_the_file_of_an_orphaned_record(two: Path, capsys) -> None:
    record = record_of(two, FIRST_SEED.name)
    before = record.read_bytes()
    (two / "seeds" / FIRST_SEED.name).unlink()
    # a different article with the same date and title, so the same id
    raw = FIRST_SEED.read_text(encoding="utf-8")
    (two / "seeds" / "new.txt").write_text(raw.replace("Western Balkans", "Eastern Balkans"), encoding="utf-8")
    status, out = run(capsys, "extract")
    assert status == 0
    assert record.read_bytes() == before
    assert any(line.startswith(f"facts/{record.name}: its seed {FIRST_SEED.name} is not in seeds/") for line in out)
    new = record_of(two, "new.txt")
    assert new != record and new.name.startswith(record.stem + "-")


@pytest.mark.parametrize("edit, message", [
    (("    review: auto", "    review: yes"), r"review: True is not one of: auto, reviewed, rejected"),
    (("schema: 1", "schema: 2"), r"schema: must be 1, not 2"),
])
def test_extract_never_rewrites_a_file_that_check_rejects(two: Path, capsys, edit, message) -> None:
    record = record_of(two, FIRST_SEED.name)
    record.write_text(record.read_text(encoding="utf-8").replace(*edit, 1), encoding="utf-8")
    before = {p.name: p.read_bytes() for p in (two / "facts").glob("*.yaml")}
    status, out = run(capsys, "extract", "--force")
    assert status == 1
    assert re.fullmatch(rf"facts/{re.escape(record.name)}:\d+: (?:fact [^,]+, )?{message}; the file was left unchanged", out[0]), out
    assert {p.name: p.read_bytes() for p in (two / "facts").glob("*.yaml")} == before


@pytest.mark.parametrize("cache", [False, True])
def test_a_record_under_many_lines_of_comments_is_still_its_seeds(tmp_path: Path, cache: bool) -> None:
    """The header was read from the first 4 KiB: a file opening with more comments was extracted again on every run."""
    from generator.pipeline import extract_all, read_stamp

    seeds, facts = tmp_path / "seeds", tmp_path / "facts"
    seeds.mkdir()
    shutil.copy(FIRST_SEED, seeds)
    cache_dir = tmp_path / "cache" if cache else None
    assert len(extract_all(seeds, facts, jobs=1, cache_dir=cache_dir).written) == 1
    [path] = facts.glob("*.yaml")
    path.write_text("# reviewer's note: checked against the Home Office table\n" * 100 + path.read_text(encoding="utf-8"),
                    encoding="utf-8")
    before = path.read_bytes()
    for _ in range(2):
        report = extract_all(seeds, facts, jobs=1, cache_dir=cache_dir)
        assert (report.written, report.skipped) == ([], 1)
    assert path.read_bytes() == before
    assert read_stamp(path, before[:100] + b"\xff" + before[100:]) is False  # not UTF-8: no record header to trust


@pytest.mark.parametrize("cache", [True, False], ids=["with the cache", "cache deleted"])
def test_a_renamed_record_a_person_broke_stops_extraction_and_no_second_record_is_made(two: Path, capsys, cache: bool) -> None:
    path = record_of(two, FIRST_SEED.name)
    broken = path.with_name("renamed-by-hand.yaml")
    path.rename(broken)
    broken.write_text(broken.read_text(encoding="utf-8") + "facts:\n  - [broken\n", encoding="utf-8")
    if not cache:
        shutil.rmtree(two / ".factsheet")
    before = sorted(p.name for p in (two / "facts").iterdir())
    status, lines = run(capsys, "extract", "--force", "--jobs", "1")
    assert status == 1
    assert any(re.match(r"facts/renamed-by-hand\.yaml:\d+: not valid YAML", line) for line in lines), lines
    assert sorted(p.name for p in (two / "facts").iterdir()) == before
