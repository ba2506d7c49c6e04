"""knowledge/answer/reply.cite: a citation as a reader expects it — outlet, date, the headline short."""

from __future__ import annotations

import pytest

from knowledge.answer.reply import cite
from knowledge.answer.types import Result

TITLE = "هشدار مدیرعامل آب و فاضلاب شیراز درباره ذخایر سدها"


def result(source: str | None, published: str | None, title: str = TITLE) -> Result:
    return Result(None, None, None, None, None, None, None, None, 1, title, 1.0,
                  article_source=source, article_published=published)


@pytest.mark.parametrize(("expected", "source", "published"), [
    # outlet and date, then the headline
    (f"📰 ایرنا، ۱۸ آبان ۱۴۰۴ — «{TITLE}»", "ایرنا", "2025-11-09"),
    # no date in the article: the outlet alone
    (f"📰 ایرنا — «{TITLE}»", "ایرنا", None),
    # no outlet: the date alone
    (f"📰 ۱۸ آبان ۱۴۰۴ — «{TITLE}»", None, "2025-11-09"),
    # neither: the headline, as before
    (f"📰 «{TITLE}»", None, None),
])
def test_cite_names_outlet_and_date(expected: str, source: str | None, published: str | None) -> None:
    assert expected == cite(result(source, published))


def test_cite_keeps_a_long_headline_and_outlet_short() -> None:
    line = cite(result("روابط عمومی " * 10, "2025-11-09", "عنوان بسیار بلند " * 10))
    assert line.count("…") == 2 and len(line) < 130


# A when/where answer whose result lacks the date or place asked for (an undated report's
# sentence, a statement with no place) shows the sentence that answers, never «None»
# (realcopy batch 5: «اردوی پیکان کجا بود؟» showed «اردوی اخیر: None»).
SENTENCE = "خوشبختانه اردوی بسیار خوبی را در کردان پشت سر گذاشتیم."


@pytest.mark.parametrize(("expected_head", "kind", "event", "date", "place"), [
    # where, an event with no place: the sentence
    (f"«{SENTENCE}»", "where", "اردوی اخیر", None, None),
    # when, an undated sentence with a place: the sentence
    (f"«{SENTENCE}»", "when", None, None, "شاهین‌شهر"),
    # when with a date: the date, as before
    ("اردوی اخیر: دوشنبه ۴ خرداد ۱۴۰۵ (2026-05-25)", "when", "اردوی اخیر", "2026-05-25", None),
    # where with a place: the place, as before
    ("اردوی اخیر: کردان", "where", "اردوی اخیر", None, "کردان"),
])
def test_when_where_without_the_value_shows_the_sentence(expected_head: str, kind: str, event: str | None,
                                                         date: str | None, place: str | None) -> None:
    from knowledge.answer.question import parse_question
    from knowledge.answer.reply import render
    from tests.conftest import TODAY

    q = parse_question("اردو کجا بود؟" if kind == "where" else "اردو کی بود؟", today=TODAY)
    r = Result(None, None, None, SENTENCE, date, None, place, event, 1, TITLE, 1.0)
    assert expected_head == render(q, [r], note=None, suggestions=()).split("\n")[0]
