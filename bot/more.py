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
    if rest:
        more.pages.append((render.results_text(rest), None))
    if is_statement_answer(answer):
        more.follow = answer.context
    await more.fill(knowledge)
    return more if more.pages else None


def keyboard(key: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(texts.MORE, callback_data=PREFIX + key)]])
