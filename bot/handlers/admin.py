"""Admin commands: adding articles (four ways), listing, deleting, statistics.

Every entry point checks :func:`bot.auth.is_admin` before touching the store; a
refusal stores nothing. Callback buttons re-check on press (see callbacks.py).
Every admin command also checks that the store file is still the one open
(:func:`store_gone`): when it was deleted or replaced, the commands that write are
refused and those that only read answer after the warning.
"""

from __future__ import annotations

import logging

from telegram import Document, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import TelegramError

from knowledge.errors import KnowledgeError, StoreGone, StoreUnwritable

from .. import render, texts
from ..auth import is_admin
from ..context import Ctx, knowledge, remember, reply, settings, typing
from .ask import command_argument

log = logging.getLogger(__name__)

PAGE_SIZE = 10
PENDING = "pending_add"  # user_data slot: forwarded texts waiting for confirmation
TEXT_MIME = ("text/plain",)


async def _refuse(update: Update, context: Ctx) -> bool:
    """True (after a polite refusal) when the sender is not an admin."""
    if await is_admin(update, context):
        return False
    message = update.effective_message
    user = update.effective_user
    log.info("refused an admin command from user %s", user.id if user else None)
    if message is not None:
        await reply(message, render.chunks(texts.NOT_ADMIN))
    return True


async def store_gone(message: Message, context: Ctx) -> bool:
    """True (after telling the admin, with the store's path) when the store file was deleted
    or replaced since the bot opened it; writes would be lost at the next start."""
    try:
        knowledge(context).check_path()
    except StoreGone as exc:
        await reply(message, render.chunks("⛔️ " + str(exc)))
        return True
    return False


# -- adding ------------------------------------------------------------------------


async def add_command(update: Update, context: Ctx) -> None:
    """/add ARTICLE, or /add in reply to a message holding the article (text or .txt)."""
    message = update.effective_message
    if message is None or await _refuse(update, context) or await store_gone(message, context):
        return
    raw: str | bytes | None = command_argument(message)
    source = message.reply_to_message
    if not raw and source is not None:
        if source.document is not None:
            raw = await _download(source, source.document, context)
            if raw is None:
                return
        else:
            raw = (source.text or source.caption or "").strip()
    if not raw:
        await reply(message, render.chunks(texts.ADD_USAGE))
        return
    await store_article(message, context, raw)


async def document_article(update: Update, context: Ctx) -> None:
    """A .txt file sent to the bot in private."""
    message = update.effective_message
    if (message is None or message.document is None or await _refuse(update, context)
            or await store_gone(message, context)):
        return
    raw = await _download(message, message.document, context)
    if raw is not None:
        await store_article(message, context, raw)


async def offer_article(update: Update, context: Ctx) -> None:
    """A forwarded message, or a text too long to be a question, from an admin: ask, then store."""
    message = update.effective_message
    if message is None or await _refuse(update, context) or await store_gone(message, context):
        return
    text = (message.text or message.caption or "").strip()
    if not text:
        return
    key = remember(context.user_data if context.user_data is not None else {}, PENDING, text, keep=10)
    buttons = InlineKeyboardMarkup([[
        InlineKeyboardButton(texts.CONFIRM_ADD_YES, callback_data=f"add:{key}"),
        InlineKeyboardButton(texts.CANCEL, callback_data=f"add-no:{key}"),
    ]])
    await reply(message, [render.confirm_preview(text)], buttons)


async def store_article(message: Message, context: Ctx, raw: str | bytes) -> None:
    await reply(message, [await add_summary(context, message, raw)])


async def add_summary(context: Ctx, message: Message, raw: str | bytes, *, by: int | None = None) -> str:
    """Store ``raw``; the HTML reply: a summary, or the Persian reason it was not stored.

    ``by`` is the admin who asked (the confirm button's presser; ``message`` is then the bot's own)."""
    await typing(context, message)
    try:
        result = await knowledge(context).add(raw)
    except StoreUnwritable as exc:  # logged as an ERROR where it was found (knowledge.store.guard)
        return render.esc("⛔️ " + str(exc))
    except KnowledgeError as exc:
        log.info("article not stored: %s", type(exc).__name__)
        return render.esc(str(exc))
    log.info("article %d %s by user %s", result.article_id, "stored" if result.created else "was a duplicate",
             by if by is not None else (message.from_user.id if message.from_user else None))
    return render.added_summary(result)


