"""End-to-end fixtures: the telegram-test-api emulator, the real `newsbot run`, a test client.

The emulator is installed from tests/e2e/package.json (npm ci; the registry is used only
at install time), started on 127.0.0.1 on a free port and stopped at the end of the
session. The bot is the real console script, polling the emulator through --base-url.
Every wait is bounded; every process is killed in a finaliser.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from knowledge.store.forms import functions

E2E = Path(__file__).resolve().parent
PACKAGE = "telegram-test-api"
VERSION = "4.2.1"
TOKEN = "123456789:AAE2E-fake-token-for-the-emulator-01"
BOT_USERNAME = "NewsE2EBot"
BOT_ID = 666  # what the emulator's getMe reports
ADMIN: dict[str, Any] = {"id": 1001, "is_bot": False, "first_name": "Admin"}
START_TIMEOUT = 90.0  # the first start parses the seed articles (hazm loads in 3-4 s)
REPLY_TIMEOUT = 30.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def stop(proc: subprocess.Popen[Any], *, grace: float = 15.0, signalled: bool = False) -> int | None:
    """SIGTERM (unless ``signalled``), SIGKILL after ``grace`` s; the exit code (None if killed)."""
    if proc.poll() is not None:
        return proc.returncode
    if not signalled:
        proc.send_signal(signal.SIGTERM)
    try:
        return proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)
        return None


def npm_install() -> str:
    """Install the emulator from package.json/package-lock.json; the path of node."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        pytest.skip("Node.js and npm are not installed; the e2e tests run telegram-test-api under node")
    installed = E2E / "node_modules" / PACKAGE / "package.json"
    if installed.is_file() and json.loads(installed.read_text())["version"] == VERSION:
        return node
    command = [npm, "ci" if (E2E / "package-lock.json").is_file() else "install", "--no-audit", "--no-fund"]
    proc = subprocess.run(command, cwd=E2E, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed in {E2E}:\n{proc.stdout}\n{proc.stderr}")
    return node


@dataclass
class Emulator:
    url: str
    proc: subprocess.Popen[Any]

    def post(self, path: str, body: dict[str, Any]) -> Any:
        request = urllib.request.Request(self.url + path, json.dumps(body).encode(),
                                         {"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())


@pytest.fixture(scope="session")
def emulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    node = npm_install()
    port = free_port()
    log = (tmp_path_factory.mktemp("emulator") / "emulator.log").open("w")
    proc = subprocess.Popen([node, "emulator.js", "--port", str(port), "--host", "127.0.0.1",
                             "--username", BOT_USERNAME], cwd=E2E, stdout=log, stderr=subprocess.STDOUT)
    emu = Emulator(f"http://127.0.0.1:{port}", proc)
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"the emulator exited with {proc.returncode}; see {log.name}")
            try:
                emu.post("/getUpdatesHistory", {"token": TOKEN})
                break
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline:
                    raise RuntimeError("the emulator did not start within 30 s") from None
                time.sleep(0.1)
        yield emu
    finally:
        stop(proc, grace=10)
        log.close()


@dataclass
class BotProcess:
    proc: subprocess.Popen[Any]
    log: Path
    db: Path
    token: str

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")

    def articles(self) -> int:
        """Articles in the store, read beside the running bot (SQLite WAL allows it)."""
        with sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=10) as conn:
            functions(conn)  # the view articles reads bodies through the store's SQL functions (017)
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def newsbot_command() -> list[str]:
    script = Path(sys.executable).with_name("newsbot")
    return [str(script)] if script.is_file() else [sys.executable, "-c", "from bot.cli import main; main()"]


def start_bot(emulator: Emulator, workdir: Path, *, token: str = TOKEN, extra: list[str] | None = None,
              ready: str = "Application started") -> BotProcess:
    """Start `newsbot -v run --base-url <emulator>/bot --db <tmp>` and wait until it serves."""
    db, log_path = workdir / "news.db", workdir / "bot.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "NEWSBOT_"))}
    env |= {"TELEGRAM_BOT_TOKEN": token, "NEWSBOT_ADMINS": str(ADMIN["id"]), "PYTHONUNBUFFERED": "1"}
    command = [*newsbot_command(), "-v", "run", "--base-url", f"{emulator.url}/bot", "--db", str(db), *(extra or [])]
    with log_path.open("w") as log:
        proc = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    bot = BotProcess(proc, log_path, db, token)
    deadline = time.monotonic() + START_TIMEOUT
    while ready not in bot.log_text():
        if proc.poll() is not None or time.monotonic() > deadline:
            stop(proc)
            raise RuntimeError(f"newsbot run did not start (exit {proc.returncode}):\n{bot.log_text()[-3000:]}")
        time.sleep(0.1)
    return bot


@pytest.fixture(scope="session")
def bot(emulator: Emulator, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    process = start_bot(emulator, tmp_path_factory.mktemp("bot"))
    try:
        yield process
    finally:
        stop(process.proc)


class Client:
    """Sends updates as users through the emulator and reads what the bot sent back."""

    def __init__(self, emulator: Emulator, token: str = TOKEN) -> None:
        self.emulator, self.token = emulator, token
        self.timings: list[float] = []

    def _message(self, text: str, user: dict[str, Any], chat: dict[str, Any], **extra: Any) -> dict[str, Any]:
        return {"botToken": self.token, "date": int(time.time()), "from": user, "chat": chat, "text": text, **extra}

    def say(self, text: str, *, user: dict[str, Any], chat: dict[str, Any], **extra: Any) -> None:
        self.emulator.post("/sendMessage", self._message(text, user, chat, **extra))

    def command(self, text: str, *, user: dict[str, Any], chat: dict[str, Any], **extra: Any) -> None:
        length = len(text.split(maxsplit=1)[0])
        entities = [{"offset": 0, "length": length, "type": "bot_command"}]
        self.emulator.post("/sendCommand", self._message(text, user, chat, entities=entities, **extra))

    def press(self, data: str, *, user: dict[str, Any], message: dict[str, Any]) -> None:
        self.emulator.post("/sendCallback", {"botToken": self.token, "from": user, "message": message, "data": data})

    def replies(self, chat_id: int, *, timeout: float = REPLY_TIMEOUT, settle: float = 0.5) -> list[dict[str, Any]]:
        """The bot's new messages to ``chat_id``: waits for the first, then ``settle`` s for more."""
        started = time.monotonic()
        found: list[dict[str, Any]] = []
        last = None
        while True:
            batch = self.emulator.post("/getUpdates", {"token": self.token, "chatId": chat_id})["result"]
            now = time.monotonic()
            if batch:
                if not found:
                    self.timings.append(now - started)
                found += [item["message"] for item in batch]
                last = now
            if found and last is not None and now - last >= settle:
                return found
            if not found and now - started > timeout:
                return []
            time.sleep(0.02)

    def user_message_id(self, text: str) -> int:
        """The message_id the emulator gave the user's message with this text."""
        history = self.emulator.post("/getUpdatesHistory", {"token": self.token})["result"]
        mine = [h for h in history if "botToken" in h.get("message", {})]  # users' messages, not the bot's
        ids = [h["messageId"] for h in mine if h["message"].get("text") == text]
        return ids[-1]

    def bot_message_ids(self, chat_id: int) -> list[int]:
        history = self.emulator.post("/getUpdatesHistory", {"token": self.token})["result"]
        return [h["messageId"] for h in history if str(h.get("message", {}).get("chat_id")) == str(chat_id)]


@pytest.fixture(scope="session")
def client(emulator: Emulator) -> Iterator[Client]:
    c = Client(emulator)
    yield c
    if c.timings:
        timings = sorted(c.timings)
        print(f"\ne2e round trips: n={len(timings)}, median {timings[len(timings) // 2] * 1000:.0f} ms, "
              f"max {timings[-1] * 1000:.0f} ms")
