"""Fuzzy scoring: the only module that imports rapidfuzz.

Inputs are always search forms (folded letters, glued affixes), so ``processor=None``
is passed explicitly: rapidfuzz's default processor would not fold Arabic letters and
would split words at the half-spaces we already removed.
"""

from __future__ import annotations

import bisect
import functools
import math
from collections.abc import Iterable, Mapping, Sequence

from rapidfuzz import fuzz, process

from .text import stem

WORD_CUTOFF = 78.0


@functools.lru_cache(maxsize=262_144)
def word_score(query: str, candidate: str) -> float:
    """0–100: how well one candidate word stands for one query word.

    A shared prefix of three or more letters counts fully when the shorter word is
    most of the longer (جامع / جامعی, فرصت / فرصتها); otherwise edit similarity.
    """
    if query == candidate or stem(query) == stem(candidate):
        return 100.0
    if _plural_base(query) == _plural_base(candidate) != "":
        return 95.0  # «دانشجوها» / «دانشجویان»: two plurals of one word
    short, long = sorted((query, candidate), key=len)
    if len(short) >= 3 and long.startswith(short):
        # an inflection (جامع / جامعی, فرصت / فرصتها) is the same word; another word built
        # on it is not (نمایش / نمایشگاه)
        if _inflects(short, long):
            return 95.0
    return fuzz.ratio(query, candidate, processor=None)


_INFLECTIONS = frozenset({
    "ها", "های", "هایی", "ی", "ای", "یی", "ان", "ات", "تر", "ترین", "ش", "شان", "م", "ت", "مان", "تان",
    "هایش", "هایشان", "ند", "ید", "یم", "ه", "ه‌ای", "گان", "ست", "است",
})


_PLURALS = ("هایی", "های", "ها", "یان", "ان")


@functools.lru_cache(maxsize=262_144)
def _plural_base(word: str) -> str:
    """The word without one plural ending, when at least four letters remain; else "".
    Cached: every candidate word of every scored sentence asks it (1.5 M calls for 500
    questions at 10k articles, a sixth of the answering time)."""
    for ending in _PLURALS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return ""


def _weight(word: str) -> float:
    return float(min(len(word), 7))


def coverage(query: Sequence[str], candidate: Sequence[str], *, cutoff: float = WORD_CUTOFF,
             weights: Mapping[str, float] | None = None) -> float:
    """0–1: the weighted share of query words with a close word in the candidate.

    A word weighs by its length, times ``weights[word]`` when given (see :func:`idf`).
    """
    if not query:
        return 0.0
    return _share(query, _coverage_scores(query, candidate, cutoff), cutoff, weights)


def coverage_both(query: Sequence[str], candidate: Sequence[str], weights: Mapping[str, float], *,
                  cutoff: float = WORD_CUTOFF) -> tuple[float, float]:
    """``coverage`` with ``weights`` and without, from one scoring of the words (the same
    two numbers as two calls, for half the work)."""
    if not query:
        return 0.0, 0.0
    scores = _coverage_scores(query, candidate, cutoff)
    return _share(query, scores, cutoff, weights), _share(query, scores, cutoff, None)


def holds_all(query: Sequence[str], candidate: Sequence[str], *, cutoff: float = WORD_CUTOFF) -> bool:
    """Whether every query word scores 100 in the candidate: then ``coverage`` is 1.0 with
    any weights, and nothing can cover the query more."""
    return bool(query) and all(s >= 100.0 for s in _coverage_scores(query, candidate, cutoff))


def _share(query: Sequence[str], scores: list[float], cutoff: float,
           weights: Mapping[str, float] | None) -> float:
    def weight(word: str) -> float:
        return _weight(word) * (weights.get(word, 1.0) if weights else 1.0)

    total = sum(weight(w) for w in query)
    got = sum(weight(w) * s / 100.0 for w, s in zip(query, scores) if s >= cutoff)
    return got / total if total else 0.0


