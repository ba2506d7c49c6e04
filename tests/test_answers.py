"""Every question of tests/questions.tsv against the seeds and the test articles.

The table (question, kind, expected article, expected string, comment) lives in the TSV
so that tests and the accuracy script (``python -m bench.accuracy``) judge the same way.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import TODAY
from tests.judge import cases, gap_params, known_gaps, verdict

CASES = cases()
# Questions not answered right yet, by their text: strict xfails, so a fix shows up as a failure
# until the line is removed. Each has a comment on what is missing.
GAPS = known_gaps(Path(__file__).with_name("answers_known_gaps.txt"))


def _params() -> list:  # type: ignore[type-arg]
    return gap_params(CASES, GAPS)


@pytest.mark.parametrize("case", _params())
def test_question(table_lib, case) -> None:  # type: ignore[no-untyped-def]
    answer = table_lib.ask(case.question, today=TODAY)
    assert None == verdict(case, answer, table_lib.ids), case.comment


def test_every_known_gap_is_a_question_of_the_table() -> None:
    # A gap line whose question left the table (reworded, removed) would silently never run.
    assert set() == GAPS - {c.question for c in CASES}


def test_follow_up_uses_the_last_person(loaded_lib) -> None:  # type: ignore[no-untyped-def]
    first = loaded_lib.ask("کریمی چه گفت؟", today=TODAY)
    assert first.found
    follow = loaded_lib.ask("وی دیگر چه گفت؟", today=TODAY, context=first.context)
    assert follow.found
    assert {r.speaker for r in follow.results} == {"محمدصادق کریمی"}
    shown = {r.statement_id for r in first.results}
    assert not shown & {r.statement_id for r in follow.results}


def test_same_question_same_answer(loaded_lib) -> None:  # type: ignore[no-untyped-def]
    answers = {loaded_lib.ask("هوش مصنوعی", today=TODAY).text for _ in range(3)}
    assert 1 == len(answers)


@pytest.mark.parametrize("question", ["", "   ", "؟؟؟", "x" * 600])
def test_bad_questions_get_a_persian_message(loaded_lib, question: str) -> None:  # type: ignore[no-untyped-def]
    answer = loaded_lib.ask(question, today=TODAY)
    assert not answer.found
    assert "پرسش" in answer.text


def test_json_shape(loaded_lib) -> None:  # type: ignore[no-untyped-def]
    data = loaded_lib.ask("چه کسی گفت نگاه سیاه و سفید جامع نیست؟", today=TODAY).to_json()
    assert ["question", "kind", "found", "answer", "results"] == list(data)
    assert ["speaker", "role", "statement", "sentence", "date", "date_jalali", "place", "event",
            "article_id", "article_title", "score"] == list(data["results"][0])
    assert "محمدصادق کریمی" == data["results"][0]["speaker"]
