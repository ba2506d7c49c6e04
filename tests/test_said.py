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
