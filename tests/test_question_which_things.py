"""«کیا» / «چه کسانی» after a noun of things — countries, teams, cities, companies — asks
which of them, not for the report's people («کشورای میانجی کیا بودن؟»): it is read as
«کدام» is (a topic question), and «کیا» after people is still a list of people."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer.question import parse_question
from knowledge.library import Library

TODAY = dt.date(2026, 12, 6)

CASES = [
    # realcopy row 131 (tgalonews 0876): spoken plural «کشورا» + «کیا» (= «چه کسانی»)
    ("کشورای میانجی کیا بودن؟", "topic"),
    # written plural and the written «چه کسانی»
    ("کشورهای میانجی چه کسانی بودند؟", "topic"),
    # teams, spoken plural «تیما»
    ("تیمای صعود کرده کیا هستن؟", "topic"),
    # states («دولت‌های»), cities, companies, parties
    ("دولت‌های حامی طرح کیا بودن؟", "topic"),
    ("شهرهای برگزیده کیا بودن؟", "topic"),
    ("شرکت‌های برنده مناقصه کیا بودن؟", "topic"),
    ("احزاب ائتلاف کیا هستن؟", "topic"),
    # people stay people: players of a team («تیم» is not the head), «کیا» alone, officials
    ("بازیکنای تیم ملی کیا بودن؟", "list_people"),
    ("کیا تو جلسه بودن؟", "list_people"),
    ("مسئولای حاضر در مراسم کیا بودن؟", "list_people"),
]


@pytest.mark.parametrize(("question", "kind"), CASES)
def test_who_plural_after_things_asks_which(question: str, kind: str) -> None:
    assert kind == parse_question(question, today=TODAY).kind


# a short excerpt of tgalonews 0876: the answer is the sentence that names them
EXCERPT = """سخنگوی هیئت مذاکره کننده ایران: گفتگوها در سوئیس پایان یافت
سخنگوی هیئت مذاکره کننده ایران گفت: این گفتگوها از صبح یکشنبه ۳۱ خرداد در سوئیس شروع شد. بر اساس بیانیه مشترک کشورهای میانجی (قطر و پاکستان) که با مشورت ایران و آمریکا تنظیم شد، ساز و کارهای اجرایی برای نظارت پیش‌بینی شد.
"""


def test_the_mediating_countries_are_answered(fresh_lib: Library) -> None:
    fresh_lib.add(EXCERPT, today=TODAY)
    answer = fresh_lib.ask("کشورای میانجی کیا بودن؟", today=TODAY)
    assert (True, True) == ("قطر" in answer.text, "پاکستان" in answer.text)
