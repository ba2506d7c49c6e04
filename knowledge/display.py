"""Persian for people: the one place numbers, dates and clipped text are written for display.

Used by the answer text (:mod:`knowledge.answer.reply`), the command line's views
(``bot/views.py``) and the bot's HTML (``bot/render.py``). The calendar itself
(Jalali conversion, weekday names) is the parser's (:mod:`knowledge.parse.calendars`);
this module only words it.
"""

from __future__ import annotations

import datetime as dt
import re

from .parse.calendars import day_label, format_date
from .text import to_persian_digits

__all__ = ["QUOTE_LIMIT", "UNDATED", "clip", "clip_quote", "fa", "format_date", "short_date", "when"]

QUOTE_LIMIT = 320
UNDATED = "بی‌تاریخ"

# A whole quote framed by «» with the sentence's full stop after the closing mark: «…».
_FRAMED = re.compile(r"«([^«»]*)»\s*([.!?؟…]*)")


def fa(value: object) -> str:
    """Persian digits for display."""
    return to_persian_digits(str(value))


def when(iso: str | None) -> str | None:
    """'شنبه ۱۷ آبان ۱۴۰۴ (2025-11-08)' for an ISO date, None for none."""
    return format_date(dt.date.fromisoformat(iso)) if iso else None


def short_date(iso: str | None) -> str | None:
    """'۱۷ آبان ۱۴۰۴' for an ISO date (a citation's), None for none or a malformed one."""
    try:
        return day_label(dt.date.fromisoformat(iso)) if iso else None
    except ValueError:
        return None


def clip_quote(s: str, limit: int = QUOTE_LIMIT) -> str:
    """A quote without its «», cut at a word boundary to at most ``limit`` characters."""
    s = s.strip()
    framed = _FRAMED.fullmatch(s)
    if framed:  # «…می‌رسد». → …می‌رسد. (the stop goes inside the quote the answer adds)
        s = framed[1].strip() + framed[2]
    s = s.strip("«»").strip()
    return s if len(s) <= limit else s[: limit - 1].rsplit(" ", 1)[0] + "…"


def clip(text: str, limit: int) -> str:
    """One line (runs of white space made one space), cut to at most ``limit`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
