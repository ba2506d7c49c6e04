"""Operating the store: online backups and health checks.

    result = backup("news.db", "backups/")          # safe while the bot is writing
    status = check("news.db")                        # read-only; never creates or seeds

Both work on the SQLite file directly, next to a running bot:

* :func:`backup` copies through SQLite's online backup API
  (:meth:`sqlite3.Connection.backup`) a few pages at a time with a short sleep
  between steps. The source is opened read-only on its own connection and, for a
  WAL store (which :meth:`knowledge.store.Store.open` always makes), one read
  transaction is held for the whole copy: the copy is one consistent snapshot,
  writers are never blocked (WAL readers do not block writers) and the copy
  never has to restart because someone wrote. The copy goes to a temporary file
  beside the destination, is switched to ``journal_mode=DELETE`` (one
  self-contained file), verified with ``PRAGMA integrity_check``, synced, and
  only then given its name: a reader never sees a half-written backup, and an
  existing file is never replaced unless ``force`` is given.
* :func:`check` opens the file read-only (``mode=ro``) and reports
  ``integrity_check``, the applied schema version against the one this code
  expects, and the number of articles. A missing file is an error, not an
  empty store: the check must never create one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from ..errors import BackupExists, BackupFailed, MaintenanceError, StoreMissing  # raised here; MaintenanceError re-exported
from .steps import SCHEMA_VERSION, migrations
from .store import Store

DEFAULT_PAGES = 256  # pages copied per step (1 MiB at SQLite's default 4 KiB page size)
DEFAULT_SLEEP = 0.005  # seconds between steps, so a busy disk is shared with the bot
BACKUP_PREFIX = "news-"  # names of backups written into a directory: news-20250101T030000Z.db
BACKUP_SUFFIX = ".db"
_STAMPED = re.compile(rf"{BACKUP_PREFIX}\d{{8}}T\d{{6}}Z{re.escape(BACKUP_SUFFIX)}")
MAX_PROBLEMS = 20  # integrity_check lines kept in a report


@dataclass(frozen=True)
class BackupResult:
    """What :func:`backup` wrote."""

    path: Path  # the final file
    source: Path | None  # the store file copied (None for an in-memory store)
    bytes: int
    pages: int
    articles: int  # counted in the copy
    schema_version: int  # counted in the copy
    seconds: float
    removed: tuple[Path, ...] = ()  # older backups pruned with ``keep``
    stale: tuple[Path, ...] = ()  # temp files of killed backups, cleaned up


@dataclass(frozen=True)
class CheckResult:
    """What :func:`check` found.

    ``ok``: integrity is "ok" and 1 <= schema_version <= expected_version (an older
    schema is migrated by the next ``newsbot run``; a newer one needs newer code; 0
    means the file is not a newsbot store).
    """

    integrity: str  # "ok", or integrity_check's findings (or SQLite's error), one per line
    schema_version: int  # migrations applied to the file
    expected_version: int  # migrations this code knows
    articles: int
    ok: bool
    unreadable: str | None = None  # why the file cannot be read here (then nothing is known of its health)


# -- backup ------------------------------------------------------------------------

def backup(store_or_path: Store | str | Path, dest: str | Path, *, force: bool = False,
           keep: int | None = None, pages: int = DEFAULT_PAGES, sleep: float = DEFAULT_SLEEP,
           now: dt.datetime | None = None,
           progress: Callable[[int, int], None] | None = None) -> BackupResult:
    """Copy a live store to ``dest`` and verify the copy.

    ``store_or_path`` is a store file or an open :class:`Store`; an open file-backed
    store is copied through a fresh read-only connection, never through the
    store's own (which the bot may be using). ``dest`` naming an existing
    directory (or a str ending in "/") gets a timestamped file
    ``news-YYYYMMDDTHHMMSSZ.db`` inside it; then ``keep`` prunes that directory to
    the newest ``keep`` such backups. ``progress(remaining, total)`` is called
    after every step. Raises :class:`StoreMissing`, :class:`BackupExists` or
    :class:`BackupFailed`.
    """
    if pages == 0 or pages < -1:
        raise ValueError("pages must be positive, or -1 for all at once")
    if keep is not None and keep < 1:
        raise ValueError("keep must be at least 1")
    started = time.monotonic()
    target = _target(dest, now or dt.datetime.now(dt.UTC))
    if target.exists() and not force:
        raise BackupExists(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    stale = remove_stale_temps(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    fcntl.flock(fd, fcntl.LOCK_EX)  # "in use": a backup running beside this one keeps its temp file
    tmp = Path(tmp_name)
    try:
        with _source(store_or_path) as (src, source):
            copied = _copy(src, tmp, pages=pages, sleep=sleep, progress=progress)
        articles, version = _verify(tmp)
        _fsync(tmp)
        _publish(tmp, target, force=force)
    except BaseException:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}-journal").unlink(missing_ok=True)
        raise
    finally:
        os.close(fd)
    removed = prune(target.parent, keep) if keep is not None and _is_dir_target(dest) else ()
    return BackupResult(path=target, source=source, bytes=target.stat().st_size, pages=copied,
                        articles=articles, schema_version=version,
                        seconds=time.monotonic() - started, removed=removed, stale=stale)


def remove_stale_temps(target: Path) -> tuple[Path, ...]:
    """Delete temp files a killed backup left beside ``target``: our own names only
    (``.news-<stamp>.db.XXXXXXXX.tmp`` or ``.<target name>.XXXXXXXX.tmp``, and their
    ``-journal``), and only those no running backup holds (each backup keeps an exclusive
    ``flock`` on its temp file until it is done)."""
    ours = re.compile(rf"\.(?:{BACKUP_PREFIX}\d{{8}}T\d{{6}}Z{re.escape(BACKUP_SUFFIX)}|{re.escape(target.name)})"
                      r"\.[A-Za-z0-9_]{8}\.tmp(?P<journal>-journal)?")
    removed: list[Path] = []
    try:
        names = sorted(p for p in target.parent.iterdir() if ours.fullmatch(p.name))
    except OSError:
        return ()
    for path in names:
        base = Path(str(path).removesuffix("-journal"))
        if path != base and base.exists():
            continue  # a journal goes with its temp file, below
        try:
            fd = os.open(base, os.O_RDONLY) if base.exists() else None
        except OSError:
            continue
        try:
            if fd is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # fails while a backup runs
            for leftover in (base, Path(f"{base}-journal")):
                if leftover.exists():
                    leftover.unlink()
                    removed.append(leftover)
        except OSError:
            continue
        finally:
            if fd is not None:
                os.close(fd)
    return tuple(removed)


def prune(directory: str | Path, keep: int) -> tuple[Path, ...]:
    """Delete all but the newest ``keep`` timestamped backups in ``directory``."""
    if keep < 1:
        raise ValueError("keep must be at least 1")
    found = sorted(p for p in Path(directory).glob(f"{BACKUP_PREFIX}*{BACKUP_SUFFIX}")
                   if _STAMPED.fullmatch(p.name))  # the stamp sorts by time; other files stay
    old = tuple(found[:-keep])
    for path in old:
        path.unlink(missing_ok=True)
    return old


def _is_dir_target(dest: str | Path) -> bool:
    return str(dest).endswith(("/", os.sep)) or Path(dest).is_dir()


def _target(dest: str | Path, now: dt.datetime) -> Path:
    if _is_dir_target(dest):
        stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        return Path(dest) / f"{BACKUP_PREFIX}{stamp}{BACKUP_SUFFIX}"
    return Path(dest)


@contextlib.contextmanager
def _source(store_or_path: Store | str | Path) -> Iterator[tuple[sqlite3.Connection, Path | None]]:
    """A connection to copy from, and the file behind it (None when in memory)."""
    if isinstance(store_or_path, Store):
        conn: sqlite3.Connection = store_or_path.db.conn
        file = conn.execute("PRAGMA database_list").fetchone()[2]
        if not file:  # in memory: only this connection can see it; SQLite copes with its writes
            yield conn, None
            return
        path = Path(file)
    else:
        path = Path(store_or_path)
    src = _connect_ro(path)
    try:
        yield src, path
    finally:
        src.close()


def _copy(src: sqlite3.Connection, tmp: Path, *, pages: int, sleep: float,
          progress: Callable[[int, int], None] | None) -> int:
    """Copy ``src`` into the file ``tmp``; returns the number of pages copied."""
    total = 0

    def step(status: int, remaining: int, count: int) -> None:
        nonlocal total
        total = count
        if progress is not None:
            progress(remaining, count)
        if remaining and sleep > 0:
            # Connection.backup's own ``sleep`` applies only after SQLITE_BUSY/LOCKED;
            # this pause between steps is what leaves the disk to the bot.
            time.sleep(sleep)

    dst = sqlite3.connect(str(tmp))
    try:
        wal = str(src.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal"
        if wal and src.in_transaction is False:
            # One snapshot for the whole copy: WAL writers carry on, and no step ever
            # sees a change that would restart the backup from page one.
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
        try:
            src.backup(dst, pages=pages, progress=step, sleep=sleep)
        finally:
            if wal and src.in_transaction:
                src.execute("ROLLBACK")
        dst.execute("PRAGMA journal_mode = DELETE")  # the copy is one self-contained file
        dst.commit()
    except sqlite3.Error as exc:
        raise BackupFailed(str(exc)) from exc
    finally:
        dst.close()
    return total


def _verify(path: Path) -> tuple[int, int]:
    """integrity_check the copy; returns (articles, schema version)."""
    try:
        conn = _connect_ro(path)
    except sqlite3.Error as exc:
        raise BackupFailed(str(exc)) from exc
    try:
        findings = _integrity(conn, quick=False)
        if findings != "ok":
            raise BackupFailed(f"integrity_check: {findings}")
        return _count_articles(conn), _schema_version(conn)
    except sqlite3.Error as exc:
        raise BackupFailed(str(exc)) from exc
    finally:
        conn.close()


def _publish(tmp: Path, target: Path, *, force: bool) -> None:
    """Give the finished copy its name atomically; never clobber without ``force``."""
    if force:
        os.replace(tmp, target)
    else:
        try:
            os.link(tmp, target)  # fails if target appeared meanwhile: no race, no clobber
        except FileExistsError:
            raise BackupExists(target) from None
        except OSError:  # a filesystem without hard links
            if target.exists():
                raise BackupExists(target) from None
            os.replace(tmp, target)
        else:
            tmp.unlink()
    _fsync_dir(target.parent)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can open a directory
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# -- check -------------------------------------------------------------------------

def check(path: str | Path, *, quick: bool = False) -> CheckResult:
    """Report on the store file at ``path`` without changing it.

    ``quick`` runs ``PRAGMA quick_check`` (no index cross-checks; much faster on a
    big store) instead of ``integrity_check``. A file that is not an SQLite
    database gives ``ok=False`` with SQLite's error as ``integrity``; a missing
    file raises :class:`StoreMissing`.
    """
    path = Path(path)
    if not path.is_file():
        raise StoreMissing(path)
    integrity, version, articles = "", 0, 0
    try:
        conn = _connect_for_check(path)
    except _CannotRead as exc:
        return CheckResult("", 0, SCHEMA_VERSION, 0, False, unreadable=str(exc))
    except sqlite3.Error as exc:
        return CheckResult(str(exc), 0, SCHEMA_VERSION, 0, False)
    try:
        integrity = _integrity(conn, quick=quick)
        version = _schema_version(conn)
        articles = _count_articles(conn)
    except sqlite3.Error as exc:  # e.g. "file is not a database"
        problem = integrity if integrity not in ("", "ok") else str(exc)
        return CheckResult(problem, version, SCHEMA_VERSION, articles, False)
    finally:
        conn.close()
    # An older schema is fine: ``newsbot run`` migrates it when it opens the store.
    ok = integrity == "ok" and 1 <= version <= SCHEMA_VERSION
    return CheckResult(integrity, version, SCHEMA_VERSION, articles, ok)


# -- shared ------------------------------------------------------------------------

def _connect_ro(path: Path) -> sqlite3.Connection:
    """A read-only connection: it can neither create the file nor change it."""
    if not path.is_file():
        raise StoreMissing(path)
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


class _CannotRead(Exception):
    """The file is there but this process cannot read it (permissions, a WAL store in a
    folder it cannot write): not evidence of damage."""


_ACCESS = ("readonly database", "unable to open", "permission", "authorization", "locking protocol")


def _connect_for_check(path: Path) -> sqlite3.Connection:
    """A read-only connection that has read the schema. A WAL store needs its ``-shm``
    file: in a folder the caller cannot write, SQLite cannot make one and fails with
    "attempt to write a readonly database". When there is no ``-wal`` content the main
    file holds every committed page, so it is then read as ``immutable`` (no locks, no
    ``-shm``); with ``-wal`` content that would miss commits, so it is "cannot read here"."""
    if not os.access(path, os.R_OK):
        raise _CannotRead(f"اجازهٔ خواندن فایل نیست [{path}]")
    conn = _connect_ro(path)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if not any(word in str(exc) for word in _ACCESS):
            raise
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise _CannotRead(f"پایگاه داده در حالت WAL است و پوشهٔ آن برای این کاربر نوشتنی نیست [{exc}]") from exc
    uri = f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        conn.close()
        if any(word in str(exc) for word in _ACCESS):
            raise _CannotRead(str(exc)) from exc
        raise
    return conn


def _integrity(conn: sqlite3.Connection, *, quick: bool) -> str:
    pragma = "quick_check" if quick else "integrity_check"
    rows = conn.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})").fetchall()
    return "\n".join(str(r[0]) for r in rows) or "ok"


def _schema_version(conn: sqlite3.Connection) -> int:
    """Migrations of this project's set recorded in the file (0 if none)."""
    table = migrations.migrations_table
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()
    if not exists:
        return 0
    row = conn.execute(f"SELECT count(*) FROM [{table}] WHERE migration_set = ?",
                       [migrations.name]).fetchone()
    return int(row[0])


def _count_articles(conn: sqlite3.Connection) -> int:
    # the table of the articles: ``article_rows`` under the view ``articles`` from 017 on
    found = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('articles', 'article_rows') "
                         "ORDER BY name = 'article_rows' DESC").fetchone()
    return int(conn.execute(f"SELECT count(*) FROM {found[0]}").fetchone()[0]) if found else 0
