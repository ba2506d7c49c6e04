"""Answers on short excerpts of the corpus texts of realcopy batch 7 (tests/realcopy/checks.tsv;
/work/shared/corpus/articles, named in each case's comment)."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer import Answer
from tests.conftest import ask_over

TODAY = dt.date(2026, 12, 6)


def _ask(question: str, *copies: str) -> Answer:
    return ask_over(question, *copies, today=TODAY)


# 0679_tgvahidonline_hsn_amli_amam_jmh.txt (shortened): a Friday sermon in Ardabil quotes what
# Netanyahu told Trump when they met
SERMON = (" date 2026-07-31\nحسن عاملی، امام جمعه اردبیل، در خطبه‌های نماز جمعه این شهر گفت: «نتانیاهو در "
          "دیدار با ترامپ گفته قدر مرا بدان، من جلوی موشکهای جمهوری اسلامی را گرفته‌ام.»\n"
          "او ادامه داد: «ترامپ همیشه از نتانیاهو گول خورده است.»\n@VahidOnline")
# 0918_tgnewshut_dvnald_tramp_ryis_jmhvr.txt (shortened): where they met
MEETING = (" date 2026-07-28\n⏺\nاکسیوس:\nدونالد ترامپ، رئیس‌جمهور آمریکا، و بنیامین نتانیاهو، نخست‌وزیر "
           "اسرائیل، روز سه‌شنبه در دفتر بیضی‌شکل کاخ سفید دیداری ۹۰ دقیقه‌ای درباره موضوع ایران داشتند.\n@News_Hut")


def test_a_place_outside_the_quote_is_not_where_the_quoted_meeting_was() -> None:
    # the question's words are all inside the sermon's quote: Ardabil, outside it, was answered
    answer = _ask("ترامپ و نتانیاهو کجا همو دیدن؟", SERMON, MEETING)
    assert ("where", True, False) == (answer.kind, "کاخ سفید" in answer.text, "اردبیل" in answer.text), answer.text


def test_a_place_outside_the_quote_still_answers_where_the_speaker_was() -> None:
    # asked about the sermon itself (words outside the quote), Ardabil is the answer
    answer = _ask("خطبه های نماز جمعه عاملی کجا بود؟", SERMON)
    assert ("where", True) == (answer.kind, "اردبیل" in answer.text), answer.text


# 0396_borna_166_milivn_sfr_tabstani.txt (shortened): the dead are «جان‌باختگان»; a decoy from
# another report holds «کشت» (one letter from «کشته») and a percentage fall
POLICE = (" date 2025-09-06\n۱۶۶ میلیون سفر تابستانی و ۲۷۰۰ کشته در ۷۵ روز تابستان\nسردار تیمور حسینی گفت: "
          "متأسفانه حدود ۲۷۰۰ نفر از هموطنانمان بر اثر تصادفات جاده‌ای جان خود را از دست داده‌اند. با این حال بر "
          "اساس آمار‌های سر صحنه پلیس، شاهد کاهش حدود ۷ درصدی در تعداد جان‌باختگان بوده‌ایم.")
BARLEY = (" date 2025-09-05\nسطح زیر کشت جو ۲۲ درصد کاهش یافت\nبر اساس جدیدترین نتایج، سطح زیر کشت جو در "
          "کشور ۲۲ درصد کاهش یافت.")


@pytest.mark.parametrize(("question", "expected"), [
    # «کشته‌ها» typed with a space (one word «کشتهها» for the wording table, which knows «کشته»):
    # the barley report's «۲۲ درصد» was answered
    ("تعداد کشته ها چند درصد کم شده؟", "۷ درصد"),
    ("تعداد کشته‌ها چند درصد کم شده؟", "۷ درصد"),  # with the half-space: the same
])
def test_the_dead_asked_in_the_plural(question: str, expected: str) -> None:
    answer = _ask(question, POLICE, BARLEY)
    assert (True, False) == (expected in answer.text, "۲۲ درصد" in answer.text), answer.text
