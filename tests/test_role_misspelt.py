"""A title asked with one letter wrong in a title word («مدیرعامل شزکت ملی پتروشیمی کیه؟»,
«شزکت» for «شرکت»): the word is read in the title words' spelling (the role, organisation and
source heads) when it is no Persian word at all and exactly one title word is that near; a
real word one letter off («برکت») keeps its own reading."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from knowledge.library import Library

who = importlib.import_module("knowledge.answer.who")  # the package's «who» is the answering function

TODAY = dt.date(2026, 12, 6)

# corpus 0148 (Fars): the headline, the lead and the sentence naming her
POLYMER = """ date 2016-04-13
تولید پلیمر کشور تا پایان برنامه ششم به ۱۲ میلیون تن می‌رسد
مدیرعامل شرکت ملی پتروشیمی با بیان اینکه در حال حاضر ظرفیت تولید پلیمر ۷.۴ میلیون تن در سال است، گفت: تولید پلیمر کشور تا پایان برنامه ششم به ۱۲ میلیون تن می‌رسد.
به گزارش خبرنگار اقتصادی خبرگزاری فارس، مرضیه شاهدایی مدیرعامل شرکت ملی پتروشیمی در مراسم افتتاحیه دهمین نمایشگاه ایران‌پلاس اظهار داشت: در این نمایشگاه 400 شرکت داخلی و 500 شرکت خارجی حضور دارند.
"""

ANSWERS = [
    # one letter wrong in «شرکت»: she is found
    ("مدیرعامل شزکت ملی پتروشیمی کیه؟", True),
    # spelt right: as before
    ("مدیرعامل شرکت ملی پتروشیمی کیه؟", True),
    # near: «برکت» (blessing) is a word of its own, one letter from «شرکت»: not respelt
    ("مدیرعامل برکت ملی پتروشیمی کیه؟", False),
]


@pytest.mark.parametrize(("question", "named"), ANSWERS)
def test_misspelt_title_word_finds_the_holder(fresh_lib: Library, question: str, named: bool) -> None:
    fresh_lib.add(POLYMER, today=TODAY)
    assert named == ("شاهدایی" in fresh_lib.ask(question, today=TODAY).text)


RESPELT = [
    # «اتاغ» for «اتاق» (غ/ق sound alike), «شزکت» for «شرکت» (ز/ر side by side)
    (("رییس", "اتاغ", "بازرگانی"), ("رییس", "اتاق", "بازرگانی")),
    (("مدیرعامل", "شزکت", "ملی"), ("مدیرعامل", "شرکت", "ملی")),
    # near: real words one letter from a title word stay («برکت», «اتاقک» are words)
    (("مدیرعامل", "برکت"), ("مدیرعامل", "برکت")),
    # near: a name or place word far from every title word stays («پتروشیمی», «بلوچستان»)
    (("رییس", "سازمان", "بلوچستان"), ("رییس", "سازمان", "بلوچستان")),
    # near: a three-letter word is never respelt (one letter is a third of it)
    (("رییس", "ساز"), ("رییس", "ساز")),
]


@pytest.mark.parametrize(("words", "expected"), RESPELT)
def test_respelt_title(words: tuple[str, ...], expected: tuple[str, ...]) -> None:
    assert expected == who.respelt_title(words)
