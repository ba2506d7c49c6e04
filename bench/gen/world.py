"""People, and the holders of official roles shared by every article of a corpus."""

from __future__ import annotations

import datetime as dt
import functools
import random
from dataclasses import dataclass

from .dates import _PUB_DAYS, _PUB_START
from .text import _z
from .vocab import _vocab


@dataclass(frozen=True)
class _Person:
    first: str
    last: str
    female: bool
    title: str  # honorific or ""

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def plural(self) -> bool:  # addressed with the plural of respect
        return self.title.startswith(("حجت", "آیت"))


def _new_person(r: random.Random, title_kind: str) -> _Person:
    v = _vocab()
    if title_kind == "cleric?":
        title_kind = "cleric" if r.random() < 0.5 else "any"
    female = title_kind in ("any", "dr", "eng") and r.random() < 0.15
    first = r.choice(v.female if female else v.male)
    last = r.choice(v.surnames)
    x = r.random()
    if title_kind == "sardar":
        title = "سردار"
    elif title_kind == "sarhang":
        title = "سرهنگ"
    elif title_kind == "cleric":
        title = _z("آیت_الله") if x < 0.12 else _z("حجت_الاسلام والمسلمین") if x < 0.4 else _z("حجت_الاسلام")
    elif title_kind == "dr":
        title = "دکتر" if x < 0.85 else ""
    elif title_kind == "eng":
        title = "مهندس" if x < 0.55 else "دکتر" if x < 0.7 else ""
    else:
        title = "دکتر" if x < 0.25 else "مهندس" if x < 0.35 else ""
    return _Person(first, last, female, title)


class _World:
    """Holders of official roles: the same person across articles, with occasional turnover."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self._terms: dict[str, tuple[_Person, dt.date | None, _Person | None]] = {}

    def holder(self, role: str, title_kind: str, day: dt.date) -> _Person:
        terms = self._terms.get(role)
        if terms is None:
            r = random.Random(f"{self.seed}|role|{role}")
            first = _new_person(r, title_kind)
            if r.random() < 0.3:
                change = _PUB_START + dt.timedelta(days=r.randrange(60, _PUB_DAYS - 60))
                terms = (first, change, _new_person(r, title_kind))
            else:
                terms = (first, None, None)
            self._terms[role] = terms
        first, change, second = terms
        return second if change is not None and day >= change else first  # type: ignore[return-value]


@functools.lru_cache(maxsize=8)
def _world(seed: int) -> _World:
    return _World(seed)
