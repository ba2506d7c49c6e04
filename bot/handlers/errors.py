"""The one error handler: log the failure with a description of the update, apologise."""

from __future__ import annotations

import json
import logging

from telegram import Update
from telegram.error import TelegramError

from .. import render, texts
from ..context import Ctx

log = logging.getLogger(__name__)


def describe(update: object) -> str:
    """Which update failed, without what the user wrote (that goes to DEBUG only)."""
    if not isinstance(update, Update):
        return repr(update)[:200]
    kind = next((k for k, v in update.to_dict().items() if k != "update_id" and v), "unknown")
    chat = update.effective_chat.id if update.effective_chat else None
    user = update.effective_user.id if update.effective_user else None
    return f"update {update.update_id} ({kind}, chat {chat}, user {user})"


async def error_handler(update: object, context: Ctx) -> None:
    log.error("failure while handling %s", describe(update), exc_info=context.error)
    if isinstance(update, Update) and log.isEnabledFor(logging.DEBUG):
        log.debug("the update was: %s", json.dumps(update.to_dict(), ensure_ascii=False)[:4000])
    if not isinstance(update, Update):
        return
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(texts.APOLOGY, show_alert=True)
        elif update.effective_message is not None and update.inline_query is None:
            await update.effective_message.reply_html(render.esc(texts.APOLOGY))
    except TelegramError as exc:
        log.warning("could not send the apology: %s", exc)
