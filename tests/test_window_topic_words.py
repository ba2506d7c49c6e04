"""A topic question with a date window («هدف پیکان امسال چیه؟») is answered by what matches
its words: the window's events that do not match them are no answer (they were listed when
none matched), so the window that holds nothing on the topic is dropped and the undated
report that does is answered (knowledge.answer.events._events_in_range)."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.library import Library

TODAY = dt.date(2026, 12, 6)  # ۱۵ آذر ۱۴۰۵

# excerpts of corpus 0684 (tgvahidonline, dated 1405: an event in «امسال») and 0598 (Varzesh3,
# undated: Peykan's striker on the season's aim)
MEETING = """ date 2026-05-17
محسن نقوی، وزیر کشور پاکستان، عصر امروز با محمدباقر قالیباف، رئیس مجلس ایران در تهران دیدار و گفت‌وگو کرد.
رسانه‌های ایرانی و پاکستانی گزارش داده‌اند که آقای نقوی برای از سرگیری مذاکرات به ایران سفر کرده است.
"""
INTERVIEW = """مومنی: می خواهیم در 4 تیم بالای جدول باشیم
مهاجم تیم فوتبال پیکان می گوید تمام هدف ما حضور در میان 4 تیم بالای جدول و انشاالله کسب سهمیه است.
او در پایان درباره مهمترین هدف این فصل پیکان هم گفت: امیدوارم امسال استارت خوب و قدرتمندانه ای در مسابقات داشته باشیم.
"""

CASES = [
    # the window holds only an unrelated meeting: the undated interview answers, not the meeting
    ("هدف پیکان امسال چیه؟", "4 تیم بالای جدول", "نقوی"),
    # a window question whose words match the dated event still gets that event
    ("دیدار نقوی و قالیباف امسال کی بود؟", "نقوی", "پیکان"),
]


@pytest.mark.parametrize(("question", "shown", "not_shown"), CASES)
def test_a_window_answers_only_what_matches(fresh_lib: Library, question: str, shown: str,
                                            not_shown: str) -> None:
    fresh_lib.add(MEETING, today=TODAY)
    fresh_lib.add(INTERVIEW, today=TODAY)
    answer = fresh_lib.ask(question, today=TODAY)
    assert (True, False) == (shown in answer.text, not_shown in answer.text)
