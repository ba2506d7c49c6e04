"""A surname typed with one wrong letter («یزدامی» for «یزدانی») names the people stored
with its closest spelling: every namesake, the question's topic and setting choosing among
them — not only the few full names closest to the misspelling (the first name «یزدان»)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ask_over
from knowledge.library import Library
from knowledge.store import retrieve

TODAY = dt.date(2026, 12, 7)

SPORT = """افتتاح طرح‌های ورزشی قوچان

به گزارش خبرگزاری ایسنا از مشهد، مهدی یزدانی مدیرکل ورزش و جوانان استان خراسان رضوی در مراسم افتتاح طرح‌های ورزشی شهرستان قوچان گفت: هیچ دستگاهی به تنهایی نمی‌تواند مشکلات ورزش همگانی را حل کند.
"""
WATER = """تکمیل آبرسانی روستایی کرج

به گزارش خبرگزاری فارس از کرج، بیژن یزدانی فرماندار کرج در جلسه شورای اداری شهرستان گفت: طرح‌های آبرسانی روستایی تا پایان امسال تکمیل می‌شود.
"""
DECOY = """نشست خبری مدیرکل میراث فرهنگی

به گزارش خبرگزاری ایرنا از ساری، یزدان صمدی مدیرکل میراث فرهنگی استان مازندران در نشست خبری گفت: ۱۲ بنای تاریخی استان امسال مرمت می‌شود.
"""

ANSWERS = [
    # a misspelt lone surname: the namesake who spoke of the topic
    ("یزدامی درباره ورزش همگانی چی گفت؟", "مهدی یزدانی", "ورزش همگانی"),
    # … and with the setting, the one who spoke there
    ("یزدامی در جلسه شورای اداری درباره آبرسانی روستایی چه گفت؟", "بیژن یزدانی", "آبرسانی"),
    # near: the surname as written still finds them
    ("یزدانی درباره ورزش همگانی چه گفت؟", "مهدی یزدانی", "ورزش همگانی"),
    # near: the first name the misspelling also resembles keeps its own statements
    ("یزدان صمدی درباره بناهای تاریخی چه گفت؟", "یزدان صمدی", "بنای تاریخی"),
]


@pytest.mark.parametrize(("question", "speaker", "said"), ANSWERS)
def test_misspelt_surname_names_the_namesake_who_said_it(question: str, speaker: str, said: str) -> None:
    answer = ask_over(question, SPORT, WATER, DECOY, today=TODAY)
    first = answer.text.split("\n")[0]
    assert (True, True) == (speaker in first, said in first), answer.text


SPELLINGS = [
    ("یزدامی", "یزدانی"),  # one wrong letter: the stored surname
    ("یزدانی", "یزدانی"),  # a stored name word stays
    ("صمدی", "صمدی"),
    ("گفتگو", "گفتگو"),  # nothing close among the names: kept
]


@pytest.mark.parametrize(("word", "expected"), SPELLINGS)
def test_name_spelling(word: str, expected: str) -> None:
    lib = Library.memory()
    try:
        for raw in (SPORT, WATER, DECOY):
            lib.add(raw.encode(), today=TODAY)
        assert expected == retrieve.name_spelling(lib.store, word)
    finally:
        lib.close()
