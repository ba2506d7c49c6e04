"""Deterministic generator of Persian agency-style news articles, with questions whose answers it knows.

Used by the benchmarks (answer latency, ingest rate and memory from 1k to 100k articles).
Pure standard library; every random choice comes from a ``random.Random`` seeded per article
with ``(seed mod 2**32, i)``, so article ``i`` is the same whatever ``n`` is, and the corpus can be
streamed without holding it (no global random state is touched).

The "world" is shared between articles: every official role (``استاندار فارس``, ``فرماندار
شهرستان بم`` ...) has a holder drawn from ``Random(f"{seed}|role|{role}")``, and about a third of
the roles change holder once during 1400–1404, like real officials do. Experts and other
non-unique roles (``کارشناس حوزه آب``) get a fresh person in every article.

Field conventions of :class:`GeneratedArticle`:

* ``text`` is the article as a file would hold it, noise included (Arabic ``ي``/``ك`` in about
  10 %, missing half-spaces in about 30 % and half-spaces typed as spaces in about 10 %, hard
  wrapping in about 10 %, Persian or Latin digits);
* ``Speaker.statements`` are the statement texts exactly as printed (same noise), so each one is a
  substring of ``" ".join(text.split())`` (hard wrapping only changes whitespace);
* names, roles, ``event`` and ``place`` are canonical (standard ``ی``/``ک``, half-spaces,
  ``رئیس``): compare them with the copy after :func:`fold` and without half-spaces and spaces;
* ``jalali`` is the Jalali date of the event, formatted like ``۱۷ آبان ۱۴۰۴``; ``published`` is the
  Gregorian publication date (shown in the ``date YYYY-MM-DD`` dateline when there is one). When
  the lead gives the day without a year, or says «امروز»/«دیروز», the article has a dateline.

:class:`Question` ``expect`` strings use Persian letters and digits (a what_said expect keeps the
article's half-space spelling); judge answers with :func:`answer_matches`, which folds letters,
digits and half-spaces on both sides.

Command line: ``python -m bench.generate N OUTDIR`` writes ``N`` ``<key>.txt`` files,
``questions.tsv`` and ``articles.tsv`` (a manifest) into ``OUTDIR``.
"""

from __future__ import annotations

import argparse
import bisect
import collections
import datetime as dt
import functools
import itertools
import os
import queue
import random
import re
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Sequence

__all__ = [
    "GeneratedArticle",
    "Question",
    "Speaker",
    "answer_matches",
    "fold",
    "from_jalali",
    "generate_article",
    "generate_articles",
    "generate_questions",
    "jalali_text",
    "to_jalali",
    "vocabulary_sizes",
]

ZWNJ = "\u200c"
DATA_DIR = Path(__file__).resolve().parent / "data"


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Speaker:
    name: str  # canonical full name, no honorific: «محمدعلی طالبی»
    role: str  # canonical role: «استاندار کرمان»
    statements: tuple[str, ...] = ()  # exact statement texts as printed in the article


@dataclass(frozen=True)
class GeneratedArticle:
    key: str
    text: str
    published: dt.date
    speakers: tuple[Speaker, ...]
    event: str
    place: str  # the city where the event took place
    jalali: str  # the event's Jalali date, «۱۷ آبان ۱۴۰۴»
    attendees: tuple[Speaker, ...] = ()  # named and given a role, but not quoted


@dataclass(frozen=True)
class Question:
    text: str
    kind: str  # who_said | what_said | when | where | role_of | person_role
    article_key: str
    expect: str  # a string that must appear in a correct answer (see answer_matches)
    variant: str = "formal"  # formal | colloquial, with "+typo" when a letter is wrong


# --------------------------------------------------------------------------- Jalali calendar

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


# --------------------------------------------------------------------------- folding