async def _download(message: Message, document: Document, context: Ctx) -> bytes | None:
    """The bytes of a .txt document, or None after telling the user why not."""
    name = (document.file_name or "").lower()
    if not (name.endswith(".txt") or (not name and (document.mime_type or "") in TEXT_MIME)):
        await reply(message, render.chunks(texts.DOC_TYPE))
        return None
    limit = settings(context).max_document
    too_big = render.chunks(texts.DOC_TOO_BIG.format(limit=render.fa(max(1, limit // 1000))))
    if document.file_size is not None and document.file_size > limit:
        await reply(message, too_big)
        return None
    try:
        file = await document.get_file()
        if file.file_size is not None and file.file_size > limit:  # the message's size may lie; the server's
            await reply(message, too_big)                          # is checked before any byte is fetched
            return None
        data = bytes(await file.download_as_bytearray())
    except TelegramError as exc:
        log.warning("could not download a document: %s", exc)
        await reply(message, render.chunks(texts.DOC_FAILED))
        return None
    if len(data) > limit:
        await reply(message, too_big)
        return None
    return data


# -- listing, deleting, stats -----------------------------------------------------------


async def articles_command(update: Update, context: Ctx) -> None:
    message = update.effective_message
    if message is None or await _refuse(update, context):
        return
    await store_gone(message, context)  # warned; the list is still read from the open file
    text, markup = await articles_view(context, 0)
    await reply(message, [text], markup)


async def articles_view(context: Ctx, offset: int) -> tuple[str, InlineKeyboardMarkup | None]:
    """One page of /articles and its ◀️/▶️ buttons (callback data ``arts:<offset>``)."""
    offset = max(0, offset)
    service = knowledge(context)
    rows = await service.articles(offset=offset, limit=PAGE_SIZE + 1)
    if not rows and offset:
        offset, rows = 0, await service.articles(offset=0, limit=PAGE_SIZE + 1)
    total = (await service.stats())["articles"]
    buttons = []
    if offset > 0:
        buttons.append(InlineKeyboardButton(texts.PREVIOUS, callback_data=f"arts:{max(0, offset - PAGE_SIZE)}"))
    if len(rows) > PAGE_SIZE:
        buttons.append(InlineKeyboardButton(texts.NEXT, callback_data=f"arts:{offset + PAGE_SIZE}"))
    text = render.articles_page(rows[:PAGE_SIZE], offset=offset, total=total)
    return text, InlineKeyboardMarkup([buttons]) if buttons else None


async def delete_command(update: Update, context: Ctx) -> None:
    message = update.effective_message
    if message is None or await _refuse(update, context) or await store_gone(message, context):
        return
    article_id = parse_id(command_argument(message))
    if article_id is None:
        await reply(message, render.chunks(texts.DELETE_USAGE))
        return
    title = await knowledge(context).title(article_id)
    if title is None:
        await reply(message, render.chunks(texts.NOT_FOUND.format(id=render.fa(article_id))))
        return
    buttons = InlineKeyboardMarkup([[
        InlineKeyboardButton(texts.CONFIRM_DELETE_YES, callback_data=f"del:{article_id}"),
        InlineKeyboardButton(texts.CANCEL, callback_data=f"del-no:{article_id}"),
    ]])
    question = render.esc(texts.CONFIRM_DELETE.format(id=render.fa(article_id)))
    await reply(message, [f"{question}\n<b>{render.esc(render.clip(title, 300))}</b>"], buttons)


async def stats_command(update: Update, context: Ctx) -> None:
    message = update.effective_message
    if message is None or await _refuse(update, context):
        return
    await store_gone(message, context)  # warned; the counts are still read from the open file
    await reply(message, [render.stats_text(await knowledge(context).stats())])


def parse_id(text: str) -> int | None:
    """An article id typed with Latin, Persian or Arabic-Indic digits; None if malformed."""
    text = text.strip().translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789"))
    if not text.isascii() or not text.isdigit() or len(text) > 12 or int(text) == 0:
        return None
    return int(text)
