"""Every hot query of answering goes through an index or an FTS5 table, never a scan of a
whole table (EXPLAIN QUERY PLAN): a scan grows with the archive, an index lookup does not.

The SQL is the code's own (knowledge/answer, knowledge/store/retrieve.py), with its
parameters; the store is a fresh one with a test article in it (no ANALYZE statistics, as in a
real store, so the planner chooses as it would there).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.library import Library
from knowledge.parse import parse
from knowledge.store import SCHEMA_VERSION

from .conftest import ARTICLES, TODAY

_IDS = ",".join("?" * 60)  # a candidate set's article ids

# (where in the code, SQL, parameters, what the plan must use)
HOT = [
    # retrieve.search: rank and cut inside FTS5, then join only the rows kept
    ("retrieve.search", "SELECT t.*, f.rank AS rank FROM (SELECT rowid, rank FROM sentences_fts "
     "WHERE sentences_fts MATCH ? ORDER BY rank, rowid LIMIT ?) f JOIN sentences t ON t.rowid = f.rowid "
     "ORDER BY f.rank, t.id", ['"شهر"', 20], "SCAN sentences_fts VIRTUAL TABLE"),
    # rank.ranked: a small match's rows in rowid order (FTS5 stops at the limit, no ranking) …
    ("rank.ranked ids", "SELECT rowid FROM events_fts WHERE events_fts MATCH ? ORDER BY rowid LIMIT ?",
     ['"شهر"', 61], "SCAN events_fts VIRTUAL TABLE"),
    # … their token counts (FTS5's docsize records) …
    ("rank.ranked sizes", "SELECT id, sz FROM sentences_fts_docsize WHERE id IN (?,?)", [1, 2],
     "INTEGER PRIMARY KEY"),
    # … and the rows themselves, through the view that reads a sentence's text from its body
    ("rank.ranked rows", "SELECT * FROM sentences WHERE id IN (?,?)", [1, 2], "INTEGER PRIMARY KEY"),
    ("rank.ranked statements", "SELECT * FROM statements WHERE id IN (?,?)", [1, 2], "INTEGER PRIMARY KEY"),
    # retrieve._newest: one common word, newest rows first
    ("retrieve._newest", "SELECT t.*, 0.0 AS rank FROM (SELECT rowid FROM statements_fts WHERE statements_fts "
     "MATCH ? ORDER BY rowid DESC LIMIT ?) f JOIN statements t ON t.rowid = f.rowid ORDER BY t.id DESC",
     ['"شهر"', 20], "SCAN statements_fts VIRTUAL TABLE"),
    # who._namesakes: everyone answering to a surname, through the trigram index
    ("who._namesakes", "SELECT id, name FROM persons WHERE id IN "
     "(SELECT rowid FROM persons_fts WHERE persons_fts MATCH ? LIMIT 2000)", ['"کریمی"'],
     "SCAN persons_fts VIRTUAL TABLE"),
    # who.statements_of: the statements of the pooled person ids
    ("who.statements_of", "SELECT s.*, a.title AS article_title, a.published, a.place AS article_place "
     "FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.person_id IN (?,?)", [1, 2],
     "INDEX statements_person"),
    # who: a person's appearances
    ("who.appearances", "SELECT * FROM appearances WHERE person_id = ?", [1], "INDEX appearances_person"),
    # said: the statements of the candidate articles
    ("said.spans", "SELECT * FROM statements WHERE article_id IN (?,?)", [1, 2], "INDEX statements_article"),
    # evidence.sentences_at: the sentences of candidate spans (said) or before candidates (evidence)
    ("evidence.sentences_at", "SELECT article_id, position, search FROM sentences WHERE "
     "(article_id = ? AND position BETWEEN ? AND ?) OR (article_id = ? AND position BETWEEN ? AND ?)",
     [1, 2, 3, 4, 0, 0], "INDEX sentences_article"),
    # said._light (_with_spans): namesakes' statements with the sentences of their spans, a
    # sentence's form only for a statement holding the topic's letters (told from its word
    # numbers: forms.holding), through the person and article indexes
    ("said._light", "SELECT r.id, r.article_id, r.person_id, r.first_sentence, r.last_sentence, r.search_start, "
     "r.search_length, t.position, CASE WHEN t.code GLOB ? OR t.search IS NOT NULL "
     "THEN coalesce(t.search, form_text(t.code)) END AS sentence "
     "FROM statement_rows r LEFT JOIN sentence_cells t ON t.article_id = r.article_id "
     "AND t.position BETWEEN r.first_sentence AND r.last_sentence WHERE r.person_id IN (?,?)",
     ["*[a-z]*", 1, 2], "COVERING INDEX statements_person_spans"),
    ("said._light cells", "SELECT r.id, t.code FROM statement_rows r LEFT JOIN sentence_cells t "
     "ON t.article_id = r.article_id AND t.position BETWEEN r.first_sentence AND r.last_sentence "
     "WHERE r.person_id IN (?,?)", [1, 2], "INDEX sentences_article"),
    ("said._light sentences", "SELECT r.id, t.search FROM statement_rows r LEFT JOIN sentence_rows t "
     "ON t.article_id = r.article_id AND t.position BETWEEN r.first_sentence AND r.last_sentence "
     "WHERE r.person_id IN (?,?)", [1, 2], "INDEX sentences_article"),
    # said._light in a question's window (IN_WINDOW): each statement's date — its article's first
    # dated event, else its publication day; undated, a day named in it — through events_article,
    # the article's key and dates_article, never every event, date or article of the window
    *[("said._light window " + ("outside " if no else "") + uses,
       "SELECT r.id, t.position FROM statement_rows r LEFT JOIN sentence_rows t ON t.article_id = r.article_id "
       "AND t.position BETWEEN r.first_sentence AND r.last_sentence "
       f"WHERE r.person_id IN (?,?) AND {no}coalesce(coalesce((SELECT e.iso FROM events e WHERE "
       "e.article_id = r.article_id AND e.iso IS NOT NULL ORDER BY e.sentence, e.id LIMIT 1), (SELECT x.published "
       "FROM articles x WHERE x.id = r.article_id)) BETWEEN ? AND ?, EXISTS (SELECT 1 FROM dates d WHERE "
       "d.article_id = r.article_id AND d.iso BETWEEN ? AND ?))", [1, 2, *["2025-03-21", "2026-03-20"] * 2], uses)
      for no in ("", "NOT ") for uses in ("INDEX statements_person", "INDEX events_article", "INTEGER PRIMARY KEY",
                                           "INDEX dates_article")],
    # said._dated_in_window: the date of the candidates' articles (first dated event, else the day)
    *[("said._dated_in_window " + uses, "SELECT a.id, coalesce((SELECT e.iso FROM events e WHERE e.article_id = a.id "
       "AND e.iso IS NOT NULL ORDER BY e.sentence, e.id LIMIT 1), a.published) AS iso FROM articles a "
       "WHERE a.id IN (?,?)", [1, 2], uses) for uses in ("INTEGER PRIMARY KEY", "INDEX events_article")],
    # … and in its place (IN_PLACE): the article's places by its key, never every mention of the place
    # (the article's place_rows by its key, their names' ids found once: said7)
    *[("said._light place " + uses, "SELECT r.id FROM statement_rows r WHERE r.person_id IN (?,?) AND "
       "(EXISTS (SELECT 1 FROM place_rows p WHERE p.article_id = r.article_id AND +p.place_id IN "
       "(SELECT n.id FROM place_names n WHERE n.name = ? OR n.province = ?)) "
       "OR EXISTS (SELECT 1 FROM articles x WHERE x.id = r.article_id AND (x.place = ? OR x.province = ?)))",
       [1, 2, *["تهران"] * 4], uses)
      for uses in ("INDEX statements_person", "SEARCH p USING PRIMARY KEY (article_id=?)", "INTEGER PRIMARY KEY",
                   "INDEX place_names_name", "INDEX place_names_province")],
    # said._fill: the search forms of the statements scored
    ("said._fill search", "SELECT id, search FROM statements WHERE id IN (?,?)", [1, 2], "INTEGER PRIMARY KEY"),
    # said._with_text: the text of the statements answered with
    ("said._with_text", "SELECT id, text, verb, direct, via FROM statements WHERE id IN (?,?)", [1, 2],
     "INTEGER PRIMARY KEY"),
    # timeline._statement_results: the people and the events of many statements' articles
    ("timeline._statement_results people", "SELECT * FROM appearances WHERE article_id IN (?,?) ORDER BY id", [1, 2],
     "INDEX appearances_article"),
    ("timeline._statement_results events", "SELECT id, article_id, name, iso, sentence FROM events "
     "WHERE article_id IN (?,?)", [1, 2], "INDEX events_article"),
    # evidence._statement_at: the statement around a sentence
    ("evidence._statement_at", "SELECT * FROM statements WHERE article_id = ? AND first_sentence <= ? AND "
     "last_sentence >= ? ORDER BY first_sentence DESC, id LIMIT 1", [1, 2, 2], "INDEX statements_article"),
    # events._event_titles: the roles of the people of candidate events
    ("events._event_titles", "SELECT article_id, person_id, roles FROM appearances WHERE article_id IN (?,?) "
     "ORDER BY article_id, idx", [1, 2], "INDEX appearances_article"),
    # events._events_in_range: «what happened on <date>» (a scan of events before 007)
    ("events._events_in_range", "SELECT * FROM events WHERE iso BETWEEN ? AND ? "
     "ORDER BY iso, article_id, sentence, id LIMIT 200", ["2025-11-01", "2025-11-30"], "INDEX events_iso"),
    # engine._filtered_articles, every article of a date (a scan of articles before 007)
    ("engine._filtered_articles date", "SELECT article_id FROM dates WHERE iso BETWEEN ? AND ? "
     "UNION SELECT id FROM articles WHERE published BETWEEN ? AND ?", ["2025-11-01", "2025-11-30"] * 2,
     "INDEX articles_published"),
    # engine._filtered_articles, every article of a place
    ("engine._filtered_articles place", "SELECT article_id FROM places WHERE (name = ? OR province = ?) "
     "UNION SELECT id FROM articles WHERE (place = ? OR province = ?)", ["تهران"] * 4,
     "INDEX articles_province"),
    # the same through the place names kept once (011): a name or province in the small table,
    # then its mentions by place, never every mention
    ("engine._filtered_articles place names", "SELECT article_id FROM places WHERE (name = ? OR province = ?) "
     "UNION SELECT id FROM articles WHERE (place = ? OR province = ?)", ["تهران"] * 4,
     "USING COVERING INDEX place_rows_place (place_id=?)"),
    # timeline: the latest reports of a place
    ("timeline.latest place", "SELECT * FROM articles WHERE id IN (SELECT article_id FROM places WHERE name = ? OR "
     "province = ? UNION SELECT id FROM articles WHERE place = ? OR province = ?) "
     "ORDER BY published IS NULL, published DESC, id DESC LIMIT ?", ["تهران"] * 4 + [20],
     "USING COVERING INDEX place_rows_place (place_id=?)"),
    # facts: the places of a sentence; events: of a statement's sentences, of the lead (an
    # article's places are the rows under its id in place_rows, 011)
    ("facts.places", "SELECT name, kind, province FROM places WHERE article_id = ? AND sentence = ? "
     "ORDER BY kind != 'venue', id", [1, 2], "SEARCH r USING PRIMARY KEY (article_id=?)"),
    ("events.places", "SELECT name, kind FROM places WHERE article_id = ? AND sentence BETWEEN ? AND ? "
     "ORDER BY kind = 'venue', id", [1, 2, 3], "SEARCH r USING PRIMARY KEY (article_id=?)"),
    ("events.venues", "SELECT name, kind FROM places WHERE article_id = ? AND sentence <= 2 AND kind = 'venue' "
     "ORDER BY id", [1], "SEARCH r USING PRIMARY KEY (article_id=?)"),
    # engine._prime: the date filter for the candidate articles, asked for all at once (a long
    # IN list: without the unary «+» SQLite reads every date of the window instead)
    ("engine._prime date", "SELECT article_id FROM dates WHERE +iso BETWEEN ? AND ? AND article_id IN (%s) "
     "UNION SELECT id FROM articles WHERE +published BETWEEN ? AND ? AND id IN (%s)" % (_IDS, _IDS),
     ["2025-11-01", "2025-11-30", *range(1, 61)] * 2, "INDEX dates_article"),
    # engine._prime: the place filter for the candidate articles (else every place of the province)
    ("engine._prime place", "SELECT article_id FROM places WHERE (+name = ? OR +province = ?) AND article_id IN (%s) "
     "UNION SELECT id FROM articles WHERE (+place = ? OR +province = ?) AND id IN (%s)" % (_IDS, _IDS),
     ["تهران", "تهران", *range(1, 61)] * 2, "SEARCH r USING PRIMARY KEY (article_id=?)"),
    # engine: the first dated event of an article
    ("engine.event_iso", "SELECT iso FROM events WHERE article_id = ? AND iso IS NOT NULL ORDER BY sentence LIMIT 1",
     [1], "INDEX events_article"),
    # Store.find_hash: the same text twice is one article
    # (017: the view articles over article_rows, whose text_hash is UNIQUE as it was)
    ("Store.find_hash", "SELECT id FROM articles WHERE text_hash = ?", ["x"], "INDEX sqlite_autoindex_article_rows_1"),
]


@pytest.fixture(scope="module")
def lib() -> Library:
    lib = Library.memory()
    lib.add(sorted(ARTICLES.glob("*.txt"))[0].read_bytes(), today=TODAY)
    yield lib
    lib.close()


@pytest.mark.parametrize(("where", "sql", "params", "uses"), HOT, ids=[h[0] for h in HOT])
def test_hot_query_uses_an_index(lib: Library, where: str, sql: str, params: list[object], uses: str) -> None:
    plan = [str(row[3]) for row in lib.store.db.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()]
    # a plain table scan (not a virtual FTS5 table, not a materialized subquery) grows with the archive
    scans = [p for p in plan if p.startswith("SCAN ") and "VIRTUAL TABLE" not in p and p not in ("SCAN f",)]
    assert [] == scans, f"{where}: {plan}"
    assert any(uses in p for p in plan), f"{where}: {plan}"


def test_the_hot_queries_are_the_codes_own() -> None:
    """The SQL above is copied from the code: a query rewritten there must be rewritten here."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "knowledge"
    code = " ".join(p.read_text(encoding="utf-8") for p in root.rglob("*.py"))
    for fragment in ("ORDER BY iso, article_id, sentence, id LIMIT 200", "WHERE published BETWEEN ? AND ?",
                     "(SELECT rowid FROM persons_fts WHERE persons_fts MATCH ? LIMIT 2000)",
                     "WHERE article_id = ? AND first_sentence <= ? AND last_sentence >= ? ",
                     "AND t.position BETWEEN r.first_sentence AND r.last_sentence WHERE r.person_id IN ({})",
                     "AS hit FROM statement_rows r WHERE r.person_id IN ({})",
                     "coalesce(coalesce((SELECT e.iso FROM events e WHERE e.article_id = r.article_id AND ",
                     "ORDER BY e.sentence, e.id LIMIT 1), (SELECT x.published FROM articles x WHERE x.id = r.article_id)) ",
                     "BETWEEN ? AND ?, EXISTS (SELECT 1 FROM dates d WHERE d.article_id = r.article_id ",
                     "(EXISTS (SELECT 1 FROM place_rows p WHERE p.article_id = r.article_id AND +p.place_id IN ",
                     "(SELECT n.id FROM place_names n WHERE n.name = ? OR n.province = ?)) ",
                     "SELECT article_id FROM places WHERE name = ? OR province = ? ",
                     "FROM places WHERE article_id = ? AND sentence BETWEEN ? AND ? ORDER BY kind = 'venue', id",
                     "FROM places WHERE article_id = ? AND sentence = ? ORDER BY kind != 'venue', id",
                     "_fts WHERE {table}_fts MATCH ? ORDER BY rowid LIMIT ?",
                     "SELECT id, sz FROM {table}_fts_docsize WHERE id IN (", "SELECT * FROM {table} WHERE id IN ({{}})"):
        assert fragment in code


