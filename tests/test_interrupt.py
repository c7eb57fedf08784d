"""Interruption: a build killed midway leaves facts/ valid, the next one completes, two builds never overlap."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from generator import fsutil, records
from generator.devtools.corpus import generate_corpus, write_corpus
from generator.errors import FactsheetError

FACTSHEET = Path(sys.executable).with_name("factsheet")
N_SEEDS = 100
TEMP_FILE = re.compile(rf"^\..+{re.escape(fsutil.TEMP_SUFFIX)}$")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    seeds = tmp_path_factory.mktemp("corpus") / "seeds"
    write_corpus(generate_corpus(N_SEEDS), seeds)
    return seeds


def project(tmp_path: Path, corpus: Path) -> Path:
    proj = tmp_path / "proj"
    (proj / "seeds").mkdir(parents=True)
    for p in corpus.iterdir():
        (proj / "seeds" / p.name).write_bytes(p.read_bytes())
    return proj


def start(proj: Path, *args: str) -> subprocess.Popen[str]:
    # A session of its own, so that the pool's workers can be killed with it.
    return subprocess.Popen(
        [str(FACTSHEET), "extract", "--jobs", "2", *args],
        cwd=proj, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )


def wait_for(cond, proc: subprocess.Popen[str]) -> bool:
    """Poll until ``cond()`` holds (True) or ``proc`` has exited (False)."""
    while not cond():
        if proc.poll() is not None:
            return cond()
        time.sleep(0.005)
    return True


def yaml_count(facts: Path) -> int:
    return sum(1 for _ in facts.glob("*.yaml")) if facts.is_dir() else 0


def assert_facts_valid(facts: Path) -> None:
    for p in facts.iterdir():
        assert p.suffix == ".yaml" or TEMP_FILE.match(p.name), f"unexpected file in facts/: {p.name}"
        if p.suffix == ".yaml":
            doc = yaml.safe_load(p.read_text(encoding="utf-8"))
            assert doc["article"]["seed"].endswith(".txt")
            records.load_record(p)  # the full check, as the site build would read it
    assert not (facts / fsutil.LOCK_DIR).exists() and not list(facts.glob("*lock*"))


def summary(stdout: str) -> tuple[int, int]:
    m = re.search(r"extracted (\d+) seed\(s\), skipped (\d+) unchanged, 0 problem\(s\)", stdout)
    assert m, stdout
    return int(m.group(1)), int(m.group(2))


def test_killed_extract_leaves_valid_facts_and_the_next_one_completes(tmp_path: Path, corpus: Path) -> None:
    proj = project(tmp_path, corpus)
    facts = proj / "facts"
    killed = False
    for attempt in range(3):  # should the machine be so fast that the run ends before the kill, rewrite all
        proc = start(proj, *(["--force"] if attempt else []))
        before = yaml_count(facts)
        if wait_for(lambda: yaml_count(facts) > before + 10 or (attempt and any(facts.iterdir())), proc) and proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            killed = proc.returncode == -signal.SIGKILL
        else:
            proc.communicate()
        if killed:
            break
    assert killed
    assert_facts_valid(facts)

    again = subprocess.run([str(FACTSHEET), "extract"], cwd=proj, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    written, skipped = summary(again.stdout)
    assert written + skipped == N_SEEDS
    assert sorted(p.name for p in facts.iterdir() if not p.name.endswith(".yaml")) == []
    assert yaml_count(facts) == N_SEEDS
    assert_facts_valid(facts)
    seeds = {yaml.safe_load(p.read_text(encoding="utf-8"))["article"]["seed"] for p in facts.glob("*.yaml")}
    assert seeds == {p.name for p in (proj / "seeds").iterdir()}


def test_a_second_extract_waits_for_the_first(tmp_path: Path, corpus: Path) -> None:
    proj = project(tmp_path, corpus)
    lock = proj / fsutil.LOCK_DIR / fsutil.LOCK_NAME
    first = start(proj)
    holding = wait_for(lambda: lock.is_file() and lock.read_text().strip() == str(first.pid), first)
    assert holding, "the first extract never held the project lock"
    # Started while the first holds the lock: if it did not wait, it would find (almost) no records yet.
    second = subprocess.run([str(FACTSHEET), "extract"], cwd=proj, capture_output=True, text=True, timeout=600)
    out, err = first.communicate(timeout=600)
    assert first.returncode == 0, err
    assert summary(out) == (N_SEEDS, 0)
    assert second.returncode == 0, second.stderr
    assert summary(second.stdout) == (0, N_SEEDS)


def test_a_build_that_cannot_get_the_lock_refuses_clearly(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from generator.fsutil import project_lock\n"
         "with project_lock(sys.argv[1]):\n    print('locked', flush=True); sys.stdin.read()", str(tmp_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(FactsheetError) as info:
            with fsutil.project_lock(tmp_path, timeout=0.2):
                pass
        assert str(info.value) == (
            f"{tmp_path / '.factsheet' / 'lock'}: another factsheet build is running in this project (process {holder.pid}); "
            "waited 0.2s, giving up. Try again when it has finished."
        )
    finally:
        holder.communicate("")
    # Released when the holder ends: the next build gets it at once.
    with fsutil.project_lock(tmp_path, timeout=0.2):
        pass


def test_a_build_killed_at_any_stage_leaves_facts_valid_and_the_next_build_completes(tmp_path: Path) -> None:
    """SIGKILL `factsheet build` while it extracts, renders and publishes; then build again."""
    from tests.conftest import EVAL_SEEDS, make_project

    proj = make_project(tmp_path / "proj", sorted(EVAL_SEEDS.glob("*.txt")))
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")

    def build(*args: str) -> subprocess.Popen[str]:
        return subprocess.Popen([str(FACTSHEET), "build", *args], cwd=proj, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, start_new_session=True)

    began = time.monotonic()
    first = build()
    assert first.wait(timeout=600) == 0, first.communicate()[1]
    whole = time.monotonic() - began
    kills = 0
    for share in (0.2, 0.5, 0.8, 0.95):
        proc = build("--force")
        began = time.monotonic()
        try:
            proc.wait(timeout=whole * share)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            kills += 1
        else:
            # Done within its share of the first build's time (a busy machine slowed the first, or a forced build
            # is quicker): the later shares are of this run's time, so that they still cut builds short.
            whole = min(whole, time.monotonic() - began)
        proc.communicate()
        assert_facts_valid(proj / "facts")
        assert yaml_count(proj / "facts") == 10
    assert kills >= 2  # at least two runs were cut short, at different stages
    again = build()
    out, err = again.communicate(timeout=600)
    assert again.returncode == 0, err
    assert "Traceback" not in err
    assert (proj / "site" / "index.html").is_file() and len(list((proj / "site" / "articles").glob("*.html"))) >= 10


def test_render_folders_left_by_a_killed_build_are_removed_at_once(project: Path, monkeypatch) -> None:
    # Issue 15: they were kept for 600 s, in case a `serve` (which took no lock) was rendering into one.
    from generator import fsutil, publish, serve
    from generator.pipeline import extract_all, render_project

    extract_all(Path("seeds"), Path("facts"), jobs=1)
    build = publish.docs_dir(project).parent
    killed = build / ".render-killed"
    (killed / "sub").mkdir(parents=True)
    render_project(project, Path("seeds"), Path("facts"))
    assert not killed.exists()
    # ... which is safe because every render holds the project lock, serve's too.
    held: list[Path] = []
    real = fsutil.project_lock

    def lock(path, *a, **kw):
        held.append(Path(path))
        return real(path, *a, **kw)

    monkeypatch.setattr(fsutil, "project_lock", lock)
    assert serve.rerender(project, Path("seeds"), Path("facts")) == "factsheet: pages re-rendered"
    assert held == [project]
