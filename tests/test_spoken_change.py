"""Spoken verbs of a change («اومده پایین», «رفته بالا»: a price or a figure went down, up) read
as the nouns agency copy writes for it («کاهش», «افزایش»), and the way back: a report writing
«پایین آمد» still answers a question that says «کاهش» (data/wording.tsv)."""

from __future__ import annotations

import datetime as dt

import pytest

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
