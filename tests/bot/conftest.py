"""Offline harness for the bot, the way python-telegram-bot tests itself.

``FakeBotAPI`` is a ``telegram.request.BaseRequest`` that answers every Bot API
method with plausible JSON and records the call; the application is built with it
and fed ``Update.de_json`` payloads through ``process_update``. Nothing leaves the
process.
"""

from __future__ import annotations

import datetime as dt
import gc
import itertools
import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from telegram import Update
from telegram.ext import Application
from telegram.request import BaseRequest, RequestData

from bot.app import build_application, post_init, post_shutdown
from bot.config import Settings
from bot.service import Knowledge
from knowledge.library import Library

TODAY = dt.date(2025, 11, 10)
TOKEN = "123456789:AAH-fake_token_for_offline_tests_0123"
BOT: dict[str, Any] = {"id": 123456789, "is_bot": True, "first_name": "News", "username": "NewsTestBot",
       "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": True}
ADMIN: dict[str, Any] = {"id": 1001, "is_bot": False, "first_name": "Admin", "language_code": "fa"}
USER: dict[str, Any] = {"id": 2002, "is_bot": False, "first_name": "Sara", "language_code": "fa"}
GROUP: dict[str, Any] = {"id": -1001234567890, "type": "supergroup", "title": "گروه خبر"}


@dataclass
class Call:
    method: str
    params: dict[str, Any]

    @property
    def text(self) -> str:
        return str(self.params.get("text", ""))

    @property
    def markup(self) -> dict[str, Any] | None:
        markup = self.params.get("reply_markup")
        return json.loads(markup) if isinstance(markup, str) else markup

    def buttons(self) -> list[dict[str, Any]]:
        return [b for row in (self.markup or {}).get("inline_keyboard", []) for b in row]


