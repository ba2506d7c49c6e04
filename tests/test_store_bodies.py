"""Articles' bodies kept deflated (migration 017, issue 15): every article, sentence and
statement reads back as before the upgrade, ids are still never given twice, deletes still
reach every record, SQL that writes ``articles`` still works, and a connection without the
store's functions (the ``sqlite3`` shell) can still VACUUM it.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
import sqlite_utils

from knowledge.library import Library
from knowledge.parse import parse
from knowledge.store import Store, forms, migrations

from .conftest import ARTICLES, TODAY

ARTICLE_ROWS = "SELECT * FROM articles ORDER BY id"
SENTENCES = "SELECT id, article_id, position, paragraph, text, search FROM sentences ORDER BY id"
STATEMENTS = ("SELECT id, article_id, person_id, verb, text, search, first_sentence, last_sentence, direct, via "
              "FROM statements ORDER BY id")
TEXTS = sorted(ARTICLES.glob("*.txt"))[:4]


def store_before_017(path: Path, texts: list[Path]) -> sqlite_utils.Database:
    """A store as the code before 017 wrote it (the schema up to 016, its rows)."""
    db = sqlite_utils.Database(sqlite3.connect(path))
    words = forms.register(db)
    migrations.apply(db, stop_before="017_bodies_deflated")
    store = Store.__new__(Store)
    store.db, store.cache, store.words = db, {}, words
    for p in texts:
        store.add(parse(p.read_bytes(), today=TODAY))
    db.conn.commit()
    return db


def test_upgrade_keeps_every_article_sentence_and_statement(tmp_path: Path) -> None:
    db = store_before_017(tmp_path / "old.db", TEXTS)
    db.execute("PRAGMA foreign_keys = ON")  # as Store deletes: its records with it
    db.execute("DELETE FROM articles WHERE id = 4")  # the last id given: never given again
    db.conn.commit()
    articles, sentences, statements = (db.execute(q).fetchall() for q in (ARTICLE_ROWS, SENTENCES, STATEMENTS))
    columns = [d[0] for d in db.execute(ARTICLE_ROWS).description]
    text_bytes = db.execute("SELECT sum(length(CAST(body AS BLOB))) FROM articles").fetchone()[0]
    assert len(articles) == 3 and sentences and statements  # the test has rows to keep
    upgraded = Store(db)
    assert articles == db.execute(ARTICLE_ROWS).fetchall()  # bodies, leads, surtitles, all of it
    assert columns == [d[0] for d in db.execute(ARTICLE_ROWS).description]
    assert sentences == db.execute(SENTENCES).fetchall()
    assert statements == db.execute(STATEMENTS).fetchall()
    # kept deflated: well under the text's bytes
    assert db.execute("SELECT sum(length(body_z)) FROM article_rows").fetchone()[0] * 2 < text_bytes
    assert [] == db.execute("PRAGMA foreign_key_check").fetchall()
    assert "ok" == upgraded.integrity()
    # the records still follow their article out, through the keys that named «articles»
    upgraded.delete(1)
    for table in ("sentence_cells", "statement_rows", "appearances", "dates", "events", "place_rows"):
        assert 0 == db.execute(f"SELECT count(*) FROM {table} WHERE article_id = 1").fetchone()[0], table
    db.execute("INSERT INTO statements_fts (statements_fts, rank) VALUES ('integrity-check', 1)")
    db.execute("INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('integrity-check', 1)")
    # and an id deleted before the upgrade is not given again
    new_id, created = upgraded.add(parse(TEXTS[3].read_bytes(), today=TODAY))
    assert (5, True) == (new_id, created)


def test_a_new_store_keeps_bodies_deflated_and_reads_them_back() -> None:
    lib = Library.memory()
    parsed = [parse(p.read_bytes(), today=TODAY) for p in TEXTS]
    ids = [lib.store.add(a)[0] for a in parsed]
    for article_id, a in zip(ids, parsed):
        shown = lib.store.article(article_id)
        assert (a.body, a.title, a.lead, a.surtitle) == (shown["body"], shown["title"], shown["lead"],
                                                         shown["surtitle"])
    # the same text twice is still one article (text_hash stays UNIQUE)
    assert (ids[0], False) == lib.store.add(parsed[0])
    packed, text_bytes = lib.store.db.execute(
        "SELECT sum(length(r.body_z)), sum(length(CAST(a.body AS BLOB))) FROM article_rows r "
        "JOIN articles a ON a.id = r.id").fetchone()
    assert packed * 2 < text_bytes


def test_sql_that_writes_articles_writes_the_table_under_the_view() -> None:
    lib = Library.memory()
    article_id = lib.store.add(parse(TEXTS[0].read_bytes(), today=TODAY))[0]
    db = lib.store.db
    db.execute("UPDATE articles SET title = 'عنوان تازه' WHERE id = ?", [article_id])
    assert "عنوان تازه" == lib.store.article(article_id)["title"]
    body = lib.store.article(article_id)["body"]
    db.execute("UPDATE articles SET body = body || ' پایان' WHERE id = ?", [article_id])
    assert body + " پایان" == lib.store.article(article_id)["body"]
    db.execute("INSERT INTO articles (title, body, text_hash) VALUES ('دستی', 'متن دستی', 'hash-by-hand')")
    assert ["متن دستی"] == [r[0] for r in db.execute("SELECT body FROM articles WHERE text_hash = 'hash-by-hand'")]
    db.execute("DELETE FROM articles WHERE id = ?", [article_id])
    assert 0 == db.execute("SELECT count(*) FROM sentences WHERE article_id = ?", [article_id]).fetchone()[0]
    assert ["دستی"] == [r[0] for r in db.execute("SELECT title FROM articles")]


def test_a_connection_without_the_functions_can_vacuum_and_read_the_tables(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    lib = Library.open(path, today=TODAY, seed=False)
    for p in TEXTS:
        lib.add(p.read_bytes(), today=TODAY)
    count = lib.store.count()
    lib.close()
    shell = sqlite3.connect(path)  # as the sqlite3 shell of NOTES.md: no Python functions
    shell.execute("VACUUM")
    assert count == shell.execute("SELECT count(*) FROM article_rows").fetchone()[0]
    assert "ok" == shell.execute("PRAGMA integrity_check").fetchone()[0]
    shell.close()
    again = Store.open(path)
    assert count == again.count() and all(a["body"] for a in again.rows("SELECT body FROM articles"))
    again.close()


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="no sqlite3 shell here")
def test_the_sqlite3_shell_reads_articles_with_its_own_functions(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    lib = Library.open(path, today=TODAY, seed=False)
    article_id = lib.add(TEXTS[0].read_bytes(), today=TODAY).article_id
    body, lead = lib.store.article(article_id)["body"], lib.store.article(article_id)["lead"]
    lib.close()
    # the shell's own sqlar_uncompress reads what forms.pack kept: the operator's SELECT works
    shell = subprocess.run(["sqlite3", str(path), f"SELECT body, lead FROM articles WHERE id = {article_id}"],
                           capture_output=True, text=True, encoding="utf-8", check=False)
    if "no such function" in shell.stderr:
        pytest.skip("this sqlite3 shell was built without zlib (no sqlar functions)")
    assert ("", f"{body}|{lead}\n") == (shell.stderr, shell.stdout)
