"""bench/generate.py: determinism, variety, faithful statements, fair questions, calendar."""

from __future__ import annotations

import collections
import csv
import datetime as dt
import re

import jdatetime
import pytest

from bench import generate as g
from bench.generate import ZWNJ, Question, fold

N = 2000
MONTHS = {fold(m): i + 1 for i, m in enumerate(g.MONTHS)}
_MONTH_RX = "|".join(map(re.escape, MONTHS))
_DM = re.compile(rf"(?<!\d)(\d{{1,2}})[\s{ZWNJ}]+({_MONTH_RX})(?:[\s{ZWNJ}]*ماه)?(?!\w)(?:\s+(\d{{4}}))?")
_NUMERIC = re.compile(r"(?<!\d)(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)")
_DATELINE = re.compile(r"\s*date (\d{4}-\d\d-\d\d) ")


def squash(text: str) -> str:
    return " ".join(text.split())


def plain(text: str) -> str:
    """Folded and without half-spaces or spaces: all three half-space spellings compare equal."""
    return re.sub(rf"[\s{ZWNJ}]+", "", fold(text))


def fa(s: str) -> str:
    return s.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


def jalali_of(day: dt.date) -> str:
    """The expected answer format, computed with jdatetime rather than the generator."""
    j = jdatetime.date.fromgregorian(date=day)
    return fa(f"{j.day} {g.MONTHS[j.month - 1]} {j.year}")


def derive_event_date(text: str) -> dt.date:
    """What a reader can work out from the copy alone: the first Jalali date, its year taken
    from the dateline when the lead leaves it out, or «امروز»/«دیروز» against the dateline."""
    m = _DATELINE.match(text)
    published = dt.date.fromisoformat(m.group(1)) if m else None
    body = fold(text)
    found = [(x.start(), "dm", x) for x in [_DM.search(body)] if x]
    found += [(x.start(), "num", x) for x in [_NUMERIC.search(body)] if x]
    if found:
        _, how, x = min(found, key=lambda f: f[0])
        if how == "num":
            return jdatetime.date(int(x[1]), int(x[2]), int(x[3])).togregorian()
        day, month = int(x[1]), MONTHS[x[2]]
        if x[3]:
            return jdatetime.date(int(x[3]), month, day).togregorian()
        assert published is not None, "a date without a year needs a dateline"
        year = jdatetime.date.fromgregorian(date=published).year
        candidates = [jdatetime.date(y, month, day).togregorian() for y in (year, year - 1)]
        return max(c for c in candidates if c <= published)
    assert published is not None, "a relative date needs a dateline"
    if "دیروز" in body:
        return published - dt.timedelta(days=1)
    assert "امروز" in body
    return published


@pytest.fixture(scope="module")
def corpus() -> list[g.GeneratedArticle]:
    return list(g.generate_articles(N))


@pytest.fixture(scope="module")
def questions(corpus) -> list[Question]:
    return g.generate_questions(corpus)


@pytest.fixture(scope="module")
def by_key(corpus) -> dict[str, g.GeneratedArticle]:
    return {a.key: a for a in corpus}


# ---------------------------------------------------------------- determinism


def test_same_seed_same_articles():
    first = [a.text for a in g.generate_articles(30, seed=5)]
    assert first == [a.text for a in g.generate_articles(30, seed=5)]


def test_article_i_does_not_depend_on_n():
    small = list(g.generate_articles(10))
    large = list(g.generate_articles(50))
    assert small == large[:10]
    assert large[37] == g.generate_article(37)


def test_other_seed_other_corpus():
    a = [x.text for x in g.generate_articles(20, seed=1)]
    b = [x.text for x in g.generate_articles(20, seed=2)]
    assert 0 == len(set(a) & set(b))


def test_no_global_random_state_used():
    import random

    random.seed(123)
    before = random.random()
    random.seed(123)
    list(g.generate_articles(5))
    g.generate_questions(list(g.generate_articles(40)), count=10)
    assert before == random.random()


def test_empty_inputs():
    assert [] == list(g.generate_articles(0))
    assert [] == g.generate_questions([])
    assert [] == g.generate_questions(list(g.generate_articles(5)), count=0)


def test_tiny_corpus_gives_fewer_but_valid_questions():
    tiny = list(g.generate_articles(10))
    qs = g.generate_questions(tiny, count=50)
    assert 0 < len(qs) <= 50
    assert {q.article_key for q in qs} <= {a.key for a in tiny}


