"""The bot's settings, read once from the environment.

    settings = Settings.from_env(os.environ)

A bad value raises :class:`ConfigError` whose message names the variable and the
fix; ``newsbot run`` prints it and exits with status 2 instead of a traceback.
The token is validated for shape only; Telegram decides whether it is real.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

TOKEN_PATTERN = re.compile(r"^\d+:[A-Za-z0-9_-]{30,}$")
EXIT_CONFIG = 2

DEFAULT_MAX_MESSAGE = 4000  # characters in a question
DEFAULT_MAX_DOCUMENT = 1_000_000  # bytes in an uploaded .txt article
DEFAULT_RATE = 20  # questions per user per minute

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


class ConfigError(Exception):
    """A missing or malformed setting; ``str(error)`` is the message for the operator."""


@dataclass(frozen=True)
class Settings:
    token: str = field(repr=False)
    admins: frozenset[int] = frozenset()
    db: Path | None = None
    group_admins: bool = False
    max_message: int = DEFAULT_MAX_MESSAGE
    max_document: int = DEFAULT_MAX_DOCUMENT
    rate: int = DEFAULT_RATE

    def __post_init__(self) -> None:
        check_token(self.token)

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> Settings:
        db = environ.get("NEWSBOT_DB", "").strip()
        return cls(
            token=environ.get("TELEGRAM_BOT_TOKEN", "").strip(),
            admins=parse_admins(environ.get("NEWSBOT_ADMINS", "")),
            db=Path(db) if db else None,
            group_admins=_bool(environ, "NEWSBOT_GROUP_ADMINS"),
            max_message=_positive(environ, "NEWSBOT_MAX_MESSAGE", DEFAULT_MAX_MESSAGE),
            max_document=_positive(environ, "NEWSBOT_MAX_DOCUMENT", DEFAULT_MAX_DOCUMENT),
            rate=_positive(environ, "NEWSBOT_RATE", DEFAULT_RATE),
        )


def check_token(token: str) -> None:
    if not token:
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather and export its token, "
            "e.g. TELEGRAM_BOT_TOKEN=123456789:AA...")
    if not TOKEN_PATTERN.match(token):
        # Never echo the value: it may be a real token pasted with a typo.
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN is malformed: expected digits, a colon and at least 30 letters, "
            "digits, '_' or '-' (the form @BotFather gives, e.g. 123456789:AA...).")


def parse_admins(raw: str) -> frozenset[int]:
    ids = set()
    for part in raw.replace(" ", "").split(","):
        if not part:
            continue
        if not re.fullmatch(r"-?\d+", part) or int(part) == 0:
            raise ConfigError(
                f"NEWSBOT_ADMINS has a bad entry {part[:20]!r}: expected comma-separated "
                "numeric Telegram user ids, e.g. NEWSBOT_ADMINS=11111111,22222222")
        ids.add(int(part))
    return frozenset(ids)


def admins_notice(environ: Mapping[str, str], admins: frozenset[int]) -> tuple[bool, str]:
    """What ``newsbot run`` logs at start about NEWSBOT_ADMINS: (is it a warning, the line)."""
    raw = environ.get("NEWSBOT_ADMINS")
    if raw is not None and raw != "" and not admins:
        return True, (f"NEWSBOT_ADMINS is set but holds no user id (got {raw[:20]!r}): nobody can add "
                      "or delete articles through the bot")
    if not admins:
        return True, "NEWSBOT_ADMINS is not set: nobody can add or delete articles through the bot"
    return False, f"{len(admins)} admin(s) read from NEWSBOT_ADMINS"


def _bool(environ: Mapping[str, str], name: str) -> bool:
    value = environ.get(name, "").strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ConfigError(f"{name} must be one of 1/0, true/false, yes/no, on/off (got {value[:20]!r}).")


def _positive(environ: Mapping[str, str], name: str, default: int) -> int:
    value = environ.get(name, "").strip().replace("_", "")
    if not value:
        return default
    if not value.isdigit() or int(value) <= 0:
        raise ConfigError(f"{name} must be a positive whole number (got {value[:20]!r}).")
    return int(value)
