"""Bad input a user would try by hand: each gets one clear line naming the file (and line), and nothing written is lost.

Every case runs the command line in-process on a project whose records were
already extracted, damages one facts file or seed, and checks the exact line
printed, that there is no traceback, and that no facts file changed unless
the case says so.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from tests.conftest import EVAL_SEEDS, FIRST_SEED, make_project

OTHER_SEED = EVAL_SEEDS / "dev_01.txt"


def snapshot(facts: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(facts.iterdir())}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], list[str]]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return status, out.splitlines(), err.splitlines()


@pytest.fixture
def proj(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    """A project with two seeds, extracted, as the current directory."""
    p = make_project(tmp_path / "proj", [FIRST_SEED, OTHER_SEED])
    monkeypatch.chdir(p)
    assert main(["extract", "--jobs", "1"]) == 0
    capsys.readouterr()
    return p


def record_of(proj: Path, seed: str) -> Path:
    return next(p for p in (proj / "facts").glob("*.yaml") if yaml.safe_load(p.read_text(encoding="utf-8"))["article"]["seed"] == seed)


def edit_lines(path: Path, fn) -> int:
    """Apply ``fn(lines) -> index`` to the file's lines; return the 1-based line it names."""
    lines = path.read_text(encoding="utf-8").split("\n")
    i = fn(lines)
    path.write_text("\n".join(lines), encoding="utf-8")
    return i + 1


def first_fact(lines: list[str], key: str) -> int:
    """Return the index of the first ``key:`` line inside the first fact of that key."""
    start = lines.index("facts:")
    return next(i for i in range(start, len(lines)) if lines[i].startswith(f"    {key}:"))


def fact_id_at(lines: list[str], i: int) -> str:
    return next(re.match(r"  - id: (\S+)", lines[j]).group(1) for j in range(i, 0, -1) if lines[j].startswith("  - id: "))


# --- facts files ---------------------------------------------------------------------------------


def test_a_tab_indented_line(proj: Path, capsys) -> None:
    path = record_of(proj, FIRST_SEED.name)

    def tab(lines: list[str]) -> int:
        i = next(i for i, ln in enumerate(lines) if ln.startswith("  title:"))
        lines[i] = "\t" + lines[i].lstrip()
        return i

    n = edit_lines(path, tab)
    before = snapshot(proj / "facts")
    message = f"facts/{path.name}:{n}: not valid YAML: found a tab character that violates indentation (while scanning a plain scalar, which started on line {n - 1})"
    assert run(capsys, "check") == (1, [message, "1 error(s), 0 warning(s)"], [])
    status, out, err = run(capsys, "extract", "--force")
    assert (status, err[0]) == (1, message + "; the file was left unchanged")
    assert snapshot(proj / "facts") == before


def test_a_list_instead_of_a_mapping(proj: Path, capsys) -> None:
    path = record_of(proj, FIRST_SEED.name)
    path.write_text("- schema: 1\n- article: {}\n", encoding="utf-8")
    before = snapshot(proj / "facts")
    message = f"facts/{path.name}:1: not a fact record: the file must be a mapping with schema, article, entities and facts"
    assert run(capsys, "check") == (1, [message, "1 error(s), 0 warning(s)"], [])
    status, out, err = run(capsys, "extract", "--force")
    assert (status, err[0]) == (1, message + "; the file was left unchanged")
    assert snapshot(proj / "facts") == before
    # The file names no seed any more, so its seed looks new: every extract, and so the build, stops at it.
    status, out, err = run(capsys, "build")
    assert (status, err[0]) == (1, message + "; the file was left unchanged")
    assert not (proj / "site").exists()
    assert snapshot(proj / "facts") == before


def test_an_unknown_field_is_a_warning_and_is_kept(proj: Path, capsys) -> None:
    path = record_of(proj, FIRST_SEED.name)

    def colour(lines: list[str]) -> int:
        i = first_fact(lines, "review")
        lines.insert(i, "    colour: red")
        return i

    n = edit_lines(path, colour)
    fid = fact_id_at(path.read_text(encoding="utf-8").split("\n"), n - 1)
    before = snapshot(proj / "facts")
    warning = f"facts/{path.name}:{n}: warning: fact {fid}, colour: unknown field (factsheet does not use it; it is kept as written)"
    assert run(capsys, "check") == (0, [warning, "0 error(s), 1 warning(s)"], [])
    assert run(capsys, "check", "--strict")[0] == 1
    status, out, err = run(capsys, "extract", "--force")
    assert (status, err) == (0, [])
    assert snapshot(proj / "facts") == before  # the fact is the person's now: kept as it stands
    status, out, err = run(capsys, "build")
    assert (status, err) == (0, [])
    assert (proj / "site" / "index.html").is_file()


