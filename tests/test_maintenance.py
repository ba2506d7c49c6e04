"""knowledge.store.maintenance and ``newsbot backup`` / ``newsbot check``: online backups and health."""

from __future__ import annotations

import datetime as dt
import json
import math
import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from knowledge.store import maintenance
from knowledge.library import Library
from knowledge.store.maintenance import BackupExists, BackupFailed, StoreMissing, backup, check, prune
from knowledge.store import SCHEMA_VERSION, Store, migrations
from knowledge.store.forms import functions
from tests.conftest import SEEDS, TODAY

SEED_COUNT = len(list(SEEDS.glob("*.txt")))
SENTENCES_PER_FILLER = 3


@pytest.fixture(scope="module")
def seeded_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store file holding the seeds, made once; tests copy it."""
    path = tmp_path_factory.mktemp("seeded") / "news.db"
    lib = Library.open(path, today=TODAY)
    lib.close()
    return path


@pytest.fixture
def store_file(seeded_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "news.db"
    shutil.copy(seeded_file, path)
    return path


def connect(path: Path, **kwargs: float) -> sqlite3.Connection:
    """A connection of the test's own that may read and write sentences (their forms' SQL
    functions registered, as ``Store`` does: migration 015)."""
    conn = sqlite3.connect(path, **kwargs)
    functions(conn)
    return conn


def add_filler(conn: sqlite3.Connection, n: int, *, tag: str) -> None:
    """One transaction: an article row and its sentences, so a torn copy would show."""
    with conn:
        cur = conn.execute(  # the table under the view ``articles``, the body deflated (017)
            "INSERT INTO article_rows (title, body_z, body_size, text_hash) "
            "VALUES (?, sqlar_compress(CAST(? AS BLOB)), length(CAST(? AS BLOB)), ?)",
            [f"filler {tag} {n}", "متن " * 400, "متن " * 400, f"{tag}-{n}-{time.perf_counter_ns()}"])
        conn.executemany(
            "INSERT INTO sentences (article_id, position, paragraph, text, search) VALUES (?, ?, 0, ?, ?)",
            [(cur.lastrowid, i, "جمله", "جمله") for i in range(SENTENCES_PER_FILLER)])


def filler_counts(path: Path, tag: str) -> tuple[int, int]:
    conn = connect(path)
    try:
        articles = conn.execute("SELECT count(*) FROM articles WHERE title LIKE ?", [f"filler {tag} %"]).fetchone()[0]
        sentences = conn.execute(
            "SELECT count(*) FROM sentences WHERE article_id IN "
            "(SELECT id FROM articles WHERE title LIKE ?)", [f"filler {tag} %"]).fetchone()[0]
        return int(articles), int(sentences)
    finally:
        conn.close()


# -- backup ------------------------------------------------------------------------

def test_backup_while_another_connection_writes_in_a_loop(store_file: Path, tmp_path: Path) -> None:
    conn = connect(store_file, timeout=30)
    for n in range(1500):  # a few MB, so the copy takes many steps
        add_filler(conn, n, tag="base")
    conn.close()

    stop = threading.Event()
    written = [0]
    slowest = [0.0]

    def writer() -> None:
        c = connect(store_file, timeout=30)
        deadline = time.monotonic() + 30  # bounded even if the test fails to stop it
        while not stop.is_set() and time.monotonic() < deadline:
            t0 = time.perf_counter()
            add_filler(c, written[0], tag="live")
            slowest[0] = max(slowest[0], time.perf_counter() - t0)
            written[0] += 1
        c.close()

    seen: list[tuple[int, int, int]] = []  # (remaining, total, writes so far) per step
    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        while written[0] < 20:
            time.sleep(0.01)
        before = written[0]  # committed before the snapshot can be taken
        result = backup(store_file, tmp_path / "copy.db", pages=16, sleep=0.002,
                        progress=lambda rem, tot: seen.append((rem, tot, written[0])))
    finally:
        stop.set()
        thread.join(timeout=30)
    assert not thread.is_alive()

    # The writer really wrote while the copy was being made, and was never held up long.
    assert seen[-1][2] > seen[0][2], "no write happened during the backup"
    assert slowest[0] < 2.0
    # One snapshot: the copy never restarted, so it took exactly ceil(pages / 16) steps.
    assert len(seen) == math.ceil(result.pages / 16)
    assert seen[-1][0] == 0
    # The copy passes integrity_check and holds whole transactions only.
    status = check(result.path)
    assert status.ok and status.integrity == "ok"
    assert filler_counts(result.path, "base") == (1500, 1500 * SENTENCES_PER_FILLER)
    live_articles, live_sentences = filler_counts(result.path, "live")
    assert live_sentences == live_articles * SENTENCES_PER_FILLER
    assert before <= live_articles <= written[0]
    assert result.articles == SEED_COUNT + 1500 + live_articles
    # The live store is fine and holds everything the writer wrote.
    assert filler_counts(store_file, "live")[0] == written[0]
    assert check(store_file).ok


def test_backup_is_one_self_contained_file(store_file: Path, tmp_path: Path) -> None:
    result = backup(store_file, tmp_path / "out" / "copy.db")
    assert result.path == tmp_path / "out" / "copy.db"
    assert result.source == store_file
    assert result.articles == SEED_COUNT and result.schema_version == SCHEMA_VERSION
    assert result.bytes == result.path.stat().st_size > 0
    assert sorted(p.name for p in result.path.parent.iterdir()) == ["copy.db"]  # no temp, no -wal
    conn = sqlite3.connect(result.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_backup_of_an_open_store_uses_its_own_connection(store_file: Path, tmp_path: Path) -> None:
    lib = Library.open(store_file, today=TODAY, seed=False)
    try:
        with lib.store.db.atomic():  # the bot's connection is mid-transaction: not disturbed
            lib.store.db.execute("UPDATE articles SET title = 'changed' WHERE id = 1")
            result = backup(lib.store, tmp_path / "copy.db")
        assert lib.store.article(1)["title"] == "changed"
    finally:
        lib.close()
    copy = Store.open(result.path)
    assert copy.article(1)["title"] != "changed"  # the uncommitted change is not in the copy
    assert copy.count() == SEED_COUNT
    copy.close()


def test_backup_of_an_in_memory_store(tmp_path: Path) -> None:
    store = Store.memory()
    result = backup(store, tmp_path / "mem.db")
    store.close()
    assert result.source is None and result.schema_version == SCHEMA_VERSION
    assert check(result.path).ok


def test_backup_refuses_to_overwrite(store_file: Path, tmp_path: Path) -> None:
    dest = tmp_path / "copy.db"
    dest.write_bytes(b"precious")
    with pytest.raises(BackupExists) as info:
        backup(store_file, dest)
    assert "--force" in str(info.value)
    assert dest.read_bytes() == b"precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.db", "news.db"]  # no temp left
    result = backup(store_file, dest, force=True)
    assert result.path == dest and check(dest).ok


def test_backup_into_a_directory_names_and_prunes(store_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "keep-me.db").write_bytes(b"not a dated backup")
    paths = []
    for day in range(1, 5):
        when = dt.datetime(2025, 1, day, 3, 0, tzinfo=dt.UTC)
        paths.append(backup(store_file, folder, keep=2, now=when).path)
    assert paths[0].name == "news-20250101T030000Z.db"
    assert sorted(p.name for p in folder.iterdir()) == [
        "keep-me.db", "news-20250103T030000Z.db", "news-20250104T030000Z.db"]
    with pytest.raises(BackupExists):  # the same second twice
        backup(store_file, folder, now=dt.datetime(2025, 1, 4, 3, 0, tzinfo=dt.UTC))
    assert prune(folder, 1) == (folder / "news-20250103T030000Z.db",)


def test_backup_of_a_missing_store_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(StoreMissing):
        backup(tmp_path / "none.db", tmp_path / "copy.db")
    assert list(tmp_path.iterdir()) == []


def test_backup_of_a_corrupted_store_fails_and_leaves_nothing(store_file: Path, tmp_path: Path) -> None:
    corrupt(store_file)
    dest = tmp_path / "out"
    with pytest.raises(BackupFailed):
        backup(store_file, dest / "copy.db")
    assert list(dest.iterdir()) == []


# -- check -------------------------------------------------------------------------

def corrupt(path: Path) -> None:
    """Overwrite pages in the middle of the file with garbage (the header stays)."""
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.seek(size // 3)
        f.write(bytes(range(256)) * max(1, size // 3 // 256))


def test_check_a_good_store(store_file: Path) -> None:
    status = check(store_file)
    assert status == maintenance.CheckResult("ok", SCHEMA_VERSION, SCHEMA_VERSION, SEED_COUNT, True)
    assert check(store_file, quick=True).ok


def test_check_a_corrupted_copy(store_file: Path) -> None:
    corrupt(store_file)
    status = check(store_file)
    assert not status.ok
    assert status.integrity != "ok" and status.integrity
    assert not check(store_file, quick=True).ok


def test_check_a_file_of_garbage(tmp_path: Path) -> None:
    path = tmp_path / "garbage.db"
    path.write_bytes(b"this is not a database " * 200)
    status = check(path)
    assert not status.ok and "not a database" in status.integrity
    assert status.schema_version == 0 and status.articles == 0


def test_check_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(StoreMissing):
        check(tmp_path / "none.db")
    assert list(tmp_path.iterdir()) == []


def test_check_never_seeds_or_migrates(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()  # an empty SQLite file: not a newsbot store
    status = check(empty)
    assert (status.ok, status.schema_version, status.articles) == (False, 0, 0)
    conn = sqlite3.connect(empty)
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0  # nothing written
    conn.close()
    migrated = tmp_path / "migrated.db"
    Store.open(migrated).close()  # migrated, no articles
    assert check(migrated).ok and check(migrated).articles == 0
    assert Store.open(migrated).count() == 0  # still not seeded


def test_check_accepts_an_older_schema_but_not_a_newer_one(store_file: Path) -> None:
    conn = sqlite3.connect(store_file)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, 'from-the-future', '')",
                 [migrations.name])
    conn.commit()
    assert not check(store_file).ok
    conn.execute("DELETE FROM _sqlite_migrations WHERE name IN ('from-the-future', ?)",
                 [migrations._migrations[-1].name])
    conn.commit()
    conn.close()
    status = check(store_file)
    assert status.schema_version == SCHEMA_VERSION - 1 and status.ok == (SCHEMA_VERSION > 1)


def test_schema_version_constant_matches_the_migrations() -> None:
    store = Store.memory()
    assert store.schema_version() == SCHEMA_VERSION == len(migrations._migrations)
    store.close()


def test_restore_as_the_readme_says(store_file: Path, tmp_path: Path) -> None:
    """Back up, keep writing, stop, copy the backup back, drop -wal/-shm, check."""
    taken = backup(store_file, tmp_path / "backup.db")
    wal, shm = Path(f"{store_file}-wal"), Path(f"{store_file}-shm")

    def crash_after_a_write() -> None:
        """Leave a -wal behind, as a killed bot (or one still running) does."""
        conn = connect(store_file)
        conn.execute("PRAGMA journal_mode = WAL")
        add_filler(conn, 1, tag="after")
        leftovers = wal.read_bytes(), shm.read_bytes()
        conn.close()  # a clean close checkpoints and deletes the -wal ...
        wal.write_bytes(leftovers[0])  # ... a crash does not
        shm.write_bytes(leftovers[1])

    crash_after_a_write()
    shutil.copy(taken.path, store_file)
    wal.unlink(missing_ok=True)
    shm.unlink(missing_ok=True)
    status = check(store_file)
    assert status.ok and status.articles == taken.articles == SEED_COUNT

    # Why the README insists on deleting them: a stale -wal is replayed onto the
    # restored file, and the store is no longer the backup.
    crash_after_a_write()
    shutil.copy(taken.path, store_file)
    stale = check(store_file)
    assert (stale.ok, stale.articles) != (True, taken.articles)


# -- the commands ------------------------------------------------------------------

@pytest.mark.parametrize("command", ["backup", "check"])
def test_cli_help(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "--db" in result.output and "--json" in result.output


def test_cli_check_exit_codes_and_json(store_file: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    good = runner.invoke(cli, ["check", "--db", str(store_file)])
    assert good.exit_code == 0, good.output
    assert "سالم" in good.output and str(SEED_COUNT) in good.output
    data = json.loads(runner.invoke(cli, ["check", "--db", str(store_file), "--json"]).output)
    assert data == {"ok": True, "path": str(store_file), "integrity": "ok",
                    "schema_version": SCHEMA_VERSION, "expected_version": SCHEMA_VERSION,
                    "articles": SEED_COUNT}
    missing = runner.invoke(cli, ["check", "--db", str(tmp_path / "none.db"), "--json"])
    assert missing.exit_code == 1 and json.loads(missing.output)["error"] == "missing"
    assert not (tmp_path / "none.db").exists()
    corrupt(store_file)
    bad = runner.invoke(cli, ["check", "--db", str(store_file)])
    assert bad.exit_code == 1 and "ناسالم" in bad.output


def test_cli_check_reads_newsbot_db(store_file: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "--quick"], env={"NEWSBOT_DB": str(store_file)})
    assert result.exit_code == 0, result.output


def test_cli_backup(store_file: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    dest = tmp_path / "b.db"
    first = runner.invoke(cli, ["backup", str(dest), "--db", str(store_file)])
    assert first.exit_code == 0, first.output
    assert str(dest) in first.output
    again = runner.invoke(cli, ["backup", str(dest), "--db", str(store_file)])
    assert again.exit_code == 1 and "--force" in again.output
    forced = runner.invoke(cli, ["backup", str(dest), "--db", str(store_file), "--force", "--json"])
    data = json.loads(forced.output)
    assert data["ok"] and data["articles"] == SEED_COUNT and data["path"] == str(dest)
    keep = runner.invoke(cli, ["backup", str(dest), "--db", str(store_file), "--keep", "3"])
    assert keep.exit_code == 2  # --keep needs a directory
    folder = runner.invoke(cli, ["backup", f"{tmp_path}/daily/", "--db", str(store_file), "--keep", "3"])
    assert folder.exit_code == 0, folder.output
    assert len(list((tmp_path / "daily").glob("news-*.db"))) == 1
    missing = runner.invoke(cli, ["backup", str(tmp_path / "x.db"), "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and not (tmp_path / "none.db").exists()
