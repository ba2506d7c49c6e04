"""Spoken verbs of a change («اومده پایین», «رفته بالا»: a price or a figure went down, up) read
as the nouns agency copy writes for it («کاهش», «افزایش»), and the way back: a report writing
«پایین آمد» still answers a question that says «کاهش» (data/wording.tsv)."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer.evidence import wording_variants
from knowledge.answer.question import parse_question
from tests.conftest import ask_over

TODAY = dt.date(2026, 12, 6)

WORDS = [
    # realcopy row 114: spoken «اومده پایین» is the report's «کاهش»
    ("چرا قیمت طلا اومده پایین؟", ("قیمت", "طلا", "کاهش")),
    # the verb after the direction, formal spelling
    ("چرا قیمت سکه پایین آمد؟", ("قیمت", "سکه", "کاهش")),
    # up: «رفته بالا» is «افزایش»
    ("چرا قیمت دلار رفته بالا؟", ("قیمت", "دلار", "افزایش")),
    ("چرا اجاره ها بالا رفتن؟", ("اجارهها", "افزایش")),
    # «کم میشه», «زیاد شد»: less, more
    ("فشار آب شیراز چرا کم میشه؟", ("فشار", "اب", "شیراز", "کاهش")),
    ("چرا قیمت بنزین زیاد شد؟", ("قیمت", "بنزین", "افزایش")),
    # near: «کم» with no verb of becoming is no fall («کم‌آبی» asked as «کم ابی»; «کم» is a stop word)
    ("چرا شیراز کم ابی داره؟", ("شیراز", "ابی")),
    # near: «بالا» with no verb of motion is no rise («تیم‌های بالای جدول»; «بالا» is a stop word)
    ("چرا تیم های بالا جدول باختن؟", ("تیمهای", "جدول", "باختن")),
    # near: «پایین» of a place («شهر پایین») is no change
    ("چرا مردم شهر پایین اعتراض کردند؟", ("مردم", "شهر", "پایین", "اعتراض")),
]


@pytest.mark.parametrize(("question", "words"), WORDS)
def test_spoken_change_reads_as_the_news_noun(question: str, words: tuple[str, ...]) -> None:
    assert words == parse_question(question, today=TODAY).words


# 0118_fars_dv_dlil_kahsh_ghimt.txt (headline and lead): the reason of the fall, written «کاهش»
GOLD = (" date 2013-05-19\nدو دلیل کاهش قیمت طلا/ اثرگذاری تحویل سکه‌های پیش‌فروش بر قیمت‌ها\n"
        "رئیس اتحادیه کشوری طلا و جواهر بهبود بورس در آمریکا و افزایش ارزش دلار را عامل کاهش قیمت طلا "
        "دانست و گفت: ‌در دو روز اخیر سکه کاهش ۵۰ هزار تومانی داشته است.")
# the same report as another agency might write it: «پایین آمد», no «کاهش»
GOLD_DOWN = (" date 2013-05-19\nقیمت طلا پایین آمد\n"
             "رئیس اتحادیه کشوری طلا و جواهر گفت قیمت طلا به دلیل افزایش ارزش دلار پایین آمده است.")

ANSWERS = [
    # the spoken question finds the written «کاهش» and its reason
    ("چرا قیمت طلا اومده پایین؟", GOLD, "افزایش ارزش دلار"),
    # the formal question finds the report's «پایین آمد» (wording.tsv: «کاهش» → «پایین»)
    ("چرا قیمت طلا کاهش یافت؟", GOLD_DOWN, "افزایش ارزش دلار"),
    # and the spoken one too: «اومده پایین» → «کاهش» → «پایین»
    ("چرا قیمت طلا اومده پایین؟", GOLD_DOWN, "افزایش ارزش دلار"),
]


@pytest.mark.parametrize(("question", "copy", "expected"), ANSWERS)
def test_why_it_went_down_is_answered(question: str, copy: str, expected: str) -> None:
    assert (True, expected) == (expected in ask_over(question, copy, today=TODAY).text, expected)


# tests/articles/106_mazandaran_kandovan_road.txt (headline and the lines of the closure): the
# report writes «محور» and «مسدود» for the question's «جاده» and «بسته»
ROAD = (" date 2025-12-21 ایرنا مازندران\nمحور کندوان از اول دی به مدت پنج روز مسدود می شود\n"
        "به گزارش ایرنا از ساری، سردار حسن یوسفی پور دیروز در نشست شورای هماهنگی ترافیک استان گفت: محور "
        "چالوس در محدوده تونل کندوان از اول تا پنجم دی ماه همه روزه از ساعت ۸ تا ۱۷ به طور کامل مسدود است.")

WORDINGS = [
    # both everyday words at once (one variant holds «محور ... مسدود»): the first day of the closure
    ("جاده چالوس کی بسته میشه؟", "۱ دی ۱۴۰۴"),
    # the report's own words: as before
    ("محور چالوس کی مسدود میشه؟", "۱ دی ۱۴۰۴"),
]


@pytest.mark.parametrize(("question", "expected"), WORDINGS)
def test_two_everyday_words_in_the_reports_wording(question: str, expected: str) -> None:
    reply = ask_over(question, ROAD, today=TODAY).text
    assert (True, expected) == (expected in reply.splitlines()[0], expected)


VARIANTS = [
    # one everyday word: the asked words, then that word in the report's wording
    (("قیمت", "طلا", "کاهش"), [("قیمت", "طلا", "کاهش"), ("قیمت", "طلا", "پایین")]),
    # two: each alone, then both at once
    (("جاده", "چالوس", "بسته"), [("جاده", "چالوس", "بسته"), ("محور", "چالوس", "بسته"),
                                 ("جاده", "چالوس", "مسدود"), ("محور", "چالوس", "مسدود")]),
    # none: the asked words only
    (("چالوس",), [("چالوس",)]),
]


@pytest.mark.parametrize(("words", "expected"), VARIANTS)
def test_wording_variants(words: tuple[str, ...], expected: list[tuple[str, ...]]) -> None:
    assert expected == wording_variants(words)