def test_same_seed_same_questions(corpus):
    small = corpus[:300]
    assert g.generate_questions(small, count=60) == g.generate_questions(small, count=60)
    assert g.generate_questions(small, count=60) != g.generate_questions(small, count=60, seed=8)


# ---------------------------------------------------------------- variety and shape


def test_speaker_names_and_texts_vary(corpus):
    names = {s.name for a in corpus for s in a.speakers}
    texts = {a.text for a in corpus}
    assert len(names) >= 1000
    assert len(texts) >= 0.95 * N


def test_statements_mostly_distinct(corpus):
    statements = [plain(s) for a in corpus for sp in a.speakers for s in sp.statements]
    assert len(set(statements)) >= 0.98 * len(statements)


def test_events_places_and_topics_vary(corpus):
    assert len({a.event for a in corpus}) >= 0.6 * N
    assert len({a.place for a in corpus}) >= 150
    assert len({a.published.year for a in corpus}) == 6  # 1400..1404 spans 2021..2026


def test_vocabulary_is_large():
    sizes = g.vocabulary_sizes()
    for name, minimum in [("first_names", 300), ("surnames", 300), ("provinces", 31),
                          ("cities", 120), ("topics", 100), ("role_patterns", 40),
                          ("event_types", 40), ("verbs_of_saying", 20)]:
        assert sizes[name] >= minimum, name


def test_article_shape(corpus):
    for a in corpus:
        assert 1 <= len(a.speakers) <= 3, a.key
        assert len(a.attendees) <= 1
        for sp in a.speakers:
            assert 2 <= len(sp.statements) <= 5, (a.key, sp.name)
        surnames = [p.name.split(" ", 1)[1] for p in a.speakers + a.attendees]
        assert len(set(surnames)) == len(surnames), a.key  # a surname names one person


@pytest.mark.parametrize("feature, test, low, high", [
    ("dateline", lambda a: bool(_DATELINE.match(a.text)), 0.40, 0.60),
    ("arabic letters", lambda a: "ي" in a.text or "ك" in a.text, 0.06, 0.14),
    ("no half-spaces", lambda a: ZWNJ not in a.text and "‌" not in a.text, 0.30, 0.48),
    ("attendee", lambda a: bool(a.attendees), 0.30, 0.50),
    ("three speakers", lambda a: len(a.speakers) == 3, 0.10, 0.25),
    ("latin digits", lambda a: bool(re.search(r"[0-9]", _DATELINE.sub("", a.text))), 0.12, 0.30),
    ("«به گزارش خبرگزاری ... از ...»", lambda a: bool(re.search("به گزارش خبرگزاری .+? از ", a.text)), 0.38, 0.60),
    ("hard-wrapped", lambda a: max(map(len, a.text.split("\n"))) < 200 and len(a.text) > 900, 0.05, 0.20),
])
def test_noise_shares(corpus, feature, test, low, high):
    share = sum(map(test, corpus)) / len(corpus)
    assert low <= share <= high, f"{feature}: {share:.2f}"


def test_missing_half_spaces_look_like_the_seeds(corpus):
    joined = " ".join(a.text for a in corpus)
    for glued in ("فرصتها", "میشود", "برنامهریزی"):
        assert glued in joined


# ---------------------------------------------------------------- faithful records


def test_statements_appear_verbatim(corpus):
    for a in corpus:
        text = squash(a.text)
        for sp in a.speakers:
            for s in sp.statements:
                assert s in text, (a.key, s)


def test_names_roles_event_place_appear(corpus):
    for a in corpus:
        text = plain(a.text)
        for p in a.speakers + a.attendees:
            assert plain(p.name) in text, (a.key, p.name)
            assert plain(p.role) in text, (a.key, p.role)
        assert plain(a.event) in text, a.key
        assert plain(a.place) in text, a.key


