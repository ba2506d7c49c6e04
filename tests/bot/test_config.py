"""Settings from the environment, and `newsbot run` refusing bad ones with exit code 2."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.config import ConfigError, Settings
from bot.main import RedactToken

GOOD = "123456789:AAH" + "x" * 32


def test_defaults() -> None:
    s = Settings.from_env({"TELEGRAM_BOT_TOKEN": GOOD})
    assert (s.admins, s.db, s.group_admins) == (frozenset(), None, False)
    assert (s.max_message, s.max_document, s.rate) == (4000, 1_000_000, 20)


def test_everything_set() -> None:
    s = Settings.from_env({
        "TELEGRAM_BOT_TOKEN": GOOD, "NEWSBOT_ADMINS": " 11, 22 ,33,", "NEWSBOT_DB": "/tmp/x.db",
        "NEWSBOT_GROUP_ADMINS": "yes", "NEWSBOT_MAX_MESSAGE": "500", "NEWSBOT_MAX_DOCUMENT": "2_000",
        "NEWSBOT_RATE": "5"})
    assert s.admins == {11, 22, 33} and s.db == Path("/tmp/x.db") and s.group_admins
    assert (s.max_message, s.max_document, s.rate) == (500, 2000, 5)


def test_token_is_not_in_repr() -> None:
    assert GOOD not in repr(Settings.from_env({"TELEGRAM_BOT_TOKEN": GOOD}))


@pytest.mark.parametrize(("env", "fragment"), [
    ({}, "TELEGRAM_BOT_TOKEN is not set"),
    ({"TELEGRAM_BOT_TOKEN": "12345"}, "malformed"),
    ({"TELEGRAM_BOT_TOKEN": "abc:" + "x" * 40}, "malformed"),
    ({"TELEGRAM_BOT_TOKEN": "123:short"}, "malformed"),
    ({"TELEGRAM_BOT_TOKEN": GOOD, "NEWSBOT_ADMINS": "12,bob"}, "NEWSBOT_ADMINS"),
    ({"TELEGRAM_BOT_TOKEN": GOOD, "NEWSBOT_GROUP_ADMINS": "maybe"}, "NEWSBOT_GROUP_ADMINS"),
    ({"TELEGRAM_BOT_TOKEN": GOOD, "NEWSBOT_RATE": "0"}, "NEWSBOT_RATE"),
    ({"TELEGRAM_BOT_TOKEN": GOOD, "NEWSBOT_MAX_DOCUMENT": "-1"}, "NEWSBOT_MAX_DOCUMENT"),
])
def test_bad_settings(env: dict[str, str], fragment: str) -> None:
    with pytest.raises(ConfigError, match=fragment):
        Settings.from_env(env)


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "NEWSBOT_"))}
    return env | extra


@pytest.mark.parametrize(("token", "message"), [
    (None, "TELEGRAM_BOT_TOKEN is not set"),
    ("not-a-token", "TELEGRAM_BOT_TOKEN is malformed"),
])
def test_newsbot_run_refuses_bad_token_with_exit_code_2(tmp_path: Path, token: str | None, message: str) -> None:
    env = _clean_env()
    env |= {"TELEGRAM_BOT_TOKEN": token or ""}
    result = CliRunner().invoke(cli, ["run", "--db", str(tmp_path / "t.db")], env=env)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "t.db").exists()  # nothing was opened


def test_newsbot_run_process_exits_2_without_traceback(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", "from bot.cli import main; main()", "run", "--db", str(tmp_path / "t.db")],
        env=_clean_env(TELEGRAM_BOT_TOKEN="123:bad token"), capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "TELEGRAM_BOT_TOKEN is malformed" in proc.stderr
    assert "Traceback" not in proc.stderr and "bad token" not in proc.stderr


def test_newsbot_run_rejects_a_bad_secret_token(tmp_path: Path) -> None:
    args = ["run", "--webhook-url", "https://example.org/hook", "--secret-token", "has space"]
    result = CliRunner().invoke(cli, args, env=_clean_env(TELEGRAM_BOT_TOKEN=GOOD))
    assert result.exit_code == 2 and "--secret-token" in result.output


def test_token_is_redacted_from_log_lines_and_tracebacks(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("test.redact")
    redact = RedactToken(GOOD)
    caplog.handler.addFilter(redact)
    try:
        logger.warning("POST https://api.telegram.org/bot%s/getMe", GOOD)
        try:
            raise RuntimeError(f"failed at /bot{GOOD}/sendMessage")
        except RuntimeError:
            logger.exception("boom")
    finally:
        caplog.handler.removeFilter(redact)
    assert GOOD not in caplog.text
    assert "/bot<token>/getMe" in caplog.text and "/bot<token>/sendMessage" in caplog.text
