"""Issue 16: every time expression applied to articles across dates (tests/test_timeline.py
checks the window each one names; here the answer keeps only what was said in it), with the
edges: the Jalali year turning at Nowruz (1 Farvardin, not 1 January), a week starting on
Saturday, «پارسال» asked in Farvardin.

Articles: tests/timeline_articles.py — on water shortage (کم‌آبی) 2025-10-05 (13 Mehr 1404),
2026-11-02 (11 Aban 1405) and 2026-11-30 (9 Azar 1405); on tourism (گردشگری) 2026-03-20
(29 Esfand 1404, the day before Nowruz) and 2026-12-06 (15 Azar 1405).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from knowledge.library import Library
from tests.timeline_articles import ARTICLES

WATER, TOURISM = "کم‌آبی", "گردشگری"

CASES = [  # (today, time expression, topic, window from, to, the dates of the people who spoke, newest first)
    ("2026-12-06", "امروز", TOURISM, "2026-12-06", "2026-12-06", ["2026-12-06"]),
    ("2026-12-07", "دیروز", TOURISM, "2026-12-06", "2026-12-06", ["2026-12-06"]),
    # a week runs Saturday to Friday: on Sunday 6 December «این هفته» began the day before
    ("2026-12-06", "این هفته", TOURISM, "2026-12-05", "2026-12-11", ["2026-12-06"]),
    ("2026-12-06", "هفته گذشته", WATER, "2026-11-28", "2026-12-04", ["2026-11-30"]),
    # edge: asked on Saturday, last week ended yesterday (Friday 4 December) ...
    ("2026-12-05", "هفته پیش", WATER, "2026-11-28", "2026-12-04", ["2026-11-30"]),
    # ... and asked on Friday, «این هفته» is still the week of Monday 30 November
    ("2026-12-04", "این هفته", WATER, "2026-11-28", "2026-12-04", ["2026-11-30"]),
    # edge: asked on Saturday 28 November, the week of the 30th is this week, not last week
    ("2026-12-01", "هفته گذشته", WATER, "2026-11-21", "2026-11-27", None),
    ("2026-12-06", "ماه گذشته", WATER, "2026-10-23", "2026-11-21", ["2026-11-02"]),  # Aban
    # edge: the year turns at Nowruz: asked on 1 Farvardin 1405, «امسال» is 1405 and the
    # report of the day before (29 Esfand) is last year's
    ("2026-03-21", "امسال", TOURISM, "2026-03-21", "2027-03-20", ["2026-12-06"]),
    ("2026-03-21", "پارسال", TOURISM, "2025-03-21", "2026-03-20", ["2026-03-20"]),
    # ... and on 29 Esfand 1404 «امسال» still is 1404
    ("2026-03-20", "امسال", TOURISM, "2025-03-21", "2026-03-20", ["2026-03-20"]),
    # edge: «پارسال» asked in Farvardin is the year that ended days ago (1404), not 1403
    ("2026-04-05", "پارسال", WATER, "2025-03-21", "2026-03-20", ["2025-10-05"]),
    ("2026-12-06", "اخیراً", WATER, "2026-11-07", "2026-12-06", ["2026-11-30"]),  # the last 30 days
    ("2025-12-06", "دو ماه پیش", WATER, "2025-09-23", "2025-10-22", ["2025-10-05"]),  # Mehr 1404
    ("2026-12-06", "در آبان", WATER, "2026-10-23", "2026-11-21", ["2026-11-02"]),
    ("2026-12-06", "در مهر ۱۴۰۴", WATER, "2025-09-23", "2025-10-22", ["2025-10-05"]),
    ("2026-12-06", "در پاییز", WATER, "2026-09-23", "2026-12-21", ["2026-11-30", "2026-11-02"]),
    ("2026-12-06", "زمستان پارسال", TOURISM, "2025-12-22", "2026-03-20", ["2026-03-20"]),
    ("2026-12-06", "در ۱۴۰۴", TOURISM, "2025-03-21", "2026-03-20", ["2026-03-20"]),
    ("2026-12-06", "در سال ۲۰۲۵", WATER, "2025-01-01", "2025-12-31", ["2025-10-05"]),  # a Gregorian year
    ("2026-12-06", "از مهر تا آذر", WATER, "2026-09-23", "2026-12-21", ["2026-11-30", "2026-11-02"]),
    # a range across Nowruz: Bahman 1404 to Farvardin 1405
    ("2026-12-06", "از بهمن تا فروردین", TOURISM, "2026-01-21", "2026-04-20", ["2026-03-20"]),
]


@pytest.fixture(scope="module")
def lib() -> Iterator[Library]:
    library = Library.memory()
    for raw in ARTICLES.values():
        library.add(raw, today=dt.date(2026, 12, 6))
    yield library
    library.close()


@pytest.mark.parametrize(("today", "expression", "topic", "start", "end", "dates"), CASES,
                         ids=[f"{c[0]} {c[1]}" for c in CASES])
def test_window_keeps_what_was_said_in_it(lib: Library, today: str, expression: str, topic: str, start: str,
                                          end: str, dates: list[str] | None) -> None:
    answer = lib.ask(f"{expression} چه کسانی درباره {topic} صحبت کردند؟", today=dt.date.fromisoformat(today))
    assert (start, end) == answer.window
    if dates is None:  # nothing said in the window: said so, and the newest said outside it
        assert answer.outside and answer.text.startswith("در هفته گذشته ")
        return
    assert "topic_people" == answer.kind and not answer.outside
    assert dates == [r.date for r in answer.results]
