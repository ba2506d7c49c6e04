"""The ``newsbot`` entry point: the knowledge commands plus ``newsbot run``.

telegram is imported only when ``run`` runs, so ``newsbot ask`` starts fast.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from knowledge.cli import cli, db_option


@cli.command()
@click.option("--webhook-url", default=None, help="Serve webhooks at this public HTTPS URL instead of polling.")
@click.option("--listen", default="127.0.0.1", show_default=True, help="Webhook listen address.")
@click.option("--port", default=8443, show_default=True, type=click.IntRange(1, 65535), help="Webhook listen port.")
@click.option("--secret-token", default=None, help="Secret Telegram must send with each webhook update.")
@click.option("--base-url", default=None, help="Bot API server, e.g. http://127.0.0.1:8081/bot (default: Telegram's).")
@db_option
def run(webhook_url: str | None, listen: str, port: int, secret_token: str | None,
        base_url: str | None, db_path: Path | None) -> None:
    """Run the Telegram bot (token from $TELEGRAM_BOT_TOKEN, admins from $NEWSBOT_ADMINS)."""
    import logging

    from .main import run_bot

    root = logging.getLogger()
    if root.level > logging.INFO:
        root.setLevel(logging.INFO)  # a running service logs its events, one a line
    sys.exit(run_bot(webhook_url=webhook_url, listen=listen, port=port,
                     secret_token=secret_token, base_url=base_url, db_path=db_path))


def main() -> None:
    cli()
