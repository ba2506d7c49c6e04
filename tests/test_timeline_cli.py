"""Issue 16 through the CLI: `newsbot ask` gives a person's profile, a topic across people and
the latest on a subject as the library does (tests/test_timeline.py), and `--json` names the
kind. Articles: tests/timeline_articles.py, asked on 1405-09-15 (2026-12-06)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.timeline_articles import ARTICLES, TODAY_ISO

TODAY = dt.date.fromisoformat(TODAY_ISO)
RLM = "\u200f"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    from bot import cli as cli_module

    folder = tmp_path_factory.mktemp("timeline_cli")
    path = str(folder / "t.db")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cli_module, "_today", lambda: TODAY)
        for name, raw in ARTICLES.items():
            (folder / f"{name}.txt").write_text(raw, encoding="utf-8")
            result = CliRunner().invoke(cli_module.cli, ["add", "--db", path, str(folder / f"{name}.txt")])
            assert 0 == result.exit_code, result.output
    return path


CASES = [  # (question, kind, the reply's first line)
    # a profile: full name and latest role (the roles, newest first, follow)
    ("طالبی کیست؟", "person_role", "👤 محمدعلی طالبی — استاندار یزد"),
    # a topic across people: each once, newest first (Maryam Karimi today, Hasan Karimi on 29 Esfand)
    ("چه کسانی درباره گردشگری صحبت کردند؟", "topic_people",
     "• مریم کریمی (مدیرکل میراث فرهنگی کرمان) — ۱۵ آذر ۱۴۰۵: «گردشگری"),
    # the latest on a place: Kerman province's reports, newest first
    ("آخرین خبرهای کرمان", "latest", "• 📰 خبرگزاری ایسنا، ۱۵ آذر ۱۴۰۵ — «مدیرکل میراث فرهنگی کرمان"),
]


@pytest.mark.parametrize(("question", "kind", "first_line"), CASES, ids=[c[1] for c in CASES])
def test_cli_ask_timeline_kinds(db: str, monkeypatch: pytest.MonkeyPatch, question: str, kind: str,
                                first_line: str) -> None:
    from bot import cli as cli_module

    monkeypatch.setattr(cli_module, "_today", lambda: TODAY)
    shown = CliRunner().invoke(cli_module.cli, ["ask", "--db", db, question])
    assert 0 == shown.exit_code, shown.output
    lines = shown.output.splitlines()
    assert lines[0].startswith(RLM + first_line)  # each line marked right-to-left for the terminal
    data = json.loads(CliRunner().invoke(cli_module.cli, ["ask", "--json", "--db", db, question]).output)
    assert (kind, True) == (data["kind"], data["found"])
    assert [ln.removeprefix(RLM) for ln in lines] == data["answer"].splitlines()  # the same reply either way
