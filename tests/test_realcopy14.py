"""Fixes found by the eleventh batch of tests/realcopy/checks.tsv (branch realcopy14), each on a short
excerpt of the corpus text named in its case's comment (/work/shared/corpus/articles)."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge import text
from knowledge.answer.question import parse_question
from knowledge.library import Library

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
    assert written == text.formalize([spoken])


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