def _coverage_scores(query: Sequence[str], candidate: Sequence[str], cutoff: float) -> list[float]:
    """Each query word's best score in the candidate, joined and split words included."""
    cand = list(dict.fromkeys(candidate))
    scores = _best_scores(query, cand, cutoff=cutoff)
    for i in range(len(query) - 1):  # «هلال احمر» asked, «هلال‌احمر» written
        if scores[i] < cutoff or scores[i + 1] < cutoff:
            pair = query[i] + query[i + 1]
            joined = max((word_score(pair, c) for c in cand if len(c) >= len(pair) - 1), default=0.0)
            if joined >= cutoff:
                scores[i] = max(scores[i], joined)
                scores[i + 1] = max(scores[i + 1], joined)
    missing = [i for i, score in enumerate(scores) if score < 95.0]
    if missing and len(candidate) > 1:  # «غیرایرانی» asked, «غیر ایرانی» written
        pairs = list({a + b for a, b in zip(candidate, candidate[1:])})
        for i in missing:
            found = process.extractOne(query[i], pairs, scorer=fuzz.ratio, processor=None, score_cutoff=cutoff)
            if found:
                scores[i] = max(scores[i], float(found[1]))
    return scores


class Coverage:
    """:func:`coverage` of one query over many candidates (every statement of a person asked
    about): each distinct candidate word (and pair of adjacent words) is scored against the
    query words once, however many candidates hold it, instead of once per candidate. Words
    that no rule of :func:`word_score` can bring to the cutoff (no edit similarity that
    high, no shared start) are ruled out by rapidfuzz in C; the rest get the very scores of
    :func:`_best_scores_of`, so ``of`` returns what :func:`coverage` does (tests/test_match.py
    compares them over the sentences of generated articles)."""

    def __init__(self, query: Sequence[str], *, cutoff: float = WORD_CUTOFF) -> None:
        self.query = tuple(query)
        self.cutoff = cutoff
        self._seen: set[str] = set()
        self._word: list[dict[str, float]] = [{} for _ in self.query]  # per query word: words ≥ cutoff
        self._pairs = [a + b for a, b in zip(self.query, self.query[1:])]  # asked apart, written as one
        self._joined: list[dict[str, float]] = [{} for _ in self._pairs]
        self._pairs_seen: set[tuple[str, str]] = set()
        # per query word: adjacent candidate words that, glued, score ≥ cutoff (written as two)
        self._split: list[dict[tuple[str, str], float]] = [{} for _ in self.query]
        self._weights = [_weight(w) for w in self.query]
        self._total = sum(self._weights)

    def many(self, candidates: Sequence[Sequence[str]]) -> list[float]:
        """``of`` for each candidate (unweighted), the words of them all scored together
        first: cheaper than one candidate at a time."""
        held = [set(c) for c in candidates]
        self._add_words(set().union(*held))
        # the adjacent words of every candidate some query word may be written as two in
        # (one short of 95 before the pairs are asked, as _of asks them), scored in one pass
        # a query word instead of one a candidate
        pairs = [set(zip(c, c[1:])) if len(c) > 1 and self._short(h) else None for c, h in zip(candidates, held)]
        self._add_pairs(set().union(*(p for p in pairs if p)))
        return [self._of(c, h, p, None) for c, h, p in zip(candidates, held, pairs)]

    def _short(self, cand: set[str]) -> bool:
        """Whether some query word has no word of ``cand`` scoring 95 or more (as written,
        before the joined pairs of _of, which can only raise a score): the candidates whose
        adjacent words _of may ask about."""
        return any(all(held[c] < 95.0 for c in cand.intersection(held)) for held in self._word)

    def _add_words(self, words: set[str]) -> None:
        new = sorted(words - self._seen)
        if not new:
            return
        self._seen.update(new)
        for held, word in zip(self._word, self.query):
            for c in _may_reach(word, new, self.cutoff):
                score = _best_scores_of.__wrapped__((word,), (c,), self.cutoff)[0]
                if score >= self.cutoff:
                    held[c] = score
        for held, pair in zip(self._joined, self._pairs):
            for c in _may_reach(pair, [c for c in new if len(c) >= len(pair) - 1], self.cutoff):
                score = word_score(pair, c)
                if score >= self.cutoff:
                    held[c] = score

    def _add_pairs(self, pairs: set[tuple[str, str]]) -> None:
        new = pairs - self._pairs_seen
        if not new:
            return
        self._pairs_seen.update(new)
        glued: dict[str, list[tuple[str, str]]] = {}
        for a, b in new:
            glued.setdefault(a + b, []).append((a, b))
        choices = sorted(glued)
        for held, word in zip(self._split, self.query):
            for pair, score, _ in process.extract(word, choices, scorer=fuzz.ratio, processor=None,
                                                  score_cutoff=self.cutoff, limit=None):
                for ab in glued[pair]:
                    held[ab] = float(score)

    def of(self, candidate: Sequence[str], *, weights: Mapping[str, float] | None = None) -> float:
        """``coverage(query, candidate, weights=weights)``."""
        cand = set(candidate)
        if not cand <= self._seen:
            self._add_words(cand)
        return self._of(candidate, cand, None, weights)

    def _of(self, candidate: Sequence[str], cand: set[str], pairs: set[tuple[str, str]] | None,
            weights: Mapping[str, float] | None) -> float:
        if not self.query:
            return 0.0
        cutoff = self.cutoff
        scores = []
        for held in self._word:
            found = cand.intersection(held)
            scores.append(max(held[c] for c in found) if found else 0.0)
        for i, held in enumerate(self._joined):  # the same steps as _coverage_scores
            if scores[i] < cutoff or scores[i + 1] < cutoff:
                found = cand.intersection(held)
                if found:
                    joined = max(held[c] for c in found)
                    scores[i] = max(scores[i], joined)
                    scores[i + 1] = max(scores[i + 1], joined)
        missing = [i for i, score in enumerate(scores) if score < 95.0]
        if missing and len(candidate) > 1:  # a query word written as two
            if pairs is None:
                pairs = set(zip(candidate, candidate[1:]))
                if not pairs <= self._pairs_seen:
                    self._add_pairs(pairs)
            for i in missing:
                found = pairs.intersection(self._split[i])
                if found:
                    scores[i] = max(scores[i], max(self._split[i][ab] for ab in found))
        if weights:
            return _share(self.query, scores, cutoff, weights)
        # _share without weights, its sums in the same order
        got = sum(weight * score / 100.0 for weight, score in zip(self._weights, scores) if score >= cutoff)
        return got / self._total if self._total else 0.0


