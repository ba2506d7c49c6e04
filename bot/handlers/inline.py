"""Inline mode: «@botname طالبی» in any chat lists up to 50 cited statements to send."""

from __future__ import annotations

import logging

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import InlineQueryLimit, ParseMode

from knowledge.answer import MAX_QUESTION, result_text

from .. import render, texts
from ..context import Ctx, knowledge, settings

log = logging.getLogger(__name__)

CACHE_SECONDS = 30
MAX_RESULTS = InlineQueryLimit.RESULTS  # 50


async def inline_query(update: Update, context: Ctx) -> None:
    query = update.inline_query
    if query is None:
        return
    text = " ".join(query.query.split())
    if not text:
        await query.answer([hint(texts.INLINE_HINT_TITLE)], cache_time=CACHE_SECONDS)
        return
    if len(text) > min(settings(context).max_message, MAX_QUESTION):
        await query.answer([], cache_time=CACHE_SECONDS)
        return
    profile = await knowledge(context).who(text) if len(text.split()) <= 4 else None
    results = await knowledge(context).search(text, limit=MAX_RESULTS - (1 if profile else 0))
    if not results and profile is None:
        await query.answer([hint(texts.INLINE_NO_MATCH_TITLE.format(query=render.clip(text, 40)))],
                           cache_time=CACHE_SECONDS)
        return
    articles = [
        InlineQueryResultArticle(
            id=f"{i}-{r.article_id}-{r.statement_id or r.sentence_position or 0}"[:64],
            title=render.inline_title(r),
            description=render.inline_description(r),
            input_message_content=InputTextMessageContent(render.chunks(result_text(r))[0],
                                                          parse_mode=ParseMode.HTML),
        )
        for i, r in enumerate(results[:MAX_RESULTS])
    ]
    if profile is not None:  # «@bot طالبی»: who the person is comes first
        articles.insert(0, profile_result(profile.text))
    await query.answer(articles, cache_time=CACHE_SECONDS)
    log.info("inline query answered with %d results", len(articles))


def profile_result(text: str) -> InlineQueryResultArticle:
    """A person's profile as an inline result: the name and latest role, then the roles line."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return InlineQueryResultArticle(
        id="who", title=render.clip(lines[0], 120), description=render.clip(" ".join(lines[1:3]), 200),
        input_message_content=InputTextMessageContent(render.chunks(text)[0], parse_mode=ParseMode.HTML))


def hint(title: str) -> InlineQueryResultArticle:
    """One result that says how to search (an empty or unmatched query); choosing it sends the examples."""
    examples = "\n".join(f"• {q}" for q in texts.EXAMPLES)
    return InlineQueryResultArticle(
        id="hint", title=title, description=texts.INLINE_HINT_TEXT.format(example=texts.EXAMPLES[0]),
        input_message_content=InputTextMessageContent(render.chunks(f"{texts.ASK_PROMPT}\n{examples}")[0],
                                                      parse_mode=ParseMode.HTML))
