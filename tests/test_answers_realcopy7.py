"""Answers on short excerpts of the corpus texts of realcopy batch 7 (tests/realcopy/checks.tsv;
/work/shared/corpus/articles, named in each case's comment)."""

from __future__ import annotations

import datetime as dt

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
