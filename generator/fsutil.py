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
import stat
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


def check_replaceable(path: Path) -> None:
    """Raise FactsheetError if ``path`` exists and is not to be replaced: a symbolic link, not a regular file, or read-only.

    A person who makes a facts file read-only (chmod 444) or a link means it to stay as it is;
    replacing it with a new regular file would undo that without a word.
    """
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as e:
        raise FactsheetError(f"cannot write: {e.strerror}", path) from None
    if stat.S_ISLNK(st.st_mode):
        raise FactsheetError("a symbolic link; not replaced", path)
    if not stat.S_ISREG(st.st_mode):
        raise FactsheetError("not a regular file; not replaced", path)
    if not st.st_mode & 0o222 or not os.access(path, os.W_OK):
        raise FactsheetError("read-only; not replaced (make it writable to let factsheet update it)", path)


def atomic_write_text(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8, ``\\n`` line ends) in one step.

    Readers see either the old file or the new one, never a partial write.
    The temp file is created in the same folder (so ``os.replace`` is a rename
    on one file system) and is removed if anything fails. A link or a read-only
    file is not replaced (:func:`check_replaceable`).
    """
    path = Path(path)
    folder = path.parent
    data = text.encode("utf-8")
    check_replaceable(path)
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


def shown(path: Path) -> Path:
    """Return ``path`` as the user would write it in a message: relative to the current folder when inside it."""
    here = Path.cwd()
    return path.relative_to(here) if path.is_absolute() and path.is_relative_to(here) else path


class TooBig(FactsheetError):
    """A file larger than the reader's limit (nothing past the limit was read)."""

    def __init__(self, size: int, path: Path):
        super().__init__(f"file is {size:,} bytes, over the limit", path)
        self.size = size


LINK_REFUSED = "a symbolic link; not read (with --follow-links, links to files inside the project are read)"


def read_file(path: Path, follow_links: Path | None = None, limit: int | None = None, what: str = "file",
              head: int | None = None) -> bytes:
    """Return the bytes of the regular file at ``path``; raise a one-line FactsheetError for anything else.

    Seeds and facts files are untrusted: a symbolic link could make factsheet read, and publish or
    print, a file from anywhere (``/etc/passwd``). A link is read only when ``follow_links`` (the
    project folder) is given and the link leads to a file inside it. A folder, pipe or device named
    like a file is refused without being opened for long (a pipe could block).

    Arguments:
        path: the file.
        follow_links: the project folder, to read links that stay inside it; None refuses links.
        limit: refuse (:class:`TooBig`) a file of more bytes than this, without reading it.
        what: what the file is, for the message about a folder ("seed file").
        head: read only the first ``head`` bytes.
    """
    path = Path(path)
    try:
        st = os.lstat(path)
    except OSError as e:
        raise FactsheetError(f"cannot read: {e.strerror}", path) from None
    target = path
    if stat.S_ISLNK(st.st_mode):
        if follow_links is None:
            raise FactsheetError(LINK_REFUSED, path)
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):
            raise FactsheetError("a symbolic link to nothing; not read", path) from None
        if not target.is_relative_to(Path(follow_links).resolve()):
            raise FactsheetError("a symbolic link to a file outside the project; not read", path)
    try:
        # O_NOFOLLOW: a file swapped for a link after the check is refused, not followed.
        fd = os.open(target, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise FactsheetError(LINK_REFUSED, path) from None
        raise FactsheetError(f"cannot read: {e.strerror}", path) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise FactsheetError("a folder, not a " + what + "; skipped" if stat.S_ISDIR(st.st_mode)
                                 else "not a regular file (a pipe or device); skipped", path)
        if limit is not None and st.st_size > limit:
            raise TooBig(st.st_size, path)
        chunks = []
        left = head if head is not None else (limit + 1) if limit is not None else -1
        while left:
            chunk = os.read(fd, 1 << 20 if left < 0 else min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left = left - len(chunk) if left > 0 else left
        data = b"".join(chunks)
    except OSError as e:
        raise FactsheetError(f"cannot read: {e.strerror}", path) from None
    finally:
        os.close(fd)
    if limit is not None and len(data) > limit:  # it grew after fstat()
        raise TooBig(len(data), path)
    return data


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