def test_an_amount_that_is_not_a_number(proj: Path, capsys) -> None:
    path = record_of(proj, FIRST_SEED.name)

    def lots(lines: list[str]) -> int:
        i = first_fact(lines, "amount")
        lines[i] = '    amount: "lots"'
        return i

    n = edit_lines(path, lots)
    fid = fact_id_at(path.read_text(encoding="utf-8").split("\n"), n - 1)
    before = snapshot(proj / "facts")
    message = f"facts/{path.name}:{n}: fact {fid}, amount: must be a number, not 'lots'"
    assert run(capsys, "check") == (1, [message, "1 error(s), 0 warning(s)"], [])
    # Valid YAML, but check refuses it: re-extraction leaves the file as it stands and says why (issue 15) ...
    status, out, err = run(capsys, "extract", "--force")
    assert (status, err[0]) == (1, message + "; the file was left unchanged")
    assert snapshot(proj / "facts") == before
    # ... and the build will not publish it.
    status, out, err = run(capsys, "build")
    assert (status, err) == (1, [f"factsheet: {message}"])
    assert not (proj / "site").exists()
    assert snapshot(proj / "facts") == before


def test_a_timestamp_tag_on_text(proj: Path, capsys) -> None:
    path = record_of(proj, FIRST_SEED.name)

    def tagged(lines: list[str]) -> int:
        i = next(i for i, line in enumerate(lines) if line.startswith("  title:"))
        lines[i] = '  title: !!timestamp "soon"'
        return i

    n = edit_lines(path, tagged)
    before = snapshot(proj / "facts")
    message = f"facts/{path.name}:{n}: cannot read the value 'soon': it is tagged !!timestamp but is not a date"
    assert run(capsys, "check") == (1, [message, "1 error(s), 0 warning(s)"], [])
    status, out, err = run(capsys, "build")
    assert (status, err) == (1, [f"factsheet: {message}"])
    assert snapshot(proj / "facts") == before


# --- seeds ---------------------------------------------------------------------------------------------


def assert_one_seed_line(proj: Path, capsys, line: str, before: dict[str, bytes]) -> None:
    status, out, err = run(capsys, "extract")
    assert (status, err) == (0, [line])
    assert out == ["extracted 0 seed(s), skipped 2 unchanged, 1 problem(s), 0 duplicate(s)"]
    assert run(capsys, "extract", "--strict")[:2] == (1, out)
    assert snapshot(proj / "facts") == before


def test_a_seed_that_is_a_folder(proj: Path, capsys) -> None:
    before = snapshot(proj / "facts")
    (proj / "seeds" / "folder.txt").mkdir()
    (proj / "seeds" / "folder.txt" / "inside.txt").write_text(" date 2025-10-08 Text.", encoding="utf-8")
    assert_one_seed_line(proj, capsys, "seeds/folder.txt: a folder, not a seed file; skipped", before)


def test_a_seed_that_is_a_pipe_is_not_opened(proj: Path, capsys) -> None:
    before = snapshot(proj / "facts")
    os.mkfifo(proj / "seeds" / "pipe.md")  # opening it to read would block for ever
    assert_one_seed_line(proj, capsys, "seeds/pipe.md: not a regular file (a pipe or device); skipped", before)


def test_an_unreadable_seed(proj: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(proj / "facts")
    locked = proj / "seeds" / "locked.txt"
    locked.write_text(" date 2025-10-08 Some 40 people were arrested in Calais on Friday.", encoding="utf-8")
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads a chmod 000 file anyway: refuse it the way the kernel would
        real_open = os.open

        def denied(path, *a, **kw):
            if Path(path).name == "locked.txt":
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, *a, **kw)

        monkeypatch.setattr(os, "open", denied)
    try:
        assert_one_seed_line(proj, capsys, "seeds/locked.txt: cannot read: Permission denied", before)
    finally:
        locked.chmod(0o644)


def test_a_seed_with_a_nul_byte(proj: Path, capsys) -> None:
    before = snapshot(proj / "facts")
    (proj / "seeds" / "nul.txt").write_bytes(b" date 2025-10-08 Some 40 people\x00 were arrested in Calais on Friday, police said.\n")
    assert_one_seed_line(proj, capsys, "seeds/nul.txt: binary file, not text (it contains NUL bytes)", before)


