"""Webhook mode end to end on loopback, with no Telegram and no emulator.

The real ``newsbot run --webhook-url http://127.0.0.1:PORT/telegram --listen 127.0.0.1
--port PORT --secret-token S --base-url http://127.0.0.1:FAKE/bot`` runs against a tiny
fake Bot API server (a threading ``http.server`` in this process that answers every
method with ``ok: true`` and records the calls). A real update JSON posted to the webhook
with the secret header is answered through ``sendMessage``; with a wrong or missing
secret the bot answers HTTP 403 and nothing is processed. Every wait is bounded and the
bot process is killed in a finaliser.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SEEDS

pytestmark = pytest.mark.e2e

TOKEN = "424242424:AAwebhook-test-token-for-loopback_01"
SECRET = "s3cret_Token-for-the-webhook-test"
BOT_USER = {"id": 424242424, "is_bot": True, "first_name": "خبرنما", "username": "NewsWebhookTestBot",
            "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": True}
QUESTION = "طالبی درباره هوش مصنوعی چه گفت؟"  # answered from the seed articles
START_TIMEOUT = 90.0  # the first start parses the seed articles
REPLY_TIMEOUT = 30.0


class FakeBotApi(ThreadingHTTPServer):
    """Answers /bot<TOKEN>/<method> with ok:true and a plausible result; records each call."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.lock = threading.Lock()
        self.message_id = 1000

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/bot"

    def record(self, method: str, params: dict[str, Any]) -> Any:
        with self.lock:
            self.calls.append((method, params))
            self.message_id += 1
            message_id = self.message_id
        if method == "getMe":
            return BOT_USER
        if method in ("sendMessage", "editMessageText"):
            chat_id = int(params.get("chat_id", 0))
            return {"message_id": message_id, "date": int(time.time()), "from": BOT_USER,
                    "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
                    "text": str(params.get("text", ""))}
        if method == "getWebhookInfo":
            return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}
        if method == "getUpdates":
            return []
        return True  # setWebhook, deleteWebhook, setMyCommands, sendChatAction, ...

    def called(self, method: str) -> list[dict[str, Any]]:
        with self.lock:
            return [params for name, params in self.calls if name == method]


class _Handler(BaseHTTPRequestHandler):
    server: FakeBotApi

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        kind = self.headers.get("Content-Type", "")
        params: dict[str, Any] = {}
        if "json" in kind and body:
            params = json.loads(body)
        elif body:
            params = {k: v[-1] for k, v in urllib.parse.parse_qs(body.decode()).items()}
        prefix = f"/bot{TOKEN}/"
        if not self.path.startswith(prefix):
            self._send(404, {"ok": False, "error_code": 404, "description": "Not Found"})
            return
        result = self.server.record(self.path[len(prefix):], params)
        self._send(200, {"ok": True, "result": result})

    do_GET = do_POST  # noqa: N815

    def _send(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass  # the URL holds the token; keep the test output quiet


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(condition: Any, timeout: float, what: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if proc.poll() is not None:
            raise AssertionError(f"newsbot run exited ({proc.returncode}) before {what}:\n{log.read_text()[-3000:]}")
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}:\n{log.read_text()[-3000:]}")
        time.sleep(0.05)


def port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture
def fake_api() -> Iterator[FakeBotApi]:
    server = FakeBotApi()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


class Webhook:
    def __init__(self, proc: subprocess.Popen[bytes], url: str, log: Path) -> None:
        self.proc, self.url, self.log = proc, url, log

    def post(self, update: dict[str, Any], secret: str | None) -> int:
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        request = urllib.request.Request(self.url, json.dumps(update).encode(), headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return int(response.status)
        except urllib.error.HTTPError as exc:
            return int(exc.code)


@pytest.fixture
def webhook_bot(fake_api: FakeBotApi, tmp_path: Path) -> Iterator[Webhook]:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    script = Path(sys.executable).with_name("newsbot")
    command = [str(script)] if script.is_file() else [sys.executable, "-c", "from bot.cli import main; main()"]
    command += ["-v", "run", "--webhook-url", url, "--listen", "127.0.0.1", "--port", str(port),
                "--secret-token", SECRET, "--base-url", fake_api.url, "--db", str(tmp_path / "news.db")]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "NEWSBOT_"))}
    env |= {"TELEGRAM_BOT_TOKEN": TOKEN, "NEWSBOT_SEEDS": str(SEEDS), "PYTHONUNBUFFERED": "1"}
    log = tmp_path / "bot.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_for(lambda: fake_api.called("setWebhook") and port_open(port), START_TIMEOUT,
                 "setWebhook and the webhook port", proc, log)
        yield Webhook(proc, url, log)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


def private_update(update_id: int, user_id: int, text: str) -> dict[str, Any]:
    user = {"id": user_id, "is_bot": False, "first_name": "Reader", "language_code": "fa"}
    return {"update_id": update_id,
            "message": {"message_id": update_id, "date": int(time.time()), "from": user,
                        "chat": {"id": user_id, "type": "private", "first_name": "Reader"}, "text": text}}


def test_webhook_answers_with_the_secret_and_refuses_without(fake_api: FakeBotApi, webhook_bot: Webhook) -> None:
    (registered,) = fake_api.called("setWebhook")
    assert registered["url"] == webhook_bot.url
    assert registered["secret_token"] == SECRET
    assert not fake_api.called("getUpdates"), "webhook mode must not poll"

    wrong_user, missing_user, right_user = 5001, 5002, 5003
    assert webhook_bot.post(private_update(1, wrong_user, QUESTION), "not-the-secret") == 403
    assert webhook_bot.post(private_update(2, missing_user, QUESTION), None) == 403
    assert webhook_bot.post(private_update(3, right_user, QUESTION), SECRET) == 200

    def answered() -> list[dict[str, Any]]:
        return [p for p in fake_api.called("sendMessage") if int(p["chat_id"]) == right_user]

    wait_for(answered, REPLY_TIMEOUT, "the answer to the good update", webhook_bot.proc, webhook_bot.log)
    time.sleep(1.0)  # room for any (wrongly) processed refused update to show up
    reply = answered()[0]
    assert "طالبی" in reply["text"]
    reply_to = reply.get("reply_parameters") or reply.get("reply_to_message_id")
    assert reply_to is None or "3" in json.dumps(reply_to)
    touched = {int(p["chat_id"]) for name, p in fake_api.calls if "chat_id" in p}
    assert touched == {right_user}, "a refused update was processed"

    # The bot keeps serving and stops cleanly; its token never reaches the log.
    webhook_bot.proc.send_signal(signal.SIGTERM)
    assert webhook_bot.proc.wait(timeout=20) == 0
    log = webhook_bot.log.read_text()
    assert TOKEN not in log and SECRET not in log
    assert QUESTION not in log  # users' texts stay out of INFO logs
