"""Issue 15, defect 4: `serve` kept re-rendering only until one render raised something other than FactsheetError."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from generator import pipeline, serve


def wait_for(lines: list[str], n: int, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while len(lines) < n and time.monotonic() < deadline:
        time.sleep(0.02)


def touch(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    t = time.time() + len(text)  # a new modification time even on a coarse clock
    import os

    os.utime(path, (t, t))


def test_the_watcher_outlives_a_render_that_crashes(tmp_path: Path, monkeypatch) -> None:
    facts = tmp_path / "facts"
    facts.mkdir()
    (tmp_path / "templates").mkdir()
    calls: list[int] = []

    def render_project(project, seeds, facts_, follow_links=None):
        calls.append(1)
        if len(calls) == 1:
            raise KeyError("a bad edit that factsheet did not foresee")

    monkeypatch.setattr(pipeline, "render_project", render_project)
    lines: list[str] = []
    stop = threading.Event()
    thread = threading.Thread(target=serve.watch, args=(tmp_path, tmp_path / "seeds", facts, stop, 0.05, lines.append))
    thread.start()
    time.sleep(0.3)  # the watcher's first look at the folders
    try:
        touch(facts / "a.yaml", "broken: [")
        wait_for(lines, 1)
        touch(facts / "a.yaml", "fixed: true")
        wait_for(lines, 2)
    finally:
        stop.set()
        thread.join(5)
    assert lines[0] == ("factsheet: re-rendering failed (a bug in factsheet, please report it): KeyError: 'a bad edit that "
                        "factsheet did not foresee'; the last good pages are still served")
    assert lines[1] == "factsheet: pages re-rendered"  # the fix renders: the watcher is still alive
    assert thread.is_alive() is False and len(calls) == 2


def test_a_users_mistake_is_one_line_and_the_watcher_goes_on(project: Path) -> None:
    from generator.cli import main

    assert main(["extract"]) == 0
    path = next((project / "facts").glob("*.yaml"))
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("schema: 1", "schema: [", 1), encoding="utf-8")
    line = serve.rerender(project, Path("seeds"), Path("facts"))
    assert line.startswith(f"factsheet: facts/{path.name}:") and "not valid YAML" in line and "\n" not in line
    path.write_text(good, encoding="utf-8")
    assert serve.rerender(project, Path("seeds"), Path("facts")) == "factsheet: pages re-rendered"
