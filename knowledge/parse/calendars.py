"""The two calendars: Jalali ↔ Gregorian conversion, Persian month and weekday names, formats.

The only module that imports :mod:`jdatetime`: every Jalali/Gregorian conversion and
every Jalali month and weekday name comes from it (:mod:`knowledge.parse.dates` finds
dates in text, :mod:`knowledge.parse.date_filter` the range a question names). Nothing
reads the clock: every function takes the date it works on.
"""

from __future__ import annotations

import datetime as dt
import functools

import jdatetime

from knowledge.text import to_persian_digits

__all__ = ["MONTHS_FA", "WEEKDAYS_FA", "as_date", "day_label", "format_date", "from_jalali", "jalali_iso",
           "jalali_parts", "jalali_weekday", "to_jalali", "weekday_name"]

_J = jdatetime.date
_ZWNJ = "\u200c"

MONTHS_FA: tuple[str, ...] = tuple(_J.j_months_fa)  # «فروردین» ... «اسفند»
# jdatetime writes «یک‌شنبه» with a half-space; the project spells Sunday «یکشنبه».
WEEKDAYS_FA = tuple(n.replace(_ZWNJ, "") if n.startswith("یک") else n for n in _J.j_weekdays_fa)


def as_date(day: dt.date) -> dt.date:
    """The day of a datetime; a date as it is."""
    return day.date() if isinstance(day, dt.datetime) else day


def _jalali(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Jalali date, or None when it does not exist."""
    try:
        return _J(year, month, day).togregorian()
    except (ValueError, OverflowError):
        return None


def to_jalali(day: dt.date) -> jdatetime.date:
    """The day in the Jalali calendar (a jdatetime date: .year, .month, .day)."""
    return _J.fromgregorian(date=as_date(day))


def jalali_weekday(day: dt.date) -> int:
    """0 = Saturday ... 6 = Friday, as jdatetime counts."""
    return to_jalali(day).weekday()


def jalali_iso(d: dt.date) -> str:
    """The Jalali date as 'YYYY-MM-DD': 2025-11-08 → '1404-08-17'."""
    j = to_jalali(d)
    return f"{j.year:04d}-{j.month:02d}-{j.day:02d}"


def from_jalali(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Jalali date, or None when it does not exist."""
    return _jalali(year, month, day)


@functools.lru_cache(maxsize=4096)
def jalali_parts(d: dt.date) -> tuple[int, int, int, int]:
    """(year, month, day, weekday) of a date in the Jalali calendar; weekday 0 = Saturday
    (kept: every question asks it of today, and jdatetime reads the locale on each call)."""
    j = to_jalali(d)
    return j.year, j.month, j.day, j.weekday()


def weekday_name(d: dt.date) -> str:
    """The Persian weekday name: 'شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه' ... 'جمعه'."""
    return WEEKDAYS_FA[jalali_weekday(d)]


def _day_label(d: dt.date) -> str:
    j = to_jalali(d)
    return to_persian_digits(f"{j.day} {MONTHS_FA[j.month - 1]} {j.year}")


def day_label(d: dt.date) -> str:
    """'۱۷ آبان ۱۴۰۴': the Jalali date alone, in Persian digits (a citation's date)."""
    return _day_label(as_date(d))


def format_date(d: dt.date) -> str:
    """'شنبه ۱۷ آبان ۱۴۰۴ (2025-11-08)': Jalali in Persian digits, ISO Gregorian after."""
    d = as_date(d)
    return f"{weekday_name(d)} {_day_label(d)} ({d.isoformat()})"
