"""Safe file writes and the project lock.

A facts file is written whole or not at all (temp file beside it, fsync,
``os.replace``), and only one build runs in a project at a time: the lock is
an ``flock`` on ``.factsheet/lock`` in the project folder, which the kernel
releases when its holder dies, even by SIGKILL.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

from .errors import FactsheetError

LOCK_DIR = ".factsheet"
LOCK_NAME = "lock"
LOCK_TIMEOUT = 30.0
"""Seconds a second build waits for the first before it refuses."""
TEMP_SUFFIX = ".factsheet-tmp"


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a directory; the rename is still atomic
    finally:
        os.close(fd)


def atomic_write_text(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8, ``\\n`` line ends) in one step.

    Readers see either the old file or the new one, never a partial write.
    The temp file is created in the same folder (so ``os.replace`` is a rename
    on one file system) and is removed if anything fails.
    """
    path = Path(path)
    folder = path.parent
    data = text.encode("utf-8")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        mode = path.stat().st_mode & 0o777 if path.exists() else None
    except OSError as e:
        raise FactsheetError(f"cannot write: {e.strerror}", path) from None
    tmp = folder / f".{path.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}"
    try:
        # O_EXCL: never follow or reuse someone else's file; 0o666 lets the umask decide.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            if mode is not None:
                os.fchmod(fd, mode)
            view = memoryview(data)
            while view:
                n = os.write(fd, view)
                view = view[n:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as e:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise FactsheetError(f"cannot write: {e.strerror}", path) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(folder)


def remove_temp_files(folder: Path) -> list[Path]:
    """Remove temp files a killed writer left in ``folder``; return them.

    Call it only while holding :func:`project_lock`, so no writer is active.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return []
    removed = []
    for p in sorted(folder.glob(f".*{TEMP_SUFFIX}")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
            removed.append(p)
    return removed


@contextlib.contextmanager
def project_lock(project_dir: Path, timeout: float = LOCK_TIMEOUT, poll: float = 0.1) -> Iterator[Path]:
    """Hold the project's exclusive build lock for the duration of the ``with`` block.

    Arguments:
        project_dir: the folder that holds ``facts/`` and ``seeds/``; the lock
            file is ``<project_dir>/.factsheet/lock``, never inside ``facts/``.
        timeout: seconds to wait for another build to finish; then raise.
        poll: seconds between attempts while waiting.

    Returns:
        The path of the lock file (yielded).

    Raises:
        FactsheetError: the lock is still held after ``timeout`` seconds, or
            the lock file cannot be created.
    """
    lock_dir = Path(project_dir) / LOCK_DIR
    lock_path = lock_dir / LOCK_NAME
    try:
        lock_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as e:
        raise FactsheetError(f"cannot create the lock file: {e.strerror}", lock_path) from None
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as e:
                if e.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise FactsheetError(f"cannot lock: {e.strerror}", lock_path) from None
            if time.monotonic() >= deadline:
                holder = _read_holder(fd)
                who = f" (process {holder})" if holder else ""
                raise FactsheetError(
                    f"another factsheet build is running in this project{who}; "
                    f"waited {timeout:g}s, giving up. Try again when it has finished.",
                    lock_path,
                )
            time.sleep(poll)
        # Record the holder for the message above; the lock is the flock, not this text.
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        try:
            yield lock_path
        finally:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _read_holder(fd: int) -> str:
    try:
        return os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return ""