_FOLD_MAP = {
    "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا",
    "آ": "ا", "ؤ": "و", "ء": None, "\u0640": None,
    **{c: str(i) for i, c in enumerate(_FA_DIGITS)},
    **{c: str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")},
}
# A chain of str.replace: several times faster than str.translate on non-ASCII text.
_FOLD_PAIRS = tuple((k, v or "") for k, v in _FOLD_MAP.items()) + tuple(
    (chr(c), "") for c in range(0x064B, 0x0653))
_AR_TO_FA = str.maketrans({"ي": "ی", "ك": "ک"})


def fold(text: str) -> str:
    """Letter variants, digits and diacritics folded; half-spaces kept; whitespace squeezed."""
    for old, new in _FOLD_PAIRS:
        text = text.replace(old, new)
    return " ".join(text.split())  # much faster than a Unicode regex


def _nospace(text: str) -> str:
    return re.sub(r"[\s\u200c]+", "", fold(text))


def answer_matches(question: Question, answer: str) -> bool:
    """Does ``answer`` contain ``question.expect``, up to spelling noise?

    Letters (ي/ی, ك/ک, ئ/ی, أ/ا, آ/ا), digits (Persian/Latin) and diacritics are folded on both
    sides, and a half-space, a space or nothing are interchangeable anywhere («فرصت‌ها»,
    «فرصت ها», «فرصتها»). The expect must stand as whole words: «کرمان» does not match
    «کرمانشاه», nor «۷ آبان ۱۴۰۴» «۱۷ آبان ۱۴۰۴». A date may carry «ماه» after the month.
    """
    hay = fold(answer)
    if question.kind == "when":
        hay = re.sub(rf"({'|'.join(map(fold, MONTHS))})[\s\u200c]*ماه", r"\1", hay)
    chars = [c for c in fold(question.expect) if not c.isspace() and c != ZWNJ]
    if not chars:
        return False
    body = r"[\s\u200c]*".join(map(re.escape, chars))
    # a half-space is inside a word: «زاده» is not a word of «حسین‌زاده»
    return re.search(rf"(?<![\w\u200c]){body}(?![\w\u200c])", hay) is not None


# --------------------------------------------------------------------------- vocabulary


def _z(s: str) -> str:
    """Templates are written with «_» for the half-space (ZWNJ), which is invisible in an editor."""
    return s.replace("_", ZWNJ)


def _zs(items) -> tuple[str, ...]:
    return tuple(_z(s) for s in items)


# Role patterns: (template, title kind, topic categories or "*"). Scope comes from the
# placeholders: {P} province, {K} provincial capital, {C} a city of the province, {t} topic.
_OFFICIAL_ROLES = (
    ("استاندار {P}", "any", "*"),
    ("معاون سیاسی، امنیتی و اجتماعی استاندار {P}", "any", "crisis social media"),
    ("معاون هماهنگی امور اقتصادی استاندار {P}", "any", "economy agri energy"),
    ("معاون هماهنگی امور عمرانی استاندار {P}", "eng", "transport urban water energy"),
    ("مدیرکل آموزش و پرورش استان {P}", "any", "education"),
    ("مدیرکل میراث فرهنگی، گردشگری و صنایع دستی استان {P}", "any", "culture"),
    ("مدیرکل راه و شهرسازی استان {P}", "eng", "urban transport"),
    ("مدیرکل راهداری و حمل و نقل جاده_ای استان {P}", "eng", "transport"),
    ("مدیرکل حفاظت محیط زیست استان {P}", "any", "env"),
    ("مدیرکل منابع طبیعی و آبخیزداری استان {P}", "eng", "env water"),
    ("مدیرکل فرهنگ و ارشاد اسلامی استان {P}", "any", "culture media"),
    ("مدیرکل ورزش و جوانان استان {P}", "any", "sport social"),
    ("مدیرکل بهزیستی استان {P}", "any", "social health"),
    ("مدیرکل تعاون، کار و رفاه اجتماعی استان {P}", "any", "economy social"),
    ("مدیرکل بیمه سلامت استان {P}", "dr", "health"),
    ("مدیرکل تامین اجتماعی استان {P}", "any", "health social"),
    ("مدیرکل مدیریت بحران استانداری {P}", "any", "crisis"),
    ("مدیرکل هواشناسی استان {P}", "any", "water env crisis"),
    ("مدیرکل کتابخانه_های عمومی استان {P}", "any", "culture education"),
    ("مدیرکل صدا و سیمای مرکز {P}", "any", "media culture"),
    ("مدیرکل دامپزشکی استان {P}", "dr", "agri"),
    ("مدیرکل استاندارد استان {P}", "eng", "economy"),
    ("مدیرکل آموزش فنی و حرفه_ای استان {P}", "any", "education economy"),
    ("مدیرکل ثبت احوال استان {P}", "any", "social"),
    ("رئیس سازمان جهاد کشاورزی استان {P}", "eng", "agri water"),
    ("رئیس سازمان صنعت، معدن و تجارت استان {P}", "eng", "economy"),
    ("رئیس سازمان مدیریت و برنامه_ریزی استان {P}", "dr", "economy urban"),
    ("رئیس بنیاد مسکن انقلاب اسلامی استان {P}", "eng", "urban crisis"),
    ("رئیس پارک علم و فناوری {P}", "dr", "tech education"),
    ("مدیرعامل شرکت آب منطقه_ای {P}", "eng", "water"),
    ("مدیرعامل شرکت آب و فاضلاب استان {P}", "eng", "water"),
    ("مدیرعامل شرکت توزیع نیروی برق استان {P}", "eng", "energy"),
    ("مدیرعامل شرکت گاز استان {P}", "eng", "energy"),
    ("مدیرعامل شرکت شهرک_های صنعتی استان {P}", "eng", "economy"),
    ("مدیرعامل جمعیت هلال احمر استان {P}", "any", "crisis health"),
    ("فرمانده انتظامی استان {P}", "sardar", "crisis social transport"),
    ("رئیس پلیس راه استان {P}", "sarhang", "transport"),
    ("رئیس پلیس فتای استان {P}", "sarhang", "tech media"),
    ("رئیس کل دادگستری استان {P}", "cleric?", "social crisis env"),
    ("دبیر شورای فضای مجازی استان {P}", "dr", "tech media"),
    ("نماینده ولی فقیه در استان {P}", "cleric", "*"),
    ("رئیس دانشگاه علوم پزشکی {K}", "dr", "health"),
    ("معاون بهداشت دانشگاه علوم پزشکی {K}", "dr", "health"),
    ("مدیر روابط عمومی دانشگاه علوم پزشکی {K}", "any", "media health"),
    ("رئیس دانشگاه {K}", "dr", "education tech"),
    ("رئیس سازمان نظام پزشکی {K}", "dr", "health"),
    ("رئیس اتاق بازرگانی {K}", "eng", "economy agri"),
    ("فرماندار شهرستان {C}", "any", "*"),
    ("شهردار {C}", "eng", "urban transport env"),
    ("رئیس شورای اسلامی شهر {C}", "any", "urban transport culture"),
    ("سخنگوی شورای شهر {C}", "any", "urban transport env"),
    ("امام جمعه {C}", "cleric", "*"),
    ("نماینده مردم {C} در مجلس شورای اسلامی", "any", "*"),
    ("رئیس اداره آموزش و پرورش شهرستان {C}", "any", "education"),
    ("رئیس شبکه بهداشت و درمان شهرستان {C}", "dr", "health"),
    ("بخشدار مرکزی شهرستان {C}", "any", "agri water social"),
    ("رئیس دانشگاه آزاد اسلامی واحد {C}", "dr", "education tech"),
    ("دادستان عمومی و انقلاب شهرستان {C}", "cleric?", "social env crisis"),
    ("رئیس اداره میراث فرهنگی، گردشگری و صنایع دستی شهرستان {C}", "any", "culture"),
    ("رئیس اداره جهاد کشاورزی شهرستان {C}", "eng", "agri"),
    ("رئیس اداره ورزش و جوانان شهرستان {C}", "any", "sport"),
)
# Held by many people: a fresh person in every article.
_ADHOC_ROLES = (
    ("کارشناس حوزه {t}", "any", "*"),
    ("عضو هیئت علمی دانشگاه {K}", "dr", "*"),
    ("استاد دانشگاه {K}", "dr", "*"),
    ("فعال حوزه {t}", "any", "*"),
    ("عضو شورای اسلامی شهر {C}", "any", "urban transport env social culture"),
    ("پژوهشگر حوزه {t}", "dr", "*"),
)

# Event types: (template, the noun for «این ...», categories, may carry an ordinal).
_EVENTS = (
    ("کارگاه آموزشی {t}", "کارگاه", "*", True),
    ("کارگاه تخصصی {t}", "کارگاه", "*", True),
    ("کارگاه آموزشی آشنایی با {t} ویژه {grp}", "کارگاه", "*", False),
    ("دوره آموزشی {t} ویژه {grp}", "دوره", "*", True),
    ("همایش {scope} {t}", "همایش", "*", True),
    ("همایش {scope} {t} و توسعه پایدار", "همایش", "*", True),
    ("همایش تجلیل از فعالان حوزه {t}", "همایش", "*", False),
    ("نشست تخصصی {t}", "نشست", "*", False),
    ("نشست تخصصی بررسی چالش_های {t}", "نشست", "*", False),
    ("نشست هم_اندیشی فعالان حوزه {t}", "نشست", "*", False),
    ("میزگرد تخصصی {t}", "میزگرد", "*", False),
    ("هم_اندیشی {scope} {t}", "هم_اندیشی", "*", True),
    ("نمایشگاه {t}", "نمایشگاه", "tech culture agri economy energy health education", True),
    ("نمایشگاه تخصصی {t}", "نمایشگاه", "tech culture agri economy energy", True),
    ("نمایشگاه دستاوردهای حوزه {t}", "نمایشگاه", "*", False),
    ("جشنواره {t}", "جشنواره", "culture sport agri tech media", True),
    ("جشنواره {scope} {t}", "جشنواره", "culture sport agri tech media", True),
    ("جشنواره ایده_های برتر {t}", "جشنواره", "*", True),
    ("جلسه کارگروه {t} استان {P}", "جلسه", "*", False),
    ("جلسه ستاد {t} استان {P}", "جلسه", "water crisis social health economy", False),
    ("جلسه کمیته {t} شهرستان {C}", "جلسه", "*", False),
    ("جلسه بررسی مسائل {t} شهرستان {C}", "جلسه", "*", False),
    ("جلسه هماهنگی {t} استان {P}", "جلسه", "*", False),
    ("جلسه شورای اداری استان {P}", "جلسه", "*", False),
    ("جلسه شورای اداری شهرستان {C}", "جلسه", "*", False),
    ("جلسه شورای برنامه_ریزی و توسعه استان {P}", "جلسه", "economy urban water transport energy", False),
    ("جلسه شورای فضای مجازی استان {P}", "جلسه", "tech media", False),
    ("جلسه شورای حفاظت از منابع آب استان {P}", "جلسه", "water agri", False),
    ("جلسه شورای آموزش و پرورش استان {P}", "جلسه", "education", False),
    ("جلسه شورای سلامت و امنیت غذایی استان {P}", "جلسه", "health agri", False),
    ("جلسه شورای فرهنگ عمومی استان {P}", "جلسه", "culture media social", False),
    ("جلسه شورای ترافیک استان {P}", "جلسه", "transport", False),
    ("جلسه شورای مسکن استان {P}", "جلسه", "urban", False),
    ("جلسه شورای گفت_وگوی دولت و بخش خصوصی استان {P}", "جلسه", "economy agri", False),
    ("جلسه شورای هماهنگی مدیریت بحران استان {P}", "جلسه", "crisis water", False),
    ("جلسه شورای ورزش استان {P}", "جلسه", "sport", False),
    ("جلسه شورای اشتغال استان {P}", "جلسه", "economy social", False),
    ("جلسه ستاد تنظیم بازار استان {P}", "جلسه", "economy agri", False),
    ("جلسه هیئت امنای دانشگاه علوم پزشکی {K}", "جلسه", "health", False),
    ("جلسه کمیسیون {t} شورای اسلامی شهر {C}", "جلسه", "urban transport env culture", False),
    ("مراسم تجلیل از فعالان حوزه {t}", "مراسم", "*", False),
    ("مراسم افتتاح طرح_های {t} شهرستان {C}", "مراسم", "*", False),
    ("آیین بهره_برداری از طرح_های {t} استان {P}", "آیین", "*", False),
    ("رزمایش {t}", "رزمایش", "crisis", True),
    ("رزمایش {scope} {t}", "رزمایش", "crisis health", True),
    ("سمینار {t}", "سمینار", "*", True),
    ("کنفرانس {scope} {t}", "کنفرانس", "tech health education env energy economy", True),
    ("کنگره {scope} {t}", "کنگره", "health", True),
    ("اجلاس {scope} {t}", "اجلاس", "*", True),
    ("گردهمایی مدیران حوزه {t} استان {P}", "گردهمایی", "*", False),
    ("گردهمایی فعالان {t}", "گردهمایی", "*", True),
    ("بوت_کمپ {t}", "رویداد", "tech", True),
    ("رویداد استارتاپی {t}", "رویداد", "tech economy agri health", True),
    ("پیش_اجلاس {scope} {t}", "نشست", "*", False),
)
_SCOPES = _zs(("ملی", "استانی", "منطقه_ای", "سراسری", "بین_المللی", "کشوری"))
_ORDINALS = _zs((
    "اولین", "نخستین", "دومین", "سومین", "چهارمین", "پنجمین", "ششمین", "هفتمین", "هشتمین",
    "نهمین", "دهمین", "یازدهمین", "دوازدهمین", "سیزدهمین", "چهاردهمین", "پانزدهمین",
    "شانزدهمین", "هفدهمین", "هجدهمین", "نوزدهمین", "بیستمین", "بیست و یکمین", "بیست و دومین",
    "بیست و سومین", "بیست و چهارمین", "بیست و پنجمین", "بیست و ششمین", "بیست و هفتمین",
    "بیست و هشتمین", "بیست و نهمین", "سی_امین",
))

# Statement clauses (S), noun phrases (NP: «... را ضروری دانست»), subjunctive clauses
# (H: «ابراز امیدواری کرد ...») and news (NEWS: «از ... خبر داد»).
_S = _zs((
    "در حوزه {t} اقدامات خوبی در استان {P} انجام شده، اما هنوز با وضعیت مطلوب فاصله داریم",
    "امسال {money} اعتبار برای اجرای طرح_های {t} در استان {P} پیش_بینی شده است",
    "{t} باید به عنوان یک اولویت در برنامه_های همه دستگاه_های اجرایی دیده شود",
    "بدون مشارکت {grp}، مسائل مربوط به {t} به طور کامل حل نمی_شود",
    "سال گذشته {n} طرح در حوزه {t} به بهره_برداری رسید و {n2} طرح دیگر تا پایان سال افتتاح می_شود",
    "سهم استان {P} از اعتبارات ملی {t} باید افزایش یابد تا عقب_ماندگی_های گذشته جبران شود",
    "تاکنون {pct} درصد پیشرفت فیزیکی در طرح {t} شهرستان {C} محقق شده است",
    "{act} در حوزه {t} از مهم_ترین برنامه_های ما در سال جاری است",
    "ظرفیت_های {C} در زمینه {t} کمتر شناخته شده و باید بیش از پیش معرفی شود",
    "نگاه صرفاً تهدیدمحور به {t} جامعه را از فرصت_ها عقب نگه می_دارد",
    "برای {act} در زمینه {t}، هماهنگی میان {org} و {org2} ضروری است",
    "هم_اکنون {N} نفر از {grp} استان از خدمات حوزه {t} بهره_مند هستند",
    "تعداد {grp} تحت پوشش طرح_های {t} در شهرستان {C} نسبت به سال گذشته {pct} درصد افزایش یافته است",
    "مشکل اصلی ما در حوزه {t}، نبود {lack} است",
    "{org} موظف هستند گزارش عملکرد خود در زمینه {t} را {period} ارائه کنند",
    "استفاده از ظرفیت_های {t} نیازمند برنامه_ریزی دقیق و نگاه بلندمدت است",
    "استان {P} در حوزه {t} رتبه {rank} کشور را دارد و باید این جایگاه ارتقا یابد",
    "با {act}، بخش قابل توجهی از مشکلات {t} در شهرستان {C} برطرف خواهد شد",
    "تا پایان سال {yr}، {n} پروژه مرتبط با {t} در استان تکمیل خواهد شد",
    "{t} و {t2} دو موضوع به هم پیوسته هستند و نباید جدا از هم دیده شوند",
    "مردم {C} حق دارند درباره وضعیت {t} مطالبه_گری کنند",
    "در حوزه {t} با کمبود حدود {n} نفر نیروی متخصص مواجه هستیم",
    "اطلاع_رسانی درباره {t} ضعیف بوده و بسیاری از {grp} از خدمات موجود آگاه نیستند",
    "برای جذب سرمایه_گذار در بخش {t}، مشوق_های ویژه_ای در نظر گرفته شده است",
    "بیش از {N} فرصت شغلی از محل طرح_های {t} در استان {P} ایجاد شده است",
    "رسانه_ها نقش مهمی در فرهنگ_سازی در زمینه {t} دارند",
    "وضعیت {t} در شهرستان_های {C} و {C2} نگران_کننده است و نیاز به توجه ویژه دارد",
    "قرار است {n} کارگاه آموزشی {t} برای {grp} در سطح استان برگزار شود",
    "{pct} درصد از منابع مورد نیاز طرح_های {t} از محل اعتبارات استانی تامین شده است",
    "هیچ دستگاهی به تنهایی نمی_تواند مشکلات {t} را حل کند",
    "تجربه_های موفق سایر استان_ها در حوزه {t} باید در {P} هم به کار گرفته شود",
    "برنامه جامع {t} استان {P} تدوین شده و به زودی اجرایی می_شود",
    "سرعت پیشرفت طرح_های {t} در شهرستان {C} رضایت_بخش نیست",
    "{grp} باید در تصمیم_گیری_های مربوط به {t} مشارکت داده شوند",
    "نیروهای متخصص و علاقه_مند بومی در حوزه {t} باید شناسایی و جذب شوند",
    "با همکاری {org}، سامانه_ای برای پایش وضعیت {t} راه_اندازی شده است",
    "بخش خصوصی آمادگی سرمایه_گذاری {money} در حوزه {t} را اعلام کرده است",
    "فرهنگ_سازی در حوزه {t} باید از مدارس و خانواده_ها آغاز شود",
    "در {n} ماه گذشته، {N} بازدید از واحدهای فعال در حوزه {t} انجام شده است",
    "کاهش {pct} درصدی شاخص_های منفی {t} در استان نتیجه کار جهادی همکاران است",
    "{t} یکی از چالش_های جدی استان {P} است و باید برای آن چاره_اندیشی شود",
    "مصوبات سفر رئیس_جمهور به استان {P} در حوزه {t} به طور جدی پیگیری می_شود",
    "طرح {t} در {n} روستای شهرستان {C} به صورت آزمایشی اجرا شده است",
    "ظرفیت_های استان {P} در حوزه {t} تاکنون به درستی معرفی نشده است",
    "اجرای طرح {t} در شهرستان {C} می_تواند الگویی برای سایر شهرستان_ها باشد",
    "همه {org} باید در دوره_های آموزشی {t} شرکت کنند",
    "اعتبارات حوزه {t} امسال نسبت به سال گذشته {n2} برابر شده است",
    "برخی از مشکلات {t} ریشه در تصمیم_های غیرکارشناسی سال_های گذشته دارد",
    "در شرایط فعلی، مدیریت {t} بدون استفاده از فناوری_های نوین ممکن نیست",
    "{grp} شهرستان {C} در زمینه {t} توانمندی_های قابل توجهی دارند",
    "نشست_های مشترکی با {org} برای حل مشکلات {t} برگزار شده است",
    "شاخص_های {t} در استان {P} بالاتر از میانگین کشوری است",
    "انتظار داریم {org} در حوزه {t} پاسخگوی مطالبات مردم باشند",
    "پرونده {t} در شورای برنامه_ریزی استان به طور ویژه پیگیری می_شود",
    "حدود {N} میلیارد ریال تسهیلات به فعالان حوزه {t} پرداخت شده است",
    "تاکنون {N} نفر در دوره_های آموزشی {t} شرکت کرده_اند",
    "{t} نباید قربانی اختلاف_نظرهای مدیریتی شود",
    "مشکلات {t} در مناطق محروم استان بیشتر از سایر مناطق است",
    "نقشه راه {t} استان با هماهنگی سیاست_های ملی تدوین می_شود",
    "موضوع {t} در {n} جلسه شورای اداری استان بررسی شده است",
    "هر ریالی که در حوزه {t} هزینه شود، چند برابر به اقتصاد استان بازمی_گردد",
    "کمبود اعتبار نباید بهانه_ای برای توقف طرح_های {t} باشد",
    "یکی از نیازهای جدی شهرستان {C}، توجه بیشتر به {t} است",
    "{t} در سند توسعه استان {P} جایگاه ویژه_ای دارد",
    "ارتباط دانشگاه و صنعت در حوزه {t} باید تقویت شود",
    "پیگیری_های لازم برای جذب {money} اعتبار ملی در حوزه {t} انجام شده است",
    "از هرگونه ایده نو در حوزه {t} حمایت می_کنیم",
    "آمار دقیقی از وضعیت {t} در استان وجود ندارد و این ضعف باید برطرف شود",
    "{lack} مهم_ترین مانع پیشرفت طرح_های {t} در شهرستان {C} است",
    "در سال {yr} تمرکز اصلی ما بر {act} در حوزه {t} خواهد بود",
    "نرخ رشد شاخص_های {t} در {P} طی {n} سال اخیر {pct} درصد بوده است",
    "مدیران باید در حوزه {t} دانش و سواد کافی داشته باشند",
    "در این زمینه {n} تفاهم_نامه با {org} برای توسعه {t} امضا شده است",
))
_NP = _zs((
    "{act} در حوزه {t}",
    "تدوین نقشه راه {t} استان {P}",
    "تقویت زیرساخت_های {t} در شهرستان {C}",
    "ایجاد قرارگاه ویژه {t} در استان",
    "افزایش سهم استان {P} از اعتبارات ملی {t}",
    "آموزش {grp} در زمینه {t}",
    "توجه ویژه به {t} در مناطق محروم شهرستان {C}",
    "تسریع در اجرای طرح_های نیمه_تمام {t}",
    "هماهنگی بیشتر میان {org} در حوزه {t}",
    "استفاده از ظرفیت {grp} در حوزه {t}",
    "حمایت از شرکت_های فعال در حوزه {t}",
    "اطلاع_رسانی گسترده درباره خدمات {t}",
    "رفع موانع سرمایه_گذاری در بخش {t}",
    "جذب نیروهای متخصص بومی در حوزه {t}",
    "برگزاری دوره_های آموزشی {t} برای {grp}",
    "تکمیل طرح_های {t} تا پایان سال {yr}",
    "تخصیص به_موقع اعتبارات {t} شهرستان {C}",
    "پایش مستمر شاخص_های {t} در استان {P}",
    "مشارکت فعال {org} در برنامه_های {t}",
    "بازنگری در شیوه مدیریت {t}",
))
_NEWS = _zs((
    "تخصیص {money} اعتبار برای طرح_های {t} استان {P}",
    "اجرای {n} طرح جدید در حوزه {t} در شهرستان {C}",
    "راه_اندازی سامانه پایش {t} تا پایان سال {yr}",
    "برگزاری {n} دوره آموزشی {t} ویژه {grp}",
    "افزایش {pct} درصدی اعتبارات {t} در سال جاری",
    "امضای تفاهم_نامه همکاری با {org} در حوزه {t}",
    "ایجاد {N} فرصت شغلی در حوزه {t} در استان {P}",
))
_H = _zs((
    "مدیریت {t} در استان {P} با رویکردی موثر و هدفمند پیش رود",
    "با همکاری همه دستگاه_ها، مشکلات {t} در شهرستان {C} کاهش یابد",
    "طرح_های {t} تا پایان سال {yr} به بهره_برداری برسد",
    "{grp} در حوزه {t} بیش از پیش فعال شوند",
    "شاهد ارتقای جایگاه استان {P} در حوزه {t} باشیم",
    "اعتبارات {t} به موقع تخصیص یابد",
    "نتایج این {kind} به بهبود وضعیت {t} در استان کمک کند",
    "با {act}، وضعیت {t} در {C} بهبود یابد",
    "{org} در حوزه {t} بیش از گذشته همکاری کنند",
))
# Optional lead-ins and tails that multiply the clause templates.
_S_PREFIXES = _zs((
    "خوشبختانه", "متاسفانه", "در حال حاضر", "بی_تردید", "به اعتقاد من", "همان_طور که می_دانید",
    "باید بپذیریم که", "واقعیت این است که", "در سال_های اخیر", "با توجه به شرایط موجود",
    "بر اساس آخرین آمارها", "به عنوان مثال", "از سوی دیگر", "در این راستا",
    "با وجود محدودیت_ها", "در شرایط کنونی", "طبق برنامه_ریزی انجام شده", "به صراحت می_گویم",
))
_S_SUFFIXES = _zs((
    "و این موضوع به طور جدی پیگیری می_شود", "و در این زمینه به حمایت ملی نیاز داریم",
    "و گزارش آن به زودی منتشر خواهد شد", "و این روند باید ادامه پیدا کند",
    "و باید از این فرصت به بهترین شکل استفاده کرد", "و همکاری همه دستگاه_ها در این زمینه لازم است",
    "و نتایج آن تا پایان سال {yr} مشخص می_شود", "و مردم باید نتیجه آن را در زندگی خود ببینند",
    "و امیدواریم با حمایت_های استانی این روند تسریع شود", "و {grp} نیز در این زمینه نقش مهمی دارند",
    "و این مسئله از دید مسئولان استان {P} پنهان نیست", "و برای آن {n} برنامه عملیاتی تدوین شده است",
))
_NP_SUFFIXES = _zs((
    " در سطح استان", " با مشارکت {grp}", " با همکاری {org}", " در شهرستان {C}",
    " در سال {yr}", " به ویژه در مناطق روستایی",
))
_GROUPS = _zs((
    "جوانان", "بانوان", "دانشجویان", "دانش_آموزان", "کشاورزان", "روستاییان", "فعالان اقتصادی",
    "نخبگان", "خیرین", "تشکل_های مردم_نهاد", "مدیران دستگاه_های اجرایی", "کارشناسان",
    "اصحاب رسانه", "بازنشستگان", "سالمندان", "کارآفرینان", "معلمان", "پزشکان", "اساتید دانشگاه",
    "عشایر", "صنعتگران", "دهیاران", "فرهنگیان", "هنرمندان", "ورزشکاران",
))
_ORGS = _zs((
    "دستگاه_های اجرایی", "شهرداری_ها", "دانشگاه_ها", "فرمانداری_ها", "بخشداری_ها", "دهیاری_ها",
    "شوراهای اسلامی", "روابط عمومی_ها", "بانک_های عامل", "نهادهای نظارتی",
    "سازمان_های مردم_نهاد", "مراکز رشد", "اتاق_های بازرگانی", "تشکل_های صنفی",
    "رسانه_های استانی", "شرکت_های دانش_بنیان", "حوزه_های علمیه", "مدارس", "بنیادهای خیریه",
))
_ACTS = _zs((
    "تدوین نقشه راه", "ایجاد ساختارهای جدید", "تقویت زیرساخت_ها", "جذب سرمایه_گذار",
    "آموزش نیروی انسانی متخصص", "راه_اندازی سامانه یکپارچه", "ایجاد پایگاه داده استانی",
    "بازنگری در آیین_نامه_ها", "تشکیل کارگروه ویژه", "اصلاح الگوی مصرف",
    "توسعه همکاری_های بین_بخشی", "استفاده از فناوری_های نوین", "حمایت از کسب_وکارهای کوچک",
    "تکمیل طرح_های نیمه_تمام", "جلب مشارکت مردمی", "استفاده از ظرفیت خیرین",
    "افزایش نظارت میدانی", "تخصیص به_موقع اعتبارات", "ایجاد قرارگاه رسانه_ای",
    "تسهیل صدور مجوزها", "پایش مستمر شاخص_ها", "مستندسازی تجربه_های موفق",
    "توسعه آموزش_های مهارتی", "ایجاد صندوق حمایت", "نوسازی تجهیزات", "ارتقای کیفیت خدمات",
    "برگزاری رویدادهای تخصصی", "تقویت دیپلماسی استانی", "ساماندهی بازار",
    "شناسایی نیازهای واقعی", "تدوین سند جامع", "اجرای طرح_های مطالعاتی",
    "هوشمندسازی فرایندها", "واگذاری امور به بخش خصوصی", "ایجاد مراکز نوآوری",
))
_LACKS = _zs((
    "نیروی متخصص", "اعتبار کافی", "زیرساخت مناسب", "هماهنگی بین_دستگاهی", "آمار دقیق",
    "نقشه راه مشخص", "نظارت کافی", "تجهیزات لازم", "قوانین روشن", "مشارکت مردمی",
    "سرمایه_گذاری بخش خصوصی",
))
_PERIODS = _zs(("هر سه ماه یک بار", "به صورت ماهانه", "هر شش ماه یک بار", "به صورت هفتگی",
                "در پایان هر فصل"))
_RANKS = ("اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم")
_AGENCIES = ("ایرنا", "ایسنا", "مهر", "فارس", "تسنیم", "ایلنا", "برنا", "ایکنا",
             "باشگاه خبرنگاران جوان", "دانشجو", "میزان", "شبستان", "پانا")
_DATELINE_LABELS = _zs(("پخش زنده", "اخبار استانی", "سیاسی", "اجتماعی", "اقتصادی", "فرهنگی",
                        "ورزشی", "علمی", "سلامت", "استان_ها", "گزارش", "خبر"))
_VENUES = _zs((
    "سالن اجتماعات فرمانداری {C}", "تالار شهر {C}", "محل نمایشگاه_های بین_المللی {C}",
    "سالن همایش_های کتابخانه مرکزی {C}", "سالن جلسات شورای اسلامی شهر {C}",
    "محل اتاق بازرگانی {C}", "سالن اجتماعات شهرداری {C}", "محل فرمانداری {C}",
    "مجتمع فرهنگی هنری {C}", "سالن همایش_های دانشگاه آزاد اسلامی واحد {C}", "{C}",
))

# Verbs of saying (singular); the plural of respect is derived.
_VERBS_FIRST = ("گفت", "گفت", "گفت", "اظهار کرد", "اظهار داشت", "بیان کرد", "عنوان کرد",
                "تصریح کرد", "اعلام کرد", "تاکید کرد", "تأکید کرد", "خاطرنشان کرد")
_VERBS_LATER = ("افزود", "افزود", "افزود", "گفت", "گفت", "ادامه داد", "ادامه داد",
                "تاکید کرد", "تأکید کرد", "اظهار کرد", "اظهار داشت", "خاطرنشان کرد",
                "تصریح کرد", "اعلام کرد", "بیان کرد", "بیان داشت", "یادآور شد", "عنوان کرد",
                "توضیح داد", "اضافه کرد", "متذکر شد", "یادآوری کرد", "اذعان کرد",
                "خاطرنشان ساخت", "ابراز داشت", "اعلام داشت", "عنوان داشت")
# Reported-speech frames used by _ArticleBuilder.later (listed for vocabulary_sizes).
_INDIRECT_FORMS = ("... را ضروری دانست", "... را امری ضروری دانست", "... را لازم دانست",
                   "بر ضرورت ... تاکید کرد", "بر لزوم ... تاکید کرد", "خواستار ... شد",
                   "ابراز امیدواری کرد ...", "از ... خبر داد", "به گفته X، ...",
                   "با بیان اینکه ...، گفت", "با اشاره به اینکه ...، گفت", "ضمن بیان اینکه ...",
                   "در پاسخ به سوال خبرنگار ... گفت")
_PLURAL = {"گفت": "گفتند", "افزود": "افزودند", "داد": "دادند", "کرد": "کردند",
           "داشت": "داشتند", "شد": "شدند", "ساخت": "ساختند", "دانست": "دانستند",
           "بود": "بودند"}


def _plural(verb: str) -> str:
    head, _, last = verb.rpartition(" ")
    return f"{head} {_PLURAL[last]}".strip()


@dataclass(frozen=True)
class _Province:
    name: str
    capital: str
    others: tuple[str, ...]

    @property
    def cities(self) -> tuple[str, ...]:
        return (self.capital, *self.others)


@dataclass(frozen=True)
class _RolePattern:
    template: str
    title_kind: str
    cats: frozenset[str]
    adhoc: bool


@dataclass(frozen=True)
class _EventType:
    template: str
    kind: str
    cats: frozenset[str]
    ordinal: bool


class _Vocab:
    def __init__(self) -> None:
        def lines(name: str) -> list[str]:
            text = (DATA_DIR / name).read_text(encoding="utf-8")
            return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]

        self.male = tuple(lines("first_names_male.txt"))
        self.female = tuple(lines("first_names_female.txt"))
        self.surnames = tuple(lines("surnames.txt"))
        self.provinces = tuple(
            _Province(row[0], row[1], tuple(row[2:]))
            for row in (ln.split("\t") for ln in lines("provinces.tsv"))
        )
        self.topics = tuple(tuple(ln.split("\t")) for ln in lines("topics.tsv"))
        cats = sorted({c for _, c in self.topics})
        self.topics_by_cat = {c: tuple(t for t, tc in self.topics if tc == c) for c in cats}

        def pattern(spec, adhoc):
            tpl, kind, cat = spec
            return _RolePattern(_z(tpl), kind, frozenset(cat.split()), adhoc)

        self.official = tuple(pattern(p, False) for p in _OFFICIAL_ROLES)
        self.adhoc = tuple(pattern(p, True) for p in _ADHOC_ROLES)
        self.roles_by_cat: dict[str, tuple[tuple[_RolePattern, ...], list[float]]] = {}
        for c in cats:
            pats, weights = [], []
            for p in (*self.official, *self.adhoc):
                if c in p.cats:
                    pats.append(p)
                    weights.append(0.6 if p.adhoc else 3.0)
                elif "*" in p.cats:
                    pats.append(p)
                    weights.append(0.35 if p.adhoc else 1.6)
            self.roles_by_cat[c] = (tuple(pats), list(itertools.accumulate(weights)))
        self.events = tuple(_EventType(_z(t), _z(k), frozenset(c.split()), o) for t, k, c, o in _EVENTS)
        self.events_by_cat = {
            c: tuple(e for e in self.events if c in e.cats or "*" in e.cats) for c in cats
        }
        self.cities = frozenset(c for p in self.provinces for c in p.cities)
        self.names = frozenset((*self.male, *self.female, *self.surnames))
        # Words of the templates themselves: poor evidence of which statement is meant.
        words: set[str] = set()
        for tpl in (*_S, *_NP, *_NEWS, *_H, *_S_PREFIXES, *_S_SUFFIXES, *_NP_SUFFIXES):
            words.update(_tokens(re.sub(r"\{\w+\}", " ", tpl)))
        self.template_words = frozenset(words)
        self.topic_patterns = tuple((t, _topic_regex(t)) for t, _ in self.topics)


