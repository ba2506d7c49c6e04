"""Two writers on one store: the bot and ``newsbot add``, or two ``newsbot add`` runs.

The bot serialises its own calls with a lock, but a second process (an admin running
``newsbot add`` on the server, a cron job) has its own connection. SQLite's WAL and the
30 s busy timeout make them take turns; these tests check that nothing is refused as
«database is locked» and that the same text added by both is still one article.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from knowledge.library import Library

from .articles import write_variants
from .test_crash_safety import PINNED, check_store, child_env, printed_ids

TODAY = dt.date(2025, 11, 10)


def test_same_text_added_by_two_connections_at_once_is_one_article(tmp_path: Path) -> None:
    """The duplicate check runs before the write transaction; another connection may store the
    same text in between. (Found here: it raised sqlite3.IntegrityError; fixed in 1561645.)"""
    db = tmp_path / "news.db"
    first, second = Library.open(db, today=TODAY), Library.open(db, today=TODAY)
    text = write_variants(tmp_path / "a", 1)[0].read_text(encoding="utf-8")
    try:
        looked_up = first.store.find_hash
        winner: list[int] = []

        def find_hash_then_lose_the_race(text_hash: str) -> int | None:
            found = looked_up(text_hash)  # not stored yet ...
            if not winner:  # ... and right now the other writer stores the same text
                winner.append(second.add(text, today=TODAY).article_id)
            return found

        first.store.find_hash = find_hash_then_lose_the_race  # type: ignore[method-assign]
        result = first.add(text, today=TODAY)
        assert (False, winner[0]) == (result.created, result.article_id)
        assert 3 == first.store.count()  # two seeds and one copy
    finally:
        first.close()
        second.close()


def test_a_write_that_reads_first_still_waits_its_turn(tmp_path: Path) -> None:
    """An add whose transaction reads before it writes (the column checks of a new process,
    ``Store._has``) while another connection commits: the add must not be refused. With a
    plain BEGIN the read pinned a snapshot, the other commit outdated it, and SQLite refused
    the write at once with «database is locked» (found by the test below, 1 run in 5)."""
    import sqlite3

    db = tmp_path / "news.db"
    first, second = Library.open(db, today=TODAY), Library.open(db, today=TODAY)
    texts = [p.read_text(encoding="utf-8") for p in write_variants(tmp_path / "a", 2)]
    try:
        second.store.db.execute("PRAGMA busy_timeout = 100")
        checks = first.store.__dict__.setdefault("_columns", {})
        checks.clear()  # as in a process that has not written yet
        real = first.store.db.execute
        other: list[str] = []

        def execute(sql: str, *args: object) -> object:
            result = real(sql, *args)
            if sql.startswith("PRAGMA table_xinfo") and not other:
                try:  # ... and right now the other connection writes
                    second.add(texts[1], today=TODAY)
                    other.append("stored")
                except sqlite3.OperationalError:
                    other.append("waited")  # it found the write lock taken: its turn comes after
            return result

        first.store.db.execute = execute  # type: ignore[method-assign]
        result = first.add(texts[0], today=TODAY)
        assert result.created
        first.store.db.execute = real  # type: ignore[method-assign]
        assert ["waited"] == other
        assert 3 == first.store.count()  # two seeds and the first writer's article
    finally:
        first.close()
        second.close()


@pytest.mark.slow
def test_two_newsbot_add_processes_at_once(tmp_path: Path) -> None:
    """Different files from two processes at the same time: both finish, nothing is locked out."""
    files = write_variants(tmp_path / "batch", 40)
    db = tmp_path / "news.db"
    Library.open(db, today=TODAY).close()  # created and seeded first, as on a running server
    procs = [subprocess.Popen([*PINNED, "add", "--db", str(db), *map(str, half)], env=child_env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for half in (files[0::2], files[1::2])]
    outputs = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, outputs):
        assert (0, b"") == (proc.returncode, err), err.decode("utf-8", "replace")[-2000:]
        assert b"locked" not in out + err
    printed = printed_ids(outputs[0][0]) | printed_ids(outputs[1][0])
    assert set(range(40)) == check_store(db, TODAY, printed)


def test_what_a_reader_derived_is_dropped_when_another_process_writes(tmp_path: Path) -> None:
    """The bot keeps what it derives from the rows (name words, FTS5 row counts: ``Store.cache``)
    until the store changes; a ``newsbot add`` beside it is another connection, whose commit the
    bot's own writes never saw. Each question looks at ``PRAGMA data_version`` first."""
    db = tmp_path / "news.db"
    bot, cli = Library.open(db, today=TODAY), Library.open(db, today=TODAY)
    try:
        bot.ask("طالبی کیست؟", today=TODAY)
        bot.store.cache["derived before"] = True  # stands for what the question derived
        bot.ask("طالبی کیست؟", today=TODAY)
        assert "derived before" in bot.store.cache  # nothing changed: kept
        cli.add(write_variants(tmp_path / "a", 1)[0].read_text(encoding="utf-8"), today=TODAY)
        bot.ask("طالبی کیست؟", today=TODAY)
        assert "derived before" not in bot.store.cache
    finally:
        bot.close()
        cli.close()
