"""knowledge.store.retrieve: FTS5 candidates that stay cheap as the archive grows.

A large archive is simulated by lowering the OR budget: with a budget of a few rows,
three short articles already behave as 100k would for a common word.
"""

from __future__ import annotations

import pytest

from knowledge.store import retrieve
from knowledge.library import Library
from knowledge.store import fts_query
from tests.conftest import TODAY

ARTICLES = [
    "کارخانه سیمان در کرمان افتتاح شد\n"
    "به گزارش ایرنا، کارخانه سیمان کرمان روز شنبه با حضور استاندار افتتاح شد. "
    "ظرفیت این کارخانه سالانه یک میلیون تن است.",
    "بازدید استاندار از کارخانه فولاد\n"
    "به گزارش ایرنا، استاندار کرمان روز یکشنبه از کارخانه فولاد بازدید کرد. "
    "تولید فولاد در استان افزایش یافته است.",
    "نمایشگاه کتاب کرمان گشایش یافت\n"
    "به گزارش ایرنا، نمایشگاه کتاب کرمان روز دوشنبه گشایش یافت. "
    "ناشران استان در این نمایشگاه حضور دارند.",
]


@pytest.fixture
def lib() -> Library:
    lib = Library.memory()
    for article in ARTICLES:
        lib.add(article, today=TODAY)
    yield lib
    lib.close()


def texts(rows: list[dict[str, object]]) -> list[str]:
    return [str(r["text"]) for r in rows]


def test_a_small_archive_gets_the_plain_ranked_or(lib: Library) -> None:
    words = ["کارخانه", "سیمان"]
    expected = lib.store.search("sentences", fts_query(words), limit=10)
    assert texts(expected) == texts(retrieve.search(lib.store, "sentences", words, limit=10))


def test_a_word_no_row_holds_changes_nothing(lib: Library) -> None:
    # a misspelt word («سیمانن») brings no row, in a small archive or a large one
    plain = retrieve.search(lib.store, "sentences", ["کارخانه", "سیمان"], limit=10)
    assert texts(plain) == texts(retrieve.search(lib.store, "sentences", ["کارخانه", "سیمان", "زززز"], limit=10))