def test_the_schema_counts_017() -> None:
    assert 17 == SCHEMA_VERSION  # 001–013, 015–018 (014, a names index, was planned and not needed)


def test_sentences_keep_no_copy_of_the_body(lib: Library) -> None:
    """Migration 008: a sentence is where it starts in the body and how long it is; the view
    ``sentences`` reads the text back exactly as parsed (as the article writes it: ``shown``)."""
    path = sorted(ARTICLES.glob("*.txt"))[0]
    parsed = parse(path.read_bytes(), today=TODAY)
    for rows in ("sentence_rows", "statement_rows"):  # 009: statements likewise
        stored = lib.store.rows(f"SELECT text, start, length FROM {rows}")
        assert stored and [] == [r for r in stored if r["text"] is not None or r["start"] is None]
    shown = lib.show(1)
    assert [s.shown for s in parsed.sentences] == [s["text"] for s in shown["sentences"]]
    assert [s.shown for s in parsed.statements] == [s["text"] for s in shown["statements"]]


def test_a_sentence_not_in_the_body_keeps_its_text() -> None:
    lib = Library.memory()
    lib.add(sorted(ARTICLES.glob("*.txt"))[0].read_bytes(), today=TODAY)
    lib.store.db.execute("INSERT INTO sentences (article_id, position, paragraph, text, search) "
                         "VALUES (1, 999, 0, 'جمله‌ای که در متن نیست', 'جملهای که در متن نیست')")
    assert ["جمله‌ای که در متن نیست"] == [r["text"] for r in lib.store.rows(
        "SELECT text FROM sentences WHERE position = 999")]
    assert 1 == len(lib.store.search("sentences", '"جملهای" AND "نیست"', limit=5))


