"""Migrations from 007 on: store.py registers them after its 001–006, in this order.

007 indexes two queries that scanned whole tables; 008 and 009 stop keeping a second copy of
the article text: a sentence's and a statement's text is a piece of its article's body, so a
row keeps where it starts and how long it is, and a view under the old name reads the text
back (``coalesce`` with the row's own text when the body does not hold it as it is). The FTS5
indexes are untouched: same rowids, same search forms; their content table is the view, whose
``rowid`` column is the id. Inserts into the old name go through an INSTEAD OF trigger.
"""

from __future__ import annotations

import sqlite_utils


def m007_date_indexes(db: sqlite_utils.Database) -> None:
    """«What happened on <date>» reads events by date and the date filter reads articles by
    publication date: both scanned their whole table (EXPLAIN QUERY PLAN, tests/test_query_plans.py).
    The events index carries the query's whole order (iso, article, sentence, then rowid)."""
    db.execute("CREATE INDEX events_iso ON events(iso, article_id, sentence)")
    db.execute("CREATE INDEX articles_published ON articles(published)")


# A row from a row of the old table (``{n}``): where its text is in the body (1-based
# ``instr``, stored 0-based), or the text itself when the body does not hold it as it is.
# A text said twice is found at its first place: the same text either way.
_AT = ("coalesce((SELECT instr(a.body, {n}.text) FROM articles a WHERE a.id = {n}.article_id"
       " AND {n}.text != ''), 0)")
_TEXT_COLUMNS = ("nullif(" + _AT + ", 0) - 1, CASE WHEN " + _AT + " > 0 THEN length({n}.text) END, "
                 "CASE WHEN " + _AT + " > 0 THEN NULL ELSE {n}.text END")


def _text_from_body(db: sqlite_utils.Database, table: str, rows: str, before: tuple[str, ...],
                    after: tuple[str, ...], indexes: dict[str, str], *, unique: tuple[str, ...] = ()) -> None:
    """``table`` (columns ``id``, ``before``, ``text``, ``after``; ``search`` among ``after``)
    becomes the table ``rows`` with ``start, length, text`` for ``text``, and the view
    ``table``. ``indexes``: name → columns, made again on ``rows`` (``unique`` ones as such)."""
    sql = str(db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()[0])
    create = sql.replace(f"CREATE TABLE {table}", f"CREATE TABLE {rows}", 1).replace(
        "text TEXT NOT NULL", "start INTEGER, length INTEGER, text TEXT", 1)
    if create == sql or f"CREATE TABLE {rows}" not in create:
        raise RuntimeError(f"{rows}: unexpected {table} table")
    db.execute(create)
    cols = ", ".join(("id", *before, "start", "length", "text", *after))

    def values(n: str) -> str:
        return ", ".join((f"{n}.id", *(f"{n}.{c}" for c in before), _TEXT_COLUMNS.format(n=n),
                          *(f"{n}.{c}" for c in after)))

    db.execute(f"INSERT INTO {rows} ({cols}) SELECT {values('t')} FROM {table} t ORDER BY t.id")
    read_back = ("coalesce(r.text, (SELECT substr(a.body, r.start + 1, r.length) FROM articles a "
                 "WHERE a.id = r.article_id))")
    wrong = db.execute(f"SELECT count(*) FROM {table} t JOIN {rows} r ON r.id = t.id "
                       f"WHERE {read_back} IS NOT t.text").fetchone()[0]
    if wrong or db.execute(f"SELECT (SELECT count(*) FROM {table}) - (SELECT count(*) FROM {rows})").fetchone()[0]:
        raise RuntimeError(f"{rows}: a text would not read back as it was")
    for trigger in ("ai", "ad", "au"):
        db.execute(f"DROP TRIGGER IF EXISTS {table}_{trigger}")
    db.execute(f"DROP TABLE {table}")
    for name, columns in indexes.items():
        db.execute(f"CREATE {'UNIQUE ' if name in unique else ''}INDEX {name} ON {rows}({columns})")
    db.execute(f"CREATE VIEW {table} AS SELECT r.id AS rowid, r.id AS id, "
               + ", ".join((*(f"r.{c}" for c in before), f"{read_back} AS text", *(f"r.{c}" for c in after)))
               + f" FROM {rows} r")
    db.execute(f"CREATE TRIGGER {table}_insert INSTEAD OF INSERT ON {table} BEGIN "
               f"INSERT INTO {rows} ({cols}) SELECT {values('new')}; END")
    fts = f"{table}_fts"
    db.execute(f"CREATE TRIGGER {rows}_ai AFTER INSERT ON {rows} BEGIN "
               f"INSERT INTO {fts} (rowid, search) VALUES (new.id, new.search); END")
    db.execute(f"CREATE TRIGGER {rows}_ad AFTER DELETE ON {rows} BEGIN "
               f"INSERT INTO {fts} ({fts}, rowid, search) VALUES ('delete', old.id, old.search); END")
    db.execute(f"CREATE TRIGGER {rows}_au AFTER UPDATE ON {rows} BEGIN "
               f"INSERT INTO {fts} ({fts}, rowid, search) VALUES ('delete', old.id, old.search); "
               f"INSERT INTO {fts} (rowid, search) VALUES (new.id, new.search); END")


