"""Issue 13: the bot quotes as the article writes it — escaped for HTML, never respaced."""

from __future__ import annotations

import pytest

from bot import texts
from tests.test_verbatim import ARTICLE

from .conftest import Harness

pytestmark = pytest.mark.anyio

# (expected in the HTML the bot sends, hazm's form that must not be there) — expected first
SENT = [
    ("&lt;/b&gt;", "&lt; / b&gt;"),  # the tag escaped, as written: not «< / b>»
    ("alert(1)", "alert (1)"),  # not respaced
    ('"هشدار"', "«هشدار»"),  # straight quotes as written (HTML text needs no escaping for them)
    ("کرده اند", "کرده\u200cاند"),  # the space the article has, not hazm's half-space
    ("ساعت 10:30 در 12 کانال", None),  # Latin digits as written
]


async def _answer_and_source(harness: Harness) -> tuple[str, str]:
    assert (await harness.knowledge.add(ARTICLE)).created
    answer = (await harness.send("ناصری چه گفت؟"))[-1]
    [button] = [b for b in answer.buttons() if b["text"] == texts.SOURCE]
    shown = [c for c in await harness.press(button, on=answer) if c.method == "sendMessage"][-1]
    return answer.text, shown.text


@pytest.mark.parametrize("expected, hazm", SENT)
async def test_answer_and_source_view_quote_as_written(harness: Harness, expected: str, hazm: str | None) -> None:
    answer, source = await _answer_and_source(harness)
    assert answer.startswith("رضا ناصری (رئیس پلیس فتا استان گیلان) گفت: «کاربران پیامی با متن &lt;/b&gt;")
    assert "<b>" in source and "&lt;/b&gt; و alert(1)" in source.split("<b>")[2]  # the cited sentence, bold
    for sent in (answer, source):
        assert expected in sent
        if hazm:
            assert hazm not in sent
