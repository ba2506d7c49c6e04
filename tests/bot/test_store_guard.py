"""Operators (issue 13): the store file deleted or replaced while the bot runs, and a full disk
during /add — the admin is told, with the store's path, and nothing is (half-)written."""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot import texts
from knowledge.errors import DiskFull, StoreGone
from knowledge.library import Library
from knowledge.store import Store

from .conftest import ADMIN, TODAY, USER, Call, Harness
from .test_admin import ARTICLE, forwarded, last_text, sent

pytestmark = pytest.mark.anyio

QUESTION = "چه کسی گفت نگاه سیاه و سفید جامع نیست؟"  # answered from seed 1 («کریمی»)
GONE = "حذف یا جایگزین شده است"  # the part of StoreGone's message that says what happened
FULL = "دیسک پر است"


def delete_file(path: Path) -> None:
    os.remove(path)


def replace_file(path: Path) -> None:
    """Another file put in its place (a copy renamed over it: a different inode)."""
    copy = path.with_name("other.db")
    shutil.copyfile(path, copy)
    os.replace(copy, path)


def gone_errors(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.levelno == logging.ERROR and "deleted or replaced" in r.getMessage()]


@pytest.mark.parametrize("lose", [
    delete_file,   # rm news.db while the bot runs
    replace_file,  # a restore or a copy put over it: the path now names another file
])
async def test_add_is_refused_with_the_path_when_the_store_file_is_gone(
        harness: Harness, caplog: pytest.LogCaptureFixture, lose: Callable[[Path], None]) -> None:
    before = harness.stats()
    lose(harness.db)
    caplog.set_level(logging.INFO)
    reply = last_text(await harness.send("/add\n" + ARTICLE, user=ADMIN))
    assert f"⛔️ فایل پایگاه داده {harness.db} پس از باز شدن {GONE}" in reply
    assert "افزوده شد" not in reply
    assert before == harness.stats()  # nothing written to the open (orphaned) file
    again = last_text(await harness.send("/add\n" + ARTICLE, user=ADMIN))
    assert GONE in again
    assert 1 == len(gone_errors(caplog))  # the ERROR is logged once, every admin is told each time
    answer = last_text(await harness.send(QUESTION, user=USER))  # questions still work
    assert "کریمی" in answer


async def test_a_question_logs_the_lost_file_before_any_admin_command(
        harness: Harness, caplog: pytest.LogCaptureFixture) -> None:
    delete_file(harness.db)
    caplog.set_level(logging.INFO)
    assert "کریمی" in last_text(await harness.send(QUESTION, user=USER))
    [error] = gone_errors(caplog)
    assert str(harness.db) in error.getMessage()


async def test_every_admin_command_warns_reads_go_on_writes_stop(harness: Harness) -> None:
    prompt = sent(await harness.send("/delete ۱", user=ADMIN))[-1]  # asked before the file went
    before = harness.stats()
    delete_file(harness.db)
    stats = sent(await harness.send("/stats", user=ADMIN))
    assert GONE in stats[0].text and "۲" in stats[-1].text  # warned, then the counts of the open file
    listing = sent(await harness.send("/articles", user=ADMIN))
    assert GONE in listing[0].text and "استاندار کرمان" in listing[-1].text
    delete = sent(await harness.send("/delete ۲", user=ADMIN))
    assert 1 == len(delete) and GONE in delete[0].text  # no confirmation offered
    offered = sent(await harness.process(forwarded(harness, ARTICLE, ADMIN)))
    assert 1 == len(offered) and GONE in offered[0].text and texts.CONFIRM_ADD not in offered[0].text
    pressed = await harness.press(prompt.buttons()[0], on=prompt, user=ADMIN)  # the old «حذف» button
    [edit] = sent(pressed, "editMessageText")
    assert GONE in edit.text and "حذف شد" not in edit.text
    assert before == harness.stats()


async def test_confirm_button_add_is_refused_when_the_file_went_after_the_offer(harness: Harness) -> None:
    prompt = sent(await harness.process(forwarded(harness, ARTICLE, ADMIN)))[-1]
    before = harness.stats()
    delete_file(harness.db)
    [edit] = sent(await harness.press(prompt.buttons()[0], on=prompt, user=ADMIN), "editMessageText")
    assert GONE in edit.text and "افزوده شد" not in edit.text
    assert before == harness.stats()


