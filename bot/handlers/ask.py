"""Questions: /start, /help, private text, /ask, and messages addressed to the bot in groups."""

from __future__ import annotations

import logging
import re
import time

from telegram import Bot, Message, MessageEntity, Update
from telegram.constants import ChatType

from .. import more, render, texts
from ..context import Ctx, knowledge, limiter, remember, reply, settings, typing
from ..ratelimit import Verdict

log = logging.getLogger(__name__)

CONVERSATION = "conversation"  # chat_data key of the knowledge Context («وی دیگر چه گفت؟»)


async def start(update: Update, context: Ctx) -> None:
    message = update.effective_message
    if message is None:
        return
    user = update.effective_user
    admin = message.chat.type == ChatType.PRIVATE and user is not None and user.id in settings(context).admins
    await reply(message, [render.help_text(username=context.bot.username, admin=admin)])


async def private_question(update: Update, context: Ctx) -> None:
    message = update.effective_message
    if message is not None and message.text:
        await answer(update, context, message.text)


async def not_text(update: Update, context: Ctx) -> None:
    if update.effective_message is not None:
        await reply(update.effective_message, render.chunks(texts.TEXT_ONLY))


async def unknown_command(update: Update, context: Ctx) -> None:
    if update.effective_message is not None:
        await reply(update.effective_message, render.chunks(texts.UNKNOWN_COMMAND))


async def ask_command(update: Update, context: Ctx) -> None:
    """/ask QUESTION, or /ask in reply to a message that holds the question."""
    message = update.effective_message
    if message is None:
        return
    question = command_argument(message)
    if not question and message.reply_to_message:
        question = (message.reply_to_message.text or message.reply_to_message.caption or "").strip()
    if not question:
        await reply(message, render.chunks(texts.ASK_USAGE.format(example=texts.EXAMPLES[0])))
        return
    await answer(update, context, question)


async def group_message(update: Update, context: Ctx) -> None:
    """In a group, answer only messages that mention the bot or reply to it."""
    message = update.effective_message
    if message is None or not message.text:
        return
    question = addressed_question(message, context.bot)
    if question is None:
        return  # chatter between people
    if not question:
        await start(update, context)
        return
    await answer(update, context, question)


async def answer(update: Update, context: Ctx, question: str) -> None:
    message = update.effective_message
    if message is None:
        return
    user = update.effective_user
    # anonymous group admins all arrive as one Telegram user: count them per group instead
    who = message.sender_chat.id if message.sender_chat else (user.id if user else None)
    verdict = limiter(context).check(who) if who is not None else Verdict.ALLOW
    if verdict is Verdict.DROP:
        return
    if verdict is Verdict.WARN:
        await reply(message, render.chunks(texts.RATE_LIMITED.format(rate=render.fa(settings(context).rate))))
        return
    limit = settings(context).max_message
    if len(question) > limit:
        await reply(message, render.chunks(texts.TOO_LONG.format(limit=render.fa(limit))))
        return
    await typing(context, message)
    started = time.perf_counter()
    chat_data = context.chat_data if context.chat_data is not None else {}
    result = await knowledge(context).ask(question, chat_data.get(CONVERSATION))
    chat_data[CONVERSATION] = result.context
    extra = await more.prepare(knowledge(context), result)
    markup = more.keyboard(remember(chat_data, more.SLOT, extra)) if extra else None
    await reply(message, render.chunks(result.text), markup)
    log.info("answered a %s question in chat %s: found=%s, %d results, %.0f ms",
             result.kind, message.chat_id, result.found, len(result.results),
             (time.perf_counter() - started) * 1000)


def command_argument(message: Message) -> str:
    """The text after a leading /command (newlines kept)."""
    text = message.text or message.caption or ""
    entities = message.entities or message.caption_entities
    for entity in entities:
        if entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0:
            return text[entity.length:].strip()  # a command is ASCII, so UTF-16 offsets match
    if text.startswith("/"):
        return text.split(maxsplit=1)[1].strip() if len(text.split(maxsplit=1)) > 1 else ""
    return text.strip()


def addressed_question(message: Message, bot: Bot) -> str | None:
    """The question in a group message meant for the bot; None when it is not meant for it.

    Meant for the bot: it mentions @botname (entity or plain text), names the bot with a
    text mention, or replies to one of the bot's messages. The mention itself is removed.
    """
    text = message.text or ""
    pattern = re.compile(rf"(?<![\w@])@{re.escape(bot.username)}(?!\w)", re.IGNORECASE)
    mentioned = bool(pattern.search(text))
    if mentioned:
        text = pattern.sub(" ", text)
    for entity, shown in message.parse_entities([MessageEntity.TEXT_MENTION]).items():
        if entity.user is not None and entity.user.id == bot.id:
            mentioned = True
            text = text.replace(shown, " ", 1)
    replied = message.reply_to_message
    to_bot = replied is not None and replied.from_user is not None and replied.from_user.id == bot.id
    if not (mentioned or to_bot):
        return None
    return " ".join(text.split())