@functools.cache
def _vocab() -> _Vocab:
    return _Vocab()


def vocabulary_sizes() -> dict[str, int]:
    v = _vocab()
    return {
        "first_names": len(v.male) + len(v.female),
        "surnames": len(v.surnames),
        "provinces": len(v.provinces),
        "cities": len(v.cities),
        "topics": len(v.topics),
        "role_patterns": len(v.official) + len(v.adhoc),
        "event_types": len(v.events),
        "statement_templates": len(_S) + len(_NP) + len(_NEWS) + len(_H),
        "verbs_of_saying": len({v.replace("تأ", "تا") for v in _VERBS_FIRST + _VERBS_LATER}),
        "indirect_speech_forms": len(_INDIRECT_FORMS),
    }


# --------------------------------------------------------------------------- the world


@dataclass(frozen=True)
class _Person:
    first: str
    last: str
    female: bool
    title: str  # honorific or ""

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def plural(self) -> bool:  # addressed with the plural of respect
        return self.title.startswith(("حجت", "آیت"))


def _new_person(r: random.Random, title_kind: str) -> _Person:
    v = _vocab()
    if title_kind == "cleric?":
        title_kind = "cleric" if r.random() < 0.5 else "any"
    female = title_kind in ("any", "dr", "eng") and r.random() < 0.15
    first = r.choice(v.female if female else v.male)
    last = r.choice(v.surnames)
    x = r.random()
    if title_kind == "sardar":
        title = "سردار"
    elif title_kind == "sarhang":
        title = "سرهنگ"
    elif title_kind == "cleric":
        title = _z("آیت_الله") if x < 0.12 else _z("حجت_الاسلام والمسلمین") if x < 0.4 else _z("حجت_الاسلام")
    elif title_kind == "dr":
        title = "دکتر" if x < 0.85 else ""
    elif title_kind == "eng":
        title = "مهندس" if x < 0.55 else "دکتر" if x < 0.7 else ""
    else:
        title = "دکتر" if x < 0.25 else "مهندس" if x < 0.35 else ""
    return _Person(first, last, female, title)


