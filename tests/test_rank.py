"""knowledge.store.rank: FTS5's bm25 order for the rows of a small match, computed from
kept phrase counts instead of FTS5's pass over every doclist — the same rows, the same
rank values, the same order as ``ORDER BY rank`` (and FTS5 ranks whatever it cannot)."""

from __future__ import annotations

from typing import Any

import pytest

from knowledge.library import Library
from knowledge.store import Store, fts_query, rank
from tests.conftest import TODAY


def fts5_order(store: Store, table: str, query: str, limit: int) -> list[tuple[int, float]]:
    """What FTS5 itself answers: ids and rank values, best first, ties by id."""
    rows = store.db.execute(
        f"SELECT rowid, rank FROM {table}_fts WHERE {table}_fts MATCH ? ORDER BY rank, rowid LIMIT ?",
        [query, limit]).fetchall()
    return [(int(r[0]), float(r[1])) for r in rows]


def ids_ranks(rows: list[dict[str, Any]] | None) -> list[tuple[int, float]] | None:
    return None if rows is None else [(int(r["id"]), float(r["rank"])) for r in rows]


CASES = [
    # (table, words, operator, prefix) — every query shape retrieve asks
    ("sentences", ["استاندار"], "OR", False),  # one word as written
    ("sentences", ["کارخانه"], "OR", True),  # one word as a prefix («کارخانه»*)
    ("sentences", ["کارخانه", "سیمان"], "OR", True),  # an OR of two words
    ("sentences", ["استاندار", "کرمان"], "AND", False),  # an AND: every word held
    ("appearances", ["استاندار"], "OR", True),  # the people's names and titles
    ("events", ["نشست"], "OR", True),  # event names
    ("statements", ["کرد"], "OR", False),  # statements' forms (read back through the view)
]


@pytest.mark.parametrize("table, words, operator, prefix", CASES)
def test_a_small_match_is_ranked_as_fts5_ranks_it(loaded_lib: Library, table: str, words: list[str],
                                                  operator: str, prefix: bool) -> None:
    query = fts_query(words, prefix=prefix, operator=operator)
    expected = fts5_order(loaded_lib.store, table, query, 1000)
    assert expected, "the case should match some rows"
    assert expected == ids_ranks(rank.ranked(loaded_lib.store, table, query, limit=1000))
    # and Store.search, which asks it first, gives the rows FTS5 would
    assert expected == ids_ranks(loaded_lib.store.search(table, query, limit=1000))


