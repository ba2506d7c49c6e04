"""Who may change the store.

Admins are the user ids in NEWSBOT_ADMINS, everywhere. With NEWSBOT_GROUP_ADMINS on,
a group's own administrators (asked with getChatMember, cached for a minute) are
admins in that group too, and so is an anonymous group admin (a message sent as the
group itself, from GroupAnonymousBot).
"""

from __future__ import annotations

import logging
import time

from telegram import Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError

from .context import Ctx, settings

log = logging.getLogger(__name__)

ANONYMOUS_ADMIN_BOT = 1087968824  # @GroupAnonymousBot
CACHE_SECONDS = 60.0
_CACHE = "admin_cache"


async def is_admin(update: Update, context: Ctx) -> bool:
    config = settings(context)
    user, chat = update.effective_user, update.effective_chat
    if user is not None and user.id in config.admins:
        return True
    if not config.group_admins or chat is None or chat.type not in (ChatType.GROUP, ChatType.SUPERGROUP):
        return False
    message = update.message
    if message is not None and message.sender_chat is not None:
        # Only the group's administrators can post as the group itself.
        return message.sender_chat.id == chat.id and (user is None or user.id == ANONYMOUS_ADMIN_BOT)
    if user is None or user.id == ANONYMOUS_ADMIN_BOT:
        return False
    return await _group_admin(context, chat.id, user.id)


async def _group_admin(context: Ctx, chat_id: int, user_id: int) -> bool:
    cache: dict[tuple[int, int], tuple[float, bool]] = context.bot_data.setdefault(_CACHE, {})
    now = time.monotonic()
    hit = cache.get((chat_id, user_id))
    if hit and hit[0] > now:
        return hit[1]
    try:
        member = await context.bot.get_chat_member(chat_id, user_id)
    except TelegramError as exc:
        log.warning("getChatMember failed for chat %s: %s", chat_id, exc)
        return False
    allowed = member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)
    if len(cache) > 5000:
        cache.clear()
    cache[(chat_id, user_id)] = (now + CACHE_SECONDS, allowed)
    return allowed
