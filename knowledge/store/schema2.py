"""Migrations from 007 on: store.py registers them after its 001–006, in this order.

007 indexes two queries that scanned whole tables; 008 and 009 stop keeping a second copy of
the article text: a sentence's and a statement's text is a piece of its article's body, so a
row keeps where it starts and how long it is, and a view under the old name reads the text
back (``coalesce`` with the row's own text when the body does not hold it as it is). The FTS5
indexes are untouched: same rowids, same search forms; their content table is the view, whose
``rowid`` column is the id. Inserts into the old name go through an INSTEAD OF trigger.
010 does the same for a statement's search form, a piece of its first sentence's.
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


# A statement's search form from the form of its first sentence (``sentence_rows.search``):
# where it is there and how long, in bytes of UTF-8 (a byte ``substr`` jumps to its place; a
# character one walks the string from its start), or the form itself when that sentence's
# form does not hold it as it is (a statement over several sentences, mostly). A valid UTF-8
# string found in another starts and ends on characters.
_SENTENCE = ("FROM sentence_rows sentence WHERE sentence.article_id = {n}.article_id "
             "AND sentence.position = {n}.first_sentence")
_READ_SEARCH = ("coalesce({n}.search, (SELECT CAST(substr(CAST(sentence.search AS BLOB), {n}.search_start + 1, "
                "{n}.search_length) AS TEXT) " + _SENTENCE + "))")
_FORM_AT = "coalesce((SELECT instr(CAST(sentence.search AS BLOB), CAST({n}.search AS BLOB)) " + _SENTENCE + "), 0)"


def m010_statement_search_from_sentence(db: sqlite_utils.Database) -> None:
    """A statement's search form was a second copy of its sentence's (a twelfth of the store at
    10k): ``statement_rows`` keeps ``search_start, search_length, search`` instead of
    ``search``, and the view ``statements`` reads the form back. The FTS5 index is untouched
    (same rowids, same forms); its triggers read the form through the same expression."""
    if db.execute("PRAGMA encoding").fetchone()[0] != "UTF-8":
        raise RuntimeError("010: the store is not UTF-8")
    table, rows, new = "statements", "statement_rows", "statement_rows_010"
    before, after = ("article_id", "person_id", "verb"), ("first_sentence", "last_sentence", "direct", "via")
    sql = str(db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [rows]).fetchone()[0])
    create = sql.replace(f"CREATE TABLE {rows}", f"CREATE TABLE {new}", 1).replace(
        "search TEXT NOT NULL", "search_start INTEGER, search_length INTEGER, search TEXT", 1)
    if "search_start" not in create or f"CREATE TABLE {new}" not in create:
        raise RuntimeError(f"{rows}: unexpected table")
    db.execute(create)
    cols = ", ".join(("id", *before, "start", "length", "text", "search_start", "search_length", "search", *after))

    def found(n: str, text: str) -> str:
        """The columns of ``cols`` from row ``n``, with ``p.at`` / ``p.form_at`` where its
        text / form was found (1-based, 0 when not)."""
        return ", ".join((f"{n}.id", *(f"{n}.{c}" for c in before), text,
                          "CASE WHEN p.form_at > 0 THEN p.form_at - 1 END",
                          f"CASE WHEN p.form_at > 0 THEN length(CAST({n}.search AS BLOB)) END",
                          f"CASE WHEN p.form_at > 0 THEN NULL ELSE {n}.search END", *(f"{n}.{c}" for c in after)))

    db.execute(f"INSERT INTO {new} ({cols}) SELECT {found('p', 'p.start, p.length, p.text')} "
               f"FROM (SELECT t.*, {_FORM_AT.format(n='t')} AS form_at FROM {rows} t) p ORDER BY p.id")
    wrong = db.execute(f"SELECT count(*) FROM {rows} t JOIN {new} r ON r.id = t.id "
                       f"WHERE {_READ_SEARCH.format(n='r')} IS NOT t.search").fetchone()[0]
    if wrong or db.execute(f"SELECT (SELECT count(*) FROM {rows}) - (SELECT count(*) FROM {new})").fetchone()[0]:
        raise RuntimeError(f"{rows}: a search form would not read back as it was")
    for trigger in (f"{table}_insert", f"{rows}_ai", f"{rows}_ad", f"{rows}_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    view = str(db.execute("SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?", [table]).fetchone()[0])
    if ", r.search" not in view:
        raise RuntimeError(f"{table}: unexpected view")
    db.execute(f"DROP VIEW {table}")
    db.execute(f"DROP TABLE {rows}")
    db.execute(f"ALTER TABLE {new} RENAME TO {rows}")
    db.execute(f"CREATE INDEX statements_article ON {rows}(article_id, first_sentence)")
    db.execute(f"CREATE INDEX statements_person ON {rows}(person_id)")
    db.execute(view.replace(", r.search", f", {_READ_SEARCH.format(n='r')} AS search", 1))
    # the text found in the body (as 009 did), then the form in the sentence's; each looked
    # for once: the trigger runs for every statement stored
    text = ("CASE WHEN p.at > 0 THEN p.at - 1 END, CASE WHEN p.at > 0 THEN length(new.text) END, "
            "CASE WHEN p.at > 0 THEN NULL ELSE new.text END")
    db.execute(f"CREATE TRIGGER {table}_insert INSTEAD OF INSERT ON {table} BEGIN "
               f"INSERT INTO {rows} ({cols}) SELECT {found('new', text)} FROM (SELECT {_AT.format(n='new')} AS at, "
               f"{_FORM_AT.format(n='new')} AS form_at) p; END")
    fts = f"{table}_fts"
    form = {n: _READ_SEARCH.format(n=n) for n in ("new", "old")}
    db.execute(f"CREATE TRIGGER {rows}_ai AFTER INSERT ON {rows} BEGIN "
               f"INSERT INTO {fts} (rowid, search) VALUES (new.id, {form['new']}); END")
    # a statement deleted with its article: the article's BEFORE DELETE trigger took it out of
    # the index while its sentence was still there (the cascade runs once the article is gone)
    gone = (f"INSERT INTO {fts} ({fts}, rowid, search) SELECT 'delete', old.id, {form['old']} "
            f"WHERE EXISTS (SELECT 1 FROM articles WHERE id = old.article_id);")
    db.execute(f"CREATE TRIGGER {rows}_ad AFTER DELETE ON {rows} BEGIN {gone} END")
    db.execute(f"CREATE TRIGGER {rows}_au AFTER UPDATE ON {rows} BEGIN {gone} "
               f"INSERT INTO {fts} (rowid, search) VALUES (new.id, {form['new']}); END")
    db.execute("CREATE TRIGGER articles_statements_bd BEFORE DELETE ON articles BEGIN "
               "INSERT INTO statements_fts (statements_fts, rowid, search) "
               "SELECT 'delete', id, search FROM statements WHERE article_id = old.id; END")
