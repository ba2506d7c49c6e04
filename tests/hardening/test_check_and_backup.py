"""`newsbot check` and `newsbot backup` as an operator runs them (issue 14, points 4 and 7): a
healthy WAL store in a folder the caller cannot write is healthy, a store the caller cannot read
is "cannot be read here" and never «ناسالم»; temp files of killed backups are cleaned up by the
next backup, and a running backup's temp file is left alone.
"""

from __future__ import annotations

import fcntl
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from knowledge.store import SCHEMA_VERSION

from .test_operator_cli import GOOD1, GOOD2, newsbot, no_override


def store_in(folder: Path, tmp_path: Path) -> Path:
    db = folder / "news.db"
    assert 0 == newsbot(tmp_path, "add", str(GOOD1), "--db", str(db)).returncode
    return db


def check_json(tmp_path: Path, db: Path) -> tuple[int, dict[str, object]]:
    done = newsbot(tmp_path, "check", "--db", str(db), "--json", prefix=no_override())
    return done.returncode, json.loads(done.stdout)


def test_wal_store_in_a_folder_the_caller_cannot_write_is_healthy(tmp_path: Path) -> None:
    db = store_in(tmp_path / "data", tmp_path)
    (tmp_path / "data").chmod(0o555)
    rc, data = check_json(tmp_path, db)
    assert (0, True, SCHEMA_VERSION, 1) == (rc, data["ok"], data["schema_version"], data["articles"])


def test_wal_store_with_pending_commits_is_cannot_be_read_here(tmp_path: Path) -> None:
    """Commits only in the -wal and no -shm (a bot killed, its -shm gone), in a folder the
    caller cannot write: reading the main file alone would miss them, so it is not read."""
    db = store_in(tmp_path / "data", tmp_path)
    writer = sqlite3.connect(db)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("INSERT INTO meta (key, value) VALUES ('probe', 'x')")
    writer.commit()
    wal = Path(f"{db}-wal").read_bytes()
    writer.close()  # checkpoints and removes the -wal and -shm ...
    Path(f"{db}-wal").write_bytes(wal)  # ... which is put back, without a -shm
    (tmp_path / "data").chmod(0o555)
    done = newsbot(tmp_path, "check", "--db", str(db), prefix=no_override())
    rc, data = check_json(tmp_path, db)
    assert 1 == done.returncode
    assert "اینجا خوانده نمی‌شود (نه آسیب‌دیده)" in done.stdout and "ناسالم" not in done.stdout
    assert (1, "unreadable") == (rc, data["error"])


def test_store_the_caller_cannot_read_is_not_called_damaged(tmp_path: Path) -> None:
    db = store_in(tmp_path / "data", tmp_path)
    db.chmod(0)
    done = newsbot(tmp_path, "check", "--db", str(db), prefix=no_override())
    assert 1 == done.returncode and "اجازهٔ خواندن فایل نیست" in done.stdout and "ناسالم" not in done.stdout


def test_next_backup_removes_temp_files_of_killed_backups(tmp_path: Path) -> None:
    db = store_in(tmp_path / "data", tmp_path)
    backups = tmp_path / "backups"
    backups.mkdir()
    # what SIGKILLed backups leave: a temp copy and its journal, of our own name pattern
    left = [backups / ".news-20250101T030000Z.db.abcd1234.tmp", backups / ".news-20250101T030000Z.db.abcd1234.tmp-journal",
            backups / ".news-20250102T030000Z.db.x_y9z0k1.tmp"]
    for path in left:
        path.write_bytes(b"\0" * 4096)
    others = [backups / "notes.txt", backups / ".other.abcd1234.tmp"]  # not ours: kept
    for path in others:
        path.write_text("keep")
    busy = backups / ".news-20250103T030000Z.db.busy0001.tmp"  # a backup running right now
    busy.write_bytes(b"")
    holder = os.open(busy, os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX)
    try:
        done = newsbot(tmp_path, "backup", f"{backups}/", "--db", str(db), "--json")
    finally:
        os.close(holder)
    assert 0 == done.returncode, done.stderr
    assert sorted(str(p) for p in left) == sorted(json.loads(done.stdout)["stale"])
    assert [] == [p for p in left if p.exists()]
    assert all(p.exists() for p in [*others, busy])


def test_a_killed_backup_leaves_nothing_after_the_next(tmp_path: Path) -> None:
    """The real thing: a backup SIGKILLed mid-copy (slowed down to 1 page a step), then another."""
    db = store_in(tmp_path / "data", tmp_path)
    assert 0 == newsbot(tmp_path, "add", str(GOOD2), "--db", str(db)).returncode
    backups = tmp_path / "backups"
    slow = ("import sys; from knowledge.store import maintenance as m; "
            "m.backup(sys.argv[1], sys.argv[2], pages=1, sleep=0.2)")
    proc = subprocess.Popen([sys.executable, "-c", slow, str(db), f"{backups}/"])
    deadline = time.monotonic() + 60
    while not list(backups.glob(".news-*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert list(backups.glob(".news-*.tmp*"))  # the killed backup left its temp file
    done = newsbot(tmp_path, "backup", f"{backups}/", "--db", str(db))
    assert 0 == done.returncode, done.stderr
    assert [] == list(backups.glob(".*"))
    assert 1 == len(list(backups.glob("news-*.db")))
