"""Dates in Persian news text: find them and resolve them.

The regexes here locate dates in running text, written in either calendar or relative
(«دیروز», «روز شنبه»). Matching runs on :func:`knowledge.text.fold` of the text (Arabic
letters, digit scripts, diacritics and bidi marks folded), character by character with a
map back to the original offsets. Conversions and the month and weekday names are
:mod:`knowledge.parse.calendars`' (the only module that imports :mod:`jdatetime`); the
date range a question names is :mod:`knowledge.parse.date_filter`'s. Nothing reads the
clock: the publication date (articles) or today (questions) is always a parameter.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable

from knowledge.models import DateMention
from knowledge.text import fold

from .calendars import MONTHS_FA as _MONTHS_FA
from .calendars import WEEKDAYS_FA as _WEEKDAYS_FA
from .calendars import as_date as _as_date
from .calendars import from_jalali as _jalali
from .calendars import jalali_iso, weekday_name
from .calendars import jalali_weekday as _jweekday
from .calendars import to_jalali as _to_jalali

__all__ = ["find_dates", "in_date", "parse_iso"]

_ZWNJ = "\u200c"
_DAY = dt.timedelta(days=1)
# A date without a year may lie this far after publication (an announced event),
# a deadline or the end of a range («تا ۹ آذر», «مهلت ... ۹ آذر») up to a year.
_FUTURE_WINDOW = dt.timedelta(days=60)
_DEADLINE_WINDOW = dt.timedelta(days=330)
_UNTIL = frozenset({"تا", "الی", "مهلت", "پایان", "اخر", "آخر", "انتهای", "حداکثر", "تاریخ"})

_G_MONTHS = {  # Gregorian month names as written in Persian; «مه»/«می» need a year
    "ژانویه": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "مه": 5, "می": 5, "ژوئن": 6,
    "ژوئیه": 7, "جولای": 7, "اوت": 8, "آگوست": 8, "سپتامبر": 9, "اکتبر": 10,
    "نوامبر": 11, "دسامبر": 12,
}
_ORDINAL_WORDS = ("یکم دوم سوم چهارم پنجم ششم هفتم هشتم نهم دهم یازدهم دوازدهم سیزدهم "
                  "چهاردهم پانزدهم شانزدهم هفدهم هجدهم نوزدهم بیستم").split()
_CARDINAL_WORDS = "دو سه چهار پنج شش هفت هشت نه ده یازده دوازده سیزده چهارده پانزده شانزده هفده هجده نوزده بیست".split()
_ORDINALS = {w: i for i, w in enumerate(_ORDINAL_WORDS, 1)} | {
    w: i for i, w in enumerate(_CARDINAL_WORDS, 2)} | {  # «چهار فروردین»

    "اول": 1, "هیجدهم": 18, "سی ام": 30,
} | {f"{tens} و {w}": base + i for tens, base in (("بیست", 20), ("سی", 30))
     for i, w in enumerate(_ORDINAL_WORDS[:9], 1)}
_RELATIVE_DAYS = {  # offset from the reference date
    "امروز": 0, "امشب": 0, "دیروز": -1, "دیشب": -1, "روز گذشته": -1, "شب گذشته": -1,
    "پریروز": -2, "پریشب": -2, "فردا": 1, "پس فردا": 2,
}
_RELATIVE_YEARS = {
    "سال جاری": 0, "امسال": 0, "سال گذشته": -1, "سال قبل": -1, "سال پیش": -1,
    "پارسال": -1, "سال آینده": 1,
}
# After a bare weekday: which week it lies in.
_WEEK_QUALIFIERS = {
    "هفته گذشته": "prev_week", "هفته قبل": "prev_week", "هفته پیش": "prev_week",
    "هفته جاری": "this_week", "این هفته": "this_week", "جاری": "this_week",
    "هفته آینده": "next_week", "هفته بعد": "next_week",
    "گذشته": "before", "قبل": "before", "پیش": "before", "اخیر": "on_or_before",
    "آینده": "after", "بعد": "after",
}
_TIMES_OF_DAY = ("صبح", "ظهر", "بعد از ظهر", "عصر", "غروب", "شب", "بامداد", "نیمه شب")
# Words that make «روز گذشته» mean "the past N days" rather than "yesterday".
_QUANTITIES = frozenset("چند دو سه چهار پنج شش هفت هشت نه ده بیست سی".split())
# «نیمه اول آبان», «دهه دوم فجر»: an ordinal after these is not a day of the month.
_NOT_DAY_BEFORE_ORDINAL = frozenset({"نیمه", "دهه", "هفته", "فصل", "ماه", "ماهه"})


def _compact(s: str) -> str:
    """Folded, without spaces or half-spaces: the key for the word tables."""
    return re.sub(r"[\s\u200c]+", "", fold(s))


def _alt(phrases: Iterable[str]) -> str:
    """A regex alternation of folded phrases; spaces inside match any (or no) gap."""
    pats = {r"[\s\u200c]*".join(map(re.escape, re.split(r"[\s\u200c]+", fold(p).strip())))
            for p in phrases}
    return "(?:" + "|".join(sorted(pats, key=len, reverse=True)) + ")"


_MONTH_NUM = {_compact(n): i for i, n in enumerate(_MONTHS_FA, 1)}
_G_MONTH_NUM = {_compact(n): i for n, i in _G_MONTHS.items()}
_G_MONTH_NAME = {i: n for n, i in reversed(_G_MONTHS.items())}  # the first spelling
_ORDINAL_NUM = {_compact(n): v for n, v in _ORDINALS.items()}
_REL_DAY = {_compact(n): v for n, v in _RELATIVE_DAYS.items()}
_REL_YEAR = {_compact(n): v for n, v in _RELATIVE_YEARS.items()}
_WEEK_Q = {_compact(n): v for n, v in _WEEK_QUALIFIERS.items()}
_WEEKDAY_NUM = {_compact(n): i for i, n in enumerate(_WEEKDAYS_FA)}  # 0 = Saturday
# «نماز جمعه», «امام جمعه»: an institution, not a day.
_NOT_WEEKDAY_AFTER = frozenset(map(_compact, ("نماز", "امام", "ائمه", "خطیب", "خطبه", "خطبه‌های")))

_S = r"[\s\u200c]"  # a space or a half-space
_L = r"(?<![\w\u200c])"  # left word boundary (ZWNJ joins words)
_R = r"(?![\w\u200c])"  # right word boundary
# «یک‌شنبه», «یکشنبه», «یک شنبه» (and «دو شنبه» ...) are the same weekday
_WD = _L + _alt(n.replace("شنبه", " شنبه") for n in _WEEKDAYS_FA) + _R
_TOD = _alt(_TIMES_OF_DAY)
_JMONTH = _alt(_MONTHS_FA)
_RELYEAR = _alt(_RELATIVE_YEARS)
_MAAH = rf"(?P<maah>{_S}?ماه{_R})?{_R}"  # «آبان‌ماه», «دیماه», «دی ماه»


def _year_after(year: str, rel_year: str, short: str | None = None) -> str:
    """An optional year after a month name: «۱۴۰۴», «سال ۱۴۰۴», «سال جاری», «امسال», and
    (when ``short`` names a group) a two-digit year «مهر ماه ۹۶»."""
    two = rf"|{_S}+(?P<{short}>\d{{2}})(?![\d/.٫,،]|{_S}*(?:[-–]|تا|الی|و){_S}*\d)" if short else ""
    return (rf"(?:{_S}+(?:سال{_S}+)?(?P<{year}>\d{{4}})(?!\d)"
            rf"|{_S}+(?P<{rel_year}>{_RELYEAR}){_R}{two})?")


_FULL = re.compile(
    # optional «صبح روز شنبه،» / «یکشنبه» and «مورخ(ه)» before the date itself
    rf"(?:{_L}(?:{_TOD}{_S}+)?(?:روز{_S}+)?(?P<pwd>{_WD})\s*(?:[،,]\s*)?)?(?:{_L}مورخه?\s+)?"
    rf"(?:(?<![\d/.])(?P<ny>\d{{4}})\s*(?P<ns>[/\-.])\s*(?P<nm>\d{{1,2}})\s*(?P=ns)\s*"
    rf"(?P<nd>\d{{1,2}})(?!\d|[/\-.]\d)"  # 1404/08/17, 2025-11-08, 2025 - 11 - 08
    rf"|(?<![\d/.])(?P<rd>\d{{1,2}})(?P<rs>[/\-])(?P<rm>\d{{1,2}})(?P=rs)(?P<ry4>\d{{4}})(?!\d)"
    rf"|(?<![\d/.])(?P<sy>\d{{2}})/(?P<sm>\d{{1,2}})/(?P<sd>\d{{1,2}})(?![\d/.])"  # ۹۹/۲/۱۸
    rf"|(?:(?<![\d/.])(?P<jd>\d{{1,2}})(?!\d)|{_L}(?P<jo>{_alt(_ORDINALS)}))"
    rf"(?:{_S}*ام)?{_S}*(?P<jm>{_JMONTH}){_MAAH}" + _year_after("jy", "jry", "jy2") +
    rf"|(?<![\d/.])(?P<gd>\d{{1,2}})(?!\d){_S}*(?P<gm>{_alt(_G_MONTHS)}){_R}"
    rf"(?:{_S}+(?P<gy>\d{{4}})(?!\d))?)"
)
_RELATIVE = re.compile(
    rf"{_L}(?:(?P<tod>{_TOD}){_S}+)?(?:(?P<rel>{_alt(_RELATIVE_DAYS)}){_R}"
    rf"(?:\s*(?:[،,]\s*)?(?:روز{_S}+)?(?P<rwd>{_WD}))?"
    rf"|(?:روز{_S}+)?(?P<wd>{_WD})(?:{_S}+(?P<q>{_alt(_WEEK_QUALIFIERS)}){_R}(?!{_S}+از{_R}))?)"
)
_ISO = re.compile(r"(?<![\d/.])(\d{4})\s*([/\-.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)")
# a month or a year alone, for the date range a question names (knowledge.parse.date_filter)
_MONTH_YEAR = re.compile(rf"{_L}(?P<jm>{_JMONTH}){_MAAH}" + _year_after("y", "ry"))
_G_MONTH_YEAR = re.compile(rf"{_L}(?P<gm>{_alt(_G_MONTHS)}){_S}+(?P<y>\d{{4}})(?!\d)")
_YEAR = re.compile(rf"{_L}(?:سال{_S}+(?P<y>\d{{4}})(?!\d)|(?P<ry>{_RELYEAR}){_R})")
# «سال ۱۳۹۹», «سال ۹۹» anywhere in a sentence: the year of its dates written without one
# (not «سال ۱۳۹۸ تا ۱۴۰۰», a span of years)
_SENTENCE_YEAR = re.compile(
    rf"{_L}سال{_S}+(?P<y>\d{{4}}|\d{{2}})(?![\d/.٫,،]|{_S}*(?:[-–]|تا|الی){_S}*\d)")
_SENTENCE_END = re.compile(r"[.!?؟](?!\d)|\n")
_YEAR_REACH = 100  # at most this many characters between the year and its date
_RANGE_GAP = re.compile(rf"{_S}*(?:تا|الی|-|–){_S}*")
_PREV_WORD = re.compile(r"([\w\u200c]+)\s*$")
# A day listed before a full date: «۲۶ و ۲۷ آذر», «اول تا پنجم دی ماه», «۱۷، ۱۸ آبان».
_LEADING_DAY = re.compile(
    rf"(?:(?<![\d/.])(?P<d>\d{{1,2}})|{_L}(?P<o>{_alt(_ORDINALS)})){_S}*(?:و|تا|الی|-|،|,){_S}*$")


# --- calendar helpers (conversions: knowledge.parse.calendars) --------------

def _gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (or jdatetime cannot convert it)."""
    if not 700 <= year <= 9000:
        return None
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def parse_iso(text: str) -> dt.date | None:
    """The first numeric year-month-day date in ``text`` (a dateline), or None.

    '2025-11-08', '2025/11/08', '۱۴۰۴/۰۸/۱۷'; a year below 1700 is Jalali.
    """
    for m in _ISO.finditer(fold(text)):
        y, mo, d = int(m[1]), int(m[3]), int(m[4])
        found = _jalali(y, mo, d) if y < 1700 else _gregorian(y, mo, d)
        if found:
            return found
    return None


