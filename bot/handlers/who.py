"""/who NAME: a person's profile across the archive (roles with their dates, articles,
first and last appearance, latest statements); namesakes each apart."""

from __future__ import annotations

import logging

from telegram import Update

from knowledge.answer import MAX_QUESTION

from .. import render, texts
from ..context import CONVERSATION, Ctx, knowledge, reply, set_conversation, settings, slot
from .ask import command_argument, over_limit

log = logging.getLogger(__name__)


async def who_command(update: Update, context: Ctx) -> None:
    message = update.effective_message
    if message is None:
        return
    name = " ".join(command_argument(message).split())
    if not name:
        await reply(message, render.chunks(texts.WHO_USAGE))
        return
    if await over_limit(update, context, message):
        return
    limit = min(settings(context).max_message, MAX_QUESTION) - 10  # room for «کیست؟»
    if len(name) > limit:
        await reply(message, render.chunks(texts.TOO_LONG.format(limit=render.fa(limit))))
        return
    found = await knowledge(context).who(name)
    if found is None:
        await reply(message, render.chunks(texts.WHO_NOBODY.format(name=render.clip(name, 60))))
        log.info("/who in chat %s: nobody", message.chat_id)
        return
    if context.chat_data is not None:  # «وی دیگر چه گفت؟» goes on from this person
        user = update.effective_user
        set_conversation(context.chat_data, slot(CONVERSATION, message, user.id if user else None), found.context)
    await reply(message, render.chunks(found.text))
    log.info("/who in chat %s: %d people", message.chat_id, len(found.results))
