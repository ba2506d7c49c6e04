"""«بیشتر»: the rest of an answer, one page per press.

A page is either results the answer's text did not show (a «when» answer shows
only its best event), or — for a person's statements — the library's own
follow-up («وی دیگر چه گفت؟» with the conversation context). The next page is
computed before the button is offered, so the button never leads nowhere. State
lives in chat_data under a short key; the callback data is ``more:<key>``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from knowledge.answer import Answer, Context

from . import render, texts
from .service import Knowledge, is_statement_answer

SLOT = "more"
PAGE = 5  # results per «بیشتر» page («چه کسانی درباره ... گفتند؟» may gather thirty people)
PREFIX = "more:"


@dataclass
class More:
    pages: list[tuple[str, Context | None]] = field(default_factory=list)  # (plain text, context after it)
    follow: Context | None = None  # where the next follow-up starts

    async def fill(self, knowledge: Knowledge) -> None:
        """Make sure a next page is ready if there is one."""
        if self.pages or self.follow is None:
            return
        answer = await knowledge.more(self.follow)
        if answer is None or answer.context == self.follow:
            self.follow = None
            return
        self.pages.append((answer.text, answer.context))
        self.follow = answer.context


async def prepare(knowledge: Knowledge, answer: Answer) -> More | None:
    """The «بیشتر» state for a fresh answer, or None when there is nothing more."""
    more = More()
    rest = answer.results[answer.shown:]
    for start in range(0, len(rest), PAGE):
        more.pages.append((render.results_text(rest[start:start + PAGE]), None))
    if is_statement_answer(answer):
        more.follow = answer.context
    await more.fill(knowledge)
    return more if more.pages else None


SOURCE_PREFIX = "src:"
MAX_SOURCES = 3  # «📰 متن خبر» buttons under one answer


def sources(answer: Answer) -> list[tuple[int, int]]:
    """(article, sentence position) of the first cited sentence of each article the text shows."""
    seen: dict[int, int] = {}
    for r in answer.results[:answer.shown]:
        if r.sentence_position is not None and r.article_id not in seen:
            seen[r.article_id] = r.sentence_position
    return list(seen.items())[:MAX_SOURCES]


def keyboard(key: str | None, cited: list[tuple[int, int]] | None = None) -> InlineKeyboardMarkup | None:
    """«بیشتر» (when ``key``) and one «📰 متن خبر» per cited article; None when neither."""
    rows = [[InlineKeyboardButton(texts.MORE, callback_data=PREFIX + key)]] if key else []
    cited = cited or []
    row = [InlineKeyboardButton(texts.SOURCE if len(cited) == 1 else f"{texts.SOURCE} {render.fa(i + 1)}",
                                callback_data=f"{SOURCE_PREFIX}{article}:{position}")
           for i, (article, position) in enumerate(cited)]
    if row:
        rows.append(row)
    return InlineKeyboardMarkup(rows) if rows else None
