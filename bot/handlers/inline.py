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
    results = await knowledge(context).search(text, limit=MAX_RESULTS)
    if not results:
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
    await query.answer(articles, cache_time=CACHE_SECONDS)
    log.info("inline query answered with %d results", len(articles))


def hint(title: str) -> InlineQueryResultArticle:
    """One result that says how to search (an empty or unmatched query); choosing it sends the examples."""
    examples = "\n".join(f"• {q}" for q in texts.EXAMPLES)
    return InlineQueryResultArticle(
        id="hint", title=title, description=texts.INLINE_HINT_TEXT.format(example=texts.EXAMPLES[0]),
        input_message_content=InputTextMessageContent(render.chunks(f"{texts.ASK_PROMPT}\n{examples}")[0],
                                                      parse_mode=ParseMode.HTML))
