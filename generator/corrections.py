"""When each hand change was made, from git history where there is one (the Corrections page).

A hand change is a fact a person corrected, checked, rejected or added (``site.model.state_of``).
Its date is the author date of the newest commit that wrote the lines of what was changed, as
``git blame`` tells it: for a correction, the lines of the fields the person changed (the keys of
its ``extracted``, else all its fields); for a check or a rejection, its ``review`` line; for an
added fact, its ``id`` line. A line not committed yet is "not committed" (the newest of all).
Without git, or for a file git does not track, no date is known and the page orders such changes
by article date. Only files holding a hand change are read, so the cost does not grow with the
number of articles.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from .models import Record

GIT_SECONDS = 60


@dataclass(frozen=True)
class When:
    """When a hand change was made."""

    date: dt.date | None
    commit: str = ""
    """Short hash of the commit; '' when not committed."""
    author: str = ""
    committed: bool = True

    def to_json(self) -> dict[str, Any]:
        return {"date": self.date.isoformat() if self.date else None, "commit": self.commit, "author": self.author,
                "committed": self.committed}


def _git(project: Path, *args: str) -> str | None:
    try:
        r = subprocess.run(["git", "-C", str(project), *args], capture_output=True, text=True, timeout=GIT_SECONDS)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return r.stdout if r.returncode == 0 else None


def head(project: Path) -> str:
    """Return the commit the project's work tree is at ('' without git): part of what the Corrections page shows."""
    out = _git(project, "rev-parse", "HEAD")
    return out.strip() if out else ""


def _blame(project: Path, path: Path) -> dict[int, tuple[str, int, str]] | None:
    """Return (commit, author time, author) of each line of ``path`` (1-based), or None when git cannot tell."""
    out = _git(project, "blame", "--line-porcelain", "--", str(path))
    if out is None:
        return None
    lines: dict[int, tuple[str, int, str]] = {}
    sha, final, author, when = "", 0, "", 0
    for line in out.splitlines():
        if line.startswith("\t"):
            lines[final] = (sha, when, author)
            continue
        head_, _, rest = line.partition(" ")
        if len(head_) == 40 and all(c in "0123456789abcdef" for c in head_):
            parts = rest.split()
            sha, final = head_, int(parts[1]) if len(parts) > 1 else 0
        elif head_ == "author":
            author = rest
        elif head_ == "author-time":
            when = int(rest or 0)
    return lines


def _fact_lines(text: str, path: Path) -> list[dict[str, int]]:
    """Return, for each fact of a facts file, the line (1-based) of each of its keys."""
    from .check import parse

    parsed = parse(text, path)
    facts = parsed.data.get("facts") if isinstance(parsed.data, dict) else None
    if not isinstance(facts, list):
        return []
    return [{str(k): parsed.lines[("facts", i, k)] for k in f} if isinstance(f, dict) else {} for i, f in enumerate(facts)]


def dates(project: Path, paths: Sequence[Path], recs: Sequence[Record]) -> dict[str, When]:
    """Return when each hand change of ``recs`` (loaded from ``paths``) was made, by ``article-id#fact-id``."""
    from .records import ITEM_OWN_KEYS
    from .site.model import state_of

    out: dict[str, When] = {}
    if not paths or _git(project, "rev-parse", "--is-inside-work-tree") is None:
        return out
    for path, rec in zip(paths, recs):
        changed = [(i, f, state_of(f)) for i, f in enumerate(rec.facts) if state_of(f) != "auto"]
        if not changed:
            continue
        blame = _blame(project, Path(path).resolve())
        if blame is None:
            continue
        try:
            lines = _fact_lines(Path(path).read_text(encoding="utf-8"), path)
        except OSError:
            continue
        aid = rec.article.id
        for i, f, state in changed:
            keys = lines[i] if i < len(lines) else {}
            if state == "corrected":
                wanted = list(f.extracted) if f.extracted else [k for k in keys if k not in ITEM_OWN_KEYS]
            elif state == "added":
                wanted = ["id"] if "id" in keys else list(keys)[:1]
            else:
                wanted = ["review"]
            found = [blame[keys[k]] for k in wanted if k in keys and keys[k] in blame]
            if not found:
                continue
            if any(sha.strip("0") == "" for sha, _, _ in found):
                out[f"{aid}#{f.id}"] = When(None, committed=False)
                continue
            sha, when, author = max(found, key=lambda t: t[1])
            out[f"{aid}#{f.id}"] = When(dt.datetime.fromtimestamp(when, dt.timezone.utc).date(), sha[:7], author)
    return out
