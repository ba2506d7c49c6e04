"""Migrations from 015 on: store.py registers them after schema3's, in this order.

015 keeps a sentence's search form as the numbers of its words (``forms``): the table
``sentence_cells`` holds the rows, and the view ``sentence_rows`` reads them under the old
name and columns, so the queries that read ``sentence_rows.search`` (``said``), the view
``sentences`` (the content of ``sentences_fts``) and the statements' forms cut from their
first sentence's (010) read the same values as before. The SQL functions ``form_text`` and
``form_code`` are the connection's (``forms.register``, called by ``Store`` before anything
is read).
"""

from __future__ import annotations

import sqlite_utils

from . import forms

# a row of sentence_cells ({n}) read back: its form
_CELL_FORM = "coalesce({n}.search, form_text({n}.code))"


def m015_sentence_form_numbers(db: sqlite_utils.Database) -> None:
    """Sentences: their search forms were 0.96× the article text, the biggest piece of the
    store (10k articles); as word numbers 0.15×. A row keeps ``code`` (its words' numbers)
    or, when a word has none (a row written by hand), the form itself (``search``). The FTS5
    index is untouched (same rowids, same forms)."""
    sql = str(db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'sentence_rows'").fetchone()[0])
    if "start INTEGER, length INTEGER, text TEXT, search TEXT NOT NULL" not in sql:
        raise RuntimeError("015: unexpected sentence_rows table")
    db.execute("CREATE TABLE form_words (id INTEGER PRIMARY KEY, word TEXT NOT NULL)")
    words = forms.register(db)
    words.reset()
    batch: list[str] = []
    for (form,) in db.execute("SELECT search FROM sentence_rows ORDER BY id"):
        batch.append(str(form))
        if len(batch) >= 5000:
            words.number(batch)
            batch.clear()
    words.number(batch)
    db.execute("""CREATE TABLE sentence_cells (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL, paragraph INTEGER NOT NULL,
        start INTEGER, length INTEGER, text TEXT, code TEXT, search TEXT)""")
    db.execute("INSERT INTO sentence_cells (id, article_id, position, paragraph, start, length, text, code, search) "
               "SELECT p.id, p.article_id, p.position, p.paragraph, p.start, p.length, p.text, p.code, "
               "CASE WHEN p.code IS NULL THEN p.search END "
               "FROM (SELECT r.*, form_code(r.search) AS code FROM sentence_rows r) p ORDER BY p.id")
    wrong = db.execute(f"SELECT count(*) FROM sentence_rows r JOIN sentence_cells c ON c.id = r.id "
                       f"WHERE {_CELL_FORM.format(n='c')} IS NOT r.search OR c.start IS NOT r.start "
                       "OR c.length IS NOT r.length OR c.text IS NOT r.text OR c.article_id != r.article_id "
                       "OR c.position != r.position OR c.paragraph != r.paragraph").fetchone()[0]
    if wrong or db.execute("SELECT (SELECT count(*) FROM sentence_rows) - (SELECT count(*) FROM sentence_cells)"
                           ).fetchone()[0]:
        raise RuntimeError("015: a sentence would not read back as it was")
    # what reads sentence_rows by name (the views sentences and statements, the statements'
    # triggers) is kept as it is: the view of the same name below answers it
    for trigger in ("sentences_insert", "sentence_rows_ai", "sentence_rows_ad", "sentence_rows_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    view = str(db.execute("SELECT sql FROM sqlite_master WHERE type = 'view' AND name = 'sentences'").fetchone()[0])
    db.execute("DROP VIEW sentences")
    db.execute("DROP TABLE sentence_rows")  # and its index sentences_article
    db.execute("CREATE UNIQUE INDEX sentences_article ON sentence_cells(article_id, position)")
    db.execute("CREATE VIEW sentence_rows AS SELECT c.id AS id, c.article_id, c.position, c.paragraph, c.start, "
               f"c.length, c.text, {_CELL_FORM.format(n='c')} AS search FROM sentence_cells c")
    db.execute(view)
    # a sentence stored: its text found in the body (as 008 did), its form as numbers (the
    # writer numbered its words first: Store._insert)
    at = ("coalesce((SELECT instr(a.body, new.text) FROM articles a WHERE a.id = new.article_id"
          " AND new.text != ''), 0)")
    db.execute("CREATE TRIGGER sentences_insert INSTEAD OF INSERT ON sentences BEGIN "
               "INSERT INTO sentence_cells (id, article_id, position, paragraph, start, length, text, code, search) "
               "SELECT new.id, new.article_id, new.position, new.paragraph, CASE WHEN p.at > 0 THEN p.at - 1 END, "
               "CASE WHEN p.at > 0 THEN length(new.text) END, CASE WHEN p.at > 0 THEN NULL ELSE new.text END, "
               "p.code, CASE WHEN p.code IS NULL THEN new.search END "
               f"FROM (SELECT {at} AS at, form_code(new.search) AS code) p; END")
    fts = "sentences_fts"
    form = {n: _CELL_FORM.format(n=n) for n in ("new", "old")}
    db.execute(f"CREATE TRIGGER sentence_cells_ai AFTER INSERT ON sentence_cells BEGIN "
               f"INSERT INTO {fts} (rowid, search) VALUES (new.id, {form['new']}); END")
    db.execute(f"CREATE TRIGGER sentence_cells_ad AFTER DELETE ON sentence_cells BEGIN "
               f"INSERT INTO {fts} ({fts}, rowid, search) VALUES ('delete', old.id, {form['old']}); END")
    db.execute(f"CREATE TRIGGER sentence_cells_au AFTER UPDATE ON sentence_cells BEGIN "
               f"INSERT INTO {fts} ({fts}, rowid, search) VALUES ('delete', old.id, {form['old']}); "
               f"INSERT INTO {fts} (rowid, search) VALUES (new.id, {form['new']}); END")


# the table of the articles from 017 on (the body deflated), and the columns copied as they are
_ARTICLE_ROWS = ("id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL, surtitle_text TEXT, lead_text TEXT, "
                 "source TEXT, published TEXT, published_jalali TEXT, place TEXT, province TEXT, "
                 "text_hash TEXT NOT NULL UNIQUE, added TEXT, lead_start INTEGER, lead_length INTEGER, "
                 "surtitle_start INTEGER, surtitle_length INTEGER, body_z BLOB NOT NULL, body_size INTEGER NOT NULL")
_ARTICLE_COPIED = ("id, title, surtitle_text, lead_text, source, published, published_jalali, place, province, "
                   "text_hash, added, lead_start, lead_length, surtitle_start, surtitle_length")
# a body read back: ``sqlar_uncompress`` is ``forms``' and the sqlite3 shell's own
_BODY = "CAST(sqlar_uncompress(a.body_z, a.body_size) AS TEXT)"
# the view ``articles`` (017): the columns and order of the table it replaces (``SELECT *``)
_ARTICLES_VIEW = (
    "CREATE VIEW articles AS SELECT a.id AS id, a.title, a.surtitle_text, a.lead_text, a.source, a.published, "
    f"a.published_jalali, a.place, a.province, {_BODY} AS body, a.text_hash, a.added, "
    "a.lead_start, a.lead_length, CASE WHEN a.lead_start IS NULL THEN a.lead_text "
    f"ELSE substr({_BODY}, a.lead_start + 1, a.lead_length) END AS lead, "
    "a.surtitle_start, a.surtitle_length, CASE WHEN a.surtitle_start IS NULL THEN a.surtitle_text "
    f"ELSE substr({_BODY}, a.surtitle_start + 1, a.surtitle_length) END AS surtitle "
    "FROM article_rows a")


def m017_bodies_deflated(db: sqlite_utils.Database) -> None:
    """Articles: their bodies were the store's biggest piece (1.0× the text of 3.4×); deflated
    (zlib as the SQLite archive format keeps a file: ``forms.pack``) about 0.35× for the
    generated text. The table is ``article_rows``
    (its rowids, indexes, ``AUTOINCREMENT`` counter, the records' foreign keys and the delete
    trigger go with it), the body in ``body_z`` (its UTF-8 length in ``body_size``); the view ``articles`` reads every column as
    before (the lead and surtitle from the body as 012's generated columns did), and what
    read ``articles`` (the views ``sentences`` and ``statements``, their triggers) reads it."""
    cols = [r[1] for r in db.execute("PRAGMA table_xinfo(articles)")]
    if cols[:12] != ["id", "title", "surtitle_text", "lead_text", "source", "published", "published_jalali",
                     "place", "province", "body", "text_hash", "added"] or "lead_start" not in cols:
        raise RuntimeError("017: unexpected articles table")
    # the views and triggers (what reads «articles» among them): dropped here, made again over the view
    kept = db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('view', 'trigger') "
                      "AND sql IS NOT NULL ORDER BY type = 'view' DESC, rowid").fetchall()
    for kind, name, _, _ in reversed(kept):
        db.execute(f"DROP {kind.upper()} IF EXISTS [{name}]")
    # the records' keys follow the rename; the rows are then copied into a table of the new
    # layout (written in order, its pages full), which takes the name and so those keys
    db.execute("ALTER TABLE articles RENAME TO article_rows")
    db.execute(f"CREATE TABLE article_new ({_ARTICLE_ROWS})")
    db.execute(f"INSERT INTO article_new ({_ARTICLE_COPIED}, body_z, body_size) SELECT {_ARTICLE_COPIED}, "
               "sqlar_compress(CAST(body AS BLOB)), length(CAST(body AS BLOB)) FROM article_rows ORDER BY id")
    # the view's lead and surtitle are 012's expressions over the same body
    same = " AND ".join(f"n.{c} IS o.{c}" for c in _ARTICLE_COPIED.split(", "))
    if db.execute(f"SELECT (SELECT count(*) FROM article_rows) - (SELECT count(*) FROM article_rows o "
                  f"JOIN article_new n ON n.id = o.id WHERE {_BODY.replace('a.', 'n.')} IS o.body AND {same})"
                  ).fetchone()[0]:
        raise RuntimeError("017: an article would not read back as it was")
    indexes = [str(r[0]) for r in db.execute("SELECT sql FROM sqlite_master WHERE type = 'index' "
                                             "AND tbl_name = 'article_rows' AND sql IS NOT NULL")]
    last = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'article_rows'").fetchone()
    db.execute("DROP TABLE article_rows")
    db.execute("ALTER TABLE article_new RENAME TO article_rows")
    for sql in indexes:
        db.execute(sql)
    if last is not None:  # an id is never given twice (006), the deleted articles' neither
        db.execute("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'article_rows'", [last[0]])
        db.execute("INSERT INTO sqlite_sequence (name, seq) SELECT 'article_rows', ? WHERE NOT EXISTS "
                   "(SELECT 1 FROM sqlite_sequence WHERE name = 'article_rows')", [last[0]])
    db.execute(_ARTICLES_VIEW)
    # an operator's (or a test's) SQL that writes ``articles`` writes the table under it
    plain = [c for c in _ARTICLE_COPIED.split(", ") if c != "id"]
    db.execute(f"CREATE TRIGGER articles_insert INSTEAD OF INSERT ON articles BEGIN INSERT INTO article_rows "
               f"(id, {', '.join(plain)}, body_z, body_size) VALUES (new.id, {', '.join('new.' + c for c in plain)}, "
               "sqlar_compress(CAST(new.body AS BLOB)), length(CAST(new.body AS BLOB))); END")
    db.execute(f"CREATE TRIGGER articles_update INSTEAD OF UPDATE ON articles BEGIN UPDATE article_rows SET "
               f"{', '.join(f'{c} = new.{c}' for c in plain)}, body_z = CASE WHEN new.body IS old.body "
               "THEN body_z ELSE sqlar_compress(CAST(new.body AS BLOB)) END, "
               "body_size = length(CAST(new.body AS BLOB)) WHERE id = old.id; END")
    db.execute("CREATE TRIGGER articles_delete INSTEAD OF DELETE ON articles BEGIN "
               "DELETE FROM article_rows WHERE id = old.id; END")
    for _, name, table, sql in kept:
        if table == "articles" and name != "articles":  # a trigger of the table (the delete's): on it still
            if sql.count(" ON articles ") != 1:
                raise RuntimeError(f"017: unexpected trigger {name}")
            sql = sql.replace(" ON articles ", " ON article_rows ")
        db.execute(sql)