def test_a_large_archive_puts_rows_holding_every_word_first(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(retrieve, "OR_BUDGET", 2)
    monkeypatch.setattr(retrieve, "COUNT_CAP", 3)
    rows = texts(retrieve.search(lib.store, "sentences", ["کارخانه", "سیمان", "کرمان"], limit=10))
    assert "سیمان" in rows[0] and "کارخانه" in rows[0] and "کرمان" in rows[0]  # all three words
    assert all("کارخانه" in t or "سیمان" in t or "کرمان" in t for t in rows)  # nothing unrelated
    assert len(rows) == len(set(rows))  # each row once, though several tiers found it


def test_one_common_word_alone_brings_the_newest_rows(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(retrieve, "OR_BUDGET", 1)
    monkeypatch.setattr(retrieve, "COUNT_CAP", 2)
    rows = retrieve.search(lib.store, "sentences", ["کرمان"], limit=2)
    assert [3, 3] == [r["article_id"] for r in rows]  # the newest article's sentences
    assert [r["id"] for r in rows] == sorted((r["id"] for r in rows), reverse=True)


def test_word_counts_are_forgotten_when_the_store_changes(lib: Library) -> None:
    retrieve.search(lib.store, "sentences", ["کارخانه"], limit=5)
    assert lib.store.cache  # counted once ...
    lib.add("خبر تازه درباره کارخانه\nبه گزارش ایرنا، کارخانه تازه‌ای در بم افتتاح شد.", today=TODAY)
    assert {} == lib.store.cache  # ... and counted again after a write
    rows = retrieve.search(lib.store, "sentences", ["کارخانه"], limit=10)
    assert any("بم" in t for t in texts(rows))


def test_a_window_without_any_name_word_is_not_searched_for_a_person(lib: Library) -> None:
    lib.add("استاندار کرمان: صنعت رشد می‌کند\nبه گزارش ایرنا، محمدعلی طالبی استاندار کرمان گفت: صنعت استان رشد می‌کند.",
            today=TODAY)
    assert retrieve.may_name(lib.store, "طالبی")  # a stored surname
    assert retrieve.may_name(lib.store, "طالبى")  # … spelt with a final Arabic yeh, folded or not
    assert retrieve.may_name(lib.store, "طالبیی")  # … or one letter off
    assert not retrieve.may_name(lib.store, "کارخانه")  # an ordinary word


WORDS = ["فولاد", "کارخانه", "کرمان", "سیمان"]  # rows holding each: 3, 5, 5, 2 (no row holds all)


def _queries(lib: Library, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the FTS5 queries ``Store.search`` is asked, each tier one query: the pool
    that answers the AND tiers from one query is off (POOL_CAP 0; its own tests below)."""
    monkeypatch.setattr(retrieve, "POOL_CAP", 0)
    return _recorded(lib, monkeypatch)


def _recorded(lib: Library, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The FTS5 queries ``Store.search`` is asked from now on, in order."""
    asked: list[str] = []
    search = lib.store.search

    def recording(table: str, query: str, *, limit: int):  # type: ignore[no-untyped-def]
        asked.append(query)
        return search(table, query, limit=limit)

    monkeypatch.setattr(lib.store, "search", recording)
    return asked


@pytest.mark.parametrize(("budget", "plain_or"), [
    (15, True),  # the words' rows add up to exactly the budget: still the plain ranked OR
    (14, False),  # one row over: the rows holding every word are asked first
])
def test_the_or_budget_boundary(lib: Library, monkeypatch: pytest.MonkeyPatch, budget: int, plain_or: bool) -> None:
    assert [3, 5, 5, 2] == [retrieve._term(lib.store, "sentences", w)[1] for w in WORDS]
    monkeypatch.setattr(retrieve, "OR_BUDGET", budget)
    monkeypatch.setattr(retrieve, "COUNT_CAP", 100)
    asked = _queries(lib, monkeypatch)
    retrieve.search(lib.store, "sentences", WORDS, limit=1)
    assert plain_or == (" OR " in asked[0] and " AND " not in asked[0]), asked


def test_the_rarest_word_is_left_out_first(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    # No row holds all four words; leaving out the rarest («سیمان», 2 rows) finds the steel
    # plant visit, which holds the other three. Leaving out the words in the question's
    # order («فولاد» first) or the commonest first would find the cement plant instead.
    monkeypatch.setattr(retrieve, "OR_BUDGET", 10)
    monkeypatch.setattr(retrieve, "COUNT_CAP", 100)
    rows = texts(retrieve.search(lib.store, "sentences", WORDS, limit=1))
    assert 1 == len(rows)
    assert "فولاد" in rows[0] and "کارخانه" in rows[0] and "کرمان" in rows[0], rows


def test_a_word_as_common_as_the_cap_is_not_prefix_expanded(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    # «کرمان» is in 5 sentences: with a cap of 5 it is common and asked as written; with 6,
    # rare enough to bring its inflections as a prefix.
    monkeypatch.setattr(retrieve, "COUNT_CAP", 5)
    assert ('"کرمان"', 5) == retrieve._term(lib.store, "sentences", "کرمان")
    lib.store.cache.clear()
    monkeypatch.setattr(retrieve, "COUNT_CAP", 6)
    assert ('"کرمان"*', 5) == retrieve._term(lib.store, "sentences", "کرمان")


def test_when_the_rows_holding_every_word_are_enough_nothing_else_is_asked(lib: Library,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # A large archive (budget 2): the cement plant sentence holds all three words, and one
    # row was asked for, so the AND query alone answers; no looser query is run after it.
    monkeypatch.setattr(retrieve, "OR_BUDGET", 2)
    monkeypatch.setattr(retrieve, "COUNT_CAP", 100)
    asked = _queries(lib, monkeypatch)
    rows = texts(retrieve.search(lib.store, "sentences", ["کارخانه", "سیمان", "کرمان"], limit=1))
    assert ['"کارخانه"* AND "سیمان"* AND "کرمان"*'] == asked
    assert "سیمان" in rows[0] and "کارخانه" in rows[0] and "کرمان" in rows[0], rows


def test_the_tiers_of_a_large_archive_in_order(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    # Rows holding each word: کرمان 5, کارخانه 5, فولاد 3, کتاب 2; no row holds all four.
    # Asked in order: all four; then leaving out the rarest first (کتاب, فولاد, then the
    # first of the two commonest), at most three; then the rare words ORed while their
    # rows fit the budget (10: the commonest «کارخانه» is dropped, 2+3+5 = 10 fits).
    monkeypatch.setattr(retrieve, "OR_BUDGET", 10)
    monkeypatch.setattr(retrieve, "COUNT_CAP", 100)
    asked = _queries(lib, monkeypatch)
    rows = retrieve.search(lib.store, "sentences", ["کرمان", "کارخانه", "فولاد", "کتاب"], limit=20)
    assert [
        '"کرمان"* AND "کارخانه"* AND "فولاد"* AND "کتاب"*',
        '"کرمان"* AND "کارخانه"* AND "فولاد"*',
        '"کرمان"* AND "کارخانه"* AND "کتاب"*',
        '"کارخانه"* AND "فولاد"* AND "کتاب"*',
        '"کتاب"* OR "فولاد"* OR "کرمان"*',
    ] == asked
    assert len(rows) == len({r["id"] for r in rows})  # each row once


def test_two_words_are_not_asked_one_at_a_time(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    # With two words, leaving one out would ask the other alone: the rare words' OR follows
    # the AND instead.
    # (rows: فولاد 3, کتاب 2; budget 4: only «کتاب» fits the OR)
    monkeypatch.setattr(retrieve, "OR_BUDGET", 4)
    monkeypatch.setattr(retrieve, "COUNT_CAP", 100)
    asked = _queries(lib, monkeypatch)
    retrieve.search(lib.store, "sentences", ["فولاد", "کتاب"], limit=10)
    assert ['"فولاد"* AND "کتاب"*', '"کتاب"*'] == asked


def test_a_word_at_the_cap_is_not_among_the_rare_words(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    # With a cap of 5, «کرمان» and «کارخانه» (5 rows each) are common: only «فولاد» and
    # «کتاب» are ORed after the AND tiers.
    monkeypatch.setattr(retrieve, "OR_BUDGET", 10)
    monkeypatch.setattr(retrieve, "COUNT_CAP", 5)
    asked = _queries(lib, monkeypatch)
    retrieve.search(lib.store, "sentences", ["کرمان", "کارخانه", "فولاد", "کتاب"], limit=20)
    assert '"کتاب"* OR "فولاد"*' == asked[-1]


def test_a_misspelt_word_beside_a_common_one_still_brings_the_newest_rows(
        lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    # «زززز» is in no row: it is dropped, and «کرمان» alone is common, so its newest rows come.
    monkeypatch.setattr(retrieve, "OR_BUDGET", 1)
    monkeypatch.setattr(retrieve, "COUNT_CAP", 2)
    rows = retrieve.search(lib.store, "sentences", ["کرمان", "زززز"], limit=2)
    assert [3, 3] == [r["article_id"] for r in rows]


def test_a_word_rare_as_written_is_counted_as_written_not_with_its_longer_words(
        lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    # «استان» as a word is in 2 sentences; as a prefix it also finds «استاندار» (5). Under a
    # cap of 3 it is rare as written, so it is asked as a prefix (its count then capped at 3).
    monkeypatch.setattr(retrieve, "COUNT_CAP", 3)
    assert ('"استان"*', 3) == retrieve._term(lib.store, "sentences", "استان")


def test_a_plural_of_a_name_word_may_name_a_person(lib: Library) -> None:
    # «طالبی‌هایشان» is too far from «طالبی» for the one-letter-off test, but its stem is the
    # stored surname.
    lib.add("استاندار کرمان: صنعت رشد می‌کند\nبه گزارش ایرنا، محمدعلی طالبی استاندار کرمان گفت: صنعت استان رشد می‌کند.",
            today=TODAY)
    assert retrieve.may_name(lib.store, "طالبیهایشان")


def test_three_words_are_also_tried_leaving_one_out(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    # No sentence holds «فولاد», «کتاب» and «کرمان»: then each pair is asked, leaving out the
    # rarest word first («کتاب», 2 rows).
    monkeypatch.setattr(retrieve, "OR_BUDGET", 2)
    monkeypatch.setattr(retrieve, "COUNT_CAP", 100)
    asked = _queries(lib, monkeypatch)
    retrieve.search(lib.store, "sentences", ["فولاد", "کتاب", "کرمان"], limit=20)
    assert '"فولاد"* AND "کرمان"*' == asked[1], asked


def _pool_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(retrieve, "POOL_CAP", 0)


def _ids_ranks(rows: list[dict[str, object]]) -> list[tuple[object, object]]:
    return [(r["id"], r["rank"]) for r in rows]


POOLED = [
    # (table, words, limit, OR budget, count cap) — the AND tiers of a large archive
    ("sentences", ["کرمان", "کارخانه", "فولاد", "کتاب"], 20, 10, 100),  # no row holds all four: three tiers left out
    ("sentences", ["کارخانه", "سیمان", "کرمان"], 1, 2, 100),  # the rows holding all three are enough
    ("sentences", ["فولاد", "کتاب", "کرمان"], 10, 2, 100),  # three words: each pair asked
    ("sentences", ["کرمان", "کارخانه", "فولاد", "کتاب"], 2, 10, 100),  # a tier with more rows than asked for
    ("sentences", ["استان", "کرمان", "کارخانه"], 10, 2, 100),  # «استان»* as a prefix («استاندار»)
    ("sentences", ["کرمان", "کارخانه", "استاندار", "روز"], 3, 2, 5),  # common words asked as written
    ("events", ["کارخانه", "سیمان", "کرمان"], 10, 1, 100),  # event names
]


@pytest.mark.parametrize("table, words, limit, budget, cap", POOLED)
def test_the_pool_gives_the_rows_the_tiers_give_one_by_one(lib: Library, monkeypatch: pytest.MonkeyPatch, table: str,
                                                           words: list[str], limit: int, budget: int, cap: int) -> None:
    monkeypatch.setattr(retrieve, "OR_BUDGET", budget)
    monkeypatch.setattr(retrieve, "COUNT_CAP", cap)
    pooled = retrieve.search(lib.store, table, words, limit=limit)
    _pool_off(monkeypatch)
    lib.store.cache.clear()
    one_by_one = retrieve.search(lib.store, table, words, limit=limit)
    assert _ids_ranks(one_by_one) == _ids_ranks(pooled)
    assert one_by_one == pooled  # every column of every row


@pytest.mark.parametrize("table, words", [
    ("sentences", ["استاندار", "کرمان", "روز", "گزارش"]),  # the same words in many articles
    ("sentences", ["نشست", "شورای", "اداری", "استان", "برگزار"]),
    ("appearances", ["استاندار", "کرمان", "فرماندار"]),
    ("statements", ["استان", "کرد", "گفت"]),
    ("events", ["نشست", "خبری", "استان"]),
])
def test_the_pool_matches_fts5_on_the_test_articles(loaded_lib: Library, monkeypatch: pytest.MonkeyPatch, table: str,
                                                    words: list[str]) -> None:
    # a large archive simulated on the test articles: every word common, limits small
    monkeypatch.setattr(retrieve, "OR_BUDGET", 1)
    monkeypatch.setattr(retrieve, "COUNT_CAP", 2)
    for limit in (1, 3, 50):
        pooled = retrieve.search(loaded_lib.store, table, words, limit=limit)
        with monkeypatch.context() as m:
            m.setattr(retrieve, "POOL_CAP", 0)
            one_by_one = retrieve.search(loaded_lib.store, table, words, limit=limit)
        assert _ids_ranks(one_by_one) == _ids_ranks(pooled), limit


def test_the_pool_asks_fts5_the_and_tiers_once(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(retrieve, "OR_BUDGET", 10)
    monkeypatch.setattr(retrieve, "COUNT_CAP", 100)
    asked: list[str] = []
    execute = lib.store.db.execute

    def recording(sql: str, params: object = None):  # type: ignore[no-untyped-def]
        if "MATCH" in sql and "count(*)" not in sql:
            asked.append(params[0])  # type: ignore[index]
        return execute(sql, params) if params is not None else execute(sql)

    monkeypatch.setattr(lib.store.db, "execute", recording)
    retrieve.search(lib.store, "sentences", ["کرمان", "کارخانه", "فولاد", "کتاب"], limit=20)
    assert [
        # «کارخانه» in every row; two of the three rarest (the three left out one at a time)
        '"کارخانه"* AND (("کتاب"* AND "فولاد"*) OR ("کتاب"* AND "کرمان"*) OR ("فولاد"* AND "کرمان"*))',
        '"کتاب"* OR "فولاد"* OR "کرمان"*',  # the rare words' OR, as before
    ] == [q for q in asked if " AND " in q or " OR " in q]


def test_more_rows_than_the_pool_holds_are_asked_tier_by_tier(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(retrieve, "OR_BUDGET", 10)
    monkeypatch.setattr(retrieve, "COUNT_CAP", 100)
    monkeypatch.setattr(retrieve, "POOL_CAP", 2)  # the pool's query would bring 3 rows or more
    asked = _recorded(lib, monkeypatch)
    # rows holding two of the three words: the cement plant's title and lead, the steel plant visit
    retrieve.search(lib.store, "sentences", ["کرمان", "کارخانه", "سیمان"], limit=20)
    assert 4 == len([q for q in asked if " AND " in q]), asked  # all three, then each left out


def test_a_row_fts5_tokenizes_otherwise_leaves_the_tiers_to_fts5(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(retrieve, "OR_BUDGET", 2)
    monkeypatch.setattr(retrieve, "COUNT_CAP", 100)
    row = lib.store.rows("SELECT id, search FROM sentences WHERE search LIKE '%سیمان%' ORDER BY id")[0]
    # a capital and a hyphen: FTS5 folds and splits them, a plain split of the form would not
    # (kept as text: since 015 sentence_rows is a view over sentence_cells, whose trigger re-indexes the row)
    lib.store.db.execute("UPDATE sentence_cells SET code = NULL, search = ? WHERE id = ?",
                         [row["search"] + " ABC-d", row["id"]])
    words = ["کارخانه", "سیمان", "کرمان"]
    assert retrieve._Pool.of(lib.store, "sentences", [fts_query([w]) for w in words], [fts_query([w]) for w in words], cap=100) is None
    pooled = retrieve.search(lib.store, "sentences", words, limit=10)
    _pool_off(monkeypatch)
    lib.store.cache.clear()
    assert _ids_ranks(retrieve.search(lib.store, "sentences", words, limit=10)) == _ids_ranks(pooled)


def test_a_pool_larger_than_the_limit_allows_is_left_to_the_tiers(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    # One row asked for, twice as many allowed in the pool: its query brings three or more
    # (rows with two of the three words), so the tiers are asked one by one, and the first,
    # holding all three words (the cement plant), is enough: no looser tier is asked after it.
    monkeypatch.setattr(retrieve, "POOL_FACTOR", 2)
    monkeypatch.setattr(retrieve, "OR_BUDGET", 2)
    monkeypatch.setattr(retrieve, "COUNT_CAP", 100)
    asked = _recorded(lib, monkeypatch)
    rows = retrieve.search(lib.store, "sentences", ["کارخانه", "سیمان", "کرمان"], limit=1)
    assert ['"کارخانه"* AND "سیمان"* AND "کرمان"*'] == asked
    assert "سیمان" in rows[0]["text"], rows  # type: ignore[operator]


@pytest.mark.parametrize("pool_cap, and_queries", [
    (3, 0),  # the pool's query brings exactly 3 rows (the cement plant's title and lead, the steel plant visit): pooled
    (2, 4),  # one row more than the pool may hold: all three words, then each left out, asked of FTS5
])
def test_a_pool_of_exactly_the_cap_is_used(lib: Library, monkeypatch: pytest.MonkeyPatch, pool_cap: int,
                                          and_queries: int) -> None:
    monkeypatch.setattr(retrieve, "OR_BUDGET", 10)
    monkeypatch.setattr(retrieve, "COUNT_CAP", 100)
    monkeypatch.setattr(retrieve, "POOL_CAP", pool_cap)
    asked = _recorded(lib, monkeypatch)
    rows = retrieve.search(lib.store, "sentences", ["کرمان", "کارخانه", "سیمان"], limit=20)
    assert and_queries == len([q for q in asked if " AND " in q]), asked
    _pool_off(monkeypatch)
    lib.store.cache.clear()
    assert _ids_ranks(retrieve.search(lib.store, "sentences", ["کرمان", "کارخانه", "سیمان"], limit=20)) == _ids_ranks(rows)


# a long report holding «استان» as written, and a short one holding «استاندار» but not «استان»
LONG_AND_SHORT = [
    "نشست استان\n"
    "به گزارش ایرنا، مدیر کل صنایع و معادن استان در نشست خبری امروز با حضور خبرنگاران و مدیران و "
    "کارشناسان و نمایندگان مجلس و اعضای شورای شهر گفت که تولید فولاد در کرمان در سال گذشته بسیار "
    "زیاد بوده و در همه ماه های سال رکورد زده و صادرات آن به کشورهای همسایه نیز افزایش داشته است. "
    "استاندار کرمان از فولاد بازدید کرد.",
]


@pytest.mark.parametrize("limit", [
    1,  # the long sentence holding all three words; the short one, better ranked, only holds «استاندار»
    10,  # the short one after it, in the tier leaving «استان» out
])
def test_a_word_asked_as_written_is_not_matched_as_a_prefix_in_the_pool(lib: Library, monkeypatch: pytest.MonkeyPatch,
                                                                        limit: int) -> None:
    for article in LONG_AND_SHORT:
        lib.add(article, today=TODAY)
    monkeypatch.setattr(retrieve, "OR_BUDGET", 2)
    monkeypatch.setattr(retrieve, "COUNT_CAP", 2)  # «استان» (2 rows as written) is common: asked as written
    words = ["استان", "کرمان", "فولاد"]
    pooled = retrieve.search(lib.store, "sentences", words, limit=limit)
    assert " استان " in f" {pooled[0]['search']} ", pooled  # type: ignore[operator]
    _pool_off(monkeypatch)
    lib.store.cache.clear()
    assert _ids_ranks(retrieve.search(lib.store, "sentences", words, limit=limit)) == _ids_ranks(pooled)


def test_a_word_not_in_search_form_leaves_the_tiers_to_fts5(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    # FTS5 folds «ABC» to a row's «abc»; the pool, reading the forms as written, would not find it
    monkeypatch.setattr(retrieve, "OR_BUDGET", 2)
    monkeypatch.setattr(retrieve, "COUNT_CAP", 100)
    row = lib.store.rows("SELECT id, search FROM sentences WHERE search LIKE '%سیمان%' ORDER BY id")[0]
    lib.store.db.execute("UPDATE sentence_cells SET code = NULL, search = ? WHERE id = ?",
                         [row["search"] + " abc", row["id"]])
    words = ["کارخانه", "سیمان", "کرمان", "ABC"]
    terms = [fts_query([w]) for w in words]
    assert retrieve._Pool.of(lib.store, "sentences", terms, terms[1:], cap=100) is None
    pooled = retrieve.search(lib.store, "sentences", words, limit=10)
    assert row["id"] == pooled[0]["id"], pooled  # the only row holding all four words
    _pool_off(monkeypatch)
    lib.store.cache.clear()
    assert _ids_ranks(retrieve.search(lib.store, "sentences", words, limit=10)) == _ids_ranks(pooled)


def test_the_pool_ranks_an_officials_repeated_form_once_and_as_fts5(monkeypatch: pytest.MonkeyPatch) -> None:
    """Appearances repeat a person's name and titles report after report: the pool reads
    and ranks each form once (rank.BY_FORM) and still gives the rows the tiers give."""
    lib = Library.memory()
    for topic in ("سیمان", "آب", "برق", "گندم"):
        lib.add(f"بازدید از طرح {topic} کرمان\nبه گزارش ایرنا، محمدعلی طالبی استاندار کرمان روز شنبه "
                f"از طرح {topic} بازدید کرد. طالبی گفت: کار {topic} باید زودتر تمام شود.", today=TODAY)
    lib.add("دیدار با کشاورزان کرمان\nبه گزارش ایرنا، حسن رضایی معاون استاندار کرمان روز یکشنبه "
            "با کشاورزان دیدار کرد. رضایی گفت: آب کشاورزی باید بیشتر شود.", today=TODAY)
    monkeypatch.setattr(retrieve, "OR_BUDGET", 1)
    monkeypatch.setattr(retrieve, "COUNT_CAP", 2)
    pools: list[object] = []
    of = retrieve._Pool.of.__func__  # type: ignore[attr-defined]

    def kept(cls: type, *args: object, **kwargs: object) -> object:
        pools.append(of(cls, *args, **kwargs))
        return pools[-1]

    words = ["استاندار", "کرمان", "طالبی", "رضایی"]
    for limit in (1, 2, 5):
        with monkeypatch.context() as m:
            m.setattr(retrieve._Pool, "of", classmethod(kept))
            pooled = retrieve.search(lib.store, "appearances", words, limit=limit)
        with monkeypatch.context() as m:
            m.setattr(retrieve, "POOL_CAP", 0)
            one_by_one = retrieve.search(lib.store, "appearances", words, limit=limit)
        assert _ids_ranks(one_by_one) == _ids_ranks(pooled), limit
        assert one_by_one == pooled
    assert pools and all(p is not None for p in pools)
    tokens = pools[0].tokens  # type: ignore[attr-defined]
    assert 4 <= len(tokens)  # Taalebi's four reports pooled …
    assert 1 == len({id(toks) for toks in tokens.values() if "طالبی" in toks})  # … as one form
    lib.close()


def test_a_people_querys_ranked_ids_are_kept_until_the_store_changes(lib: Library,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """retrieve.ranked: the same rows (every column, the rank) when asked again, without
    FTS5 ranking them again; forgotten on a write; no more than RANKED_KEPT queries kept."""
    query = fts_query(["استاندار"])
    first = retrieve.ranked(lib.store, "appearances", query, limit=5)
    assert first == lib.store.search("appearances", query, limit=5)
    asked: list[str] = []
    search = lib.store.search

    def counting(table: str, q: str, *, limit: int) -> list[dict[str, object]]:
        asked.append(q)
        return search(table, q, limit=limit)

    monkeypatch.setattr(lib.store, "search", counting)
    assert first == retrieve.ranked(lib.store, "appearances", query, limit=5)
    assert [] == asked  # kept
    assert retrieve.ranked(lib.store, "statements", query, limit=5) is not None
    assert [query] == asked  # other tables are not kept
    lib.add("دیدار استاندار با کشاورزان\nبه گزارش ایرنا، حسن رضایی استاندار کرمان روز یکشنبه "
            "با کشاورزان دیدار کرد.", today=TODAY)
    again = retrieve.ranked(lib.store, "appearances", query, limit=5)
    assert [query, query] == asked  # the store changed: asked again
    assert again == search("appearances", query, limit=5) != first
    monkeypatch.setattr(retrieve, "RANKED_KEPT", 1)
    retrieve.ranked(lib.store, "appearances", fts_query(["رضایی"]), limit=5)
    assert [("appearances", fts_query(["رضایی"]), 5)] == list(lib.store.cache["ranked"])


def test_a_misspelt_names_trigram_search_is_kept_too(loaded_lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    """who._fuzzy_people asks the persons' trigram index through retrieve.ranked: a long
    misspelt title and the same title cut short share their first twelve trigrams."""
    from knowledge.store import trigram_query

    query = trigram_query("طالبیکرمان")
    expected = loaded_lib.store.search("persons", query, limit=60)
    assert expected, "some person shares a trigram"
    assert expected == retrieve.ranked(loaded_lib.store, "persons", query, limit=60)
    monkeypatch.setattr(loaded_lib.store, "search", None)  # not asked again
    assert expected == retrieve.ranked(loaded_lib.store, "persons", query, limit=60)


@pytest.mark.parametrize("table, words", [
    ("events", ["جلسه"]),  # an event name's tier, asked again for the next city's meeting
    ("sentences", ["استاندار", "استان"]),  # the same words' sentences (facts.best)
])
def test_an_event_or_sentence_querys_ranked_ids_are_kept_too(loaded_lib: Library, monkeypatch: pytest.MonkeyPatch,
                                                             table: str, words: list[str]) -> None:
    query = fts_query(words, operator="AND")
    expected = loaded_lib.store.search(table, query, limit=10)
    assert expected, "the test articles hold these words"
    assert expected == retrieve.ranked(loaded_lib.store, table, query, limit=10)
    monkeypatch.setattr(loaded_lib.store, "search", None)  # not asked of FTS5 again
    assert expected == retrieve.ranked(loaded_lib.store, table, query, limit=10)
