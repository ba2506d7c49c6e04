"""The store's size (issue 15): a statement's search form kept as a piece of its sentence's
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
from knowledge.store import Store
from knowledge.store.store import PAGE_SIZE

from .conftest import ARTICLES, TODAY, store_before

SENTENCES = "SELECT id, article_id, position, paragraph, text, search FROM sentences ORDER BY id"
STATEMENTS = ("SELECT id, article_id, person_id, verb, text, search, first_sentence, last_sentence, direct, via "
              "FROM statements ORDER BY id")


def fts_ok(db: sqlite_utils.Database) -> None:
    """FTS5's own check of the index against its content (the views): raises when they differ."""
    for table in ("sentences_fts", "statements_fts"):
        db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")


def store_at_009(path: Path, articles: list[Path]) -> sqlite_utils.Database:
    return store_before("010_statement_search_from_sentence", path, articles)


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
    # ... read from their sentences': only those over several sentences keep their own
    assert [] == db.execute("SELECT id FROM statement_rows WHERE search IS NOT NULL "
                            "AND first_sentence = last_sentence").fetchall()
    assert found == {w: [r["id"] for r in upgraded.search(t, f'"{w}"*', limit=50)]
                     for t, w in (("sentences", "استان"), ("statements", "گفت"))}
    fts_ok(db)
    # a delete takes the article's sentences and statements out of the index, and only them
    gone = {r[0] for r in sentences if r[1] == 1}
    upgraded.delete(1)
    assert [] == [r["id"] for r in upgraded.search("sentences", '"استان"*', limit=50) if r["id"] in gone]
    assert [r for r in sentences if r[1] != 1] == db.execute(SENTENCES).fetchall()
    assert [r for r in statements if r[1] != 1] == db.execute(STATEMENTS).fetchall()
    fts_ok(db)


def _reader(db: sqlite_utils.Database) -> Store:
    store = Store.__new__(Store)  # reads a store without migrating it
    store.db, store.cache = db, {}
    return store


def test_new_statements_keep_their_search_forms_in_their_sentences() -> None:
    lib = Library.memory()
    path = sorted(ARTICLES.glob("*.txt"))[0]
    lib.add(path.read_bytes(), today=TODAY)
    parsed = parse(path.read_bytes(), today=TODAY)
    db = lib.store.db
    assert [s.search for s in parsed.sentences] == [r[0] for r in db.execute(
        "SELECT search FROM sentences ORDER BY position")]
    assert [text.search_form(s.text) for s in parsed.statements] == [r[0] for r in db.execute(
        "SELECT search FROM statements ORDER BY id")]
    assert [] == db.execute("SELECT id FROM statement_rows WHERE search IS NOT NULL "
                            "AND first_sentence = last_sentence").fetchall()
    assert db.execute("SELECT count(*) FROM statement_rows WHERE search_start IS NOT NULL").fetchone()[0]
    fts_ok(db)


def test_a_statement_form_not_in_its_sentence_is_kept_and_found() -> None:
    lib = Library.memory()
    lib.add(sorted(ARTICLES.glob("*.txt"))[0].read_bytes(), today=TODAY)
    db = lib.store.db
    db.execute("INSERT INTO statements (article_id, person_id, verb, text, search, first_sentence, last_sentence, "
               "direct, via) SELECT 1, person_id, 'گفت', 'سخنی که در متن نیست', 'سخنی که در متن نیست', 0, 0, 1, '' "
               "FROM appearances WHERE article_id = 1 LIMIT 1")
    assert [("سخنی که در متن نیست", "سخنی که در متن نیست")] == db.execute(
        "SELECT r.search, s.search FROM statement_rows r JOIN statements s ON s.id = r.id "
        "WHERE r.verb = 'گفت' AND r.search IS NOT NULL").fetchall()
    assert 1 == len(lib.store.search("statements", '"سخنی" AND "نیست"', limit=5))
    fts_ok(db)
    lib.store.delete(1)
    assert [] == lib.store.search("statements", '"سخنی" AND "نیست"', limit=5)
    fts_ok(db)


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


# (where in the code, SQL reading statements' forms through the view) — each from its
# sentence by the sentences' unique index, never a scan of the sentences
READS = [
    ("said.spans", "SELECT * FROM statements WHERE article_id IN (?,?)"),
    ("who.statements_of", "SELECT s.*, a.title AS article_title, a.published, a.place AS article_place "
     "FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.person_id IN (?,?)"),
    ("retrieve.search", "SELECT t.*, f.rank AS rank FROM (SELECT rowid, rank FROM statements_fts WHERE statements_fts "
     "MATCH ? ORDER BY rank, rowid LIMIT ?) f JOIN statements t ON t.rowid = f.rowid ORDER BY f.rank, t.id"),
]


def test_statement_forms_are_read_from_their_sentence_by_index() -> None:
    lib = Library.memory()
    lib.add(sorted(ARTICLES.glob("*.txt"))[0].read_bytes(), today=TODAY)
    for where, sql in READS:
        params = ['"شهر"', 20] if "MATCH" in sql else [1, 2]
        plan = [str(r[3]) for r in lib.store.db.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()]
        # the sentences are sentence_cells (015), read through the view as «c»
        assert "SEARCH c USING INDEX sentences_article (article_id=? AND position=?)" in plan, f"{where}: {plan}"
        assert [] == [p for p in plan if p.startswith(("SCAN sentence", "SCAN c"))], f"{where}: {plan}"
