"""Pages -> site/: hand the rendered Markdown to MkDocs (the engine stays a thin layer)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import yaml

from .errors import FactsheetError

CONFIG_NAME = "mkdocs.yml"


class _TolerantLoader(yaml.SafeLoader):
    """A safe loader that reads MkDocs' ``!!python/name:`` and ``!ENV`` tags as plain values."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def _declared_docs_dir(path: Path) -> Path:
    """Return the docs_dir mkdocs.yml names, without needing the folder to exist."""
    try:
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=_TolerantLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise FactsheetError(f"not valid YAML: {getattr(e, 'problem', e)}", path, mark.line + 1 if mark else None) from None
    value = doc.get("docs_dir", "docs") if isinstance(doc, dict) else "docs"
    return (path.parent / str(value)).resolve()


def _config(project_dir: Path, strict: bool):
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs import exceptions
    from mkdocs.config import load_config

    path = project_dir / CONFIG_NAME
    if not path.is_file():
        raise FactsheetError("no mkdocs.yml in the project folder", path)
    # MkDocs refuses a docs_dir that does not exist yet; on a fresh clone it is ours to create.
    _declared_docs_dir(path).mkdir(parents=True, exist_ok=True)
    try:
        return load_config(str(path), strict=strict)
    except (exceptions.ConfigurationError, exceptions.Abort) as e:
        raise FactsheetError(f"invalid configuration: {e}", path) from None


def docs_dir(project_dir: Path) -> Path:
    """Return mkdocs.yml's ``docs_dir``: where rendered pages go."""
    return Path(_config(project_dir, strict=False)["docs_dir"])


def site_dir(project_dir: Path) -> Path:
    return Path(_config(project_dir, strict=False)["site_dir"])


def publish(project_dir: Path, *, strict: bool = True, jobs: int = 1) -> Path:
    """Build the static site from the rendered pages; return the site folder.

    With ``jobs`` > 1 the pages are built on that many processes (:mod:`generator.mkbuild`).
    """
    from mkdocs import exceptions

    from .mkbuild import build

    config = _config(project_dir, strict)
    # The same site, built with less work spent parsing HTML (generator/fastbuild.py).
    from .fastbuild import install

    install(config)
    # MkDocs reports through logging; keep its INFO chatter out of our output.
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    try:
        build(config, jobs)
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
