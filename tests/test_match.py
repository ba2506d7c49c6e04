"""knowledge.match: when two written words count as one word in a question and a text."""

from __future__ import annotations

import pytest

from knowledge import match

SAME = [
    ("جامعی", "جامع"),  # an inflection: ezafe/indefinite «ی»
    ("فرصتها", "فرصت"),  # a plural
    ("برگزاری", "برگزار"),  # a verbal noun in «ی»
    ("دانشجوها", "دانشجویان"),  # two plurals of one word
]
OTHER = [
    ("استاندار", "استان"),  # «-دار» builds another word: a governor is not a province
    ("نمایشگاه", "نمایش"),  # «-گاه»: an exhibition is not a show
    ("کارگاه", "کار"),  # too short a stem, and «-گاه»
]


@pytest.mark.parametrize("a, b", SAME)
def test_one_word(a: str, b: str) -> None:
    assert match.word_score(a, b) >= match.WORD_CUTOFF
    assert match.coverage([a], [b]) >= 0.95


@pytest.mark.parametrize("a, b", OTHER)
def test_two_words(a: str, b: str) -> None:
    assert match.word_score(a, b) < match.WORD_CUTOFF
    assert 0.0 == match.coverage([a], [b])


def test_glued_word_matches_two_written_apart() -> None:
    # «غیرایرانی» asked, «غیر ایرانی» written
    assert 1.0 == match.coverage(["غیرایرانی"], ["دانشجویان", "غیر", "ایرانی"])
    assert match.coverage(["غیرایرانی"], ["ایرانی", "دانشجویان", "غیر"]) < 0.9  # not adjacent: a near miss only
