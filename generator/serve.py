"""Local preview: MkDocs' live-reload server over pages that re-render when facts or templates change."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path

from .errors import FactsheetError

POLL_SECONDS = 1.0


def _snapshot(folders: list[Path]) -> dict[str, float]:
    out: dict[str, float] = {}
    for folder in folders:
        try:
            if folder.is_dir():
                for p in folder.rglob("*"):
                    if p.is_file():
                        try:
                            out[str(p)] = p.stat().st_mtime
                        except FileNotFoundError:
                            pass
        except OSError as e:  # a folder made unreadable: a change like any other, reported by the render
            out[str(folder)] = -float(e.errno or 1)
    return out


def _render(project: Path, seeds: Path, facts: Path, follow_links: Path | None = None) -> None:
    """Render the pages, holding the project lock (so a build never runs meanwhile, and a killed render's folder can go)."""
    from . import pipeline
    from .fsutil import project_lock

    with project_lock(project):
        pipeline.render_project(project, seeds, facts, follow_links=follow_links)


def rerender(project: Path, seeds: Path, facts: Path, follow_links: Path | None = None) -> str:
    """Render the pages again; return the one line that says how it went.

    A failed render keeps the last good pages served and the watcher going: a user's mistake
    is said as ``path:line: message``, anything else as a bug to report, never a traceback
    (which would end the watcher's thread, and no later fix would render).
    """
    try:
        _render(project, seeds, facts, follow_links)
    except FactsheetError as e:
        return _line(f"factsheet: {e}")
    except Exception as e:  # noqa: BLE001 - the preview must outlive any one render
        return _line(f"factsheet: re-rendering failed (a bug in factsheet, please report it): {type(e).__name__}: {e}; "
                     "the last good pages are still served")
    return "factsheet: pages re-rendered"


def _line(text: str) -> str:
    return " ".join(text.split())


def watch(project: Path, seeds: Path, facts: Path, stop: threading.Event, poll: float = POLL_SECONDS,
          say: Callable[[str], None] = lambda line: print(line, file=sys.stderr), follow_links: Path | None = None) -> None:
    """Re-render whenever a file under ``facts`` or ``templates/`` changes, until ``stop`` is set."""
    watched = [facts, project / "templates"]
    last = _snapshot(watched)
    while not stop.wait(poll):
        now = _snapshot(watched)
        if now != last:
            last = now
            say(rerender(project, seeds, facts, follow_links))


def url_of(dev_addr: str) -> str:
    """Return the address a browser opens for ``HOST:PORT``."""
    host, _, port = dev_addr.rpartition(":")
    host = host or "127.0.0.1"
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{port}/"


def _indexing_builds(say: Callable[[str], None]):
    """Return a stand-in for MkDocs' build, as ``mkdocs serve`` calls it, that also writes the search index."""
    from mkdocs.commands import build as mk

    from .search import index_site

    def build(config, *args, **kwargs):
        mk.build(config, *args, **kwargs)
        try:
            index_site(Path(config["site_dir"]))
        except FactsheetError as e:
            say(_line(f"factsheet: {e} (search will not work in this preview)"))

    return build


def _announcing_server(say: Callable[[str], None], url: str):
    """Return MkDocs' live-reload server class, saying where the site is once it listens."""
    from mkdocs.livereload import LiveReloadServer

    class Server(LiveReloadServer):
        def server_activate(self) -> None:
            super().server_activate()
            say(f"factsheet: serving the site at {url} (Ctrl+C to stop); pages re-render when facts/ or templates/ change")

    return Server


def serve(project: Path, seeds: Path, facts: Path, dev_addr: str, follow_links: Path | None = None,
          say: Callable[[str], None] = lambda line: print(line, flush=True)) -> int:
    """Render once, then serve; re-render into docs_dir whenever facts/ or templates/ change.

    Prints the address of the site once it is served.
    """
    import mkdocs.commands.serve as mkserve

    from .publish import CONFIG_NAME

    say("factsheet: rendering the pages ...")
    _render(project, seeds, facts, follow_links)
    stop = threading.Event()
    thread = threading.Thread(target=watch, args=(project, seeds, facts, stop), kwargs={"follow_links": follow_links}, daemon=True)
    thread.start()
    original = mkserve.build, mkserve.LiveReloadServer
    mkserve.build, mkserve.LiveReloadServer = _indexing_builds(say), _announcing_server(say, url_of(dev_addr))
    try:
        mkserve.serve(config_file=str(project / CONFIG_NAME), livereload=True, dev_addr=dev_addr)
    except OSError as e:
        raise FactsheetError(f"cannot serve at {url_of(dev_addr)}: {e.strerror or e} (another server on that port? try --dev-addr)") from None
    finally:
        mkserve.build, mkserve.LiveReloadServer = original
        stop.set()
    return 0