class _World:
    """Holders of official roles: the same person across articles, with occasional turnover."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self._terms: dict[str, tuple[_Person, dt.date | None, _Person | None]] = {}

    def holder(self, role: str, title_kind: str, day: dt.date) -> _Person:
        terms = self._terms.get(role)
        if terms is None:
            r = random.Random(f"{self.seed}|role|{role}")
            first = _new_person(r, title_kind)
            if r.random() < 0.3:
                change = _PUB_START + dt.timedelta(days=r.randrange(60, _PUB_DAYS - 60))
                terms = (first, change, _new_person(r, title_kind))
            else:
                terms = (first, None, None)
            self._terms[role] = terms
        first, change, second = terms
        return second if change is not None and day >= change else first  # type: ignore[return-value]


@functools.lru_cache(maxsize=8)
def _world(seed: int) -> _World:
    return _World(seed)


# --------------------------------------------------------------------------- articles

_ZW_MODES = ("keep", "drop", "space")


@functools.cache
def _noise_pairs(arabic: bool, persian_digits: bool, zw: str, riis: bool) -> tuple[tuple[str, str], ...]:
    """Replacements that turn clean copy into this article's spelling (str.replace is several
    times faster than str.translate on non-ASCII text)."""
    pairs: list[tuple[str, str]] = []
    if riis:
        pairs.append(("رئیس", "رییس"))
    if zw == "drop":
        pairs.append((ZWNJ, ""))
    elif zw == "space":
        pairs.append((ZWNJ, " "))
    if arabic:
        pairs += [("ی", "ي"), ("ک", "ك")]
    if persian_digits:
        pairs += list(zip("0123456789", _FA_DIGITS))
    return tuple(pairs)


def _wrap(paragraph: str, width: int) -> list[str]:
    lines: list[str] = []
    cur: list[str] = []
    size = 0
    for word in paragraph.split(" "):
        if cur and size + len(word) + 1 > width:
            lines.append(" ".join(cur))
            cur, size = [], 0
        cur.append(word)
        size += len(word) + 1
    if cur:
        lines.append(" ".join(cur))
    return lines


class _Sp:
    """A person in the article being built."""

    __slots__ = ("person", "role", "pattern", "named", "statements", "plural")

    def __init__(self, person: _Person, role: str, pattern: _RolePattern, plural: bool) -> None:
        self.person = person
        self.role = role
        self.pattern = pattern
        self.named = False
        self.statements: list[str] = []
        self.plural = plural


class _Slots(dict):
    """Template slots; the random ones are drawn only when a template asks for them."""

    b: "_ArticleBuilder"

    def __missing__(self, key: str) -> str:
        r = self.b.r
        if key == "C":
            v = self.b.pick(self.b.prov.cities)
        elif key == "C2":
            v = self.b.pick([c for c in self.b.prov.cities if c != self["C"]])
        elif key == "t2":
            v = self.b.other_topic(self["t"])
        elif key == "n":
            v = str(self.b.randint(2, 40))
        elif key == "n2":
            v = str(self.b.randint(2, 12))
        elif key == "N":
            v = str(self.b.randint(120, 9800))
        elif key == "pct":
            v = str(self.b.randint(5, 95))
        elif key == "money":
            x = r.random()
            if x < 0.5:
                v = f"{self.b.randint(2, 950)} میلیارد تومان"
            elif x < 0.75:
                v = f"{self.b.randint(1, 60)} هزار میلیارد ریال"
            else:
                v = f"{self.b.randint(100, 9000)} میلیارد ریال"
        elif key == "grp":
            v = self.b.pick(_GROUPS)
        elif key == "org":
            v = self.b.pick(_ORGS)
        elif key == "org2":
            v = self.b.pick([o for o in _ORGS if o != self["org"]])
        elif key == "act":
            v = self.b.pick(_ACTS)
        elif key == "lack":
            v = self.b.pick(_LACKS)
        elif key == "period":
            v = self.b.pick(_PERIODS)
        elif key == "rank":
            v = self.b.pick(_RANKS)
        elif key == "yr":
            v = str(self.b.jy + (1 if r.random() < 0.3 else 0))
        else:
            raise KeyError(key)
        self[key] = v
        return v


_FRAMES_1 = ("colon",) * 10 + ("according",) * 2 + ("necessary",) * 2 + ("emphasis",) * 2 + (
    "demand", "hope", "hope", "announce", "answer")
_FRAMES_2 = _FRAMES_1 + ("saying",) * 3 + ("np_say",)
_CUM = {  # cumulative weights for the few weighted choices of every article
    "lag": ((0, 1, 2, 3), (60, 85, 95, 100)),
    "zw": (_ZW_MODES, (60, 90, 100)),
    "speakers": ((1, 2, 3), (45, 83, 100)),
    "lead": ("ABCD", (45, 65, 75, 100)),
}


class _ArticleBuilder:
    def __init__(self, i: int, seed: int) -> None:
        self.i = i
        self.seed = seed
        self.v = _vocab()
        self.world = _world(seed)
        # An integer seed is cheaper than a string one; (seed, i) pairs stay distinct for i < 2**32.
        self.r = random.Random(((seed & 0xFFFFFFFF) << 32) | i)
        self.rnd = self.r.random
        self.clauses: set[str] = set()  # statements that are full clauses (headline material)
        self.phrases: set[str] = set()  # statements that are noun phrases («بر ضرورت ... تاکید کرد»)

    # ---- small helpers (faster than random.choice/randint, which cost microseconds per call)
    def pick(self, seq: Sequence[str]):
        return seq[int(self.rnd() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.rnd() * (b - a + 1))

    def weighted(self, items: Sequence, cum: Sequence[float]):
        return items[bisect.bisect(cum, self.rnd() * cum[-1])]

    def slots(self, topic: str) -> _Slots:
        slots = _Slots(self.slot_base)
        slots.b = self
        slots["t"] = topic
        return slots

    def other_topic(self, topic: str) -> str:
        r = self.r
        pool = self.v.topics_by_cat[self.cat] if r.random() < 0.85 else None
        while True:
            t = self.pick(pool) if pool else self.pick(self.v.topics)[0]
            if t != topic:
                return t

    def stmt(self, pool: Sequence[str], used: set[str]) -> str:
        r = self.r
        s = ""
        for _ in range(10):
            topic = self.topic if r.random() < 0.7 else self.other_topic(self.topic)
            tpl = self.pick(pool)
            if pool is _S:
                if self.rnd() < 0.4:
                    tpl = f"{self.pick(_S_PREFIXES)}، {tpl}"
                if self.rnd() < 0.35:
                    tpl = f"{tpl} {self.pick(_S_SUFFIXES)}"
            elif pool is _NP and self.rnd() < 0.5:
                tpl += self.pick(_NP_SUFFIXES)
            s = tpl.format_map(self.slots(topic))
            if s not in used:
                break
        used.add(s)
        if pool is _S:
            self.clauses.add(s)
        elif pool is _NP:
            self.phrases.add(s)
        return s

    def verb(self, sp: _Sp, first: bool = False) -> str:
        v = self.pick(_VERBS_FIRST if first else _VERBS_LATER)
        return _plural(v) if sp.plural else v

    def conj(self, sp: _Sp, verb: str) -> str:
        return _plural(verb) if sp.plural else verb

    def titled(self, sp: _Sp, p_title: float = 0.7) -> str:
        """Full name with an optional honorific, as in a first mention."""
        r, p = self.r, sp.person
        if p.title and r.random() < p_title:
            return f"{p.title} {p.name}"
        if not p.title and r.random() < (0.3 if p.female else 0.05):
            return f"{'خانم' if p.female else 'آقای'} {p.name}"
        return p.name

    def intro(self, sp: _Sp, trailing_comma: bool = True) -> str:
        """A mention that names the person and gives the role."""
        sp.named = True
        name = self.titled(sp)
        style = self.r.randrange(4 if trailing_comma else 2)
        if style == 0:
            return f"{sp.role} {name}"
        if style == 1:
            return f"{name} {sp.role}"
        if style == 2:
            return f"{name}، {sp.role}،"
        return f"{sp.role}، {name}،"

    def ref(self, sp: _Sp) -> str:
        """A later reference to the person."""
        r, p = self.r, sp.person
        if not sp.named:
            sp.named = True
            return self.titled(sp, 0.9)
        x = r.random()
        if x < 0.42:
            return "ایشان" if sp.plural else "وی"
        if x < 0.7:
            return p.last
        if x < 0.8 and p.title:
            return f"{p.title} {p.last}"
        if x < 0.85 and p.female:
            return f"خانم {p.last}"
        if x < 0.95 or sp.pattern.adhoc:
            return sp.role
        return "این مقام مسئول"

    def end(self) -> str:
        return "" if self.r.random() < 0.04 else "."

    # ---- the statement paragraphs
    def colon(self, sp: _Sp, who: str, used: set[str], first: bool = False, adv: str = "") -> str:
        s = self.stmt(_S, used)
        sp.statements.append(s)
        verb = self.verb(sp, first)
        while "تاکید" in adv and ("تاکید" in verb or "تأکید" in verb):
            verb = self.verb(sp, first)
        parts = [who, adv, verb + ":", s]
        return " ".join(x for x in parts if x) + self.end()

    def later(self, sp: _Sp, remaining: int, used: set[str]) -> tuple[str, int]:
        """One paragraph with one or two of sp's remaining statements."""
        r = self.r
        who = self.ref(sp)
        frame = self.pick(_FRAMES_2 if remaining >= 2 else _FRAMES_1)
        t = self.topic
        if frame == "colon":
            adv = self.pick(("", "", "همچنین", "در ادامه", "در ادامه سخنان خود",
                             "در بخش دیگری از سخنان خود", f"با اشاره به {self.other_topic(t)}",
                             f"با تاکید بر اهمیت {t}", "در پایان"))
            return self.colon(sp, who, used, adv=adv), 1
        if frame == "according":
            s = self.stmt(_S, used)
            sp.statements.append(s)
            who = who if who not in ("وی", "ایشان", "این مقام مسئول") else sp.person.last
            return f"به گفته {who}، {s}{self.end()}", 1
        if frame == "necessary":
            s = self.stmt(_NP, used)
            sp.statements.append(s)
            tail = self.pick(("را ضروری دانست", "را امری ضروری دانست", "را لازم دانست"))
            return f"{who} {s} {self.conj(sp, tail)}{self.end()}", 1
        if frame == "emphasis":
            s = self.stmt(_NP, used)
            sp.statements.append(s)
            head = self.pick(("بر ضرورت", "بر لزوم"))
            return f"{who} {head} {s} {self.conj(sp, self.pick(('تاکید کرد', 'تأکید کرد')))}{self.end()}", 1
        if frame == "demand":
            s = self.stmt(_NP, used)
            sp.statements.append(s)
            return f"{who} خواستار {s} {self.conj(sp, 'شد')}{self.end()}", 1
        if frame == "hope":
            s = self.stmt(_H, used)
            sp.statements.append(s)
            that = "که " if r.random() < 0.3 else ""
            return f"{who} {self.conj(sp, 'ابراز امیدواری کرد')} {that}{s}{self.end()}", 1
        if frame == "announce":
            s = self.stmt(_NEWS, used)
            sp.statements.append(s)
            return f"{who} از {s} {self.conj(sp, 'خبر داد')}{self.end()}", 1
        if frame == "answer":
            s = self.stmt(_S, used)
            sp.statements.append(s)
            return (f"{who} در پاسخ به سوال خبرنگار {self.agency} درباره {t} "
                    f"{self.verb(sp)}: {s}{self.end()}"), 1
        if frame == "saying":
            s1 = self.stmt(_S, used)
            s2 = self.stmt(_S, used)
            sp.statements += [s1, s2]
            lead = self.pick(("با بیان اینکه", "با اشاره به اینکه", "ضمن بیان اینکه"))
            return f"{who} {lead} {s1}، {self.verb(sp)}: {s2}{self.end()}", 2
        # np_say
        s1 = self.stmt(_NP, used)
        s2 = self.stmt(_S, used)
        sp.statements += [s1, s2]
        return (f"{who} بر لزوم {s1} {self.conj(sp, 'تاکید کرد')} و "
                f"{self.conj(sp, 'گفت')}: {s2}{self.end()}"), 2

    # ---- people
    def pick_role(self, cat: str | None) -> tuple[_RolePattern, str]:
        r, prov = self.r, self.prov
        if cat is None:
            pat = self.pick(self.v.official)
        else:
            pats, cum = self.v.roles_by_cat[cat]
            pat = pats[bisect.bisect(cum, self.rnd() * cum[-1])]
        city = self.city if r.random() < 0.7 else self.pick(prov.cities)
        role = pat.template.format(P=prov.name, K=prov.capital, C=city, t=self.topic)
        return pat, role

    def person_for(self, pat: _RolePattern, role: str) -> _Person:
        if pat.adhoc:
            return _new_person(self.r, pat.title_kind)
        return self.world.holder(role, pat.title_kind, self.ev_date)

    def date_phrase(self, has_dateline: bool) -> str:
        r = self.r
        jy, jm, jd = to_jalali(self.ev_date)
        month = MONTHS[jm - 1]
        wd_i = self.ev_date.weekday()
        wd = _WEEKDAY_ALT[wd_i] if wd_i in _WEEKDAY_ALT and r.random() < 0.3 else WEEKDAYS[wd_i]
        x = r.random() if has_dateline else 0.0
        if x < 0.45:
            return self.pick((
                f"روز {wd} {jd} {month} {jy}", f"{jd} {month} {jy}", f"{jd} {month} ماه {jy}",
                f"روز {wd} مورخه {jd} {month} ماه {jy}", f"{wd} {jd} {month}{ZWNJ}ماه {jy}",
                f"در تاریخ {jy}/{jm:02d}/{jd:02d}", f"روز {wd} {jy}/{jm}/{jd}",
            ))
        if x < 0.85 or self.lag > 1:
            return self.pick((
                f"روز {wd} {jd} {month}", f"{wd} {jd} {month}", f"{jd} {month}{ZWNJ}ماه",
                f"صبح روز {wd} {jd} {month}", f"عصر {wd} {jd} {month}",
            ))
        if self.lag == 0:
            return self.pick(("صبح امروز", "عصر امروز", "امروز", f"امروز {wd}"))
        return self.pick(("دیروز", "عصر دیروز", "صبح دیروز"))

    def event_name(self, et: _EventType) -> str:
        r = self.r
        name = et.template.format(
            t=self.topic, P=self.prov.name, C=self.city, K=self.prov.capital,
            scope=self.pick(_SCOPES), grp=self.pick(_GROUPS),
        )
        if et.ordinal and r.random() < 0.5:
            k = min(int(r.expovariate(0.18)), len(_ORDINALS) - 1)
            name = f"{_ORDINALS[k]} {name}"
        return name

    # ---- the article
    def build(self) -> GeneratedArticle:
        r, v = self.r, self.v
        key = f"{self.i:06d}_{r.getrandbits(64):016x}"
        pub = _PUB_START + dt.timedelta(days=r.randrange(_PUB_DAYS))
        self.lag = self.weighted(*_CUM["lag"])
        self.ev_date = pub - dt.timedelta(days=self.lag)
        self.jy = to_jalali(self.ev_date)[0]
        self.prov = prov = self.pick(v.provinces)
        self.topic, self.cat = self.pick(v.topics)
        et = self.pick(v.events_by_cat[self.cat])
        if "{K}" in et.template:
            self.city = prov.capital
        elif "{C}" in et.template:
            self.city = prov.capital if r.random() < 0.35 else self.pick(prov.others)
        elif "{P}" in et.template:
            self.city = prov.capital if r.random() < 0.85 else self.pick(prov.others)
        else:
            self.city = prov.capital if r.random() < 0.5 else self.pick(prov.others)
        self.kind = et.kind
        self.slot_base = {"P": prov.name, "K": prov.capital, "kind": et.kind}
        event = self.event_name(et)
        self.agency = self.pick(_AGENCIES)

        # Style of this copy.
        persian_digits = r.random() < 0.8
        arabic = r.random() < 0.10
        zw = self.weighted(*_CUM["zw"])
        wrap = r.random() < 0.10
        riis = r.random() < 0.5  # «رییس» instead of «رئیس»
        sep = "\n" if r.random() < 0.65 else "\n\n"
        has_dateline = r.random() < 0.5

        # People.
        speakers: list[_Sp] = []
        attendees: list[_Sp] = []
        roles: set[str] = set()
        names: set[str] = set()
        n_sp = self.weighted(*_CUM["speakers"])
        for k in range(n_sp + 1):
            attendee = k == n_sp
            if attendee and r.random() > 0.4:
                break
            for _ in range(12):
                pat, role = self.pick_role(None if attendee else self.cat)
                person = self.person_for(pat, role)
                if role not in roles and person.last not in names:  # one person per surname
                    break
            else:
                continue  # (the first speaker always succeeds: nothing is taken yet)
            roles.add(role)
            names.add(person.last)
            plural = person.plural and r.random() < 0.85
            (attendees if attendee else speakers).append(_Sp(person, role, pat, plural))

        used: set[str] = set()
        kind = self.kind
        date = self.date_phrase(has_dateline)
        venue = self.pick(_VENUES).format(C=self.city)
        sp0 = speakers[0]
        ag = self.agency
        x = r.random()
        if x < 0.45:
            agency = f"به گزارش خبرگزاری {ag} از {self.city}"
        elif x < 0.53:
            agency = f"به گزارش خبرنگار {ag} از {self.city}"
        elif x < 0.61:
            agency = f"به گزارش خبرگزاری صداوسیمای مرکز {prov.name}"
        elif x < 0.69:
            agency = f"به گزارش {ag} از {prov.name}"
        elif x < 0.9:
            agency = f"به گزارش {ag}"
        else:
            agency = f"به گزارش روابط عمومی {self.pick(('استانداری ' + prov.name, 'فرمانداری ' + self.city, 'دانشگاه علوم پزشکی ' + prov.capital))}"

        paras: list[str] = []
        lead_style = self.weighted(*_CUM["lead"])
        ctx = self.pick(("", "", f"با اشاره به {self.topic}", f"با تاکید بر اهمیت {self.topic}",
                        "در سخنانی", f"در گفت{ZWNJ}وگو با خبرنگار {ag}", "در جمع خبرنگاران"))
        if lead_style == "A":
            where = self.pick((f" که در {venue} برگزار شد،", f" در {venue}،"))
            who = self.intro(sp0)
            paras.append(self.colon(sp0, f"{agency}، {who} {date} در {event}{where}", used, True, ctx))
        elif lead_style == "B":
            guests = "، ".join(s.role for s in speakers[:2])
            paras.append(f"{agency}، {event} {date} با حضور {guests} و جمعی از {self.pick(_GROUPS)} "
                         f"در {venue} برگزار شد.")
            paras.append(self.colon(sp0, f"{self.intro(sp0)} در این {kind}", used, True, ctx))
        elif lead_style == "C":
            g1, g2 = r.sample(_GROUPS, 2)
            paras.append(f"{event}، با شرکت {g1} و {g2}، {date}، در {venue} برگزار شد.")
            paras.append(self.colon(sp0, f"{agency}، {sp0.role} در آغاز این {kind}", used, True, ""))
        else:
            paras.append(f"{agency}، {date} {event} در {venue} برگزار شد.")
            paras.append(self.colon(sp0, f"{self.intro(sp0)} در این {kind}", used, True, ctx))

        attendee_slot = r.randrange(1, len(speakers) + 1)
        for k, sp in enumerate(speakers):
            if k == attendee_slot and attendees:
                paras.append(self.attendee_para(attendees[0]))
            if k > 0:
                paras.append(self.second_intro(sp, used))
            target = self.randint(2, 5) if k == 0 else self.randint(2, 4)
            while len(sp.statements) < target:
                para, _ = self.later(sp, target - len(sp.statements), used)
                paras.append(para)
            if not sp.named:  # cannot happen after later(), kept as a guard
                paras.append(f"{self.titled(sp, 1.0)} {self.conj(sp, 'بود')}.")
        if attendee_slot == len(speakers) and attendees:
            paras.append(self.attendee_para(attendees[0]))
        if r.random() < 0.3:
            paras.append(self.closing())

        head = self.headline(sp0, event, lead_style)

        # Noise: the same character mapping for the whole copy and for the statements.
        pairs = _noise_pairs(arabic, persian_digits, zw, riis)

        def tr(s: str) -> str:
            for old, new in pairs:
                s = s.replace(old, new)
            return s

        body = tr("\n".join(paras)).split("\n")
        if wrap:
            width = self.randint(110, 190)
            joiner = "\n\n" if r.random() < 0.6 else "\n"
            body = [joiner.join(_wrap(p, width)) for p in body]
        lines = tr("\n".join(head)).split("\n") + body
        if r.random() < 0.3:
            lines[0] = " " + lines[0]
        text = sep.join(lines) + ("\n" if r.random() < 0.5 else "")
        if has_dateline:
            label = tr(self.pick(_DATELINE_LABELS))
            text = f"{' ' if r.random() < 0.5 else ''}date {pub.isoformat()} {label}\n{text}"

        printed = iter(tr("\x00".join(s for sp in speakers for s in sp.statements)).split("\x00"))
        said = tuple(
            Speaker(sp.person.name, sp.role, tuple(next(printed) for _ in sp.statements))
            for sp in speakers
        )
        return GeneratedArticle(
            key=key, text=text, published=pub, speakers=said,
            event=event, place=self.city, jalali=jalali_text(self.ev_date),
            attendees=tuple(Speaker(sp.person.name, sp.role) for sp in attendees),
        )

    def second_intro(self, sp: _Sp, used: set[str]) -> str:
        r, kind = self.r, self.kind
        ctx = self.pick(("", "", f"با اشاره به {self.topic}", "در سخنانی",
                        f"ضمن قدردانی از {self.pick(_GROUPS)}"))
        style = r.randrange(5)
        if style == 0:
            return self.colon(sp, f"در ادامه این {kind}، {self.intro(sp)}", used, True, ctx)
        if style == 1:
            return self.colon(sp, f"{self.intro(sp)} نیز در این {kind}", used, True, ctx)
        if style == 2:
            return self.colon(sp, f"همچنین {self.intro(sp)}", used, True, ctx)
        if style == 3:
            return self.colon(sp, f"در بخش دیگری از این {kind}، {self.intro(sp)}", used, True, ctx)
        who = self.intro(sp, trailing_comma=False)
        return self.colon(sp, f"{who} دیگر سخنران این {kind} {self.conj(sp, 'بود')} که", used, True, ctx)

    def attendee_para(self, sp: _Sp) -> str:
        r, kind = self.r, self.kind
        had = self.conj(sp, "داشت")
        style = r.randrange(3)
        if style == 0:
            return f"در این {kind}، {self.intro(sp, trailing_comma=False)} نیز حضور {had}."
        if style == 1:
            return f"{self.intro(sp, trailing_comma=False)} نیز از حاضران این {kind} {self.conj(sp, 'بود')}."
        return (f"گفتنی است {self.intro(sp, trailing_comma=False)} و جمعی از "
                f"{self.pick(_GROUPS)} نیز در این {kind} حضور داشتند.")

    def closing(self) -> str:
        r, kind, t = self.r, self.kind, self.topic
        g1, g2 = r.sample(_GROUPS, 2)
        o1, o2 = r.sample(_ORGS, 2)
        return self.pick((
            f"گفتنی است در پایان این {kind} از {self.randint(5, 60)} نفر از {g1} فعال در حوزه {t} تجلیل شد.",
            f"این {kind} با حضور بیش از {self.randint(40, 900)} نفر از {g1} و {g2} برگزار شد.",
            f"شایان ذکر است این {kind} به همت {o1} و با همکاری {o2} برگزار شد.",
            f"در حاشیه این {kind}، نمایشگاهی از دستاوردهای {g1} در حوزه {t} برپا شد.",
        ))

    def headline(self, sp0: _Sp, event: str, lead_style: str) -> list[str]:
        r = self.r
        clauses = [s for s in sp0.statements if s in self.clauses] or sp0.statements
        s = self.pick(clauses)
        words = s.split(" ")
        before_comma = s.split("،")[0].strip()
        if len(words) <= 14:
            quote = s
        elif "،" in s and len(before_comma.split(" ")) >= 4:
            quote = before_comma
        else:
            quote = " ".join(words[: self.randint(8, 12)])
        if lead_style == "C":
            return [f"در {event} در {self.city} عنوان شد:", quote]
        x = r.random()
        if x < 0.3:
            title = f"{sp0.role}: {quote}"
        elif x < 0.5:
            title = f"{sp0.role} {self.pick(('گفت:', 'گفت :'))} {quote}"
        elif x < 0.62:
            title = f"{sp0.person.last}: {quote}"
        elif x < 0.8 and (nps := [s for s in sp0.statements if s in self.phrases]):
            # only what the speaker is reported to have said: no unattributed paraphrase
            title = f"{self.pick(('تاکید', 'تأکید'))} {sp0.role} بر {self.pick(nps)}"
        else:
            title = f"{event} در {self.city} برگزار شد"
        if r.random() < 0.25:
            return [f"{sp0.role} در {event}:", title]
        return [title]



