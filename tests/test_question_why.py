"""knowledge.answer.reasons: which questions ask «why», and the near cases that keep their kind.

Each «why» form users type, then the near ones: «برای چه کسی» (for whom), «عامل حادثه کی بود»
(who did it), a why-word after a verb of saying (what was said). The kinds of the near cases
are the ones main d985327 read them as."""

from __future__ import annotations

import pytest

from knowledge.answer.question import parse_question
from tests.conftest import TODAY

WHY_CASES = [
    # (question, expected kind)  # why
    ("چرا جلسه لغو شد؟", "why"),  # «چرا»
    ("چرا قیمت طلا اومده پایین؟", "why"),  # «چرا» with spoken words (realcopy 0118)
    ("چرا وزیر گفت آب کم است؟", "why"),  # «چرا» before the verb of saying: why he said it (was what_said)
    ("به چه دلیل استعفا داد؟", "why"),  # «به چه دلیل»
    ("این جلسه به چه علتی لغو شد", "why"),  # «به چه علتی», no question mark
    ("دلیل افزایش قیمت چی بود؟", "why"),  # «دلیل ... چه بود» (spoken «چی»)
    ("علت حادثه چه بود؟", "why"),  # «علت ... چه بود»
    ("علتش چیه؟", "why"),  # «علتش چیست»: the cause noun with its pronoun
    ("انگیزه قاتل چه بود؟", "why"),  # «انگیزه»: a motive is a why
    ("علت لغو جلسه", "why"),  # opens with a cause noun, no other question word
    ("واسه چی بازی تعطیل شد؟", "why"),  # spoken «واسه چی», a noun after it
    ("برای چی آمده بود؟", "why"),  # «برای چی» before a verb
    ("بخاطر چی رفت؟", "why"),  # «بخاطر چی»
    # near cases: their old kinds stay
    ("برای چه کسی پیام فرستاد؟", "topic"),  # «برای چه کسی»: for whom, not why
    ("واسه چی کسی کار کرد؟", "topic"),  # spoken, but «چی کسی»: for whom
    ("برای چه مدت تعطیل است؟", "topic"),  # «برای چه مدت»: how long
    ("برای چه تیمی بازی میکند؟", "person_role"),  # «برای چه تیمی»: which team
    ("گفت چرا بوستانها بی آب ماندند؟", "what_said"),  # «گفت چرا»: what he said about why
    ("چه کسی گفت چرا آب کم است؟", "who_said"),  # who said it
    ("عامل حادثه کی بود؟", "person_role"),  # «عامل» is who did it, never a cause noun
    ("جلسه به دلیل برف کی لغو شد؟", "when"),  # «به دلیل» in a question about when
    ("دلیل لغو جلسه کجا اعلام شد؟", "where"),  # a cause noun, but «کجا» asks where
    ("دلیلی برای نگرانی هست؟", "topic"),  # «دلیلی برای»: no question of cause
    ("چه شد که جلسه لغو شد؟", "which_article"),  # «چه شد که»: left as it was (see NOTES)
    ("چراغ راهنمایی کجا خراب شد؟", "where"),  # «چراغ» is no «چرا»
    ("به چه کسی جایزه دادند؟", "topic"),  # «به چه کسی»: to whom
]


@pytest.mark.parametrize(("question", "kind"), WHY_CASES)
def test_why_kind(question: str, kind: str) -> None:
    assert kind == parse_question(question, today=TODAY).kind


@pytest.mark.parametrize(("question", "words"), [
    # the why-phrase is no topic word; the rest is
    ("چرا جلسه لغو شد؟", ("جلسه", "لغو")),
    ("علت حادثه چه بود؟", ("حادثه",)),  # «علت» and «چه بود» both dropped
    ("دلیل افزایش قیمت چی بود؟", ("افزایش", "قیمت")),
    ("به چه دلیل استعفا داد؟", ("استعفا",)),
    ("واسه چی بازی تعطیل شد؟", ("بازی", "تعطیل")),  # «بازی» a topic word, not «چه بازی»
])
def test_why_topic_words(question: str, words: tuple[str, ...]) -> None:
    assert words == parse_question(question, today=TODAY).words