def test_upgrade_to_009_keeps_every_sentence_statement_and_the_search(tmp_path: Path) -> None:
    """A store at 007 with articles: after 008/009 the same sentences and statements, the same search,
    and a delete still takes its sentences out of the index."""
    import sqlite3

    import sqlite_utils

    from knowledge.store import Store, migrations

    db = sqlite_utils.Database(sqlite3.connect(tmp_path / "old.db"))
    migrations.apply(db, stop_before="008_sentence_text_from_body")
    store = Store.__new__(Store)  # the rows written as 007 code wrote them
    store.db, store.cache = db, {}
    for path in sorted(ARTICLES.glob("*.txt"))[:2]:
        store.add(parse(path.read_bytes(), today=TODAY))
    db.conn.commit()
    before = db.execute("SELECT id, article_id, position, paragraph, text, search FROM sentences ORDER BY id").fetchall()
    found = [r["id"] for r in store.search("sentences", '"استان"*', limit=50)]
    said = "SELECT id, article_id, person_id, verb, text, search, first_sentence, last_sentence, direct, via FROM statements"
    statements = db.execute(said + " ORDER BY id").fetchall()
    assert statements
    assert 1 in {row[1] for row in before if row[0] in found}  # the article deleted below has such sentences
    upgraded = Store(db)
    assert before == db.execute(
        "SELECT id, article_id, position, paragraph, text, search FROM sentences ORDER BY id").fetchall()
    assert found == [r["id"] for r in upgraded.search("sentences", '"استان"*', limit=50)]
    assert 0 == db.execute("SELECT count(*) FROM sentence_rows WHERE text IS NOT NULL").fetchone()[0]
    assert statements == db.execute(said + " ORDER BY id").fetchall()
    upgraded.delete(1)
    assert [] == [i for i in (r["id"] for r in upgraded.search("sentences", '"استان"*', limit=50))
                  if i in {row[0] for row in before if row[1] == 1}]


