"""«به گفته X ... کی ...؟» names the speaker first: «کی» is «when», a word of what is asked of
X's words («به گفته نوروزی فشار آب شیراز کی کم میشه؟»: what Norouzi said of when the pressure
drops), not «who said it». Without «کی» such a question reads as before."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer.question import parse_question
from knowledge.library import Library

TODAY = dt.date(2026, 12, 6)

CASES = [
    # tests/questions.tsv row 48: the speaker, then what was said of when («کم میشه» → «کاهش»)
    ("به گفته نوروزی فشار آب شیراز کی کم میشه؟", "what_said", ("نوروزی",), ("فشار", "اب", "شیراز", "کاهش")),
    # a first name before the surname: two words of the speaker
    ("به گفته سعید نوروزی فشار آب کی کم میشه؟", "what_said", ("سعید", "نوروزی"), ("فشار", "اب", "کاهش")),
    # near: «کی» first, no «به گفته»: who said it, as before
    ("کی گفت فشار آب شیراز کم میشه؟", "who_said", (), ("فشار", "اب", "شیراز", "کاهش")),
]


@pytest.mark.parametrize(("question", "kind", "subject", "words"), CASES)
def test_according_to_x_then_ki_asks_what_x_said(question: str, kind: str, subject: tuple[str, ...],
                                                   words: tuple[str, ...]) -> None:
    q = parse_question(question, today=TODAY)
    assert (kind, subject, words) == (q.kind, q.subject, q.words)


# tests/articles/101_shiraz_water_crisis.txt: the lead naming him and the «به گفته» sentence
WATER = """date 2025-12-03 اخبار استان فارس
استاندار فارس: ذخایر سدهای استان به کمتر از ۱۵ درصد رسیده است
سعید نوروزی مدیرعامل شرکت آب منطقه‌ای فارس گفت: انتقال آب از سد سلمان فارسی به شیراز تنها راه عبور از تابستان است.

به گفته نوروزی، فشار آب شبکه شیراز از ساعت ۲۳ تا ۵ صبح کاهش می‌یابد تا هدررفت آب در شبکه کمتر شود.
"""


def test_according_to_x_answers_with_his_words(fresh_lib: Library) -> None:
    fresh_lib.add(WATER, today=TODAY)
    reply = fresh_lib.ask("به گفته نوروزی فشار آب شیراز کی کم میشه؟", today=TODAY).text
    assert (True, True) == ("۲۳" in reply, "نوروزی" in reply)