class FakeBotAPI(BaseRequest):
    """Answers the Bot API offline; ``calls`` holds every request in order."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.files: dict[str, bytes] = {}  # file_id -> content
        self.members: dict[tuple[int, int], str] = {}  # (chat, user) -> status
        self.failing: set[str] = set()  # methods that answer HTTP 500
        self._ids = itertools.count(5000)

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = None, write_timeout: Any = None,
                         connect_timeout: Any = None, pool_timeout: Any = None) -> tuple[int, bytes]:
        if "/file/bot" in url:
            file_id = url.rsplit("/", 1)[1]
            self.calls.append(Call("download", {"file_id": file_id}))
            return (200, self.files[file_id]) if file_id in self.files else (404, b"not found")
        name = url.rsplit("/", 1)[1]
        params = dict(request_data.parameters) if request_data else {}
        self.calls.append(Call(name, params))
        if name in self.failing:
            return 500, json.dumps({"ok": False, "error_code": 500, "description": "emulated failure"}).encode()
        return 200, json.dumps({"ok": True, "result": self.result(name, params)}).encode()

    def result(self, name: str, p: dict[str, Any]) -> Any:
        if name == "getMe":
            return BOT
        if name in ("sendMessage", "editMessageText"):
            chat_id = int(p["chat_id"])
            chat = {"id": chat_id, "type": "private", "first_name": "x"} if chat_id > 0 else GROUP | {"id": chat_id}
            message_id = int(p.get("message_id") or next(self._ids))
            markup = p.get("reply_markup")
            return {"message_id": message_id, "date": 1762760000, "chat": chat, "from": BOT,
                    "text": p.get("text", ""), **({"reply_markup": markup} if markup else {})}
        if name == "getFile":
            file_id = p["file_id"]
            return {"file_id": file_id, "file_unique_id": "u" + file_id, "file_size": len(self.files.get(file_id, b"")),
                    "file_path": file_id}
        if name == "getChatMember":
            status = self.members.get((int(p["chat_id"]), int(p["user_id"])), "member")
            user = {"id": int(p["user_id"]), "is_bot": False, "first_name": "U"}
            extra = {"can_be_edited": False, "is_anonymous": False, "can_manage_chat": True,
                     "can_delete_messages": True, "can_manage_video_chats": True, "can_restrict_members": True,
                     "can_promote_members": False, "can_change_info": True, "can_invite_users": True,
                     "can_post_stories": False, "can_edit_stories": False, "can_delete_stories": False}
            owner = {"is_anonymous": False}  # ChatMemberOwner («creator») requires it
            return {"status": status, "user": user,
                    **(extra if status == "administrator" else owner if status == "creator" else {})}
        return True

    # -- views -------------------------------------------------------------------

    def sent(self, method: str = "sendMessage") -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def texts(self, method: str = "sendMessage") -> list[str]:
        return [c.text for c in self.sent(method)]


class Harness:
    """A built application around a FakeBotAPI, plus update builders."""

    def __init__(self, app: Application, api: FakeBotAPI, db: Path) -> None:
        self.app, self.api, self.db = app, api, db
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)

    @property
    def knowledge(self) -> Knowledge:
        return self.app.bot_data["knowledge"]

    def stats(self) -> dict[str, int]:
        return self.knowledge.library.stats()

    async def process(self, payload: dict[str, Any]) -> list[Call]:
        """Feed one update; returns the Bot API calls it caused."""
        before = len(self.api.calls)
        payload = {"update_id": next(self._update_ids), **payload}
        await self.app.process_update(Update.de_json(payload, self.app.bot))
        return self.api.calls[before:]

    def message(self, text: str | None = None, *, user: dict[str, Any] = USER, chat: dict[str, Any] | None = None,
                entities: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:
        chat = chat or {"id": user["id"], "type": "private", "first_name": user["first_name"]}
        message: dict[str, Any] = {"message_id": next(self._message_ids), "date": 1762760000,
                                   "chat": chat, "from": user, **extra}
        if text is not None:
            message["text"] = text
        if entities:
            message["entities"] = entities
        return {"message": message}

    def command(self, text: str, **kwargs: Any) -> dict[str, Any]:
        length = len(text.split(maxsplit=1)[0])
        return self.message(text, entities=[{"type": "bot_command", "offset": 0, "length": length}], **kwargs)

    async def send(self, text: str, **kwargs: Any) -> list[Call]:
        builder = self.command if text.startswith("/") else self.message
        return await self.process(builder(text, **kwargs))

    async def press(self, button: dict[str, Any], on: Call, *, user: dict[str, Any] = USER) -> list[Call]:
        """Press an inline button of a message the bot sent."""
        chat_id = int(on.params["chat_id"])
        chat = {"id": chat_id, "type": "private", "first_name": "x"} if chat_id > 0 else GROUP
        message = {"message_id": 777, "date": 1762760000, "chat": chat, "from": BOT, "text": on.text,
                   "reply_markup": on.markup}
        assert len(button["callback_data"].encode()) <= 64
        return await self.process({"callback_query": {
            "id": str(next(self._update_ids)), "from": user, "chat_instance": "ci",
            "message": message, "data": button["callback_data"]}})


SettingsFactory = Callable[..., Settings]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A fresh store holding the two seed articles."""
    path = tmp_path / "t.db"
    Library.open(path, today=TODAY).close()
    return path


@pytest.fixture
def make_settings(store: Path) -> SettingsFactory:
    def make(**overrides: Any) -> Settings:
        values: dict[str, Any] = {"token": TOKEN, "admins": frozenset({ADMIN["id"]}), "db": store}
        return Settings(**(values | overrides))

    return make


@pytest.fixture
async def make_harness(make_settings: SettingsFactory) -> AsyncIterator[Callable[..., Any]]:
    """``await make_harness(**settings)`` → a running Harness; all are shut down afterwards."""
    running: list[Application] = []

    async def make(**overrides: Any) -> Harness:
        settings = make_settings(**overrides)
        api = FakeBotAPI()
        app = build_application(settings, request=api, get_updates_request=FakeBotAPI(), today=lambda: TODAY)
        await app.initialize()
        await post_init(app)
        running.append(app)
        assert settings.db is not None
        return Harness(app, api, settings.db)

    yield make
    for app in running:
        await post_shutdown(app)
        await app.shutdown()
    gc.unfreeze()  # post_init froze the test process's objects: let the next test's garbage go


@pytest.fixture
async def harness(make_harness: Callable[..., Any]) -> Harness:
    return await make_harness()