def _may_reach(word: str, choices: list[str], cutoff: float) -> list[str]:
    """The choices :func:`word_score` could score ``word`` at ``cutoff`` or more against:
    an edit similarity that high, or a start shared with it (every other rule — one stem,
    one plural base, an inflection — needs one word to begin with the other, or both with
    ``word``'s stem or plural base, each a start of ``word``)."""
    start = min((p for p in (word, stem(word), _plural_base(word)) if p), key=len)
    close = {c for c, _, _ in process.extract(word, choices, scorer=fuzz.ratio, processor=None,
                                              score_cutoff=cutoff, limit=None)}
    return [c for c in choices if c in close or c.startswith(start) or word.startswith(c)]


def _best_scores(query: Sequence[str], cand: list[str], *, cutoff: float) -> list[float]:
    """For each query word, the best :func:`word_score` against any candidate word, or
    0 when below ``cutoff`` — the same rules, with rapidfuzz scanning the candidates in C
    instead of one Python call per pair. Cached: :func:`idf` and :func:`coverage` score the
    same sentence against the same words one after the other."""
    return list(_best_scores_of(tuple(query), tuple(cand), cutoff))


@functools.lru_cache(maxsize=16_384)
def _best_scores_of(query: tuple[str, ...], cand: tuple[str, ...], cutoff: float) -> tuple[float, ...]:
    held = set(cand)
    stems = {stem(c) for c in cand}
    ordered: list[str] | None = None  # sorted once, when some word is not held as it is
    bases: set[str] | None = None  # the candidates' words without a plural ending, likewise
    out = []
    for word in query:
        if word in held or stem(word) in stems:
            out.append(100.0)
            continue
        if ordered is None:
            ordered = sorted(held)
        if bases is None:
            bases = {_plural_base(c) for c in cand} - {""}
        best = 95.0 if _inflected(word, held, ordered) or _plural_base(word) in bases else 0.0
        found = process.extractOne(word, cand, scorer=fuzz.ratio, processor=None, score_cutoff=cutoff)
        best = max(best, float(found[1]) if found else 0.0)
        out.append(best if best >= cutoff else 0.0)
    return tuple(out)


def _inflects(short: str, long: str) -> bool:
    rest = long[len(short):]
    return rest in _INFLECTIONS or (len(short) / len(long) >= 0.5 and not rest.startswith(_DERIVATIONS))


