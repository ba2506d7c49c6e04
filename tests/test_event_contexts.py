"""Event candidates sharing a context (name, place, venue, people's titles) are covered once
per question (issue 15, events11): the name's word scores are read from the cache and only its
place, venue and titles are scored (match.coverage_extended): the scores stay the full formula's, and a context that
differs only in its place or venue is scored on its own, so the asked town's meeting answers."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge import match
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
def test_a_shared_context_is_scored_once_to_the_same_answer(
        councils: Library, question: str, date: str, town: str) -> None:
    engine = _Engine(councils.store, parse_question(question, today=TODAY), Context())
    got = sorted(((r["id"], s) for r, s in engine._event_candidates()), key=lambda x: x[0])
    assert _reference(engine) == got, question
    answer = councils.ask(question, today=TODAY)
    assert answer.found, question
    first = answer.results[0]
    assert date == first.date_jalali, question
    assert town in first.place, (question, first.place)


EXTENDED = [
    # (query, head (an event's name), tail (its place, venue, titles))
    (["جلسه", "شورای", "اداری", "شیروان"], ["جلسه", "شورای", "اداری", "شهرستان"], ["شیروان", "سالن"]),  # tail word
    (["جلسه", "شورا"], ["جلسه", "شورای", "اداری"], []),  # no tail: the name's coverage
    (["نمایشگاه", "کتاب"], [], ["نمایشگاه", "کتاب"]),  # no head
    (["هلال", "احمر", "زنجان"], ["جمعیت", "هلال‌احمر"], ["زنجان"]),  # a joined pair in the head
    (["غیرایرانی", "دانشجویان"], ["دانشجویان", "غیر"], ["ایرانی"]),  # a split pair across head and tail
    (["استانداری", "زنجان"], ["نشست", "استاندار"], ["زنجانی", "استان"]),  # near words in both: the better
    (["مدیران", "کل"], ["مدیر", "کل"], ["مدیر", "مدیران"]),  # a tail word the head holds, an inflection
]


@pytest.mark.parametrize(("query", "head", "tail"), EXTENDED)
def test_the_extended_coverage_is_the_coverage_of_both(query: list[str], head: list[str], tail: list[str]) -> None:
    assert match.coverage(query, [*head, *tail]) == match.coverage_extended(query, head, tail)
