"""Hardening tests reuse the bot's offline harness (tests/bot/conftest.py) as it is.

Importing the fixtures here makes pytest register them for this directory too; the
harness itself (FakeBotAPI, Harness, the fixtures) is not copied, so it stays one thing.
"""

from __future__ import annotations

from tests.bot.conftest import (  # noqa: F401  (fixtures, registered by name)
    anyio_backend,
    harness,
    make_harness,
    make_settings,
    store,
)
