"""FTS5 syntax typed by users: it must never error and never change what is searched for.

SQLite FTS5 gives meaning to ``"``, ``AND``/``OR``/``NOT``, ``NEAR(...)``, ``*``, ``^``,
``column:`` and ``{col1 col2}:`` filters, parentheses, ``-`` and ``+``. A question is
search text, not a query: «"طالبی" چه گفت؟» and «طالبی AND چه گفت؟» must be answered
exactly like «طالبی چه گفت؟», and «NOT طالبی» must never mean «everyone but Talebi».

Four layers:
1. every hostile question is answered (no exception, Persian text, store untouched);
2. every MATCH string the store receives is a disjunction of quoted literals (spy);
3. the answer's first result equals the plain question's (table, one comment per case);
4. ``fts_query``/``trigram_query`` unit tests with hostile words, and a property that any
   query they build runs on every FTS table.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge import store as kstore
from knowledge import text as ktext
from knowledge.answer import Answer
from knowledge.library import Library
from knowledge.store import fts_query, trigram_query

from .strategies import PROFILE
from .test_fuzz_library import TODAY

FTS_TABLES = ("sentences", "statements", "appearances", "events")
# What fts_query/trigram_query may produce: quoted literals (no NUL, no inner quote), an
# optional prefix star, joined by OR (or AND, when a caller asks for it).
LITERAL = r'"[^"\x00]*"\*?'
QUERY_GRAMMAR = re.compile(rf"^{LITERAL}(?: (?:OR|AND) {LITERAL})*$")

TALEBI = "طالبی چه گفت؟"
KARIMI = "چه کسی گفت نگاه سیاه و سفید جامع نیست؟"
WORKSHOP = "کارگاه مدیریت فضای مجازی کی برگزار شد؟"
FATA = "رییس پلیس فتا کیست؟"
MEETING = "جلسه کجا بود؟"

def first(answer: Answer) -> tuple[Any, ...]:
    """What «the same answer» means here: found, and the first result's speaker, article, event."""
    r = answer.results[0] if answer.results else None
    return (answer.found, r.speaker if r else None, r.article_id if r else None, r.event if r else None)


