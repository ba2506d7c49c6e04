"""Webhook secrets: where the secret comes from, and a constant-time check of it.

argv is public (any local user reads ``/proc/PID/cmdline``), so the secret is best given in
``$NEWSBOT_WEBHOOK_SECRET`` or a file (``--secret-token-file``). python-telegram-bot compares
the ``X-Telegram-Bot-Api-Secret-Token`` header with ``!=``, whose time depends on how many
leading characters match; :func:`install_constant_time_check` puts our own
``hmac.compare_digest`` in front of it, so a wrong secret is refused before that comparison runs.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Mapping
from http import HTTPStatus
from pathlib import Path

from .config import ConfigError

log = logging.getLogger(__name__)

HEADER = "X-Telegram-Bot-Api-Secret-Token"
ENV = "NEWSBOT_WEBHOOK_SECRET"


def resolve_secret(flag: str | None, file: Path | None, environ: Mapping[str, str]) -> str | None:
    """The secret from --secret-token-file, else $NEWSBOT_WEBHOOK_SECRET, else --secret-token."""
    if file is not None:
        try:
            value = file.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"--secret-token-file {file} cannot be read: {exc}") from exc
        if not value:
            raise ConfigError(f"--secret-token-file {file} is empty.")
        return value
    env = environ.get(ENV, "").strip()
    if env:
        return env
    if flag is not None:
        log.warning("--secret-token on the command line is visible to every local user; "
                    "use $%s or --secret-token-file", ENV)
    return flag


def matches(sent: str | None, secret: str) -> bool:
    """Constant-time: the time taken does not tell how much of ``sent`` was right."""
    return hmac.compare_digest((sent or "").encode("utf-8"), secret.encode("utf-8"))


def install_constant_time_check() -> None:
    """Check the secret header with :func:`matches` before python-telegram-bot's own check."""
    import tornado.web
    from telegram.ext._utils import webhookhandler

    handler = webhookhandler.TelegramHandler
    if getattr(handler, "_newsbot_checked", False):
        return
    original = handler._validate_post

    def _validate_post(self: webhookhandler.TelegramHandler) -> None:
        if self.secret_token is not None and not matches(self.request.headers.get(HEADER), self.secret_token):
            raise tornado.web.HTTPError(HTTPStatus.FORBIDDEN, reason="wrong or missing secret token")
        original(self)

    handler._validate_post = _validate_post  # type: ignore[method-assign]
    handler._newsbot_checked = True  # type: ignore[attr-defined]
