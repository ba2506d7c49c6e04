"""Question kinds and slots of spoken and misspelt questions (issue 11, point 8): what the
parser makes of the way people type. Slots are in the search form."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer.question import event_words, parse_question

TODAY = dt.date(2026, 12, 6)

CASES = [
    # «چکارس»: spoken «چه‌کاره است»
    ("لطیفی چکارس؟", "person_role", ("لطیفی",), ()),
    # «سمت‌هایی»: the job word with a plural ending
    ("حسین مظفری چه سمت هایی داره؟", "person_role", ("حسین", "مظفری"), ()),
    # «نام X چیست»: who holds the role
    ("نام فرماندار شهرستان رزن چیست؟", "role_of", ("فرماندار", "شهرستان", "رزن"), ()),
    # «تا کیه»: until when, not «who is»
    ("مهلت ارسال آثار جشنواره تا کیه؟", "when", (), ("مهلت", "ارسال", "اثار", "جشنواره")),
    # «X گفت <question>»: the speaker before the verb, the question after it
    ("مختاری گفت چرا بوستانا بی آب موندن؟", "what_said", ("مختاری",), ("بوستانها", "بیاب", "ماندن")),
    # the addressee «به ...» is not part of the name
    ("معصومی به دانشجوهای خارجی چی گفت؟", "what_said", ("معصومی",), ()),
    # words of time are not part of the name
    ("اژه ای هفته گذشته چی گفت؟", "what_said", ("اژهای",), ()),
    # «تو این خبر» is not part of the name
    ("مسعود پزشکیان تو این خبر چه سمتی داره؟", "person_role", ("مسعود", "پزشکیان"), ()),
    # «خبری که ... کدومه»: which report, though it holds a verb of saying
    ("خبری که میگه تهران خزان نداشت کدومه؟", "which_article", (), ("تهران", "خزان", "نداشت")),
    # «چه توصیه‌ای کرد»: a speech-act noun asks what was said
    ("شریفی به زائرها چه توصیه ای کرد؟", "what_said", ("شریفی",), ()),
    # «چه کارس» written apart (0138_fars_vazhgvni_mini_bvs_dr.txt): what is their role
    ("آرش رحمتی چه کارس؟", "person_role", ("ارش", "رحمتی"), ()),
    # «چه کاره‌ست» with its half-space (one word «کارهست» in the search form): what is their role
    ("هدایت عباسی چه کاره‌ست؟", "person_role", ("هدایت", "عباسی"), ()),
    # «تو چه تیمی بازی میکنه» (0613_varzesh3_klantri_nsbt_bh_pikan.txt): a player's team is in his role
    ("ایوب کلانتری تو چه تیمی بازی میکنه", "person_role", ("ایوب", "کلانتری"), ()),
    # «همو دیدن» (0918_tgnewshut): they met each other, a report's «دیدار»
    ("ترامپ و نتانیاهو کجا همو دیدن؟", "where", (), ("ترامپ", "نتانیاهو", "دیدار")),
    ("ترامپ و نتانیاهو کی همدیگه رو دیدن؟", "when", (), ("ترامپ", "نتانیاهو", "دیدار")),
    # «کدوم بیمارستان» (0138_fars): which hospital is a where-question; «بیمارستان» stays a word
    ("مصدومای مینی بوس رو کدوم بیمارستان بردن", "where", (), ("مصدومهای", "مینی", "بوس", "بیمارستان", "بردن")),
    # «این دو تا تصادف» (0394_borna): a count the question gives tells which report, so it is a word
    ("چند نفر تو این دو تا تصادف مصدوم شدن؟", "quantity", (), ("نفر", "دو", "تصادف", "مصدوم")),
]


@pytest.mark.parametrize("question, kind, subject, words", CASES)
def test_spoken_question(question: str, kind: str, subject: tuple[str, ...], words: tuple[str, ...]) -> None:
    q = parse_question(question, today=TODAY)
    assert (kind, subject, words) == (q.kind, q.subject, q.words)


EVENT_WORDS = [
    (("خطبهها", "خوانده"), ("خطبهها",)),  # what happened to the sermons is not their name
    (("مدرسه", "ساخته"), ("مدرسه",)),  # a participle dropped
    (("نشست", "خبری"), ("نشست", "خبری")),  # «نشست» is a verb form and an event noun: kept
    (("خوانده",), ("خوانده",)),  # nothing else left: kept
]


@pytest.mark.parametrize("words, expected", EVENT_WORDS)
def test_event_words(words: tuple[str, ...], expected: tuple[str, ...]) -> None:
    assert expected == event_words(words)


def test_figure_unit_and_report() -> None:
    q = parse_question("تو جشنواره انبه چند تا غرفه بود؟", today=TODAY)
    assert (True, "غرفه") == (q.numeric, q.unit)  # «چند تا غرفه» counts booths
    assert parse_question("این خبر کی منتشر شد؟", today=TODAY).report  # about the report itself
    assert not parse_question("همایش کی برگزار شد؟", today=TODAY).report


@pytest.mark.parametrize(("question", "unit"), [
    # 0118_fars_dv_dlil_kahsh_ghimt.txt: «چقد ارزون شد» asks how much cheaper; «ارزان» is no unit
    ("سکه تو دو روز چقد ارزون شد", None),
    ("قیمت دلار چقدر گران شده؟", None),  # the same with the written «چقدر»
    ("چقدر پول جمع شد؟", "پول"),  # a noun after «چقدر» is what it measures
    ("تو جشنواره انبه چند تا غرفه بود؟", "غرفه"),  # «چند تا» counts its noun
])
def test_how_much_before_an_adjective_and_its_verb_has_no_unit(question: str, unit: str | None) -> None:
    assert unit == parse_question(question, today=TODAY).unit
