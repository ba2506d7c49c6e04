"""said._statement_candidates (who_said): the statements the statement search found are not read
again for the sentences that cover them, and the span words taken from the sentences found are
those the store holds: every candidate is a whole row, scored on its own words and its span's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from knowledge import match
from knowledge.answer.engine import _Engine
from knowledge.answer.question import parse_question
from knowledge.answer.types import Context
from knowledge.library import Library

TODAY = dt.date(2026, 12, 6)
COLUMNS = {"id", "article_id", "person_id", "verb", "text", "search", "first_sentence", "last_sentence",
           "direct", "via"}


@pytest.fixture(scope="module")
def lib() -> Iterator[Library]:
    from bench.gen.articles import generate_articles

    lib = Library.memory()
    for article in generate_articles(60):
        lib.add(article.text.encode(), today=TODAY)
    yield lib
    lib.close()


@pytest.fixture
def searched(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The tables who_said's engine searches (retrieve.search), in order, while a test runs."""
    from knowledge.answer import said

    tables: list[str] = []
    search = said.retrieve.search

    def counted(store: object, table: str, words: list[str], *, limit: int) -> list[dict[str, object]]:
        tables.append(table)
        return search(store, table, words, limit=limit)  # type: ignore[arg-type]

    monkeypatch.setattr(said.retrieve, "search", counted)
    return tables


def _questions(lib: Library) -> list[str]:
    """«کی گفت ...؟» over four long words of every fifth statement (the bench's who_said form)."""
    out = []
    for row in lib.store.rows("SELECT search FROM statements ORDER BY id")[::5]:
        words = sorted(set(row["search"].split()), key=lambda w: (-len(w), w))[:4]
        if len(words) == 4:
            out.append(f"کی گفت {' '.join(words)}؟")
    return out


def test_candidates_are_whole_rows_scored_on_the_stored_words(lib: Library) -> None:
    questions = _questions(lib)
    assert len(questions) >= 20  # the sample is no empty test
    seen = spans = 0
    for question in questions:
        q = parse_question(question, today=TODAY)
        engine = _Engine(lib.store, q, Context())
        for row, score in engine._statement_candidates(q.words):
            seen += 1
            stored = lib.store.rows("SELECT * FROM statements WHERE id = ?", [row["id"]])[0]
            assert stored == {c: row[c] for c in stored}  # the whole row, as the store holds it
            span = " ".join(r["search"] for r in lib.store.rows(
                "SELECT search FROM sentences WHERE article_id = ? AND position BETWEEN ? AND ? ORDER BY position",
                [row["article_id"], row["first_sentence"], row["last_sentence"]])).split()
            assert span == engine._span_words[(row["article_id"], row["first_sentence"], row["last_sentence"])]
            spans += row["last_sentence"] > row["first_sentence"]
            expected = max(match.coverage(q.words, stored["search"].split()), 0.9 * match.coverage(q.words, span))
            assert expected == pytest.approx(score, abs=1e-12), question
    assert seen >= 100 and spans >= 5  # statements of one sentence and of several


def test_a_whole_match_is_answered_without_searching_the_sentences(lib: Library, searched: list[str]) -> None:
    # who_said: a statement holding every word stops the search before the sentences; the
    # best answer is the one the sentences' search would have let stand
    whole = 0
    for question in _questions(lib):
        q = parse_question(question, today=TODAY)
        searched.clear()
        first = _Engine(lib.store, q, Context())._statement_candidates(q.words, whole_first=True)
        stopped = searched == ["statements"]
        searched.clear()
        every = _Engine(lib.store, q, Context())._statement_candidates(q.words)
        assert ["statements", "sentences"] == searched
        assert every[:1] == first[:1], question
        assert (first[0][1] > 0.9) == stopped, question
        whole += stopped
    assert whole >= 10  # the sample holds whole matches


def _misspelt(question: str) -> str:
    """The question with its longest topic word's third letter doubled («اعتبارات» → «اعتتبارات»)."""
    words = question.removeprefix("کی گفت ").removesuffix("؟").split()
    longest = max(words, key=len)
    return question.replace(longest, longest[:3] + longest[2:], 1)


def _missed(question: str) -> str:
    """The question with its shortest topic word replaced by one no report holds: the best
    statement holds the rest, 0.8-0.9 of the words' weight."""
    words = question.removeprefix("کی گفت ").removesuffix("؟").split()
    return question.replace(min(words, key=len), "ققژژ", 1)


def test_a_near_whole_match_is_answered_without_searching_the_sentences(lib: Library, searched: list[str]) -> None:
    # who_said, a topic word misspelt: a statement holding the rest and a close spelling
    # scores above 0.9 (under 1.0) and stops the search before the sentences, which add
    # statements of 0.9 at most; the best answer is the one the sentences' search gives
    near = missed = 0
    for question in [*map(_misspelt, _questions(lib)), *map(_missed, _questions(lib))]:
        q = parse_question(question, today=TODAY)
        searched.clear()
        first = _Engine(lib.store, q, Context())._statement_candidates(q.words, whole_first=True)
        stopped = searched == ["statements"]
        every = _Engine(lib.store, q, Context())._statement_candidates(q.words)
        assert every[:1] == first[:1], question
        if first:
            assert (first[0][1] > 0.9) == stopped, question  # 0.9 or less: the sentences are searched
            near += 0.9 < first[0][1] < 1.0
            missed += 0.8 < first[0][1] <= 0.9
    assert near >= 10 and missed >= 10  # the sample holds near matches and misses of one short word
