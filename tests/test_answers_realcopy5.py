"""Answers on short excerpts of the corpus texts of realcopy batch 5 (tests/realcopy/checks.tsv;
/work/shared/corpus/articles, named in each case's comment)."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.library import Library

TODAY = dt.date(2026, 12, 6)

# 0148_fars_tvlid_plimr_kshvr_ta.txt (shortened): «ایران‌پلاس» written with its half-space
IRANPLAST = (" date 2016-04-13\nتولید پلیمر کشور تا پایان برنامه ششم به ۱۲ میلیون تن می‌رسد\n"
             "به گزارش خبرنگار اقتصادی خبرگزاری فارس، مرضیه شاهدایی در مراسم افتتاحیه دهمین نمایشگاه ایران‌پلاس "
             "اظهار داشت: در این نمایشگاه 400 شرکت داخلی و 500 شرکت خارجی از 25 کشور جهان حضور دارند.")


@pytest.fixture
def lib() -> Library:
    lib = Library.memory()
    for raw in (IRANPLAST,):
        lib.add(raw.encode(), today=TODAY)
    yield lib
    lib.close()


@pytest.mark.parametrize(("question", "expected"), [
    # «ایران پلاس» typed without the half-space: «ایران» is part of the exhibition's name
    # («ایران‌پلاس» is one word in the text), not a place the sentence must name (it found nothing)
    ("تو نمایشگاه ایران پلاس چند تا شرکت خارجی هست؟", "500 شرکت خارجی"),
    # the same typed as the text has it, as before
    ("تو نمایشگاه ایران‌پلاس چند تا شرکت خارجی هست؟", "500 شرکت خارجی"),
])
def test_a_place_word_inside_a_name_typed_apart(lib: Library, question: str, expected: str) -> None:
    answer = lib.ask(question, today=TODAY)
    assert expected in answer.text, answer.text
