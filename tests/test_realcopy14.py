"""Fixes found by the eleventh batch of tests/realcopy/checks.tsv (branch realcopy14), each on a short
excerpt of the corpus text named in its case's comment (/work/shared/corpus/articles)."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.spoken import formalize
from knowledge.answer.question import parse_question
from knowledge.library import Library
from tests.test_people_real4 import _parse, _said  # the same clock and the same (speaker, statement) view

TODAY = dt.date(2026, 12, 6)


# A spoken present in «ه» (he) or «ن» (they) is its written verb, so that a question's verb is
# read as one (and dropped from what must be found) rather than kept as a word no report writes:
# «موکب از کی شروع به کار میکنه» found nothing for «میکنه». The spoken stems that differ from the
# written ones («ر/رو», «د/ده», «ذار/گذار» ...) come first: «میره» is «می‌رود», never «می‌میرد».
SPOKEN_VERBS = [
    ("میکنه", ["میکند"]),  # 0347: «موکب از کی شروع به کار میکنه»
    ("میدن", ["میدهند"]),  # 0099: «به هر نفر چندتا بن میدن؟» (hazm lists «میدن», counted 0)
    ("میده", ["میدهد"]),
    ("نمیکنه", ["نمیکند"]),  # the negative
    ("میره", ["میرود"]),  # goes, not «میرد» (dies), which hazm also conjugates
    ("میرن", ["میروند"]),
    ("میذارن", ["میگذارند"]),
    ("میاره", ["میاورد"]),
    ("میگیره", ["میگیرد"]),
    ("میزنه", ["میزند"]),  # was «میزن» + «است» (the «ملیه» shape)
    ("میخونه", ["میخواند"]),  # «ون» for «وان»
    ("میمونه", ["میماند"]),  # «ون» for «ان»
    # near cases that keep their reading
    ("میوه", ["میوه"]),  # fruit: a word in use (hazm counts it), no verb
    ("میانه", ["میانه"]),  # middle
    ("میکده", ["میکده"]),  # a tavern, counted in use
    ("میگه", ["میگوید"]),  # the spelling table's, as before
    ("میتونه", ["میتواند"]),  # the spelling table's, as before
    ("میسازن", ["میسازند"]),  # the older «ن» → «ند» shape, same result
    ("کیلومتره", ["کیلومتر", "است"]),  # a noun in «ه» is still «... است»
]


@pytest.mark.parametrize(("spoken", "written"), SPOKEN_VERBS)
def test_a_spoken_present_is_its_written_verb(spoken: str, written: list[str]) -> None:
    assert written == formalize([spoken])


QUESTION_WORDS = [
    # 0347: the verb is no word to find; «کار» and «موکب» are
    ("موکب از کی شروع به کار میکنه", "when", ("موکب", "کار")),
    # 0099: «میدن» no longer a word the figure's sentence must hold
    ("به هر نفر چندتا بن میدن؟", "quantity", ("نفر", "بن")),
    # the written question reads the same
    ("به هر نفر چندتا بن می‌دهند؟", "quantity", ("نفر", "بن")),
]


@pytest.mark.parametrize(("question", "kind", "words"), QUESTION_WORDS)
def test_a_spoken_verb_is_no_word_of_the_question(question: str, kind: str, words: tuple[str, ...]) -> None:
    q = parse_question(question, today=TODAY)
    assert (kind, words) == (q.kind, q.words)


# 0347_fars1402_rah_andazi_avlin_mvkb.txt (shortened)
MOKEB = (" date 2023-08-21\nراه اندازی اولین موکب درمانی بسیج جامعه پزشکی\nبه گزارش گروه سلامت خبرگزاری فارس، "
         "سلیمان حیدری فرمانده بسیج جامعه پزشکی وزارت بهداشت گفت: برای اولین بار امسال یک موکب اختصاصی در مسیر "
         "راهپیمایی اربعین مستقر می شود. فرمانده بسیج جامعه پزشکی وزارت بهداشت تاریخ آغاز به کار این موکب را "
         "پنجم شهریور ۱۴۰۲ اعلام کرد و گفت: همکاران ما از امروز عازم کشور عراق شده اند.")


def test_the_spoken_when_question_is_answered() -> None:
    lib = Library.memory()
    lib.add(MOKEB.encode("utf-8"), today=TODAY)
    reply = lib.ask("موکب از کی شروع به کار میکنه", today=TODAY).to_json()
    assert (True, "2023-08-27") == (reply["found"], reply["results"][0]["date"])
    lib.close()


# «یکی از / برخی از / شماری از GROUP» before a verb of saying is one (or some) of a group: an
# unnamed source under its own words. A name inside the group («دوستان یوسف») is whose friend it
# is, not who speaks: the friend's words were Yousef Miri's, so «یوسف میری کی کشته شد» was
# answered by «his statement»'s date (the post's) instead of «سه‌شنبه ۲۶ اسفند ۱۴۰۴».
GROUP_SOURCES = [
    # 0643_tgvahidonline_ivsf_miri_17_salh.txt (shortened): the friend, not Yousef, speaks
    (" date 2026-06-29\nیوسف میری، ۱۷ ساله در خیابان حافظ اصفهان کشته شد.\nیوسف میری سه‌شنبه ۲۶ اسفند ۱۴۰۴ "
     "هنگامی که در راه بازگشت به خانه بود با مادرش تماس گرفت اما پیش از آن که به خانه برسد با شلیک گلوله "
     "به پشت سرش کشته شد.\nیکی از دوستان یوسف به ایران‌وایر می‌گوید: به مادرش گفتند به اشتباه به پسرت شلیک شده.",
     [("یکی از دوستان یوسف", "به مادرش گفتند")]),
    # 0186_fars_anfjar_atvbvs_dr_kabl.txt (shortened): a witness after the police chief is no
    # police chief (the role-only speaker is not absorbed by the source), and each keeps his words
    (" date 2009-01-01\nانفجار اتوبوس در کابل\nرئیس پلیس کابل گفت هدف بمبگذاری نیروهای ارتش بودند.\n"
     "یکی از شاهدان انفجار گفت: اتوبوس بر اثر انفجار به طرف دیوار کنار جاده پرتاب شد.",
     [("رئیس پلیس کابل", "هدف بمبگذاری"), ("یکی از شاهدان انفجار", "اتوبوس بر اثر")]),
    # 0448_tasnim_thdidhai_nzami_v_aghtsadi.txt (shortened): one of the officials, not all of them
    (" date 2025-08-01\nتهدید لبنان\nمقامات آمریکایی اعلام کردند: رهبران لبنان زمان کمی دارند.\n"
     "یکی از مقامات هشدار داد: «بی‌عملی می‌تواند منجر به قطع کمک‌ها شود.»",
     [("مقامات آمریکایی", "رهبران لبنان"), ("یکی از مقامات", "«بی‌عملی")]),
    # 0321_fars1402_rai_abtal_shrt_sni.txt (shortened): the member speaks her own sentence; a later
    # verb with no subject («... خواستار ... شد», another body's letter) is not hers
    (" date 2023-08-10\nسقف سنی\nیکی از داوطلبان شغل معلمی به خبرنگار فارس می‌گوید: «سقف سنی باید بالا برود.»\n"
     "* نامه درخواست افزایش سقف سنی ورود به دانشگاه فرهنگیان به 26 سال و دلایل آن هفدهم تیر امسال (1402)، "
     "دیده‌بان شفافیت و عدالت طی نامه‌ای به دبیرکل شورای عالی آموزش و پرورش خواستار اصلاح شرط سنی شد.",
     [("یکی از داوطلبان شغل معلمی", "«سقف سنی")]),
    # near case: a name in apposition after the group is the speaker, as before
    (" date 2025-01-01\nواکسن\nیکی از مسئولان وزارت بهداشت، علی احمدی، گفت: واکسن رسید.",
     [("علی احمدی", "واکسن رسید")]),
    # near case: «یکی از ...» with no verb of saying is no one («وی» then has no antecedent there)
    (" date 2025-01-01\nآموزش\nیکی از مهم‌ترین مشکلات نظام آموزشی کمبود نیروی ماهر است.", []),
]


@pytest.mark.parametrize(("raw", "said"), GROUP_SOURCES)
def test_one_of_a_group_is_a_source(raw: str, said: list[tuple[str, str]]) -> None:
    article = _parse(raw)
    assert said == [(name, quote[: len(e[1])]) for (name, quote), e in zip(_said(article), said)] + _said(article)[len(said):]


def test_the_friends_words_leave_the_dead_mans_date() -> None:
    # 0643 (shortened): «کی کشته شد» is answered by the sentence that dates it, not by a statement
    lib = Library.memory()
    lib.add(GROUP_SOURCES[0][0].encode("utf-8"), today=TODAY)
    reply = lib.ask("یوسف میری کی کشته شد", today=TODAY).to_json()
    assert (True, "2026-03-17") == (reply["found"], reply["results"][0]["date"])
    lib.close()
