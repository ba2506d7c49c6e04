"""The last resort of every question: the sentence that covers it best.

The structured routes (a statement, an event, a person's roles, a fact in a sentence)
answer from records the parser made; on real agency copy the parser misses some of
them, and the answer is then still in a sentence of the store. When a route finds
nothing, the sentence that holds most of the question's words (weighted by how rare
each word is among the candidates) answers, with the statement it sits in when there
is one — but only when it covers the question well, and, for a question about a named
person, only when the sentence names that person: a question about someone who is in
no article stays an honest «not found».
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from .. import match, text
from ..parse import places
from ..store import Store, retrieve
from .question import Question, event_words
from .question_words import TOTAL_WORDS, figure_units

CANDIDATES = 120
MIN_WEIGHTED = 0.62  # share of the question's (idf-weighted) words the sentence must hold
MIN_MOMENT = 0.75  # for «کی/کجا»: the sentence's date or place answers only if it is about the same thing
MIN_PLAIN = 0.5
LEAD = 2  # sentences 0..2: the headline and the lead, whose news is the dateline's  # share of its words, unweighted
MIN_OWN = 0.3  # share the sentence must hold on its own, before its context is added
CONTEXT_FACTOR = 0.92  # a word found only in the headline or the sentence before counts less
SUBJECT_COVER = 0.99  # a named subject must be whole in the sentence (or its statement)
NUMBER_BONUS = 0.08  # a figure in the sentence, when the question asks «چند/چقدر»
TOTAL_BONUS = 0.5  # (in NUMBER_BONUS's) a sum called the whole («در مجموع»), over a part of it
_NUMBER = re.compile(r"\d|(?:^| )(?:یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|صد|هزار|میلیون|میلیارد|درصد|نیمی|دهها)(?= |$)")


@dataclass(frozen=True)
class Evidence:
    sentence: dict[str, Any]  # the sentence row
    score: float
    statement: dict[str, Any] | None  # the statement the sentence sits in


def question_words(q: Question) -> tuple[str, ...]:
    """Every content word of the question, the subject's and the setting's included; of a
    «کی/کجا» question not the verb form of what happened («تک گل هما کی زده شد؟»: the goal,
    not «زده»), as with events."""
    words = event_words(q.words) if q.kind in ("when", "where") else q.words
    return tuple(dict.fromkeys((*q.subject, *words, *q.setting)))


def best(store: Store, q: Question, *, allowed: Any, prime: Any = None,
         bonus: Callable[[list[str]], float] | None = None,
         row_bonus: Callable[[dict[str, Any]], float] | None = None) -> Evidence | None:
    """The sentence that answers ``q`` best among FTS5 candidates, or None when none
    covers it well enough (``allowed(article_id)`` is the question's date/place filter,
    ``prime(article_ids)`` asks it for many at once; ``bonus(tokens)`` is added to the
    score of a sentence that covers the question, as the figure's is for «چند»; ``row_bonus(row)``
    the same of the sentence's row, for a shape only its written text shows)."""
    words = question_words(q)
    if not words:
        return None
    variants = wording_variants(words)
    rows = sentences_in_wordings(store, variants, limit=CANDIDATES)
    if prime is not None:  # the filter for every candidate at once
        prime(r["article_id"] for r in rows)
    rows = [r for r in rows if allowed(r["article_id"])]
    if not rows:
        return None
    token_lists = [r["search"].split() for r in rows]
    weights = _weights(tuple(dict.fromkeys(w for v in variants for w in v)), token_lists)
    contexts = _contexts(store, rows)
    floor = MIN_MOMENT if q.kind in ("when", "where") else MIN_WEIGHTED
    place = _place_spellings(q)
    units = figure_units(q.words) if q.numeric and not q.unit else frozenset()  # «چند ماه حقوق»: months
    scored: list[tuple[float, dict[str, Any]]] = []
    for row, tokens in zip(rows, token_lists):
        own, asked = max((match.coverage(list(v), tokens, weights=weights), v) for v in variants)
        if own < MIN_OWN:
            continue
        # the topic is often in the headline or the sentence before, the detail here
        context = tokens + contexts.get((row["article_id"], row["position"]), [])
        in_context, plain = max(match.coverage_both(list(v), context, weights) for v in variants)
        weighted = max(own, CONTEXT_FACTOR * in_context)
        if weighted < floor or plain < MIN_PLAIN:
            continue
        if place and all(match.coverage(p, context) < 1.0 for p in place):
            continue  # a place the question names must be in the sentence or its headline
        if q.numeric:
            near = _figure_near(asked, tokens, unit=q.unit, units=units)
            if near is None:
                continue
            weighted += NUMBER_BONUS * near
        if bonus is not None:
            weighted += bonus(tokens)
        if row_bonus is not None:
            weighted += row_bonus(row)
        scored.append((weighted, row))
    scored.sort(key=lambda sr: (-sr[0], sr[1]["article_id"], sr[1]["position"]))
    said = q.kind == "what_said"
    for score, row in scored[:20]:
        if q.kind == "when" and row["position"] > LEAD and not on_the_clock(row["text"]):
            continue  # with no date of its own, only the news of the lead happened on the dateline
        statement = _statement_at(store, row["article_id"], row["position"])
        if said and statement is None:
            continue  # «X چه گفت؟» is answered by X's words only, never by a mention of X
        if q.subject and not _names_subject(store, q.subject, None if said else row, statement):
            continue
        return Evidence(row, min(score, 1.0), statement)
    return None


def _place_spellings(q: Question) -> list[list[str]]:
    """The question's place as the gazetteer names it, as the question wrote it and in its
    other unambiguous spellings («اسرائیل» asked, «رژیم صهیونیستی» written): a sentence
    holding any of them names the place."""
    if not q.place:
        return []
    written = [text.search_form(q.raw[m.start : m.end]).split() for m in places.find_places(q.raw) if m.name == q.place]
    other = [text.search_form(" ".join(key)).split() for key in places.spellings(q.place)]
    return [text.search_form(q.place).split(), *(w for w in (*written, *other) if w)]


# A time inside the day or a match: «در دقیقه ۷۰», «ساعت ۹:۳۰».
_CLOCK = re.compile(r"(?:دقیقه|ساعت)\s*[0-9۰-۹]")


def on_the_clock(sentence: str) -> bool:
    """The sentence tells when by a minute or an hour, not a date: it answers «کی» itself."""
    return bool(_CLOCK.search(sentence))


@functools.cache
def _wording() -> dict[str, tuple[str, ...]]:
    """``data/wording.tsv``: a question's everyday word → the words reports write for it."""
    table: dict[str, tuple[str, ...]] = {}
    for line in resources.files("knowledge").joinpath("data", "wording.tsv").read_text(encoding="utf-8").splitlines():
        asked, sep, written = line.partition("\t")
        if sep and not line.startswith("#"):
            table[text.search_form(asked)] = tuple(text.search_form(written).split())
    return table


def sentences_in_wordings(store: Store, variants: list[tuple[str, ...]], *, limit: int) -> list[dict[str, Any]]:
    """The sentences FTS5 finds for each wording of the question's words (``wording_variants``:
    «تصادف» asked, «سانحه» written), the asked wording's first, each sentence once."""
    rows: list[dict[str, Any]] = []
    seen: set[tuple[int, int]] = set()
    for variant in variants:
        found = retrieve.search(store, "sentences", [text.stem(w) for w in variant], limit=limit)
        rows += [r for r in found if (r["article_id"], r["position"]) not in seen]
        seen.update((r["article_id"], r["position"]) for r in found)
    return rows


def wording_variants(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The question's words, then the same with one everyday word in a report's wording, and
    with every such word in it when there are two or more."""
    table = _wording()
    variants = [words] + [words[:i] + (other,) + words[i + 1:]
                          for i, w in enumerate(words) for other in table.get(w) or table.get(_singular(w), ())
                          if other not in words]
    # two everyday words in one question («جاده چالوس کی بسته میشه؟»: «محور ... مسدود»): both
    # in the report's wording at once, each its table's first word
    firsts = tuple(next((o for o in (table.get(w) or table.get(_singular(w), ())) if o not in words), w) for w in words)
    if sum(a != b for a, b in zip(firsts, words)) > 1:
        variants.append(firsts)
    return variants


def _singular(word: str) -> str:
    """«کشتهها» (the plural typed without its half-space) → «کشته», for the wording table."""
    for suffix in ("های", "ها"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _weights(words: tuple[str, ...], token_lists: list[list[str]]) -> dict[str, float]:
    """match.idf's weights, but a word no candidate holds weighs no more than the
    lightest word some candidate holds: it is most often the question's own wording
    («پول», «گذاشت») for what the article says otherwise, not the heart of the question."""
    weights = match.idf(words, token_lists)
    unheld = match.idf_of_unheld(len(token_lists))  # the weight of a word no candidate holds
    held = {w for w in words if weights[w] < unheld}
    floor = min((weights[w] for w in held), default=1.0)
    return {w: (weights[w] if w in held else min(weights[w], floor)) for w in words}


def _contexts(store: Store, rows: list[dict[str, Any]]) -> dict[tuple[int, int], list[str]]:
    """(article id, position) → the words of the article's headline and place (its
    dateline's city and province) and of the sentence before, for every candidate, in two
    queries."""
    articles = sorted({r["article_id"] for r in rows})
    titles = {a["id"]: text.search_form(" ".join(x or "" for x in (a["title"], a["place"], a["province"]))).split()
              for a in store.rows_in("SELECT id, title, place, province FROM articles WHERE id IN ({})", articles)}
    wanted = sorted({(r["article_id"], r["position"] - 1) for r in rows if r["position"] > 0})
    before = {(r["article_id"], r["position"]): r["search"].split() for r in sentences_at(store, wanted)}
    return {(r["article_id"], r["position"]): titles.get(r["article_id"], []) + before.get(
        (r["article_id"], r["position"] - 1), []) for r in rows}


def sentences_at(store: Store, spans: list[tuple[int, ...]]) -> list[dict[str, Any]]:
    """The sentences (article_id, position, search) at (article id, position) or (article id,
    first, last) positions: each span read through the index, not every sentence of its article."""
    out: list[dict[str, Any]] = []
    for start in range(0, len(spans), 200):
        part = spans[start : start + 200]
        out += store.rows("SELECT article_id, position, search FROM sentences WHERE " + " OR ".join(
            "(article_id = ? AND position BETWEEN ? AND ?)" for _ in part),
            [x for span in part for x in (span[0], span[1], span[-1])])
    return out


def _figure_near(words: tuple[str, ...], tokens: list[str], *, unit: str | None,
                 units: frozenset[str] = frozenset()) -> float | None:
    """None when the sentence holds no figure; else 3.0 when a figure counts what the
    question counts («چند غرفه» → «۵۲ غرفه»; of a sum of money, a figure ``units``, a currency,
    follows: «۹۰۲ میلیون ریال»), with :data:`TOTAL_BONUS` more when the sentence calls it the whole
    («در مجموع», «کل»); 1.0 when it stands within three words of a question word, 0.5 when it
    stands further away."""
    figures = [i for i, t in enumerate(tokens) if _NUMBER.search(t)]
    if not figures:
        return None
    if units and any(t in units for f in figures for t in tokens[f + 1: f + 4]):
        return 3.0 + (TOTAL_BONUS if TOTAL_WORDS & set(tokens) else 0.0)
    if unit and any(match.word_score(unit, t) >= match.WORD_CUTOFF
                    for f in figures for t in tokens[f + 1: f + 4]):
        return 3.0
    matched = [i for i, t in enumerate(tokens) if any(match.word_score(w, t) >= match.WORD_CUTOFF for w in words)]
    return 1.0 if any(abs(f - m) <= 3 for f in figures for m in matched) else 0.5


def _statement_at(store: Store, article_id: int, position: int) -> dict[str, Any] | None:
    rows = store.rows("SELECT * FROM statements WHERE article_id = ? AND first_sentence <= ? AND last_sentence >= ? "
                      "ORDER BY first_sentence DESC, id LIMIT 1", [article_id, position, position])
    return rows[0] if rows else None


def _names_subject(store: Store, subject: tuple[str, ...], row: dict[str, Any] | None,
                   statement: dict[str, Any] | None) -> bool:
    """Whether the sentence (when given), or the speaker of its statement, holds every
    word of the question's subject (a name or a title)."""
    held = row["search"].split() if row is not None else []
    if statement is not None:
        person = store.rows("SELECT search FROM appearances WHERE person_id = ? AND article_id = ?",
                            [statement["person_id"], statement["article_id"]])
        if person:
            held = held + person[0]["search"].split()
    return match.coverage(list(subject), held) >= SUBJECT_COVER
