"""Questions: /start, /help, private text, /ask, and messages addressed to the bot in groups."""

from __future__ import annotations

import logging
import re
import time

from telegram import Bot, InlineKeyboardMarkup, Message, MessageEntity, Update
from telegram.constants import ChatType
from telegram.error import BadRequest

from knowledge.answer import MAX_QUESTION

from .. import more, render, texts
from ..context import (CONVERSATION, LAST_MORE, REPLIES, TICKET, Ctx, get_conversation, groups, in_group, knowledge,
                       limiter, my_turn, recall, remember, reply, set_conversation, settings, slot, stopping, typing)
from ..ratelimit import Verdict
from . import talk

log = logging.getLogger(__name__)

GREETED = "greeted"  # user_data flag: the first greeting got an example question
MAX_REPLIES = 50  # remembered (user message → bot reply) pairs per chat, for edits


async def start(update: Update, context: Ctx) -> None:
    message = update.effective_message
    if message is None:
        return
    user = update.effective_user
    private = message.chat.type == ChatType.PRIVATE
    admin = private and user is not None and user.id in settings(context).admins
    text = render.help_text(username=context.bot.username, admin=admin)
    if private and not settings(context).admins:
        text += "\n\n" + render.esc(texts.NO_ADMINS_NOTE)
    await reply(message, [text])


async def welcome(update: Update, context: Ctx) -> None:
    """The bot was added to a group: say how to ask there."""
    message = update.effective_message
    if message is None or not any(m.id == context.bot.id for m in message.new_chat_members):
        return
    mention = f"@{context.bot.username}"
    lines = [texts.GROUP_WELCOME, texts.GROUP_USAGE.format(mention=mention),
             texts.EXAMPLE.format(example=f"/ask {texts.EXAMPLES[0]}")]
    await context.bot.send_message(message.chat_id, render.esc("\n".join(lines)),
                                   message_thread_id=message.message_thread_id)
    log.info("added to group %s", message.chat_id)


async def private_question(update: Update, context: Ctx) -> None:
    message = update.effective_message
    text = (message.text or message.caption or "") if message is not None else ""
    if text.strip():
        await answer(update, context, text)


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
    if message is None or not (message.text or message.caption):
        return
    question = addressed_question(message, context.bot)
    if question is None:
        return  # chatter between people
    if not question:
        await start(update, context)
        return
    await answer(update, context, question)


async def answer(update: Update, context: Ctx, question: str) -> None:
    """Answer ``question``; in a group, the answer waits its turn (groupqueue.py)."""
    message = update.effective_message
    if message is None:
        return
    if not in_group(message):
        await answer_now(update, context, message, question)
        return
    queue = groups(context)
    ticket = queue.take(message.chat_id)  # before the first await: tickets follow arrival order
    token = TICKET.set((message.chat_id, ticket))
    try:
        await answer_now(update, context, message, question)
    finally:
        TICKET.reset(token)
        queue.done(message.chat_id, ticket)


def queued_notice(count: int) -> str:
    return render.esc(texts.QUEUED.format(count=render.fa(count)))


async def over_limit(update: Update, context: Ctx, message: Message) -> bool:
    """Whether the sender is over the question rate: warned once (with when to ask again),
    then dropped silently until the window opens."""
    user = update.effective_user
    # anonymous group admins all arrive as one Telegram user: count them per group instead
    who = message.sender_chat.id if message.sender_chat else (user.id if user else None)
    verdict = limiter(context).check(who) if who is not None else Verdict.ALLOW
    if verdict is Verdict.WARN and who is not None:
        wait = limiter(context).retry_after(who)
        await reply(message, render.chunks(texts.RATE_LIMITED.format(
            rate=render.fa(settings(context).rate), seconds=render.fa(wait))))
    return verdict is not Verdict.ALLOW


async def answer_now(update: Update, context: Ctx, message: Message, question: str) -> None:
    if stopping(context):
        return  # shutting down: the question is dropped, not started
    if await over_limit(update, context, message):
        return
    user = update.effective_user
    user_id = user.id if user else None
    chat_data = context.chat_data if context.chat_data is not None else {}
    kind = talk.classify(question)
    if kind is not talk.Kind.QUESTION:
        await small_talk(update, context, kind, user_id)
        return
    question = talk.strip_greeting(question)
    limit = min(settings(context).max_message, MAX_QUESTION)  # one limit, the engine's
    if len(question) > limit:
        await respond(update, context, render.chunks(texts.TOO_LONG.format(limit=render.fa(limit))))
        return
    conversation_key = slot(CONVERSATION, message, user_id)
    conversation = get_conversation(chat_data, conversation_key)
    pronoun = talk.pronoun(question)
    if pronoun and (conversation is None or conversation.person_id is None):
        await respond(update, context, render.chunks(texts.WHO_DO_YOU_MEAN.format(pronoun=pronoun)))
        return
    if not in_group(message):  # in groups, answers come first: no chat action to share the allowance
        await typing(context, message)
    started = time.perf_counter()
    result = await knowledge(context).ask(question, conversation)
    set_conversation(chat_data, conversation_key, result.context)
    extra = await more.prepare(knowledge(context), result)
    key = remember(chat_data, more.SLOT, extra) if extra else None
    if key:
        chat_data[slot(LAST_MORE, message, user_id)] = key
    else:
        chat_data.pop(slot(LAST_MORE, message, user_id), None)
    markup = more.keyboard(key, more.sources(result))
    await respond(update, context, render.chunks(result.text), markup)
    log.info("answered a %s question in chat %s: found=%s, %d results, %.0f ms",
             result.kind, message.chat_id, result.found, len(result.results),
             (time.perf_counter() - started) * 1000)


