"""Answers on a short excerpt of real agency copy (corpus 0253_fars_airan_svmin_tvlidknndh_grdv.txt,
Fars, 2016): the routes of issue 11 — figures («چند تن»), spoken questions, a speaker found from
the words, the report's own date, and the honest «not found» for someone in no article.
Each case asserts what a user sees in the first result (its fields), and the question's kind."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.library import Library
from knowledge.text import search_form

TODAY = dt.date(2026, 12, 6)

EXCERPT = """ date 2016-11-12
ایران سومین تولیدکننده گردو در دنیا/ گردوهای خارجی هم قاچاق از آب درآمد
مدیرکل میوه‌های سردسیری و نیمه‌ سردسیری، گفت: سالانه 230 هزار تن گردو در کشور تولید می‌شود و وزارت جهاد کشاورزی مجوزی برای واردات رسمی گردو خارجی نداده و گردوهای موجود در بازار از مبادی غیررسمی وارد شده است.
رمضان رویین‌تن مدیر کل میوه‌های سردسیری و نیمه‌سردسیری معاونت باغبانی وزارت جهاد کشاورزی در گفت‌وگو با خبرنگار کشاورزی خبرگزاری فارس، در مورد وضعیت تولید گردو در کشور، اظهار داشت: سالانه 230 هزار تن گردو در سطح زیر کشت کشور تولید می‌شود.
وی ارزش اقتصادی گردوی تولیدی ایران را 5 هزار و 800 میلیارد تومان برآورد کرد و افزود: این رقم معادل 1.65 میلیارد دلار است که در صورت بهبود عملکرد در هکتار می‌تواند به سه برابر این رقم افزایش یابد.
وی در مورد صادرات گردو نیز اظهار داشت: در چند سال گذشته به طور متوسط 5 هزار تن گردو به قیمت کیلویی 6 تا 8 دلار صادر شده که می‌تواند افزایش یابد.
"""


@pytest.fixture(scope="module")
def lib() -> Library:
    library = Library.memory()
    library.add(EXCERPT.encode("utf-8"), today=TODAY)
    yield library
    library.close()


def first(lib: Library, question: str):  # type: ignore[no-untyped-def]
    answer = lib.ask(question, today=TODAY)
    return answer, (answer.results[0] if answer.results else None)


def held(result, *fields: str) -> str:  # type: ignore[no-untyped-def]
    return search_form(" ".join(str(getattr(result, f) or "") for f in fields))


FOUND = [
    # «چند تن»: the figure that counts tons of walnuts, not the first figure of the article
    ("سالانه چند تن گردو تولید میشه؟", "quantity", "230 هزار تن"),
    # spoken «صادر کردن» and no unit: the export sentence holds the figure beside «صادر»
    ("چقدر گردو صادر کردن؟", "quantity", "5 هزار تن"),
    # «X گفت <question>»: the speaker before the verb, the question after it
    ("رویین تن گفت ارزش اقتصادی گردو چقدره؟", "what_said", "800 میلیارد تومان"),
    # a colloquial «چیکارس» asks for the person's titles (his name, written apart from «تن»)
    ("رویین تن چیکارس؟", "person_role", "مدیر کل میوه"),
    # «کی منتشر شد» asks for the report's own date
    ("خبر تولید گردو کی منتشر شد؟", "when", "2016-11-12"),
]


@pytest.mark.parametrize("question, kind, expected", FOUND)
def test_found(lib: Library, question: str, kind: str, expected: str) -> None:
    answer, result = first(lib, question)
    assert (kind, True) == (answer.kind, answer.found)
    assert search_form(expected) in held(result, "speaker", "role", "statement", "sentence", "date")


def test_who_said_names_the_speaker(lib: Library) -> None:
    # the words of a statement whose speaker is named only by a role in the lead and by name later
    answer, result = first(lib, "کی گفت گردوهای موجود تو بازار از مبادی غیر رسمی وارد شده؟")
    assert "who_said" == answer.kind
    assert search_form("مدیر") in held(result, "speaker", "role")


NOT_FOUND = [
    # a person in no article: the topic alone must not answer for him
    "زاکانی درباره تولید گردو چی گفت؟",
    # a place the question names that the article does not hold
    "تولید گردو در شیراز چند تن بود؟",
]


@pytest.mark.parametrize("question", NOT_FOUND)
def test_not_found(lib: Library, question: str) -> None:
    answer, _ = first(lib, question)
    assert (False, ()) == (answer.found, answer.results)


# A university PR page (devset-like shape, written here): the title is short in the text
# («مسئول نهاد رهبری دانشگاه»), the question names the university in full.
PR = """سلسله نشست‌های فرهنگی با دانشجویان خارجی
به گزارش روابط عمومی دانشگاه آزاد اسلامی اردبیل، در این جلسه دانشجویان به معرفی خود پرداختند.
در این جلسه حجت الاسلام جلیلی مسئول نهاد رهبری دانشگاه ضمن خوش آمد گویی به این دانشجویان گفت: فرصت بهره مندی از تعامل فرهنگی کشور ها به وسیله دانشجویان غیر ایرانی حاصل شده است.
"""

PR_CASES = [
    # the title in the question holds the university's name, the text only «دانشگاه»
    ("مسئول نهاد رهبری دانشگاه آزاد اردبیل کیه؟", "role_of", "جلیلی"),
    # «دانشجوها/دانشجویان» are one word; «غیرایرانی» asked, «غیر ایرانی» written
    ("جلیلی درباره دانشجوهای غیرایرانی چی گفت؟", "what_said", "تعامل فرهنگی"),
]


@pytest.mark.parametrize("question, kind, expected", PR_CASES)
def test_context_of_the_report(question: str, kind: str, expected: str) -> None:
    library = Library.memory()
    library.add(PR.encode("utf-8"), today=TODAY)
    answer = library.ask(question, today=TODAY)
    assert (kind, True) == (answer.kind, answer.found)
    assert search_form(expected) in held(answer.results[0], "speaker", "statement")
    # a university the report does not name is not this one
    assert not library.ask("مسئول نهاد رهبری دانشگاه تهران کیه؟", today=TODAY).found
    library.close()


# A weekly round-up (Khabaronline style, written here): the reporter's summary of what the
# president said, then his own words on each topic. Asked about one topic, the own words
# answer before the summary that names every topic.
ROUNDUP = """اظهارات رئیس‌جمهور در هفته‌ای که گذشت
مسعود پزشکیان رئیس‌جمهور در سخنان مختلف خود بر ضرورت مدیریت منابع آب، توانمندسازی نسل جوان و توسعه انرژی‌های تجدیدپذیر تأکید کرد.
پزشکیان در دیدار با دانشجویان گفت: «نسل جوان سرمایه انسانی کشور و موتور اصلی پیشرفت است.»
"""


def test_own_words_before_a_summary() -> None:
    library = Library.memory()
    library.add(ROUNDUP.encode("utf-8"), today=TODAY)
    answer = library.ask("رئیس جمهور درباره جوونا چی گفت؟", today=TODAY)
    assert ("what_said", True) == (answer.kind, answer.found)
    assert search_form("سرمایه انسانی") in held(answer.results[0], "statement")
    library.close()


# Radio Farda style (corpus 0666_tgvahidonline…, shortened): the headline's title, the holder
# named with a different form of the same title further down.
SPOKESMAN = """ date 2026-05-18
سخنگوی وزارت خارجه ایران می‌گوید روند مذاکرات تهران و واشینگتن ادامه‌دار است.
اسماعیل بقائی در نشست خبری روز دوشنبه گفت: هفته گذشته نکات و ملاحظات اصلاحی را از طرف میانجی دریافت کردیم.
اسماعیل بقایی، سخنگوی وزارت خارجه جمهوری اسلامی، در پاسخ به پرسشی درباره امارات گفت: این کشور باید مراقب رفتار خود باشد.
"""


def test_a_title_is_answered_with_its_named_holder() -> None:
    library = Library.memory()
    library.add(SPOKESMAN.encode("utf-8"), today=TODAY)
    answer = library.ask("سخنگوی وزارت خارجه کیه؟", today=TODAY)
    assert ("role_of", True) == (answer.kind, answer.found)
    assert "اسماعیل بقائی" == answer.results[0].speaker  # the name, not the bare title
    library.close()
