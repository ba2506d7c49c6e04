"""A day and month without a year take the year their sentence names («... در سال ۱۳۹۹ ...
روز ۲۰ فروردین برگزار شد») before the publication date's (knowledge.parse.dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.parse.dates import find_dates

D = dt.date
TODAY = D(2026, 12, 6)  # ۱۵ آذر ۱۴۰۵: the reference of an undated report
SAT = D(2025, 11, 8)  # ۱۷ آبان ۱۴۰۴
ESF = D(2026, 3, 11)  # ۲۰ اسفند ۱۴۰۴


def resolved(text: str, published: dt.date | None) -> list[tuple[str, str, bool]]:
    return [(m.raw, m.jalali, m.has_year) for m in find_dates(text, published=published)]


CASES = [
    # Radio Farda, undated (corpus 0463): the year is written before the day, same sentence
    ("جلسه شورای عالی کار با موضوع تعیین حداقل دستمزد نیروی کار در سال ۱۳۹۹ که به دلیل شیوع "
     "بیماری کرونا به تعویق افتاده بود، روز ۲۰ فروردین برگزار شد", TODAY,
     [("۲۰ فروردین", "1399-01-20", True)]),
    # the year written after the day, later in the sentence
    ("این طرح از ۵ مهر اجرا می‌شود و تا پایان سال ۱۳۹۸ ادامه دارد", TODAY,
     [("۵ مهر", "1398-07-05", True)]),
    # no publication date at all: the sentence's year alone dates it
    ("نشست ۲۰ فروردین در سال ۱۳۹۹ برگزار شد", None, [("۲۰ فروردین", "1399-01-20", True)]),
    # a spoken two-digit year after «سال»
    ("حقوق سال ۹۹ از ۲۰ فروردین اعلام شد", TODAY, [("۲۰ فروردین", "1399-01-20", True)]),
    # Gregorian: a Gregorian year in the sentence; a Jalali year is not one
    ("در سال ۲۰۲۰ و در ۵ ژانویه این توافق امضا شد", TODAY, [("۵ ژانویه", "1398-10-15", True)]),
    ("در سال ۱۳۹۹ و در ۵ ژانویه این توافق امضا شد", SAT, [("۵ ژانویه", "1404-10-15", False)]),
    # of two years, the nearer one
    ("در سال ۱۳۹۸ کار آغاز شد و در سال ۱۳۹۹ روز ۲۰ فروردین پایان یافت", TODAY,
     [("۲۰ فروردین", "1399-01-20", True)]),
    # a year of the NEXT sentence is not this date's (text of a paragraph)
    ("روز ۲۰ فروردین جلسه برگزار شد. بودجه سال ۱۳۹۹ هم تصویب شد", SAT,
     [("۲۰ فروردین", "1404-01-20", False)]),
    # the budget of next year approved on a day of this year: the named year would put the day
    # a year after publication, so the publication date decides
    ("بودجه سال ۱۴۰۵ روز ۱۸ اسفند در مجلس تصویب شد", ESF, [("۱۸ اسفند", "1404-12-18", False)]),
    # a year that belongs to another date of the sentence is that date's, not a range start's
    ("از ۱۵ اسفند تا ۲۰ فروردین سال ۱۳۹۹", TODAY,
     [("۱۵ اسفند", "1404-12-15", False), ("۲۰ فروردین سال ۱۳۹۹", "1399-01-20", True)]),
    # «سال» with a number that is no year («۱۲۰۰ سال» / «سال ۳»): nothing changes
    ("در ۲۰ فروردین کلاس سال ۳ آغاز شد", SAT, [("۲۰ فروردین", "1404-01-20", False)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_a_day_takes_its_sentences_year(text: str, published: dt.date | None, expected: list) -> None:
    assert expected == resolved(text, published)


CHECKED_CASES = [
    # Radio Farda (corpus 0500): «سال ۹۷» is the budget's year; 26 Farvardin 1397 was a Sunday,
    # not the Tuesday written, so the year is not the date's (the reference decides, as before)
    ("دیوان محاسبات روز سه‌شنبه ۲۶ فروردین در گزارش تفریغ بودجه سال ۹۷ اعلام کرد", TODAY,
     [("روز سه‌شنبه ۲۶ فروردین", "1405-01-26", False)]),
    # the same with the weekday 26 Farvardin 1397 had: the year is taken
    ("روز یکشنبه ۲۶ فروردین در گزارش بودجه سال ۹۷ اعلام شد", TODAY,
     [("روز یکشنبه ۲۶ فروردین", "1397-01-26", True)]),
    # Fars (corpus 0168): a year far off in a long sentence is another matter's (a 1992 bombing)
    ("رئیس جمهور آرژانتین روز (24 سپتامبر) در مجمع عمومی سازمان ملل با بیان اینکه کشور من تاکنون "
     "شاهد 2 حمله تروریستی بوده است، گفت که یکی از آن‌ها در سفارت اسرائیل در سال 1992 اتفاق افتاد",
     D(2014, 9, 29), [("24 سپتامبر", "1393-07-02", False)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CHECKED_CASES)
def test_a_year_that_is_not_the_dates_is_not_taken(text: str, published: dt.date | None,
                                                   expected: list) -> None:
    assert expected == resolved(text, published)