# Suffixes that build another word on a stem: «استاندار» is not «استان», «نمایشگاه» not «نمایش»
_DERIVATIONS = ("دار", "گاه", "مند", "گر", "ستان", "کار", "نامه", "گذار", "بان", "وار", "گری")


def _inflected(word: str, held: set[str], ordered: list[str]) -> bool:
    """Whether a held word is ``word`` inflected, or ``word`` is it inflected (the prefix
    rule of :func:`word_score`): held words that extend ``word`` are found by bisection,
    held words that ``word`` extends by its prefixes."""
    n = len(word)
    if n < 3:
        return False
    i = bisect.bisect_right(ordered, word)
    while i < len(ordered) and ordered[i].startswith(word):
        if _inflects(word, ordered[i]):
            return True
        i += 1
    return any(word[:k] in held and _inflects(word[:k], word) for k in range(3, n))


def idf(query: Sequence[str], candidates: Sequence[Sequence[str]], *, cutoff: float = WORD_CUTOFF) -> dict[str, float]:
    """Weights for query words from how many candidates hold them: a word in every
    candidate sentence («کارخانه» in a report about a factory) tells them apart less
    than a word in one («کلنگ»)."""
    n = len(candidates)
    df = [0] * len(query)
    for cand in candidates:
        for i, score in enumerate(_best_scores(query, list(dict.fromkeys(cand)), cutoff=cutoff)):
            df[i] += score >= cutoff
    return {word: _idf(n, df[i]) for i, word in enumerate(query)}


def _idf(n: int, df: int) -> float:
    return math.log(1 + (n + 1) / (df + 1))


def idf_of_unheld(n: int) -> float:
    """The :func:`idf` weight of a word none of ``n`` candidates holds (the largest)."""
    return _idf(n, 0)


def phrase_score(query: str, candidate: str) -> float:
    """0–100 similarity of two short phrases (names, roles, event names)."""
    if not query or not candidate:
        return 0.0
    return max(
        fuzz.token_set_ratio(query, candidate, processor=None),
        fuzz.partial_ratio(query, candidate, processor=None) if len(query) >= 4 else 0.0,
    )


def role_score(query: str, role: str) -> float:
    """0–100 for a role asked about: every word asked should be in the role (each word
    counts the same, short ones too: «فتا»), and each extra word costs a little, so
    «رییس شورای شهر همدان» fits «رییس شورای اسلامی شهر همدان» better than «رییس
    کمیسیون حمل‌ونقل شورای اسلامی شهر همدان»."""
    asked, held = query.split(), role.split()
    if not asked or not held:
        return 0.0
    even = {w: 7.0 / min(len(w), 7) for w in asked}
    covered = coverage(asked, held, weights=even)
    extra = max(0, len(held) - len(asked))
    return 100.0 * covered * (1.0 - 0.1 * min(extra, 5) / 5)


def closest(query: str, choices: Sequence[str], *, limit: int = 3, cutoff: float = 60.0) -> list[tuple[str, float]]:
    """The best of ``choices`` for ``query`` (names or topics), best first, ties by position."""
    found = process.extract(query, choices, scorer=fuzz.WRatio, processor=None,
                            limit=limit, score_cutoff=cutoff)
    return [(choice, float(score)) for choice, score, _ in found]


def close_spelling(word: str, choices: Sequence[str], *, cutoff: float) -> str | None:
    """The choice closest in spelling to ``word`` (edit similarity ≥ ``cutoff``; ties: the first)."""
    found = process.extractOne(word, choices, scorer=fuzz.ratio, processor=None, score_cutoff=cutoff)
    return found[0] if found is not None else None


def only_close_spelling(word: str, choices: Sequence[str], *, cutoff: float) -> str | None:
    """The one choice closest in spelling to ``word`` (edit similarity ≥ ``cutoff``), None
    when none is or two are equally close («شزکت»: «شرکت»; a tie names no word)."""
    found = process.extract(word, choices, scorer=fuzz.ratio, processor=None, score_cutoff=cutoff, limit=2)
    if not found or (len(found) > 1 and found[1][1] == found[0][1]):
        return None
    return str(found[0][0])


def has_close(word: str, choices: Sequence[str], *, cutoff: float) -> bool:
    """Whether some choice is a close spelling of ``word`` (edit similarity ≥ ``cutoff``)."""
    return close_spelling(word, choices, cutoff=cutoff) is not None
