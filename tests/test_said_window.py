"""knowledge.answer.said: a question's window and place applied by SQLite while the statements
are read (IN_WINDOW, IN_PLACE), not after — the same rows, in the same order, as reading them
all and keeping those dated in the window (the date the answer shows; an undated one when its
report names a day of the window) and of the place (engine._ok); a window that left nothing,
asked again without it, pools the same rows as a question that named no window; and a report
that only names a day of the window does not crowd out what was said in it.

Articles: tests/timeline_articles.py and one report without a date line (no publication day)
that names 20 Mehr 1404, asked on 1405-09-15 (2026-12-06).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from knowledge.answer import timeline
from knowledge.answer.engine import _Engine
from knowledge.answer.question import parse_question
from knowledge.answer.types import Context
from knowledge.library import Library
from tests.timeline_articles import ARTICLES, TODAY_ISO

TODAY = dt.date.fromisoformat(TODAY_ISO)
UNDATED = """خبرگزاری ایرنا
هشدار کم‌آبی در کرمان

به گزارش خبرگزاری ایرنا، علی طالبی مدیرعامل آب منطقه‌ای کرمان گفت: کم‌آبی کرمان از ۲۰ مهر ۱۴۰۴ جدی‌تر شده است.
"""


@pytest.fixture(scope="module")
def lib() -> Iterator[Library]:
    library = Library.memory()
    for raw in ARTICLES.values():
        library.add(raw, today=TODAY)
    assert library.add(UNDATED, today=TODAY).published is None
    yield library
    library.close()


def _engine(lib: Library, question: str) -> _Engine:
    return _Engine(lib.store, timeline.refine(parse_question(question, today=TODAY)), Context())


def _everyone(lib: Library) -> list[int]:
    return [r["id"] for r in lib.store.rows("SELECT id FROM persons ORDER BY id")]


QUESTIONS = [  # (question, statements in its window and place, in its place outside the window)
    # of the 13 (headlines count)
    # last year (1404): the deputy's and the Nowruz-eve reports, and the undated one naming 20
    # Mehr 1404; not the governor's of 1405, though its text names a day of 1404 too
    ("طالبی پارسال درباره کم‌آبی چه گفت؟", 6, 7),
    ("طالبی هفته گذشته درباره کم‌آبی چه گفت؟", 3, 10),  # the governor's report of 1405-09-09
    ("طالبی دیروز درباره کم‌آبی چه گفت؟", 0, 13),  # an empty window
    ("کریمی امروز چه گفت؟", 2, 11),  # no topic words: the query without the sentences
    ("کریمی از بهمن تا فروردین درباره گردشگری چه گفت؟", 3, 10),  # a range across Nowruz
    # a place too: Kerman province's reports (Rafsanjan's among them, and the undated one)
    ("کریمی پارسال در کرمان درباره گردشگری چه گفت؟", 3, 4),
    ("احمدی دیروز در کرمان چه گفت؟", 0, 7),
    ("طالبی در یزد درباره کم‌آبی چه گفت؟", 3, 0),  # a place alone
]


@pytest.mark.parametrize(("question", "inside", "outside"), QUESTIONS, ids=[q[0] for q in QUESTIONS])
def test_window_read_by_sqlite_is_the_filtered_rows(lib: Library, question: str, inside: int, outside: int) -> None:
    engine = _engine(lib, question)
    q = engine.q
    people = _everyone(lib)
    every = _engine(lib, question)._light(people)  # no window: every statement
    in_place = _Engine(lib.store, replace(q, dates=None), Context())  # the engine's own place filter
    names_a_day = _Engine(lib.store, replace(q, place=None), Context())  # … and date filter
    kept = [r for r in every if in_place._ok(r["article_id"])]

    def dated_in(row: dict[str, Any]) -> bool:  # the date the answer would show, in the window
        shown = in_place._statement_result(in_place._with_text([row])[0], 1.0).date
        return names_a_day._ok(row["article_id"]) if shown is None else dt.date.fromisoformat(shown) in q.dates

    expected_in = [r for r in kept if q.dates is None or dated_in(r)]
    expected_out = [r for r in kept if r not in expected_in]
    assert (inside, outside) == (len(expected_in), len(expected_out))  # the case tests both sides
    assert expected_in == engine._light(people, q.dates, q.place)
    if q.dates is not None:
        assert expected_out == engine._light(people, q.dates, q.place, outside=True)
    # the rows read in the window are known to be allowed: no second query asks about them
    assert all(engine._allowed[r["article_id"]] for r in expected_in)


def _pool_rows(engine: _Engine, people: list[int]) -> list[dict[str, Any]]:
    return [dict(r) for r in engine._pool(people)]


AGAIN = [  # (a question whose window is empty, the same without it, the statements pooled)
    ("طالبی دیروز درباره کم‌آبی چه گفت؟", "طالبی درباره کم‌آبی چه گفت؟", 13),
    ("کریمی دیروز در کرمان درباره گردشگری چه گفت؟", "کریمی در کرمان درباره گردشگری چه گفت؟", 7),  # the place kept
]


@pytest.mark.parametrize(("question", "without", "pooled"), AGAIN, ids=[a[0] for a in AGAIN])
def test_empty_window_asked_again_pools_every_statement(lib: Library, question: str, without: str,
                                                        pooled: int) -> None:
    # the window left nothing: the engine asks again without it (as engine.run does), and
    # the pool adds the rows outside it to those read in it
    people = _everyone(lib)
    engine = _engine(lib, question)
    assert [] == engine._pool(people)
    engine.q, engine.filtered, engine._allowed = replace(engine.q, dates=None), bool(engine.q.place), {}
    fresh = _engine(lib, without)
    assert fresh.q.dates is None and (fresh.q.words, fresh.q.place) == (engine.q.words, engine.q.place)
    expected = _pool_rows(fresh, people)
    assert pooled == len(expected) and any(r["hit"] for r in expected) and not all(r["hit"] for r in expected)
    assert expected == _pool_rows(engine, people)
    assert expected == [dict(r) for r in engine._pooled[3]]  # kept for the chosen person's rows


CROWD = """date 2026-12-01 خبرگزاری فارس
طالبی: کم‌آبی یزد جدی است

