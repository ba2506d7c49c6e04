"""knowledge.answer.said: the setting's bonus read only for the statements that can still win."""

from __future__ import annotations

import random
from typing import Any

import pytest

from knowledge.answer import said


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
