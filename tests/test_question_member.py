"""«X عضو کدام/چه Y است؟» asks X's post (person_role: «عضو کارگروه ...» is one of his titles),
not a topic over «عضو» and «Y»."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer.question import parse_question
from knowledge.library import Library

TODAY = dt.date(2026, 12, 6)

CASES = [
    # tests/questions.tsv row 34: which working group he is a member of
    ("کریمی عضو کدام کارگروه است؟", "person_role", ("کریمی",)),
    # spoken, another body
    ("کریمی عضو چه حزبی بود؟", "person_role", ("کریمی",)),
    # near: «عضو» with no «کدام/چه»: the members of a body, as before (who is)
    ("عضو کارگروه فضای مجازی کیه؟", "role_of", ("عضو", "کارگروه", "فضای", "مجازی")),
]


@pytest.mark.parametrize(("question", "kind", "subject"), CASES)
def test_member_of_which_asks_the_post(question: str, kind: str, subject: tuple[str, ...]) -> None:
    q = parse_question(question, today=TODAY)
    assert (kind, subject) == (q.kind, q.subject)


# seeds/001 (the Tabriz workshop): his membership is given in a later sentence
WORKSHOP = """ date 2022-03-13
آموزش مدیریت فضای مجازی، گامی به سوی جهاد تبیین
در این گارگاه آموزشی یک روزه که در دو نوبت صبح و عصر برگزار شد، آقایان محمدصادق کریمی و مصطفی نادیان اهور از همکاران روابط عمومی وزارت بهداشت درمان و آموزش پزشکی به ارائه مطلب پرداختند.
محمدصادق کریمی عضو کارگروه مدیریت فضای مجازی وزارت بهداشت ضمن اعلام آمادگی برای راهنمایی همکاران برای حضور قدرتمند در این حوزه ابراز امیدواری کرد کارشناسان دانشگاه در جهاد تبیین نیز پیش قدم باشند.
"""


def test_member_of_which_shows_the_group(fresh_lib: Library) -> None:
    fresh_lib.add(WORKSHOP, today=TODAY)
    reply = fresh_lib.ask("کریمی عضو کدام کارگروه است؟", today=TODAY).text
    assert (True, True) == ("کریمی" in reply, "کارگروه مدیریت فضای مجازی" in reply)
