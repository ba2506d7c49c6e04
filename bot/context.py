"""What every handler needs: typed access to bot_data, and sending helpers."""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Callable, MutableMapping, Sequence
from contextvars import ContextVar
from typing import Any, TypeVar, cast

from telegram import InlineKeyboardMarkup, Message, ReplyParameters
from telegram.constants import ChatAction, ChatType
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from .config import Settings
from .groupqueue import GroupQueue
from .ratelimit import RateLimiter
from .service import Knowledge

log = logging.getLogger(__name__)

Ctx = ContextTypes.DEFAULT_TYPE
V = TypeVar("V")

SETTINGS, KNOWLEDGE, LIMITER, GROUPS, STOPPING = "settings", "knowledge", "limiter", "groups", "stopping"
# The group-queue ticket (chat id, ticket) of the question the current handler task answers.
TICKET: ContextVar[tuple[int, int] | None] = ContextVar("group_ticket", default=None)


def settings(context: Ctx) -> Settings:
    return cast(Settings, context.bot_data[SETTINGS])


def knowledge(context: Ctx) -> Knowledge:
    return cast(Knowledge, context.bot_data[KNOWLEDGE])


def limiter(context: Ctx) -> RateLimiter:
    return cast(RateLimiter, context.bot_data[LIMITER])


def groups(context: Ctx) -> GroupQueue:
    return cast(GroupQueue, context.bot_data[GROUPS])


def stopping(context: Ctx) -> bool:
    """The application is shutting down: take no new work, drop what still waits."""
    return bool(context.bot_data.get(STOPPING))


async def my_turn(context: Ctx, message: Message, notice: Callable[[int], str]) -> bool:
    """In a group, wait until this answer may be sent (in order, within Telegram's allowance).

    ``notice(count)`` (HTML) is sent once per waiting burst when the allowance is spent.
    False: the application is stopping and the answer is dropped. Outside a group (or for a
    message that holds no ticket), True at once.
    """
    ticket = TICKET.get()
    if ticket is None or ticket[0] != message.chat_id:
        return True
    chat_id, number = ticket

    async def notify(count: int) -> None:
        try:
            await context.bot.send_message(chat_id, notice(count),
                                           message_thread_id=message.message_thread_id)
        except TelegramError as exc:
            log.warning("the queue notice to group %s failed: %s", chat_id, exc)
        log.info("group %s: allowance spent, %d answers queued", chat_id, count)

    return await groups(context).wait(chat_id, number, lambda: stopping(context), notify)


def remember(data: MutableMapping[str, Any], slot: str, value: Any, *, keep: int = 20) -> str:
    """Keep ``value`` in ``data[slot]`` under a new short key (for callback data); bounded."""
    box: dict[str, Any] = data.setdefault(slot, {})
    while len(box) >= keep:
        box.pop(next(iter(box)))
    key = secrets.token_urlsafe(6)
    box[key] = value
    return key


def recall(data: MutableMapping[str, Any] | None, slot: str, key: str, *, pop: bool = True) -> Any:
    box = (data or {}).get(slot) or {}
    return box.pop(key, None) if pop else box.get(key)


def in_group(message: Message) -> bool:
    return message.chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)


async def reply(message: Message, html_chunks: Sequence[str],
                markup: InlineKeyboardMarkup | None = None) -> Message:
    """Send the chunks in order as replies to ``message`` (quoted in groups); markup on the last."""
    quote = ReplyParameters(message.message_id, allow_sending_without_reply=True) if in_group(message) else None
    sent = message
    for i, chunk in enumerate(html_chunks):
        last = i == len(html_chunks) - 1
        sent = await message.reply_html(chunk, reply_markup=markup if last else None,
                                        reply_parameters=quote, do_quote=False)
        quote = None  # quote only the first part
    return sent


async def typing(context: Ctx, message: Message) -> None:
    """Show «typing…»; a failure here must never cost the user the answer."""
    try:
        await context.bot.send_chat_action(message.chat_id, ChatAction.TYPING,
                                           message_thread_id=message.message_thread_id)
    except TelegramError as exc:
        log.debug("sendChatAction failed: %s", exc)


# -- the conversation a question continues («وی دیگر چه گفت؟», a typed «بیشتر») ------------

CONVERSATION = "conversation"  # chat_data slot prefix: (saved at, knowledge Context)
LAST_MORE = "last_more"  # chat_data slot prefix: the key of the latest «بیشتر» state
REPLIES = "replies"  # chat_data slot: the user's message id → the bot's reply id (for edits)
CONTEXT_MAX_AGE = 6 * 3600.0  # seconds: an older conversation is forgotten


def slot(name: str, message: Message, user_id: int | None) -> str:
    """Per chat in private; per user in groups (people in one group talk about different things)."""
    return f"{name}:{user_id}" if in_group(message) and user_id is not None else name


def get_conversation(data: MutableMapping[str, Any] | None, key: str, *, now: float | None = None) -> Any:
    saved = (data or {}).get(key)
    if not isinstance(saved, tuple) or len(saved) != 2:
        return None
    at, value = saved
    return value if (now if now is not None else time.time()) - at <= CONTEXT_MAX_AGE else None


def set_conversation(data: MutableMapping[str, Any] | None, key: str, value: Any) -> None:
    if data is not None:
        data[key] = (time.time(), value)
