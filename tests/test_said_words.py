"""Statements by speaker and word (migration 018, ``statement_words``; issue 15): what_said
tells a namesake pool's hits from the index instead of reading every statement's sentences —
the same rows with the same ``hit`` and forms, the same answers; a store before 018 upgrades
and answers the same; and the index follows every statement stored, changed or deleted.

Corpus: 240 generated articles (bench.generate, the default seed): a few hundred speakers
with a thousand statements between them, pooled here as a common surname's namesakes are.
"""

from __future__ import annotations

import collections
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from bench.generate import generate_articles, generate_questions
from knowledge.answer import said, said_pool
from knowledge.answer import timeline
from knowledge.answer.engine import _Engine, answer
from knowledge.answer.question import parse_question
from knowledge.answer.types import Context
from knowledge.library import Library
from knowledge.parse import parse
from knowledge.store import Store, forms, migrations
from knowledge.store.schema5 import TERMS

from .conftest import TODAY

ARTICLES = list(generate_articles(240))
QUESTIONS = [q.text for q in generate_questions(ARTICLES, count=300) if q.kind == "what_said"]


@pytest.fixture(scope="module")
def lib() -> Iterator[Library]:
    library = Library.memory()
    for a in ARTICLES:
        library.add(a.text, today=TODAY)
    yield library
    library.close()


def _engine(lib: Library, question: str) -> _Engine:
    return _Engine(lib.store, timeline.refine(parse_question(question, today=TODAY)), Context())


def _everyone(lib: Library) -> list[int]:
    """Every speaker: a pool of hundreds of statements (the letter test does not ask whose)."""
    return [r["person_id"] for r in lib.store.rows("SELECT DISTINCT person_id FROM statement_rows ORDER BY 1")]


def _read_every_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    """The code before 018: every statement's sentences read (_topic_hits cannot tell)."""
    monkeypatch.setattr(said_pool.StatementPool, "_topic_hits", lambda self, people, starts: None)


@pytest.mark.parametrize("topic, weak, strong", [
    ("مسکن ملی", True, True),  # topic words as the reports write them
    ("بیمارستان استان", True, True),  # «استا» inside a longer word («بیمارستان») and a word of its own
    ("مدیریت مصرف آب", True, True),  # a two-letter start («اب») held by dozens of words
    ("بیمرستان", False, False),  # misspelt: its start held by no word, nothing is a hit
    ("سرمایه‌گذاری خشکسالی ترافیک", True, False),  # three topics, none said together: only weak hits
])
def test_the_index_gives_the_rows_of_reading_every_sentence(lib: Library, monkeypatch: pytest.MonkeyPatch,
                                                            topic: str, weak: bool, strong: bool) -> None:
    people = _everyone(lib)
    question = f"احمدی درباره {topic} چه گفت؟"
    engine = _engine(lib, question)
    rows = engine._light(people)
    spans = dict(engine._span_words)
    assert len(rows) > 10 * said_pool.POOL_CUT  # a pool the letter test cuts
    assert (weak, strong) == (any(r["hit"] == 1 for r in rows), any(r["hit"] == 2 for r in rows))
    _read_every_sentence(monkeypatch)
    before = _engine(lib, question)
    assert before._light(people) == rows  # every column, ``hit`` and own form alike, in the same order
    assert before._span_words == spans  # and the strong hits' sentences kept for the scoring


def test_the_index_is_asked_and_tells_hits_without_reading_every_sentence(lib: Library) -> None:
    people = _everyone(lib)
    engine = _engine(lib, "احمدی درباره مسکن ملی چه گفت؟")
    held = engine._topic_hits(people, ["مسکن", "ملی"])
    assert held is not None
    hits, unsure = held
    assert set() == unsure  # every generated sentence's words are numbered
    rows = {r["id"]: r for r in engine._light(people)}
    assert {i for i, r in rows.items() if r["hit"]} == set(hits) & set(rows)
    assert {i for i, r in rows.items() if r["hit"] == 2} <= set(hits)  # a strong hit holds starts


