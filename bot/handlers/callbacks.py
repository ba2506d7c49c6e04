"""Inline-keyboard buttons. Callback data is short (``<action>:<key or number>``, < 64 bytes);
whatever a button stands for is kept by the bot in chat_data/user_data, never in the data.
"""

from __future__ import annotations

import logging

from telegram import CallbackQuery, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from knowledge.errors import NotFound, StoreUnwritable

from .. import more, render, texts
from ..auth import is_admin
from ..context import Ctx, knowledge, recall, reply
from .admin import PENDING, add_summary, articles_view
from .ask import send_more

log = logging.getLogger(__name__)


def _parts(query: CallbackQuery) -> tuple[str, str]:
    action, _, arg = (query.data or "").partition(":")
    return action, arg


async def _edit(query: CallbackQuery, html: str, markup: InlineKeyboardMarkup | None = None) -> None:
    try:
        await query.edit_message_text(html, reply_markup=markup)
    except BadRequest as exc:  # e.g. "message is not modified"
        log.debug("edit failed: %s", exc)


async def _drop_keyboard(query: CallbackQuery) -> None:
    try:
        await query.edit_message_reply_markup(None)
    except BadRequest as exc:
        log.debug("could not remove the keyboard: %s", exc)


async def _keep_only_sources(query: CallbackQuery) -> None:
    """Remove «بیشتر» from the pressed message; its «📰 متن خبر» buttons stay."""
    markup = query.message.reply_markup if isinstance(query.message, Message) else None
    rows = [row for row in (markup.inline_keyboard if markup else ())
            if not any((b.callback_data or "").startswith(more.PREFIX) for b in row)]
    try:
        await query.edit_message_reply_markup(InlineKeyboardMarkup(rows) if rows else None)
    except BadRequest as exc:
        log.debug("could not remove the button: %s", exc)


async def more_button(update: Update, context: Ctx) -> None:
    query = update.callback_query
    if query is None:
        return
    _, key = _parts(query)
    state: more.More | None = recall(context.chat_data, more.SLOT, key, pop=False)
    if state is None or not state.pages or not isinstance(query.message, Message):
        await query.answer(texts.MORE_GONE)
        await _drop_keyboard(query)
        return
    await query.answer()
    await _keep_only_sources(query)
    await send_more(context, query.message, key, query.from_user.id)


async def source_button(update: Update, context: Ctx) -> None:
    """«📰 متن خبر»: the cited sentence in its paragraph, with the outlet and date."""
    query = update.callback_query
    if query is None or not isinstance(query.message, Message):
        return
    _, arg = _parts(query)
    article_id, _, position = arg.partition(":")
    record = await knowledge(context).article(int(article_id))
    if record is None:
        await query.answer(texts.SOURCE_GONE, show_alert=True)
        return
    await query.answer()
    await reply(query.message, render.pack(render.source_view(record, int(position)).split("\n")))


async def _admin_or_refuse(update: Update, context: Ctx, query: CallbackQuery) -> bool:
    if await is_admin(update, context):
        return True
    await query.answer(texts.NOT_ADMIN, show_alert=True)
    return False


async def _confirmed(update: Update, context: Ctx, query: CallbackQuery, *, action: str, cancel: str) -> bool:
    """True when an admin pressed the confirming button. Only admins may press either
    button; «انصراف» by an admin cancels."""
    if not await _admin_or_refuse(update, context, query):
        return False
    await query.answer()
    if action == cancel:
        await _edit(query, render.esc(texts.CANCELLED))
        return False
    return True


async def add_button(update: Update, context: Ctx) -> None:
    """«افزودن» / «انصراف» under a forwarded article."""
    query = update.callback_query
    if query is None:
        return
    action, key = _parts(query)
    text: str | None = recall(context.user_data, PENDING, key)
    if text is None:
        await query.answer(texts.PENDING_GONE)
        await _drop_keyboard(query)
        return
    if not await _confirmed(update, context, query, action=action, cancel="add-no"):
        return
    if isinstance(query.message, Message):
        await _edit(query, await add_summary(context, query.message, text, by=query.from_user.id))


async def delete_button(update: Update, context: Ctx) -> None:
    query = update.callback_query
    if query is None:
        return
    action, arg = _parts(query)
    if not await _confirmed(update, context, query, action=action, cancel="del-no"):
        return
    article_id = int(arg)
    try:
        await knowledge(context).delete(article_id)
    except NotFound:
        await _edit(query, render.esc(texts.NOT_FOUND.format(id=render.fa(article_id))))
        return
    except StoreUnwritable as exc:  # the file deleted or replaced, or the disk full: nothing deleted
        await _edit(query, render.esc("⛔️ " + str(exc)))
        return
    user = update.effective_user
    log.info("article %d deleted by user %s", article_id, user.id if user else None)
    await _edit(query, render.esc(texts.DELETED.format(id=render.fa(article_id))))


async def articles_button(update: Update, context: Ctx) -> None:
    query = update.callback_query
    if query is None or not await _admin_or_refuse(update, context, query):
        return
    await query.answer()
    _, arg = _parts(query)
    text, markup = await articles_view(context, int(arg))
    await _edit(query, text, markup)


async def stale_button(update: Update, context: Ctx) -> None:
    """Buttons this version does not know (e.g. from before a restart with other data)."""
    query = update.callback_query
    if query is not None:
        await query.answer(texts.MORE_GONE)
