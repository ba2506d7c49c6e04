"""The date range a question asks about, resolved against the injected ``today``.

A day or days (read by :func:`knowledge.parse.dates.find_dates`, the article reader, with
``today`` as the publication date), else a month, else a year. The patterns and word
tables are the date finder's, shared inside :mod:`knowledge.parse`; conversions are
:mod:`knowledge.parse.calendars`'. Nothing reads the clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from knowledge.text import fold, to_persian_digits

from .calendars import MONTHS_FA as _MONTHS_FA
from .calendars import as_date as _as_date
from .calendars import day_label as _day_label
from .calendars import from_jalali as _jalali
from .calendars import jalali_parts
from .calendars import to_jalali as _to_jalali
from .dates import (  # the date finder's tables and patterns
    _DAY, _FUTURE_WINDOW, _G_MONTH_NAME, _G_MONTH_NUM, _G_MONTH_YEAR, _MONTH_NUM, _MONTH_YEAR, _REL_YEAR, _YEAR,
    _compact, _gregorian, _infer_year, find_dates,
)

__all__ = ["DateRange", "find_date_filter"]


@dataclass(frozen=True)
class DateRange:
    """An inclusive range of Gregorian days named in a question; ``label`` is Persian."""

    start: dt.date
    end: dt.date
    label: str

    def __contains__(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


def _range(start: dt.date | None, after: dt.date | None, label: str) -> DateRange | None:
    return DateRange(start, after - _DAY, label) if start and after else None


def _jalali_month(year: int, month: int) -> DateRange | None:
    after = _jalali(year + 1, 1, 1) if month == 12 else _jalali(year, month + 1, 1)
    label = f"{_MONTHS_FA[month - 1]} {to_persian_digits(str(year))}"
    return _range(_jalali(year, month, 1), after, label)


def find_date_filter(text: str, *, today: dt.date) -> DateRange | None:
    """The date range a question asks about, or None when it names no date.

    A day («۱۷ آبان», «2022-03-13», «دیروز», «شنبه») or days («۱ تا ۱۰ آبان»), else
    a month («آبان ۱۴۰۴», «دی‌ماه», «نوامبر ۲۰۲۵»), else a year («سال ۱۴۰۰», «امسال»).
    A day or month without a year is the latest not more than 60 days after ``today``.
    """
    today = _as_date(today)
    if days := find_dates(text, published=today):
        first, last = days[0].date, days[0].date
        if len(days) > 1 and fold(text[days[0].end:days[1].start]).strip() in ("تا", "الی", "-"):
            last = max(first, days[1].date)  # «از ۱ تا ۱۰ آبان»
        label = _day_label(first) + (f" تا {_day_label(last)}" if last != first else "")
        return DateRange(first, last, label)
    folded = fold(text)
    this_year = jalali_parts(today)[0]
    for m in _MONTH_YEAR.finditer(folded):
        month = _MONTH_NUM[_compact(m["jm"])]
        if m["y"] and 1200 <= int(m["y"]) < 1600:
            return _jalali_month(int(m["y"]), month)
        if m["ry"]:
            return _jalali_month(this_year + _REL_YEAR[_compact(m["ry"])], month)
        if m["maah"]:  # «دی‌ماه» alone: the latest such month that has begun
            first = _infer_year(lambda y: _jalali(y, month, 1), this_year, today - _FUTURE_WINDOW)
            if first:
                return _jalali_month(_to_jalali(first).year, month)
    if m := _G_MONTH_YEAR.search(folded):
        month, year = _G_MONTH_NUM[_compact(m["gm"])], int(m["y"])
        label = f"{_G_MONTH_NAME[month]} {to_persian_digits(str(year))}"
        return _range(_gregorian(year, month, 1),
                      _gregorian(year + month // 12, month % 12 + 1, 1), label)
    if m := _YEAR.search(folded):
        year = int(m["y"]) if m["y"] else this_year + _REL_YEAR[_compact(m["ry"])]
        make = _jalali if year < 1700 else _gregorian
        label = f"سال {to_persian_digits(str(year))}"
        return _range(make(year, 1, 1), make(year + 1, 1, 1), label)
    return None
