"""Migrations 001–006: the schema as first written and its early additions; store.py
registers them, then schema2's 007 on, in order (``steps.STEPS``)."""

from __future__ import annotations

import sqlite_utils


def m001_initial(db: sqlite_utils.Database) -> None:
    db.execute(
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY, title TEXT NOT NULL, surtitle TEXT, lead TEXT,
            source TEXT, published TEXT, published_jalali TEXT, place TEXT, province TEXT,
            body TEXT NOT NULL, text_hash TEXT NOT NULL UNIQUE, added TEXT)"""
    )
    db.execute(
        """CREATE TABLE sentences (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, paragraph INTEGER NOT NULL,
            text TEXT NOT NULL, search TEXT NOT NULL)"""
    )
    db.execute("CREATE UNIQUE INDEX sentences_article ON sentences(article_id, position)")
    db.execute(
        """CREATE TABLE persons (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, key TEXT NOT NULL UNIQUE)"""
    )
    db.execute(
        """CREATE TABLE appearances (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES persons(id),
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL, name TEXT NOT NULL, honorifics TEXT NOT NULL,
            roles TEXT NOT NULL, aliases TEXT NOT NULL, quoted INTEGER NOT NULL,
            sentences TEXT NOT NULL, search TEXT NOT NULL)"""
    )
    db.execute("CREATE INDEX appearances_person ON appearances(person_id)")
    db.execute("CREATE INDEX appearances_article ON appearances(article_id, idx)")
    db.execute(
        """CREATE TABLE statements (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES persons(id),
            verb TEXT NOT NULL, text TEXT NOT NULL, search TEXT NOT NULL,
            first_sentence INTEGER NOT NULL, last_sentence INTEGER NOT NULL,
            direct INTEGER NOT NULL, via TEXT NOT NULL)"""
    )
    db.execute("CREATE INDEX statements_article ON statements(article_id, first_sentence)")
    db.execute("CREATE INDEX statements_person ON statements(person_id)")
    db.execute(
        """CREATE TABLE dates (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            sentence INTEGER, raw TEXT NOT NULL, iso TEXT NOT NULL, jalali TEXT NOT NULL,
            weekday TEXT NOT NULL, has_year INTEGER NOT NULL, relative INTEGER NOT NULL,
            weekday_conflict INTEGER NOT NULL)"""
    )
    db.execute("CREATE INDEX dates_article ON dates(article_id, sentence)")
    db.execute("CREATE INDEX dates_iso ON dates(iso)")
    db.execute(
        """CREATE TABLE places (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            sentence INTEGER, name TEXT NOT NULL, province TEXT, kind TEXT NOT NULL, via TEXT)"""
    )
    db.execute("CREATE INDEX places_article ON places(article_id, sentence)")
    db.execute("CREATE INDEX places_name ON places(name)")
    db.execute(
        """CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            name TEXT NOT NULL, search TEXT NOT NULL, sentence INTEGER NOT NULL,
            iso TEXT, jalali TEXT, place TEXT, people TEXT NOT NULL)"""
    )
    db.execute("CREATE INDEX events_article ON events(article_id)")
    for table in ("sentences", "statements", "appearances", "events"):
        db[table].enable_fts(["search"], create_triggers=True, tokenize="unicode61")


def m002_event_venue(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE events ADD COLUMN venue TEXT")


def m003_person_trigrams(db: sqlite_utils.Database) -> None:
    """Misspelt names («سبزوادی») find their person through shared three-letter pieces."""
    db["persons"].enable_fts(["key"], create_triggers=True, tokenize="trigram")


def m004_meta(db: sqlite_utils.Database) -> None:
    """Facts about the store itself; «seeded» records that the seeds were loaded once."""
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    if db.execute("SELECT count(*) FROM articles").fetchone()[0]:
        db.execute("INSERT INTO meta (key, value) VALUES ('seeded', 'before 004')")


def m005_place_indexes(db: sqlite_utils.Database) -> None:
    """The question's place filter looks places up by province and articles by place."""
    db.execute("CREATE INDEX places_province ON places(province)")
    db.execute("CREATE INDEX articles_place ON articles(place)")
    db.execute("CREATE INDEX articles_province ON articles(province)")


def m006_article_ids_never_reused(db: sqlite_utils.Database) -> None:
    """AUTOINCREMENT: a deleted article's id is never given to another one, so an old «حذف»
    button, a script or a citation «خبر ۳» can never mean a different article. SQLite cannot
    add AUTOINCREMENT to a table, so the table is rebuilt (foreign keys are off while
    migrations run: dropping the old table must not cascade to the sentences)."""
    row = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'articles'").fetchone()
    sql = str(row[0]).replace("id INTEGER PRIMARY KEY,", "id INTEGER PRIMARY KEY AUTOINCREMENT,", 1)
    if "AUTOINCREMENT" not in sql:
        raise RuntimeError("006: unexpected articles table")
    db.execute(sql.replace("CREATE TABLE articles", "CREATE TABLE articles_new", 1))
    db.execute("INSERT INTO articles_new SELECT * FROM articles")
    db.execute("DROP TABLE articles")
    db.execute("ALTER TABLE articles_new RENAME TO articles")
    db.execute("CREATE INDEX articles_place ON articles(place)")
    db.execute("CREATE INDEX articles_province ON articles(province)")
    if db.execute("PRAGMA foreign_key_check").fetchone() is not None:
        raise RuntimeError("006: foreign keys broken by the rebuild")