# (question with syntax, the same question without it)
SAME_ANSWER = [
    pytest.param('"طالبی" چه گفت؟', TALEBI, id="quoted-name"),  # a phrase in FTS5
    pytest.param('"طالبی چه گفت؟', TALEBI, id="unbalanced-quote-open"),  # FTS5: unterminated string
    pytest.param('طالبی" چه گفت؟', TALEBI, id="unbalanced-quote-close"),
    pytest.param('""طالبی"" چه گفت؟', TALEBI, id="doubled-quotes"),  # FTS5's escaped quote
    pytest.param("طالبی AND چه گفت؟", TALEBI, id="AND"),  # binary operator
    pytest.param("طالبی OR چه گفت؟", TALEBI, id="OR"),
    pytest.param("طالبی NOT چه گفت؟", TALEBI, id="NOT-infix"),
    pytest.param("NOT طالبی چه گفت؟", TALEBI, id="NOT-leading"),  # FTS5 syntax error
    pytest.param("AND OR NOT طالبی چه گفت؟", TALEBI, id="operators-only"),
    pytest.param("NEAR(طالبی) چه گفت؟", TALEBI, id="NEAR-group"),
    pytest.param("طالبی NEAR/2 چه گفت؟", TALEBI, id="NEAR-distance"),
    pytest.param("طالبی* چه گفت؟", TALEBI, id="prefix-star"),  # prefix query
    pytest.param("*طالبی چه گفت؟", TALEBI, id="leading-star"),  # FTS5 syntax error
    pytest.param("^طالبی چه گفت؟", TALEBI, id="caret"),  # initial-token query
    pytest.param("search:طالبی چه گفت؟", TALEBI, id="column-filter"),
    pytest.param("text:طالبی چه گفت؟", TALEBI, id="unknown-column"),  # no such column
    pytest.param("{search}: طالبی چه گفت؟", TALEBI, id="column-set"),
    pytest.param("(طالبی) چه گفت؟", TALEBI, id="parentheses"),
    pytest.param("(طالبی چه گفت؟", TALEBI, id="unbalanced-open-paren"),  # FTS5 syntax error
    pytest.param("طالبی) چه گفت؟", TALEBI, id="unbalanced-close-paren"),
    pytest.param("-طالبی چه گفت؟", TALEBI, id="minus"),  # a column-exclusion prefix in FTS5
    pytest.param("+طالبی چه گفت؟", TALEBI, id="plus"),  # phrase concatenation in FTS5
    pytest.param(": طالبی چه گفت؟", TALEBI, id="colon-alone"),
    pytest.param("طالبی ^ * : - + ( ) چه گفت؟", TALEBI, id="loose-operators"),
    pytest.param("«طالبی» چه گفت؟", TALEBI, id="persian-quotes"),  # the quotes Persian writers use
    pytest.param('چه کسی گفت "نگاه سیاه و سفید" جامع نیست؟', KARIMI, id="who-said-quoted-phrase"),
    pytest.param('چه کسی گفت "نگاه سیاه و سفید جامع نیست؟', KARIMI, id="who-said-unbalanced"),
    pytest.param("چه کسی گفت نگاه AND سیاه OR سفید NOT جامع نیست؟", KARIMI, id="who-said-operators"),
    pytest.param("چه کسی گفت NEAR(نگاه سیاه) و سفید جامع نیست؟", KARIMI, id="who-said-NEAR"),
    pytest.param("چه کسی گفت نگاه* سیاه^ و (سفید) جامع نیست؟", KARIMI, id="who-said-star-caret-parens"),
    pytest.param("چه کسی گفت search:نگاه سیاه و سفید جامع نیست؟", KARIMI, id="who-said-column"),
    pytest.param('"کارگاه مدیریت فضای مجازی" کی برگزار شد؟', WORKSHOP, id="when-quoted-event"),
    pytest.param("کارگاه AND مدیریت فضای مجازی کی برگزار شد؟", WORKSHOP, id="when-AND"),
    pytest.param("(کارگاه مدیریت فضای مجازی) کی برگزار شد؟", WORKSHOP, id="when-parentheses"),
    pytest.param("events:کارگاه مدیریت فضای مجازی کی برگزار شد؟", WORKSHOP, id="when-table-name"),
    pytest.param('"رییس پلیس فتا" کیست؟', FATA, id="role-quoted"),
    pytest.param("رییس AND پلیس فتا کیست؟", FATA, id="role-AND"),  # → another «رئیس»
    pytest.param("رییس پلیس* فتا کیست؟", FATA, id="role-star"),
    pytest.param("NOT رییس پلیس فتا کیست؟", FATA, id="role-NOT"),
    pytest.param('"جلسه" کجا بود؟', MEETING, id="where-quoted"),
    pytest.param("جلسه* کجا بود؟", MEETING, id="where-star"),
    pytest.param("NOT جلسه کجا بود؟", MEETING, id="where-NOT"),
    pytest.param('"طالبی"', "طالبی", id="topic-quoted"),
    pytest.param("طالبی*", "طالبی", id="topic-star"),
    pytest.param("(طالبی)", "طالبی", id="topic-parentheses"),
    pytest.param("NOT طالبی", "طالبی", id="topic-NOT"),
    pytest.param("طالبی OR", "طالبی", id="topic-trailing-OR"),
    pytest.param("search:طالبی", "طالبی", id="topic-column-filter"),
]
PLAIN = {TALEBI: "طالبی", KARIMI: "کریمی", WORKSHOP: None, FATA: "محمودی", MEETING: None, "طالبی": "طالبی"}
# Questions that are only syntax: answered with the «not understood» or «not found» line.
ONLY_SYNTAX = [":", '"', '""', "*", "^", "(", ")", "()", "-", "+", "*:*", "{}:", "search:", "AND", "OR",
               "NOT", "NEAR", "NEAR()", "NEAR(,)", "AND OR NOT", '"*"', "'", "`", ";", "--", "/* */", "\\"]
SQL_LIKE = ["طالبی'; DROP TABLE articles; --", "طالبی\" OR 1=1 --", "1); DELETE FROM articles; --",
            "طالبی UNION SELECT * FROM persons", "articles_fts MATCH '*'", "rank:طالبی", "rowid:1"]


@pytest.fixture(scope="module")
def searches(news_lib: Library) -> Iterator[list[tuple[str, str]]]:
    """Every (table, MATCH string) the store receives while a test runs."""
    seen: list[tuple[str, str]] = []
    original = kstore.Store.search

    def spy(self: kstore.Store, table: str, query: str, *, limit: int) -> list[dict[str, Any]]:
        seen.append((table, query))
        return original(self, table, query, limit=limit)

    patch = pytest.MonkeyPatch()
    patch.setattr(kstore.Store, "search", spy)
    yield seen
    patch.undo()


