"""Fuzzy scoring: the only module that imports rapidfuzz.

Inputs are always search forms (folded letters, glued affixes), so ``processor=None``
is passed explicitly: rapidfuzz's default processor would not fold Arabic letters and
would split words at the half-spaces we already removed.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz, process

WORD_CUTOFF = 78.0


def word_score(query: str, candidate: str) -> float:
    """0–100: how well one candidate word stands for one query word.

    A shared prefix of three or more letters counts fully when the shorter word is
    most of the longer (جامع / جامعی, فرصت / فرصتها); otherwise edit similarity.
    """
    if query == candidate:
        return 100.0
    short, long = sorted((query, candidate), key=len)
    if len(short) >= 3 and long.startswith(short) and len(short) / len(long) >= 0.5:
        return 95.0
    return fuzz.ratio(query, candidate, processor=None)


def _weight(word: str) -> float:
    return float(min(len(word), 7))


def coverage(query: Sequence[str], candidate: Sequence[str], *, cutoff: float = WORD_CUTOFF) -> float:
    """0–1: the weighted share of query words with a close word in the candidate."""
    if not query:
        return 0.0
    cand = list(dict.fromkeys(candidate))
    total = sum(_weight(w) for w in query)
    got = 0.0
    for word in query:
        best = max((word_score(word, c) for c in cand), default=0.0)
        if best >= cutoff:
            got += _weight(word) * best / 100.0
    return got / total


def phrase_score(query: str, candidate: str) -> float:
    """0–100 similarity of two short phrases (names, roles, event names)."""
    if not query or not candidate:
        return 0.0
    return max(
        fuzz.token_set_ratio(query, candidate, processor=None),
        fuzz.partial_ratio(query, candidate, processor=None) if len(query) >= 4 else 0.0,
    )


def role_score(query: str, role: str) -> float:
    """0–100 for a role asked about: the words asked must be there, extra words cost a little
    («رییس شورای شهر همدان» fits «رییس شورای اسلامی شهر همدان» better than «رییس کمیسیون
    حمل‌ونقل شورای اسلامی شهر همدان»)."""
    if not query or not role:
        return 0.0
    return 0.7 * fuzz.token_set_ratio(query, role, processor=None) + 0.3 * fuzz.token_sort_ratio(query, role, processor=None)


def closest(query: str, choices: Sequence[str], *, limit: int = 3, cutoff: float = 60.0) -> list[tuple[str, float]]:
    """The best of ``choices`` for ``query`` (names or topics), best first, ties by position."""
    found = process.extract(query, choices, scorer=fuzz.WRatio, processor=None,
                            limit=limit, score_cutoff=cutoff)
    return [(choice, float(score)) for choice, score, _ in found]