def test_what_said_answers_the_same_with_and_without_the_index(lib: Library,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # a small POOL_CUT: the generated namesakes' pools are cut and scored in tiers, as at 100k
    monkeypatch.setattr(said_pool, "POOL_CUT", 5)
    monkeypatch.setattr(said, "POOL_CUT", 5)
    assert len(QUESTIONS) > 20
    now = [answer(lib.store, q, today=TODAY).to_json() for q in QUESTIONS]
    _read_every_sentence(monkeypatch)
    assert [answer(lib.store, q, today=TODAY).to_json() for q in QUESTIONS] == now


@pytest.mark.parametrize("person, codes, uncoded, terms", [
    (7, "\x01\x05\x02\x01", 0, "p7 1 2 5"),  # each word once, in number order
    (7, None, None, "p7"),  # a span with no sentence: only its speaker
    (3, "\x02", 1, "p3 2 u"),  # a sentence keeping its form as text
    (3, "\ue000\ud7ff", 0, f"p3 {0xD7FF} {0xD800}"),  # past the surrogates: the number, not the code point
])
def test_span_terms(person: int, codes: str | None, uncoded: int | None, terms: str) -> None:
    assert terms == forms.span_terms(person, codes, uncoded)


def _terms_counted(db: sqlite_utils.Database) -> dict[str, int]:
    """The index's terms and how many statements hold each (fts5vocab)."""
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.statement_vocab USING fts5vocab(main, statement_words, row)")
    return {str(t): int(n) for t, n in db.execute("SELECT term, doc FROM temp.statement_vocab")}


def _terms_expected(db: sqlite_utils.Database) -> dict[str, int]:
    """The same counted from the statements and their sentences as they are."""
    counted: collections.Counter[str] = collections.Counter()
    for (terms,) in db.execute(f"SELECT {TERMS.format(s='r')} FROM statement_rows r"):
        counted.update(str(terms).split())
    return dict(counted)


def store_before_018(path: Path) -> sqlite_utils.Database:
    """A store as the code before 018 wrote it (the schema up to 017, its rows)."""
    db = sqlite_utils.Database(sqlite3.connect(path))
    words = forms.register(db)
    migrations.apply(db, stop_before="018_statement_words")
    store = Store.__new__(Store)
    store.db, store.cache, store.words = db, {}, words
    for a in ARTICLES[:80]:
        store.add(parse(a.text.encode(), today=TODAY))
    db.conn.commit()
    return db


def test_a_store_before_018_upgrades_answers_the_same_and_keeps_the_index(tmp_path: Path) -> None:
    db = store_before_018(tmp_path / "old.db")
    old = Store.__new__(Store)
    old.db, old.cache, old.words = db, {}, forms.register(db)
    asked = [q.text for q in generate_questions(ARTICLES[:80], count=200) if q.kind == "what_said"]
    assert asked
    before = [answer(old, q, today=TODAY).to_json() for q in asked]
    upgraded = Store(db)
    assert 17 == upgraded.schema_version()
    assert before == [answer(upgraded, q, today=TODAY).to_json() for q in asked]
    assert _terms_expected(db) == _terms_counted(db)
    assert "ok" == upgraded.integrity()
    # an article deleted: its statements leave the index (their terms read before its rows go)
    upgraded.delete(80)
    assert _terms_expected(db) == _terms_counted(db)
    # the next statements take the deleted ones' ids (statement_rows reuses them): no stale term
    upgraded.add(parse(ARTICLES[100].text.encode(), today=TODAY))
    assert _terms_expected(db) == _terms_counted(db)
    # a statement changed, and a sentence's form changed in place under a statement
    db.execute("UPDATE statement_rows SET last_sentence = last_sentence + 1 WHERE id = 1")
    db.execute("UPDATE sentence_cells SET code = NULL, search = 'متن تازه' WHERE article_id = 1 AND position = "
               "(SELECT first_sentence FROM statement_rows WHERE id = 1)")
    assert _terms_expected(db) == _terms_counted(db)
    db.execute("INSERT INTO statement_words (statement_words, rank) VALUES ('integrity-check', 1)")


def test_a_new_store_indexes_what_it_stores(lib: Library) -> None:
    db = lib.store.db
    assert _terms_expected(db) == _terms_counted(db)
    assert lib.store.rows("SELECT count(*) AS n FROM statements")[0]["n"] == sum(
        n for t, n in _terms_counted(db).items() if t.startswith("p"))


@pytest.mark.parametrize("starts, most_terms, index, told", [
    (["مسکن"], said_pool.MOST_TERMS, True, True),  # a topic start held by a few words: the index tells
    (["مسکن"], 0, True, False),  # held by more words than MOST_TERMS: the sentences are read instead
    (["مسکن"], said_pool.MOST_TERMS, False, False),  # a store without statement_words (before 018)
    (["مس کن"], said_pool.MOST_TERMS, True, False),  # a start across words: only the text can tell
])
def test_when_the_index_cannot_tell_the_sentences_are_read(lib: Library, monkeypatch: pytest.MonkeyPatch,
                                                            starts: list[str], most_terms: int, index: bool,
                                                            told: bool) -> None:
    monkeypatch.setattr(said_pool, "MOST_TERMS", most_terms)
    engine = _engine(lib, "احمدی درباره مسکن چه گفت؟")
    monkeypatch.setitem(lib.store.cache, "statement_words", index)
    assert told == (engine._topic_hits(_everyone(lib), starts) is not None)


@pytest.mark.parametrize("topic, partial", [
    ("مسکن ملی", True),  # hits among hundreds of statements: only they are read into rows
    ("بیمرستان", False),  # no hit: every row is pooled (a misspelt topic is scored over all)
])
def test_a_pool_with_hits_makes_rows_of_the_hits_only(lib: Library, monkeypatch: pytest.MonkeyPatch,
                                                      topic: str, partial: bool) -> None:
    people = _everyone(lib)
    engine = _engine(lib, f"احمدی درباره {topic} چه گفت؟")
    pooled = engine._pool(people)
    # a partial pool keeps no person's rows for what_said to take (it reads the chosen one's again)
    assert (set() if partial else set(people)) == engine._pooled[1]
    _read_every_sentence(monkeypatch)
    before = _engine(lib, f"احمدی درباره {topic} چه گفت؟")
    assert before._pool(people) == pooled
    assert set(people) == before._pooled[1]
