"""Pages -> site/: hand the rendered Markdown to MkDocs (the engine stays a thin layer)."""

from __future__ import annotations

import ctypes
import json
import logging
import os
import shutil
import tempfile
from pathlib import Path

import yaml

from .errors import FactsheetError
from .fsutil import shown

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


def site_url(project_dir: Path) -> str:
    """Return mkdocs.yml's ``site_url`` ('' when it sets none): feeds link with it when it is there."""
    try:
        doc = yaml.load((project_dir / CONFIG_NAME).read_text(encoding="utf-8"), Loader=_TolerantLoader)  # noqa: S506
    except (OSError, yaml.YAMLError):
        return ""
    value = doc.get("site_url") if isinstance(doc, dict) else None
    return value if isinstance(value, str) and value.startswith(("https://", "http://")) else ""


def site_dir(project_dir: Path) -> Path:
    return Path(_config(project_dir, strict=False)["site_dir"])


ENGINES = ("mkdocs", "zensical")
"""Engines that build the site from the same mkdocs.yml and pages: MkDocs (the default) and Zensical."""


def publish(project_dir: Path, *, strict: bool = True, jobs: int = 1, engine: str = "mkdocs") -> Path:
    """Build the static site from the rendered pages with ``engine``, then its search index; return the site folder.

    With MkDocs and ``jobs`` > 1 the pages are built on that many processes (:mod:`generator.mkbuild`).
    """
    from mkdocs import exceptions

    from .search import index_site

    if engine not in ENGINES:
        raise FactsheetError(f"unknown engine {engine!r} (one of: {', '.join(ENGINES)})")
    config = _config(project_dir, strict)  # MkDocs' reading of mkdocs.yml checks it for either engine
    # MkDocs reports through logging; keep its INFO chatter out of our output.
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    site = Path(config["site_dir"])
    # The site is built into a new folder beside site/ and swapped in whole: a build killed or failing
    # half-way leaves the last site as it was, never a mix of two.
    staging = _new_site_folder(site)
    try:
        try:
            if engine == "zensical":
                _zensical_build(project_dir, staging, strict)
            else:
                from .mkbuild import build

                config["site_dir"] = str(staging)
                build(config, jobs)
            # The search index is made from the built pages (either engine's), before the site is swapped in.
            index_site(staging)
        except exceptions.Abort as e:
            raise FactsheetError(f"site build failed: {e}", project_dir / CONFIG_NAME) from None
        except OSError as e:
            raise FactsheetError(f"cannot write the site: {e.strerror or e}", _shown(e.filename, staging, site)) from None
        _swap_in(staging, site)
    finally:
        shutil.rmtree(staging, ignore_errors=True)  # gone already after a swap; a failed build's half
    return site


ZENSICAL_CONFIG = ".factsheet-zensical.yml"
"""The configuration Zensical is given, beside mkdocs.yml (Zensical reads paths from the folder of its file)."""


def _zensical_build(project_dir: Path, site: Path, strict: bool) -> None:
    """Build the site into ``site`` with Zensical, from mkdocs.yml.

    Zensical reads mkdocs.yml through ``INHERIT``; only the site folder differs, and its own search is off, as
    Material's is: Pagefind indexes the built pages and ``search.js`` puts its box in the header.
    """
    import subprocess
    import sys

    config = project_dir / ZENSICAL_CONFIG
    site_dir = os.path.relpath(site, project_dir)
    config.write_text(f"INHERIT: {CONFIG_NAME}\nsite_dir: {json.dumps(site_dir)}\nplugins:\n  search:\n    enabled: false\n",
                      encoding="utf-8")
    argv = [sys.executable, "-m", "zensical", "build", "-f", str(config)] + (["--strict"] if strict else [])
    try:
        r = subprocess.run(argv, cwd=project_dir, capture_output=True, text=True, timeout=3600)
    finally:
        config.unlink(missing_ok=True)
    if r.returncode != 0:
        out = (r.stderr + r.stdout).strip()
        if "No module named zensical" in out:
            raise FactsheetError("the zensical engine is not installed: pip install zensical==0.0.73 (or use the default engine)")
        raise FactsheetError(f"site build failed (zensical): {' '.join(out.split())[-600:]}", project_dir / CONFIG_NAME)


STAGING = ".factsheet-"
"""Prefix of the folders a site is built in (and of the old site while it is swapped out), beside site/."""


def _shown(filename: object, staging: Path, site: Path) -> Path:
    """Return the path of a failed write as the user knows it: under site/, not the staging folder."""
    p = Path(str(filename)) if filename else site
    return shown(site / p.relative_to(staging) if p.is_relative_to(staging) else p)


def _new_site_folder(site: Path) -> Path:
    """Return a new empty folder beside ``site`` to build in, after removing what killed builds left there.

    The caller holds the project lock, so no other build is using one.
    """
    if site.is_symlink() or (site.exists() and not site.is_dir()):
        raise FactsheetError("the site folder is a symbolic link or a file; it is not replaced (remove it)", site)
    try:
        site.parent.mkdir(parents=True, exist_ok=True)
        for stale in site.parent.glob(f"{STAGING}{site.name}-*"):
            if stale.is_dir() and not stale.is_symlink():
                shutil.rmtree(stale, ignore_errors=True)
        staging = Path(tempfile.mkdtemp(prefix=f"{STAGING}{site.name}-", dir=site.parent))
        mode = site.stat().st_mode & 0o7777 if site.is_dir() else 0o777 & ~_umask()
        os.chmod(staging, mode)
    except OSError as e:
        raise FactsheetError(f"cannot write the site folder: {e.strerror}", shown(site)) from None
    return staging


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _swap_in(staging: Path, site: Path) -> None:
    """Make ``staging`` the site folder: one atomic exchange where the system has one, else two renames."""
    try:
        if not site.exists():
            os.rename(staging, site)
            return
        if _exchange(staging, site):
            return  # staging now holds the old site, which the caller removes
        old = staging.with_name(staging.name + "-old")
        os.rename(site, old)
        os.rename(staging, site)
        shutil.rmtree(old, ignore_errors=True)
    except OSError as e:
        raise FactsheetError(f"cannot replace the site folder: {e.strerror}", site) from None


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux renameat2 RENAME_EXCHANGE); False where the system or file system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


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
