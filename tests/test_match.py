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


# Query words for match.Coverage against match.coverage: topic words of the generated
# questions, their misspellings, words asked apart that are written as one and back.
COVERAGE_QUERIES = [
    ("بیمارستانهای", "استان"),  # a plural and a word that starts many others (استاندار, استانی)
    ("بیمرستان", "استان"),  # a letter dropped
    ("مدیریت", "مصرف", "اب"),  # a two-letter word
    ("فرونشست", "زمین"),
    ("هلال", "احمر"),  # asked apart, often written as one
    ("غیرایرانی", "دانشجوها"),  # asked as one, written apart; two plurals of one word
    ("سرمایه", "گذاری"),  # asked apart, written «سرمایهگذاری»
    ("فرصتها", "جامعی", "برگزار"),  # inflections
    ("نمایشگاه", "کارگاه", "استاندار"),  # words built on shorter ones
    ("مسکن", "ملی", "بافت", "فرسوده"),
    (),  # no words: nothing to cover
]


def _coverage_candidates() -> list[list[str]]:
    """Every sentence (and every pair of sentences) of 40 generated articles, as search forms."""
    from bench.generate import generate_articles
    from knowledge import text

    out = [[], ["استان"], ["جمعیت", "هلالاحمر", "استان"], ["دانشجویان", "غیر", "ایرانی"], ["سرمایهگذاری", "خارجی"]]
    for article in generate_articles(40):
        sentences = [text.search_form(s).split() for s in article.text.replace("؟", ".").split(".")]
        out += [s for s in sentences if s]
        out += [a + b for a, b in zip(sentences, sentences[1:])]
    return out


@pytest.mark.parametrize("query", COVERAGE_QUERIES)
def test_coverage_of_many_candidates_is_coverage(query: tuple[str, ...]) -> None:
    # one Coverage scores each distinct word once for every candidate: the numbers must be
    # those of coverage, weighted or not, whatever the candidates held before
    candidates = _coverage_candidates()
    many = match.Coverage(query)
    weights = {w: 1.0 + i for i, w in enumerate(query)}
    for candidate in candidates:
        assert match.coverage(query, candidate) == many.of(candidate)
        assert match.coverage(query, candidate, weights=weights) == many.of(candidate, weights=weights)
    assert [match.coverage(query, c) for c in candidates] == match.Coverage(query).many(candidates)
    assert bool(query) == any(match.coverage(query, c) > 0 for c in candidates)  # the sample is no empty test


# Coverage.many scores the adjacent words of every candidate short of a query word in one pass:
# (query, candidates), each candidate's expected coverage being match.coverage's
MANY_PAIRS = [
    # «غیرایرانی» asked, «غیر ایرانی» written in one candidate, whole in another, absent in a third
    (("غیرایرانی", "دانشجویان"), [["دانشجویان", "غیر", "ایرانی"], ["غیرایرانی"], ["دانشجویان", "خارجی"]]),
    # every word held in the first (no pair asked for it), none in the last
    (("هلالاحمر", "استان"), [["هلالاحمر", "استان"], ["هلال", "احمر", "استان"], ["استان"], []]),
    # a single-word candidate has no pair to ask
    (("سرمایهگذاری",), [["سرمایه"], ["سرمایه", "گذاری"], ["سرمایهگذاری", "خارجی"]]),
]


@pytest.mark.parametrize("query, candidates", MANY_PAIRS)
def test_many_asks_the_pairs_of_all_candidates_at_once(query: tuple[str, ...], candidates: list[list[str]]) -> None:
    expected = [match.coverage(query, c) for c in candidates]
    assert expected == match.Coverage(query).many(candidates)
    scorer = match.Coverage(query)  # after some candidates scored one by one: the same numbers
    assert expected[:1] == [scorer.of(candidates[0])]
    assert expected == scorer.many(candidates)
