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
