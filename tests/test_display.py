"""knowledge/display.py: how quotes are framed for the answer text."""

from __future__ import annotations

import pytest

from knowledge.display import clip_quote

QUOTES = [
    # a quote the article frames itself: the answer adds its own «», so the article's go
    ("«آب تا پایان امسال می‌رسد»", "آب تا پایان امسال می‌رسد"),
    # the full stop written after the closing mark moves inside: no «…».» in the answer
    ("«آب تا پایان امسال می‌رسد».", "آب تا پایان امسال می‌رسد."),
    # a question mark after the closing mark, with a space before it
    ("«چرا آب نمی‌رسد» ؟", "چرا آب نمی‌رسد؟"),
    # two quotes in one statement: nothing inside is taken apart
    ("«آب می‌رسد» و «برق هم».", "آب می‌رسد» و «برق هم»."),
    # unquoted text is left as written, markup included
    ("گفت </b> و alert(1) را ببینید.", "گفت </b> و alert(1) را ببینید."),
]


@pytest.mark.parametrize(("statement", "shown"), QUOTES)
def test_quotes_lose_their_own_frame(statement: str, shown: str) -> None:
    assert shown == clip_quote(statement)


def test_a_long_quote_is_cut_at_a_word() -> None:
    # 30 words of 5 letters: cut to at most 40 characters, at a space, with «…»
    shown = clip_quote(" ".join(["کلمه"] * 30), 40)
    assert shown.endswith("…") and len(shown) <= 40 and "  " not in shown