async def small_talk(update: Update, context: Ctx, kind: talk.Kind, user_id: int | None) -> None:
    message = update.effective_message
    assert message is not None
    if kind is talk.Kind.MORE:
        chat_data = context.chat_data if context.chat_data is not None else {}
        key = chat_data.get(slot(LAST_MORE, message, user_id))
        if not key or not await send_more(context, message, key, user_id):
            await respond(update, context, render.chunks(texts.NO_MORE))
        return
    if kind is talk.Kind.NOT_PERSIAN:
        text = texts.ASK_IN_PERSIAN
    elif kind is talk.Kind.THANKS:
        text = texts.THANKS
    else:
        user_data = context.user_data if context.user_data is not None else {}
        first = not user_data.get(GREETED)
        user_data[GREETED] = True
        text = (f"{texts.GREETING}\n{texts.EXAMPLE.format(example=texts.EXAMPLES[0])}" if first
                else texts.GREETING_AGAIN)
    await respond(update, context, render.chunks(text))


async def send_more(context: Ctx, message: Message, key: str, user_id: int | None) -> bool:
    """Send the next «بیشتر» page kept under ``key``; False when there is none any more."""
    chat_data = context.chat_data if context.chat_data is not None else {}
    state: more.More | None = recall(chat_data, more.SLOT, key)
    if state is None or not state.pages:
        return False
    text, page_context = state.pages.pop(0)
    if page_context is not None:
        set_conversation(chat_data, slot(CONVERSATION, message, user_id), page_context)
    await state.fill(knowledge(context))
    if not await my_turn(context, message, queued_notice):
        return True  # shutting down: dropped
    markup = None
    if state.pages:
        new_key = remember(chat_data, more.SLOT, state)
        chat_data[slot(LAST_MORE, message, user_id)] = new_key
        markup = more.keyboard(new_key)
    else:
        chat_data.pop(slot(LAST_MORE, message, user_id), None)
    await reply(message, render.chunks(text), markup)
    return True


async def respond(update: Update, context: Ctx, html_chunks: list[str],
                  markup: InlineKeyboardMarkup | None = None) -> None:
    """Reply; for an edited message, edit the bot's earlier reply to it when there is one."""
    message = update.effective_message
    assert message is not None
    chat_data = context.chat_data if context.chat_data is not None else {}
    replies: dict[int, int] = chat_data.setdefault(REPLIES, {})
    earlier = replies.get(message.message_id)
    if not await my_turn(context, message, queued_notice):
        log.info("shutting down: an answer in chat %s dropped", message.chat_id)
        return
    if update.edited_message is not None and earlier is not None and len(html_chunks) == 1:
        try:
            await context.bot.edit_message_text(html_chunks[0], chat_id=message.chat_id,
                                                message_id=earlier, reply_markup=markup)
            return
        except BadRequest as exc:  # "message is not modified", or the reply was deleted
            if "not modified" in str(exc).lower():
                return
            log.debug("could not edit the earlier reply: %s", exc)
    sent = await reply(message, html_chunks, markup)
    while len(replies) >= MAX_REPLIES:
        replies.pop(next(iter(replies)))
    replies[message.message_id] = sent.message_id


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
    text = message.text or message.caption or ""
    pattern = re.compile(rf"(?<![\w@])@{re.escape(bot.username)}(?!\w)", re.IGNORECASE)
    mentioned = bool(pattern.search(text))
    if mentioned:
        text = pattern.sub(" ", text)
    entities = (message.parse_entities([MessageEntity.TEXT_MENTION]) if message.text
                else message.parse_caption_entities([MessageEntity.TEXT_MENTION]))
    for entity, shown in entities.items():
        if entity.user is not None and entity.user.id == bot.id:
            mentioned = True
            text = text.replace(shown, " ", 1)
    replied = message.reply_to_message
    to_bot = replied is not None and replied.from_user is not None and replied.from_user.id == bot.id
    if not (mentioned or to_bot):
        return None
    return " ".join(text.split())
