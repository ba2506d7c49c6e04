"""«OBJECT رو/را کی VERB؟» with a verb in the past singular asks who did it («گلای استقلال رو
کی زد؟» = «چه کسی گل‌های استقلال را زد؟»), read as a topic question over its words; with a
plural or present verb the subject is «they» and «کی» stays «when»."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer.question import parse_question
from knowledge.library import Library

TODAY = dt.date(2026, 12, 6)

CASES = [
    # realcopy rows 146 and 88: who scored (spoken plural «گلا» and the singular)
    ("گلای استقلال رو کی زد؟", "topic"),
    ("گل شهرداری تبریز رو کی زد؟", "topic"),
    # other past singular verbs: who built it, who approved it
    ("مدرسه رو کی ساخت؟", "topic"),
    ("طرح رو کی تصویب کرد؟", "topic"),
    # a plural verb: «they» opened it, «کی» asks when
    ("پل رو کی افتتاح کردن؟", "when"),
    ("جلسه رو کی برگزار کردند؟", "when"),
    # a present verb: when they will open it
    ("نمایشگاه رو کی افتتاح میکنن؟", "when"),
    # no object marker: «کی» after the subject is when
    ("جلسه شورا کی برگزار شد؟", "when"),
]


@pytest.mark.parametrize(("question", "kind"), CASES)
def test_object_then_ki_then_past_singular_asks_who(question: str, kind: str) -> None:
    assert kind == parse_question(question, today=TODAY).kind


# an excerpt of corpus 0403 (Borna): the scorers are the subject of «گلزنی کردند»
MATCH = """برتری سه گله استقلال در بازی دوستانه
تیم فوتبال استقلال در دیداری دوستانه با نتیجه سه بر یک هما کیش را شکست داد.
برای استقلال در این دیدار محمدرضا آزادی در دقیقه ۱۹ و ۶۰ (پنالتی) و صالح حردانی در دقیقه ۹۰ گلزنی کردند و تک گل تیم هما از روی نقطه پنالتی و در دقیقه ۷۰ به ثمر رسید.
"""


def test_who_scored_shows_the_scorers(fresh_lib: Library) -> None:
    fresh_lib.add(MATCH, today=TODAY)
    answer = fresh_lib.ask("گلای استقلال رو کی زد؟", today=TODAY)
    assert (True, True) == ("آزادی" in answer.text, "حردانی" in answer.text)


GIVER_CASES = [
    # realcopy row 173: «کی به X دستور ... داد؟» asks who gave the order
    ("کی به بسنت دستور فشار حداکثری داد؟", "topic"),
    # the same with other things given: who gave permission, who gave the team a bonus
    ("کی به شهرداری اجازه ساخت داد؟", "topic"),
    ("کی به تیم ملی پاداش داد؟", "topic"),
    # near: «نوشت» is a verb of saying: who wrote it, as before
    ("کی به رئیس جمهور نامه نوشت؟", "who_said"),
    # near: a plural or present verb is «they», «کی» asks when
    ("کی به کارگران حقوق دادند؟", "when"),
    ("کی به کارگران حقوق میدن؟", "when"),
    # near: a verb of going takes a destination with «به»: when he went
    ("کی به تهران سفر کرد؟", "when"),
    # near: a name before «کی» is who did it: the question asks when
    ("ترامپ کی به بسنت دستور داد؟", "when"),
]


@pytest.mark.parametrize(("question", "kind"), GIVER_CASES)
def test_ki_be_x_then_a_giving_verb_asks_who(question: str, kind: str) -> None:
    assert kind == parse_question(question, today=TODAY).kind


# an excerpt of corpus 0916 (News_Hut post): who gave the order is only in Bessent's own words
ORDER = """ date 2026-08-14
اسکات بسنت، وزیر خزانه‌داری آمریکا، از اقدامات «بی‌سابقه» برای منزوی‌سازی اقتصادی ایران خبر می‌دهد:
«یک سال پیش، در ماه مارس (مارس ۲۰۲۵)، رئیس‌جمهور به من دستور داد تا سیاست "فشار حداکثری" را علیه حکومت ایران اعمال کنم و وزارت خزانه‌داری نیز چنین کرد.»
"""


def test_who_gave_the_order_shows_the_sentence_that_names_him(fresh_lib: Library) -> None:
    fresh_lib.add(ORDER, today=TODAY)
    answer = fresh_lib.ask("کی به بسنت دستور فشار حداکثری داد؟", today=TODAY)
    assert (True, False) == ("رئیس‌جمهور به من دستور داد" in answer.text, answer.text.startswith("جمعه"))
