"""Local preview: MkDocs' live-reload server over pages that re-render when facts or templates change."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

from .errors import FactsheetError

POLL_SECONDS = 1.0


def _snapshot(folders: list[Path]) -> dict[str, float]:
    out: dict[str, float] = {}
    for folder in folders:
        if folder.is_dir():
            for p in folder.rglob("*"):
                if p.is_file():
                    try:
                        out[str(p)] = p.stat().st_mtime
                    except FileNotFoundError:
                        pass
    return out


def serve(project: Path, seeds: Path, facts: Path, dev_addr: str) -> int:
    """Render once, then serve; re-render into docs_dir whenever facts/ or templates/ change."""
    from mkdocs.commands.serve import serve as mkdocs_serve

    from .pipeline import render_project
    from .publish import CONFIG_NAME

    render_project(project, seeds, facts)
    watched = [facts, project / "templates"]
    stop = threading.Event()

    def watch() -> None:
        last = _snapshot(watched)
        while not stop.wait(POLL_SECONDS):
            now = _snapshot(watched)
            if now != last:
                last = now
                try:
                    render_project(project, seeds, facts)
                    print("factsheet: pages re-rendered", file=sys.stderr)
                except FactsheetError as e:
                    # Keep serving the last good pages; say what is wrong.
                    print(f"factsheet: {e}", file=sys.stderr)

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    try:
        mkdocs_serve(config_file=str(project / CONFIG_NAME), livereload=True, dev_addr=dev_addr)
    finally:
        stop.set()
    return 0
