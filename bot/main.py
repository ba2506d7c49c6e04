"""``newsbot run``: read the settings, build the application, poll or serve webhooks.

python-telegram-bot's ``run_polling``/``run_webhook`` own the event loop: they stop
on SIGINT/SIGTERM/SIGABRT and then call post_shutdown, which closes the store (and
if a second signal interrupts that shutdown, ``run_bot`` closes it on the way out).
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit

from telegram import Update
from telegram.error import InvalidToken, NetworkError

from .app import build_application, close_store
from .config import EXIT_CONFIG, ConfigError, Settings, admins_notice
from .webhook import install_constant_time_check, resolve_secret

log = logging.getLogger(__name__)

SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")  # what setWebhook accepts
EXIT_UNREACHABLE = 1


class RedactToken(logging.Filter):
    """Replace the bot token wherever it would reach a log line (messages and tracebacks)."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.token in message:
            record.msg, record.args = message.replace(self.token, "<token>"), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text and self.token in record.exc_text:
            record.exc_text = record.exc_text.replace(self.token, "<token>")
        return True


def configure_logging(token: str) -> None:
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    for handler in root.handlers:
        handler.addFilter(RedactToken(token))
    # httpx logs every request URL at INFO, and the URL holds the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


def load_settings(environ: Mapping[str, str], *, db_path: Path | None, webhook_url: str | None,
                  secret_token: str | None) -> Settings:
    settings = Settings.from_env(environ)
    if db_path is not None:
        settings = dataclasses.replace(settings, db=db_path)
    if secret_token is not None and not SECRET_PATTERN.match(secret_token):
        raise ConfigError("--secret-token must be 1-256 characters of A-Z, a-z, 0-9, '_' or '-'.")
    if webhook_url is not None and urlsplit(webhook_url).scheme not in ("https", "http"):
        raise ConfigError("--webhook-url must be an https:// URL that reaches this server.")
    return settings


def run_bot(*, webhook_url: str | None, listen: str, port: int, secret_token: str | None,
            base_url: str | None, db_path: Path | None, secret_token_file: Path | None = None) -> int:
    try:
        secret_token = resolve_secret(secret_token, secret_token_file, os.environ)
        settings = load_settings(os.environ, db_path=db_path, webhook_url=webhook_url, secret_token=secret_token)
    except ConfigError as exc:
        print(f"newsbot run: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    configure_logging(settings.token)
    warn, notice = admins_notice(os.environ, settings.admins)
    log.log(logging.WARNING if warn else logging.INFO, "%s", notice)
    app = build_application(settings, base_url=base_url)
    try:
        if webhook_url:
            if not secret_token:
                log.warning("webhook without a secret token: anyone who finds the URL can send updates")
            install_constant_time_check()
            app.run_webhook(listen=listen, port=port, url_path=urlsplit(webhook_url).path.lstrip("/"),
                            webhook_url=webhook_url, secret_token=secret_token,
                            allowed_updates=Update.ALL_TYPES)
        else:
            app.run_polling(allowed_updates=Update.ALL_TYPES)
    except InvalidToken:
        print("newsbot run: the Bot API server rejected TELEGRAM_BOT_TOKEN; check it with @BotFather.",
              file=sys.stderr)
        return EXIT_CONFIG
    except NetworkError as exc:
        print(f"newsbot run: cannot reach the Bot API server: {exc}".replace(settings.token, "<token>"),
              file=sys.stderr)
        return EXIT_UNREACHABLE
    finally:
        # A second SIGTERM/Ctrl-C during shutdown cuts post_shutdown short; close the store anyway.
        close_store(app)
    log.info("stopped")
    return 0