# fast-said (issue 15): the queries said.py and rank.py ask since migration 016
HOT_SAID = [
    # said._light without topic words: a person's statements from the index alone
    ("said._light plain", "SELECT r.id, r.article_id, r.person_id, r.first_sentence, r.last_sentence, "
     "0 AS hit FROM statement_rows r WHERE r.person_id IN (?,?)", [1, 2], "COVERING INDEX statements_person_spans"),
    # said._with_spans: the forms of the few statements not cut from their first sentence
    ("said._with_spans own forms", "SELECT id, search FROM statement_rows WHERE id IN (?,?)", [1, 2],
     "INTEGER PRIMARY KEY"),
    # said._fill: the columns _light leaves for the rows used (with the search form for a verb's test)
    ("said._fill columns", "SELECT id, verb, direct, via FROM statements WHERE id IN (?,?)", [1, 2],
     "INTEGER PRIMARY KEY"),
    ("said._fill columns and search", "SELECT id, verb, direct, via, search FROM statements WHERE id IN (?,?)",
     [1, 2], "INTEGER PRIMARY KEY"),
    # said._statement_candidates: the spans of the candidate articles' statements, then those covering a hit
    ("said._statement_candidates spans", "SELECT id, article_id, first_sentence, last_sentence FROM statement_rows "
     "WHERE article_id IN (?,?)", [1, 2], "INDEX statements_article"),
    ("said._statement_candidates rows", "SELECT * FROM statements WHERE id IN (?,?)", [1, 2], "INTEGER PRIMARY KEY"),
    # rank.ranked: a bigger match's forms (the whole rows of the best by id, as above)
    ("rank.ranked forms", "SELECT id, search FROM appearances WHERE id IN (?,?)", [1, 2], "INTEGER PRIMARY KEY"),
    ("rank.ranked statement forms", "SELECT id, search FROM statements WHERE id IN (?,?)", [1, 2],
     "INTEGER PRIMARY KEY"),
]


