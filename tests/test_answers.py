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


@pytest.mark.parametrize(("first", "speaker"), [
    ("طالبی چه گفت؟", "محمدعلی طالبی"),  # seed 000: the bootcamp and AI in the province
    ("صفاییان چه گفت؟", "حمیدرضا صفاییان"),  # article 103: an AI centre at the university
])
def test_follow_up_on_a_topic_without_a_name(loaded_lib, first: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    # «درباره هوش مصنوعی چه گفت؟» names nobody: both men spoke of AI, the conversation decides
    context = loaded_lib.ask(first, today=TODAY).context
    follow = loaded_lib.ask("درباره هوش مصنوعی چه گفت؟", today=TODAY, context=context)
    assert (True, {speaker}) == (follow.found, {r.speaker for r in follow.results})
    assert "هوش مصنوعی" in follow.results[0].statement


def test_topic_without_a_name_and_no_one_in_the_conversation(loaded_lib) -> None:  # type: ignore[no-untyped-def]
    # nobody to follow up on: whoever spoke of AI, the seed's governor first
    answer = loaded_lib.ask("درباره هوش مصنوعی چه گفت؟", today=TODAY)
    assert ("what_said", True, "محمدعلی طالبی") == (answer.kind, answer.found, answer.results[0].speaker)
    assert all("هوش مصنوعی" in r.statement for r in answer.results)


def test_follow_up_opening_with_the_verb(loaded_lib) -> None:  # type: ignore[no-untyped-def]
    # «گفت چرا ...؟» after «کریمی چه گفت؟»: کریمی's words on why organisations lose out (seed 001)
    context = loaded_lib.ask("کریمی چه گفت؟", today=TODAY).context
    follow = loaded_lib.ask("گفت چرا سازمان ها از فرصت ها محروم می شوند؟", today=TODAY, context=context)
    assert (True, "محمدصادق کریمی") == (follow.found, follow.results[0].speaker)
    assert "محروم" in follow.results[0].statement


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
