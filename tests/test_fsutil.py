"""Atomic writes and the project lock."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator import fsutil
from generator.errors import FactsheetError

REPO = Path(__file__).resolve().parents[1]


def test_atomic_write_creates_and_replaces_and_leaves_no_temp(tmp_path: Path) -> None:
    path = tmp_path / "facts" / "x.yaml"
    fsutil.atomic_write_text(path, "one: 1\n")
    assert path.read_text(encoding="utf-8") == "one: 1\n"
    fsutil.atomic_write_text(path, "two: «2»\n")
    assert path.read_bytes() == "two: «2»\n".encode("utf-8")
    assert sorted(p.name for p in path.parent.iterdir()) == ["x.yaml"]


def test_atomic_write_keeps_the_files_mode(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("a\n", encoding="utf-8")
    path.chmod(0o640)
    fsutil.atomic_write_text(path, "b\n")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    new = tmp_path / "new.yaml"
    fsutil.atomic_write_text(new, "c\n")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o666 & ~umask


def test_a_failed_write_leaves_the_old_file_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("old\n", encoding="utf-8")

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fsutil.os, "replace", boom)
    with pytest.raises(FactsheetError) as e:
        fsutil.atomic_write_text(path, "new\n")
    assert str(e.value) == f"{path}: cannot write: No space left on device"
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["x.yaml"]


def test_an_interrupted_write_leaves_the_old_file_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("old\n", encoding="utf-8")

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(fsutil.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        fsutil.atomic_write_text(path, "new\n")
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["x.yaml"]


def test_remove_temp_files_cleans_what_a_killed_writer_left(tmp_path: Path) -> None:
    (tmp_path / "x.yaml").write_text("keep\n", encoding="utf-8")
    left = tmp_path / f".x.yaml.1234abcd{fsutil.TEMP_SUFFIX}"
    left.write_text("partial", encoding="utf-8")
    assert fsutil.remove_temp_files(tmp_path) == [left]
    assert [p.name for p in tmp_path.iterdir()] == ["x.yaml"]


def test_the_lock_lives_outside_facts_and_is_released(tmp_path: Path) -> None:
    (tmp_path / "facts").mkdir()
    with fsutil.project_lock(tmp_path, timeout=0) as lock:
        assert lock == tmp_path / ".factsheet" / "lock"
        assert lock.read_text() == f"{os.getpid()}\n"
    with fsutil.project_lock(tmp_path, timeout=0):
        pass
    assert list((tmp_path / "facts").iterdir()) == []


HOLDER = """
import sys, time
from pathlib import Path
from generator.fsutil import project_lock
with project_lock(Path(sys.argv[1])):
    print("locked", flush=True)
    time.sleep(60)
"""


def hold_lock(project: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(project)], cwd=REPO, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline() == "locked\n"
    return proc


def test_a_second_build_waits_then_refuses_with_a_clear_message(tmp_path: Path) -> None:
    proc = hold_lock(tmp_path)
    try:
        started = time.monotonic()
        with pytest.raises(FactsheetError) as e:
            with fsutil.project_lock(tmp_path, timeout=0.5, poll=0.05):
                pytest.fail("got a lock another process holds")
        assert time.monotonic() - started >= 0.5
        assert e.value.path == str(tmp_path / ".factsheet" / "lock")
        assert f"another factsheet build is running in this project (process {proc.pid})" in e.value.message
    finally:
        proc.terminate()
        proc.wait()


def test_a_waiting_build_gets_the_lock_when_the_first_ends(tmp_path: Path) -> None:
    proc = hold_lock(tmp_path)
    try:
        killer = subprocess.Popen(["sh", "-c", f"sleep 0.3; kill -TERM {proc.pid}"])
        started = time.monotonic()
        with fsutil.project_lock(tmp_path, timeout=10, poll=0.05):
            assert time.monotonic() - started >= 0.25
        killer.wait()
    finally:
        proc.kill()
        proc.wait()


def test_a_sigkilled_holder_releases_the_lock(tmp_path: Path) -> None:
    proc = hold_lock(tmp_path)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with fsutil.project_lock(tmp_path, timeout=0):
        pass
