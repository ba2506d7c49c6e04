"""Tests for knowledge.parse.dates, .date_filter and .calendars: finding, resolving and formatting
Persian dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.parse.calendars import format_date, jalali_iso, weekday_name
from knowledge.parse.date_filter import DateRange, find_date_filter
from knowledge.parse.dates import find_dates, parse_iso
from knowledge.text import to_persian_digits

D = dt.date
SAT = D(2025, 11, 8)  # شنبه ۱۷ آبان ۱۴۰۴, publication date of seed 000
WED = D(2025, 11, 12)  # چهارشنبه ۲۱ آبان ۱۴۰۴
ESF = D(2026, 3, 11)  # چهارشنبه ۲۰ اسفند ۱۴۰۴, late in the Jalali year


def summary(text: str, published: dt.date | None) -> list[tuple[str, str, str, str]]:
    """(raw, gregorian, jalali, flags) per mention; flags: y=has_year r=relative c=conflict."""
    out = []
    for m in find_dates(text, published=published):
        assert m.raw == text[m.start:m.end]
        flags = "y" * m.has_year + "r" * m.relative + "c" * m.weekday_conflict
        out.append((m.raw, m.date.isoformat(), m.jalali, flags))
    return out


FIND_CASES = [
    # --- seeds
    ("محمدعلی طالبی، روز شنبه ۱۷ آبان در جلسه شورای فضای مجازی", SAT,  # seed 000: year inferred
     [("روز شنبه ۱۷ آبان", "2025-11-08", "1404-08-17", "")]),
    ("روز یکشنبه مورخه 22 اسفند ماه 1400، در دانشگاه علوم پزشکی تبریز", SAT,  # seed 001
     [("روز یکشنبه مورخه 22 اسفند ماه 1400", "2022-03-13", "1400-12-22", "y")]),
    ("روز یکشنبه مورخه 22 اسفند ماه 1400", None,  # explicit year needs no publication date
     [("روز یکشنبه مورخه 22 اسفند ماه 1400", "2022-03-13", "1400-12-22", "y")]),
    # --- Jalali day + month (+ year), digit scripts, Arabic letters, half-spaces
    ("در ۱۷ آبان ۱۴۰۴ برگزار شد", None, [("۱۷ آبان ۱۴۰۴", "2025-11-08", "1404-08-17", "y")]),
    ("در ١٧ آبان ١٤٠٤ برگزار شد", None,  # Arabic-Indic digits
     [("١٧ آبان ١٤٠٤", "2025-11-08", "1404-08-17", "y")]),
    ("روز يكشنبه ۲۲ اسفند ۱۴۰۰", None,  # Arabic ي and ك in the weekday
     [("روز يكشنبه ۲۲ اسفند ۱۴۰۰", "2022-03-13", "1400-12-22", "y")]),
    ("مورخ ۳ دی ۱۴۰۲ ابلاغ شد", None, [("مورخ ۳ دی ۱۴۰۲", "2023-12-24", "1402-10-03", "y")]),
    ("۱۰ دیماه ۱۴۰۳", None, [("۱۰ دیماه ۱۴۰۳", "2024-12-30", "1403-10-10", "y")]),  # no gap
    ("۱۰ دی‌ماه ۱۴۰۳", None, [("۱۰ دی‌ماه ۱۴۰۳", "2024-12-30", "1403-10-10", "y")]),  # ZWNJ
    ("۱۰ دی ماه سال ۱۴۰۳", None,  # space, and «سال» before the year
     [("۱۰ دی ماه سال ۱۴۰۳", "2024-12-30", "1403-10-10", "y")]),
    ("۱۷ آبان‌ماه سال جاری", SAT,  # «سال جاری» is the publication year
     [("۱۷ آبان‌ماه سال جاری", "2025-11-08", "1404-08-17", "")]),
    ("۵ مرداد سال گذشته", SAT, [("۵ مرداد سال گذشته", "2024-07-26", "1403-05-05", "")]),
    ("از اول مهر", SAT, [("اول مهر", "2025-09-23", "1404-07-01", "")]),  # ordinal word
    ("بیست و دوم بهمن", SAT,  # 22 Bahman 1404 is > 60 days ahead: the previous year
     [("بیست و دوم بهمن", "2025-02-10", "1403-11-22", "")]),
    ("۲۰ آذر", SAT, [("۲۰ آذر", "2025-12-11", "1404-09-20", "")]),  # 33 days ahead: this year
    ("۱۷ دی", SAT, [("۱۷ دی", "2026-01-07", "1404-10-17", "")]),  # exactly 60 days ahead: still this year
    ("۱۸ دی", SAT, [("۱۸ دی", "2025-01-07", "1403-10-18", "")]),  # 61 days ahead: the previous year
    ("۵ فروردین", ESF, [("۵ فروردین", "2026-03-25", "1405-01-05", "")]),  # Nowruz ahead
    ("۱۷ آبان", None, []),  # no year and no publication date: unresolvable
    ("۱۷ آبان ۲۰۲۵", SAT, [("۱۷ آبان", "2025-11-08", "1404-08-17", "")]),  # not a Jalali year
    # --- weekdays before a date
    ("یکشنبه، ۲۲ اسفند", SAT,  # 22 Esfand 1403 was a Wednesday: the date wins
     [("یکشنبه، ۲۲ اسفند", "2025-03-12", "1403-12-22", "c")]),
    ("یک‌شنبه ۱۸ آبان", SAT, [("یک‌شنبه ۱۸ آبان", "2025-11-09", "1404-08-18", "")]),
    ("یک شنبه ۱۸ آبان", SAT, [("یک شنبه ۱۸ آبان", "2025-11-09", "1404-08-18", "")]),
    ("سه‌شنبه ۲۰ آبان ۱۴۰۴", None, [("سه‌شنبه ۲۰ آبان ۱۴۰۴", "2025-11-11", "1404-08-20", "y")]),
    ("پنجشنبه ۲۲ آبان ۱۴۰۴", None, [("پنجشنبه ۲۲ آبان ۱۴۰۴", "2025-11-13", "1404-08-22", "y")]),
    ("صبح روز جمعه ۱۶ آبان", SAT, [("صبح روز جمعه ۱۶ آبان", "2025-11-07", "1404-08-16", "")]),
    # --- numeric dates
    ("1404/08/17", None, [("1404/08/17", "2025-11-08", "1404-08-17", "y")]),
    ("تاریخ ۱۴۰۴/۸/۱۷", None, [("۱۴۰۴/۸/۱۷", "2025-11-08", "1404-08-17", "y")]),
    ("1404-08-17", None, [("1404-08-17", "2025-11-08", "1404-08-17", "y")]),
    ("date 2025-11-08 پخش زنده", None, [("2025-11-08", "2025-11-08", "1404-08-17", "y")]),
    ("2025/11/08", None, [("2025/11/08", "2025-11-08", "1404-08-17", "y")]),
    ("۲۰۲۵ - ۱۱ - ۰۸", None,  # hazm's normaliser puts spaces around «-»
     [("۲۰۲۵ - ۱۱ - ۰۸", "2025-11-08", "1404-08-17", "y")]),
    ("۱۷/۰۸/۱۴۰۴", None, [("۱۷/۰۸/۱۴۰۴", "2025-11-08", "1404-08-17", "y")]),  # day first
    # --- Gregorian month names
    ("۸ نوامبر ۲۰۲۵", None, [("۸ نوامبر ۲۰۲۵", "2025-11-08", "1404-08-17", "y")]),
    ("۸ نوامبر", SAT, [("۸ نوامبر", "2025-11-08", "1404-08-17", "")]),
    ("۵ می ۲۰۲۵", None, [("۵ می ۲۰۲۵", "2025-05-05", "1404-02-15", "y")]),
    ("۵ می", SAT, []),  # «می» without a year is more likely the verb prefix
    # --- impossible dates are skipped
    ("۳۰ اسفند ۱۴۰۴", None, []),  # 1404 is not a leap year
    ("۳۰ اسفند ۱۴۰۳", None, [("۳۰ اسفند ۱۴۰۳", "2025-03-20", "1403-12-30", "y")]),  # leap
    ("2025-13-45", None, []),
    ("۳۲ آبان", SAT, []),
    ("۸ نوامبر ۰۰۰۱ و 9999-12-31", SAT, []),  # outside what both calendars can convert
    ("روز شنبه ۳۰ اسفند ۱۴۰۴", SAT, []),  # the weekday of a bad date is not a bare weekday
    # --- relative days
    ("امروز", SAT, [("امروز", "2025-11-08", "1404-08-17", "r")]),
    ("صبح امروز", SAT, [("صبح امروز", "2025-11-08", "1404-08-17", "r")]),
    ("عصر دیروز", SAT, [("عصر دیروز", "2025-11-07", "1404-08-16", "r")]),
    ("روز گذشته", SAT, [("روز گذشته", "2025-11-07", "1404-08-16", "r")]),
    ("پریروز", SAT, [("پریروز", "2025-11-06", "1404-08-15", "r")]),
    ("فردا", SAT, [("فردا", "2025-11-09", "1404-08-18", "r")]),
    ("پس‌فردا", SAT, [("پس‌فردا", "2025-11-10", "1404-08-19", "r")]),
    ("امشب", SAT, [("امشب", "2025-11-08", "1404-08-17", "r")]),
    ("دیشب", SAT, [("دیشب", "2025-11-07", "1404-08-16", "r")]),
    ("امروز شنبه", SAT, [("امروز شنبه", "2025-11-08", "1404-08-17", "r")]),
    ("امروز یکشنبه", SAT, [("امروز یکشنبه", "2025-11-08", "1404-08-17", "rc")]),  # wrong day
    ("دیروز", None, []),  # nothing to resolve against
    # --- bare weekdays: the latest on or before publication
    ("روز شنبه", SAT, [("روز شنبه", "2025-11-08", "1404-08-17", "r")]),  # the same day
    ("روز شنبه", WED, [("روز شنبه", "2025-11-08", "1404-08-17", "r")]),
    ("روز چهارشنبه", SAT, [("روز چهارشنبه", "2025-11-05", "1404-08-14", "r")]),
    ("شنبه گذشته", WED, [("شنبه گذشته", "2025-11-08", "1404-08-17", "r")]),
    ("شنبه گذشته", SAT, [("شنبه گذشته", "2025-11-01", "1404-08-10", "r")]),  # strictly before
    ("شنبه آینده", SAT, [("شنبه آینده", "2025-11-15", "1404-08-24", "r")]),  # strictly after: not today
    ("یکشنبه آینده", SAT, [("یکشنبه آینده", "2025-11-09", "1404-08-18", "r")]),  # the next day
    ("سه‌شنبه هفته جاری", WED, [("سه‌شنبه هفته جاری", "2025-11-11", "1404-08-20", "r")]),
    ("سه‌شنبه هفته جاری", SAT,  # this (Saturday-first) week, even if still ahead
     [("سه‌شنبه هفته جاری", "2025-11-11", "1404-08-20", "r")]),
    ("سه شنبه هفته گذشته", WED, [("سه شنبه هفته گذشته", "2025-11-04", "1404-08-13", "r")]),
    # --- false positives
    ("هفته گذشته و سال گذشته جلسه‌ای نبود", SAT, []),
    ("این روز برای همه مهم است", SAT, []),  # «روز» alone
    ("۱۷ نفر در این حادثه مصدوم شدند", SAT, []),
    ("مهر تایید بر این طرح زد و دی وی دی را دید", SAT, []),  # «مهر», «دی» as words
    ("ویتامین دی ۱۰۰۰ واحد", SAT, []),
    ("امروزه فضای مجازی و فردای آن روز", SAT, []),  # «امروزه», «فردای»
    ("جلسات شنبه‌ها برگزار می‌شود", SAT, []),  # habitual, not a date
    ("در ۲۰ روز گذشته و چند روز گذشته", SAT, []),  # «the past N days»
    ("نیمه اول آبان", SAT, []),  # «اول» is not the day here
    ("۱۲۳۴۵ آبان", SAT, []),  # the digits belong to a longer number
    ("امام جمعه اردبیل در خطبه‌های نماز جمعه", SAT, []),  # an institution, not Friday
    ("روز جمعه", SAT, [("روز جمعه", "2025-11-07", "1404-08-16", "r")]),  # but this is Friday
    # --- lists and ranges of days share the month of the date that follows
    ("روزهای ۲۶ و ۲۷ آذر برابر با ۱۷ و ۱۸ دسامبر ۲۰۲۵", SAT,
     [("۲۶", "2025-12-17", "1404-09-26", ""), ("۲۷ آذر", "2025-12-18", "1404-09-27", ""),
      ("۱۷", "2025-12-17", "1404-09-26", "y"), ("۱۸ دسامبر ۲۰۲۵", "2025-12-18", "1404-09-27", "y")]),
    ("از اول تا پنجم دی ماه", D(2025, 12, 21),
     [("اول", "2025-12-22", "1404-10-01", ""), ("پنجم دی ماه", "2025-12-26", "1404-10-05", "")]),
    ("۱۵، ۱۶ و ۱۷ آبان ۱۴۰۴", None,
     [("۱۵", "2025-11-06", "1404-08-15", "y"), ("۱۶", "2025-11-07", "1404-08-16", "y"),
      ("۱۷ آبان ۱۴۰۴", "2025-11-08", "1404-08-17", "y")]),
    ("۲۸ تا ۲ آبان", SAT, [("۲ آبان", "2025-10-24", "1404-08-02", "")]),  # not ascending
    # --- more agency copy
    ("مدارس فردا سه‌شنبه غیرحضوری است", D(2026, 1, 12),
     [("فردا سه‌شنبه", "2026-01-13", "1404-10-23", "r")]),
    ("روز چهارشنبه مورخ ۱۴۰۴/۰۴/۱۸ از اسکله", None,
     [("روز چهارشنبه مورخ ۱۴۰۴/۰۴/۱۸", "2025-07-09", "1404-04-18", "y")]),
    ("روز شنبه 12 مهر 1404 (4 اکتبر 2025)", None,
     [("روز شنبه 12 مهر 1404", "2025-10-04", "1404-07-12", "y"),
      ("4 اکتبر 2025", "2025-10-04", "1404-07-12", "y")]),
    # --- edges the mutation run (issue 17) showed no case held
    ("۹۹/۲/۱۸", None, [("۹۹/۲/۱۸", "2020-05-07", "1399-02-18", "y")]),  # a two-digit year is a year
    ("۱۹ مهر ماه ۹۶", D(2017, 10, 20), [("۱۹ مهر ماه ۹۶", "2017-10-11", "1396-07-19", "y")]),  # so here
    ("نامه مورخ ۰۲/۰۵/۱۰", D(2024, 6, 1),  # 1402, not 1302: the latest year not after publication
     [("مورخ ۰۲/۰۵/۱۰", "2023-08-01", "1402-05-10", "y")]),
    ("۴۴/۱۱/۲۲ و ۴۳/۱۱/۲۲", SAT,  # published 1404: 1344 is 60 years back, 1343 one too many
     [("۴۴/۱۱/۲۲", "1966-02-11", "1344-11-22", "y")]),
    ("۲۱/۰۱/۰۱", None, []),  # no publication date: 1421 is too late (after 1420) and 1321 too early
    ("۱۳۰۰/۰۱/۰۱ و ۱۵۰۰/۱۲/۲۹ و ۱۵۰۱/۰۱/۰۱", None,  # numeric Jalali years run 1300 to 1500
     [("۱۳۰۰/۰۱/۰۱", "1921-03-21", "1300-01-01", "y"), ("۱۵۰۰/۱۲/۲۹", "2122-03-20", "1500-12-29", "y")]),
    ("1900-03-01", None, [("1900-03-01", "1900-03-01", "1278-12-10", "y")]),  # the first Gregorian year read
    ("08/11/2025", None, []),  # day/month/year only for Jalali years: 8 Nov or 11 Aug is a guess
    ("۱ فروردین ۱۲۰۰", None, [("۱ فروردین ۱۲۰۰", "1821-03-21", "1200-01-01", "y")]),  # the earliest Jalali year
    ("۱۷ آبان ۱۶۰۰", SAT, [("۱۷ آبان", "2025-11-08", "1404-08-17", "")]),  # 1600 is no Jalali year: inferred
    ("۱ ژانویه ۰۷۰۰ و ۳۱ دسامبر ۹۰۰۰", None,  # the edges of what both calendars convert ...
     [("۱ ژانویه ۰۷۰۰", "0700-01-01", "0078-10-11", "y"), ("۳۱ دسامبر ۹۰۰۰", "9000-12-31", "8379-10-11", "y")]),
    ("۳۱ دسامبر ۰۶۹۹ و ۱ ژانویه ۹۰۰۱", None, []),  # ... and one day outside each
    ("سه‌شنبه هفته آینده", SAT, [("سه‌شنبه هفته آینده", "2025-11-18", "1404-08-27", "r")]),  # next week's
    ("دوشنبه آینده", WED, [("دوشنبه آینده", "2025-11-17", "1404-08-26", "r")]),  # the coming Monday
    ("متن خطبه‌های جمعه منتشر شد", SAT, []),  # «خطبه‌های جمعه»: the sermons, not a Friday
    ("امام جمعه اردبیل روز شنبه گفت", WED,  # a later weekday still counts after «امام جمعه»
     [("روز شنبه", "2025-11-08", "1404-08-17", "r")]),
    ("در چند شب گذشته", SAT, []),  # «the past few nights», not last night
    ("طی چند روز گذشته باران آمد و دیروز هم", SAT,  # «yesterday» after «the past few days»
     [("دیروز", "2025-11-07", "1404-08-16", "r")]),
    ("نشست روز شنبه ۱۷ آبان برگزار شد و دیروز نیز ادامه یافت", D(2025, 11, 10),
     [("روز شنبه ۱۷ آبان", "2025-11-08", "1404-08-17", ""), ("دیروز", "2025-11-09", "1404-08-18", "r")]),
    ("روزهای ۵ و ۵ آذر", SAT, [("۵ آذر", "2025-11-26", "1404-09-05", "")]),  # a repeated day is one mention
    ("از ۱۰ آبان ۱۴۰۴ تا ۱۰ آبان", SAT,  # a range ending on its first day is that day, not a year later
     [("۱۰ آبان ۱۴۰۴", "2025-11-01", "1404-08-10", "y"), ("۱۰ آبان", "2025-11-01", "1404-08-10", "")]),
    ("2025-11-08 و 9 نوامبر", SAT,  # «08» ends the first date: no list day of the second
     [("2025-11-08", "2025-11-08", "1404-08-17", "y"), ("9 نوامبر", "2025-11-09", "1404-08-18", "")]),
    ("نیمه اول و دوم آبان و نیز ۲۰ آذر", SAT,  # the two halves of Aban, not 2 Aban (was read as
     [("۲۰ آذر", "2025-12-11", "1404-09-20", "")]),  # 2 Aban); a later date is still read
    ("دهه اول و ۱۷ آبان", SAT, [("۱۷ آبان", "2025-11-08", "1404-08-17", "")]),  # a digit day is a day
    ("دهه اول و دوم بهمن", SAT, []),  # the first two ten-day spans of Bahman
    ("\u200fجلسه ۱۷ آبان ۱۴۰۴ ﻻزم است", None,  # a dropped bidi mark and a ligature folded to two letters
     [("۱۷ آبان ۱۴۰۴", "2025-11-08", "1404-08-17", "y")]),
    # --- several mentions, in order, with offsets into the text
    ("دیروز گفت که ۱۷ آبان ۱۴۰۴ و 2025-11-09 مهم است", SAT,
     [("دیروز", "2025-11-07", "1404-08-16", "r"),
      ("۱۷ آبان ۱۴۰۴", "2025-11-08", "1404-08-17", "y"),
      ("2025-11-09", "2025-11-09", "1404-08-18", "y")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), FIND_CASES)
def test_find_dates(text: str, published: dt.date | None, expected: list) -> None:
    assert expected == summary(text, published)


def test_seed_000_mention_fields() -> None:
    text = "محمدعلی طالبی، روز شنبه ۱۷ آبان در جلسه"
    [m] = find_dates(text, published=SAT)
    assert (15, 31) == (m.start, m.end)
    assert "شنبه" == m.weekday
    assert (False, False, False) == (m.has_year, m.relative, m.weekday_conflict)
    assert m.sentence is None


def test_seed_001_weekday() -> None:
    [m] = find_dates("روز یکشنبه مورخه 22 اسفند ماه 1400", published=None)
    assert "یکشنبه" == m.weekday
    assert not m.weekday_conflict


def test_offsets_survive_dropped_marks() -> None:
    text = "\u200fخبر: ۱۷ آبانَ ۱۴۰۴"  # a bidi mark and a fatha are dropped by fold()
    [m] = find_dates(text, published=None)
    assert "۱۷ آبانَ ۱۴۰۴" == m.raw
    assert m.raw == text[m.start:m.end]


def test_datetime_publication_is_accepted() -> None:
    [m] = find_dates("دیروز", published=dt.datetime(2025, 11, 8, 10, 30))
    assert D(2025, 11, 7) == m.date


@pytest.mark.parametrize(("day", "expected"), [
    (D(2025, 11, 8), "1404-08-17"),
    (D(2022, 3, 13), "1400-12-22"),
    (D(2025, 3, 21), "1404-01-01"),  # Nowruz
    (D(2025, 3, 20), "1403-12-30"),  # last day of a leap year
])
def test_jalali_iso(day: dt.date, expected: str) -> None:
    assert expected == jalali_iso(day)


def test_weekday_names_for_a_whole_week() -> None:
    expected = ["شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنج‌شنبه", "جمعه"]
    assert expected == [weekday_name(SAT + dt.timedelta(days=i)) for i in range(7)]


@pytest.mark.parametrize(("day", "expected"), [
    (D(2025, 11, 8), "شنبه ۱۷ آبان ۱۴۰۴ (2025-11-08)"),
    (D(2022, 3, 13), "یکشنبه ۲۲ اسفند ۱۴۰۰ (2022-03-13)"),
    (D(2023, 12, 24), "یکشنبه ۳ دی ۱۴۰۲ (2023-12-24)"),  # the day is not zero-padded
])
def test_format_date(day: dt.date, expected: str) -> None:
    assert expected == format_date(day)


@pytest.mark.parametrize(("text", "expected"), [
    ("date 2025-11-08", D(2025, 11, 8)),  # seed 000 dateline
    ("2025/11/08", D(2025, 11, 8)),
    ("۱۴۰۴/۰۸/۱۷", D(2025, 11, 8)),  # Jalali: year below 1700
    ("۲۰۲۵ - ۱۱ - ۰۸", D(2025, 11, 8)),  # after hazm's normaliser
    ("1400-12-22", D(2022, 3, 13)),
    ("1700-01-01", D(1700, 1, 1)),  # 1700 is the first Gregorian year (1700 Jalali is 2321)
    ("2025-13-45", None),  # impossible
    ("1404/12/30", None),  # 1404 has no 30 Esfand
    ("0000-00-00", None),
    ("بدون تاریخ", None),
    ("", None),
])
def test_parse_iso(text: str, expected: dt.date | None) -> None:
    assert expected == parse_iso(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("۱۷ آبان چه اتفاقی افتاد؟", DateRange(D(2025, 11, 8), D(2025, 11, 8), "۱۷ آبان ۱۴۰۴")),
    ("خبرهای آبان ۱۴۰۴", DateRange(D(2025, 10, 23), D(2025, 11, 21), "آبان ۱۴۰۴")),
    ("اسفند ۱۴۰۰ چه خبر بود", DateRange(D(2022, 2, 20), D(2022, 3, 20), "اسفند ۱۴۰۰")),
    ("در سال ۱۴۰۰", DateRange(D(2021, 3, 21), D(2022, 3, 20), "سال ۱۴۰۰")),
    ("در سال 2022", DateRange(D(2022, 1, 1), D(2022, 12, 31), "سال ۲۰۲۲")),  # Gregorian
    ("2022-03-13", DateRange(D(2022, 3, 13), D(2022, 3, 13), "۲۲ اسفند ۱۴۰۰")),
    ("دیروز چه شد؟", DateRange(D(2025, 11, 7), D(2025, 11, 7), "۱۶ آبان ۱۴۰۴")),
    ("امروز", DateRange(D(2025, 11, 8), D(2025, 11, 8), "۱۷ آبان ۱۴۰۴")),
    ("اخبار دی‌ماه", DateRange(D(2024, 12, 21), D(2025, 1, 19), "دی ۱۴۰۳")),  # latest begun
    ("امسال", DateRange(D(2025, 3, 21), D(2026, 3, 20), "سال ۱۴۰۴")),
    ("نوامبر ۲۰۲۵", DateRange(D(2025, 11, 1), D(2025, 11, 30), "نوامبر ۲۰۲۵")),
    ("از ۱ تا ۱۰ آبان ۱۴۰۴", DateRange(D(2025, 10, 23), D(2025, 11, 1),
                                       "۱ آبان ۱۴۰۴ تا ۱۰ آبان ۱۴۰۴")),  # a span of days
    ("از ۱ الی ۱۰ آبان ۱۴۰۴", DateRange(D(2025, 10, 23), D(2025, 11, 1),
                                        "۱ آبان ۱۴۰۴ تا ۱۰ آبان ۱۴۰۴")),  # «الی» as «تا»
    ("۱ - ۱۰ آبان ۱۴۰۴", DateRange(D(2025, 10, 23), D(2025, 11, 1),
                                   "۱ آبان ۱۴۰۴ تا ۱۰ آبان ۱۴۰۴")),  # and a dash
    ("اخبار مهر سال گذشته", DateRange(D(2024, 9, 22), D(2024, 10, 21), "مهر ۱۴۰۳")),  # asked in 1404
    ("آبان ۱۲۰۰", DateRange(D(1821, 10, 23), D(1821, 11, 21), "آبان ۱۲۰۰")),  # the earliest Jalali year read
    ("آبان ۱۶۰۰", None),  # not a Jalali year the bot reads
    ("دسامبر ۲۰۲۵", DateRange(D(2025, 12, 1), D(2025, 12, 31), "دسامبر ۲۰۲۵")),  # ends before January
    ("در سال ۱۷۰۰", DateRange(D(1700, 1, 1), D(1700, 12, 31), "سال ۱۷۰۰")),  # 1700 on is Gregorian
    ("سال ۹۰۰۰", None),  # the calendars stop within 9000: no half-open range
    ("استاندار کرمان چه گفت؟", None),
    ("مهر تایید چه کسی؟", None),  # «مهر» as a word
    ("۱۷ نفر", None),
])
def test_find_date_filter(text: str, expected: DateRange | None) -> None:
    assert expected == find_date_filter(text, today=SAT)


def test_a_month_named_on_its_first_day_has_begun() -> None:
    """«آذرماه» asked on 1 Azar 1404 is this Azar, which began today, not last year's."""
    assert DateRange(D(2025, 11, 22), D(2025, 12, 21), "آذر ۱۴۰۴") == find_date_filter(
        "اخبار آذرماه", today=D(2025, 11, 22))


