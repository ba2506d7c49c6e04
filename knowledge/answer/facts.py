"""Facts inside one sentence: the date, the place or the figure a question asks for.

Many questions are about things the parser does not model as events («کلنگ کارخانه
کی زده شد؟», «سکه‌ها به کجا تحویل داده شد؟», «چند تن زعفران صادر شده؟»). The answer
is then in the sentence that best covers the question's words, and within it the date
or place nearest to those words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .. import match, text
from ..store import Store, retrieve

CANDIDATES = 120
MIN_COVERAGE = 0.5
_NUMBER = re.compile(r"\d|(?:^| )(?:یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|صد|هزار|میلیون|میلیارد|نیم|درصد)(?= |$)")


@dataclass(frozen=True)
class Fact:
    sentence: dict[str, Any]  # the sentence row
    coverage: float
    value: str | None  # ISO date, place name, or None for a figure
    weights: dict[str, float]  # the question words' weights among the candidates (match.idf)


def _matched(words: tuple[str, ...], tokens: list[str]) -> list[int]:
    return [i for i, t in enumerate(tokens) if any(match.word_score(w, t) >= match.WORD_CUTOFF for w in words)]


def _position(tokens: list[str], phrase: str) -> int | None:
    first = text.search_form(phrase).split()[:1]
    return tokens.index(first[0]) if first and first[0] in tokens else None


def _nearest(options: list[tuple[str, str]], tokens: list[str], matched: list[int]) -> str | None:
    """The option (value, phrase as written) whose phrase stands nearest the matched words."""
    best: tuple[int, int, str] | None = None
    for order, (value, phrase) in enumerate(options):
        pos = _position(tokens, phrase)
        distance = min((abs(pos - m) for m in matched), default=0) if pos is not None else 10_000
        if best is None or (distance, order) < best[:2]:
            best = (distance, order, value)
    return best[2] if best else None


def best(store: Store, words: tuple[str, ...], *, need: str, allowed: Callable[[int], bool],
         required: tuple[str, ...] = ()) -> Fact | None:
    """The sentence that best covers ``words`` and holds what ``need`` asks for
    ("date", "place" or "number"), with that value."""
    if not words:
        return None
    rows = retrieve.search(store, "sentences", [text.stem(w) for w in words], limit=CANDIDATES)
    rows = [r for r in rows if allowed(r["article_id"])]
    token_lists = [r["search"].split() for r in rows]
    weights = match.idf(words, token_lists)
    scored = []
    for row, tokens in zip(rows, token_lists):
        weighted = match.coverage(list(words), tokens, weights=weights)
        if match.coverage(list(words), tokens) < MIN_COVERAGE or weighted < MIN_COVERAGE + 0.15:
            continue
        if required and match.coverage(list(required), tokens) < 1.0:
            continue  # a place the question names must be in the sentence
        scored.append((weighted, row, tokens))
    scored.sort(key=lambda c: (-c[0], c[1]["article_id"], c[1]["position"]))
    asked = {text.search_form(w) for w in words}
    for coverage, row, tokens in scored:
        matched = _matched(words, tokens)
        where = [row["article_id"], row["position"]]
        if need == "date":
            dates = store.rows("SELECT iso, raw FROM dates WHERE article_id = ? AND sentence = ? ORDER BY id", where)
            value = _nearest([(d["iso"], d["raw"]) for d in dates], tokens, matched)
        elif need == "place":
            places = store.rows(
                "SELECT name, kind FROM places WHERE article_id = ? AND sentence = ? ORDER BY kind != 'venue', id", where)
            options = [(p["name"], p["name"]) for p in places if text.search_form(p["name"]) not in asked
                       and not set(text.search_form(p["name"]).split()) <= asked]
            value = _nearest(options, tokens, matched)
        else:
            value = None if _NUMBER.search(row["search"]) else ""
        if value is not None and value != "":
            return Fact(row, coverage, value, weights)
        if need == "number" and value is None:
            return Fact(row, coverage, None, weights)
    return None
