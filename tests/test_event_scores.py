"""The event candidates' scores (knowledge.answer.events._event_candidates) are what the full
formula gives: a name that recurs among the candidates is scored once, to the same score."""

from __future__ import annotations

import pytest

from knowledge import match, text
from knowledge.answer.engine import Context, _Engine
from knowledge.answer.question import event_words, parse_question
from knowledge.library import Library
from knowledge.store import retrieve

from .conftest import TODAY

QUESTIONS = [
    "جلسه شورای اداری کی برگزار شد؟",  # a meeting: many candidates, names and contexts
    "نمایشگاه کتاب کجا برگزار شد؟",  # an exhibition, where
    "همایش ملی کی بود؟",  # two words every event name may hold
    "محل برگزاری جلسه مشترک شیلات کجا بود؟",  # the «محل برگزاری ... کجا» frame
    "آیین رونمایی از سامانه ثبت ملی ناشنوایی نوزادان کی بود؟",  # a ceremony, named in full
    "بازدید از اسکله صیادی کجا بود؟",  # a visit
]


def _reference(engine: _Engine) -> list[tuple[int, float]]:
    """The scores as written before: both coverages and the phrase score for every candidate."""
    words = event_words(engine.q.words)
    query = " ".join(words)
    rows = retrieve.search(engine.store, "events", [text.stem(w) for w in words], limit=60)
    rows = [r for r in rows if engine._ok(r["article_id"])]
    titles = engine._event_titles(rows)
    out = []
    for r in rows:
        name_score = match.phrase_score(query, r["search"]) * match.coverage(list(words), r["search"].split()) / 100
        context = r["search"].split() + text.search_form(" ".join(
            [r["place"] or "", r["venue"] or "", *titles[r["id"]]])).split()
        out.append((r["id"], max(name_score, match.coverage(list(words), context) - 0.05)))
    return sorted(((i, s) for i, s in out if s >= 0.5), key=lambda x: x[0])


@pytest.mark.parametrize("question", QUESTIONS)
def test_event_scores_are_the_full_formulas(loaded_lib: Library, question: str) -> None:
    engine = _Engine(loaded_lib.store, parse_question(question, today=TODAY), Context())
    got = sorted(((r["id"], s) for r, s in engine._event_candidates()), key=lambda x: x[0])
    assert _reference(engine) == got
    assert got, question  # the table asks about events the test articles hold