def m008_sentence_text_from_body(db: sqlite_utils.Database) -> None:
    """Sentences: their text was a second copy of every article (a sixth of the store)."""
    _text_from_body(db, "sentences", "sentence_rows", ("article_id", "position", "paragraph"), ("search",),
                    {"sentences_article": "article_id, position"}, unique=("sentences_article",))


def m009_statement_text_from_body(db: sqlite_utils.Database) -> None:
    """Statements: their text is a piece of the body too (all but 0.4 % of the real corpus's)."""
    _text_from_body(db, "statements", "statement_rows", ("article_id", "person_id", "verb"),
                    ("search", "first_sentence", "last_sentence", "direct", "via"),
                    {"statements_article": "article_id, first_sentence", "statements_person": "person_id"})


# A row's search form from the fold of its article's body (``article_search``): where it is
# there and how long, in bytes of UTF-8 (a byte ``substr`` jumps to its place; a character
# one walks the fold from its start: 1 µs a row), or the form itself when the fold does not
# hold it as it is. A valid UTF-8 string found in another starts and ends on characters.
_READ_SEARCH = ("coalesce({n}.search, (SELECT CAST(substr(CAST(fold.search AS BLOB), {n}.search_start + 1, "
                "{n}.search_length) AS TEXT) FROM article_search fold WHERE fold.id = {n}.article_id))")
_FOLD_AT = ("coalesce((SELECT instr(CAST(fold.search AS BLOB), CAST({n}.search AS BLOB)) FROM article_search fold "
            "WHERE fold.id = {n}.article_id), 0)")
_SEARCH_COLUMNS = ("nullif(" + _FOLD_AT + ", 0) - 1, CASE WHEN " + _FOLD_AT + " > 0 THEN length(CAST({n}.search AS BLOB)) "
                   "END, CASE WHEN " + _FOLD_AT + " > 0 THEN NULL ELSE {n}.search END")


