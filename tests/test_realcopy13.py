"""Fixes found by the tenth batch of tests/realcopy/checks.tsv (branch realcopy13), each on a short
excerpt of the corpus text named in its case's comment (/work/shared/corpus/articles)."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer.question import parse_question
from knowledge.parse.places import find_places
from tests.test_people_real4 import _parse, _said  # the same clock and the same (speaker, statement) view

TODAY = dt.date(2026, 12, 6)


# «ناظر» (supervisor, inspector) opens a title as «مدیرکل» does: a lead whose subject is two
# posts joined by «و» («ناظر گمرکات استان و مدیرکل گمرک کرمانشاه ... خبر داد») is a role-only
# speaker, who takes the name the next sentence gives. It was read as a person named «ناظر
# گمرکات استان», and the man named next had no post at all.
TWO_POSTS = [
    # 0398_borna_afzaish_vzn_v_arzsh.txt (shortened): «مدیر کل گمرک کرمانشاه کیه؟» had no answer
    (" date 2025-09-06\nافزایش وزن و ارزش کالا‌های صادراتی از گمرک خسروی\nناظر گمرکات استان و مدیرکل گمرک "
     "کرمانشاه از رشد ۱۳ درصدی ارزش کالا‌های صادراتی از گمرک خسروی خبر داد.\nبه‌گزارش خبرگزاری برنا از کرمانشاه؛ "
     "رضا نیک‌روش با اشاره به رتبه نخست گمرک خسروی، اظهار کرد: ۸۳۰ هزار تن کالا به عراق صادر شده است.",
     ("رضا نیک‌روش", ("ناظر گمرکات استان", "مدیرکل گمرک کرمانشاه")),
     [("رضا نیک‌روش", "از رشد ۱۳ درصدی"), ("رضا نیک‌روش", "۸۳۰ هزار تن")]),
    # «ناظر» alone, as a word of a quote, opens no title and makes no speaker
    (" date 2025-09-06\nداوری خارجی\nرئیس فدراسیون گفت: ناظر بر این مسابقات داوران خارجی هستند.",
     ("رئیس فدراسیون", ("رئیس فدراسیون",)),
     [("رئیس فدراسیون", "ناظر بر این")]),
]


@pytest.mark.parametrize(("raw", "person", "said"), TWO_POSTS)
def test_a_supervisor_is_a_post(raw: str, person: tuple[str, tuple[str, ...]], said: list[tuple[str, str]]) -> None:
    article = _parse(raw)
    assert [person] == [(p.name, p.roles) for p in article.persons]
    assert said == [(name, quote[: len(e[1])]) for (name, quote), e in zip(_said(article), said)] + _said(article)[len(said):]


# A place name right before «لو», «پور» or «نژاد» is the first half of a surname typed with a
# space for the half-space («خدابنده لو» is Khodabandehlou, not Khodabandeh county, whose seat is
# Qeydar): it made Qeydar the place of a Tasnim sports report and of its game.
SURNAME_HALVES = [
    # 0456_tasnim_khdabndh_lv_didar_ba.txt: «به این ترتیب خدابنده لو دیدار ... را از دست خواهد داد»
    ("به این ترتیب خدابنده لو دیدار جمعه هفته آینده مقابل فولاد را از دست خواهد داد.", []),
    # the county itself still counts, with a place word or without
    ("در شهرستان خدابنده برف سنگینی بارید.", ["قیدار"]),
    ("مردم خدابنده از سیل خسارت دیدند.", ["قیدار"]),
    # another city as a surname's first half
    ("محمد قزوین پور در این نشست سخن گفت.", []),
    # «لو رفت» (leaked) is no surname: the place stays
    ("اسناد جلسه زنجان لو رفت.", ["زنجان"]),
    # «زاده» is not a tail: «در شیراز زاده شد» is born in Shiraz
    ("این شاعر در شیراز زاده شد.", ["شیراز"]),
]


@pytest.mark.parametrize(("sentence", "places"), SURNAME_HALVES)
def test_a_place_before_a_surname_tail_is_no_place(sentence: str, places: list[str]) -> None:
    assert places == [m.name for m in find_places(sentence)]


def test_the_report_of_a_surname_half_has_no_such_place() -> None:
    # 0456 (shortened): the report's place was «قیدار», shown as the place of the game
    article = _parse(" date 2025-09-05\nخدابنده‌لو دیدار با فولاد را از دست داد\nهافبک پرسپولیس دیدار هفته آینده "
                     "این تیم مقابل فولاد را از دست خواهد داد.\nبه این ترتیب خدابنده لو دیدار جمعه هفته آینده "
                     "(21 شهریورماه) مقابل فولاد را از دست خواهد داد.")
    assert "قیدار" != article.place
    assert [] == [p.name for p in article.places if p.name == "قیدار"]


# «کیه/کی است» after a game («بازی», «فینال», «داربی») asks when, as after «دیدار» (an event
# head); it was read as «who holds the post "بازی پرسپولیس و فولاد"».
FIXTURES = [
    ("بازی پرسپولیس و فولاد کیه", "when"),  # 0456's game, as a user types it
    ("فینال جام حذفی کی است؟", "when"),  # the formal spelling
    ("داربی کیه؟", "when"),
    ("بازیگر نقش اول این فیلم کیه؟", "person_role"),  # an actor, a person (as before): «بازیگر» is another word
    ("بازیساز استقلال کیه؟", "person_role"),  # the playmaker, one word (as before)
]


@pytest.mark.parametrize(("question", "kind"), FIXTURES)
def test_when_is_the_game(question: str, kind: str) -> None:
    assert kind == parse_question(question, today=TODAY).kind


# Spoken «مون/تون/شون» (our/your/their) with the object marker «و» is the formal «مان/تان/شان
# را»: «تصمیم خودمونو بگیریم» is «تصمیم خودمان را بگیریم», and the statement holding it answers.
SPOKEN_POSSESSIVE = [
    # 0783_tgakhbarefori_ryis_jmhvr_krh_jnvbi.txt: «کی گفت ما هم باید تصمیم خودمونو بگیریم؟»
    ("تصمیم خودمونو بگیریم", ["تصمیم", "خودمان", "را", "بگیریم"]),
    ("کارشونو انجام دادن", ["کارشان", "را", "انجام", "دادن"]),  # theirs
    ("حرفتونو زدین", ["حرفتان", "را", "زدین"]),  # yours
    ("نظرشو گفت", ["نظرش", "را", "گفت"]),  # the singular, as before
]


@pytest.mark.parametrize(("spoken", "formal"), SPOKEN_POSSESSIVE)
def test_spoken_possessive_with_object_marker(spoken: str, formal: list[str]) -> None:
    from knowledge import text
    from knowledge.spoken import formalize

    assert formal == formalize(text.tokens(spoken))


# A post's headline right over an interview's header line («NAME، ROLE در #گفتگو با خبرفوری:»,
# the answers below it, one a line) is the gist of what the interviewee said: it is their
# statement too, so «کی گفت طلاسازا رفتن تو اسنپ؟» names him, not a headline nobody said.
INTERVIEW_HEADLINES = [
    # 0790_tgakhbarefori_tlasazha_hm_ranndh_asnp.txt (shortened): the headline was no one's words
    (" date 2026-08-17\n♦️\nطلاسازها هم راننده اسنپ شده‌اند\nنادر بذرافشان، رئیس اتحادیه تولیدکنندگان و فروشندگان "
     "طلا، جواهر و نقره تهران در\n#گفتگو\nبا خبرفوری:\n🔹\nدر یک سال گذشته حدود ۵ درصد از واحدهای تولیدی طلا تعطیل "
     "شده و کارگران ما ناچار به فعالیت در اسنپ شده‌اند.\n@Tv_Fori",
     [("نادر بذرافشان", "طلاسازها هم راننده اسنپ"), ("نادر بذرافشان", "در یک سال گذشته")]),
    # a header with no interview in it (a channel's «ROLE:» line) leaves the headline alone: the
    # headline may tell of the speaker rather than repeat them (0948: «درگیری لفظی ... با مهاجرانی»)
    (" date 2026-08-17\n✅\nدرگیری لفظی چندین خبرنگار با سخنگوی دولت\nفاطمه مهاجرانی، سخنگوی دولت:\n🔹\nامنیت مردم "
     "مهم است و اینترنت فعلا وصل نمی‌شود.\n@SorkhTimes",
     [("فاطمه مهاجرانی", "امنیت مردم")]),
    # a headline that is a statement of its own keeps it, once
    (" date 2026-06-08\n♦️\nرییس اورژانس تهران: هیچ مصدومی تا به الان نداشتیم\nمحمد اسماعیل توکلی، رییس اورژانس "
     "استان تهران در\n#گفتگو\nبا خبرفوری:\n🔹\nدر پی حملات اخیر، تا به الان هیچ مصدومی در استان تهران نداشتیم.\n@Tv_Fori",
     [("محمد اسماعیل توکلی", "هیچ مصدومی"), ("محمد اسماعیل توکلی", "در پی حملات")]),
]


@pytest.mark.parametrize(("raw", "said"), INTERVIEW_HEADLINES)
def test_an_interview_post_headline_is_the_interviewees(raw: str, said: list[tuple[str, str]]) -> None:
    got = _said(_parse(raw))
    assert said == [(name, quote[: len(e[1])]) for (name, quote), e in zip(got, said)] + got[len(said):]
