"""«X کجا برگزار شد؟» answers the most specific place the report gives for the event (its venue
and city), not the province around it that a headline names in an official's title."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ask_over

TODAY = dt.date(2026, 12, 6)

# the 10k bench store's report 6562 (shortened): the headline's province is the official's; the
# body puts the workshop in Abhar
ABHAR = (" date 2025-10-09\n"
         "مدیرکل منابع طبیعی و آبخیزداری استان زنجان در کارگاه آموزشی آشنایی با آب شرب روستاها ویژه دانشجویان:\n"
         "به گزارش خبرگزاری صداوسیمای مرکز زنجان، کارگاه آموزشی آشنایی با آب شرب روستاها ویژه دانشجویان "
         "روز پنجشنبه مورخه ۱۷ مهر ماه ۱۴۰۴ با حضور مدیرکل منابع طبیعی و آبخیزداری استان زنجان، نماینده مردم "
         "ابهر در مجلس شورای اسلامی و جمعی از اساتید دانشگاه در مجتمع فرهنگی هنری ابهر برگزار شد.")
# report 8758 (shortened): «نماینده ولی فقیه در استان گیلان» heads it, the meeting was in Langarud
LANGARUD = (" date 2025-03-09\n"
            "نماینده ولی فقیه در استان گیلان در نشست هم‌اندیشی فعالان حوزه بهینه‌سازی مصرف سوخت:\n"
            "به گزارش خبرگزاری صداوسیمای مرکز گیلان، نماینده ولی فقیه در استان گیلان، حجت‌الاسلام والمسلمین "
            "شاپور ترکمان، در تاریخ ۱۴۰۳/۱۲/۱۹ در نشست هم‌اندیشی فعالان حوزه بهینه‌سازی مصرف سوخت در محل اتاق "
            "بازرگانی لنگرود، در سخنانی عنوان کرد: سهم استان گیلان از اعتبارات ملی انرژی‌های تجدیدپذیر باید افزایش یابد.")
# a report that names only the province: the province is then the answer
PROVINCE_ONLY = (" date 2025-03-09\n"
                 "مدیرکل میراث فرهنگی استان گیلان در همایش ملی چای ایرانی:\n"
                 "مدیرکل میراث فرهنگی استان گیلان در همایش ملی چای ایرانی گفت: چای ایرانی باید برند شود.")

CASES = [
    # (question, report, the place the answer must name, a place it must not answer alone)
    ("کارگاه آموزشی آشنایی با آب شرب روستاها ویژه دانشجویان کجا برگزار شد؟", ABHAR, "ابهر", "زنجان"),
    ("نشست هم‌اندیشی فعالان حوزه بهینه‌سازی مصرف سوخت کجا برگزار شده؟", LANGARUD, "لنگرود", "گیلان"),
    ("محل برگزاری نشست هم‌اندیشی فعالان حوزه بهینه‌سازی مصرف سوخت کجا بود؟", LANGARUD, "لنگرود", "گیلان"),
    # nothing more specific in the report: the province stays
    ("همایش ملی چای ایرانی کجا برگزار شد؟", PROVINCE_ONLY, "گیلان", None),
]


@pytest.mark.parametrize(("question", "report", "place", "not_alone"), CASES)
def test_where_answers_the_city_not_the_province(question: str, report: str, place: str, not_alone: str | None) -> None:
    answer = ask_over(question, report, today=TODAY)
    assert answer.found, question
    got = answer.results[0].place or ""
    assert place in got, (question, got)
    assert not_alone != got, (question, got)


# the 10k bench store's reports 6817 and 7713 (shortened): the same seminar's name in two towns;
# only the second numbers it «اولین»
SEMNAN = (" date 2024-10-13\nاستاندار سمنان: نهادهای نظارتی پاسخگو باشند\n"
          "به گزارش خبرگزاری میزان از سمنان، استاندار سمنان، هومن حسینیان، یکشنبه 22 مهر‌ماه 1403 در سمینار "
          "بناهای تاریخی در سمنان، در گفت‌وگو با خبرنگار میزان گفت: انتظار داریم نهادهای نظارتی در حوزه "
          "بناهای تاریخی پاسخگوی مطالبات مردم باشند.")
ASALUYEH = (" date 2023-09-23\nمدیرکل کتابخانه‌های عمومی استان بوشهر: پوشش طرح‌های مسکن افزایش یافت\n"
            "به گزارش فارس، روز شنبه ۱ مهر ۱۴۰۲ اولین سمینار بناهای تاریخی در مجتمع فرهنگی هنری عسلویه برگزار شد.")

ORDINAL_CASES = [
    # (question, the place the answer must name)
    ("اولین سمینار بناهای تاریخی کجا برگزار شد؟", "عسلویه"),  # the ordinal tells the report
    ("محل برگزاری اولین سمینار بناهای تاریخی کجا بود؟", "عسلویه"),  # the «محل برگزاری» frame
]


@pytest.mark.parametrize(("question", "place"), ORDINAL_CASES)
def test_where_takes_the_report_that_names_the_ordinal(question: str, place: str) -> None:
    answer = ask_over(question, SEMNAN, ASALUYEH, today=TODAY)
    assert answer.found, question
    assert place in (answer.results[0].place or ""), (question, answer.results[0].place)