def _search_from_fold(db: sqlite_utils.Database, table: str, rows: str, before: tuple[str, ...],
                      after: tuple[str, ...], indexes: dict[str, str], *, unique: tuple[str, ...] = ()) -> None:
    """``rows`` (008/009: ``id``, ``before``, ``start, length, text``, ``search``, ``after``)
    keeps ``search_start, search_length, search`` instead of ``search``; the view ``table``
    reads the form back from ``article_search``. The FTS5 index is untouched (same rowids,
    same forms); its triggers read the form through the same expression."""
    sql = str(db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [rows]).fetchone()[0])
    new = f"{rows}_010"
    create = sql.replace(f"CREATE TABLE {rows}", f"CREATE TABLE {new}", 1).replace(
        "search TEXT NOT NULL", "search_start INTEGER, search_length INTEGER, search TEXT", 1)
    if "search_start" not in create or f"CREATE TABLE {new}" not in create:
        raise RuntimeError(f"{rows}: unexpected table")
    db.execute(create)
    cols = ", ".join(("id", *before, "start", "length", "text", "search_start", "search_length", "search", *after))

    def values(n: str, text: str) -> str:
        return ", ".join((f"{n}.id", *(f"{n}.{c}" for c in before), text.format(n=n),
                          _SEARCH_COLUMNS.format(n=n), *(f"{n}.{c}" for c in after)))

    db.execute(f"INSERT INTO {new} ({cols}) SELECT {values('t', '{n}.start, {n}.length, {n}.text')} "
               f"FROM {rows} t ORDER BY t.id")
    wrong = db.execute(f"SELECT count(*) FROM {rows} t JOIN {new} r ON r.id = t.id "
                       f"WHERE {_READ_SEARCH.format(n='r')} IS NOT t.search").fetchone()[0]
    if wrong or db.execute(f"SELECT (SELECT count(*) FROM {rows}) - (SELECT count(*) FROM {new})").fetchone()[0]:
        raise RuntimeError(f"{rows}: a search form would not read back as it was")
    for trigger in (f"{table}_insert", f"{rows}_ai", f"{rows}_ad", f"{rows}_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    view = str(db.execute("SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?", [table]).fetchone()[0])
    db.execute(f"DROP VIEW {table}")
    db.execute(f"DROP TABLE {rows}")
    db.execute(f"ALTER TABLE {new} RENAME TO {rows}")
    for name, columns in indexes.items():
        db.execute(f"CREATE {'UNIQUE ' if name in unique else ''}INDEX {name} ON {rows}({columns})")
    if ", r.search" not in view:
        raise RuntimeError(f"{table}: unexpected view")
    db.execute(view.replace(", r.search", f", {_READ_SEARCH.format(n='r')} AS search", 1))
    # the text found in the body (as 008/009 did), then the search form in the fold
    # (each place looked for once: the trigger runs for every sentence and statement stored)
    found = (f"new.id, {', '.join(f'new.{c}' for c in before)}, CASE WHEN p.at > 0 THEN p.at - 1 END, "
             "CASE WHEN p.at > 0 THEN length(new.text) END, CASE WHEN p.at > 0 THEN NULL ELSE new.text END, "
             "CASE WHEN p.fold_at > 0 THEN p.fold_at - 1 END, "
             "CASE WHEN p.fold_at > 0 THEN length(CAST(new.search AS BLOB)) END, "
             "CASE WHEN p.fold_at > 0 THEN NULL ELSE new.search END"
             + "".join(f", new.{c}" for c in after))
    db.execute(f"CREATE TRIGGER {table}_insert INSTEAD OF INSERT ON {table} BEGIN "
               f"INSERT INTO {rows} ({cols}) SELECT {found} FROM (SELECT {_AT.format(n='new')} AS at, "
               f"{_FOLD_AT.format(n='new')} AS fold_at) p; END")
    fts = f"{table}_fts"
    form = {n: _READ_SEARCH.format(n=n) for n in ("new", "old")}
    db.execute(f"CREATE TRIGGER {rows}_ai AFTER INSERT ON {rows} BEGIN "
               f"INSERT INTO {fts} (rowid, search) VALUES (new.id, {form['new']}); END")
    # a row deleted with its article: the article's BEFORE DELETE trigger took it out of the
    # index while the fold was still there (the cascade runs once the article is gone)
    gone = (f"INSERT INTO {fts} ({fts}, rowid, search) SELECT 'delete', old.id, {form['old']} "
            f"WHERE EXISTS (SELECT 1 FROM articles WHERE id = old.article_id);")
    db.execute(f"CREATE TRIGGER {rows}_ad AFTER DELETE ON {rows} BEGIN {gone} END")
    db.execute(f"CREATE TRIGGER {rows}_au AFTER UPDATE ON {rows} BEGIN {gone} "
               f"INSERT INTO {fts} (rowid, search) VALUES (new.id, {form['new']}); END")


def m010_search_from_fold(db: sqlite_utils.Database) -> None:
    """The search forms of sentences and statements were a third of the store, and a
    statement's form a second copy of its sentences': every one is a piece of the fold of its
    article's body (``text.search_form``), kept once in ``article_search``."""
    from .. import text

    if db.execute("PRAGMA encoding").fetchone()[0] != "UTF-8":
        raise RuntimeError("010: the store is not UTF-8")
    db.execute("CREATE TABLE article_search (id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, "
               "search TEXT NOT NULL)")
    db.conn.executemany("INSERT INTO article_search (id, search) VALUES (?, ?)",
                        ((i, text.search_form(body)) for i, body in db.execute("SELECT id, body FROM articles")))
    _search_from_fold(db, "sentences", "sentence_rows", ("article_id", "position", "paragraph"), (),
                      {"sentences_article": "article_id, position"}, unique=("sentences_article",))
    _search_from_fold(db, "statements", "statement_rows", ("article_id", "person_id", "verb"),
                      ("first_sentence", "last_sentence", "direct", "via"),
                      {"statements_article": "article_id, first_sentence", "statements_person": "person_id"})
    # an article deleted: its rows out of the index while the fold still reads them back
    db.execute("CREATE TRIGGER articles_search_bd BEFORE DELETE ON articles BEGIN "
               "INSERT INTO sentences_fts (sentences_fts, rowid, search) "
               "SELECT 'delete', id, search FROM sentences WHERE article_id = old.id; "
               "INSERT INTO statements_fts (statements_fts, rowid, search) "
               "SELECT 'delete', id, search FROM statements WHERE article_id = old.id; END")
