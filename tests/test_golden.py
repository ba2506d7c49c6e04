"""Golden files: the seeds' extracted records and the answers to the product's example questions.

A change in the parser or the answers shows up here as a readable JSON diff. After
reading the diff and agreeing with it, refresh the files with

    NEWSBOT_UPDATE_GOLDEN=1 pytest tests/test_golden.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import SEEDS, TODAY

GOLDEN = Path(__file__).with_name("golden")
UPDATE = os.environ.get("NEWSBOT_UPDATE_GOLDEN") == "1"
QUESTIONS = [
    "طالبی درباره هوش مصنوعی چه گفت؟",
    "چه کسی گفت نگاه سیاه و سفید جامع نیست؟",
    "کارگاه مدیریت فضای مجازی کی برگزار شد؟",
    "جلسه کجا بود؟",
    "رییس پلیس فتا کیست؟",
    "عزیزی چه‌کاره است؟",
    "نادیان اهور چه گفت؟",
    "طالبی درباره پلیس فتا چه گفت؟",
    "کدام خبر درباره نقشه راه بود؟",
    "چه کسانی در کارگاه صحبت کردند؟",
]


def _compare(name: str, actual: object) -> None:
    path = GOLDEN / name
    rendered = json.dumps(actual, ensure_ascii=False, indent=2, default=str) + "\n"
    if UPDATE:
        path.write_text(rendered, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    assert expected == rendered


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_seed_records(fresh_lib, seed: str) -> None:  # type: ignore[no-untyped-def]
    result = fresh_lib.add((SEEDS / seed).read_bytes(), today=TODAY)
    records = fresh_lib.show(result.article_id)
    records["article"].pop("added")
    records["article"].pop("id")
    _compare(f"{seed[:3]}_seed.json", records)


def test_example_answers(fresh_lib) -> None:  # type: ignore[no-untyped-def]
    fresh_lib.load_seeds(today=TODAY, directory=SEEDS)
    answers = {q: fresh_lib.ask(q, today=TODAY).to_json() for q in QUESTIONS}
    _compare("answers.json", answers)
