"""The store's size (issue 15): search forms kept once, as the fold of each article's body
(migration 010), and a new store's 16 KB pages. Nothing stored is lost on the way: the same
texts, the same search forms, the same search results, and a deleted article leaves the index.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from knowledge import text
from knowledge.library import Library
from knowledge.parse import parse
from knowledge.store import Store, migrations
from knowledge.store.store import PAGE_SIZE

from .conftest import ARTICLES, TODAY

SENTENCES = "SELECT id, article_id, position, paragraph, text, search FROM sentences ORDER BY id"
STATEMENTS = ("SELECT id, article_id, person_id, verb, text, search, first_sentence, last_sentence, direct, via "
              "FROM statements ORDER BY id")


def fts_ok(db: sqlite_utils.Database) -> None:
    """FTS5's own check of the index against its content (the views): raises when they differ."""
    for table in ("sentences_fts", "statements_fts"):
        db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")


def store_at_009(path: Path, articles: list[Path]) -> sqlite_utils.Database:
    db = sqlite_utils.Database(sqlite3.connect(path))
    migrations.apply(db, stop_before="010_search_from_fold")
    store = Store.__new__(Store)  # the rows written as 009 code wrote them: no fold of the body
    store.db, store.cache = db, {}
    store._write_fold = lambda *_: None  # type: ignore[method-assign]
    for p in articles:
        store.add(parse(p.read_bytes(), today=TODAY))
    db.conn.commit()
    return db


def test_upgrade_to_010_keeps_every_search_form_and_the_search(tmp_path: Path) -> None:
    db = store_at_009(tmp_path / "old.db", sorted(ARTICLES.glob("*.txt"))[:3])
    sentences, statements = db.execute(SENTENCES).fetchall(), db.execute(STATEMENTS).fetchall()
    assert sentences and statements
    found = {w: [r["id"] for r in _reader(db).search(t, f'"{w}"*', limit=50)]
             for t, w in (("sentences", "استان"), ("statements", "گفت"))}
    assert all(found.values())
    upgraded = Store(db)
    # every sentence and statement reads back as it was, text and search form
    assert sentences == db.execute(SENTENCES).fetchall()
    assert statements == db.execute(STATEMENTS).fetchall()
    # ... read from the fold: none kept its own copy of its form
    for rows in ("sentence_rows", "statement_rows"):
        assert 0 == db.execute(f"SELECT count(*) FROM {rows} WHERE search IS NOT NULL").fetchone()[0]
    assert found == {w: [r["id"] for r in upgraded.search(t, f'"{w}"*', limit=50)]
                     for t, w in (("sentences", "استان"), ("statements", "گفت"))}
    fts_ok(db)
    # a delete takes the article's sentences and statements out of the index, and only them
    gone = {r[0] for r in sentences if r[1] == 1}
    upgraded.delete(1)
    assert [] == [r["id"] for r in upgraded.search("sentences", '"استان"*', limit=50) if r["id"] in gone]
    assert [r for r in sentences if r[1] != 1] == db.execute(SENTENCES).fetchall()
    assert 0 == db.execute("SELECT count(*) FROM article_search WHERE id = 1").fetchone()[0]
    fts_ok(db)


def _reader(db: sqlite_utils.Database) -> Store:
    store = Store.__new__(Store)  # reads a store without migrating it
    store.db, store.cache = db, {}
    return store


def test_new_articles_keep_their_search_forms_in_the_fold() -> None:
    lib = Library.memory()
    path = sorted(ARTICLES.glob("*.txt"))[0]
    lib.add(path.read_bytes(), today=TODAY)
    parsed = parse(path.read_bytes(), today=TODAY)
    db = lib.store.db
    assert [text.search_form(parsed.body)] == [r[0] for r in db.execute("SELECT search FROM article_search")]
    assert [s.search for s in parsed.sentences] == [r[0] for r in db.execute(
        "SELECT search FROM sentences ORDER BY position")]
    assert [text.search_form(s.text) for s in parsed.statements] == [r[0] for r in db.execute(
        "SELECT search FROM statements ORDER BY id")]
    assert (0, 0) == db.execute("SELECT (SELECT count(*) FROM sentence_rows WHERE search IS NOT NULL), "
                                "(SELECT count(*) FROM statement_rows WHERE search IS NOT NULL)").fetchone()
    fts_ok(db)


def test_a_search_form_not_in_the_fold_is_kept_and_found() -> None:
    lib = Library.memory()
    lib.add(sorted(ARTICLES.glob("*.txt"))[0].read_bytes(), today=TODAY)
    lib.store.db.execute("INSERT INTO sentences (article_id, position, paragraph, text, search) "
                         "VALUES (1, 999, 0, 'جمله‌ای که در متن نیست', 'جملهای که در متن نیست')")
    assert [("جملهای که در متن نیست", "جملهای که در متن نیست")] == lib.store.db.execute(
        "SELECT r.search, s.search FROM sentence_rows r JOIN sentences s ON s.id = r.id WHERE r.position = 999").fetchall()
    assert [999] == [r["position"] for r in lib.store.search("sentences", '"جملهای" AND "نیست"', limit=5)]
    fts_ok(lib.store.db)
    lib.store.delete(1)
    assert [] == lib.store.search("sentences", '"جملهای" AND "نیست"', limit=5)
    fts_ok(lib.store.db)


def test_a_new_store_has_16_kb_pages_and_an_old_one_keeps_its_own(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "new.db")
    assert 16384 == PAGE_SIZE == store.db.execute("PRAGMA page_size").fetchone()[0]
    store.close()
    conn = sqlite3.connect(tmp_path / "old.db")
    conn.execute("CREATE TABLE t (x)")  # made at SQLite's default page size
    conn.commit()
    conn.close()
    store = Store.open(tmp_path / "old.db")
    assert 4096 == store.db.execute("PRAGMA page_size").fetchone()[0]
    store.close()


# (where in the code, SQL reading search forms through the views) — each form from its
# article's fold by primary key, never a scan of the folds
READS = [
    ("said.sentences", "SELECT article_id, position, search FROM sentences WHERE article_id IN (?,?)"),
    ("said.spans", "SELECT * FROM statements WHERE article_id IN (?,?)"),
    ("retrieve.search", "SELECT t.*, f.rank AS rank FROM (SELECT rowid, rank FROM sentences_fts WHERE sentences_fts "
     "MATCH ? ORDER BY rank, rowid LIMIT ?) f JOIN sentences t ON t.rowid = f.rowid ORDER BY f.rank, t.id"),
]


def test_search_forms_are_read_from_the_fold_by_primary_key() -> None:
    lib = Library.memory()
    lib.add(sorted(ARTICLES.glob("*.txt"))[0].read_bytes(), today=TODAY)
    for where, sql in READS:
        params = ['"شهر"', 20] if "MATCH" in sql else [1, 2]
        plan = [str(r[3]) for r in lib.store.db.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()]
        assert "SEARCH fold USING INTEGER PRIMARY KEY (rowid=?)" in plan, f"{where}: {plan}"
        assert [] == [p for p in plan if p.startswith("SCAN fold")], f"{where}: {plan}"