def generate_article(i: int, *, seed: int = 1404) -> GeneratedArticle:
    """Article ``i`` of the corpus for ``seed`` (random access; the same as in generate_articles)."""
    if i < 0:
        raise ValueError("article index must be >= 0")
    return _ArticleBuilder(i, seed).build()


def generate_articles(n: int, *, seed: int = 1404) -> Iterator[GeneratedArticle]:
    """Stream ``n`` articles; article ``i`` is the same whatever ``n`` is."""
    for i in range(n):
        yield _ArticleBuilder(i, seed).build()


# --------------------------------------------------------------------------- questions

_STOP = frozenset(fold(w) for w in _z(
    "و در به از که این آن با را برای تا بر است شد شود می ها های یک هم نیز باید ما هر اما یا بین "
    "همه خود شده شوند کند کنند دارد دارند داریم هستند هستیم بوده باشد باشند خواهد دیگر سایر حوزه "
    "زمینه مورد طور صورت عنوان سال استان شهرستان درصد نفر طرح بیش بیشتر کمتر حدود تاکنون امسال "
    "گذشته جاری پیش ای چند هیچ نه نیست ویژه درباره مربوط نسبت طی اینکه چون سوی ضمن بدون توسط روی "
    "زیر میان همچنین ولی هنوز بسیاری برخی کرده کرد کردند داشته دارم کنیم کنید شد_است همان چه کسی "
    "کی کجا رو گفت گفته صحبت حرف سخن کدام"
).split())
_PUNCT = tuple("،؛:.!?؟«»()[]\"',/-%٪+*")


