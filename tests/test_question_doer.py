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