@pytest.mark.parametrize("where, sql, params, uses", HOT_SAID)
def test_said_queries_use_an_index(lib: Library, where: str, sql: str, params: list[object], uses: str) -> None:
    plan = [str(row[3]) for row in lib.store.db.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()]
    scans = [p for p in plan if p.startswith("SCAN ") and "VIRTUAL TABLE" not in p]
    assert [] == scans, f"{where}: {plan}"
    assert any(uses in p for p in plan), f"{where}: {plan}"


def test_said_queries_are_the_codes_own() -> None:
    root = Path(__file__).resolve().parent.parent / "knowledge"
    code = " ".join(p.read_text(encoding="utf-8") for p in root.rglob("*.py"))
    for fragment in ("0 AS hit FROM statement_rows r WHERE r.person_id IN ({})",
                     "SELECT id, search FROM statement_rows WHERE id IN ({})",
                     "SELECT id, {', '.join(columns)} FROM statements WHERE id IN ({{}})",
                     "SELECT id, article_id, first_sentence, last_sentence FROM statement_rows WHERE article_id IN ({})",
                     "SELECT id, text, verb, direct, via FROM statements WHERE id IN ({})",
                     "r.search_length, t.position, CASE WHEN ",
                     "r.search_length, t.position, CASE WHEN t.code GLOB ? OR t.search IS NOT NULL ",
                     "THEN coalesce(t.search, form_text(t.code)) END AS sentence ",
                     "FROM statement_rows r LEFT JOIN sentence_cells t ON t.article_id = r.article_id ",
                     "SELECT {'*' if few else 'id, search'} FROM {table} WHERE id IN ({{}})",
                     "CREATE INDEX statements_person_spans ON statement_rows(person_id, article_id, first_sentence, "):
        assert fragment in code


