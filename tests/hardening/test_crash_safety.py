"""Crash safety: ``newsbot add`` of a 200-article batch, killed with SIGKILL at random moments.

Thirty runs (seeded), in six cycles of five on one store; each cycle starts from no store at
all, so kills also land in creating the schema and loading the seeds. Each run adds the
articles not stored yet, then is killed:

* 20 runs: the test sends SIGKILL to the ``newsbot add`` process after a random delay;
* 10 runs: the process kills itself with SIGKILL right before its N-th SQL statement
  (random N; a trace callback on its connections). About 190 of an article's ~195
  statements run inside its write transaction, so these kills land mid-transaction
  (mid-trigger, mid-FTS update) — where wall-clock kills rarely land.

After every kill: ``PRAGMA integrity_check`` is «ok», ``foreign_key_check`` is empty, every
FTS5 index matches its content table, and every stored article is whole — its hash, title
and its number of sentences, people, statements, dates, places and events equal a clean
in-process parse of the same text — and every id the process printed is stored. The next
run (on the crashed store) must work; after the last kill a full ``newsbot add`` must
complete with exit status 0 and leave all 200 articles whole.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from knowledge.store.forms import functions
from tests.conftest import TODAY

from .articles import RECORD_TABLES, expected_seeds, expected_variant, stored_articles, write_variants

pytestmark = pytest.mark.slow

BATCH = 200
RUNS, CYCLE = 30, 5
SEED = 20251110
FTS_TABLES = ("sentences", "statements", "appearances", "events", "persons")
NEWSBOT = Path(sys.executable).with_name("newsbot")
# Runs newsbot with a trace callback on every sqlite3 connection that SIGKILLs the process
# itself right before its N-th statement (N from $HARDENING_KILL_AT).
SELF_KILLING_NEWSBOT = """
import os, signal, sqlite3, sys
limit = int(os.environ["HARDENING_KILL_AT"])
seen = 0
_connect = sqlite3.connect
def trace(statement):
    global seen
    seen += 1
    if seen >= limit:
        os.kill(os.getpid(), signal.SIGKILL)
def connect(*args, **kwargs):
    conn = _connect(*args, **kwargs)
    conn.set_trace_callback(trace)
    return conn
