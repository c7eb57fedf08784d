"""The command line, run in-process on a throwaway project."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from generator.cli import main
from tests.conftest import EVAL_GOLD, EVAL_SEEDS


def facts_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.yaml"))}


def test_extract_creates_the_facts_folder_and_one_record_per_seed(project: Path, capsys) -> None:
    assert not (project / "facts").exists()
    assert main(["extract"]) == 0
    files = list((project / "facts").glob("*.yaml"))
    assert len(files) == 1
    doc = yaml.safe_load(files[0].read_text(encoding="utf-8"))
    assert doc["article"]["seed"] == "000_f83952dda46ec445.txt"
    assert doc["article"]["date"].isoformat() == "2025-10-08"
    assert "extracted 1 seed(s)" in capsys.readouterr().out


def test_extract_to_other_folders(project: Path) -> None:
    shutil.move(project / "seeds", project / "in")
    assert main(["extract", "--seeds", "in", "--facts", "out"]) == 0
    assert len(list((project / "out").glob("*.yaml"))) == 1
    assert not (project / "facts").exists()


def test_unchanged_seed_is_skipped_unless_forced(project: Path, capsys) -> None:
    main(["extract"])
    capsys.readouterr()
    main(["extract"])
    assert "extracted 0 seed(s), skipped 1 unchanged" in capsys.readouterr().out
    main(["extract", "--force"])
    assert "extracted 1 seed(s), skipped 0 unchanged" in capsys.readouterr().out


def test_changed_seed_is_extracted_again(project: Path, capsys) -> None:
    main(["extract"])
    seed = project / "seeds" / "000_f83952dda46ec445.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\n\nA further paragraph about 12 boats.\n", encoding="utf-8")
    capsys.readouterr()
    main(["extract"])
    assert "extracted 1 seed(s), skipped 0 unchanged" in capsys.readouterr().out
    assert len(list((project / "facts").glob("*.yaml"))) == 1


def test_force_twice_gives_byte_identical_files(tmp_path: Path, monkeypatch) -> None:
    proj = tmp_path / "p"
    shutil.copytree(EVAL_SEEDS, proj / "seeds")
    monkeypatch.chdir(proj)
    assert main(["extract", "--force", "--jobs", "2"]) == 0
    first = facts_bytes(proj / "facts")
    assert main(["extract", "--force", "--jobs", "1"]) == 0
    assert facts_bytes(proj / "facts") == first
    assert len(first) == len(list(EVAL_SEEDS.glob("*.txt")))


def test_a_bad_seed_is_reported_and_the_rest_go_through(project: Path, capsys) -> None:
    (project / "seeds" / "broken.txt").write_text("no date line here\n\nJust text.", encoding="utf-8")
    assert main(["extract"]) == 0
    out = capsys.readouterr()
    assert "broken.txt" in out.err
    assert len(list((project / "facts").glob("*.yaml"))) == 1
    assert main(["extract", "--strict", "--force"]) == 1


def test_a_missing_seeds_folder_is_a_clear_error(project: Path, capsys) -> None:
    assert main(["extract", "--seeds", "nowhere"]) == 1
    err = capsys.readouterr().err
    assert "nowhere" in err and "Traceback" not in err


def test_check_passes_on_extractor_output(project: Path, capsys) -> None:
    main(["extract"])
    assert main(["check"]) == 0
    assert "0 error(s)" in capsys.readouterr().out


def test_eval_prints_the_reference_table(capsys) -> None:
    assert main(["eval", str(EVAL_GOLD), str(EVAL_SEEDS)]) == 0
    out = capsys.readouterr().out
    for kind in ("funding", "figures", "places", "people", "quotes"):
        assert kind in out
    assert "articles/s" in out


def test_the_same_seeds_in_another_folder_give_byte_identical_files(tmp_path: Path, monkeypatch) -> None:
    """Records hold no absolute path and no time: two checkouts extract the same bytes and the same ids."""
    out = []
    for where in ("one", "elsewhere/deeper/two"):
        proj = tmp_path / where
        shutil.copytree(EVAL_SEEDS, proj / "seeds")
        monkeypatch.chdir(proj)
        assert main(["extract", "--jobs", "1"]) == 0
        out.append(facts_bytes(proj / "facts"))
        assert all(str(tmp_path).encode() not in b for b in out[-1].values())
    assert out[0] == out[1]


def test_check_reads_the_named_folders_and_evidence_not_in_the_seed_is_a_warning(project: Path, capsys) -> None:
    shutil.move(project / "seeds", project / "in")
    assert main(["extract", "--seeds", "in", "--facts", "out"]) == 0
    [path] = (project / "out").glob("*.yaml")
    lines = path.read_text(encoding="utf-8").split("\n")
    i = next(i for i, ln in enumerate(lines) if ln.startswith("    evidence:"))
    lines[i] = "    evidence: A sentence that is nowhere in the article."
    path.write_text("\n".join(lines), encoding="utf-8")
    fid = next(ln.split(": ", 1)[1] for ln in reversed(lines[:i]) if ln.startswith("  - id: "))
    capsys.readouterr()
    assert main(["check", "--facts", "out", "--seeds", "in"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"out/{path.name}:{i + 1}: warning: fact {fid}: the evidence sentence is not in the seed's text",
        "0 error(s), 1 warning(s)",
    ]
    assert main(["check", "--facts", "out", "--seeds", "in", "--strict"]) == 1
    # No seeds folder (the default seeds/ is gone): the evidence is not looked up.
    capsys.readouterr()
    assert main(["check", "--facts", "out"]) == 0
    assert capsys.readouterr().out.splitlines() == ["0 error(s), 0 warning(s)"]
    assert main(["check", "--facts", "nowhere"]) == 1
    assert capsys.readouterr().out.splitlines() == ["nowhere: facts folder not found", "1 error(s), 0 warning(s)"]


def _die(job) -> None:
    import os

    os._exit(3)  # an extraction worker killed (the OOM killer, a kill -9)


def test_a_worker_that_dies_is_one_line_and_writes_nothing(project: Path, monkeypatch, capsys) -> None:
    from generator import pipeline

    for seed in sorted(EVAL_SEEDS.iterdir())[:3]:
        shutil.copy(seed, project / "seeds" / seed.name)
    from generator import forking

    monkeypatch.setattr(forking, "MIN_ITEMS", 1)
    monkeypatch.setattr(pipeline, "_extract_and_prepare", _die)
    assert main(["extract", "--jobs", "2"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "worker process stopped before it finished" in err[0]
    assert not list((project / "facts").glob("*.yaml"))


def test_jobs_are_capped_at_the_cores_and_it_is_said(project: Path, capsys, monkeypatch) -> None:
    # Issue 15, defect 5: `build --jobs 100000` started about 5,900 processes and took 24 GB.
    import concurrent.futures

    from generator import forking, pipeline

    asked: list[int] = []
    real_extract_all = pipeline.extract_all

    def extract_all(*a, **kw):
        asked.append(kw["jobs"])
        return real_extract_all(*a, **kw)

    monkeypatch.setattr(pipeline, "extract_all", extract_all)
    assert main(["extract", "--jobs", "100000"]) == 0
    cores = forking.cores()
    assert asked == [cores]
    assert f"factsheet: --jobs 100000 is more than the {cores} core(s) here; using {cores}" in capsys.readouterr().err
    # and every pool below the command line is capped too
    made: list[int] = []
    real_pool = concurrent.futures.ProcessPoolExecutor

    class Pool(real_pool):
        def __init__(self, max_workers=None, **kw):
            made.append(max_workers)
            super().__init__(max_workers=max_workers, **kw)

    monkeypatch.setattr(forking, "ProcessPoolExecutor", Pool)
    assert forking.forked_map(abs, [-1, -2, -3], 100000) == [1, 2, 3]
    with forking.Pool(100000) as p:
        assert p.map(abs, [-i for i in range(forking.MIN_ITEMS)]) == list(range(forking.MIN_ITEMS))
    assert made and max(made) <= cores


def test_jobs_below_one_are_refused(project: Path, capsys) -> None:
    import pytest

    for bad in ("0", "-3", "many"):
        with pytest.raises(SystemExit):
            main(["extract", "--jobs", bad])
        assert "--jobs: must be a whole number of at least 1" in capsys.readouterr().err
