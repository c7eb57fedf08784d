"""Issue 15, defect 4: `serve` kept re-rendering only until one render raised something other than FactsheetError.

The preview is MkDocs' own server and watcher; factsheet's hooks re-render before each of its builds.
"""

from __future__ import annotations

import time
from pathlib import Path

from generator import pipeline, serve, servehooks


def touch(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    t = time.time() + len(text)  # a new modification time even on a coarse clock
    import os

    os.utime(path, (t, t))


def test_the_preview_outlives_a_render_that_crashes(tmp_path: Path, monkeypatch) -> None:
    facts = tmp_path / "facts"
    facts.mkdir()
    (tmp_path / "templates").mkdir()
    calls: list[int] = []

    def render_project(project, seeds, facts_, **kwargs):
        calls.append(1)
        assert kwargs["jobs"] == 1 and kwargs["cache_dir"] == project / ".factsheet" / "cache"  # one job, and the cache
        if len(calls) == 1:
            raise KeyError("a bad edit that factsheet did not foresee")

    monkeypatch.setattr(pipeline, "render_project", render_project)
    lines: list[str] = []
    preview = serve.Preview(tmp_path, tmp_path / "seeds", facts, say=lines.append)
    preview.rendered = serve._snapshot(preview.watched)
    monkeypatch.setattr(serve, "current", preview)
    servehooks.on_pre_build({})  # a build with nothing changed renders nothing
    touch(facts / "a.yaml", "broken: [")
    servehooks.on_pre_build({})  # MkDocs' watcher saw the change and builds
    touch(facts / "a.yaml", "fixed: true")
    servehooks.on_pre_build({})
    assert lines[0] == ("factsheet: re-rendering failed (a bug in factsheet, please report it): KeyError: 'a bad edit that "
                        "factsheet did not foresee'; the last good pages are still served")
    assert lines[1] == "factsheet: pages re-rendered"  # the fix renders: the preview is still alive
    assert len(lines) == 2 and len(calls) == 2


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