def _infer_year(make: Callable[[int], dt.date | None], year: int, ref: dt.date,
                window: dt.timedelta = _FUTURE_WINDOW) -> dt.date | None:
    """The latest of ``year``+1, ``year``, ``year``-1 that is at most ``window`` (60 days)
    after ``ref``."""
    for y in (year + 1, year, year - 1):
        found = make(y)
        if found is not None and found <= ref + window:
            return found
    return None


# --- finding dates in text ---------------------------------------------------

_fold_char = functools.lru_cache(maxsize=4096)(fold)


def _fold_indexed(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` character by character, with each folded character's source index."""
    parts = list(map(_fold_char, text))
    folded = "".join(parts)
    if len(folded) == len(parts) and "" not in parts:  # every character folds to one: the usual case
        return folded, list(range(len(parts)))
    return folded, [i for i, f in enumerate(parts) for _ in f]


def _prev_word(folded: str, pos: int) -> str:
    """The word just before ``pos``, half-spaces removed ("" at the start)."""
    m = _PREV_WORD.search(folded, max(0, pos - 40), pos)
    return m[1].replace(_ZWNJ, "") if m else ""


def _leading_days(folded: str, m: re.Match[str], day: dt.date
                  ) -> list[tuple[int, int, dt.date]] | None:
    """Days listed before the full date ``day`` of match ``m``, same month and year; None
    when the list counts halves or decades, not days («نیمه اول و دوم آبان»)."""
    group = "gd" if m["gm"] else "jd" if m["jd"] else "jo"
    pos, out = m.start(group), []
    jalali = _to_jalali(day)
    while (lead := _LEADING_DAY.search(folded, max(0, pos - 40), pos)) is not None:
        if lead["o"] and _prev_word(folded, lead.start()) in _NOT_DAY_BEFORE_ORDINAL:
            return None if m["jo"] else out  # «دوم» of «نیمه اول و دوم» is no day either
        d = _ORDINAL_NUM[_compact(lead["o"])] if lead["o"] else int(lead["d"])
        found = (_gregorian(day.year, day.month, d) if m["gm"]
                 else _jalali(jalali.year, jalali.month, d))
        if found is None or found >= day:
            break
        out.append((lead.start(), lead.end("o" if lead["o"] else "d"), found))
        pos = lead.start()
    return out


def _sentence_years(folded: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, digits) of each «سال YEAR» of ``folded`` outside the dates in ``taken``."""
    return [(y.start(), y.end(), y["y"]) for y in _SENTENCE_YEAR.finditer(folded)
            if not any(y.start() < e and s < y.end() for s, e in taken)]


def _named_year(folded: str, m: re.Match[str], years: list[tuple[int, int, str]],
                pub: dt.date | None, gregorian: bool) -> int | None:
    """The year written nearest to the date ``m`` in its own sentence («در سال ۱۳۹۹ ... روز
    ۲۰ فروردین»), of the date's calendar (1700-2200 Gregorian, 1200-1599 or «سال ۹۹» Jalali),
    at most :data:`_YEAR_REACH` characters away (a year far off in a long sentence is most often
    another matter's: «... در سال ۱۹۹۲ و ...»)."""
    best: tuple[int, int] | None = None
    for start, end, digits in years:
        gap = folded[end:m.start()] if end <= m.start() else folded[m.end():start]
        if len(gap) > _YEAR_REACH or _SENTENCE_END.search(gap):
            continue
        if len(digits) == 4:
            year = int(digits)
            if not (1700 <= year <= 2200 if gregorian else 1200 <= year < 1600):
                continue
        elif gregorian or (year := _short_year(int(digits), pub, lambda y: y)) is None:
            continue
        if best is None or len(gap) < best[0]:
            best = (len(gap), year)
    return best[1] if best else None


def _resolve_full(m: re.Match[str], folded: str, pub: dt.date | None, after: dt.date | None = None,
                  years: list[tuple[int, int, str]] | None = None) -> tuple[dt.date | None, bool, int]:
    """(date or None, has_year, end in the folded text) of a _FULL match; ``after`` is the
    start of a range this date ends («از ۱۵ اسفند تا ۴ فروردین»): the end is the first such
    day after it. A day and month without a year take the year ``years`` names nearest in
    their sentence (:func:`_named_year`), unless that puts them past the window after ``pub``
    or on another weekday than the one written with them."""
    window = _DEADLINE_WINDOW if _prev_word(folded, m.start()) in _UNTIL else _FUTURE_WINDOW

    def named(make: Callable[[int], dt.date | None], gregorian: bool) -> dt.date | None:
        year = _named_year(folded, m, years, pub, gregorian) if years and after is None else None
        found = make(year) if year is not None else None
        if found is None or (pub is not None and found > pub + window):
            return None
        if m["pwd"] and _jweekday(found) != _WEEKDAY_NUM[_compact(m["pwd"])]:
            return None  # «سه‌شنبه ۲۶ فروردین ... بودجه سال ۹۷»: that year's day is no Tuesday
        return found

    if m["sy"]:  # «۹۹/۲/۱۸»: a Jalali year of this century or the last
        return _short_year(int(m["sy"]), pub, lambda y: _jalali(y, int(m["sm"]), int(m["sd"]))), True, m.end()
    if m["ny"] or m["rd"]:  # numeric; day/month/year order only for Jalali years
        y, mo, d = (int(m[k]) for k in (("ny", "nm", "nd") if m["ny"] else ("ry4", "rm", "rd")))
        if 1300 <= y <= 1500:
            return _jalali(y, mo, d), True, m.end()
        return (_gregorian(y, mo, d) if m["ny"] and y >= 1900 else None), True, m.end()
    if m["gm"]:
        mo, d = _G_MONTH_NUM[_compact(m["gm"])], int(m["gd"])
        if m["gy"]:
            return _gregorian(int(m["gy"]), mo, d), True, m.end()
        if mo == 5:  # «۵ می» is too often the verb prefix «می»
            return None, False, m.end()
        if (found := named(lambda y: _gregorian(y, mo, d), True)) is not None:
            return found, True, m.end()
        if pub is None:
            return None, False, m.end()
        return _infer_year(lambda y: _gregorian(y, mo, d), pub.year, pub), False, m.end()
    if m["jo"] and _prev_word(folded, m.start("jo")) in _NOT_DAY_BEFORE_ORDINAL:
        return None, False, m.end()
    d = _ORDINAL_NUM[_compact(m["jo"])] if m["jo"] else int(m["jd"])
    mo = _MONTH_NUM[_compact(m["jm"])]
    if m["jy"] and 1200 <= int(m["jy"]) < 1600:
        return _jalali(int(m["jy"]), mo, d), True, m.end()
    if m["jy2"]:  # «۱۹ مهر ماه ۹۶»
        found = _short_year(int(m["jy2"]), pub, lambda y: _jalali(y, mo, d))
        if found is not None:
            return found, True, m.end()
    if not m["jry"] and (found := named(lambda y: _jalali(y, mo, d), False)) is not None:
        return found, True, m.end("maah") if m["maah"] else m.end("jm")
    if pub is None:
        return None, False, m.end()
    pub_year = _to_jalali(pub).year
    if m["jry"]:  # «سال جاری», «سال گذشته»: no window, the year is named
        return _jalali(pub_year + _REL_YEAR[_compact(m["jry"])], mo, d), False, m.end()
    month_end = m.end("maah") if m["maah"] else m.end("jm")  # a bad year is not raw
    if after is not None:
        start_year = _to_jalali(after).year
        for y in (start_year, start_year + 1):
            found = _jalali(y, mo, d)
            if found is not None and found >= after:
                return found, False, month_end
    return _infer_year(lambda y: _jalali(y, mo, d), pub_year, pub, window), False, month_end


def _short_year(yy: int, pub: dt.date | None, make: Callable[[int], dt.date | None]) -> dt.date | None:
    """A two-digit Jalali year: 13yy or 14yy, whichever is not after the publication year
    (no later than 14yy = 1420 without one), and at most 60 years before it."""
    latest = _to_jalali(pub).year if pub is not None else 1420
    for year in (1400 + yy, 1300 + yy):
        if latest - 60 <= year <= latest:
            return make(year)
    return None


def _weekday_date(wd: int, qualifier: str | None, pub: dt.date) -> dt.date:
    """A bare weekday resolved against the publication date (weeks start on Saturday)."""
    pw = _jweekday(pub)
    week_start = pub - pw * _DAY
    mode = _WEEK_Q.get(_compact(qualifier), "on_or_before") if qualifier else "on_or_before"
    shift = {"prev_week": -7, "this_week": 0, "next_week": 7}.get(mode)
    if shift is not None:
        return week_start + (wd + shift) * _DAY
    if mode == "after":
        return pub + ((wd - pw) % 7 or 7) * _DAY
    back = (pw - wd) % 7
    if mode == "before" and back == 0:
        back = 7
    return pub - back * _DAY


def find_dates(text: str, *, published: dt.date | None) -> list[DateMention]:
    """Every date mentioned in ``text`` (a sentence or paragraph), in order.

    Dates without a year and relative dates («دیروز», «روز شنبه») are resolved
    against ``published``; when it is None they are skipped. Impossible dates
    are skipped. Offsets and ``raw`` refer to ``text`` itself.
    """
    pub = _as_date(published) if published is not None else None
    folded, index = _fold_indexed(text)
    found: list[tuple[int, int, dt.date, bool, bool, int | None]] = []
    taken: list[tuple[int, int]] = []

    full = list(_FULL.finditer(folded))
    years = _sentence_years(folded, [m.span() for m in full]) if "سال" in folded else []
    for m in full:
        taken.append(m.span())  # even when invalid: its weekday is not a bare weekday
        start = found[-1] if found and _RANGE_GAP.fullmatch(folded, found[-1][1], m.start()) else None
        day, has_year, end = _resolve_full(m, folded, pub, start[2] if start else None, years)
        if day is not None:
            wd = _WEEKDAY_NUM[_compact(m["pwd"])] if m["pwd"] else None
            found.append((m.start(), end, day, has_year, False, wd))
            if not (m["ny"] or m["rd"] or m["sy"] or m["pwd"]):
                leads = _leading_days(folded, m, day)
                if leads is None:
                    found.pop()
                    continue
                for start, stop, lead in leads:
                    if any(start < e and s < stop for s, e in taken):
                        break
                    taken.append((start, stop))
                    found.append((start, stop, lead, has_year, False, None))

    if pub is not None:
        for m in _RELATIVE.finditer(folded):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if m["rel"]:
                key = _compact(m["rel"])
                prev = _prev_word(folded, m.start())
                if (not m["tod"] and key in ("روزگذشته", "شبگذشته")
                        and (prev.isdigit() or prev in _QUANTITIES)):
                    continue  # «۲۰ روز گذشته», «چند روز گذشته»
                day = pub + _REL_DAY[key] * _DAY
                wd = _WEEKDAY_NUM[_compact(m["rwd"])] if m["rwd"] else None
            elif _prev_word(folded, m.start()) in _NOT_WEEKDAY_AFTER:
                continue  # «نماز جمعه»
            else:
                wd = _WEEKDAY_NUM[_compact(m["wd"])]
                day = _weekday_date(wd, m["q"], pub)
            found.append((m.start(), m.end(), day, False, True, wd))

    mentions = []
    for fs, fe, day, has_year, relative, wd in sorted(found, key=lambda f: f[0]):
        start, end = index[fs], index[fe - 1] + 1
        mentions.append(DateMention(
            raw=text[start:end], start=start, end=end, date=day, jalali=jalali_iso(day),
            weekday=weekday_name(day), has_year=has_year, relative=relative,
            weekday_conflict=wd is not None and wd != _jweekday(day),
        ))
    return mentions


@functools.cache
def _month_forms() -> frozenset[str]:
    from knowledge.text import search_form

    return frozenset(search_form(m) for m in _MONTHS_FA)


def in_date(words: list[str], i: int) -> bool:
    """Whether search-form word ``i`` is a Jalali month written as part of a date: after a
    day («۵ آذر», «پنجم آذر») or before «ماه» or a year («آذر ۱۴۰۴»). «آذر», «بهمن»
    and «مهر» are first names too; there they are not."""
    if words[i] not in _month_forms():
        return False
    before = words[i - 1] if i > 0 else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    return before.isdigit() or before in _ORDINALS or after == "ماه" or after.isdigit()