def _words(text: str) -> list[str]:
    """Whitespace- and punctuation-separated words (half-spaces stay inside words)."""
    for p in _PUNCT:
        text = text.replace(p, " ")
    return text.split()


def _tokens(text: str) -> list[str]:
    return _words(fold(text))


class _TopicRx:
    """Finds a topic in folded text however its half-spaces were typed; ``literal`` (its first
    piece) is a cheap substring test to run first, since a look-behind defeats re's own."""

    __slots__ = ("literal", "search")

    def __init__(self, topic: str) -> None:
        pieces = [w.split(ZWNJ) for w in fold(topic).split(" ")]
        words = [r"[\u200c ]?".join(map(re.escape, w)) for w in pieces]
        self.search = re.compile(r"(?<!\w)" + r"\s+".join(words)).search
        self.literal = pieces[0][0]


def _topic_regex(topic: str) -> _TopicRx:
    return _TopicRx(topic)


def _surname(name: str) -> str:
    return name.split(" ", 1)[1]


def _role_head(role: str) -> str:
    first = role.split(" ", 1)[0]
    return "امام جمعه" if first == "امام" else first


# Pieces that «space» noise detaches from their word (a window must not start or end with one).
_AFFIXES = frozenset({"ها", "های", "هایی", "ای", "ی", "تر", "ترین", "اند", "ام", "می", "نمی",
                      "بی", "ریزی", "گیری", "رسانی", "مند", "آمیز", "انگیز", "ساز", "سازی"})