def test_officials_keep_their_holders_across_articles(corpus):
    holders = collections.defaultdict(set)
    for a in corpus:
        for p in a.speakers + a.attendees:
            holders[p.role].add(p.name)
    governors = {r: n for r, n in holders.items() if r.startswith("استاندار ")}
    assert len(governors) >= 25
    # at most two governors per province over five years (one change of holder)
    assert all(len(n) <= 2 for n in governors.values())


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize("gregorian, jalali", [
    (dt.date(2025, 11, 8), (1404, 8, 17)),  # seed 000: «روز شنبه ۱۷ آبان»
    (dt.date(2022, 3, 13), (1400, 12, 22)),  # seed 001: «یکشنبه ... 22 اسفند ماه 1400»
    (dt.date(2021, 3, 21), (1400, 1, 1)),
    (dt.date(2025, 3, 20), (1403, 12, 30)),  # 1403 is a leap year
    (dt.date(2026, 3, 20), (1404, 12, 29)),
    (dt.date(2024, 9, 22), (1403, 7, 1)),
])
def test_known_dates(gregorian, jalali):
    assert jalali == g.to_jalali(gregorian)
    assert gregorian == g.from_jalali(*jalali)


def test_conversion_matches_jdatetime_every_day():
    day, end = dt.date(2011, 3, 21), dt.date(2036, 3, 21)  # 1390..1415
    while day < end:
        j = jdatetime.date.fromgregorian(date=day)
        assert (j.year, j.month, j.day) == g.to_jalali(day), day
        assert day == g.from_jalali(j.year, j.month, j.day)
        day += dt.timedelta(days=1)


@pytest.mark.parametrize("bad", [(1403, 12, 31), (1404, 12, 30), (1404, 7, 31), (1404, 13, 1)])
def test_impossible_jalali_dates_rejected(bad):
    with pytest.raises(ValueError):
        g.from_jalali(*bad)


def test_jalali_text():
    assert "۱۷ آبان ۱۴۰۴" == g.jalali_text(dt.date(2025, 11, 8))


def test_publication_dates_span_1400_to_1404(corpus):
    years = collections.Counter(jdatetime.date.fromgregorian(date=a.published).year for a in corpus)
    assert {1400, 1401, 1402, 1403, 1404} == set(years)
    assert min(years.values()) > N / 10


def test_event_dates_derivable_from_text(corpus):
    for a in corpus:
        day = derive_event_date(a.text)
        assert a.jalali == jalali_of(day), a.key
        assert 0 <= (a.published - day).days <= 3, a.key


def test_weekdays_in_leads_are_right(corpus):
    weekdays = sorted((plain(w) for w in g.WEEKDAYS), key=len, reverse=True)
    checked = 0
    for a in corpus:
        body = fold(a.text)
        m = _DM.search(body)
        if not m:
            continue
        before = plain(body[max(0, m.start() - 25):m.start()]).removesuffix("مورخه")
        named = next((w for w in weekdays if before.endswith(w)), None)  # «سه شنبه» before «شنبه»
        if named is None:
            continue
        day = derive_event_date(a.text)
        assert plain(g.WEEKDAYS[day.weekday()]) == named, a.key
        checked += 1
    assert checked > N / 4


# ---------------------------------------------------------------- questions


def test_question_count_and_mix(questions):
    kinds = collections.Counter(q.kind for q in questions)
    assert len(questions) >= 500
    assert {"who_said", "what_said", "when", "where", "role_of", "person_role"} == set(kinds)
    assert min(kinds.values()) >= 50
    assert len({q.text for q in questions}) == len(questions)


def test_question_noise_share(questions):
    typos = sum("+typo" in q.variant for q in questions) / len(questions)
    colloquial = sum(q.variant.startswith("colloquial") for q in questions) / len(questions)
    assert 0.08 <= typos <= 0.25
    assert 0.15 <= colloquial <= 0.45
    assert any(re.search(r"(چی|کی|رو|کیه|چیه)\b", q.text) for q in questions if q.kind == "who_said")


def test_expected_answers_appear_in_their_article(questions, by_key):
    for q in questions:
        a = by_key[q.article_key]
        if q.kind == "when":
            assert q.expect == jalali_of(derive_event_date(a.text)), q
        else:
            assert g.answer_matches(q, a.text), q


def test_who_said_names_the_speaker_of_a_matching_statement(questions, by_key):
    for q in (q for q in questions if q.kind == "who_said"):
        a = by_key[q.article_key]
        speakers = [sp for sp in a.speakers if sp.name.split(" ", 1)[1] == q.expect]
        assert speakers, q
        # the question's words (typos aside) come from one of that speaker's statements
        words = [plain(w) for w in re.findall(r"[\w\u200c]+", q.text)]
        said = [plain(s) for sp in speakers for s in sp.statements]
        assert any(sum(w in s for w in words) >= 3 for s in said), q


