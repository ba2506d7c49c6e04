"""When and where in real agency copy: event dates, ranges, deadlines, two-digit years, venues
and settings. Each case is a short excerpt of a corpus text (file in the comment)."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.parse.dates import find_dates
from knowledge.parse import parse
from knowledge.parse.venues import find_venues

# (excerpt, publication date, expected [(as written, ISO date)])
DATES = [
    # 0160_fars_amrvz_jng_pabrhnh_ha.txt: a two-digit Jalali year, 1357/9/1
    ("(پيام به ملت مسلمانان ايران 57/9/1)", dt.date(2009, 6, 13), [("57/9/1", "1978-11-22")]),
    # devset 04 (university webinar): weekday and a two-digit year
    ("پنجشنبه ۹۹/۲/۱۸ ساعت ۱۷:۰۰ الی ۱۹:۰۰", None, [("پنجشنبه ۹۹/۲/۱۸", "2020-05-07")]),
    # a month-name date with a two-digit year («۱۹ مهر ماه ۹۶»)
    ("این مراسم ۱۹ مهر ماه ۹۶ برگزار شد.", dt.date(2017, 10, 20), [("۱۹ مهر ماه ۹۶", "2017-10-11")]),
    # a number of people after a month is not a two-digit year
    ("۱۹ مهر ۱۲ نفر دستگیر شدند.", dt.date(2025, 10, 20), [("۱۹ مهر", "2025-10-11")]),
    # a range across the new year: the end is the first such day after the start
    ("از ۱۵ اسفند ۱۴۰۳ تا چهار فروردین", dt.date(2025, 3, 1), [("۱۵ اسفند ۱۴۰۳", "2025-03-05"),
                                                                ("چهار فروردین", "2025-03-24")]),
    # a past range across the new year, reported a year later: the end follows its start
    # (1403), not the publication date's year (1404)
    ("از ۲۵ اسفند ۱۴۰۲ تا ۵ فروردین", dt.date(2025, 3, 1), [("۲۵ اسفند ۱۴۰۲", "2024-03-15"),
                                                           ("۵ فروردین", "2024-03-24")]),
    # devset 12 (Abuzar festival): a deadline lies months after the report
    ("مهلت ارسال آثار تا ۹ آذر است.", dt.date(2025, 9, 5), [("۹ آذر", "2025-11-30")]),
    # devset 14: a Gregorian month and its Jalali twin in brackets are the same day
    ("روز جهانی پیشگیری از خودکشی (10 سپتامبر / 19 شهریور)", dt.date(2025, 9, 6),
     [("10 سپتامبر", "2025-09-10"), ("19 شهریور", "2025-09-10")]),
]


@pytest.mark.parametrize("excerpt, published, expected", DATES)
def test_dates_in_real_text(excerpt: str, published: dt.date | None, expected: list[tuple[str, str]]) -> None:
    assert expected == [(d.raw, d.date.isoformat()) for d in find_dates(excerpt, published=published)]


# (excerpt, expected venue records as (name, via))
VENUES = [
    # 0099_fars_kmbvd_atbar_mhmtrin_mshkl.txt: two settings of a statement
    ("حسین انواری در حاشیه افتتاح فروشگاه نوروزی امداد در جمع خبرنگاران با اشاره به مشکلات گفت",
     [("حاشیه افتتاح فروشگاه نوروزی امداد", "در"), ("جمع خبرنگاران", "در")]),
    # 0054_fars_mskv_drbarh_hmlh_bakv.txt
    ("سخنگوی کرملین در جمع خبرنگاران گفت که مسکو", [("جمع خبرنگاران", "در")]),
    # devset 18: a bare head after «در» names the spot
    ("پایگاه بهداشت مرزی مرکز بهداشت استان در فرودگاه فعال شده و تمام زائران", [("فرودگاه", "در")]),
    # devset 10: a head glued to an Arabic name
    ("در خطبه های نماز جمعه قزوین که در مسجدالنبی (ص) برگزار شد", [("مسجدالنبی", "در")]),
    # devset 12: an occasion is part of the setting, the «و» after it is not
    ("در مراسم بزرگداشت روز خبرنگار و با حضور نماینده ولی فقیه", [("مراسم بزرگداشت روز خبرنگار", "در")]),
    # devset 13
    ("عباس گلرو جمعه شب در حاشیه بازدید از نمایشگاه صنایع دستی شهمیرزاد اظهار داشت",
     [("حاشیه بازدید از نمایشگاه صنایع دستی شهمیرزاد", "در")]),
    # a venue ends before the non-verbal part of a compound verb
    ("میدان آزادی تهران افتتاح شد", [("میدان آزادی تهران", None)]),
    ("پتروشیمی کرمانشاه ادامه داد", [("پتروشیمی کرمانشاه", None)]),
    ("دانشگاه بخاطر توجه ویژه به پژوهش", []),  # an adverb is no name
    ("با حرم تماس گرفت", []),  # «تماس گرفت» is a verb, not a shrine's name
]


@pytest.mark.parametrize("excerpt, expected", VENUES)
def test_venues_in_real_text(excerpt: str, expected: list[tuple[str, str | None]]) -> None:
    assert expected == [(v.name, v.via) for v in find_venues(excerpt)]


def test_lead_event_without_a_date_happened_on_the_dateline() -> None:
    # devset 01 (Fars, Tehran urban research festival): the lead says «برگزار شد», no date
    raw = (" date 2023-08-21\nتدوین محورهای جشنواره پژوهش و نوآوری شهر تهران\n"
           "به گزارش خبرنگار اجتماعی فارس، جلسه شورای سیاست‌گذاری پانزدهمین جشنواره پژوهش و نوآوری "
           "در مدیریت شهری برگزار شد.\n")
    article = parse(raw, today=dt.date(2026, 1, 1))
    meeting = next(e for e in article.events if e.name.startswith("جلسه شورای"))
    assert dt.date(2023, 8, 21) == meeting.date


def test_announced_event_does_not_take_the_dateline() -> None:
    # the same lead in the future tense: the report does not say when it will be
    raw = (" date 2023-08-21\nتدوین محورهای جشنواره\n"
           "به گزارش خبرنگار اجتماعی فارس، جلسه شورای سیاست‌گذاری جشنواره پژوهش برگزار می‌شود.\n")
    article = parse(raw, today=dt.date(2026, 1, 1))
    assert [None] == [e.date for e in article.events if e.name.startswith("جلسه")]
