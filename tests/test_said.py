"""knowledge.answer.said: the setting's bonus read only for the statements that can still win."""

from __future__ import annotations

import random
from typing import Any

import pytest

from knowledge.answer import said, said_pool


class _Said(said.StatementKinds):
    """StatementKinds with the settings of the articles given, counting the articles read."""

    def __init__(self, bonus: dict[int, float]) -> None:
        self.q = type("Q", (), {"setting": ("نشست",)})()
        self._settings = {}
        self._bonus = bonus
        self.read: set[int] = set()

    def _fetch_settings(self, statements: list[dict[str, Any]]) -> None:
        for r in statements:
            self.read.add(r["article_id"])
            self._settings[r["article_id"]] = self._bonus[r["article_id"]]


def _scored(seed: int, n: int) -> tuple[list[tuple[float, dict[str, Any]]], dict[int, float]]:
    rng = random.Random(seed)
    scored = [(rng.choice([0.0, 0.3, 0.5, 0.55, 0.9, 1.0]), {"article_id": rng.randrange(n), "id": i})
              for i in range(n)]
    bonus = {a: said.SETTING_WEIGHT * rng.choice([0.0, 0.0, 0.0, 0.5, 1.0]) for a in range(n)}
    return scored, bonus


@pytest.mark.parametrize("seed", range(30))
@pytest.mark.parametrize("n", [1, 3])
def test_contenders_keep_the_best(seed: int, n: int) -> None:
    # the n best by score + bonus (ties by article, then order) are those of every statement
    scored, bonus = _scored(seed, 400)
    engine = _Said(bonus)
    kept = engine._contenders(scored, n)

    def key(sr: tuple[float, dict[str, Any]]) -> tuple[float, int]:
        return (-(sr[0] + bonus[sr[1]["article_id"]]), sr[1]["article_id"])

    assert sorted(scored, key=key)[:n] == sorted(kept, key=key)[:n]
    assert [sr for sr in scored if sr in kept] == kept  # in their order


def test_contenders_read_few_settings() -> None:
    # 400 statements, a few of them perfect: the settings of the others' articles are not read
    scored = [(1.0 if i % 100 == 0 else 0.5, {"article_id": i, "id": i}) for i in range(400)]
    engine = _Said({i: 0.0 for i in range(400)})
    assert [0, 100, 200, 300] == [r["id"] for _, r in engine._contenders(scored, 3)]
    assert len(engine.read) <= said.BONUS_BATCH


class _Words(said.StatementKinds):
    """StatementKinds asked about a topic (the words of the question, as search forms)."""

    def __init__(self, words: tuple[str, ...]) -> None:
        self.q = type("Q", (), {"words": words})()


STRENGTH = [
    # (topic words, the forms of a statement's span that hold a start, strength)
    (("بیمارستانهای", "استان"), ["رییس بیمارستان امام استان"], 2),  # both starts
    (("بیمارستانهای", "استان"), ["بیمارستان امام"], 2),  # the heavier word alone weighs 7 of 12
    (("بیمارستانهای", "استان"), ["استاندار تهران گفت"], 1),  # «استا» alone: 5 of 12, below half
    (("مدیریت", "مصرف", "اب"), ["مدیریت منابع"], 2),  # 6 of 12: half is enough
    (("مدیریت", "مصرف", "اب"), ["مصرف برق و ابزار"], 2),  # «مصرف» and «اب» (inside «ابزار»): 6 of 12
    (("مدیریت", "مصرف", "اب"), ["ابزار و انبار"], 1),  # «اب» alone: 2 of 12
    (("امنیت", "غذایی"), ["امنیت مرزها"], 2),  # two words of one weight: either is half
    (("کنکور",), ["نتایج کنکور"], 2),  # one word: held or not
]


@pytest.mark.parametrize("words, forms, expected", STRENGTH)
def test_a_hits_strength_is_the_weight_of_the_starts_it_holds(words: tuple[str, ...], forms: list[str],
                                                             expected: int) -> None:
    assert expected == _Words(words)._strength(forms)


def _rows(hits: list[int]) -> list[dict[str, Any]]:
    return [{"id": i, "hit": h} for i, h in enumerate(hits)]


TIERS = [
    # (the rows' hits, the ids of the rows scored in turn)
    ([2] * 10 + [1] * 60, [list(range(10)), list(range(70))]),  # many hits: the strong first, then all
    ([1] * 70, [list(range(70))]),  # no strong hit: all of them at once
    ([2] * 70, [list(range(70))]),  # all strong: once
    ([2] * 10 + [1] * 50, [list(range(60))]),  # POOL_CUT or fewer: all of them, as before the cut
    ([2] * 10 + [1] * 55 + [0] * 5, [list(range(70))]),  # not cut to hits (none held a start): all
]


@pytest.mark.parametrize("hits, expected", TIERS)
def test_the_strong_hits_are_scored_first(hits: list[int], expected: list[list[int]]) -> None:
    assert expected == [[r["id"] for r in tier] for tier in said_pool.tiers(_rows(hits))]


# topic words of the generated questions (as the question parser gives them), spelt right
STRONG_TOPICS = [("بیمارستانهای", "استان"), ("مدیریت", "مصرف", "اب"), ("فرونشست", "زمین"), ("ایمنی", "جادهها"),
                 ("فضای", "سبز", "شهری"), ("مسکن", "ملی", "بافت", "فرسوده")]