def test_what_said_expect_is_part_of_a_statement(questions, by_key):
    for q in (q for q in questions if q.kind == "what_said"):
        a = by_key[q.article_key]
        said = [plain(s) for sp in a.speakers for s in sp.statements]
        assert any(plain(q.expect) in s for s in said), q


def near(name: str, text: str) -> bool:
    """``name`` occurs in ``text`` with at most one wrong letter (the typo variant)."""
    return any(sum(x != y for x, y in zip(name, text[i:i + len(name)])) <= 1
               for i in range(len(text) - len(name) + 1))


def _holders(corpus):
    by_role, by_name = collections.defaultdict(set), collections.defaultdict(set)
    for a in corpus:
        for p in a.speakers + a.attendees:
            by_role[p.role].add(p.name)
            by_name[p.name].add(p.role)
    return by_role, by_name


def test_answers_are_unique_in_the_corpus(questions, corpus, by_key):
    """Checked here without the generator's bookkeeping: every question has one right answer."""
    by_role, by_name = _holders(corpus)
    events = collections.defaultdict(set)
    for a in corpus:
        events[a.event].add((a.jalali, a.place))
    for q in questions:
        a = by_key[q.article_key]
        if q.kind in ("when", "where"):
            assert 1 == len({x[0 if q.kind == "when" else 1] for x in events[a.event]}), q
        elif q.kind == "role_of":
            role = next(p.role for p in a.speakers + a.attendees if p.name.endswith(" " + q.expect))
            assert 1 == len(by_role[role]), q
        elif q.kind == "person_role":
            name = next(p.name for p in a.speakers + a.attendees if near(plain(p.name), plain(q.text)))
            assert 1 == len(by_name[name]), q
        elif q.kind == "who_said":
            names = {sp.name for sp in a.speakers if sp.name.endswith(" " + q.expect)}
            assert 1 == len(names), q


@pytest.mark.parametrize("kind, expect, answer, ok", [
    ("role_of", "طالبی", "محمدعلی طالبی، استاندار کرمان", True),
    ("role_of", "طالبی", "محمدعلي طالبي", True),
    ("where", "کرمان", "در کرمانشاه برگزار شد", False),
    ("where", "کرمان", "در کرمان برگزار شد.", True),
    ("when", "۱۷ آبان ۱۴۰۴", "شنبه 17 آبان ماه 1404", True),
    ("when", "۷ آبان ۱۴۰۴", "۱۷ آبان ۱۴۰۴", False),
    ("what_said", "فرصت‌ها نیازمند برنامه‌ریزی", "استفاده از فرصتها نیازمند برنامه ریزی دقیق است", True),
    ("what_said", "فرصت‌ها نیازمند برنامه‌ریزی", "فرصت‌ها مهم است", False),
    ("person_role", "رئیس", "رییس پلیس فتای استان", True),
    ("who_said", "حسین‌زاده", "مرتضی حسین زاده ۱ آذر گفت", True),  # half-space typed as a space
    ("who_said", "حسین‌زاده", "مرتضی حسینزاده", True),  # half-space left out
    ("who_said", "زاده", "مرتضی حسین‌زاده", False),
    ("what_said", "۳۷ روستای شهرستان", "در 37 روستاي شهرستان جوانرود", True),
    ("what_said", "۷ روستای شهرستان", "در 37 روستای شهرستان", False),
])
def test_answer_matches(kind, expect, answer, ok):
    assert ok == g.answer_matches(Question("?", kind, "k", expect), answer)


# ---------------------------------------------------------------- command line


def test_cli_writes_articles_and_the_same_questions(tmp_path, capsys):
    n = 150
    assert 0 == g.main([str(n), str(tmp_path), "--questions", "40"])
    articles = list(g.generate_articles(n))
    files = sorted(p.name for p in tmp_path.glob("*.txt"))
    assert sorted(f"{a.key}.txt" for a in articles) == files
    assert articles[3].text == (tmp_path / f"{articles[3].key}.txt").read_text(encoding="utf-8")
    with open(tmp_path / "questions.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    expected = g.generate_questions(articles, count=40)
    assert [(q.kind, q.variant, q.article_key, q.text, q.expect) for q in expected] == [
        (r["kind"], r["variant"], r["article_key"], r["question"], r["expect"]) for r in rows]
    assert len(rows) >= 30
    manifest = (tmp_path / "articles.tsv").read_text(encoding="utf-8").splitlines()
    assert n + 1 == len(manifest)
