"""Facts inside one sentence: the date or the place a question asks for.

Many questions are about things the parser does not model as events («کلنگ کارخانه
کی زده شد؟», «سکه‌ها به کجا تحویل داده شد؟»); figures are knowledge.answer.evidence's. The answer
is then in the sentence that best covers the question's words, and within it the date
or place nearest to those words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .. import match, text
from ..parse import places as gazetteer
from ..store import Store
from . import evidence

CANDIDATES = 120
MIN_COVERAGE = 0.5
_GAPS = re.compile(r"[\s\u200c]+")  # spaces and half-spaces: where hazm's form and the written text differ
# «منتشر شد», «انتشار یافت», «مخابره شد»: a question about the report, not the event
_PUBLISHED = frozenset({"منتشر", "انتشار", "مخابره", "منتشره"})
_ABOUT_REPORT = _PUBLISHED | {"خبر", "گزارش", "مطلب", "این", "همین", "ان"}
# «اولین/نخستین/سومین/بیست و یکمین X»: which of the recurring events X the question means
_ORDINAL = re.compile(r"(?:^| )((?:(?:بیست|سی|چهل|پنجاه|شصت|هفتاد|هشتاد|نود|صد) و )?"
                      r"(?:نخستین|اولین|\S*(?:یکم|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم|بیستم|سیام)ین) \S+)")


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


def _bracketed(sentence: str, phrase: str) -> bool:
    """Whether ``phrase`` stands inside brackets in ``sentence`` (an apposition). The sentence
    is as the article writes it, the phrase in hazm's form: both are read without spaces and
    half-spaces, where the two differ."""
    sentence, phrase = _GAPS.sub("", sentence), _GAPS.sub("", phrase)
    at = sentence.find(phrase)
    return at >= 0 and sentence.count("(", 0, at) > sentence.count(")", 0, at)


def _nearest(options: list[tuple[str, str]], tokens: list[str], matched: list[int],
             sentence: str = "") -> str | None:
    """The option (value, phrase as written) whose phrase stands nearest the matched words,
    an option in brackets only when there is no other."""
    best: tuple[bool, int, int, str] | None = None
    for order, (value, phrase) in enumerate(options):
        pos = _position(tokens, phrase)
        distance = min((abs(pos - m) for m in matched), default=0) if pos is not None else 10_000
        key = (_bracketed(sentence, phrase), distance, order)
        if best is None or key < best[:3]:
            best = (*key, value)
    return best[3] if best else None


def _set_in(store: Store, article_id: int, place: tuple[str, ...]) -> bool:
    """Whether the article's own place (its dateline's city or province) is ``place``."""
    article = store.article(article_id)
    held = text.search_form(" ".join(x for x in (article["place"], article["province"]) if x)).split()
    return bool(held) and match.coverage(list(place), held) >= 1.0


def best(store: Store, words: tuple[str, ...], *, need: str, allowed: Callable[[int], bool],
         required: tuple[str, ...] = (), around: frozenset[str] = frozenset(),
         prime: Callable[[Iterable[int]], None] | None = None, ordinal: str | None = None) -> Fact | None:
    """The sentence that best covers ``words`` and holds what ``need`` asks for
    ("date" or "place"), with that value. A place in ``around`` (the province
    around the place the question names) is never the answer: it tells nothing new."""
    if not words:
        return None
    about_report = need == "date" and any(w in _PUBLISHED for w in words)
    if about_report:
        words = tuple(w for w in words if w not in _ABOUT_REPORT) or words
    variants = evidence.wording_variants(words)  # «مذاکرات» asked, «گفتگوها» written: the rows of each wording
    rows = evidence.sentences_in_wordings(store, variants, limit=CANDIDATES)
    if prime is not None:  # the filter for every candidate at once
        prime(r["article_id"] for r in rows)
    rows = [r for r in rows if allowed(r["article_id"])]
    token_lists = [r["search"].split() for r in rows]
    weights = match.idf(tuple(dict.fromkeys(w for v in variants for w in v)), token_lists)
    scored = []
    for row, tokens in zip(rows, token_lists):
        weighted, plain = max(match.coverage_both(list(v), tokens, weights) for v in variants)
        if plain < MIN_COVERAGE or weighted < MIN_COVERAGE + 0.15:
            continue
        if required and match.coverage(list(required), tokens) < 1.0 and not _set_in(store, row["article_id"], required):
            continue  # a place the question names must be in the sentence, or be where the report is from
        scored.append((weighted, row, tokens))
    # among the best-covering sentences, those of a report naming the question's ordinal first
    top = max((c[0] for c in scored), default=0.0)
    named = holding(store, ordinal, (c[1]["article_id"] for c in scored if c[0] == top))
    scored.sort(key=lambda c: (-c[0], c[1]["article_id"] not in named, c[1]["article_id"], c[1]["position"]))
    asked = {text.search_form(w) for w in words}
    if about_report or need == "date":
        published = _published(store, scored[0][1]) if scored else None
        if about_report and published:
            return Fact(scored[0][1], scored[0][0], published, weights)
    for coverage, row, tokens in scored:
        matched = _matched(words, tokens)
        where = [row["article_id"], row["position"]]
        if need == "date":
            dates = store.rows("SELECT iso, raw FROM dates WHERE article_id = ? AND sentence = ? ORDER BY id", where)
            value = _nearest([(d["iso"], d["raw"]) for d in dates], tokens, matched, row["text"])
        else:  # "place"
            places = store.rows(
                "SELECT name, kind, province FROM places WHERE article_id = ? AND sentence = ? ORDER BY kind != 'venue', id",
                where)
            options = [(p["name"], p["name"]) for p in places if text.search_form(p["name"]) not in asked
                       and not set(text.search_form(p["name"]).split()) <= asked
                       and text.search_form(p["name"]) not in around]
            if quoted := _asked_in_quote(words, row["text"]):  # only places the quote itself names
                options = [o for o in options if f" {text.search_form(o[1])} " in f" {quoted} "]
            value = _nearest(options, tokens, matched)
            if value and any(p["name"] == value and p["kind"] == "province" for p in places):
                value = _within(store, row["article_id"], value, words) or value
        if value:
            return Fact(row, coverage, value, weights)
    if need == "date" and published:  # no sentence that covers the question names a date
        return Fact(scored[0][1], scored[0][0], published, weights)
    return None


def _within(store: Store, article_id: int, province: str, words: tuple[str, ...]) -> str | None:
    """The most specific place the report gives inside ``province`` for what was asked: «مدیرکل
    ... استان زنجان در کارگاه آموزشی ...» heads a report whose body holds the workshop «در مجتمع
    فرهنگی هنری ابهر» — the province there is the official's, the event was in Abhar. The
    report's event that best fits the question's words and lies in the province (its venue and
    city), else the report's dateline city when it lies in the province; None when neither."""
    best: tuple[float, int, str] | None = None
    for event in store.rows("SELECT name, search, place, venue, sentence FROM events WHERE article_id = ? "
                            "AND place IS NOT NULL ORDER BY sentence, id", [article_id]):
        if event["place"] == province or not any(
                p.province == province for p in gazetteer.find_places(event["place"])):
            continue
        cover = match.coverage(list(words), event["search"].split())
        if cover > 0 and (best is None or cover > best[0]):
            venue = event["venue"]
            here = f"{venue}، {event['place']}" if venue and event["place"] not in venue else venue or event["place"]
            best = (cover, event["sentence"], here)
    if best:
        return best[2]
    article = store.article(article_id)
    if article["place"] and article["place"] != province and article["province"] == province:
        return str(article["place"])
    return None