def ask(lib: Library, question: str) -> Answer:
    return lib.ask(question, today=TODAY)


@pytest.mark.parametrize("question", [p.values[0] for p in SAME_ANSWER] + ONLY_SYNTAX + SQL_LIKE)
def test_syntax_never_errors_and_only_quoted_literals_reach_fts5(
        news_lib: Library, searches: list[tuple[str, str]], question: str) -> None:
    articles = news_lib.store.count()
    searches.clear()
    answer = ask(news_lib, question)
    assert answer.text.strip() and ktext.PERSIAN_LETTER.search(answer.text)
    assert articles == news_lib.store.count()
    for table, query in searches:
        # An empty query is never sent to SQLite (Store.search returns no rows for it).
        assert query == "" or QUERY_GRAMMAR.match(query), f"{table}: {query!r} is not quoted literals"


@pytest.mark.parametrize("question", ONLY_SYNTAX)
def test_syntax_alone_finds_nothing(news_lib: Library, question: str) -> None:
    answer = ask(news_lib, question)
    assert (False, ()) == (answer.found, answer.results)


@pytest.mark.parametrize(("question", "plain"), SAME_ANSWER)
def test_syntax_does_not_change_the_answer(news_lib: Library, question: str, plain: str) -> None:
    expected = ask(news_lib, plain)
    assert expected.found, f"the baseline «{plain}» itself is not answered any more"
    if PLAIN.get(plain):
        assert PLAIN[plain] in (expected.results[0].speaker or "")
    assert first(expected) == first(ask(news_lib, question))


@pytest.mark.parametrize("question", [
    "NOT طالبی",  # FTS5: everything except Talebi
    "NOT طالبی چه گفت؟",
    "طالبی NOT چه گفت؟",
    "-طالبی",  # FTS5: exclude a column / term
    "همه NOT طالبی",
    "* NOT طالبی",
])
def test_not_never_returns_everything_except(news_lib: Library, question: str) -> None:
    answer = ask(news_lib, question)
    others = [r.speaker for r in answer.results if r.speaker and "طالبی" not in r.speaker]
    assert [] == others


# -- fts_query and trigram_query -------------------------------------------------------------

FTS_CASES = [
    (["طالبی"], '"طالبی"*'),  # a plain word: quoted, prefix search
    (["ط"], '"ط"'),  # one letter: no prefix star (it would match half the index)
    (['طال"بی'], '"طالبی"*'),  # an inner quote would end the string: dropped
    (['"'], ""),  # only a quote: nothing left, no query
    (['""', '"""'], ""),
    ([""], ""),  # empty word
    (["AND"], '"AND"*'),  # operators are literals inside quotes
    (["OR", "NOT"], '"OR"* OR "NOT"*'),
    (["NEAR(a"], '"NEAR(a"*'),  # an unbalanced NEAR group stays inside the string
    (["search:طالبی"], '"search:طالبی"*'),  # a column filter stays inside the string
    (["{search}:x"], '"{search}:x"*'),
    (["*"], '"*"'),
    (["^طالبی"], '"^طالبی"*'),
    (["-x", "+y"], '"-x"* OR "+y"*'),
    (["(", ")"], '"(" OR ")"'),
    (["a b"], '"a b"*'),  # a space makes a phrase, still one literal
    (["طالبی", "طالبی"], '"طالبی"*'),  # duplicates once
    (["😀"], '"😀"'),
]


@pytest.mark.parametrize(("words", "expected"), FTS_CASES)
def test_fts_query_quotes_every_word(words: list[str], expected: str) -> None:
    assert expected == fts_query(words)


@pytest.mark.parametrize(("words", "kwargs", "expected"), [
    (["a", "bb"], {"prefix": False}, '"a" OR "bb"'),
    (["aa", "bb"], {"operator": "AND"}, '"aa"* AND "bb"*'),
])
def test_fts_query_options(words: list[str], kwargs: dict[str, Any], expected: str) -> None:
    assert expected == fts_query(words, **kwargs)