_CONFUSABLE = {
    "س": "صث", "ص": "سث", "ث": "سص", "ز": "ذضظ", "ذ": "زض", "ض": "زظ", "ظ": "زض", "ت": "ط",
    "ط": "ت", "ه": "ح", "ح": "ه", "ق": "غ", "غ": "ق", "ک": "گ", "گ": "ک", "ا": "آ", "آ": "ا",
    "ر": "ز", "د": "ذ", "ب": "پ", "پ": "ب", "ج": "چ", "چ": "ج", "م": "ن", "ن": "م", "ش": "س",
    "ف": "ق", "ی": "ئ", "و": "ؤ",
}


def _typo(word: str, r: random.Random) -> str | None:
    """One wrong letter (not the first) in ``word``, or None if no plausible one."""
    v = _vocab()
    spots = [i for i in range(1, len(word)) if word[i] in _CONFUSABLE]
    r.shuffle(spots)
    for i in spots:
        new = word[:i] + r.choice(_CONFUSABLE[word[i]]) + word[i + 1:]
        if new not in v.names and new not in v.cities and fold(new) != fold(word):
            return new
    return None


def _typo_in(phrase: str, r: random.Random) -> str | None:
    words = phrase.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 4 and not w[0].isdigit()]
    r.shuffle(idx)
    for i in idx:
        new = _typo(words[i], r)
        if new:
            words[i] = new
            return " ".join(words)
    return None


_Q_FORMS = {
    "who_said": (
        ("چه کسی گفت {W}؟", "چه کسی درباره {W} صحبت کرد؟", "کدام مسئول از {W} سخن گفت؟",
         "گوینده این مطلب کیست: {W}؟"),
        ("کی گفت {W}؟", "کی گفته {W}؟", "{W} رو کی گفت؟", "کی درباره {W} حرف زد؟",
         "این حرف مال کیه: {W}؟"),
    ),
    "what_said": (
        ("{S} درباره {T} چه گفت؟", "نظر {S} درباره {T} چیست؟", "{S} درباره {T} چه گفته است؟"),
        ("{S} درباره {T} چی گفت؟", "{S} راجع به {T} چی گفته؟", "نظر {S} درباره {T} چیه؟"),
    ),
    "what_said_event": (
        ("{S} در {E} درباره {T} چه گفت؟", "{S} در {E} درباره {T} چه گفته است؟"),
        ("{S} تو {E} درباره {T} چی گفت؟", "{S} در {E} راجع به {T} چی گفته؟"),
    ),
    "when": (
        ("{E} کی برگزار شد؟", "{E} چه روزی برگزار شد؟", "تاریخ برگزاری {E} چه بود؟",
         "{E} در چه تاریخی برگزار شد؟"),
        ("{E} کی بود؟", "{E} کی برگزار شده؟", "{E} چه روزی بود؟"),
    ),
    "where": (
        ("{E} کجا برگزار شد؟", "{E} در کدام شهر برگزار شد؟", "محل برگزاری {E} کجا بود؟"),
        ("{E} کجا بود؟", "{E} تو کدوم شهر برگزار شد؟", "{E} کجا برگزار شده؟"),
    ),
    "role_of": (
        ("{R} کیست؟", "{R} چه کسی است؟", "نام {R} چیست؟"),
        ("{R} کیه؟", "اسم {R} چیه؟", "{R} کی هست؟"),
    ),
    "person_role": (
        ("{F} چه سمتی دارد؟", "سمت {F} چیست؟", "{F} چه مسئولیتی دارد؟"),
        ("{F} چیکاره است؟", "سمت {F} چیه؟", "{F} چه کاره‌ست؟"),
    ),
}
_KIND_WEIGHTS = (("who_said", 0.2), ("what_said", 0.2), ("when", 0.15), ("where", 0.15),
                 ("role_of", 0.15), ("person_role", 0.15))
_OVERSAMPLE = {"who_said": 3, "what_said": 4, "when": 6, "where": 6, "role_of": 4, "person_role": 4}


@dataclass
class _Candidate:
    seq: int
    kind: str
    article_key: str
    expect: str
    variant: str
    options: list[tuple[str, tuple[tuple, ...]]]  # (question text, requirement keys)


