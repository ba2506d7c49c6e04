"""«X چه سمتی دارد؟» answers with a title the reports give X, even when the appearance the
name search finds first is one that names X without it («… با حضور شهریار نجفی …»)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ask_over

TODAY = dt.date(2026, 12, 7)

# a report that gives the post
TITLED = """بهره‌برداری از خط انتقال آب دره‌شهر

به گزارش خبرگزاری ایرنا از ایلام، شهریار نجفی مدیرعامل شرکت آب منطقه‌ای ایلام در آیین بهره‌برداری از خط انتقال آب دره‌شهر گفت: این طرح آب شرب ۱۲ روستا را تامین می‌کند.
"""
# an earlier report that names him without it
UNTITLED = """جلسه شورای آب شهرستان دره‌شهر

به گزارش خبرگزاری مهر از دره‌شهر، جلسه شورای آب شهرستان با حضور شهریار نجفی و جمعی از مسئولان برگزار شد.
"""

CASES = [
    # the untitled report first in the store: its appearance was shown, with no post
    ("شهریار نجفی چه سمتی دارد؟", (UNTITLED, TITLED), "مدیرعامل"),
    ("سمت شهریار نجفی چیه؟", (UNTITLED, TITLED), "مدیرعامل"),
    # near: the titled report alone answers as before
    ("شهریار نجفی چه سمتی دارد؟", (TITLED,), "مدیرعامل"),
]


@pytest.mark.parametrize(("question", "reports", "post"), CASES)
def test_a_persons_post_comes_from_a_report_that_gives_it(question: str, reports: tuple[str, ...],
                                                          post: str) -> None:
    answer = ask_over(question, *reports, today=TODAY)
    assert (True, True) == (answer.found, post in answer.text.split("\n")[0]), answer.text
