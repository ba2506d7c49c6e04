"""The vocabulary: name lists and gazetteer from ``bench/data``, patterns compiled once."""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from .records import DATA_DIR
from .templates import (
    _ADHOC_ROLES, _EVENTS, _H, _INDIRECT_FORMS, _NEWS, _NP, _NP_SUFFIXES, _OFFICIAL_ROLES, _S,
    _S_PREFIXES, _S_SUFFIXES, _VERBS_FIRST, _VERBS_LATER,
)
from .text import _tokens, _topic_regex, _z


@dataclass(frozen=True)
class _Province:
    name: str
    capital: str
    others: tuple[str, ...]

    @property
    def cities(self) -> tuple[str, ...]:
        return (self.capital, *self.others)


@dataclass(frozen=True)
class _RolePattern:
    template: str
    title_kind: str
    cats: frozenset[str]
    adhoc: bool


@dataclass(frozen=True)
class _EventType:
    template: str
    kind: str
    cats: frozenset[str]
    ordinal: bool


class _Vocab:
    def __init__(self) -> None:
        def lines(name: str) -> list[str]:
            text = (DATA_DIR / name).read_text(encoding="utf-8")
            return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]

        self.male = tuple(lines("first_names_male.txt"))
        self.female = tuple(lines("first_names_female.txt"))
        self.surnames = tuple(lines("surnames.txt"))
        self.provinces = tuple(
            _Province(row[0], row[1], tuple(row[2:]))
            for row in (ln.split("\t") for ln in lines("provinces.tsv"))
        )
        self.topics = tuple(tuple(ln.split("\t")) for ln in lines("topics.tsv"))
        cats = sorted({c for _, c in self.topics})
        self.topics_by_cat = {c: tuple(t for t, tc in self.topics if tc == c) for c in cats}

        def pattern(spec, adhoc):
            tpl, kind, cat = spec
            return _RolePattern(_z(tpl), kind, frozenset(cat.split()), adhoc)

        self.official = tuple(pattern(p, False) for p in _OFFICIAL_ROLES)
        self.adhoc = tuple(pattern(p, True) for p in _ADHOC_ROLES)
        self.roles_by_cat: dict[str, tuple[tuple[_RolePattern, ...], list[float]]] = {}
        for c in cats:
            pats, weights = [], []
            for p in (*self.official, *self.adhoc):
                if c in p.cats:
                    pats.append(p)
                    weights.append(0.6 if p.adhoc else 3.0)
                elif "*" in p.cats:
                    pats.append(p)
                    weights.append(0.35 if p.adhoc else 1.6)
            self.roles_by_cat[c] = (tuple(pats), list(itertools.accumulate(weights)))
        self.events = tuple(_EventType(_z(t), _z(k), frozenset(c.split()), o) for t, k, c, o in _EVENTS)
        self.events_by_cat = {
            c: tuple(e for e in self.events if c in e.cats or "*" in e.cats) for c in cats
        }
        self.cities = frozenset(c for p in self.provinces for c in p.cities)
        self.names = frozenset((*self.male, *self.female, *self.surnames))
        # Words of the templates themselves: poor evidence of which statement is meant.
        words: set[str] = set()
        for tpl in (*_S, *_NP, *_NEWS, *_H, *_S_PREFIXES, *_S_SUFFIXES, *_NP_SUFFIXES):
            words.update(_tokens(re.sub(r"\{\w+\}", " ", tpl)))
        self.template_words = frozenset(words)
        self.topic_patterns = tuple((t, _topic_regex(t)) for t, _ in self.topics)


@functools.cache
def _vocab() -> _Vocab:
    return _Vocab()


def vocabulary_sizes() -> dict[str, int]:
    v = _vocab()
    return {
        "first_names": len(v.male) + len(v.female),
        "surnames": len(v.surnames),
        "provinces": len(v.provinces),
        "cities": len(v.cities),
        "topics": len(v.topics),
        "role_patterns": len(v.official) + len(v.adhoc),
        "event_types": len(v.events),
        "statement_templates": len(_S) + len(_NP) + len(_NEWS) + len(_H),
        "verbs_of_saying": len({v.replace("تأ", "تا") for v in _VERBS_FIRST + _VERBS_LATER}),
        "indirect_speech_forms": len(_INDIRECT_FORMS),
    }