sqlite3.connect = connect
sys.argv[0] = "newsbot"
import datetime, bot.cli
bot.cli._today = lambda: datetime.date.fromisoformat(os.environ["HARDENING_TODAY"])  # the test's clock
bot.cli.main()
"""
# The plain ``newsbot`` entry point with the CLI's one clock read pinned to the tests' day, so
# the expected records (which hold dates resolved against it) cannot change at midnight.
PINNED_NEWSBOT = """
import datetime, os, sys
sys.argv[0] = "newsbot"
import bot.cli
bot.cli._today = lambda: datetime.date.fromisoformat(os.environ["HARDENING_TODAY"])
bot.cli.main()
"""
PINNED = [sys.executable, "-c", PINNED_NEWSBOT]


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSBOT_", "TELEGRAM_"))}
    # every printed id reaches us before the kill; the CLI's clock reads TODAY
    return env | {"PYTHONUNBUFFERED": "1", "HARDENING_TODAY": TODAY.isoformat()}


def remove_store(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def check_store(db: Path, today: dt.date, printed: set[int]) -> set[int]:
    """Assert the store is sound and every article whole; returns the variants stored."""
    if not db.exists():
        assert not printed
        return set()
    conn = sqlite3.connect(db, isolation_level=None)  # opening recovers the WAL, as newsbot would
    functions(conn)  # the sentences' forms are read through the store's SQL functions (015)
    try:
        assert "ok" == conn.execute("PRAGMA integrity_check").fetchone()[0]
        assert [] == conn.execute("PRAGMA foreign_key_check").fetchall()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        # the articles' table: ``article_rows`` under the view ``articles`` from 017 on
        if not {"articles", "article_rows"} & tables:  # killed before the first migration committed
            assert not printed
            return set()
        for table in FTS_TABLES:
            if f"{table}_fts" in tables:  # the index matches the content table, row for row
                conn.execute(f"INSERT INTO {table}_fts({table}_fts, rank) VALUES('integrity-check', 1)")
        stored = stored_articles(conn)
    finally:
        conn.close()
    seeds = expected_seeds(today)
    variants = set()
    for article_id, (text_hash, title, counts, k) in stored.items():
        expected = expected_variant(k, today) if k is not None else seeds.get(text_hash)
        assert expected is not None, f"article {article_id} is neither a seed nor a whole variant: {counts}"
        assert (expected.text_hash, expected.title) == (text_hash, title), f"article {article_id}"
        assert dict(expected.counts) == counts, f"article {article_id} (variant {k}) is not whole"
        assert set(RECORD_TABLES) == set(counts)
        if k is not None:
            variants.add(k)
    assert printed <= set(stored), f"ids printed but not stored: {printed - set(stored)}"
    return variants


def printed_ids(stdout: bytes) -> set[int]:
    return {int(line) for line in stdout.decode("utf-8", "replace").splitlines() if line.strip().isdigit()}


def test_newsbot_add_killed_at_random_moments(tmp_path: Path) -> None:
    files = write_variants(tmp_path / "batch", BATCH)
    db = tmp_path / "news.db"
    rng = random.Random(SEED)
    today = TODAY  # the clock newsbot add reads (pinned by PINNED / HARDENING_TODAY)
    stored: set[int] = set()
    log = []
    for run in range(RUNS):
        if run % CYCLE == 0:
            remove_store(db)
            stored = set()
        pending = [str(f) for k, f in enumerate(files) if k not in stored]
        if not pending:  # the whole batch got in before a kill: start over on no store
            remove_store(db)
            stored, pending = set(), [str(f) for f in files]
        args = ["add", "--db", str(db), *pending]
        self_kill = run % 3 == 2
        started = time.monotonic()
        if self_kill:
            kill_at = rng.randint(1, 1_800)  # a fresh store: ~560 statements to migrate and seed, ~195 an article
            proc = subprocess.Popen([sys.executable, "-c", SELF_KILLING_NEWSBOT, *args], env=child_env() | {
                "HARDENING_KILL_AT": str(kill_at)}, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            out, err = proc.communicate(timeout=300)
            moment = f"statement {kill_at}"
        else:
            delay = rng.uniform(0.3, 6.0)
            proc = subprocess.Popen([*PINNED, *args], env=child_env(),
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            try:
                out, err = proc.communicate(timeout=delay)
            except subprocess.TimeoutExpired:
                os.kill(proc.pid, signal.SIGKILL)  # only the process this test started
                out, err = proc.communicate(timeout=60)
            moment = f"{delay:.2f} s"
        if proc.returncode != -signal.SIGKILL:  # it finished before the kill: then it must have succeeded
            assert 0 == proc.returncode, err.decode("utf-8", "replace")[-3000:]
        assert b"Traceback" not in err, err.decode("utf-8", "replace")[-3000:]
        took = time.monotonic() - started
        new = printed_ids(out)
        stored = check_store(db, today, new)
        log.append(f"run {run}: killed at {moment} (ran {took:.1f} s); "
                   f"{len(new)} ids printed, {len(stored)} variants stored")
    print("\n".join(log))

    # The store the last kill left behind takes the rest of the batch, and everything is whole.
    pending = [str(f) for k, f in enumerate(files) if k not in stored]
    done = subprocess.run([*PINNED, "add", "--db", str(db), *pending], env=child_env(),
                          capture_output=True, timeout=600)
    assert 0 == done.returncode, done.stderr.decode("utf-8", "replace")[-3000:]
    assert set(range(BATCH)) == check_store(db, today, printed_ids(done.stdout))
    check = subprocess.run([str(NEWSBOT), "check", "--db", str(db), "--json"], env=child_env(),
                           capture_output=True, timeout=120)
    assert 0 == check.returncode, check.stdout + check.stderr
