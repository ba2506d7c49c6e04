"""The ``newsbot`` command, its entry point and every subcommand. It checks input and
delegates to :class:`knowledge.library.Library`.

Every subcommand takes ``--db PATH`` (default ``$NEWSBOT_DB``, else a per-user data
file); an empty store is filled from ``seeds/`` on first use. telegram is imported only
when ``run`` runs, so ``newsbot ask`` starts fast.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
import sys
from pathlib import Path
from collections.abc import Iterator
from typing import Any

import click

from knowledge.display import fa
from knowledge.errors import KnowledgeError, StoreMissing, StoreUnwritable
from knowledge.library import Library, default_db_path
from knowledge.parse import MAX_BYTES

from . import views
from .files import Unreadable, read_bounded

RLM = "\u200f"


def _today() -> dt.date:
    return dt.date.today()  # the one place the CLI reads the clock


def db_option(f: Any) -> Any:
    return click.option(
        "--db", "db_path", type=click.Path(dir_okay=False, readable=False, path_type=Path), default=None,
        help="SQLite store (default: $NEWSBOT_DB, else ~/.local/share/newsbot/news.db).",
    )(f)


def _open(db_path: Path | None, *, create: bool = False) -> Library:
    """The store, migrated and seeded. The default location is made by any command (so
    ``newsbot chat`` works on a fresh machine); an explicit ``--db`` whose folder does not
    exist is a typo unless the command is one that makes a store (``add``, ``run``)."""
    path = db_path or default_db_path()
    _IN_USE[0] = path
    if db_path is not None and not create and not path.parent.is_dir():
        raise click.ClickException(
            f"پوشهٔ پایگاه داده وجود ندارد: {path.parent} — مسیر --db را بررسی کنید "
            "(فقط add و run پایگاه دادهٔ تازه می‌سازند).")
    try:
        return Library.open(path, today=_today())
    except KnowledgeError as exc:
        raise click.ClickException(str(exc)) from exc


_IN_USE: list[Path | None] = [None]  # the store the running command opened, for operational errors


class _Group(click.Group):
    """Operational failures (a read-only folder, a full disk, a locked or unopenable store)
    become one Persian line naming the store and the cause, exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except StoreUnwritable as exc:  # the store file deleted/replaced, or the disk full while writing
            raise click.ClickException(str(exc)) from exc
        except (sqlite3.Error, OSError) as exc:
            if isinstance(exc, BrokenPipeError):
                raise
            raise click.ClickException(operational_message(_IN_USE[0], exc)) from exc


def operational_message(path: Path | None, exc: BaseException) -> str:
    where = f"پایگاه داده {path}" if path is not None else "پایگاه داده"
    return f"{where} را نمی‌توان باز کرد یا در آن نوشت: {explain(exc)}"


_CAUSES = {  # SQLite's and the system's English, in Persian (the original stays in brackets)
    "database or disk is full": "دیسک پر است",
    "No space left on device": "دیسک پر است",
    "attempt to write a readonly database": "پوشه یا فایل فقط‌خواندنی است",
    "Read-only file system": "پوشه یا فایل فقط‌خواندنی است",
    "Permission denied": "اجازهٔ دسترسی نیست",
    "unable to open database file": "فایل باز نمی‌شود (پوشه نیست، فقط‌خواندنی است یا اجازهٔ دسترسی نیست)",
    "database is locked": "پایگاه داده در دست برنامهٔ دیگری است و آزاد نشد",
    "Not a directory": "بخشی از مسیر فایل است نه پوشه",
    "File exists": "بخشی از مسیر فایل است نه پوشه",
    "file is not a database": "فایل پایگاه دادهٔ SQLite نیست",
    "disk I/O error": "خطای خواندن یا نوشتن دیسک",
}


def explain(exc: BaseException) -> str:
    raw = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    detail = f"{raw}: {exc.filename}" if isinstance(exc, OSError) and exc.filename else raw
    for english, persian in _CAUSES.items():
        if english in raw:
            return f"{persian} [{detail}]"
    return f"[{detail}]"