@pytest.mark.parametrize("words", STRONG_TOPICS)
def test_a_weak_hit_cannot_reach_the_cutoff(words: tuple[str, ...]) -> None:
    # what lets the weak hits wait: every span of generated sentences that match.coverage
    # puts at STATEMENT_CUTOFF or more for a topic spelt right holds enough of its starts
    from knowledge import match
    from tests.test_match import _coverage_candidates

    engine = _Words(words)
    reached = [c for c in _coverage_candidates() if match.coverage(words, c) >= said.STATEMENT_CUTOFF]
    assert reached, "the sample should hold spans on the topic"
    assert [] == [c for c in reached if engine._strength([" ".join(c)]) != 2]


class _Pool(_Said):
    """_Said whose statements score as given (``scores``, by id), counting the rows scored."""

    def __init__(self, bonus: dict[int, float], scores: dict[int, float], setting: tuple[str, ...] = ("نشست",)) -> None:
        super().__init__(bonus)
        self.q = type("Q", (), {"setting": setting, "words": ("مرکبات",)})()
        self._given = scores
        self.scored = 0

    def _scores_of(self, rows: list[dict[str, Any]], words: tuple[str, ...]) -> list[float]:
        self.scored += len(rows)
        return [self._given[r["id"]] for r in rows]


def _pool(seed: int, n: int) -> tuple[list[dict[str, Any]], dict[int, float], dict[int, float]]:
    # a namesake pool's tier as _pool gives it: in article order (in_order), several statements an article
    rng = random.Random(seed)
    tier = [{"article_id": a, "id": i, "person_id": rng.randrange(5)}
            for i, a in enumerate(sorted(rng.randrange(n // 2 + 1) for _ in range(n)))]
    scores = {r["id"]: rng.choice([0.0, 0.3, 0.5, 0.55, 0.9, 1.0, 1.0]) for r in tier}
    bonus = {a: said.SETTING_WEIGHT * rng.choice([0.0, 0.0, 0.5, 1.0]) for a in range(n)}
    return tier, scores, bonus


@pytest.mark.parametrize("seed", range(20))
@pytest.mark.parametrize("n", [3, 40, 300])
@pytest.mark.parametrize("setting", [("نشست",), ()])
@pytest.mark.parametrize("batch", [1, 3, said.POOL_BATCH])
def test_a_pool_tier_scored_in_batches_keeps_the_best_of_all(seed: int, n: int, setting: tuple[str, ...], batch: int,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    # the best of the tier by score + bonus (a tie: the earlier article, then the first in the
    # tier), as scoring every statement at once gives it, however early the batches stop
    monkeypatch.setattr(said, "POOL_BATCH", batch)  # an article's statements in two batches, tied
    tier, scores, bonus = _pool(seed, n)
    if not setting:
        bonus = dict.fromkeys(bonus, 0.0)
    engine = _Pool(bonus, scores, setting)
    every = max(((scores[r["id"]], r) for r in tier),
                key=lambda sr: (sr[0] + bonus[sr[1]["article_id"]], -sr[1]["article_id"]))
    assert every == engine._pool_best(tier)


def test_a_pool_tier_stops_at_a_whole_topic_and_setting() -> None:
    # 400 statements, the fifth holding the whole topic in a report of the whole setting: the
    # first batch is the last scored (no later report can beat it; a tie goes to the earlier)
    tier = [{"article_id": i, "id": i, "person_id": i % 7} for i in range(400)]
    scores = {i: 1.0 if i in (4, 300) else 0.6 for i in range(400)}
    bonus = {i: said.SETTING_WEIGHT if i in (4, 300) else 0.0 for i in range(400)}
    engine = _Pool(bonus, scores)
    assert (1.0, tier[4]) == engine._pool_best(tier)
    assert said.POOL_BATCH == engine.scored
    # the fifth with half the setting's bonus: the batches are scored on to the one holding the
    # 301st, which wins (and stops them)
    bonus[4] = said.SETTING_WEIGHT / 2
    engine = _Pool(bonus, scores)
    assert (1.0, tier[300]) == engine._pool_best(tier)
    assert (300 // said.POOL_BATCH + 1) * said.POOL_BATCH == engine.scored
    scores[300] = 0.8  # none reaches the whole (1.1 here, 1.15 the fifth): all scored, the fifth wins
    engine = _Pool(bonus, scores)
    assert (1.0, tier[4]) == engine._pool_best(tier)
    assert 400 == engine.scored


class _Store:
    """The articles' titles and events _fetch_settings reads."""

    def __init__(self, titles: dict[int, str], events: list[tuple[int, str]]) -> None:
        self.titles, self.events = titles, events

    def rows_in(self, sql: str, values: list[int]) -> list[dict[str, Any]]:
        if "FROM articles" in sql:
            return [{"id": a, "title": self.titles[a]} for a in values]
        return [{"article_id": a, "search": s} for a, s in self.events if a in values]


def test_the_settings_bonus_is_the_coverage_of_each_reports_title_and_events() -> None:
    from knowledge import match
    from knowledge.answer.who import cached_form

    titles = {1: "نشست تخصصی مرکبات در ساری", 2: "همایش ملی خشکسالی", 3: "", 4: "نشستهای تخصصی مرکبات"}
    events = [(2, "نشست تخصصی"), (3, "نشست مرکبات"), (3, "بازدید"), (4, "مرکبات")]
    engine = _Pool({}, {})
    engine.q = type("Q", (), {"setting": ("نشست", "تخصصی", "مرکبات"), "words": ()})()
    engine.store, engine._coverages = _Store(titles, events), {}
    said.StatementKinds._fetch_settings(engine, [{"article_id": a} for a in titles])  # the engine's, not _Said's
    expected = {a: said.SETTING_WEIGHT * match.coverage(["نشست", "تخصصی", "مرکبات"],
                                                        [*cached_form(titles[a]).split(),
                                                         *(w for e, s in events if e == a for w in s.split())])
                for a in titles}
    assert expected == engine._settings
    assert said.SETTING_WEIGHT == engine._settings[1]  # all three words in its title
