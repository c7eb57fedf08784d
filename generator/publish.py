"""Pages -> site/: hand the rendered Markdown to MkDocs (the engine stays a thin layer)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from .errors import FactsheetError

CONFIG_NAME = "mkdocs.yml"


def _config(project_dir: Path, strict: bool):
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs import exceptions
    from mkdocs.config import load_config

    path = project_dir / CONFIG_NAME
    if not path.is_file():
        raise FactsheetError("no mkdocs.yml in the project folder", path)
    try:
        return load_config(str(path), strict=strict)
    except (exceptions.ConfigurationError, exceptions.Abort) as e:
        raise FactsheetError(f"invalid configuration: {e}", path) from None


def docs_dir(project_dir: Path) -> Path:
    """Return mkdocs.yml's ``docs_dir``: where rendered pages go."""
    return Path(_config(project_dir, strict=False)["docs_dir"])


def site_dir(project_dir: Path) -> Path:
    return Path(_config(project_dir, strict=False)["site_dir"])


def publish(project_dir: Path, *, strict: bool = True) -> Path:
    """Build the static site from the rendered pages; return the site folder."""
    from mkdocs import exceptions
    from mkdocs.commands.build import build

    config = _config(project_dir, strict)
    # MkDocs reports through logging; keep its INFO chatter out of our output.
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    try:
        build(config)
    except exceptions.Abort as e:
        raise FactsheetError(f"site build failed: {e}", project_dir / CONFIG_NAME) from None
    return Path(config["site_dir"])


def sync_tree(src: Path, dst: Path) -> int:
    """Make ``dst`` a copy of ``src``, rewriting only files whose bytes differ.

    Unchanged files keep their modification times, so a watching preview
    server rebuilds only when something really changed. Returns the number of
    files written or removed.
    """
    changed = 0
    dst.mkdir(parents=True, exist_ok=True)
    wanted: set[Path] = set()
    for path in sorted(src.rglob("*")):
        rel = path.relative_to(src)
        wanted.add(rel)
        target = dst / rel
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        data = path.read_bytes()
        if target.is_file() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, target)
        changed += 1
    for path in sorted(dst.rglob("*"), reverse=True):
        if path.relative_to(dst) in wanted:
            continue
        if path.is_dir():
            path.rmdir() if not any(path.iterdir()) else None
        else:
            path.unlink()
            changed += 1
    return changed
