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
