"""knowledge.answer.question: the kind a question is read as, and its slots.

The kind decides which branch of the engine answers; a question read as the wrong kind
gets a wrong answer however good the store is, so each kind's question words are here.
"""

from __future__ import annotations

import pytest

from knowledge.answer.question import parse_question
from tests.conftest import TODAY

KIND_CASES = [
    # (question, expected kind)  # why
    ("چه کسی گفت نگاه سیاه و سفید جامع نیست؟", "who_said"),  # product example
    ("کی گفت آب کم است؟", "who_said"),  # «کی» before a verb of saying is «who»
    ("طالبی درباره هوش مصنوعی چه گفت؟", "what_said"),  # product example
    ("طالبی کجا چه گفت؟", "what_said"),  # «چه گفت» wins over «کجا»: asks what he said
    ("میرصالحی کجا صحبت کرد؟", "where"),  # a verb of saying with «کجا» and no «چه»
    ("وی دیگر چه گفت؟", "what_said"),  # follow-up on the last person
    ("کارگاه کی برگزار شد؟", "when"),  # «کی» without a verb of saying is «when»
    ("مهلت ارسال آثار تا کیه؟", "when"),  # «تا کی»: until when
    ("جلسه کجا بود؟", "where"),  # product example
    ("رییس پلیس فتا کیست؟", "role_of"),  # a role: who holds it
    ("نام فرماندار رزن چیست؟", "role_of"),  # «نام ... چیست» asks who holds the role
    ("عزیزی چه‌کاره است؟", "person_role"),  # a name: what is their role
    ("چه کسانی در کارگاه صحبت کردند؟", "list_people"),  # plural «چه کسانی»
    ("کدام خبر درباره نقشه راه بود؟", "which_article"),  # «کدام خبر»
    ("امسال چند تن زعفران صادر شده؟", "quantity"),  # «چند» + unit
    ("هزینه پروژه چقدر بود؟", "quantity"),  # «چقدر»
    ("چند درصد سدها پر است؟", "quantity"),  # «چند درصد»
    ("هوش مصنوعی", "topic"),  # no question word
]


@pytest.mark.parametrize(("question", "kind"), KIND_CASES)
def test_kind(question: str, kind: str) -> None:
    assert kind == parse_question(question, today=TODAY).kind


def test_quantity_slots() -> None:
    # The figure's unit and the words of its sentence; «امسال» is a date, not a word to match.
    q = parse_question("امسال چند تن زعفران صادر شده؟", today=TODAY)
    assert (True, "تن", ("تن", "زعفران", "صادر")) == (q.numeric, q.unit, q.words)


def test_count_of_things_names_the_thing() -> None:
    q = parse_question("چند تا غرفه در نمایشگاه بود؟", today=TODAY)
    assert ("quantity", "غرفه") == (q.kind, q.unit)  # «تا» is skipped


def test_what_said_slots() -> None:
    q = parse_question("طالبی درباره هوش مصنوعی چه گفت؟", today=TODAY)
    assert (("طالبی",), ("هوش", "مصنوعی")) == (q.subject, q.words)


def test_where_with_what_said_answers_with_the_speakers_statements(loaded_lib) -> None:  # type: ignore[no-untyped-def]
    # «طالبی کجا چه گفت» is about what طالبی said, so every result is his.
    answer = loaded_lib.ask("طالبی کجا چه گفت؟", today=TODAY)
    assert ("what_said", True) == (answer.kind, answer.found)
    assert {"محمدعلی طالبی"} == {r.speaker for r in answer.results}
