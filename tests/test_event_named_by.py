"""«کی/کجا» about an event its report names with an ordinal («نهمین جشنواره ...») or asked in a
frame («محل برگزاری ... کجا بود؟»): the event answers, and the sentences of the store are not
searched for the words no event name holds (issue 15: the sentence search is most of such a
question's time at 100k articles)."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer import evidence
from tests.conftest import ask_over

TODAY = dt.date(2026, 12, 6)


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry a search of the sentences (evidence.sentences_in_wordings) while a test runs."""
    made: list[int] = []
    real = evidence.sentences_in_wordings

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        made.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(evidence, "sentences_in_wordings", counted)
    return made

# the 100k bench store's report 47576 (shortened): the festival named without its ordinal as an
# event, the ordinal in the report's sentences
ZANJAN = (" date 2023-10-23\n"
          "رییس اداره ورزش و جوانان شهرستان زنجان در نهمین جشنواره فوتبال پایه:\n"
          "به گزارش خبرگزاری صداوسیمای مرکز زنجان، روز دوشنبه ۱ آبان ۱۴۰۲ نهمین جشنواره فوتبال پایه "
          "در محل نمایشگاه‌های بین‌المللی زنجان برگزار شد.")
# a meeting in a province's town («... استان مرکزی»): the event holds only the province
MARKAZI = (" date 2025-11-29\n"
           "جلسه شورای سلامت و امنیت غذایی استان مرکزی برگزار شد\n"
           "به گزارش خبرگزاری صداوسیمای مرکز اراک، جلسه شورای سلامت و امنیت غذایی استان مرکزی "
           "روز شنبه ۸ آذر ۱۴۰۴ در سالن جلسات استانداری در اراک برگزار شد.")

CASES = [
    # (question, report, a word of the answer, whether the sentences are searched)
    ("نهمین جشنواره فوتبال پایه چه روزی بود؟", ZANJAN, "1402-08-01", False),  # the ordinal is the report's
    ("نهمین جشنواره فوتبال پایه کجا برگزار شد؟", ZANJAN, "زنجان", False),
    ("محل برگزاری نهمین جشنواره فوتبال پایه کجا بود؟", ZANJAN, "زنجان", False),  # the frame and the ordinal
    ("تاریخ برگزاری جشنواره فوتبال پایه چه بود؟", ZANJAN, "1402-08-01", False),  # the frame alone
    ("دهمین جشنواره فوتبال پایه چه روزی بود؟", ZANJAN, None, True),  # another ordinal: no report names it
    # the event is in the province the question names: a sentence may give the town
    ("محل برگزاری جلسه شورای سلامت و امنیت غذایی استان مرکزی کجا بود؟", MARKAZI, "اراک", True),
]


@pytest.mark.parametrize(("question", "report", "word", "searched"), CASES)
def test_the_event_its_report_names_answers_without_the_sentence_search(
        question: str, report: str, word: str | None, searched: bool, calls: list[int]) -> None:
    answer = ask_over(question, report, today=TODAY)
    assert searched == bool(calls), question
    if word is not None:
        assert answer.found, question
        first = answer.results[0]
        assert word in f"{first.date_jalali} {first.place}", (question, first.date_jalali, first.place)


SPELT_CASES = [
    # (question, a word of the answer): one letter mistyped in a word of the event's name
    ("نهمین جشنواره فوتبال پایح چه روزی بود؟", "1402-08-01"),  # «پایه»
    ("محل برگزاری نهمین جشنواره فوتبال پایح کجا بود؟", "زنجان"),  # and the frame
]


@pytest.mark.parametrize(("question", "word"), SPELT_CASES)
def test_a_mistyped_word_of_the_event_finds_the_event(question: str, word: str, calls: list[int]) -> None:
    answer = ask_over(question, ZANJAN, today=TODAY)
    assert answer.found, question
    first = answer.results[0]
    assert word in f"{first.date_jalali} {first.place}", (question, first.date_jalali, first.place)
    assert [] == calls, question


def test_respelt_words_replaces_only_a_word_no_sentence_holds() -> None:
    from knowledge.answer.events import respelt_words
    from knowledge.library import Library

    lib = Library.memory()
    try:
        lib.add(ZANJAN.encode(), today=TODAY)
        store = lib.store
        cases = [
            # (words asked, words searched)
            (("جشنوارح", "فوتبال"), ("جشنواره", "فوتبال")),  # one letter off a stored word
            (("جشنواره", "فوتبال"), ("جشنواره", "فوتبال")),  # stored words stay
            (("کجا", "پایح"), ("کجا", "پایه")),  # under four letters: stays («کجا»)
            (("دشنواره",), ("دشنواره",)),  # the first letter is never the typo
            (("تلویزیون",), ("تلویزیون",)),  # no stored word one letter off: stays
        ]
        for asked, searched in cases:
            assert searched == respelt_words(store, asked), asked
    finally:
        lib.close()
