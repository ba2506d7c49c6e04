"""Wiring: build the Application, register handlers, start and stop services."""

from __future__ import annotations

import datetime as dt
import gc
import logging
import re
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from telegram import BotCommand, BotCommandScopeAllGroupChats, BotCommandScopeChat, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    PersistenceInput,
    PicklePersistence,
    filters,
)
from telegram.request import BaseRequest

from knowledge.answer import MAX_QUESTION

from . import texts
from .config import Settings
from .context import GROUPS, KNOWLEDGE, LIMITER, SETTINGS, STOPPING, Ctx
from .groupqueue import GroupQueue
from .handlers import admin, ask, callbacks, errors, inline, who
from .ratelimit import RateLimiter
from .service import Clock, Knowledge

log = logging.getLogger(__name__)

type App = Application[Any, Any, Any, Any, Any, Any]
type Callback = Callable[[Update, Ctx], Coroutine[Any, Any, None]]
PERSIST_EVERY = 30  # seconds between writes of the chats' state (and at shutdown)
TODAY = "today"  # bot_data key of the clock the store uses (tests pin it)


class NewsApplication(Application[Any, Any, Any, Any, Any, Any]):
    """Marks the stop as soon as it begins, so queued answers are dropped instead of awaited."""

    async def stop(self) -> None:
        self.bot_data[STOPPING] = True
        log.info("stopping: no new questions; queued answers are dropped")
        await super().stop()


def build_application(settings: Settings, *, request: BaseRequest | None = None,
                      get_updates_request: BaseRequest | None = None, base_url: str | None = None,
                      today: Clock | None = None) -> App:
    builder = (
        Application.builder()
        .application_class(NewsApplication)
        .token(settings.token)
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .rate_limiter(AIORateLimiter())
        .concurrent_updates(True)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    if settings.db is not None:  # conversations survive a restart («وی», «بیشتر», edits)
        builder = builder.persistence(PicklePersistence(
            conversations_path(settings.db), store_data=PersistenceInput(bot_data=False, callback_data=False),
            update_interval=PERSIST_EVERY))
    if base_url:
        builder = builder.base_url(base_url).base_file_url(file_url_for(base_url))
    if request is not None:
        builder = builder.request(request)
    if get_updates_request is not None:
        builder = builder.get_updates_request(get_updates_request)
    app = builder.build()
    app.bot_data[SETTINGS] = settings
    app.bot_data[GROUPS] = GroupQueue()
    if today is not None:
        app.bot_data[TODAY] = today
    add_handlers(app, settings)
    return app


def conversations_path(db: Path) -> Path:
    """Per-chat state (conversation context, «بیشتر» pages, pending adds) beside the store."""
    return db.with_name(db.name + ".chats")


def file_url_for(base_url: str) -> str:
    """A Bot API server serves files beside the methods: …/bot → …/file/bot."""
    base = base_url.rstrip("/")
    return base[: -len("/bot")] + "/file/bot" if base.endswith("/bot") else base + "/file/bot"


def add_handlers(app: App, settings: Settings) -> None:
    new = filters.UpdateType.MESSAGE  # an edit never re-runs a command or re-adds an article
    any_ = filters.UpdateType.MESSAGES  # a question, new or edited (the edit updates the answer)
    text = (filters.TEXT | filters.CAPTION) & ~filters.COMMAND  # a photo's caption is text too
    private, groups = filters.ChatType.PRIVATE, filters.ChatType.GROUPS
    # Longer than any question the library accepts: from an admin, it is an article.
    article_sized = filters.Regex(re.compile(rf"\A[\s\S]{{{MAX_QUESTION + 1},}}\Z"))

    def command(names: str | list[str], callback: Callback) -> CommandHandler[Any, None]:
        return CommandHandler(names, callback, filters=new)

    app.add_handlers([
        command(["start", "help"], ask.start),
        CommandHandler("ask", ask.ask_command, filters=any_),
        command("who", who.who_command),
        command("add", admin.add_command),
        command("articles", admin.articles_command),
        command("delete", admin.delete_command),
        command("stats", admin.stats_command),
        MessageHandler(new & private & (filters.FORWARDED | article_sized) & (filters.TEXT | filters.CAPTION)
                       & ~filters.COMMAND & filters.User(user_id=settings.admins, allow_empty=False),
                       admin.offer_article),
        MessageHandler(new & private & filters.Document.ALL, admin.document_article),
        MessageHandler(any_ & private & text, ask.private_question),
        MessageHandler(any_ & groups & text, ask.group_message),
        MessageHandler(new & groups & filters.StatusUpdate.NEW_CHAT_MEMBERS, ask.welcome),
        MessageHandler(new & private & filters.COMMAND, ask.unknown_command),
        MessageHandler(new & private & ~filters.TEXT & ~filters.CAPTION & ~filters.Document.ALL
                       & ~filters.StatusUpdate.ALL, ask.not_text),
        InlineQueryHandler(inline.inline_query),
        CallbackQueryHandler(callbacks.more_button, pattern=r"^more:"),
        CallbackQueryHandler(callbacks.source_button, pattern=r"^src:\d+:\d+$"),
        CallbackQueryHandler(callbacks.add_button, pattern=r"^add(-no)?:"),
        CallbackQueryHandler(callbacks.delete_button, pattern=r"^del(-no)?:\d+$"),
        CallbackQueryHandler(callbacks.articles_button, pattern=r"^arts:\d+$"),
        CallbackQueryHandler(callbacks.stale_button),
    ])
    app.add_error_handler(errors.error_handler)


async def post_init(app: App) -> None:
    settings: Settings = app.bot_data[SETTINGS]
    knowledge = await Knowledge.open(settings.db, today=app.bot_data.get(TODAY) or dt.date.today)
    app.bot_data[KNOWLEDGE] = knowledge
    app.bot_data[LIMITER] = RateLimiter(settings.rate)
    await set_commands(app, settings)
    stats = await knowledge.stats()
    if not settings.admins:
        log.warning("no admins configured: nobody can add or delete articles; set NEWSBOT_ADMINS "
                    "to comma-separated Telegram user ids")
    log.info("serving as @%s with %d articles; %d configured admins", app.bot.username,
             stats["articles"], len(settings.admins))
    # what start-up made lives as long as the bot: out of the collector's full passes, which
    # would otherwise walk it again for every few answers' garbage (bench/RESULTS.md, gc.freeze)
    gc.freeze()


async def post_shutdown(app: App) -> None:
    close_store(app)


def close_store(app: App) -> None:
    """Close the store once (post_shutdown, or run_bot's last resort when shutdown was cut short)."""
    knowledge: Knowledge | None = app.bot_data.pop(KNOWLEDGE, None)
    if knowledge is not None:
        knowledge.close()
        log.info("store closed")


async def set_commands(app: App, settings: Settings) -> None:
    """The command menu in Persian; admins see their commands in their private chat."""
    public = [BotCommand(name, text) for name, text in texts.COMMANDS_PUBLIC]
    admin = public + [BotCommand(name, text) for name, text in texts.COMMANDS_ADMIN]
    try:
        await app.bot.set_my_commands(public)
        await app.bot.set_my_commands([public[0], public[1]], scope=BotCommandScopeAllGroupChats())
    except TelegramError as exc:
        log.warning("setMyCommands failed (the menu stays as it was): %s", exc)
        return
    for user_id in sorted(settings.admins):
        try:
            await app.bot.set_my_commands(admin, scope=BotCommandScopeChat(user_id))
        except TelegramError as exc:  # the admin has not opened a chat with the bot yet
            log.info("admin command menu not set for %s: %s", user_id, exc)
