"""Property tests: whatever people paste, the library never lets an exception escape to them.

(a) ``Library.add`` stores an article or raises a :class:`KnowledgeError` (with a Persian
    message) — never any other exception;
(b) a failed add (and a duplicate add) leaves the store unchanged: ``export()``, the row
    counts and the persons table are equal before and after;
(c) ``Library.ask`` never raises and always returns an :class:`Answer` whose ``text`` is
    non-empty Persian, for any question and any conversation context.

The default run draws 150 examples per property (profile ``hardening`` in strategies.py);
the ``slow`` tests run the same checks on 3,000 + 1,000 + 6,000 = 10,000 examples and
assert that many were really run. Everything is derandomized: CI runs the same examples.

A successful add is deleted again straight away, so the module's store stays at the two
seeds and ``export()`` stays cheap; that also checks that a delete removes every record
the add wrote (the snapshot after add+delete equals the one before).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge import text as ktext
from knowledge.answer import Answer, Context
from knowledge.errors import BadEncoding, KnowledgeError
from knowledge.library import Library

from .strategies import ARTICLE_TEXTS, PROFILE, byte_articles, questions, text_articles

TODAY = dt.date(2025, 11, 10)
KINDS = {"who_said", "what_said", "when", "where", "role_of", "person_role", "list_people",
         "topic_people", "latest", "which_article", "topic", "quantity", "invalid"}  # topic_people, latest: issue 16
SLOW_ADD_TEXT, SLOW_ADD_BYTES, SLOW_ASK = 3_000, 1_000, 6_000


@pytest.fixture(scope="module")
def add_lib() -> Iterator[Library]:
    """A store holding only the two seeds (the adds under test are deleted again)."""
    lib = Library.memory()
    lib.load_seeds(today=TODAY)
    assert 2 == lib.store.count()
    yield lib
    lib.close()


def snapshot(lib: Library) -> tuple[Any, ...]:
    """Everything a user can see in the store, plus what export() does not show."""
    persons = lib.store.rows("SELECT id, name, key FROM persons ORDER BY id")
    return lib.export(), lib.stats(), persons


def is_persian(message: str) -> bool:
    return ktext.PERSIAN_LETTER.search(message) is not None


def check_add(lib: Library, raw: str | bytes) -> None:
    before = snapshot(lib)
    try:
        result = lib.add(raw, today=TODAY)
    except KnowledgeError as exc:  # (a) the only exception allowed out ...
        assert is_persian(str(exc)), f"not a Persian message: {exc!r}"
        assert before == snapshot(lib), "(b) a failed add changed the store"
        return
    # ... anything else propagates and fails the property with its own traceback.
    try:
        if not result.created:
            assert before == snapshot(lib), "(b) a duplicate add changed the store"
            return
        stored = lib.show(result.article_id)
        assert stored["sentences"], "an article was stored without sentences"
        assert stored["article"]["title"].strip(), "an article was stored with an empty title"
        assert before[1]["articles"] + 1 == lib.store.count()
    finally:
        if result.created:
            lib.delete(result.article_id)
    assert before == snapshot(lib), "add then delete left records behind"


def check_ask(lib: Library, question: str, context: Context | None) -> None:
    answer = lib.ask(question, today=TODAY, context=context)
    assert isinstance(answer, Answer)
    assert answer.kind in KINDS
    assert answer.text.strip(), "empty answer text"
    assert is_persian(answer.text), f"answer text is not Persian: {answer.text[:200]!r}"
    json.dumps(answer.to_json(), ensure_ascii=False)  # `newsbot ask --json` prints exactly this
    # The conversation goes on: the follow-up with the context this answer left must work too.
    follow = lib.ask("وی دیگر چه گفت؟", today=TODAY, context=answer.context)
    assert follow.text.strip() and is_persian(follow.text)


contexts = st.one_of(
    st.none(),
    st.builds(Context, person_id=st.one_of(st.none(), st.integers(-3, 400), st.integers(10**6, 2**62)),
              person_name=st.one_of(st.none(), st.text(max_size=20)),
              shown=st.frozensets(st.integers(0, 2_000), max_size=6)),
)


# -- default run: 150 examples each ----------------------------------------------------------


@settings(PROFILE)
@given(raw=text_articles)
def test_add_text_stores_or_refuses_and_refusal_changes_nothing(add_lib: Library, raw: str) -> None:
    check_add(add_lib, raw)


@settings(PROFILE)
@given(raw=byte_articles())
def test_add_bytes_stores_or_refuses_and_refusal_changes_nothing(add_lib: Library, raw: bytes) -> None:
    check_add(add_lib, raw)


@settings(PROFILE)
@given(question=questions, context=contexts)
def test_ask_always_answers_in_persian(news_lib: Library, question: str, context: Context | None) -> None:
    check_ask(news_lib, question, context)


# -- slow: 10,000 examples in all -------------------------------------------------------------


def run_property(body: Callable[..., None], n: int, **strategies: st.SearchStrategy[Any]) -> int:
    """Run ``body`` as a Hypothesis property for ``n`` examples; returns how many ran."""
    ran = 0

    @settings(PROFILE, max_examples=n)
    @given(**strategies)
    def prop(**values: Any) -> None:
        nonlocal ran
        ran += 1
        body(**values)

    prop()
    return ran


@pytest.mark.slow
def test_add_text_slow(add_lib: Library) -> None:
    ran = run_property(lambda raw: check_add(add_lib, raw), SLOW_ADD_TEXT, raw=text_articles)
    assert ran >= SLOW_ADD_TEXT


@pytest.mark.slow
def test_add_bytes_slow(add_lib: Library) -> None:
    ran = run_property(lambda raw: check_add(add_lib, raw), SLOW_ADD_BYTES, raw=byte_articles())
    assert ran >= SLOW_ADD_BYTES


@pytest.mark.slow
def test_ask_slow(news_lib: Library) -> None:
    ran = run_property(lambda question, context: check_ask(news_lib, question, context), SLOW_ASK,
                       question=questions, context=contexts)
    assert ran >= SLOW_ASK


# -- explicit cases the strategies make rare ----------------------------------------------------


@pytest.mark.parametrize("raw", [
    "",  # empty
    "\ufeff",  # a byte-order mark alone
    "\u200c" * 50,  # ZWNJ only
    "ـ" * 60,  # tatweel only
    "\u064b\u064e\u0650" * 20,  # diacritics only
    "\u202e\u2066\u200f" * 30,  # bidi controls only
    "🇮🇷📰" * 40,  # emoji only
    "۱۲۳۴۵۶۷۸۹۰ " * 20,  # digits only
    "«»،؛:؟ " * 30,  # punctuation only
    "\n\n\n" * 100,  # blank lines only
    b"\xef\xbb\xbf",  # a UTF-8 BOM alone
    b"\xff\xfe" + "سلام".encode("utf-16-le"),  # UTF-16, not UTF-8
])
def test_blank_and_non_text_input_is_refused_without_change(add_lib: Library, raw: str | bytes) -> None:
    before = snapshot(add_lib)
    with pytest.raises(KnowledgeError) as caught:
        add_lib.add(raw, today=TODAY)
    assert is_persian(str(caught.value))
    assert before == snapshot(add_lib)


@pytest.mark.parametrize("table", ["sentences", "appearances", "statements", "dates", "places", "events"])
def test_failure_inside_the_transaction_rolls_everything_back(add_lib: Library, table: str,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A write that fails half-way (disk full, a bug) must leave no half article behind."""
    from knowledge.store import Store

    original = Store._insert_rows

    def failing(self: Store, name: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        if name == table:
            assert rows  # the article has rows for every table: the failure is really mid-way
            raise RuntimeError(f"injected failure writing {table}")
        original(self, name, columns, rows)

    article = ARTICLE_TEXTS[2]  # 101_shiraz_water_crisis: has every kind of record
    before = snapshot(add_lib)
    monkeypatch.setattr(Store, "_insert_rows", failing)
    with pytest.raises(RuntimeError, match="injected"):
        add_lib.add(article, today=TODAY)
    monkeypatch.undo()
    assert before == snapshot(add_lib)
    result = add_lib.add(article, today=TODAY)  # and the text is not blocked as a "duplicate"
    assert result.created
    add_lib.delete(result.article_id)


def test_failure_creating_a_person_rolls_back(add_lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    store = add_lib.store
    original = store._person_id
    calls = 0

    def failing(name: str, *, scope: str | None) -> int:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise RuntimeError("injected failure creating a person")
        return original(name, scope=scope)

    before = snapshot(add_lib)
    monkeypatch.setattr(store, "_person_id", failing)
    with pytest.raises(RuntimeError, match="injected"):
        add_lib.add(ARTICLE_TEXTS[3], today=TODAY)
    monkeypatch.undo()
    assert before == snapshot(add_lib)


def test_lone_surrogate_in_an_article_is_refused_as_bad_encoding(add_lib: Library) -> None:
    """Found here: sqlite3 raised UnicodeEncodeError (not a KnowledgeError); fixed in 1561645."""
    before = snapshot(add_lib)
    with pytest.raises(BadEncoding):
        add_lib.add(ARTICLE_TEXTS[2] + "\ud800", today=TODAY)
    assert before == snapshot(add_lib)


@pytest.mark.parametrize("question", ["\ud800", "طالبی\udfff چه گفت؟", "\ud83d\ude00\ud83d"])
def test_lone_surrogates_in_questions_are_answered(news_lib: Library, question: str) -> None:
    check_ask(news_lib, question, None)


def test_every_test_article_round_trips_through_add_and_delete(add_lib: Library) -> None:
    for raw in ARTICLE_TEXTS[2:]:
        check_add(add_lib, raw)