TRIGRAM_CASES = [
    ("طالبی", '"طال" OR "الب" OR "لبی"'),  # every three-letter piece, quoted
    ("طا", ""),  # shorter than a trigram: no query
    ('"ab"', ""),  # quotes dropped first, then too short
    ('a"b"c', '"abc"'),
    ("a b c", '"abc"'),  # spaces removed
    ("NOT", '"NOT"'),
    ("AR(", '"AR("'),
    ("x:*", '"x:*"'),
    ("aaaa", '"aaa"'),  # repeated pieces once
]


@pytest.mark.parametrize(("word", "expected"), TRIGRAM_CASES)
def test_trigram_query_quotes_every_piece(word: str, expected: str) -> None:
    assert expected == trigram_query(word)


def test_trigram_query_is_bounded() -> None:
    assert 12 == trigram_query("ابپتثجچحخدذرزژسش").count(" OR ") + 1


@pytest.fixture(scope="module")
def seeds_store() -> Iterator[kstore.Store]:
    lib = Library.memory()
    lib.load_seeds(today=TODAY)
    yield lib.store
    lib.close()


HOSTILE_WORDS = ['"', "AND", "OR", "NOT", "NEAR(", ")", "(", "*", "^", ":", "search:", "{search}:", "-", "+",
                 "'", "\\", "\n", "\u200f", "😀", "a b", "NEAR/2", "rank:", "fts5"]


@pytest.mark.parametrize("table", FTS_TABLES)
def test_hostile_words_run_on_every_fts_table(seeds_store: kstore.Store, table: str) -> None:
    for word in HOSTILE_WORDS:
        seeds_store.search(table, fts_query([word, "طالبی"]), limit=5)
        seeds_store.search(table, fts_query([word], prefix=False, operator="AND"), limit=5)
    for word in HOSTILE_WORDS:
        seeds_store.search("persons", trigram_query(word * 3), limit=5)


@pytest.mark.parametrize("decorate", [
    '"{}"', '"{}', '{}"', "{}*", "*{}", "^{}", "({})", "-{}", "+{}", ":{}", "{}:", "«{}»", "{}\u200f",
])
def test_quoting_neutralises_syntax_characters(seeds_store: kstore.Store, decorate: str) -> None:
    """A decorated word finds exactly the sentences the bare word finds: the decoration is not syntax."""
    def rows(word: str) -> list[int]:
        return [r["id"] for r in seeds_store.search("sentences", fts_query([word], prefix=False), limit=500)]

    for word in ("طالبی", "کرمان", "مجازی"):
        assert rows(word) == rows(decorate.format(word)), decorate.format(word)
        assert rows(word)


words_without_nul = st.lists(st.text(st.characters(exclude_characters="\x00"), max_size=12), max_size=6)


@settings(PROFILE)
@given(words=words_without_nul, prefix=st.booleans())
def test_any_words_make_a_valid_query_on_every_table(seeds_store: kstore.Store, words: list[str],
                                                     prefix: bool) -> None:
    query = fts_query(words, prefix=prefix)
    assert query == "" or QUERY_GRAMMAR.match(query)
    for table in FTS_TABLES:
        seeds_store.search(table, query, limit=3)
    seeds_store.search("persons", trigram_query("".join(words)), limit=3)


@settings(PROFILE)
@given(raw=st.text(max_size=80))
def test_search_forms_of_any_text_make_a_valid_query(seeds_store: kstore.Store, raw: str) -> None:
    """What the answerer really passes: search-form tokens (stemmed) of the user's text."""
    words = [ktext.stem(w) for w in ktext.tokens(raw)]
    query = fts_query(words)
    assert query == "" or QUERY_GRAMMAR.match(query)
    for table in FTS_TABLES:
        seeds_store.search(table, query, limit=3)
    seeds_store.search("persons", trigram_query(" ".join(words)), limit=3)


# Found here: a NUL inside a quoted literal ended it for FTS5 → sqlite3.OperationalError
# «unterminated string» (latent: ask() strips control characters first). Fixed in 1561645.
@pytest.mark.parametrize(("table", "query"), [
    ("sentences", fts_query(["طالبی\x00"])),
    ("persons", trigram_query("طال\x00بی")),
], ids=["fts_query", "trigram_query"])
def test_nul_in_a_word_is_not_an_fts5_error(seeds_store: kstore.Store, table: str, query: str) -> None:
    try:
        seeds_store.search(table, query, limit=3)
    except sqlite3.OperationalError as exc:
        pytest.fail(f"FTS5 error: {exc}")
