"""Local preview: ``mkdocs serve`` (its server, its watcher, its live reload) over pages re-rendered before each build.

MkDocs watches ``facts/`` and ``templates/`` besides the pages and mkdocs.yml (its ``watch`` option); the hooks in
:mod:`generator.servehooks` (MkDocs' ``hooks`` option) re-render the pages, with one job and the render cache, before
a build when facts or templates changed, and write the search index after it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import FactsheetError


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
    """Render the pages with one job and the cache, holding the project lock (so a build never runs meanwhile)."""
    from . import pipeline
    from .fsutil import LOCK_DIR, project_lock

    with project_lock(project):
        pipeline.render_project(project, seeds, facts, cache_dir=project / LOCK_DIR / "cache", jobs=1, follow_links=follow_links)


def rerender(project: Path, seeds: Path, facts: Path, follow_links: Path | None = None) -> str:
    """Render the pages again; return the one line that says how it went.

    A failed render keeps the last good pages served and the preview going: a user's mistake
    is said as ``path:line: message``, anything else as a bug to report, never a traceback
    (MkDocs would stop rebuilding until the next change).
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


def url_of(dev_addr: str) -> str:
    """Return the address a browser opens for ``HOST:PORT``."""
    host, _, port = dev_addr.rpartition(":")
    host = host or "127.0.0.1"
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{port}/"


@dataclass
class Preview:
    """What the hooks of one ``factsheet serve`` need: the project, and what its facts and templates were at the last render."""

    project: Path
    seeds: Path
    facts: Path
    follow_links: Path | None = None
    say: Callable[[str], None] = print
    rendered: dict[str, float] = field(default_factory=dict)

    @property
    def watched(self) -> list[Path]:
        return [self.facts, self.project / "templates"]

    def before_build(self) -> None:
        """Re-render the pages if a facts file or a template changed since the last render."""
        now = _snapshot(self.watched)
        if now != self.rendered:
            self.rendered = now
            self.say(rerender(self.project, self.seeds, self.facts, self.follow_links))

    def after_build(self, site_dir: Path) -> None:
        """Write the search index of the site MkDocs has just built."""
        from .search import index_site

        try:
            index_site(site_dir)
        except FactsheetError as e:
            self.say(_line(f"factsheet: {e} (search will not work in this preview)"))


current: Preview | None = None
"""The preview being served, for :mod:`generator.servehooks`."""


class _Announce(logging.Handler):
    """Say where the site is once MkDocs' server listens (it logs 'Serving on URL' then), and pass on its warnings."""

    def __init__(self, say: Callable[[str], None], url: str):
        super().__init__(logging.INFO)
        self.say, self.url = say, url

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.WARNING:
            self.say(_line(f"mkdocs: {record.getMessage()}"))
        elif "Serving on " in record.getMessage():  # after a '[HH:MM:SS] ' stamp
            self.say(f"factsheet: serving the site at {self.url} (Ctrl+C to stop); pages re-render when facts/ or templates/ change")


def serve(project: Path, seeds: Path, facts: Path, dev_addr: str, follow_links: Path | None = None,
          say: Callable[[str], None] = lambda line: print(line, flush=True)) -> int:
    """Render once, then serve with ``mkdocs serve``; re-render whenever facts/ or templates/ change.

    Prints the address of the site once it is served.
    """
    global current
    from mkdocs.commands.serve import serve as mkdocs_serve

    from .publish import CONFIG_NAME

    say("factsheet: rendering the pages ...")
    preview = Preview(project, seeds, facts, follow_links, say)
    preview.rendered = _snapshot(preview.watched)
    _render(project, seeds, facts, follow_links)
    url = url_of(dev_addr)
    logger = logging.getLogger("mkdocs.livereload")
    announce = _Announce(say, url)
    level = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(announce)
    current = preview
    try:
        mkdocs_serve(config_file=str(project / CONFIG_NAME), livereload=True, dev_addr=dev_addr,
                     watch=[str(p) for p in preview.watched if p.is_dir()], hooks=[str(Path(__file__).with_name("servehooks.py"))])
    except OSError as e:
        raise FactsheetError(f"cannot serve at {url}: {e.strerror or e} (another server on that port? try --dev-addr)") from None
    finally:
        current = None
        logger.removeHandler(announce)
        logger.setLevel(level)
    return 0
