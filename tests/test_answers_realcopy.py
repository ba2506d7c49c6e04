"""Answers on short excerpts of real corpus texts found by tests/realcopy/checks.tsv
(/work/shared/corpus/articles, named in each case's comment)."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.library import Library

TODAY = dt.date(2026, 12, 6)

# 0329_fars1402_ryisi_ajrai_kaml_ghanvn.txt: a statement of «رئیسی», naming no place
RAISI = (" date 2023-08-12\nرئیسی: اجرای کامل قانون اساسی، ضامن رفع مشکلات و افزایش اعتماد عمومی است\n"
         "به گزارش گروه سیاسی خبرگزاری فارس، آیت‌الله سید ابراهیم رئیسی عصر امروز شنبه در جلسه «هیئت پیگیری "
         "اجرای قانون اساسی» گفت: قانون اساسی سندی پویا و مترقی است.")
# 0801_tgakhbarefori_mdirit_mvj_bazgsht_sfrhai.txt: a terminal named after «شهید رئیسی» and where it is
TERMINAL = (" date 2026-08-06\n🔹\nمدیریت موج بازگشت سفرهای زائران اربعینی؛ هر ۴۰ ثانیه خروج یک اتوبوس از پایانه شهید رئیسی (برکت)\n"
            "🔹\nسخنگوی قرارگاه حمل‌ونقل اربعین حسینی سازمان راهداری و حمل‌ونقل جاده‌ای با اشاره به موج بازگشت "
            "زائران اربعین، گفت: هر ۴۰ ثانیه یک اتوبوس از پایانه شهید رئیسی (برکت) در مرز شهید سلیمانی (مهران) خارج می‌شود.")


@pytest.fixture
def lib() -> Library:
    lib = Library.memory()
    for raw in (RAISI, TERMINAL):
        lib.add(raw.encode(), today=TODAY)
    yield lib
    lib.close()


@pytest.mark.parametrize(("question", "expected"), [
    # a «کجا» question naming a place after a person: his statement says nowhere, so the
    # sentence that tells where answers (it was «None (شنبه ۲۱ مرداد ۱۴۰۲)»)
    ("پایانه شهید رئیسی کجاست؟", "مرز شهید سلیمانی"),
])
def test_where_is_never_answered_by_a_statement_with_no_place(lib: Library, question: str, expected: str) -> None:
    answer = lib.ask(question, today=TODAY)
    assert ("where", True) == (answer.kind, expected in answer.text), answer.text
    assert "None" not in answer.text


# 0394_borna_dv_sanhh_ranndgi_dr.txt (shortened): two road accidents, written «سانحه»
TWO_ACCIDENTS = (" date 2025-09-05\nدو سانحه رانندگی در محورهای یاسوج با ۱۲ مصدوم\n"
                 "سرپرست جمعیت هلال‌احمر استان خبر داد و گفت امروز جمعه ۱۴ شهریورماه دو سانحه رانندگی در محورهای "
                 "مواصلاتی یاسوج به وقوع پیوست که در مجموع ۱۲ مصدوم بر جای گذاشت.")
# 0118_fars_dv_dlil_kahsh_ghimt.txt (shortened): a fall in prices, written «کاهش»
GOLD = (" date 2013-05-19\nدو دلیل کاهش قیمت طلا\n"
        "محمد کشتی آرای در گفت‌وگو با خبرنگار اقتصادی باشگاه خبری فارس اظهار داشت: ظرف یک هفته گذشته نزدیک به "
        "89 دلار قیمت طلا کاهش یافته است.\nوی افزود: در دو روز گذشته تاکنون نزدیک به 50 هزار تومان قیمت سکه "
        "کاهش داشته است.")
# 0918_tgnewshut_dvnald_tramp_ryis_jmhvr.txt (shortened): «روز» and «ایران» (one letter from «ارزان»)
MEETING = (" date 2026-07-28\n‼️\nاکسیوس:\nدونالد ترامپ و بنیامین نتانیاهو روز سه‌شنبه در کاخ سفید دیداری "
           "۹۰ دقیقه‌ای درباره موضوع ایران داشتند.\n@News_Hut")


@pytest.fixture
def wording_lib() -> Library:
    lib = Library.memory()
    for raw in (TWO_ACCIDENTS, GOLD, MEETING):
        lib.add(raw.encode(), today=TODAY)
    yield lib
    lib.close()


@pytest.mark.parametrize(("question", "expected"), [
    # «این دو تا تصادف»: the count given and «تصادف» for the report's «سانحه» find the report of
    # two accidents, which never writes «تصادف» (it was not found)
    ("چند نفر تو این دو تا تصادف مصدوم شدن؟", "۱۲ مصدوم"),
    # «ارزون شد» for the report's «کاهش», and «دو روز» given: not a post's «روز ... ایران»
    ("سکه تو دو روز چقد ارزون شد", "50 هزار تومان"),
])
def test_everyday_words_and_given_counts_find_the_reports_wording(
        wording_lib: Library, question: str, expected: str) -> None:
    answer = wording_lib.ask(question, today=TODAY)
    assert expected in answer.text, answer.text


# 0138_fars_vazhgvni_mini_bvs_dr.txt (shortened): where the injured were taken, after «به»
MINIBUS = (" date 2015-10-18\nواژگونی مینی‌بوس در اتوبان قزوین ـ کرج 6 مصدوم به جای گذاشت\n"
           "آرش رحمتی امروز در گفت‌وگو با خبرنگار فارس در کرج از واژگونی مینی بوس در اتوبان قزوین ـ کرج خبر داد و "
           "اظهار داشت: این حادثه در اتوبان قزوین به سمت بهشت سکینه روی داد.\n"
           "این مسئول تأکید کرد: با اعلام وقوع این تصادف سه دستگاه آمبولانس به محل حادثه اعزام شد و مصدومان پس از "
           "انجام اقدامات اولیه درمانی به بیمارستان ثارالله و شریعتی منتقل شدند.")


def test_which_hospital_is_where_they_were_taken() -> None:
    # «کدوم بیمارستان بردن» was a topic question answered by the sentence naming the motorway
    lib = Library.memory()
    lib.add(MINIBUS.encode(), today=TODAY)
    answer = lib.ask("مصدومای مینی بوس رو کدوم بیمارستان بردن", today=TODAY)
    lib.close()
    assert ("where", True) == (answer.kind, "بیمارستان ثارالله" in answer.text), answer.text
