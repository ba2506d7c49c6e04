"""The store's own reliability (issue 14): processes racing to open a new store or to upgrade an
old one, ids never reused after a delete (migration 006), invisible format characters dropped
before parsing, and the admin count said at start.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import admins_notice, parse_admins
from knowledge import text
from knowledge.library import Library
from knowledge.parse import parse
from knowledge.store import SCHEMA_VERSION, Store
from knowledge.store import maintenance
from knowledge.store.forms import functions
from knowledge.store.steps import migrations

from .conftest import TODAY
from .test_operator_cli import GOOD1, GOOD2, env

PROCESSES, TRIALS = 4, 6
TIMEOUT = 120
# Opens (creates, migrates) the store named in argv[1] as soon as the file argv[2] exists,
# so the processes start their opens at the same moment.
OPEN_AT_ONCE = """
import os, sys, time
from knowledge.store import Store
while not os.path.exists(sys.argv[2]):
    time.sleep(0.001)
Store.open(sys.argv[1]).close()
"""


def race(tmp_path: Path, db: Path) -> list[subprocess.CompletedProcess[str]]:
    go = tmp_path / f"go-{db.name}"
    procs = [subprocess.Popen([sys.executable, "-c", OPEN_AT_ONCE, str(db), str(go)], env=env(tmp_path),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(PROCESSES)]
    go.touch()
    out = []
    for proc in procs:
        stdout, stderr = proc.communicate(timeout=TIMEOUT)
        out.append(subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr))
    return out


def test_processes_opening_a_new_store_at_once(tmp_path: Path) -> None:
    failures = []
    for trial in range(TRIALS):
        db = tmp_path / f"new{trial}.db"
        failures += [p.stderr.strip().splitlines()[-1] for p in race(tmp_path, db) if p.returncode]
        assert (True, SCHEMA_VERSION) == (maintenance.check(db).ok, maintenance.check(db).schema_version)
    assert [] == failures  # was 11 of 60: «database is locked», «table articles already exists»


def old_store(path: Path, *, articles: list[Path]) -> list[int]:
    """A store at schema 5 (before AUTOINCREMENT) holding ``articles``; returns their ids."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    migrations.apply(db, stop_before="006_article_ids_never_reused")
    conn.commit()
    store = Store.__new__(Store)  # the rows written as 005 code wrote them
    store.db, store.cache = db, {}
    db.execute("PRAGMA foreign_keys = ON")
    got = [store.add(parse(p.read_bytes(), today=TODAY), added=TODAY.isoformat())[0] for p in articles]
    conn.execute("INSERT INTO meta (key, value) VALUES ('seeded', 'test')")
    conn.commit()
    conn.close()
    return got


