"""The Jalali calendar (Borkowski's algorithm, pure standard library) and Persian digits."""

from __future__ import annotations

import datetime as dt
import functools


MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
          "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
# Indexed by datetime.date.weekday() (Monday = 0).
WEEKDAYS = ("دوشنبه", "سه\u200cشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه")
_WEEKDAY_ALT = {3: "پنج\u200cشنبه", 6: "یک\u200cشنبه"}
_FA_DIGITS = "۰۱۲۳۴۵۶۷۸۹"

# Borkowski's leap-year breaks, as in jalaali-js; exact for Jalali years -61..3177.
_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192,
           2262, 2324, 2394, 2456, 3178)


@functools.cache
def _nowruz(jy: int) -> dt.date:
    """The Gregorian date of 1 Farvardin of Jalali year ``jy``."""
    if not 1 <= jy < _BREAKS[-1]:
        raise ValueError(f"Jalali year out of range: {jy}")
    gy = jy + 621
    leap_j = -14
    jp = _BREAKS[0]
    jump = 0
    for jm in _BREAKS[1:]:
        jump = jm - jp
        if jy < jm:
            break
        leap_j += (jump // 33) * 8 + (jump % 33) // 4
        jp = jm
    n = jy - jp
    leap_j += (n // 33) * 8 + ((n % 33) + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    leap_g = gy // 4 - ((gy // 100 + 1) * 3) // 4 - 150
    return dt.date(gy, 3, 20 + leap_j - leap_g)


def to_jalali(day: dt.date) -> tuple[int, int, int]:
    """Gregorian date → (year, month, day) in the Jalali calendar."""
    jy = day.year - 621
    start = _nowruz(jy)
    if day < start:
        jy -= 1
        start = _nowruz(jy)
    doy = (day - start).days
    if doy < 186:
        return jy, doy // 31 + 1, doy % 31 + 1
    doy -= 186
    return jy, doy // 30 + 7, doy % 30 + 1


def from_jalali(jy: int, jm: int, jd: int) -> dt.date:
    """Jalali (year, month, day) → Gregorian date; raises ValueError for impossible dates."""
    if not 1 <= jm <= 12 or not 1 <= jd <= (31 if jm <= 6 else 30):
        raise ValueError(f"no such Jalali date: {jy}-{jm}-{jd}")
    doy = (jm - 1) * 31 + jd - 1 if jm <= 7 else 186 + (jm - 7) * 30 + jd - 1
    day = _nowruz(jy) + dt.timedelta(days=doy)
    if day >= _nowruz(jy + 1):
        raise ValueError(f"no such Jalali date: {jy}-{jm}-{jd}")
    return day


def jalali_text(day: dt.date) -> str:
    """«۱۷ آبان ۱۴۰۴» for 2025-11-08."""
    jy, jm, jd = to_jalali(day)
    return _fa_digits(f"{jd} {MONTHS[jm - 1]} {jy}")


def _fa_digits(s: str) -> str:
    return s.translate(_TO_FA)


_TO_FA = str.maketrans("0123456789", _FA_DIGITS)

# Publication dates: 1 Farvardin 1400 .. 29 Esfand 1404.
_PUB_START = _nowruz(1400)
_PUB_DAYS = (_nowruz(1405) - _PUB_START).days
