"""Event candidates sharing a name, or name and place, in several reports (a county council
meeting in every town, as at 100k articles): the scores are the full formula's, and a context
that differs only in its place or venue is scored on its own, so the asked town's meeting
answers (issue 15, events11: the guard for any cut in the scoring of event candidates)."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer.engine import Context, _Engine
from knowledge.answer.question import parse_question
from knowledge.library import Library

from .test_event_scores import _reference

TODAY = dt.date(2026, 12, 6)


def _report(date: str, day: str, town: str, venue: str) -> str:
    """A county council meeting's report: the same event name in every town (as at 100k articles)."""
    return (f" date {date}\n"
            "جلسه شورای اداری شهرستان برگزار شد\n"
            "به گزارش خبرگزاری صداوسیمای مرکز خراسان شمالی، جلسه شورای اداری شهرستان "
            f"روز {day} {venue} در {town} برگزار شد.")


REPORTS = [
    _report("2025-11-29", "شنبه ۸ آذر ۱۴۰۴", "بجنورد", "در سالن جلسات فرمانداری"),
    _report("2025-11-15", "شنبه ۲۴ آبان ۱۴۰۴", "بجنورد", "در سالن جلسات فرمانداری"),  # the same context again
    _report("2025-11-22", "شنبه ۱ آذر ۱۴۰۴", "شیروان", "در سالن جلسات فرمانداری"),  # another place
    _report("2025-11-08", "شنبه ۱۷ آبان ۱۴۰۴", "اسفراین", "در سالن اجتماعات بخشداری"),  # place and venue
]

CASES = [
    # (question, the first answer's date, its place)
    ("جلسه شورای اداری شهرستان شیروان کی برگزار شد؟", "1404-09-01", "شیروان"),  # only the place differs
    ("جلسه شورای اداری اسفراین کجا بود؟", "1404-08-17", "اسفراین"),  # place and venue differ
    ("جلسه شورای اداری بجنورد کی بود؟", "1404-09-08", "بجنورد"),  # two reports, one context: the latest
    ("جلسه شورای اداری شهرستان کی برگزار شد؟", "1404-09-08", "بجنورد"),  # the name alone: all four tie
]


@pytest.fixture(scope="module")
def councils() -> Library:
    lib = Library.memory()
    for raw in REPORTS:
        lib.add(raw.encode(), today=TODAY)
    yield lib
    lib.close()


@pytest.mark.parametrize(("question", "date", "town"), CASES)
def test_a_shared_name_scores_by_its_own_place_and_venue(
        councils: Library, question: str, date: str, town: str) -> None:
    engine = _Engine(councils.store, parse_question(question, today=TODAY), Context())
    got = sorted(((r["id"], s) for r, s in engine._event_candidates()), key=lambda x: x[0])
    assert _reference(engine) == got, question
    answer = councils.ask(question, today=TODAY)
    assert answer.found, question
    first = answer.results[0]
    assert date == first.date_jalali, question
    assert town in first.place, (question, first.place)

