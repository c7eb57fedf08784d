"""Issue 15, defect 8: seeds and facts files that are symbolic links read files from outside the project.

A link is refused on one line by default; --follow-links reads one only when it leads inside the project;
and nothing of a file that fails to parse is repeated beyond its path, line and the cause.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from generator import check, ingest
from generator.cli import main
from generator.errors import FactsheetError
from tests.conftest import FIRST_SEED

SECRET = "s3cr3t-Walter-Mitty"
OUTSIDE_ARTICLE = f" date 2024-03-16 {SECRET} said 300 people crossed the Channel on Monday in small boats."
SHADOW = "root:$6$" + SECRET + ":19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n"
REFUSED = "a symbolic link; not read (with --follow-links, links to files inside the project are read)"
OUTSIDE = "a symbolic link to a file outside the project; not read"


def run(capsys, *argv: str) -> tuple[int, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return status, out + err


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    d = tmp_path / "outside"
    d.mkdir()
    (d / "article.txt").write_text(OUTSIDE_ARTICLE, encoding="utf-8")
    (d / "shadow").write_text(SHADOW, encoding="utf-8")
    return d


def everything_published(project: Path) -> str:
    out = []
    for p in (project / "site").rglob("*"):
        if p.is_file() and p.suffix in (".html", ".json", ".csv", ".md"):
            out.append(p.read_text(encoding="utf-8", errors="replace"))
    return "\n".join(out)


@pytest.mark.parametrize("follow", [False, True])
def test_a_seed_linked_outside_the_project_is_refused_and_nothing_of_it_is_published(project: Path, outside: Path, capsys, follow) -> None:
    (project / "seeds" / "linked.txt").symlink_to(outside / "article.txt")
    status, output = run(capsys, "build", "--jobs", "1", *(["--follow-links"] if follow else []))
    assert status == 0
    assert f"seeds/linked.txt: {OUTSIDE if follow else REFUSED}" in output.splitlines()
    assert SECRET not in output
    site = everything_published(project)
    assert SECRET not in site
    facts = json.loads((project / "site" / "downloads" / "facts.json").read_text(encoding="utf-8"))
    assert [a["seed"] for a in facts["articles"]] == [FIRST_SEED.name]


def test_a_seed_linked_to_etc_passwd_is_one_line_without_its_content(project: Path, capsys) -> None:
    (project / "seeds" / "passwd.txt").symlink_to("/etc/passwd")
    status, output = run(capsys, "extract", "--follow-links")
    assert status == 0
    assert "seeds/passwd.txt: " + OUTSIDE in output.splitlines()
    assert "root" not in output


def test_no_seed_error_repeats_the_seeds_text() -> None:
    # What a parse error says is where and why, never what the file holds.
    for raw in (b"root:x:0:0:root:/root:/bin/bash\n" + SECRET.encode(), b" date " + SECRET.encode(),
                b"---\ndate: " + SECRET.encode() + b"\n---\nText.", b"---\ndate: 2024-01-01\nurl: " + SECRET.encode() + b"\n---\nText."):
        with pytest.raises(FactsheetError) as e:
            ingest.parse_seed(raw, "a.md")
        assert SECRET not in str(e.value) and "root" not in str(e.value)


@pytest.mark.parametrize("follow", [False, True])
def test_a_facts_file_linked_outside_is_refused_by_check_extract_and_build(project: Path, outside: Path, capsys, follow) -> None:
    (project / "facts").mkdir()
    link = project / "facts" / "shadow.yaml"
    link.symlink_to(outside / "shadow")
    flag = ["--follow-links"] if follow else []
    why = OUTSIDE if follow else REFUSED
    status, output = run(capsys, "check", *flag)
    assert status == 1 and output.splitlines() == [f"facts/shadow.yaml: {why}", "1 error(s), 0 warning(s)"]
    status, output = run(capsys, "extract", *flag)
    assert status == 1 and f"facts/shadow.yaml: {why}" in output.splitlines() and SECRET not in output
    status, output = run(capsys, "build", *flag)
    assert status == 1 and SECRET not in output
    assert link.is_symlink() and (outside / "shadow").read_text(encoding="utf-8") == SHADOW  # neither replaced nor written
    assert not (project / "site").exists()


def test_a_file_that_is_no_record_is_one_error_that_repeats_none_of_it(tmp_path: Path) -> None:
    path = tmp_path / "shadow.yaml"
    path.write_text(SHADOW, encoding="utf-8")
    problems = check.check_file(path)
    assert [p.message for p in problems] == ["not a fact record: none of schema, article, entities and facts is in it"]
    assert SECRET not in "\n".join(map(str, problems))


def test_follow_links_reads_links_that_stay_inside_the_project(project: Path, capsys) -> None:
    store = project / "store"
    store.mkdir()
    seed = store / FIRST_SEED.name
    os.replace(project / "seeds" / FIRST_SEED.name, seed)
    (project / "seeds" / FIRST_SEED.name).symlink_to(Path("..") / "store" / FIRST_SEED.name)
    status, output = run(capsys, "extract")
    assert status == 0 and f"seeds/{FIRST_SEED.name}: {REFUSED}" in output.splitlines()
    assert run(capsys, "extract", "--follow-links")[0] == 0
    (record,) = (project / "facts").glob("*.yaml")
    # A facts file that is a link inside the project is read and written through; the link stays a link.
    real = store / record.name
    os.replace(record, real)
    record.symlink_to(Path("..") / "store" / record.name)
    assert run(capsys, "check", "--follow-links")[0] == 0
    assert run(capsys, "extract", "--force", "--follow-links")[0] == 0
    assert record.is_symlink() and real.is_file()
    assert run(capsys, "build", "--jobs", "1", "--follow-links")[0] == 0
    assert "Yvette Cooper" in everything_published(project)
