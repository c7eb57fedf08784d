"""Skip rendering when nothing it reads has changed since the last render.

Rendering reads the facts files, the seeds (article text), the templates, the
package's code and data files (``data/accuracy.json``, shown on the About
page, among them) and today's date; its output is the docs
folder. After each render the digest of those inputs and a listing of the
docs folder (names, sizes, modification times) are kept in
``.factsheet/cache/render.stamp``. When both still match, the pages on disk
are exactly what a render would write, and ``factsheet build`` goes straight
to MkDocs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from importlib import resources
from pathlib import Path

STAMP_NAME = "render.stamp"


def _hash_tree(h, root: Path) -> None:
    if not root.is_dir():
        h.update(b"<none>\0")
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            p = Path(dirpath) / name
            h.update(str(p.relative_to(root)).encode("utf-8", "surrogateescape") + b"\0")
            try:
                h.update(hashlib.sha256(p.read_bytes()).digest())
            except OSError:
                h.update(b"<unreadable>")


def inputs_digest(project: Path, seeds: Path, facts: Path, docs: Path) -> str:
    """Return a digest of everything a render of ``project`` reads."""
    h = hashlib.sha256(b"renderstamp-1\0")
    h.update(dt.date.today().isoformat().encode() + b"\0" + str(docs.resolve()).encode() + b"\0")
    _hash_tree(h, Path(str(resources.files("generator"))))
    for folder in (project / "templates", facts, seeds):
        h.update(b"\0" + str(folder).encode() + b"\0")
        _hash_tree(h, folder)
    # The Corrections page dates hand changes from git. (The What changed page shows the change sets of
    # the builds that changed something: with the same records, the last render's page is still right.)
    from .corrections import head

    h.update(b"\0git\0" + head(project).encode())
    return h.hexdigest()


def docs_listing(docs: Path) -> str:
    """Return a digest of the docs folder's file names, sizes and modification times."""
    h = hashlib.sha256()
    if not docs.is_dir():
        return ""
    for dirpath, dirnames, filenames in os.walk(docs):
        dirnames.sort()
        for name in sorted(filenames):
            p = Path(dirpath) / name
            try:
                st = p.stat()
            except OSError:
                return ""
            h.update(f"{p.relative_to(docs)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


def up_to_date(cache_dir: Path | None, inputs: str, docs: Path) -> bool:
    """Return whether the last render had these inputs and its docs folder is untouched."""
    if cache_dir is None:
        return False
    try:
        stamp = (cache_dir / STAMP_NAME).read_text(encoding="utf-8").split()
    except OSError:
        return False
    return len(stamp) == 2 and stamp[0] == inputs and stamp[1] == docs_listing(docs)


def record(cache_dir: Path | None, inputs: str, docs: Path) -> None:
    """Remember that ``docs`` is the render of ``inputs``."""
    if cache_dir is None:
        return
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = cache_dir / f".{STAMP_NAME}.{os.getpid()}.tmp"
        tmp.write_text(f"{inputs} {docs_listing(docs)}\n", encoding="utf-8")
        os.replace(tmp, cache_dir / STAMP_NAME)
    except OSError:
        pass


def forget(cache_dir: Path | None) -> None:
    """Drop the stamp (before a render that might fail half way)."""
    if cache_dir is not None:
        try:
            (cache_dir / STAMP_NAME).unlink()
        except OSError:
            pass