def echo(line: str = "") -> None:
    """Print a line so that a bidi-aware terminal lays it out right to left."""
    click.echo("\n".join(RLM + part if part else part for part in line.split("\n")))


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsbot")
@click.option("-v", "--verbose", is_flag=True, help="Log progress to stderr.")
def cli(verbose: bool) -> None:
    """Persian news Q&A: store Persian news articles and answer questions about them."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
    )


@cli.command()
@click.argument("files", nargs=-1, required=True,
                type=click.Path(allow_dash=True, readable=False, path_type=Path))
@db_option
def add(files: tuple[Path, ...], db_path: Path | None) -> None:
    """Add articles from FILES (UTF-8 or Windows-1256 text; - reads stdin). Prints the new ids."""
    lib = _open(db_path, create=True)
    failed: list[Path] = []
    read: list[tuple[Path, str | None]] = []  # every file in order, with why it was not read

    def texts() -> Iterator[bytes]:
        for path in files:
            try:
                data = read_bounded(path, MAX_BYTES, stdin=sys.stdin.buffer)
            except Unreadable as exc:
                read.append((path, str(exc)))
                continue
            read.append((path, None))
            yield data

    cursor = 0  # the next file of ``read`` to report on
    # many files are parsed in a process pool that reads ahead; the writes and the messages
    # stay one by one, in the order the files were given
    for result in lib.add_many(texts(), today=_today()):
        while read[cursor][1] is not None:  # unreadable files before this text
            _unreadable(*read[cursor], failed)
            cursor += 1
        path = read[cursor][0]
        cursor += 1
        if isinstance(result, KnowledgeError):
            echo(f"{path}: {result}")
            failed.append(path)
        elif result.created:
            click.echo(result.article_id)
        else:
            echo(f"{path}: این متن پیش‌تر با شناسه {result.article_id} افزوده شده است؛ چیزی افزوده نشد.")
    for path, reason in read[cursor:]:  # unreadable files after the last text
        _unreadable(path, reason, failed)
    lib.close()
    if failed:
        sys.exit(1)


def _unreadable(path: Path, reason: str | None, failed: list[Path]) -> None:
    echo(f"{path}: خوانده نشد ({reason or ''})")
    failed.append(path)


@cli.command()
@click.option("--offset", default=0, show_default=True, type=click.IntRange(min=0))
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 1000))
@db_option
def articles(offset: int, limit: int, db_path: Path | None) -> None:
    """List stored articles: id, date, title."""
    lib = _open(db_path)
    for row in lib.articles(offset=offset, limit=limit):
        echo(views.article_line(row))


@cli.command()
@click.argument("article_id", type=int)
@db_option
def show(article_id: int, db_path: Path | None) -> None:
    """Show what was extracted from one article."""
    lib = _open(db_path)
    try:
        echo(views.records(lib.show(article_id)))
    except KnowledgeError as exc:
        raise click.ClickException(str(exc)) from exc


@cli.command()
@click.argument("article_id", type=int)
@db_option
def delete(article_id: int, db_path: Path | None) -> None:
    """Delete one article and all its records."""
    lib = _open(db_path)
    try:
        lib.delete(article_id)
    except KnowledgeError as exc:
        raise click.ClickException(str(exc)) from exc
    echo(f"خبر {article_id} حذف شد.")


@cli.command()
@db_option
def export(db_path: Path | None) -> None:
    """Print everything extracted, as JSON."""
    lib = _open(db_path)
    click.echo(json.dumps(lib.export(), ensure_ascii=False, indent=2, default=str))


@cli.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per answer.")
@db_option
def ask(question: str, as_json: bool, db_path: Path | None) -> None:
    """Answer QUESTION; with --json and - answer one question per line of stdin."""
    lib = _open(db_path)
    lines = sys.stdin if question == "-" else [question]
    for line in lines:
        line = line.strip()
        if question == "-" and not line:
            continue
        answer = lib.ask(line, today=_today())
        if as_json:
            click.echo(json.dumps(answer.to_json(), ensure_ascii=False))
        else:
            echo(answer.text)


@cli.command()
@db_option
def chat(db_path: Path | None) -> None:
    """Ask questions in a loop (follow-ups such as «وی دیگر چه گفت؟» work)."""
    lib = _open(db_path)
    echo(f"{fa(lib.count())} خبر در دسترس است. پرسش خود را بنویسید (خروج: Ctrl+D).")
    context = None
    while True:
        try:
            line = input(RLM + "❓ ")
        except (EOFError, KeyboardInterrupt):
            click.echo()
            break
        if not line.strip():
            continue
        answer = lib.ask(line, today=_today(), context=context)
        context = answer.context
        echo(answer.text)
        echo()


# -- operating the store: backup and check (see knowledge/store/maintenance.py) ---------------

def _store_path(db_path: Path | None) -> Path:
    """The store file, without opening it: backup and check must never create or seed one."""
    _IN_USE[0] = db_path or default_db_path()
    return _IN_USE[0]


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{n / 1024:.0f} KB"


@cli.command()
@click.argument("path", type=click.Path())  # a str: a trailing "/" means "a directory"
@db_option
@click.option("--force", is_flag=True, help="Replace PATH if it exists.")
@click.option("--keep", type=click.IntRange(min=1), default=None,
              help="With a directory PATH: keep only the newest N backups there.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object.")
def backup(path: str, db_path: Path | None, force: bool, keep: int | None, as_json: bool) -> None:
    """Copy the store to PATH, safely while the bot runs (a directory PATH gets a dated file)."""
    if keep is not None and not (Path(path).is_dir() or path.endswith(("/", "\\"))):
        raise click.UsageError("--keep needs a directory PATH (end it with /).")
    try:
        result = Library.backup(_store_path(db_path), path, force=force, keep=keep)
    except KnowledgeError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps({
            "ok": True, "path": str(result.path), "source": str(result.source), "bytes": result.bytes,
            "articles": result.articles, "schema_version": result.schema_version,
            "seconds": round(result.seconds, 3), "removed": [str(p) for p in result.removed],
            "stale": [str(p) for p in result.stale],
        }, ensure_ascii=False))
        return
    echo(f"پشتیبان نوشته شد: {result.path}")
    echo(f"{result.articles} خبر، {_size(result.bytes)}، در {result.seconds:.2f} ثانیه؛ "
         "درستی رونوشت بررسی شد.")
    for old in result.removed:
        echo(f"پشتیبان قدیمی پاک شد: {old}")
    for left in result.stale:
        echo(f"فایل موقت پشتیبان‌گیری نیمه‌کاره پاک شد: {left}")


@cli.command()
@db_option
@click.option("--quick", is_flag=True, help="quick_check instead of integrity_check (faster on a big store).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object.")
def check(db_path: Path | None, quick: bool, as_json: bool) -> None:
    """Check the store's integrity and schema version, read-only. Exit status 0 when healthy, else 1."""
    path = _store_path(db_path)
    try:
        result = Library.check(path, quick=quick)
    except StoreMissing as exc:
        if as_json:
            click.echo(json.dumps({"ok": False, "path": str(path), "error": "missing",
                                   "message": str(exc)}, ensure_ascii=False))
        else:
            echo(str(exc))
        sys.exit(1)
    if result.unreadable is not None:  # not "damaged": nothing is known of its health
        message = f"این پایگاه داده اینجا خوانده نمی‌شود (نه آسیب‌دیده): {result.unreadable}"
        if as_json:
            click.echo(json.dumps({"ok": False, "path": str(path), "error": "unreadable",
                                   "message": message}, ensure_ascii=False))
        else:
            echo(f"پایگاه داده: {path}")
            echo(message)
            echo("وضعیت: نامعلوم — با کاربری که پوشهٔ پایگاه داده را می‌نویسد (همان کاربر ربات) دوباره بررسی کنید.")
        sys.exit(1)
    if as_json:
        click.echo(json.dumps({
            "ok": result.ok, "path": str(path), "integrity": result.integrity,
            "schema_version": result.schema_version, "expected_version": result.expected_version,
            "articles": result.articles}, ensure_ascii=False))
    else:
        echo(f"پایگاه داده: {path}")
        integrity = "سالم" if result.integrity == "ok" else f"آسیب‌دیده:\n{result.integrity}"
        echo(f"درستی: {integrity}")
        echo(f"نسخهٔ ساختار: {result.schema_version} (مورد انتظار: {result.expected_version})")
        echo(f"شمار خبرها: {result.articles}")
        if result.schema_version > result.expected_version:
            echo("این پایگاه داده از نسخهٔ تازه‌تری از newsbot است؛ newsbot را به‌روز کنید.")
        elif result.schema_version < result.expected_version and result.integrity == "ok":
            echo("ساختار کهنه است؛ با نخستین اجرای newsbot run به‌روز می‌شود.")
        echo("وضعیت: سالم" if result.ok else "وضعیت: ناسالم")
    sys.exit(0 if result.ok else 1)