def _asked_in_quote(words: tuple[str, ...], sentence: str) -> str | None:
    """The search form of the «quoted» words of ``sentence`` when they alone hold the question's
    words: «امام جمعه اردبیل ... گفت: «نتانیاهو در دیدار با ترامپ ...» asked where Trump and
    Netanyahu met — Ardabil, outside the quote, is where the sermon was, not the meeting. A
    quote left open runs to the sentence's end (a paragraph's quote spans sentences)."""
    inside: list[str] = []
    outside: list[str] = []
    depth = 0
    for ch in sentence:
        if ch == "«":
            depth += 1
        elif ch == "»":
            depth = max(depth - 1, 0)
        (inside if depth else outside).append(ch if ch not in "«»" else " ")
    if not inside:
        return None
    quoted, bare = text.search_form("".join(inside)), text.search_form("".join(outside))
    if match.coverage(list(words), bare.split()) >= MIN_COVERAGE or match.coverage(list(words), quoted.split()) < MIN_COVERAGE:
        return None
    return quoted


def ordinal(raw: str) -> str | None:
    """The question's ordinal with the word after it, in the search form («اولین سمینار»):
    the words never count toward coverage (stop words), yet tell the report that holds them
    from the same-named events of other towns."""
    found = _ORDINAL.search(text.search_form(raw))
    return found.group(1) if found else None


def holding(store: Store, phrase: str | None, article_ids: Iterable[int]) -> frozenset[int]:
    """The articles among ``article_ids`` with a sentence holding ``phrase`` (search form)."""
    ids = sorted(set(article_ids))
    if not phrase or not ids:
        return frozenset()
    return frozenset(r["article_id"] for r in store.rows_in(
        "SELECT DISTINCT article_id FROM sentences WHERE instr(' ' || search || ' ', ?) > 0 AND article_id IN ({})",
        ids, before=[f" {phrase} "]))


def _published(store: Store, row: dict[str, Any]) -> str | None:
    found = store.rows("SELECT published FROM articles WHERE id = ?", [row["article_id"]])
    return found[0]["published"] if found else None
