"""The held-out questions (tests/holdout/questions.tsv) against the held-out articles only.

They were written before the code that answers them and are not tuned on; until this file
they ran only in ``python -m bench.accuracy --holdout``, so a regression there was invisible.
The store holds only the twelve held-out articles, so no tuned test article can answer one
by chance. Gaps are listed in tests/holdout_known_gaps.txt (strict xfails: a fix fails until
its line is removed; a crash is never a gap).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import HOLDOUT, TODAY
from tests.judge import cases, gap_params, known_gaps, verdict

CASES = cases(HOLDOUT / "questions.tsv")
GAPS = known_gaps(Path(__file__).with_name("holdout_known_gaps.txt"))


def _params() -> list:  # type: ignore[type-arg]
    return gap_params(CASES, GAPS)


@pytest.mark.parametrize("case", _params())
def test_holdout_question(holdout_lib, case) -> None:  # type: ignore[no-untyped-def]
    answer = holdout_lib.ask(case.question, today=TODAY)
    assert None == verdict(case, answer, holdout_lib.ids), case.comment


def test_every_known_gap_is_a_held_out_question() -> None:
    assert set() == GAPS - {c.question for c in CASES}


def test_the_held_out_store_holds_only_held_out_articles(holdout_lib) -> None:  # type: ignore[no-untyped-def]
    assert sorted(p.stem for p in HOLDOUT.glob("*.txt")) == sorted(holdout_lib.ids)


@pytest.mark.parametrize("case", CASES, ids=[f"{i:03d}" for i in range(len(CASES))])
def test_no_answer_shows_none_or_an_empty_quote(holdout_lib, case) -> None:  # type: ignore[no-untyped-def]
    # A result without a speaker (evidence found by words) once rendered «None گفت: «»»
    # and «None — سمتی برای او در خبر نیامده است».
    text = holdout_lib.ask(case.question, today=TODAY).text
    assert "None" not in text and "«»" not in text, text
