"""Issue 16: time windows in questions (Jalali, injected today), the JSON window, a person's
profile, a topic across people and the latest on a subject — through the library and the CLI.

Articles: tests/timeline_articles.py (short agency reports across dates); asked on 1405-09-15
(2026-12-06, a Sunday) unless a case says otherwise.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from knowledge.answer.window import find_window, report_year
from knowledge.library import Library
from tests.timeline_articles import ARTICLES, TODAY_ISO

TODAY = dt.date.fromisoformat(TODAY_ISO)

WINDOWS = [  # (today, expression, from, to, label) — both ends inclusive
    ("2026-12-06", "امروز", "2026-12-06", "2026-12-06", "۱۵ آذر ۱۴۰۵"),
    ("2026-12-06", "دیروز", "2026-12-05", "2026-12-05", "۱۴ آذر ۱۴۰۵"),
    # a week runs Saturday to Friday: Sunday's «این هفته» began yesterday
    ("2026-12-06", "این هفته", "2026-12-05", "2026-12-11", "این هفته"),
    ("2026-12-06", "هفته گذشته", "2026-11-28", "2026-12-04", "هفته گذشته"),
    ("2026-12-06", "هفته پیش", "2026-11-28", "2026-12-04", "هفته گذشته"),
    # edge: asked on Saturday, the week is one day old; last week ended yesterday
    ("2026-12-05", "این هفته", "2026-12-05", "2026-12-11", "این هفته"),
    ("2026-12-05", "هفته گذشته", "2026-11-28", "2026-12-04", "هفته گذشته"),
    # edge: asked on Friday, the week's last day
    ("2026-12-04", "این هفته", "2026-11-28", "2026-12-04", "این هفته"),
    ("2026-12-06", "ماه گذشته", "2026-10-23", "2026-11-21", "آبان ۱۴۰۵"),
    # edge: «ماه گذشته» in Farvardin is Esfand of the year before
    ("2026-04-05", "ماه گذشته", "2026-02-20", "2026-03-20", "اسفند ۱۴۰۴"),
    ("2026-12-06", "این ماه", "2026-11-22", "2026-12-21", "آذر ۱۴۰۵"),
    ("2026-12-06", "امسال", "2026-03-21", "2027-03-20", "سال ۱۴۰۵"),
    ("2026-12-06", "پارسال", "2025-03-21", "2026-03-20", "سال ۱۴۰۴"),
    # edge: Nowruz turns the year, not 1 January: on 1 Farvardin 1405 ...
    ("2026-03-21", "امسال", "2026-03-21", "2027-03-20", "سال ۱۴۰۵"),
    ("2026-03-21", "پارسال", "2025-03-21", "2026-03-20", "سال ۱۴۰۴"),
    # ... and the day before it (29 Esfand 1404) is still 1404
    ("2026-03-20", "امسال", "2025-03-21", "2026-03-20", "سال ۱۴۰۴"),
    ("2026-03-20", "پارسال", "2024-03-20", "2025-03-20", "سال ۱۴۰۳"),
    # edge: «پارسال» in Farvardin is the year that ended days ago
    ("2026-04-05", "پارسال", "2025-03-21", "2026-03-20", "سال ۱۴۰۴"),
    ("2026-12-06", "اخیراً", "2026-11-07", "2026-12-06", "روزهای اخیر"),  # the last 30 days
    ("2026-12-06", "دو ماه پیش", "2026-09-23", "2026-10-22", "دو ماه پیش"),  # Mehr
    ("2026-04-05", "دو ماه پیش", "2026-01-21", "2026-02-19", "دو ماه پیش"),  # Bahman, the year before
    ("2026-12-06", "سه روز پیش", "2026-12-03", "2026-12-03", "سه روز پیش"),
    ("2026-12-06", "دو هفته پیش", "2026-11-21", "2026-11-27", "دو هفته پیش"),  # that Saturday-to-Friday week
    ("2026-12-06", "دو هفته گذشته", "2026-11-23", "2026-12-06", "دو هفته اخیر"),  # the last 14 days
    ("2026-12-06", "دو سال پیش", "2024-03-20", "2025-03-20", "سال ۱۴۰۳"),
    ("2026-12-06", "در آبان", "2026-10-23", "2026-11-21", "آبان ۱۴۰۵"),
    ("2026-10-02", "در آبان", "2025-10-23", "2025-11-21", "آبان ۱۴۰۴"),  # Aban not begun yet: last year's
    ("2026-12-06", "آبان ۱۴۰۴", "2025-10-23", "2025-11-21", "آبان ۱۴۰۴"),
    ("2026-12-06", "در پاییز", "2026-09-23", "2026-12-21", "پاییز ۱۴۰۵"),
    ("2026-12-06", "پاییز ۱۴۰۴", "2025-09-23", "2025-12-21", "پاییز ۱۴۰۴"),
    ("2026-12-06", "زمستان پارسال", "2025-12-22", "2026-03-20", "زمستان ۱۴۰۴"),  # winter runs into 2026
    ("2026-12-06", "در تابستان", "2026-06-22", "2026-09-22", "تابستان ۱۴۰۵"),
    ("2026-12-06", "در ۱۴۰۳", "2024-03-20", "2025-03-20", "سال ۱۴۰۳"),  # a leap year: Nowruz on 20 March
    ("2026-12-06", "سال ۲۰۲۵", "2025-01-01", "2025-12-31", "سال ۲۰۲۵"),
    ("2026-12-06", "از مهر تا آذر", "2026-09-23", "2026-12-21", "مهر تا آذر ۱۴۰۵"),
    # a range across Nowruz: Bahman 1404 to Farvardin 1405
    ("2026-12-06", "از بهمن تا فروردین", "2026-01-21", "2026-04-20", "بهمن ۱۴۰۴ تا فروردین ۱۴۰۵"),
    ("2026-12-06", "از مهر ۱۴۰۳ تا آذر ۱۴۰۴", "2024-09-22", "2025-12-21", "مهر ۱۴۰۳ تا آذر ۱۴۰۴"),
    # -- issue 17 (mutation review of window.py) --
    # edge: the same month at both ends is that one month, not thirteen
    ("2026-12-06", "از آبان تا آبان", "2026-10-23", "2026-11-21", "آبان تا آبان ۱۴۰۵"),
    # edge: asked on 1 Aban itself, «در آبان» is the Aban that began today, not last year's
    ("2026-10-23", "در آبان", "2026-10-23", "2026-11-21", "آبان ۱۴۰۵"),
    # edge: five days into autumn, «در پاییز» is this autumn (begun, not yet ended)
    ("2026-09-27", "در پاییز", "2026-09-23", "2026-12-21", "پاییز ۱۴۰۵"),
    # «پاییز گذشته» asked in autumn is last year's autumn; «تابستان گذشته» the one just ended
    ("2026-12-06", "پاییز گذشته", "2025-09-23", "2025-12-21", "پاییز ۱۴۰۴"),
    ("2026-12-06", "تابستان گذشته", "2026-06-22", "2026-09-22", "تابستان ۱۴۰۵"),
    # edge: nine days after summer ended (9 Mehr), «تابستان گذشته» is still this year's
    ("2026-10-01", "تابستان گذشته", "2026-06-22", "2026-09-22", "تابستان ۱۴۰۵"),
    # edge: on autumn's last day (30 Azar) autumn has not ended: «پاییز گذشته» is 1404's
    ("2026-12-21", "پاییز گذشته", "2025-09-23", "2025-12-21", "پاییز ۱۴۰۴"),
    # edge: in Farvardin, «زمستان گذشته» is the winter that ended at Nowruz, days ago
    ("2026-04-05", "زمستان گذشته", "2025-12-22", "2026-03-20", "زمستان ۱۴۰۴"),
    # edge: on 29 Esfand 1404 winter is still on, so it is 1403's, whose leap Esfand has 30 days
    ("2026-03-20", "زمستان گذشته", "2024-12-21", "2025-03-20", "زمستان ۱۴۰۳"),
    # edge: thirteen months before Farvardin 1405 is Esfand 1403 (30 days, a leap year)
    ("2026-04-05", "۱۳ ماه پیش", "2025-02-19", "2025-03-20", "۱۳ ماه پیش"),
    ("2026-12-06", "۳ روز پیش", "2026-12-03", "2026-12-03", "۳ روز پیش"),  # a count in digits
    ("2026-12-06", "سه روز قبل", "2026-12-03", "2026-12-03", "سه روز پیش"),  # «قبل» is «پیش»
    ("2026-12-06", "سه روز اخیر", "2026-12-04", "2026-12-06", "سه روز اخیر"),  # today and the two before
    ("2026-12-06", "دو ماه اخیر", "2026-10-08", "2026-12-06", "دو ماه اخیر"),  # 60 days, today included
    ("2026-12-06", "یک سال اخیر", "2025-12-07", "2026-12-06", "یک سال اخیر"),  # 365 days, today included
    # a bare Gregorian year before a question word is that calendar year
    ("2026-12-06", "در ۲۰۲۵", "2025-01-01", "2025-12-31", "سال ۲۰۲۵"),
]


@pytest.mark.parametrize(("today", "expression", "start", "end", "label"), WINDOWS)
def test_window(today: str, expression: str, start: str, end: str, label: str) -> None:
    window, _ = find_window(f"طالبی {expression} چه گفت؟", today=dt.date.fromisoformat(today))
    assert window is not None
    assert (start, end, label) == (window.start.isoformat(), window.end.isoformat(), window.label)


@pytest.mark.parametrize("question", [
    "طالبی چه گفت؟",  # no time at all
    "آذر منصوری درباره آب چه گفت؟",  # «آذر» is a first name here
    "آخرین خبرهای کرمان",  # «آخرین» orders, it sets no window
    "بهار نارنج شیراز",  # «بهار» alone is no season
])
def test_no_window(question: str) -> None:
    assert (None, frozenset()) == find_window(question, today=TODAY)


@pytest.mark.parametrize(("expression", "words"), [
    # the words that named the window (search form: «آ» is «ا», digits are ASCII), which the
    # question drops from its subject; «در/از/تا/طی/الی» are not among them
    ("در آبان", {"ابان"}),
    ("از مهر تا آذر", {"مهر", "اذر"}),  # the whole range, both months
    ("از مهر الی آذر", {"مهر", "اذر"}),
    ("طی ۱۴۰۳", {"1403"}),
    ("دو ماه پیش", {"دو", "ماه", "پیش"}),  # the count and the unit, not the count alone
])
def test_window_words(expression: str, words: set[str]) -> None:
    assert frozenset(words) == find_window(f"طالبی {expression} چه گفت؟", today=TODAY)[1]


@pytest.mark.parametrize(("question", "expected"), [
    # «امسال» may be the report's year as well as ours: no «nothing in that window» note
    ("طالبی امسال چه گفت؟", True),
    ("طالبی در سال جاری چه گفت؟", True),
    ("طالبی پارسال چه گفت؟", False),  # a past year is only that year
    ("طالبی آبان امسال چه گفت؟", False),  # a month of this year is that month
])
def test_report_year(question: str, expected: bool) -> None:
    assert expected == report_year(question, find_window(question, today=TODAY)[0])


@pytest.fixture(scope="module")
def lib() -> Iterator[Library]:
    library = Library.memory()
    for raw in ARTICLES.values():
        library.add(raw, today=TODAY)
    yield library
    library.close()


def ask(lib: Library, question: str, today: dt.date = TODAY):  # type: ignore[no-untyped-def]
    return lib.ask(question, today=today)


# -- windows applied -------------------------------------------------------------------


def test_last_week_keeps_only_last_weeks_statement(lib: Library) -> None:
    answer = ask(lib, "طالبی هفته گذشته درباره کم‌آبی چه گفت؟")
    assert ("2026-11-28", "2026-12-04") == answer.window
    assert {"2026-11-30"} == {r.date for r in answer.results}  # the governor's report, not the deputy's
    assert "استاندار یزد" in answer.text and "کشاورزی" not in answer.text
    assert not answer.outside


def test_last_year_keeps_only_last_years_statement(lib: Library) -> None:
    answer = ask(lib, "طالبی پارسال درباره کم‌آبی چه گفت؟")
    assert {"2025-10-05"} == {r.date for r in answer.results}
    assert "معاون وزیر نیرو" in answer.text and "یزد" not in answer.text


def test_empty_window_says_so_and_gives_the_latest(lib: Library) -> None:
    answer = ask(lib, "طالبی دیروز درباره کم‌آبی چه گفت؟")
    assert answer.outside and answer.found
    first_line = answer.text.splitlines()[0]
    assert first_line.startswith("در ۱۴ آذر ۱۴۰۵ سخنی از محمدعلی طالبی در این باره نیست؛ آخرین بار، ")
    assert "2026-11-30" in first_line  # the newest statement outside the window, not the oldest
    assert "2026-11-30" == answer.results[0].date


def test_a_month_range_across_nowruz(lib: Library) -> None:
    answer = ask(lib, "از بهمن تا فروردین چه کسانی درباره گردشگری صحبت کردند؟")
    assert "topic_people" == answer.kind
    assert ["حسن کریمی"] == [r.speaker for r in answer.results]  # 29 Esfand 1404; Maryam Karimi spoke in Azar


def test_json_carries_the_window_and_each_date(lib: Library) -> None:
    data = ask(lib, "پارسال چه کسانی درباره گردشگری صحبت کردند؟").to_json()
    assert {"from": "2025-03-21", "to": "2026-03-20"} == data["window"]  # asked on 1405-09-15
    assert [("حسن کریمی", "2026-03-20", "1404-12-29")] == [
        (r["speaker"], r["date"], r["date_jalali"]) for r in data["results"]]
    assert "window" not in ask(lib, "محمدعلی طالبی").to_json()  # no window asked, none claimed


def test_cli_ask_json_window(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot import cli as cli_module

    monkeypatch.setattr(cli_module, "_today", lambda: TODAY)
    db = str(tmp_path / "t.db")
    for name, raw in ARTICLES.items():
        (tmp_path / f"{name}.txt").write_text(raw, encoding="utf-8")
        assert 0 == CliRunner().invoke(cli_module.cli, ["add", "--db", db, str(tmp_path / f"{name}.txt")]).exit_code
    result = CliRunner().invoke(cli_module.cli, ["ask", "--json", "--db", db, "طالبی هفته گذشته درباره کم‌آبی چه گفت؟"])
    data = json.loads(result.output)
    assert {"from": "2026-11-28", "to": "2026-12-04"} == data["window"]
    assert {"2026-11-30"} == {r["date"] for r in data["results"]}


# -- a person's profile ------------------------------------------------------------------


@pytest.mark.parametrize("question", ["طالبی کیست؟", "محمدعلی طالبی کیه؟", "محمدعلی طالبی"])
def test_profile(lib: Library, question: str) -> None:
    text = ask(lib, question).text
    lines = text.splitlines()
    assert "👤 محمدعلی طالبی — استاندار یزد" == lines[0]  # full name, latest role
    assert ["• استاندار یزد (۹ آذر ۱۴۰۵)", "• معاون وزیر نیرو (۱۳ مهر ۱۴۰۴)"] == lines[1:3]  # newest first
    assert "در ۲ خبر، نخستین بار ۱۳ مهر ۱۴۰۴ و آخرین بار ۹ آذر ۱۴۰۵" == lines[3]
    assert "تازه‌ترین سخنان:" == lines[4]
    assert lines[5].startswith("• ۹ آذر ۱۴۰۵، گفت: «کم‌آبی")  # the newest statement first, with its date
    assert 3 == sum(1 for ln in lines[5:] if ln.startswith("• "))


def test_profile_lists_namesakes_apart(lib: Library) -> None:
    text = ask(lib, "کریمی کیست؟").text
    assert text.startswith("۲ نفر با این نام در خبرها آمده‌اند؛ هر یک جدا:")
    blocks = text.split("\n\n")[1:]
    assert ["👤 مریم کریمی — مدیرکل میراث فرهنگی کرمان", "👤 حسن کریمی — فرماندار رفسنجان"] == [
        b.splitlines()[0] for b in blocks]
    assert "رفسنجان" not in blocks[0] and "میراث" not in blocks[1]  # never merged


def test_role_question_keeps_its_short_answer(lib: Library) -> None:
    answer = ask(lib, "طالبی چه کاره است؟")  # the role only, not the profile
    assert "person_role" == answer.kind and not answer.text.startswith("👤")


def test_who_names_nobody(lib: Library) -> None:
    assert lib.who("زرافه قطبی", today=TODAY) is None
    found = lib.who("طالبی", today=TODAY)
    assert found is not None and found.text.startswith("👤 محمدعلی طالبی")


# -- a topic across people, the latest on a subject --------------------------------------


@pytest.mark.parametrize("question", [
    "نظر مسئولان درباره گردشگری چیست؟",
    "چه مسئولانی در مورد گردشگری صحبت کردند؟",
    "کیا درباره گردشگری حرف زدند؟",  # colloquial
])
def test_who_spoke_about_a_topic_each_once_newest_first(lib: Library, question: str) -> None:
    answer = ask(lib, question)
    assert "topic_people" == answer.kind
    assert [("مریم کریمی", "2026-12-06"), ("حسن کریمی", "2026-03-20")] == [
        (r.speaker, r.date) for r in answer.results]
    assert answer.text.startswith("• مریم کریمی (مدیرکل میراث فرهنگی کرمان) — ۱۵ آذر ۱۴۰۵: «گردشگری")


def test_who_spoke_lists_a_person_once(lib: Library) -> None:
    answer = ask(lib, "چه کسانی درباره کم‌آبی صحبت کردند؟")
    assert ["محمدعلی طالبی", "صادق نوری"] == [r.speaker for r in answer.results]  # Talebi spoke three times
    assert ["2026-11-30", "2026-11-02"] == [r.date for r in answer.results]


def test_latest_reports_of_a_place(lib: Library) -> None:
    answer = ask(lib, "آخرین خبرهای کرمان")
    assert "latest" == answer.kind
    dates = [r.date for r in answer.results]
    # Kerman province (Rafsanjan is in it), newest first; Yazd and Tehran reports are not
    assert ["2026-12-06", "2026-11-02", "2026-03-21", "2026-03-20"] == dates
    # the citation names the outlet and the report's date (issue 13), so the date is said once
    assert answer.text.splitlines()[0].startswith("• 📰 خبرگزاری ایسنا، ۱۵ آذر ۱۴۰۵ — «مدیرکل میراث فرهنگی کرمان")


def test_latest_statements_of_a_person(lib: Library) -> None:
    answer = ask(lib, "تازه‌ترین اظهارات طالبی")
    dates = [r.date for r in answer.results]
    assert dates == sorted(dates, reverse=True) and "2026-11-30" == dates[0]
    assert {"محمدعلی طالبی"} == {r.speaker for r in answer.results}


@pytest.mark.parametrize(("question", "expected"), [
    ("طالبی در ۱۴۰۳ چه گفت؟", ("2024-03-20", "2025-03-20")),  # a year before a question word
    ("چند مدرسه در ۱۴۰۰ روستا ساخته شد؟", None),  # a count of villages, not the year 1400
])
def test_bare_year(question: str, expected: tuple[str, str] | None) -> None:
    window, _ = find_window(question, today=TODAY)
    assert expected == (None if window is None else (window.start.isoformat(), window.end.isoformat()))


def test_many_namesakes_show_three(lib: Library) -> None:
    from knowledge.answer import profile

    # four people named «... کریمی» would show three blocks under a count of four
    text = profile.render([profile.build(lib.store, pid) for pid in (1, 2, 3)], 4)
    assert text.startswith("۴ نفر با این نام در خبرها آمده‌اند؛ هر یک جدا (۳ نفر نخست):")
    assert 3 == text.count("👤 ")


def test_who_said_outside_the_window_keeps_the_best_match(lib: Library) -> None:
    answer = ask(lib, "چه کسی دیروز گفت کم‌آبی تهدید جدی است؟")
    assert answer.outside
    # not «سخنی از X» (nobody was named), and the closest statement, not the newest
    assert answer.text.startswith("در ۱۴ آذر ۱۴۰۵ چیزی در این باره نیست؛ نزدیک‌ترین، ")
    assert "کشاورزی" in answer.text.splitlines()[1]