def test_a_facts_file_whose_seed_was_deleted(proj: Path, capsys) -> None:
    path = record_of(proj, OTHER_SEED.name)
    (proj / "seeds" / OTHER_SEED.name).unlink()
    before = snapshot(proj / "facts")
    note = f"facts/{path.name}: its seed {OTHER_SEED.name} is not in seeds/; the record is kept (delete the file if the article should go)"
    for argv in (["extract"], ["extract", "--force"], ["extract", "--strict"]):
        status, out, err = run(capsys, *argv)
        assert (status, err) == (0, [note]), argv
    assert snapshot(proj / "facts") == before
    seed_line = next(i for i, ln in enumerate(path.read_text(encoding="utf-8").split("\n")) if ln.startswith("  seed:")) + 1
    warning = f"facts/{path.name}:{seed_line}: warning: seed file not found: seeds/{OTHER_SEED.name}; evidence not checked"
    assert run(capsys, "check") == (0, [warning, "0 error(s), 1 warning(s)"], [])
    # The article stays on the site.
    status, out, err = run(capsys, "build")
    assert (status, err) == (0, [note])
    title = yaml.safe_load(path.read_text(encoding="utf-8"))["article"]["title"]
    assert any(title[:40] in p.read_text(encoding="utf-8") for p in (proj / "site" / "articles").glob("*.html"))
    assert snapshot(proj / "facts") == before


# --- factsheet's own data ---------------------------------------------------------------------------


@pytest.mark.parametrize("stage", ["generator.pipeline.extract", "generator.ingest.boilerplate"])
def test_a_broken_data_file_stops_the_run_naming_it_not_the_seeds(proj: Path, capsys, monkeypatch: pytest.MonkeyPatch, stage: str) -> None:
    from generator.errors import DataFileError

    def broken(*a, **kw):
        raise DataFileError("'object_prepositions' must be a list", "generator/data/money.yaml")

    before = snapshot(proj / "facts")
    monkeypatch.setattr(stage, broken)
    status, out, err = run(capsys, "extract", "--force", "--jobs", "1")
    assert (status, out, err) == (1, [], ["factsheet: generator/data/money.yaml: 'object_prepositions' must be a list"])
    assert snapshot(proj / "facts") == before


def test_a_copied_facts_file_is_an_error_not_facts_counted_twice(proj: Path, capsys) -> None:
    path = record_of(proj, FIRST_SEED.name)
    copy = proj / "facts" / "copy.yaml"
    shutil.copy(path, copy)
    before = snapshot(proj / "facts")
    line = next(i for i, ln in enumerate(copy.read_text(encoding="utf-8").split("\n")) if ln.startswith("  id:")) + 1
    article_id = path.stem
    error = f"facts/copy.yaml:{line}: article.id '{article_id}' is also in facts/{path.name}: two records of one article; delete one of the files"
    status, out, err = run(capsys, "check")
    assert status == 1 and error in out and out[-1] == "1 error(s), 1 warning(s)"  # the warning: the name does not match
    status, out, err = run(capsys, "build")
    assert (status, err) == (1, [f"factsheet: {error}"])
    assert snapshot(proj / "facts") == before


def test_seed_names_with_quotes_or_a_newline_are_skipped_when_unchanged_and_reported_on_one_line(tmp_path: Path, monkeypatch, capsys) -> None:
    names = ["Cooper's plan.txt", 'say "hi".md', "evil\nname.txt"]
    proj = make_project(tmp_path / "proj", [])
    for name, seed in zip(names, [FIRST_SEED, OTHER_SEED, EVAL_SEEDS / "dev_02.txt"]):
        raw = seed.read_bytes()
        (proj / "seeds" / name).write_bytes(raw if name.endswith(".txt") else b"---\ndate: 2022-08-23\n---\n" + raw.split(b" ", 3)[3])
    (proj / "seeds" / "empty\n\x1b[31mred.txt").write_bytes(b"")
    monkeypatch.chdir(proj)
    status, out, err = run(capsys, "extract")
    assert (status, err) == (0, ["seeds/empty\\n\\x1b[31mred.txt: empty file"])
    assert out == ["extracted 3 seed(s), skipped 0 unchanged, 1 problem(s), 0 duplicate(s)"]
    seeds = sorted(yaml.safe_load(p.read_text(encoding="utf-8"))["article"]["seed"] for p in (proj / "facts").glob("*.yaml"))
    assert seeds == sorted(names)
    before = snapshot(proj / "facts")
    status, out, err = run(capsys, "extract")
    assert out == ["extracted 0 seed(s), skipped 3 unchanged, 1 problem(s), 0 duplicate(s)"]
    assert snapshot(proj / "facts") == before


def test_a_file_where_the_facts_folder_should_be(tmp_path: Path, monkeypatch, capsys) -> None:
    proj = make_project(tmp_path / "proj")
    (proj / "facts").write_text("not a folder", encoding="utf-8")
    monkeypatch.chdir(proj)
    assert run(capsys, "extract") == (1, [], ["factsheet: facts: cannot create the facts folder: a file has that name"])
    assert run(capsys, "check") == (1, ["facts: facts folder not found", "1 error(s), 0 warning(s)"], [])
    assert (proj / "facts").read_text(encoding="utf-8") == "not a folder"
