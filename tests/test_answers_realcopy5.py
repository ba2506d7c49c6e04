"""Answers on short excerpts of the corpus texts of realcopy batch 5 (tests/realcopy/checks.tsv;
/work/shared/corpus/articles, named in each case's comment)."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.library import Library
from tests.conftest import ask_over
from knowledge.answer import Answer

TODAY = dt.date(2026, 12, 6)


def _ask(question: str, *copies: str) -> Answer:
    return ask_over(question, *copies, today=TODAY)

# 0148_fars_tvlid_plimr_kshvr_ta.txt (shortened): «ایران‌پلاس» written with its half-space
IRANPLAST = (" date 2016-04-13\nتولید پلیمر کشور تا پایان برنامه ششم به ۱۲ میلیون تن می‌رسد\n"
             "به گزارش خبرنگار اقتصادی خبرگزاری فارس، مرضیه شاهدایی در مراسم افتتاحیه دهمین نمایشگاه ایران‌پلاس "
             "اظهار داشت: در این نمایشگاه 400 شرکت داخلی و 500 شرکت خارجی از 25 کشور جهان حضور دارند.")


@pytest.fixture
def lib() -> Library:
    lib = Library.memory()
    for raw in (IRANPLAST,):
        lib.add(raw.encode(), today=TODAY)
    yield lib
    lib.close()


@pytest.mark.parametrize(("question", "expected"), [
    # «ایران پلاس» typed without the half-space: «ایران» is part of the exhibition's name
    # («ایران‌پلاس» is one word in the text), not a place the sentence must name (it found nothing)
    ("تو نمایشگاه ایران پلاس چند تا شرکت خارجی هست؟", "500 شرکت خارجی"),
    # the same typed as the text has it, as before
    ("تو نمایشگاه ایران‌پلاس چند تا شرکت خارجی هست؟", "500 شرکت خارجی"),
])
def test_a_place_word_inside_a_name_typed_apart(lib: Library, question: str, expected: str) -> None:
    answer = lib.ask(question, today=TODAY)
    assert expected in answer.text, answer.text


# 0918_tgnewshut_dvnald_tramp_ryis_jmhvr.txt (shortened): where the two met
MEETING = (" date 2026-07-28\n‼️\nاکسیوس:\nدونالد ترامپ و بنیامین نتانیاهو روز سه‌شنبه در کاخ سفید دیداری "
           "۹۰ دقیقه‌ای درباره موضوع ایران داشتند.\n@News_Hut")
# 0853_tgalonews_ntaniahv_dishb_ba_ryis.txt (shortened): a post in Netanyahu's own words, naming «ایران»
POST = (" date 2026-05-26\n👈\nنتانیاهو: دیشب با رئیس‌جمهور ترامپ درباره یادداشت تفاهم برای گشودن تنگه هرمز و "
        "مذاکرات آتی برای توافق نهایی درباره برنامه هسته‌ای ایران گفتگو کردم.\n✅\n@AloNews")


@pytest.fixture
def meeting_lib() -> Library:
    lib = Library.memory()
    for raw in (MEETING, POST):
        lib.add(raw.encode(), today=TODAY)
    yield lib
    lib.close()


@pytest.mark.parametrize(("question", "kind", "expected"), [
    # a meeting asked about («همو دیدن» → «دیدار»): where the meeting was, not where Netanyahu
    # spoke (his post names «ایران»; it answered «ایران»)
    ("ترامپ و نتانیاهو کجا همو دیدن؟", "where", "کاخ سفید"),
    # «NAME کی ... گفتگو کرد»: when he spoke — «دیشب» before the post (it was read as «who»)
    ("نتانیاهو کی با ترامپ گفتگو کرد؟", "when", "2026-05-25"),
])
def test_a_meeting_is_no_moment_of_speech(meeting_lib: Library, question: str, kind: str, expected: str) -> None:
    answer = meeting_lib.ask(question, today=TODAY)
    assert (kind, True) == (answer.kind, expected in answer.text), answer.text


# 0876_tgalonews_skhngvi_hiyt_mzakrh_knndh.txt (shortened): the talks, written «گفتگوها»
TALKS = (" date 2026-06-22\n👈\nسخنگوی هیئت مذاکره کننده ایران:\nهیأت نمایندگی جمهوری اسلامی ایران عازم میهن است.\n"
         "🔴\nاین گفتگوها با تمرکز بر بندهای ۱، ۵، ۱۰ و ۱۱ متن یادداشت تفاهم، از صبح یکشنبه ۳۱ خرداد در سوئیس "
         "شروع شد و تا ساعات اولیه بامداد دوشنبه ۱ تیر ادامه یافت.\n✅\n@AloNews")


@pytest.mark.parametrize(("question", "expected"), [
    # «مذاکرات» asked, «گفتگوها» written (data/wording.tsv), «سوییس» for «سوئیس»: the day they began
    ("مذاکرات سوییس کی شروع شد؟", "2026-06-21"),
    # the text's own word, as before
    ("گفتگوهای سوییس کی شروع شد؟", "2026-06-21"),
])
def test_a_date_in_the_sentence_of_another_wording(question: str, expected: str) -> None:
    answer = _ask(question, TALKS)
    assert ("when", True) == (answer.kind, expected in answer.text), answer.text


# 0403_borna_brtri_sh_glh_astghlal.txt (shortened): a match report; «when» inside a match is its minute
MATCH = (" date 2025-09-05\nبرتری سه گله استقلال در بازی دوستانه\nبرنا - گروه ورزشی: تیم فوتبال استقلال در مصافی "
         "تدارکاتی به پیروزی رسید.\nطبق اعلام باشگاه استقلال، مصاف تدارکاتی امروز استقلال و هما کیش با برتری ۳ بر یک "
         "آبی‌پوشان پایتخت به پایان رسید.\nدر این دیدار آبی‌پوشان پایتخت کاملا بر بازی مسلط بودند.\n"
         "برای استقلال در این دیدار محمدرضا آزادی در دقیقه ۱۹ و ۶۰ (پنالتی) و صالح حردانی در دقیقه ۹۰ گلزنی کردند و "
         "تک گل تیم هما از روی نقطه پنالتی و در دقیقه ۷۰ به ثمر رسید.")


@pytest.mark.parametrize(("question", "expected"), [
    # the goal's minute is in a sentence below the lead, with no date: the sentence answers
    # (it found nothing — only the lead's news happened on the dateline)
    ("تک گل هما کی زده شد؟", "دقیقه ۷۰"),
    # the match itself is the lead's news: the dateline, as before
    ("مصاف تدارکاتی استقلال و هما کیش کی برگزار شد؟", "۱۴ شهریور ۱۴۰۴"),
])
def test_a_minute_of_a_match_answers_when(question: str, expected: str) -> None:
    answer = _ask(question, MATCH)
    assert ("when", True) == (answer.kind, expected in answer.text), answer.text