async def test_a_user_is_not_told_about_the_store(harness: Harness) -> None:
    delete_file(harness.db)
    assert texts.NOT_ADMIN == last_text(await harness.send("/add\n" + ARTICLE, user=USER))


def failing_insert(error: BaseException) -> Callable[..., None]:
    """Store._insert_rows that fails at the statements: the article row and its sentences are
    already written inside the transaction, so a half-written article would show."""
    original = Store._insert_rows

    def insert_rows(self: Store, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        if table == "statements":
            raise error
        original(self, table, columns, rows)

    return insert_rows


@pytest.mark.parametrize("error", [
    sqlite3.OperationalError("database or disk is full"),  # SQLite's SQLITE_FULL
    OSError(errno.ENOSPC, "No space left on device"),       # the system's, e.g. from a WAL write
])
async def test_disk_full_during_add_tells_the_admin_and_writes_nothing(
        harness: Harness, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
        error: BaseException) -> None:
    before = harness.stats()
    monkeypatch.setattr(Store, "_insert_rows", failing_insert(error))
    caplog.set_level(logging.INFO)
    calls = await harness.send("/add\n" + ARTICLE, user=ADMIN)
    reply = last_text(calls)
    assert f"⛔️ {FULL}؛ چیزی در پایگاه داده {harness.db} نوشته نشد." in reply
    assert texts.APOLOGY not in [c.text for c in sent(calls)]
    assert before == harness.stats()  # not half-written: no article, sentence or person left
    assert any(r.levelno == logging.ERROR and "disk full" in r.getMessage() for r in caplog.records)
    monkeypatch.undo()  # room again: the same /add now stores it
    assert "افزوده شد" in last_text(await harness.send("/add\n" + ARTICLE, user=ADMIN))
    assert before["articles"] + 1 == harness.stats()["articles"]


async def test_other_database_errors_are_not_called_a_full_disk(
        harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Store, "_insert_rows", failing_insert(sqlite3.OperationalError("disk I/O error")))
    calls: list[Call] = await harness.send("/add\n" + ARTICLE, user=ADMIN)
    assert [texts.APOLOGY] == [c.text for c in sent(calls)]  # the error handler's, as before


# -- the library, for the CLI too ---------------------------------------------------------


def test_library_check_path(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    lib = Library.open(path, today=TODAY, seed=False)
    lib.check_path()  # the file it opened: nothing raised
    count = lib.count()
    path.unlink()
    with pytest.raises(StoreGone) as gone:
        lib.add(ARTICLE, today=TODAY)
    assert path == gone.value.path and str(path) in str(gone.value)
    with pytest.raises(StoreGone):
        lib.delete(1)
    assert count == lib.count()
    Library.open(path, today=TODAY, seed=False).close()  # a new file at the path is not the open one
    with pytest.raises(StoreGone):
        lib.check_path()
    lib.close()


def test_memory_library_is_never_gone_and_names_no_path_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    lib = Library.memory()
    lib.check_path()
    monkeypatch.setattr(Store, "_insert_rows", failing_insert(sqlite3.OperationalError("database or disk is full")))
    with pytest.raises(DiskFull) as full:
        lib.add(ARTICLE, today=TODAY)
    assert full.value.path is None and str(full.value).startswith(FULL)
    assert 0 == lib.count()


def test_cli_add_on_a_full_disk_is_one_persian_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from bot.cli import cli

    path, article = tmp_path / "news.db", tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    Library.open(path, today=TODAY, seed=False).close()
    monkeypatch.setattr(Store, "_insert_rows", failing_insert(sqlite3.OperationalError("database or disk is full")))
    result = CliRunner().invoke(cli, ["add", "--db", str(path), str(article)])
    assert 1 == result.exit_code
    assert f"Error: {FULL}؛ چیزی در پایگاه داده {path} نوشته نشد." in result.output
    assert "Traceback" not in result.output