# branch fast-event: retrieve._Pool, the AND tiers of a large archive from one FTS5 query
POOL = [
    # the rows of every tier: the words left in, and two of the three rarest, in rowid order
    ("retrieve._Pool ids", "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY rowid LIMIT ?",
     ['"شهر" AND (("استان" AND "کرمان") OR ("استان" AND "نشست") OR ("کرمان" AND "نشست"))', 1001],
     "SCAN sentences_fts VIRTUAL TABLE"),
    # their token counts, and their search forms (through the views, by id)
    ("retrieve._Pool sizes", "SELECT id, sz FROM events_fts_docsize WHERE id IN (?,?)", [1, 2], "INTEGER PRIMARY KEY"),
    ("retrieve._Pool sentences", "SELECT id, search FROM sentences WHERE id IN (?,?)", [1, 2], "INTEGER PRIMARY KEY"),
    ("retrieve._Pool statements", "SELECT id, search FROM statements WHERE id IN (?,?)", [1, 2], "INTEGER PRIMARY KEY"),
    ("retrieve._Pool appearances", "SELECT id, search FROM appearances WHERE id IN (?,?)", [1, 2],
     "INTEGER PRIMARY KEY"),
    ("retrieve._Pool events", "SELECT id, search FROM events WHERE id IN (?,?)", [1, 2], "INTEGER PRIMARY KEY"),
]


