"""The newsbot command: help for every command, add/articles/show/delete/export round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from tests.conftest import SEEDS


def _commands() -> list[str]:
    return sorted(cli.commands)


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_help(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert 0 == result.exit_code
    assert cli.commands[command].help, f"{command} has no help text"
    assert "--db" in result.output or command in {"run"}


def test_top_level_help_lists_commands() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert 0 == result.exit_code
    for command in ("add", "articles", "show", "delete", "export", "ask", "chat", "run"):
        assert command in result.output


def test_empty_store_is_seeded_on_first_use(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    result = CliRunner().invoke(cli, ["articles", "--db", str(db)])
    assert 0 == result.exit_code
    assert len(list(SEEDS.glob("*.txt"))) == len([l for l in result.output.splitlines() if l.strip()])
    assert "فضای مجازی" in result.output


def test_a_store_built_without_seeds_never_gets_them(tmp_path: Path) -> None:
    from knowledge.library import Library
    from tests.conftest import TODAY

    db = tmp_path / "news.db"
    Library.open(db, today=TODAY, seed=False).close()  # e.g. a benchmark's or an import's store
    result = CliRunner().invoke(cli, ["articles", "--db", str(db)])
    assert 0 == result.exit_code
    assert "" == result.output.strip()  # still empty: the seeds were not added behind its back


def test_add_twice_adds_once(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    article = tmp_path / "a.txt"
    article.write_text(
        "شهردار شیراز: پروژه قطار شهری تا پایان سال تمام می‌شود\n"
        "به گزارش ایرنا از شیراز، محمد احمدی شهردار شیراز روز دوشنبه گفت: خط دوم قطار شهری تا پایان سال به بهره‌برداری می‌رسد.\n",
        encoding="utf-8")
    first = CliRunner().invoke(cli, ["add", "--db", db, str(article)])
    assert 0 == first.exit_code, first.output
    new_id = int(first.output.strip())
    again = CliRunner().invoke(cli, ["add", "--db", db, str(article)])
    assert 0 == again.exit_code
    assert f"{new_id}" in again.output.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))
    assert "پیش‌تر" in again.output
    listing = CliRunner().invoke(cli, ["articles", "--db", db])
    assert 3 == len([l for l in listing.output.splitlines() if l.strip()])


def test_add_reads_stdin(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    text = (SEEDS / "000_6c8efea14556703f.txt").read_text(encoding="utf-8") + "\nطالبی در پایان گفت: این خبر آزمایشی است."
    result = CliRunner().invoke(cli, ["add", "--db", db, "-"], input=text)
    assert 0 == result.exit_code, result.output
    assert "3" == result.output.strip()  # the new article's id, after the two seeds


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "خالی"),  # empty file
        (b"   \n\t \n", "خالی"),  # whitespace only
        (b"This is an English news story about the weather in London today.", "فارسی"),  # not Persian
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "UTF-8"),  # binary bytes
        ("سلام دنیا، این یک خبر است".encode("utf-8")[:-3] + b"\xff\xfe", "UTF-8"),  # invalid UTF-8
        ("خبر فوری: باران آمد".encode("utf-8"), "کوتاه"),  # Persian, but too short: not «not Persian»
        ("خبر فوری: باران آمد".replace("ی", "ي").encode("cp1256"), "کوتاه"),  # the same in Windows-1256
    ],
)
def test_bad_input_is_refused_and_store_unchanged(tmp_path: Path, content: bytes, message: str) -> None:
    db = str(tmp_path / "news.db")
    before = CliRunner().invoke(cli, ["export", "--db", db]).output
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = CliRunner().invoke(cli, ["add", "--db", db, str(bad)])
    assert 1 == result.exit_code
    assert message in result.output
    assert before == CliRunner().invoke(cli, ["export", "--db", db]).output


def test_add_reads_a_windows_1256_file(tmp_path: Path) -> None:
    # issue 13: Persian files saved by Windows tools are often cp1256 (no «ی» there: Arabic «ي»)
    db = str(tmp_path / "news.db")
    article = tmp_path / "cp1256.txt"
    text = ("شهردار شیراز: پروژه قطار شهری تا پایان سال تمام می‌شود\n"
            "به گزارش ایرنا از شیراز، محمد احمدی شهردار شیراز روز دوشنبه گفت: خط دوم قطار شهری تا پایان سال "
            "به بهره‌برداری می‌رسد.\n")
    article.write_bytes(text.replace("ی", "ي").encode("cp1256"))
    result = CliRunner().invoke(cli, ["add", "--db", db, str(article)])
    assert 0 == result.exit_code, result.output
    answer = CliRunner().invoke(cli, ["ask", "--db", db, "احمدی درباره قطار شهری چه گفت؟"])
    assert "خط دوم قطار شهری" in answer.output  # read as Persian, «ي» folded: found by a question


def test_huge_input_is_refused(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    before = CliRunner().invoke(cli, ["export", "--db", db]).output
    huge = tmp_path / "huge.txt"
    huge.write_text("استاندار کرمان گفت: این یک جمله آزمایشی است. " * 120_000, encoding="utf-8")  # ~5 MB
    result = CliRunner().invoke(cli, ["add", "--db", db, str(huge)])
    assert 1 == result.exit_code
    assert "بلند" in result.output
    assert before == CliRunner().invoke(cli, ["export", "--db", db]).output


def test_show_delete_and_export(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    exported = json.loads(CliRunner().invoke(cli, ["export", "--db", db]).output)
    assert 2 == len(exported["articles"])
    names = {p["name"] for a in exported["articles"] for p in a["people"]}
    assert {"محمدعلی طالبی", "محمدصادق کریمی"} <= names
    show = CliRunner().invoke(cli, ["show", "1", "--db", db])
    assert 0 == show.exit_code
    assert "طالبی" in show.output
    deleted = CliRunner().invoke(cli, ["delete", "1", "--db", db])
    assert 0 == deleted.exit_code
    missing = CliRunner().invoke(cli, ["show", "1", "--db", db])
    assert 1 == missing.exit_code
    assert "پیدا نشد" in missing.output
    assert 1 == len(json.loads(CliRunner().invoke(cli, ["export", "--db", db]).output)["articles"])


def test_deleted_seeds_do_not_come_back(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    CliRunner().invoke(cli, ["articles", "--db", db])  # first use: the seeds are loaded
    for article_id in ("1", "2"):
        assert 0 == CliRunner().invoke(cli, ["delete", article_id, "--db", db]).exit_code
    listing = CliRunner().invoke(cli, ["articles", "--db", db])
    assert "" == listing.output.strip()  # an admin's deletion is not undone on the next start


def test_add_many_files_in_a_pool_keeps_order_and_reports_each_bad_one(tmp_path: Path) -> None:
    from bench.generate import generate_articles

    db = str(tmp_path / "news.db")
    paths = []
    for i, article in enumerate(generate_articles(21)):  # ≥ 20 texts: parsed in a process pool
        paths.append(tmp_path / f"{i:02d}.txt")
        paths[-1].write_text(article.text, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    folder = tmp_path / "a_folder"
    folder.mkdir()
    result = CliRunner().invoke(cli, ["add", "--db", db, *map(str, paths[:10]), str(empty), str(folder),
                                      *map(str, paths[10:])])
    assert 1 == result.exit_code
    lines = [line.lstrip("\u200f") for line in result.output.splitlines()]  # RLM before Persian lines
    ids = [int(line) for line in lines if line.strip().isdigit()]
    assert 21 == len(ids) and ids == sorted(ids)  # every good file stored, in the order given
    assert lines[10].startswith(f"{empty}:")  # refused, with its reason, in its turn
    assert lines[11].startswith(f"{folder}:") and "خوانده نشد" in lines[11]
    listing = CliRunner().invoke(cli, ["articles", "--db", db, "--limit", "100"])
    assert 21 + len(list(SEEDS.glob("*.txt"))) == len([l for l in listing.output.splitlines() if l.strip()])


def test_chat_greets_with_the_number_of_articles_in_persian_digits(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["chat", "--db", str(tmp_path / "news.db")], input="")
    assert 0 == result.exit_code
    count = len(list(SEEDS.glob("*.txt")))
    assert f"{'۰۱۲۳۴۵۶۷۸۹'[count]} خبر در دسترس است" in result.output  # «۲», not «2»