def test_date_range_contains() -> None:
    aban = find_date_filter("آبان ۱۴۰۴", today=SAT)
    assert aban is not None
    assert SAT in aban
    assert D(2025, 10, 23) in aban  # 1 Aban, the first day
    assert D(2025, 11, 21) in aban  # 30 Aban, the last
    assert D(2025, 10, 22) not in aban
    assert D(2025, 11, 22) not in aban


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=D(1925, 1, 1), max_value=D(2120, 12, 31)))
def test_format_date_reads_back(day: dt.date) -> None:
    """What format_date writes, find_dates reads: the Jalali date and the ISO date."""
    mentions = find_dates(format_date(day), published=None)
    assert [day, day] == [m.date for m in mentions]
    assert not mentions[0].weekday_conflict
    assert day == parse_iso(to_persian_digits(jalali_iso(day).replace("-", "/")))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="۰۱۲۳۴۵۶۷۸۹17 /-،آبانمهردیروزشنبهیک‌سامفتاول", max_size=40))
def test_never_raises_and_offsets_hold(text: str) -> None:
    previous_end = 0
    for m in find_dates(text, published=SAT):
        assert m.raw == text[m.start:m.end]
        assert previous_end <= m.start < m.end
        previous_end = m.end


IN_DATE_CASES = [
    ("صبح روز دوشنبه 5 اذر رویداد استارتاپی", 4, True),  # day before the month: a date
    ("در پنجم بهمن نشست دیگری برگزار میشود", 2, True),  # an ordinal day
    ("نشست بهمن ماه برگزار میشود", 1, True),  # «ماه» after the month
    ("در مهر 1404 برگزار شد", 1, True),  # a year after it
    ("بهمن کیانی مدیرکل صنایع گفت", 0, False),  # the first name «بهمن»
    ("خانم اذر محمدی گفت", 1, False),  # the first name «آذر» after an honorific
    ("کیانی گفت", 0, False),  # not a month at all
    ("اذر منصوری گفت سهم زنان 30", 0, False),  # the first word: nothing before it (not the last word)
    ("5 اذر برگزار شد", 1, True),  # the second word, after a day
    ("نشست بهمن ماه", 1, True),  # «ماه» is the last word
    ("سخنرانی خانم اذر", 2, False),  # the month as the last word, nothing after it
]


@pytest.mark.parametrize("sentence, index, expected", IN_DATE_CASES)
def test_a_month_inside_a_date_is_not_a_first_name(sentence: str, index: int, expected: bool) -> None:
    from knowledge.parse.dates import in_date

    assert expected == in_date(sentence.split(), index)


def test_a_month_after_a_day_does_not_start_a_persons_name() -> None:
    from knowledge.parse import parse

    article = parse("رویداد استارتاپی در همدان برگزار شد\nصبح روز دوشنبه 5 آذر رویداد استارتاپی صنایع کوچک "
                    "در همدان برگزار شد. بهمن کیانی مدیرکل صنایع استان در این رویداد گفت: این رویداد فرصت خوبی است.",
                    today=D(2025, 11, 30))
    assert ["بهمن کیانی"] == [p.name for p in article.persons]
