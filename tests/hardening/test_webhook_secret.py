"""The webhook secret (issue 14, point 6): given through the environment or a file it never
appears in the process's command line (public to every local user in /proc/PID/cmdline), and a
wrong secret is refused by our own constant-time check before python-telegram-bot's ``!=``.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import ConfigError
from bot.webhook import matches, resolve_secret
from tests.conftest import SEEDS
from tests.test_webhook import (  # noqa: F401  (fake_api is a fixture)
    SECRET, START_TIMEOUT, TOKEN, FakeBotApi, Webhook, fake_api, free_port, port_open, private_update, wait_for)

OUR_REFUSAL = "wrong or missing secret token"  # the reason our check gives; PTB's differ


@pytest.mark.parametrize(("flag", "file", "env", "expected"), [
    (None, "from-file", {"NEWSBOT_WEBHOOK_SECRET": "from-env"}, "from-file"),  # the file wins
    (None, None, {"NEWSBOT_WEBHOOK_SECRET": " from-env\n"}, "from-env"),  # stripped
    ("from-argv", None, {"NEWSBOT_WEBHOOK_SECRET": "from-env"}, "from-env"),  # the environment over argv
    ("from-argv", None, {}, "from-argv"),  # still accepted, with a warning
    (None, None, {}, None),
])
def test_resolve_secret(tmp_path: Path, flag: str | None, file: str | None, env: dict[str, str],
                        expected: str | None) -> None:
    path = None
    if file is not None:
        path = tmp_path / "secret"
        path.write_text(file + "\n")
    assert expected == resolve_secret(flag, path, env)


def test_empty_or_missing_secret_file_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "empty").write_text("\n")
    for path in (tmp_path / "empty", tmp_path / "missing"):
        with pytest.raises(ConfigError, match=str(path)):
            resolve_secret(None, path, {})


@pytest.mark.parametrize(("sent", "expected"), [
    ("abc", True), ("abd", False), ("ab", False), ("", False), (None, False), ("abcd", False),
])
def test_matches(sent: str | None, expected: bool) -> None:
    assert expected == matches(sent, "abc")


@pytest.fixture(params=["env", "file"])
def secret_bot(request: pytest.FixtureRequest, fake_api: FakeBotApi, tmp_path: Path) -> Iterator[Webhook]:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    command = [str(Path(sys.executable).with_name("newsbot")), "-v", "run", "--webhook-url", url, "--listen",
               "127.0.0.1", "--port", str(port), "--base-url", fake_api.url, "--db", str(tmp_path / "news.db")]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "NEWSBOT_"))}
    env |= {"TELEGRAM_BOT_TOKEN": TOKEN, "NEWSBOT_SEEDS": str(SEEDS), "PYTHONUNBUFFERED": "1"}
    if request.param == "env":
        env["NEWSBOT_WEBHOOK_SECRET"] = SECRET
    else:
        (tmp_path / "secret").write_text(SECRET + "\n")
        command += ["--secret-token-file", str(tmp_path / "secret")]
    log = tmp_path / "bot.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_for(lambda: fake_api.called("setWebhook") and port_open(port), START_TIMEOUT,
                 "setWebhook and the webhook port", proc, log)
        yield Webhook(proc, url, log)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def refusal(bot: Webhook, secret: str | None) -> tuple[int, str]:
    request = urllib.request.Request(bot.url, b"{}", {"Content-Type": "application/json"} | (
        {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}), method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status), ""
    except urllib.error.HTTPError as exc:
        return int(exc.code), str(exc.reason)


@pytest.mark.e2e
def test_secret_from_env_or_file_stays_out_of_argv(fake_api: FakeBotApi, secret_bot: Webhook) -> None:
    cmdline = Path(f"/proc/{secret_bot.proc.pid}/cmdline").read_bytes()
    assert SECRET.encode() not in cmdline
    (registered,) = fake_api.called("setWebhook")
    assert SECRET == registered["secret_token"]
    assert (403, OUR_REFUSAL) == refusal(secret_bot, SECRET[:-1] + "x")  # all but the last character right
    assert (403, OUR_REFUSAL) == refusal(secret_bot, None)
    assert 200 == secret_bot.post(private_update(1, 5003, "سلام"), SECRET)