def test_a_match_of_more_rows_than_asked_for_gives_fts5s_best(loaded_lib: Library,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Up to CAP rows matched, with doclists long enough to be worth it: ranked here, the
    ``limit`` best returned, as FTS5 cuts them."""
    monkeypatch.setattr(rank, "ROW_COUNTS", 0)  # every doclist «long» in this small store
    query = fts_query(["استاندار"], prefix=False)
    matched = len(fts5_order(loaded_lib.store, "sentences", query, 1000))
    assert 2 < matched <= rank.CAP
    assert fts5_order(loaded_lib.store, "sentences", query, 2) == ids_ranks(
        rank.ranked(loaded_lib.store, "sentences", query, limit=2))
    assert fts5_order(loaded_lib.store, "sentences", query, 2) == ids_ranks(
        loaded_lib.store.search("sentences", query, limit=2))


def test_more_rows_than_the_cap_are_left_to_fts5(loaded_lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rank, "ROW_COUNTS", 0)
    query = fts_query(["استاندار"], prefix=False)
    matched = len(fts5_order(loaded_lib.store, "sentences", query, 1000))
    monkeypatch.setattr(rank, "CAP", matched - 1)  # one row more than ranked here
    assert rank.ranked(loaded_lib.store, "sentences", query, limit=2) is None
    assert fts5_order(loaded_lib.store, "sentences", query, 2) == ids_ranks(
        loaded_lib.store.search("sentences", query, limit=2))
    monkeypatch.setattr(rank, "CAP", matched)  # every row: ranked here
    assert fts5_order(loaded_lib.store, "sentences", query, 2) == ids_ranks(
        rank.ranked(loaded_lib.store, "sentences", query, limit=2))


def test_more_rows_than_asked_for_with_short_doclists_are_left_to_fts5(loaded_lib: Library) -> None:
    """A few rows per doclist entry: FTS5's own counting is the cheaper way."""
    query = fts_query(["استاندار"], prefix=False)
    matched = len(fts5_order(loaded_lib.store, "sentences", query, 1000))
    assert matched * rank.ROW_COUNTS > matched > 2  # the word's doclist: the rows matched
    assert rank.ranked(loaded_lib.store, "sentences", query, limit=2) is None
    assert fts5_order(loaded_lib.store, "sentences", query, 2) == ids_ranks(
        loaded_lib.store.search("sentences", query, limit=2))


def test_the_trigram_index_and_raw_queries_are_left_to_fts5(loaded_lib: Library) -> None:
    assert rank.ranked(loaded_lib.store, "persons", '"طال"', limit=10) is None  # trigram tokens
    assert rank.ranked(loaded_lib.store, "sentences", 'NEAR("استاندار" "کرمان")', limit=10) is None


def test_a_row_fts5_tokenizes_otherwise_is_left_to_fts5(fresh_lib: Library) -> None:
    fresh_lib.add("نشست شورای اداری کرمان برگزار شد\nبه گزارش ایرنا، نشست شورای اداری استان کرمان "
                  "روز شنبه برگزار شد.", today=TODAY)
    store = fresh_lib.store
    event = store.rows("SELECT id, search FROM events")[0]
    # a form with a capital and a hyphen: FTS5 folds and splits it, a plain split would not
    store.db.execute("UPDATE events SET search = ? WHERE id = ?", [event["search"] + " ABC-d", event["id"]])
    query = fts_query([event["search"].split()[0]])
    assert rank.ranked(store, "events", query, limit=10) is None
    assert fts5_order(store, "events", query, 10) == ids_ranks(store.search("events", query, limit=10))


def test_the_kept_counts_follow_the_store_after_a_write(fresh_lib: Library) -> None:
    fresh_lib.add("کارخانه سیمان در کرمان افتتاح شد\nبه گزارش ایرنا، کارخانه سیمان کرمان روز شنبه "
                  "افتتاح شد.", today=TODAY)
    query = fts_query(["کارخانه"])
    before = rank.ranked(fresh_lib.store, "sentences", query, limit=100)
    fresh_lib.add("بازدید از کارخانه فولاد\nبه گزارش ایرنا، استاندار کرمان از کارخانه فولاد و کارخانه "
                  "سیمان بازدید کرد.", today=TODAY)
    after = ids_ranks(rank.ranked(fresh_lib.store, "sentences", query, limit=100))
    assert fts5_order(fresh_lib.store, "sentences", query, 100) == after
    assert before is not None and after is not None and len(after) > len(before)


def test_varints_read_as_sqlite_writes_them() -> None:
    cases = [
        (b"", []),  # nothing
        (b"\x0e", [14]),  # one byte
        (b"\xb0\xe9\x2b", [799_915]),  # three bytes: a row count
        (b"\x81\x00\x05", [128, 5]),  # two values
        (b"\xff" * 8 + b"\x01", [(1 << 64) - 255]),  # nine bytes: the last one whole
    ]
    for blob, expected in cases:
        assert expected == rank._varints(blob)


def test_appearances_that_repeat_a_form_are_ranked_a_form_at_a_time(fresh_lib: Library,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """An official named with the same titles in report after report: one bm25 for the
    rows of one form, and still FTS5's rows, ranks and order (ties by id)."""
    for topic in ("سیمان", "آب", "برق", "گندم"):
        fresh_lib.add(f"بازدید از طرح {topic} کرمان\nبه گزارش ایرنا، محمدعلی طالبی استاندار کرمان روز شنبه "
                      f"از طرح {topic} بازدید کرد. طالبی گفت: کار {topic} باید زودتر تمام شود.", today=TODAY)
    fresh_lib.add("دیدار با کشاورزان کرمان\nبه گزارش ایرنا، حسن رضایی معاون استاندار کرمان روز یکشنبه "
                  "با کشاورزان دیدار کرد. رضایی گفت: آب کشاورزی باید بیشتر شود.", today=TODAY)
    store = fresh_lib.store
    forms = store.rows("SELECT search, count(*) AS n FROM appearances GROUP BY search ORDER BY n DESC")
    assert forms[0]["n"] >= 3, "one form should repeat for the case to mean something"
    monkeypatch.setattr(rank, "ROW_COUNTS", 0)  # every doclist «long» in this small store
    spent: list[int] = []
    by_form = rank._ranked_by_form

    def spy(*args: Any, **kwargs: Any) -> list[dict[str, Any]] | None:
        spent.append(len(args[2]))
        return by_form(*args, **kwargs)

    monkeypatch.setattr(rank, "_ranked_by_form", spy)
    query = fts_query(["استاندار", "کرمان"], prefix=False, operator="AND")
    for limit in (1, 2, 3):
        assert fts5_order(store, "appearances", query, limit) == ids_ranks(
            rank.ranked(store, "appearances", query, limit=limit))
    assert [5, 5, 5] == spent  # every row matched went the form's way


# (table, words, ranked here): with ROW_COUNTS out of reach and FORM_ROW_COUNTS at 0, only a
# table ranked a form at a time (rank.BY_FORM) is ranked here; the others are left to FTS5
FORM_CASES = [
    ("appearances", ["استاندار"], True),  # a person's titles: FORM_ROW_COUNTS holds for it
    ("sentences", ["استاندار"], False),  # ROW_COUNTS holds
]


@pytest.mark.parametrize("table, words, here", FORM_CASES)
def test_tables_ranked_a_form_at_a_time_have_their_own_threshold(
        loaded_lib: Library, monkeypatch: pytest.MonkeyPatch, table: str, words: list[str], here: bool) -> None:
    monkeypatch.setattr(rank, "ROW_COUNTS", 10**9)
    monkeypatch.setattr(rank, "FORM_ROW_COUNTS", 0)
    query = fts_query(words, prefix=False)
    matched = len(fts5_order(loaded_lib.store, table, query, 1000))
    assert 2 < matched <= rank.CAP  # more rows than asked for, fewer than the cap
    found = rank.ranked(loaded_lib.store, table, query, limit=2)
    assert here == (found is not None)
    # either way, the rows FTS5 gives
    assert fts5_order(loaded_lib.store, table, query, 2) == ids_ranks(loaded_lib.store.search(table, query, limit=2))
    if found is not None:
        assert fts5_order(loaded_lib.store, table, query, 2) == ids_ranks(found)


# branch fetch10: forms known to split as FTS5 splits them, without its docsize record

def test_every_sure_character_is_kept_whole_inside_a_token_by_unicode61() -> None:
    """rank.SURE's characters: SQLite's own tokenizer keeps each, as it is, inside a word
    (neither a separator nor folded), so a form of them and single spaces is its words."""
    import sqlite3
    chars = [c for c in map(chr, range(0x10000)) if c != " " and rank._SURE.fullmatch(c)]
    assert len(chars) > 150  # the class as written: digits, a–z, the Arabic-script letters
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE f USING fts5(x, tokenize='unicode61')")
    db.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, 'f', 'row')")
    db.executemany("INSERT INTO f (x) VALUES (?)", [(f"ب{c}ب ب",) for c in chars])
    terms = {t for (t,) in db.execute("SELECT term FROM v")}
    assert [] == [c for c in chars if f"ب{c}ب" not in terms]
    sizes = {rank._varints(sz)[0] for (sz,) in db.execute("SELECT sz FROM f_docsize")}
    assert {2} == sizes  # «بxب ب»: two tokens, as str.split gives


PLAIN = [
    # (search form, the tokens known without FTS5's count, or None: its docsize record is read)
    ("استاندار کرمان", ["استاندار", "کرمان"]),  # Persian words
    ("سال 1402 ab", ["سال", "1402", "ab"]),  # ASCII digits and small letters
    ("", []),  # an empty form: no token
    ("ABC", None),  # a capital: FTS5 folds it
    ("a-b", None),  # a hyphen: FTS5 splits there
    ("نشست\u200cها", None),  # a half-space left in: not a letter
    ("café", None),  # a letter unicode61 folds (é → e)
    ("دو  فاصله", ["دو", "فاصله"]),  # two spaces: one gap between two words, to both
    ("a\tb", None),  # a tab
    (None, None),  # no form
]


@pytest.mark.parametrize("form, expected", PLAIN)
def test_a_form_of_sure_characters_is_its_tokens(form: str | None, expected: list[str] | None) -> None:
    assert expected == rank.plain_tokens(form)


def test_rows_of_sure_and_other_forms_ranked_here_rank_as_fts5_ranks_them(
        fresh_lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    """Some forms known whole, one («ü») read from its docsize record: the same rows, ranks
    and order as FTS5's, ranked here (the path of a match of more rows than asked for)."""
    for text in ("نشست شورای اداری کرمان برگزار شد\nبه گزارش ایرنا، نشست شورای اداری استان کرمان روز شنبه برگزار شد.",
                 "نشست شورای شهر کرمان برگزار شد\nبه گزارش ایرنا، نشست شورای شهر کرمان روز یکشنبه برگزار شد.",
                 "نشست خبری استاندار کرمان\nبه گزارش ایرنا، نشست خبری استاندار کرمان روز دوشنبه برگزار شد."):
        fresh_lib.add(text, today=TODAY)
    store = fresh_lib.store
    events = store.rows("SELECT id, search FROM events ORDER BY id")
    assert len(events) >= 2
    store.db.execute("UPDATE events SET search = ? WHERE id = ?", [events[0]["search"] + " über", events[0]["id"]])
    store.cache.clear()
    assert rank.plain_tokens(events[0]["search"] + " über") is None
    monkeypatch.setattr(rank, "ROW_COUNTS", 0)  # ranked here though more rows match than asked for
    query = fts_query(["نشست"], prefix=False)
    expected = fts5_order(store, "events", query, 1)
    assert expected == ids_ranks(rank.ranked(store, "events", query, limit=1))
    assert fts5_order(store, "events", query, 10) == ids_ranks(rank.ranked(store, "events", query, limit=10))


BM25 = [
    # (tokens, phrase, prefix) — a phrase's tokens counted in the padded text as one by one
    (["کارخانه", "کار", "بیکار"], "کار", True),  # two start with it; «بیکار» holds it inside
    (["کارخانه", "کار", "بیکار"], "کار", False),  # one is it
    (["کار", "کار", "کار"], "کار", True),  # the same token thrice: no find overlaps another
    (["بیکار"], "کار", True),  # only inside a token: none
    ([], "کار", True),  # no token
]


@pytest.mark.parametrize("tokens, phrase, prefix", BM25)
def test_a_phrase_counted_in_the_padded_tokens_scores_as_token_by_token(tokens: list[str], phrase: str,
                                                                        prefix: bool) -> None:
    from knowledge.store import retrieve
    weights = [1.5]
    padded = " " + " ".join(tokens) + " "
    assert rank.bm25(tokens, [(phrase, prefix)], weights, 3.0) == rank.bm25(
        tokens, [(phrase, prefix)], weights, 3.0, padded=padded)
    pool = retrieve._Pool(None, "sentences", {1: tokens}, 3.0)  # type: ignore[arg-type]
    held = any(t.startswith(phrase) for t in tokens) if prefix else phrase in tokens
    assert ({1} if held else set()) == pool._holding((phrase, prefix))


def test_a_words_uncapped_count_is_kept_as_its_idf_count(loaded_lib: Library) -> None:
    from knowledge.store import retrieve
    store = loaded_lib.store
    store.cache.clear()
    term = fts_query(["کارخانه"])
    counted = retrieve._count(store, "sentences", term)
    assert 0 < counted < retrieve.COUNT_CAP
    expected = store.db.execute("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?", [term]).fetchone()[0]
    assert expected == store.cache[("fts_hits", "sentences", term)] == rank._hits(store, "sentences", term)
