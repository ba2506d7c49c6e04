"""«DATE چه کارگاهی/همایشی برگزار شد؟» asks which gathering was held on that day: the reports
of the day that name one (which_article over «کارگاه»/«همایش», the noun without its «ی»), not
a topic over the date's digits. With no date the question reads as before."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer.question import parse_question
from knowledge.library import Library

TODAY = dt.date(2026, 12, 6)

CASES = [
    # tests/questions.tsv rows 38 and 78: a Gregorian date, then which gathering
    ("2022-03-13 چه کارگاهی برگزار شد؟", "which_article", ("کارگاه",)),
    ("2025-12-17 چه همایشی برگزار می‌شود؟", "which_article", ("همایش",)),
    # a relative date is a date too
    ("امروز چه کارگاهی برگزار شد؟", "which_article", ("کارگاه",)),
    # near: no date: a topic, as before
    ("چه کارگاهی برگزار شد؟", "topic", ("کارگاهی",)),
    # near: «چه» before a noun that is no gathering held («چه کسی»): who, as before
    ("امروز چه کسی سخنرانی کرد؟", "who_said", ()),
]


@pytest.mark.parametrize(("question", "kind", "words"), CASES)
def test_a_dated_what_was_held_asks_for_the_report(question: str, kind: str, words: tuple[str, ...]) -> None:
    q = parse_question(question, today=TODAY)
    assert (kind, words) == (q.kind, q.words)


# tests/articles/103_isfahan_research_week.txt (headline, lead and the conference's line); a
# workshop of another day beside it
WEEK = """date 2025-12-15 روابط عمومی دانشگاه صنعتی اصفهان
رییس دانشگاه صنعتی اصفهان: سهم قراردادهای صنعتی از بودجه پژوهشی دانشگاه دو برابر شد
به گزارش روابط عمومی دانشگاه صنعتی اصفهان، آیین گشایش هفته پژوهش و فناوری صبح دوشنبه ۲۴ آذر ۱۴۰۴ برگزار شد.
وی ادامه داد: همایش بینالمللی کشاورزی دقیق و هوش مصنوعی روزهای ۲۶ و ۲۷ آذر برابر با ۱۷ و ۱۸ دسامبر ۲۰۲۵ با حضور پژوهشگرانی از ۹ کشور در این دانشگاه برگزار میشود.
"""
OTHER = """date 2025-11-02 ایرنا
کارگاه آموزش خبرنویسی در شیراز برگزار شد
کارگاه آموزش خبرنویسی روز یکشنبه ۱۱ آبان ۱۴۰۴ در شیراز برگزار شد.
"""


def test_the_report_of_the_day_answers(fresh_lib: Library) -> None:
    for copy in (WEEK, OTHER):
        fresh_lib.add(copy, today=TODAY)
    reply = fresh_lib.ask("2025-12-17 چه همایشی برگزار می‌شود؟", today=TODAY).text
    assert (True, False) == ("کشاورزی دقیق" in reply or "سهم قراردادهای صنعتی" in reply, "خبرنویسی" in reply)