def test_processes_upgrading_an_old_store_at_once(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    old_store(db, articles=[GOOD1, GOOD2])
    sentences = sqlite3.connect(db).execute("SELECT count(*) FROM sentences").fetchone()[0]
    failed = [p.stderr for p in race(tmp_path, db) if p.returncode]
    assert [] == failed
    status = maintenance.check(db)
    assert (True, SCHEMA_VERSION, 2) == (status.ok, status.schema_version, status.articles)
    conn = sqlite3.connect(db)
    functions(conn)  # the sentences' forms are read through the store's SQL functions (015)
    assert sentences == conn.execute("SELECT count(*) FROM sentences").fetchone()[0]  # the rebuild cascaded nothing
    assert 1 == conn.execute("SELECT count(*) FROM _sqlite_migrations WHERE name = '006_article_ids_never_reused'"
                             ).fetchone()[0]  # applied once, not once per process


def test_ids_are_never_reused_after_delete(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "news.db", today=TODAY, seed=False)
    first = lib.add(GOOD1.read_bytes(), today=TODAY).article_id
    lib.delete(first)
    second = lib.add(GOOD2.read_bytes(), today=TODAY).article_id
    lib.close()
    assert (1, 2) == (first, second)  # was (1, 1): an old «del:1» button would delete the new one


def test_ids_are_never_reused_after_the_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    a, b = old_store(db, articles=[GOOD1, GOOD2])
    lib = Library.open(db, today=TODAY)
    assert [a, b] == lib.store.article_ids()  # ids kept by the rebuild
    assert lib.show(b)["sentences"]  # and their records
    lib.delete(b)
    again = lib.add(GOOD2.read_bytes(), today=TODAY).article_id
    lib.close()
    assert b + 1 == again


# -- 11. invisible format characters -------------------------------------------------------------

@pytest.mark.parametrize("char", [
    "\u200b",  # zero-width space
    "\u2060",  # word joiner
    "\u180e",  # Mongolian vowel separator
    "\U000e0041",  # a tag character
    "\u061c",  # Arabic letter mark
])
def test_format_character_between_every_letter_parses_as_the_clean_text(char: str) -> None:
    raw = GOOD1.read_text(encoding="utf-8")
    clean = parse(raw, today=TODAY)
    dirty = parse(char.join(raw), today=TODAY)
    assert ((len(clean.sentences), len(clean.dates), clean.title)
            == (len(dirty.sentences), len(dirty.dates), dirty.title))


def test_zwnj_is_kept() -> None:
    assert "می\u200cرود" == text.clean("می\u200cرود\u2060")


# -- 12. NEWSBOT_ADMINS at start ----------------------------------------------------------------

@pytest.mark.parametrize(("raw", "expected"), [
    (" ", (True, "set but holds no user id")),  # a lone space: nobody is admin, said loudly
    (",", (True, "set but holds no user id")),
    (None, (True, "not set")),
    ("١١١, 222", (False, "2 admin(s) read")),  # Arabic-Indic digits read as 111
])
def test_admins_notice(raw: str | None, expected: tuple[bool, str]) -> None:
    environ = {} if raw is None else {"NEWSBOT_ADMINS": raw}
    warn, line = admins_notice(environ, parse_admins(raw or ""))
    assert expected[0] == warn and expected[1] in line, line


def test_run_logs_the_admin_count(tmp_path: Path) -> None:
    """`newsbot run` says it before contacting Telegram (here: an unreachable Bot API)."""
    done = subprocess.run(
        [str(Path(sys.executable).with_name("newsbot")), "run", "--base-url", "http://127.0.0.1:9/bot",
         "--db", str(tmp_path / "news.db")],
        env=env(tmp_path) | {"TELEGRAM_BOT_TOKEN": "123456:" + "A" * 35, "NEWSBOT_ADMINS": " "},
        capture_output=True, text=True, timeout=TIMEOUT)
    assert "WARNING" in done.stderr and "NEWSBOT_ADMINS is set but holds no user id" in done.stderr


class _Busy:
    """A connection whose journal-mode change is refused ``refusals`` times with ``error``."""

    def __init__(self, refusals: int, error: str) -> None:
        self.refusals, self.error, self.calls = refusals, error, 0

    def execute(self, sql: str) -> None:
        self.calls += 1
        if self.calls <= self.refusals:
            raise sqlite3.OperationalError(self.error)


def test_switching_to_wal_waits_while_another_opener_holds_the_lock() -> None:
    # «database is locked» without the busy handler (a racing opener): tried again, then done
    from knowledge.store.store import _into_wal

    busy = _Busy(3, "database is locked")
    _into_wal(busy, tries=10)  # type: ignore[arg-type]
    assert 4 == busy.calls
    # any other error is not waited out
    broken = _Busy(1, "disk I/O error")
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        _into_wal(broken, tries=10)  # type: ignore[arg-type]
    assert 1 == broken.calls
    # a lock that never goes: the error after the last try
    stuck = _Busy(100, "database is locked")
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        _into_wal(stuck, tries=5)  # type: ignore[arg-type]
    assert 5 == stuck.calls