@pytest.mark.parametrize(("where", "sql", "params", "uses"), POOL, ids=[h[0] for h in POOL])
def test_the_pools_queries_use_an_index(lib: Library, where: str, sql: str, params: list[object], uses: str) -> None:
    test_hot_query_uses_an_index(lib, where, sql, params, uses)


def test_the_pools_queries_are_the_codes_own() -> None:
    # the token counts are read by rank.tokens_of, for the pools as for ranked matches
    store = Path(__file__).resolve().parent.parent / "knowledge" / "store"
    code = (store / "retrieve.py").read_text(encoding="utf-8") + (store / "rank.py").read_text(encoding="utf-8")
    for fragment in ('f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ? ORDER BY rowid LIMIT ?"',
                     'f"SELECT id, sz FROM {table}_fts_docsize WHERE id IN ({{}})"',
                     'f"SELECT id, search FROM {table} WHERE id IN ({{}})"'):
        assert fragment in code


# branch who7: the person lookup's own queries
WHO7 = [
    # who._fuzzy_people: the appearances of the misspelt name's closest persons, in one query
    ("who._fuzzy_people", "SELECT * FROM appearances WHERE person_id IN (?,?)", [1, 2], "INDEX appearances_person"),
    # retrieve.ranked: the rows of a people query whose ranked ids were kept, read again by id
    ("retrieve.ranked", "SELECT * FROM appearances WHERE id IN (?,?)", [1, 2], "INTEGER PRIMARY KEY"),
    ("retrieve.ranked persons", "SELECT * FROM persons WHERE id IN (?,?)", [1, 2], "INTEGER PRIMARY KEY"),
    # rank._ranked_by_form: the forms of a match, the token count of one row a form
    ("rank._ranked_by_form forms", "SELECT id, search FROM appearances WHERE id IN (?,?)", [1, 2],
     "INTEGER PRIMARY KEY"),
    ("rank._ranked_by_form sizes", "SELECT id, sz FROM appearances_fts_docsize WHERE id IN (?,?)", [1, 2],
     "INTEGER PRIMARY KEY"),
]


@pytest.mark.parametrize(("where", "sql", "params", "uses"), WHO7, ids=[h[0] for h in WHO7])
def test_the_person_lookups_queries_use_an_index(lib: Library, where: str, sql: str, params: list[object],
                                                  uses: str) -> None:
    test_hot_query_uses_an_index(lib, where, sql, params, uses)


