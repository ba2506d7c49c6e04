"""The time window a question names, resolved against the injected ``today`` in the
Jalali calendar.

:func:`knowledge.parse.date_filter.find_date_filter` reads days («دیروز», «۱۷ آبان»), months with
a year or «ماه» («آبان ۱۴۰۴», «دی‌ماه») and years («امسال», «سال ۲۰۲۵»). This module adds
what readers ask about the archive with: a week («این هفته», «هفته گذشته»; a week starts on
Saturday), a month («ماه گذشته», «در آبان»), «N روز/هفته/ماه/سال پیش», the recent past
(«اخیراً»), a season («پاییز ۱۴۰۴»), a bare year («در ۱۴۰۳») and a range of months («از مهر
تا آذر»). The Jalali year turns on 1 Farvardin (Nowruz), so «پارسال» asked in Farvardin is
the year that ended days ago.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from .. import text
from ..parse import calendars, date_filter
from ..parse.date_filter import DateRange

_DAY = dt.timedelta(days=1)
RECENT_DAYS = 30  # «اخیراً», «به تازگی», «این روزها»
_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
_MONTH_NUM = {text.search_form(m): i for i, m in enumerate(_MONTHS, 1)}
_SEASONS = {"بهار": 1, "تابستان": 4, "پاییز": 7, "پائیز": 7, "زمستان": 10}
_SEASON_NUM = {text.search_form(s): m for s, m in _SEASONS.items()}
_SEASON_NAME = {1: "بهار", 4: "تابستان", 7: "پاییز", 10: "زمستان"}
_NUMBERS = {"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10}
_REL_YEARS = {"امسال": 0, "سال جاری": 0, "پارسال": -1, "سال گذشته": -1, "سال قبل": -1, "سال پیش": -1}

_M = "(?:" + "|".join(sorted(_MONTH_NUM, key=len, reverse=True)) + ")"
_Y = r"(?:1[34]\d\d)"
_N = "(?:" + "|".join(_NUMBERS) + r"|\d{1,2})"
_RANGE = re.compile(rf"(?:^| )(?:از )?(?P<m1>{_M})(?: ماه)?(?: (?P<y1>{_Y}))? (?:تا|الی) (?P<m2>{_M})(?: ماه)?"
                    rf"(?: (?P<y2>{_Y}))?(?= |$)")
_SEASON = re.compile(rf"(?:^| )(?P<in>در |طی )?(?P<s>{'|'.join(_SEASON_NUM)})(?: (?P<y>{_Y})"
                     rf"| (?P<ry>{'|'.join(_REL_YEARS)})| (?P<prev>گذشته|قبل|پیش))?(?= |$)")
_AGO = re.compile(rf"(?:^| )(?P<n>{_N}) (?P<unit>روز|هفته|ماه|سال)(?: (?P<how>پیش|قبل|گذشته|اخیر))(?= |$)")
_WEEK = re.compile(r"(?:^| )(?:(?P<this>این هفته|هفته جاری)|هفته (?:گذشته|پیش|قبل))(?= |$)")
_MONTH_REL = re.compile(r"(?:^| )(?:(?P<this>این ماه|ماه جاری)|ماه (?:گذشته|پیش|قبل))(?= |$)")
_RECENT = re.compile(r"(?:^| )(?:اخیرا|به تازگی|این روزها|روزهای اخیر|این اواخر)(?= |$)")
_MONTH_ALONE = re.compile(rf"(?:^| )(?:در|طی) (?P<m>{_M})(?= |$)")
# «در ۱۴۰۳» is a year only before the question's end or a question/function word: «در ۱۴۰۰
# روستا» counts villages.
_BARE_YEAR = re.compile(r"(?:^| )(?:در|طی) (?P<y>1[34]\d\d|(?:19|20)\d\d)"
                        r"(?= (?:چه|چی|چند|کجا|کی|درباره|در|از|به|را|با|برای|گفت|گفته)(?= |$)|$)")


def _month(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last day of a Jalali month (month may run past 12 or below 1)."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    nxt_year, nxt = (year + 1, 1) if month == 12 else (year, month + 1)
    first, after = calendars.from_jalali(year, month, 1), calendars.from_jalali(nxt_year, nxt, 1)
    assert first and after
    return first, after - _DAY


def _year(year: int) -> tuple[dt.date, dt.date]:
    if year >= 1700:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return _month(year, 1)[0], _month(year, 12)[1]


def _fa(n: int) -> str:
    return text.to_persian_digits(str(n))


def _latest(start_of: Callable[[int], dt.date], today: dt.date) -> int:
    """The latest Jalali year whose ``start_of(year)`` is not after today."""
    year = calendars.jalali_parts(today)[0]
    return year if start_of(year) <= today else year - 1


def report_year(raw: str, window: DateRange | None) -> bool:
    """«امسال» is as often the year of the report asked about as ours: no «outside» note."""
    return window is not None and window.label.startswith("سال") and bool(
        set(text.search_form(raw).split()) & {"امسال", "جاری"})


def find_window(raw: str, *, today: dt.date) -> tuple[DateRange | None, frozenset[str]]:
    """(window, the search-form words that named it) of a question, or (None, ∅)."""
    s = " ".join(text.search_form(raw).split())
    found = _find(s, raw, today)
    if found is None:
        return None, frozenset()
    window, span = found
    return window, frozenset(text.search_form(span).split()) - {"در", "از", "تا", "طی", "الی"}


def _find(s: str, raw: str, today: dt.date) -> tuple[DateRange, str] | None:
    year_now, month_now, _, weekday = calendars.jalali_parts(today)
    if m := _RANGE.search(s):  # «از مهر تا آذر»: both months whole
        m1, m2 = _MONTH_NUM[m["m1"]], _MONTH_NUM[m["m2"]]
        y2 = int(m["y2"]) if m["y2"] else _latest(lambda y: _month(y, m2)[0], today)
        y1 = int(m["y1"]) if m["y1"] else (y2 if m1 <= m2 else y2 - 1)
        label = f"{_MONTHS[m1 - 1]} {_fa(y1)} تا {_MONTHS[m2 - 1]} {_fa(y2)}" if y1 != y2 else \
            f"{_MONTHS[m1 - 1]} تا {_MONTHS[m2 - 1]} {_fa(y2)}"
        return DateRange(_month(y1, m1)[0], _month(y2, m2)[1], label), m[0]
    if (m := _SEASON.search(s)) and (m["in"] or m["y"] or m["ry"] or m["prev"]):
        first = _SEASON_NUM[m["s"]]
        if m["y"]:
            year = int(m["y"])
        elif m["ry"]:
            year = year_now + _REL_YEARS[m["ry"]]
        else:  # the latest such season that has begun (ended, for «پاییز گذشته»)
            year = _latest(lambda y: _month(y, first)[0], today)
            if m["prev"] and _month(year, first + 2)[1] >= today:
                year -= 1
        return DateRange(_month(year, first)[0], _month(year, first + 2)[1],
                         f"{_SEASON_NAME[first]} {_fa(year)}"), m[0]
    if m := _AGO.search(s):
        return _ago(m, today, year_now, month_now, weekday), m[0]
    if found := date_filter.find_date_filter(raw, today=today):
        return found, found.label
    if m := _WEEK.search(s):
        saturday = today - weekday * _DAY
        if not m["this"]:
            saturday -= 7 * _DAY
        return DateRange(saturday, saturday + 6 * _DAY, "این هفته" if m["this"] else "هفته گذشته"), m[0]
    if m := _MONTH_REL.search(s):
        month = month_now if m["this"] else month_now - 1
        first, last = _month(year_now, month)
        y, mo, _, _ = calendars.jalali_parts(first)
        return DateRange(first, last, f"{_MONTHS[mo - 1]} {_fa(y)}"), m[0]
    if m := _RECENT.search(s):
        return DateRange(today - (RECENT_DAYS - 1) * _DAY, today, "روزهای اخیر"), m[0]
    if m := _MONTH_ALONE.search(s):
        month = _MONTH_NUM[m["m"]]
        year = _latest(lambda y: _month(y, month)[0], today)
        first, last = _month(year, month)
        return DateRange(first, last, f"{_MONTHS[month - 1]} {_fa(year)}"), m[0]
    if m := _BARE_YEAR.search(s):
        year = int(m["y"])
        first, last = _year(year)
        return DateRange(first, last, f"سال {_fa(year)}"), m[0]
    return None


def _ago(m: re.Match[str], today: dt.date, year_now: int, month_now: int, weekday: int) -> DateRange:
    """«دو ماه پیش»: that month; «دو ماه گذشته/اخیر»: the last two months up to today."""
    n = _NUMBERS.get(m["n"]) or int(m["n"])
    unit, ago = m["unit"], m["how"] in ("پیش", "قبل")
    words = f"{m['n'] if m['n'] in _NUMBERS else _fa(n)} {unit}"
    if not ago:  # the last N units, today included (a month counted as 30 days, a year as 365)
        days = {"روز": 1, "هفته": 7, "ماه": 30, "سال": 365}[unit] * n
        return DateRange(today - (days - 1) * _DAY, today, f"{words} اخیر")
    if unit == "روز":
        day = today - n * _DAY
        return DateRange(day, day, f"{words} پیش")
    if unit == "هفته":
        saturday = today - (weekday + 7 * n) * _DAY
        return DateRange(saturday, saturday + 6 * _DAY, f"{words} پیش")
    if unit == "ماه":
        first, last = _month(year_now, month_now - n)
        return DateRange(first, last, f"{words} پیش")
    first, last = _year(year_now - n)
    return DateRange(first, last, f"سال {_fa(year_now - n)}")