class _Planner:
    """Picks candidate questions first, then checks in one pass over the corpus that each
    expected answer is the only one the corpus supports; articles are never held."""

    def __init__(self, n: int, count: int, seed: int, get: Callable[[int], GeneratedArticle]):
        self.count = count
        self.expected: dict[tuple, object] = {}
        self.observed: dict[tuple, set] = {}
        self.events: set[str] = set()
        self.roles: set[str] = set()
        self.persons: set[str] = set()
        self.what: dict[str, list[tuple[str | None, _TopicRx, tuple]]] = {}
        self.anchors: dict[str, list[tuple[frozenset[str], tuple]]] = {}
        self._signatures: list[tuple[frozenset[str], tuple]] = []
        self._df: collections.Counter[str] = collections.Counter()  # over the fetched articles
        self.candidates: list[_Candidate] = []
        self.quota = {k: round(count * w) for k, w in _KIND_WEIGHTS}
        self.quota["who_said"] = max(0, self.quota["who_said"] + count - sum(self.quota.values()))
        if n <= 0 or count <= 0:
            return
        r = random.Random(seed)
        builders = {"who_said": self._who, "what_said": self._what, "when": self._when,
                    "where": self._where, "role_of": self._role_of, "person_role": self._person_role}
        want = {k: self.quota[k] * _OVERSAMPLE[k] for k in self.quota}
        made = dict.fromkeys(want, 0)
        order = [k for k, _ in _KIND_WEIGHTS]
        attempts = 0
        limit = 3 * sum(want.values())
        while attempts < limit and any(made[k] < want[k] for k in order):
            for kind in order:
                if made[kind] >= want[kind]:
                    continue
                attempts += 1
                art = get(r.randrange(n))
                if kind == "who_said":
                    self._df.update(set(_tokens(" ".join(s for sp in art.speakers for s in sp.statements))))
                cand = builders[kind](art, r)
                if cand is not None:
                    cand.seq = len(self.candidates)
                    self.candidates.append(cand)
                    made[kind] += 1
        # Index each signature under its rarest word, so most statements are skipped quickly.
        for sig, key in self._signatures:
            anchor = min(sorted(sig), key=lambda w: self._df[w])
            self.anchors.setdefault(anchor, []).append((sig, key))

    # ---- requirements
    def _require(self, key: tuple, expected: object) -> tuple:
        self.observed.setdefault(key, set())
        self.expected[key] = expected
        return key

    def _variant(self, r: random.Random) -> tuple[int, bool]:
        colloquial = r.random() < 0.3
        typo = r.random() < 0.15
        return int(colloquial), typo

    def _form(self, kind: str, colloquial: int, r: random.Random, **slots: str) -> str:
        return r.choice(_Q_FORMS[kind][colloquial]).format(**slots)

    @staticmethod
    def _label(colloquial: int, typo: bool) -> str:
        return ("colloquial" if colloquial else "formal") + ("+typo" if typo else "")

    # ---- candidate builders
    def _who(self, a: GeneratedArticle, r: random.Random) -> _Candidate | None:
        if ZWNJ not in a.text:  # the copy lost its half-spaces: words are not comparable
            return None
        sp = r.choice(a.speakers)
        st = r.choice(sp.statements)
        v = _vocab()
        seen: dict[str, int] = {}  # folded word -> rank (0 digits, 1 specific, 2 template word)
        display: dict[str, str] = {}
        for word in _words(st.translate(_AR_TO_FA)):
            tok = fold(word)
            if not tok or ZWNJ in tok or tok in _STOP or tok in seen:
                continue
            if tok.isdigit():
                seen[tok] = 0
            elif len(tok) >= 3:
                seen[tok] = 2 if tok in v.template_words else 1
            else:
                continue
            display[tok] = _fa_digits(word)
        if len(seen) < 4:
            return None
        ranked = sorted(seen, key=lambda t: (seen[t], r.random()))
        digits = [t for t in ranked if seen[t] == 0][:1]
        words = digits + [t for t in ranked if seen[t] > 0][: r.randint(4, 6) - len(digits)]
        original = [t for t in seen if t in words]
        r.shuffle(words)
        if words == original:
            words = words[1:] + words[:1]
        sig = frozenset(words)
        shown = [display[w] for w in words]
        colloquial, typo = self._variant(r)
        if typo:
            spots = [i for i, w in enumerate(shown) if not w[0].isdigit()]
            i = r.choice(spots)
            bad = _typo(shown[i], r)
            typo = bad is not None
            if bad:
                shown[i] = bad
        text = self._form("who_said", colloquial, r, W=" ".join(shown))
        key = self._require(("who", sig), sp.name)
        self._signatures.append((sig, key))
        return _Candidate(0, "who_said", a.key, _surname(sp.name), self._label(colloquial, typo),
                          [(text, (key,))])

    def _what(self, a: GeneratedArticle, r: random.Random) -> _Candidate | None:
        v = _vocab()
        sp = r.choice(a.speakers)
        sts = list(sp.statements)
        r.shuffle(sts)
        for st in sts:
            folded = fold(st)
            if len(folded) != len(st):  # offsets must line up; generated text always does
                continue
            found = [(t, rx, m) for t, rx in v.topic_patterns if (m := rx.search(folded))]
            if not found:
                continue
            topic, rx, m = max(found, key=lambda f: len(f[0]))
            expect = self._window(st, m.start(), m.end(), r)
            if expect is None:
                continue
            surname = _surname(sp.name)
            colloquial, typo = self._variant(r)
            shown = surname
            if typo:
                bad = _typo(surname, r)
                typo = bad is not None
                shown = bad or surname
            identity = _nospace(st)
            options = []
            if r.random() < 0.5:
                key = self._require(("what", surname, None, topic), identity)
                self.what.setdefault(surname, []).append((None, rx, key))
                options.append((self._form("what_said", colloquial, r, S=shown, T=topic), (key,)))
            key = self._require(("what", surname, a.event, topic), identity)
            self.what.setdefault(surname, []).append((a.event, rx, key))
            options.append((self._form("what_said_event", colloquial, r, S=shown, T=topic,
                                       E=a.event), (key,)))
            return _Candidate(0, "what_said", a.key, expect, self._label(colloquial, typo), options)
        return None

    @staticmethod
    def _window(st: str, t0: int, t1: int, r: random.Random) -> str | None:
        """Four to six consecutive words of the statement that leave the topic out."""
        spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", st)]
        size = min(len(spans), r.randint(4, 6))
        good = []
        for i in range(len(spans) - size + 1):
            w0, w1 = spans[i][0], spans[i + size - 1][1]
            if (w1 <= t0 or w0 >= t1) and st[w0:spans[i][1]] not in _AFFIXES \
                    and st[spans[i + size - 1][0]:w1] not in _AFFIXES:
                content = sum(1 for w in _tokens(st[w0:w1]) if w not in _STOP)
                if content >= 2:
                    good.append((content + any(c.isdigit() for c in st[w0:w1]), i))
        if not good:
            return None
        top = max(score for score, _ in good)
        i = r.choice([i for score, i in good if score == top])
        piece = st[spans[i][0]:spans[i + size - 1][1]].strip("،.:؛ ")
        return _fa_digits(piece.translate(_AR_TO_FA)) if piece else None

    def _event_q(self, kind: str, a: GeneratedArticle, r: random.Random) -> _Candidate:
        colloquial, typo = self._variant(r)
        shown = a.event
        if typo:
            bad = _typo_in(a.event, r)
            typo = bad is not None
            shown = bad or a.event
        self.events.add(a.event)
        if kind == "when":
            key, expect = self._require(("ev_date", a.event), a.jalali), a.jalali
        else:
            key, expect = self._require(("ev_city", a.event), a.place), a.place
        text = self._form(kind, colloquial, r, E=shown)
        return _Candidate(0, kind, a.key, expect, self._label(colloquial, typo), [(text, (key,))])

    def _when(self, a: GeneratedArticle, r: random.Random) -> _Candidate:
        return self._event_q("when", a, r)

    def _where(self, a: GeneratedArticle, r: random.Random) -> _Candidate:
        return self._event_q("where", a, r)

    def _role_of(self, a: GeneratedArticle, r: random.Random) -> _Candidate:
        p = r.choice(a.speakers + a.attendees)
        colloquial, typo = self._variant(r)
        shown = p.role.replace("رئیس", "رییس") if r.random() < 0.4 else p.role
        if typo:
            bad = _typo_in(shown, r)
            typo = bad is not None
            shown = bad or shown
        self.roles.add(p.role)
        key = self._require(("role", p.role), p.name)
        text = self._form("role_of", colloquial, r, R=shown)
        return _Candidate(0, "role_of", a.key, _surname(p.name), self._label(colloquial, typo),
                          [(text, (key,))])

    def _person_role(self, a: GeneratedArticle, r: random.Random) -> _Candidate:
        p = r.choice(a.speakers + a.attendees)
        colloquial, typo = self._variant(r)
        shown = p.name
        if typo:
            bad = _typo_in(p.name, r)
            typo = bad is not None
            shown = bad or p.name
        self.persons.add(p.name)
        key = self._require(("person", p.name), p.role)
        text = self._form("person_role", colloquial, r, F=shown)
        return _Candidate(0, "person_role", a.key, _role_head(p.role),
                          self._label(colloquial, typo), [(text, (key,))])

    # ---- the pass over the corpus
    def observe(self, a: GeneratedArticle) -> None:
        obs = self.observed
        if a.event in self.events:
            obs.setdefault(("ev_date", a.event), set()).add(a.jalali)
            obs.setdefault(("ev_city", a.event), set()).add(a.place)
        for p in (*a.speakers, *a.attendees):
            if p.role in self.roles:
                obs[("role", p.role)].add(p.name)
            if p.name in self.persons:
                obs[("person", p.name)].add(p.role)
        if not (self.anchors or self.what):
            return
        # One fold and one punctuation pass for all statements of the article: the cost of
        # str.replace is per call, and per-word Python loops cost more still.
        joined = fold("\x00".join(st for sp in a.speakers for st in sp.statements))
        folded = joined.split("\x00")
        if self.anchors:
            bare = joined
            for p in _PUNCT:
                bare = bare.replace(p, " ")
            word_sets = [set(x.split()) for x in bare.split("\x00")]
        anchors = self._anchor_set
        k = 0
        for sp in a.speakers:
            n = len(sp.statements)
            wanted = self.what.get(_surname(sp.name))
            if wanted:
                for event, rx, key in wanted:
                    if event is None or event == a.event:
                        for text in folded[k:k + n]:
                            if rx.literal in text and rx.search(text):
                                self.observed[key].add(text.replace(ZWNJ, "").replace(" ", ""))
            if anchors:
                for toks in word_sets[k:k + n]:
                    for tok in toks & anchors:
                        for sig, key in self.anchors[tok]:
                            if sig <= toks:
                                self.observed[key].add(sp.name)
            k += n

    @functools.cached_property
    def _anchor_set(self) -> frozenset[str]:
        return frozenset(self.anchors)

    def finish(self) -> list[Question]:
        valid: dict[str, list[tuple[int, Question]]] = {k: [] for k, _ in _KIND_WEIGHTS}
        texts: set[str] = set()
        for c in self.candidates:
            for text, keys in c.options:
                if all(self.observed.get(k) == {self.expected[k]} for k in keys):
                    if text not in texts:
                        texts.add(text)
                        valid[c.kind].append((c.seq, Question(text, c.kind, c.article_key,
                                                              c.expect, c.variant)))
                    break
        chosen: list[tuple[int, Question]] = []
        spare: list[tuple[int, Question]] = []
        for kind, items in valid.items():
            chosen += items[: self.quota[kind]]
            spare += items[self.quota[kind]:]
        spare.sort()
        chosen += spare[: max(0, self.count - len(chosen))]
        chosen.sort()
        return [q for _, q in chosen]


def generate_questions(articles: Sequence[GeneratedArticle], *, count: int = 500,
                       seed: int = 7) -> list[Question]:
    """About ``count`` questions (fewer if the corpus is too small to support them), each with
    an expected answer that is the only one the corpus supports."""
    planner = _Planner(len(articles), count, seed, articles.__getitem__)
    for a in articles:
        planner.observe(a)
    return planner.finish()


# --------------------------------------------------------------------------- command line


def _tsv(*cells: object) -> str:
    return "\t".join(str(c).replace("\t", " ").replace("\n", " ") for c in cells) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=1404, help="corpus seed (default 1404)")
    ap.add_argument("--questions", type=int, default=500, help="number of questions (default 500)")
    ap.add_argument("--question-seed", type=int, default=7)
    args = ap.parse_args(argv)
    if args.n < 0:
        ap.error("n must be >= 0")
    out: Path = args.outdir
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    planner = _Planner(args.n, args.questions, args.question_seed,
                       functools.partial(_indexed, seed=args.seed))
    t1 = time.perf_counter()
    writer = _FileWriter(out)
    with open(out / "articles.tsv", "w", encoding="utf-8") as manifest, writer:
        manifest.write(_tsv("key", "published", "jalali", "place", "event", "speakers"))
        for a in generate_articles(args.n, seed=args.seed):
            writer.add(f"{a.key}.txt", a.text)
            planner.observe(a)
            people = " ; ".join(f"{s.name} | {s.role}" for s in a.speakers)
            manifest.write(_tsv(a.key, a.published.isoformat(), a.jalali, a.place, a.event, people))
    t2 = time.perf_counter()
    questions = planner.finish()
    with open(out / "questions.tsv", "w", encoding="utf-8") as f:
        f.write(_tsv("kind", "variant", "article_key", "question", "expect"))
        for q in questions:
            f.write(_tsv(q.kind, q.variant, q.article_key, q.text, q.expect))
    t3 = time.perf_counter()
    print(f"{args.n} articles in {t2 - t1:.1f} s, {len(questions)} questions "
          f"(planning {t1 - t0:.1f} s, checking {t3 - t2:.1f} s) -> {out}", file=sys.stderr)
    return 0


class _FileWriter:
    """Writes the article files from a background thread: creating 100k small files is
    system-call time, which releases the GIL and so overlaps with generating the next ones."""

    BATCH = 256

    def __init__(self, outdir: Path) -> None:
        self.outdir = outdir
        self.batch: list[tuple[str, str]] = []
        self.queue: queue.Queue[list[tuple[str, str]] | None] = queue.Queue(maxsize=8)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="bench-writer", daemon=True)

    def __enter__(self) -> "_FileWriter":
        self.thread.start()
        return self

    def add(self, name: str, text: str) -> None:
        self.batch.append((name, text))
        if len(self.batch) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        if self.error is not None:
            raise RuntimeError("writing article files failed") from self.error
        self.queue.put(self.batch)
        self.batch = []

    def _run(self) -> None:
        while (batch := self.queue.get()) is not None:
            if self.error is not None:
                continue  # keep draining so the producer never blocks
            try:
                for name, text in batch:
                    # os.write: Path.write_text costs three times as much CPU per small file
                    fd = os.open(self.outdir / name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
                    try:
                        os.write(fd, text.encode("utf-8"))
                    finally:
                        os.close(fd)
            except BaseException as exc:  # reported to the producer
                self.error = exc

    def __exit__(self, *exc_info: object) -> None:
        if self.batch:
            self.queue.put(self.batch)
            self.batch = []
        self.queue.put(None)
        self.thread.join()
        if self.error is not None and exc_info[0] is None:
            raise RuntimeError("writing article files failed") from self.error


def _indexed(i: int, *, seed: int) -> GeneratedArticle:
    return generate_article(i, seed=seed)


if __name__ == "__main__":
    sys.exit(main())