def test_the_person_lookups_queries_are_the_codes_own() -> None:
    root = Path(__file__).resolve().parent.parent / "knowledge"
    who = (root / "answer" / "who.py").read_text(encoding="utf-8")
    store = (root / "store" / "retrieve.py").read_text(encoding="utf-8") + (root / "store" / "rank.py").read_text(
        encoding="utf-8")
    assert '"SELECT * FROM appearances WHERE person_id IN ({})"' in who
    for fragment in ('f"SELECT * FROM {table} WHERE id IN ({{}})"', 'f"SELECT id, search FROM {table} WHERE id IN ({{}})"',
                     'f"SELECT id, sz FROM {table}_fts_docsize WHERE id IN ({{}})"'):
        assert fragment in store


# branch said8: what_said's namesakes' statements told hits by the index of statements by
# speaker and word (migration 018), then only the strong hits' sentences read
SAID8 = [
    # said_pool._topic_hits: the statements of these people holding one of these words (FTS5)
    ("said_pool._topic_hits", "SELECT rowid FROM statement_words WHERE statement_words MATCH ?",
     ["(p1 OR p2) AND (3 OR 4)"], "SCAN statement_words VIRTUAL TABLE"),
    # said_pool._with_spans: the people's statements, from the index that holds what the rows need
    ("said_pool._with_spans", "SELECT r.id, r.article_id, r.person_id, r.first_sentence, r.last_sentence, "
     "r.search_start, r.search_length FROM statement_rows r WHERE r.person_id IN (?,?)", [1, 2],
     "COVERING INDEX statements_person_spans"),
    # said_pool._cells: the sentences of the strong hits' spans
    ("said_pool._cells", "SELECT t.article_id, t.position, CASE WHEN t.code GLOB ? OR t.search IS NOT NULL "
     "THEN coalesce(t.search, form_text(t.code)) END FROM sentence_cells t WHERE "
     "(t.article_id = ? AND t.position BETWEEN ? AND ?) OR (t.article_id = ? AND t.position BETWEEN ? AND ?)",
     ["*[a-z]*", 1, 0, 2, 3, 0, 1], "INDEX sentences_article"),
    # the triggers' terms of a statement (schema5.TERMS): its span's sentences by the article's index
    ("schema5.TERMS", "SELECT r.id, (SELECT span_terms(r.person_id, group_concat(t.code, ''), max(t.code IS NULL)) "
     "FROM sentence_cells t WHERE t.article_id = r.article_id AND t.position BETWEEN r.first_sentence "
     "AND r.last_sentence) FROM statement_rows r WHERE r.article_id = ?", [1], "INDEX sentences_article"),
]


@pytest.mark.parametrize(("where", "sql", "params", "uses"), SAID8, ids=[h[0] for h in SAID8])
def test_the_topic_hits_queries_use_an_index(lib: Library, where: str, sql: str, params: list[object],
                                             uses: str) -> None:
    test_hot_query_uses_an_index(lib, where, sql, params, uses)


def test_the_topic_hits_queries_are_the_codes_own() -> None:
    root = Path(__file__).resolve().parent.parent / "knowledge"
    said = (root / "answer" / "said_pool.py").read_text(encoding="utf-8")
    schema = (root / "store" / "schema5.py").read_text(encoding="utf-8")
    for fragment in ('"SELECT rowid FROM statement_words WHERE statement_words MATCH ?"',
                     '"SELECT r.id, r.article_id, r.person_id, r.first_sentence, r.last_sentence, r.search_start, "\n'
                     '            "r.search_length FROM statement_rows r WHERE r.person_id IN ({})"',
                     'f"SELECT t.article_id, t.position, {_SENTENCE} FROM sentence_cells t WHERE "',
                     '"(t.article_id = ? AND t.position BETWEEN ? AND ?)"',
                     '"CASE WHEN t.code GLOB ? OR t.search IS NOT NULL THEN coalesce(t.search, form_text(t.code)) END"'):
        assert fragment in said
    assert ("(SELECT span_terms({s}.person_id, group_concat(t.code, ''), max(t.code IS NULL)) FROM sentence_cells t "
            in schema)
