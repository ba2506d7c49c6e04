"""bot.render: escaping, splitting at Telegram's limit, summaries."""

from __future__ import annotations

import datetime as dt

import pytest

from bot import render
from knowledge.answer import reply
from bot.render import MESSAGE_LIMIT, chunks, tg_len
from knowledge.answer import Answer, Result
from knowledge.library import AddResult


def test_short_text_is_one_escaped_chunk() -> None:
    assert chunks("a <b> & «c»") == ["a &lt;b&gt; &amp; «c»"]


def test_long_text_splits_on_line_boundaries() -> None:
    lines = [f"خط {i} " + "ب" * 90 for i in range(200)]  # about 19 000 characters
    parts = chunks("\n".join(lines))
    assert len(parts) >= 5
    assert all(tg_len(p) <= MESSAGE_LIMIT for p in parts)
    assert "\n".join(parts).split("\n") == lines  # no line cut, none lost, order kept


def test_single_overlong_line_is_cut_hard() -> None:
    line = "الف" * 5000  # 15 000 characters on one line
    parts = chunks(line)
    assert [tg_len(p) for p in parts] == [4096, 4096, 4096, 15000 - 3 * 4096]
    assert "".join(parts) == line


def test_escaping_never_pushes_a_chunk_over_the_limit_nor_splits_an_entity() -> None:
    parts = chunks("&" * 5000 + "\n" + "<" * 10)
    assert all(tg_len(p) <= MESSAGE_LIMIT for p in parts)
    assert all(p.count("&") == p.count("&amp;") + p.count("&lt;") for p in parts)
    assert "".join(parts).replace("&amp;", "&").replace("&lt;", "<").replace("\n", "") == "&" * 5000 + "<" * 10


def test_emoji_count_as_two_units() -> None:
    parts = chunks("📰" * 3000)
    assert all(tg_len(p) <= MESSAGE_LIMIT for p in parts)
    assert len(parts) == 2


def test_added_summary_escapes_and_shows_both_calendars() -> None:
    result = AddResult(article_id=7, created=True, title="<b>آب</b> & برق", published=dt.date(2025, 11, 8),
                       people=(("علی <رضایی>", ("مدیر & مسئول",)),), statements=3, events=())
    html = render.added_summary(result)
    assert "خبر ۷ افزوده شد" in html
    assert "&lt;b&gt;آب&lt;/b&gt; &amp; برق" in html
    assert "۱۷ آبان ۱۴۰۴" in html and "2025-11-08" in html
    assert "علی &lt;رضایی&gt; — مدیر &amp; مسئول" in html
    assert "گفته‌ها: ۳" in html


def test_duplicate_summary() -> None:
    result = AddResult(12, False, "t", None, (), 0, ())
    assert "این خبر پیش‌تر با شناسه ۱۲ افزوده شده است" in render.added_summary(result)


def _result(**kw: object) -> Result:
    base = dict(speaker=None, role=None, statement=None, sentence="جمله", date="2022-03-13",
                date_jalali="1400-12-22", place="تبریز", event="کارگاه", article_id=2,
                article_title="عنوان", score=1.0, sentence_position=1)
    return Result(**(base | kw))  # type: ignore[arg-type]


@pytest.mark.parametrize(("kind", "shown"), [("when", 1), ("where", 1), ("role_of", 1), ("what_said", 3),
                                            ("who_said", 3), ("topic", 3)])
def test_shown_results(kind: str, shown: int) -> None:
    assert shown == reply.shown(kind, [_result(), _result(), _result()])


def test_result_text_cites_article_and_sentence() -> None:
    text = reply.result_text(_result())
    assert "کارگاه" in text and "۲۲ اسفند ۱۴۰۰" in text and "تبریز" in text
    assert text.endswith("\n📰 «عنوان»")  # issue 13: no internal numbers
    said = reply.result_text(_result(speaker="کریمی", role="عضو", statement="«سخن»", verb="گفت"))
    assert said.startswith("کریمی (عضو) گفت: «سخن»")


def test_rate_limiter_window_slides() -> None:
    from bot.ratelimit import RateLimiter, Verdict

    now = [0.0]
    limiter = RateLimiter(2, window=60, clock=lambda: now[0])
    assert [limiter.check(1) for _ in range(4)] == [Verdict.ALLOW, Verdict.ALLOW, Verdict.WARN, Verdict.DROP]
    assert limiter.check(2) is Verdict.ALLOW
    now[0] = 60.5
    assert limiter.check(1) is Verdict.ALLOW
    now[0] = 500
    limiter.prune()
    assert limiter.check(1) is Verdict.ALLOW


@pytest.mark.parametrize(("expected", "verb", "statement"), [
    # indirect speech: the verb leads, no quote marks (issue 13)
    ("به گفتهٔ طالبی (استاندار)، فضا فرصت است", "به گفته", "فضا فرصت است"),
    ("به اعتقاد طالبی (استاندار)، فضا فرصت است", "به اعتقاد", "فضا فرصت است"),
    # an ordinary verb: speaker, verb, the quote verbatim — «</b>» and «alert(1)» as written
    ("طالبی (استاندار) گفت: «</b> و alert(1)»", "گفت", "</b> و alert(1)"),
])
def test_statement_shapes(expected: str, verb: str, statement: str) -> None:
    said = reply.result_text(_result(speaker="طالبی", role="استاندار", statement=statement, verb=verb))
    assert expected == said.split("\n")[0]