# -- the Telegram bot ------------------------------------------------------------------

@cli.command()
@click.option("--webhook-url", default=None, help="Serve webhooks at this public HTTPS URL instead of polling.")
@click.option("--listen", default="127.0.0.1", show_default=True, help="Webhook listen address.")
@click.option("--port", default=8443, show_default=True, type=click.IntRange(1, 65535), help="Webhook listen port.")
@click.option("--secret-token", default=None,
              help="Secret Telegram must send with each webhook update. Command lines are public to "
                   "every local user: prefer $NEWSBOT_WEBHOOK_SECRET or --secret-token-file.")
@click.option("--secret-token-file", default=None, type=click.Path(dir_okay=False, path_type=Path),
              help="Read the webhook secret from this file (first line; keep it mode 0600).")
@click.option("--base-url", default=None, help="Bot API server, e.g. http://127.0.0.1:8081/bot (default: Telegram's).")
@db_option
def run(webhook_url: str | None, listen: str, port: int, secret_token: str | None,
        secret_token_file: Path | None, base_url: str | None, db_path: Path | None) -> None:
    """Run the Telegram bot (token from $TELEGRAM_BOT_TOKEN, admins from $NEWSBOT_ADMINS)."""
    from .main import run_bot

    _IN_USE[0] = db_path or default_db_path()
    root = logging.getLogger()
    if root.level > logging.INFO:
        root.setLevel(logging.INFO)  # a running service logs its events, one a line
    sys.exit(run_bot(webhook_url=webhook_url, listen=listen, port=port,
                     secret_token=secret_token, secret_token_file=secret_token_file, base_url=base_url,
                     db_path=db_path))


def main() -> None:
    cli()
