"""Issue 15, defects 10 and 14: the machine's refusals are one line, and nothing is left half-written.

Each case that gave a traceback (a read-only site/, an unreadable seeds/ folder, a full disk while
rendering, no templates/, `factsheet eval` given the wrong folders) now ends with one line naming the
path and the cause. The site is built beside site/ and swapped in whole; render and build leftovers of a
killed run are removed by the next; a read-only facts file is not replaced.
"""

from __future__ import annotations

import errno
import shutil
import stat
from pathlib import Path

import pytest

from generator import mkbuild, publish
from generator.cli import main
from tests.conftest import EVAL_GOLD, FIRST_SEED


def run(capsys, *argv: str) -> tuple[int, list[str]]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return status, err.splitlines()


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def built(project: Path, capsys) -> Path:
    assert main(["build", "--jobs", "1"]) == 0
    capsys.readouterr()
    return project


def test_a_site_that_cannot_be_written_is_one_line_and_the_last_site_stays(built: Path, capsys, monkeypatch) -> None:
    before = tree(built / "site")

    def denied(config, jobs):
        Path(config["site_dir"], "index.html").write_text("half", encoding="utf-8")
        raise PermissionError(errno.EACCES, "Permission denied", str(Path(config["site_dir"]) / "search" / "search_index.json"))

    monkeypatch.setattr(mkbuild, "build", denied)
    status, err = run(capsys, "build", "--jobs", "1", "--force")
    assert status == 1 and len(err) == 1
    assert err[0].endswith("site/search/search_index.json: cannot write the site: Permission denied"), err
    assert tree(built / "site") == before  # not half of a new one
    assert not list(built.glob(".factsheet-site-*"))


def test_a_folder_where_the_site_cannot_be_made_is_one_line(built: Path, capsys, monkeypatch) -> None:
    import tempfile

    def denied(*a, **kw):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkdtemp", denied)
    status, err = run(capsys, "build", "--jobs", "1")
    assert status == 1 and len(err) == 1 and err[0].endswith(": cannot write the site folder: Permission denied"), err


def test_the_site_is_swapped_in_whole_and_a_killed_builds_folder_is_removed(built: Path, capsys) -> None:
    left = built / ".factsheet-site-killed"
    (left / "articles").mkdir(parents=True)
    (left / "articles" / "half.html").write_text("half", encoding="utf-8")
    inode = (built / "site").stat().st_ino
    assert run(capsys, "build", "--jobs", "1")[0] == 0
    assert not left.exists() and not list(built.glob(".factsheet-site-*"))
    assert (built / "site").stat().st_ino != inode  # a new folder, not the old one rewritten
    assert (built / "site" / "index.html").is_file()


def test_the_exchange_falls_back_to_two_renames(tmp_path: Path, monkeypatch) -> None:
    site, new = tmp_path / "site", tmp_path / "new"
    (site / "old.html").parent.mkdir()
    (site / "old.html").write_text("old", encoding="utf-8")
    new.mkdir()
    (new / "index.html").write_text("new", encoding="utf-8")
    monkeypatch.setattr(publish, "_exchange", lambda a, b: False)
    publish._swap_in(new, site)
    assert tree(site) == {"index.html": b"new"} and not new.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_an_unreadable_seeds_folder_is_one_line(project: Path, capsys, monkeypatch) -> None:
    real = Path.iterdir

    def denied(self):
        if self.name == "seeds":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "iterdir", denied)
    assert run(capsys, "extract") == (1, ["factsheet: seeds: cannot read the seeds folder: Permission denied"])


def test_a_full_disk_while_rendering_is_one_line_and_the_last_pages_stay(built: Path, capsys, monkeypatch) -> None:
    docs = publish.docs_dir(built)
    before = tree(docs)
    real = Path.write_text
    written = []

    def full(self, *a, **kw):
        written.append(self)
        if len(written) > 5:
            raise OSError(errno.ENOSPC, "No space left on device", str(self))
        return real(self, *a, **kw)

    monkeypatch.setattr(Path, "write_text", full)
    (built / "seeds" / FIRST_SEED.name).write_text(FIRST_SEED.read_text(encoding="utf-8") + "\n\nSome 12 boats arrived on Monday.\n",
                                                  encoding="utf-8")
    status, err = run(capsys, "build", "--jobs", "1")
    assert status == 1 and len(err) == 1 and err[0].startswith("factsheet: ") and err[0].endswith(
        ": cannot write the pages: No space left on device"), err
    monkeypatch.undo()
    assert tree(docs) == before


def test_a_missing_templates_folder_is_one_line(built: Path, capsys) -> None:
    shutil.rmtree(built / "templates")
    status, err = run(capsys, "build", "--jobs", "1", "--force")
    assert (status, err) == (1, ["factsheet: templates: templates folder not found (the pages are rendered from its Jinja templates)"])


def test_a_broken_template_names_its_file_and_line(built: Path, capsys) -> None:
    page = built / "templates" / "pages" / "about.md.j2"
    page.write_text(page.read_text(encoding="utf-8") + "\n{% if %}\n", encoding="utf-8")
    status, err = run(capsys, "build", "--jobs", "1")
    n = page.read_text(encoding="utf-8").count("\n")
    assert status == 1 and len(err) == 1 and err[0].startswith(f"factsheet: templates/pages/about.md.j2:{n}: template error:"), err


@pytest.mark.parametrize("gold, seeds, message", [
    ("facts", "seeds", "not a gold file: it names no 'seed' (the usage is `factsheet eval GOLD_DIR SEEDS_DIR`)"),
    ("seeds", "gold", "no gold files (*.yaml) in this folder; is it GOLD_DIR?"),
    ("nowhere", "seeds", "gold folder not found"),
    ("gold", "nowhere", "seeds folder not found"),
])
def test_eval_given_the_wrong_folders_is_one_line(capsys, gold: str, seeds: str, message: str) -> None:
    root = EVAL_GOLD.parent
    status, err = run(capsys, "eval", str(root / gold), str(root / seeds))
    assert status == 1 and len(err) == 1 and err[0].endswith(message), err


def test_a_read_only_facts_file_is_not_replaced(project: Path, capsys) -> None:
    assert main(["extract"]) == 0
    (record,) = (project / "facts").glob("*.yaml")
    before = record.read_bytes()
    record.chmod(0o444)
    seed = project / "seeds" / FIRST_SEED.name
    seed.write_text(seed.read_text(encoding="utf-8") + "\n\nSome 12 boats arrived in Dover on Monday.\n", encoding="utf-8")
    capsys.readouterr()
    status, err = run(capsys, "extract")
    assert status == 1
    assert err[0] == f"facts/{record.name}: read-only; not replaced (make it writable to let factsheet update it)"
    assert record.read_bytes() == before and stat.S_IMODE(record.stat().st_mode) == 0o444
    record.chmod(0o644)
    assert run(capsys, "extract")[0] == 0 and record.read_bytes() != before


def test_oserror_anywhere_is_one_line(capsys, monkeypatch) -> None:
    from generator import cli

    def boom(args):
        raise OSError(errno.EROFS, "Read-only file system", "site/x.html")

    monkeypatch.setattr(cli, "cmd_check", boom)
    assert run(capsys, "check") == (1, ["factsheet: site/x.html: Read-only file system"])