به گزارش خبرگزاری فارس، محمدعلی طالبی استاندار یزد گفت: کم‌آبی یزد از ۱۳ مهر ۱۴۰۴ جدی‌تر شده است.
وی گفت: کم‌آبی کشاورزی یزد را تهدید می‌کند.
وی افزود: کم‌آبی باید با صرفه‌جویی مهار شود.
وی تصریح کرد: کم‌آبی مساله اول استان است.
"""


@pytest.mark.parametrize("question", ["طالبی پارسال درباره کم‌آبی چه گفت؟", "طالبی در مهر ۱۴۰۴ درباره کم‌آبی چه گفت؟"])
def test_a_report_naming_a_day_of_the_window_does_not_crowd_it_out(question: str) -> None:
    # four statements on water shortage of 10 Azar 1405 that name 13 Mehr 1404: their report
    # names a day of the window, but they were said after it — what Talebi said on 13 Mehr
    # 1404 is the answer, not «nothing in the window; the last time …»
    library = Library.memory()
    for raw in [CROWD, *ARTICLES.values()]:
        library.add(raw, today=TODAY)
    answer = library.ask(question, today=TODAY)
    assert not answer.outside
    assert {"2025-10-05"} == {r.date for r in answer.results}
    assert "معاون وزیر نیرو" in answer.text and "۱۰ آذر" not in answer.text


CROWD_WHO = """date 2026-12-01 خبرگزاری فارس
هشدار درباره کم‌آبی یزد

به گزارش خبرگزاری فارس، رضا یزدانی مدیرعامل آب منطقه‌ای یزد گفت: کم‌آبی تهدید جدی است و از ۱۳ مهر ۱۴۰۴ بدتر شده است.
وی گفت: کم‌آبی تهدید جدی است.
وی تاکید کرد: کم‌آبی تهدید جدی است و باید مهار شود.
وی افزود: کم‌آبی تهدید جدی است و صرفه‌جویی لازم است.
"""


@pytest.mark.parametrize("question", ["چه کسی پارسال گفت کم‌آبی تهدید جدی است؟",
                                      "چه کسی در مهر ۱۴۰۴ گفت کم‌آبی تهدید جدی است؟"])
def test_who_said_in_a_window_is_not_crowded_out(question: str) -> None:
    # «who said X» in 1404: four statements of 10 Azar 1405 that say X word for word, in a
    # report naming 13 Mehr 1404, are not in the window — Talebi said it then, and answers
    library = Library.memory()
    for raw in [CROWD_WHO, *ARTICLES.values()]:
        library.add(raw, today=TODAY)
    answer = library.ask(question, today=TODAY)
    assert "who_said" == answer.kind and not answer.outside
    assert [("محمدعلی طالبی", "2025-10-05")] == sorted({(r.speaker, r.date) for r in answer.results})


FILLS = [  # (the columns asked of _fill) — said7: _with_columns and _with_search as one helper
    ("verb", "direct", "via"),  # what _best_of's order and the answer line need
    ("search",),  # what the scoring needs (a light row without a hit has no form)
    ("verb", "direct", "via", "search"),  # the verb test's: both at once
]


@pytest.mark.parametrize("columns", FILLS, ids=["+".join(c) for c in FILLS])
def test_fill_gives_a_light_row_the_views_columns_it_lacks_in_one_query(lib: Library,
                                                                         columns: tuple[str, ...]) -> None:
    engine = _engine(lib, "طالبی درباره کم‌آبی چه گفت؟")
    rows = engine._light(_everyone(lib))
    assert len(rows) > 2 and not any("verb" in r for r in rows)
    rows[0][columns[0]] = "kept"  # a column a row has is kept, not read again
    view = {r["id"]: r for r in lib.store.rows("SELECT * FROM statements")}
    asked: list[str] = []
    lib.store.db.conn.set_trace_callback(asked.append)
    try:
        engine._fill(rows, columns)
        engine._fill(rows, columns)  # every row has them now: nothing is read
    finally:
        lib.store.db.conn.set_trace_callback(None)
    expected = [{c: "kept" if i == 0 and c == columns[0] else view[r["id"]][c] for c in columns}
                for i, r in enumerate(rows)]
    assert expected == [{c: r[c] for c in columns} for r in rows]
    assert 1 == len([s for s in asked if s.startswith("SELECT")])
