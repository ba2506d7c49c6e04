"""Is it safe to write? The store's path still names the open file, and the disk has room.

A store file deleted (or replaced) while the bot runs leaves the bot answering from its open
handle, and every write after that goes to a file no one will open again: at the next start
the path is empty and the store is rebuilt from the seeds. :class:`PathGuard` notices it with
one ``stat`` before each write (and whenever a caller asks, e.g. at each admin command) and
refuses with :class:`~knowledge.errors.StoreGone`; a full disk during a write becomes
:class:`~knowledge.errors.DiskFull`. Both name the store's path and carry a Persian message.

The open file's identity (device, inode) is taken when the store is opened. SQLite's file
descriptor is not reachable from Python, and opening a second descriptor just to ``fstat``
it is unsafe (closing any descriptor of a file drops the process's POSIX locks on it, and
SQLite's with them); an open file keeps its inode, so the identity at open is the open
file's for as long as it is open.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import DiskFull, StoreGone

log = logging.getLogger(__name__)


def identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file at ``path``; None when there is none."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return st.st_dev, st.st_ino


def is_disk_full(exc: BaseException) -> bool:
    """SQLITE_FULL («database or disk is full») or the system's ENOSPC."""
    if isinstance(exc, sqlite3.OperationalError):
        return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "disk is full" in str(exc)
    return isinstance(exc, OSError) and exc.errno == errno.ENOSPC


class PathGuard:
    """Guards the writes to one store file (``path`` None: an in-memory store, never gone)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.opened = identity(path) if path is not None else None
        self.gone = False  # logged once, then every write is refused until a restart

    def check(self) -> None:
        """Raise StoreGone when ``path`` is missing or names another file than the open one.
        A stat that fails otherwise (a folder made unreadable) proves nothing and passes."""
        if self.path is None or self.opened is None:
            return
        if not self.gone:
            try:
                self.gone = identity(self.path) != self.opened
            except OSError as exc:
                log.warning("cannot stat the store %s: %s", self.path, exc)
                return
            if not self.gone:
                return
            log.error("the store file %s was deleted or replaced while open; refusing every write "
                      "until a restart (answers still come from the open file)", self.path)
        raise StoreGone(self.path)

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Around one write (one transaction): checked first, a full disk named."""
        self.check()
        try:
            yield
        except (sqlite3.OperationalError, OSError) as exc:
            if not is_disk_full(exc):
                raise
            log.error("disk full while writing to the store %s: %s", self.path, exc)
            raise DiskFull(self.path) from exc
