"""«تا کی ...؟» asks when something ends, «کی» when it began: the date its sentence writes after «تا/الی» («تا ۳۰
آبان ... پذیرای علاقه‌مندان است»), not the day it began; «ادامه داره/دایره» in such a question
is the verb of lasting, no topic word (a report's «در ادامه» is «next»)."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer.question import parse_question
from knowledge.library import Library

TODAY = dt.date(2026, 12, 6)

# tests/articles/107_yazd_book_fair.txt (headline, lead and the mayor's line with «در ادامه»)
FAIR = """date 2025-11-16 صداوسیمای یزد
نمايشگاه كتاب يزد با حضور ۲۴۰ ناشر گشايش يافت

به گزارش خبرگزاري صداوسيماي مركز يزد، يازدهمين نمايشگاه كتاب استان يزد امروز همزمان با هفته كتاب و كتابخواني در محل دائمي نمايشگاه‌هاي بين‌المللي يزد گشايش يافت و تا ۳۰ آبان هر روز از ساعت ۱۰ تا ۲۱ پذيراي علاقه‌مندان است.

در ادامه، مهندس مجيد دهقاني‌زاده شهردار يزد گفت: شهرداري براي رفاه بازديدكنندگان، خط ويژه اتوبوس از ميدان اميرچخماق تا محل نمايشگاه را در روزهاي برگزاري به صورت رايگان راه‌اندازي كرده است.
"""
# a one-day event: no end is written, «تا کی» is answered with its day
CONCERT = """date 2025-10-02 ایسنا
کنسرت ارکستر ملی در تالار وحدت برگزار می‌شود
کنسرت ارکستر ملی روز جمعه ۱۸ مهر در تالار وحدت برگزار می‌شود.
"""

CASES = [
    # the end of the fair, written «تا ۳۰ آبان» in the lead (its event is the headline's)
    ("نمایشگاه کتاب یزد تا کی ادامه داره؟", "۳۰ آبان ۱۴۰۴"),
    ("نمایشگاه کتاب یزد تا چه تاریخی دایره؟", "۳۰ آبان ۱۴۰۴"),
    # near: when it opened is the day it began («امروز», the dateline)
    ("نمایشگاه کتاب یزد کی افتتاح شد؟", "۲۵ آبان ۱۴۰۴"),
    # near: «از ساعت ۱۰ تا ۲۱» is no date; a one-day event ends the day it is held
    ("کنسرت ارکستر ملی تا کی ادامه داره؟", "۱۸ مهر ۱۴۰۴"),
]


@pytest.mark.parametrize(("question", "expected"), CASES)
def test_until_when_is_the_end_date(fresh_lib: Library, question: str, expected: str) -> None:
    for copy in (FAIR, CONCERT):
        fresh_lib.add(copy, today=TODAY)
    reply = fresh_lib.ask(question, today=TODAY).text
    assert (True, expected) == (expected in reply.splitlines()[0], expected)


WORDS = [
    # the verb of lasting is dropped from an «until» question
    ("نمایشگاه کتاب یزد تا کی ادامه داره؟", ("نمایشگاه", "کتاب", "یزد")),
    # near: «ادامه» of a «کی» question (not «تا کی») stays a word
    ("ادامه مذاکرات کی برگزار میشه؟", ("ادامه", "مذاکرات")),
]


@pytest.mark.parametrize(("question", "words"), WORDS)
def test_lasting_verb_is_no_topic_word(question: str, words: tuple[str, ...]) -> None:
    assert words == parse_question(question, today=TODAY).words


# tests/holdout/208_bojnurd_asadli_blizzard.txt (headline and lead): a span of two relative dates
BLIZZARD = """date 2025-12-18 ایرنا
کولاک ۴۰ خودرو را در گردنه اسدلی بجنورد گرفتار کرد
بجنورد - ایرنا - مدیرعامل جمعیت هلال احمر خراسان شمالی گفت: از عصر روز
گذشته تا بامداد امروز ۴۰ خودرو و ۱۳۰ مسافر گرفتار در کولاک گردنه اسدلی
در محور بجنورد - اسفراین توسط نیروهای امدادی نجات یافتند.
"""

SPANS = [
    # «از عصر روز گذشته تا بامداد امروز»: it was on the day it began (the day before the dateline)
    ("کولاک گردنه اسدلی کی بود؟", "۲۶ آذر ۱۴۰۴"),
    # and it lasted until the dateline's morning
    ("کولاک گردنه اسدلی تا کی ادامه داشت؟", "۲۷ آذر ۱۴۰۴"),
]


@pytest.mark.parametrize(("question", "expected"), SPANS)
def test_a_span_begins_after_az_and_ends_after_ta(fresh_lib: Library, question: str, expected: str) -> None:
    fresh_lib.add(BLIZZARD, today=TODAY)
    reply = fresh_lib.ask(question, today=TODAY).text
    assert (True, expected) == (expected in reply.splitlines()[0], expected)
