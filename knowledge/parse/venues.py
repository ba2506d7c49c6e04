"""Named venues and spots: «سد درودزن», «تالار علامه امینی», «دانشگاه علوم پزشکی تبریز».

The gazetteer (:mod:`knowledge.parse.places`) knows provinces and cities; a report also
names where exactly something happened. A venue is a head noun from
``data/venue_heads.txt`` followed by its name, up to a boundary. A plural head lists
several («سدهای درودزن، سلمان فارسی و ملاصدرا»).
"""

from __future__ import annotations

import functools

from .. import text
from . import lexicon, people, places
from ..models import PlaceMention

_STOP = people.BOUNDARY - {"و"} | {"برگزار", "شد", "است", "بود", "می", "میشود", "که"}
_MAX = 5


@functools.cache
def heads() -> tuple[tuple[str, ...], ...]:
    return lexicon.phrases("venue_heads.txt")


def _singular(head: str) -> str:
    for plural in ("های", "ها"):
        if head.endswith(plural):
            return head[: -len(plural)]
    return head


def find_venues(sentence: str) -> list[PlaceMention]:
    toks = text.spans(sentence)
    found: list[PlaceMention] = []
    i = 0
    while i < len(toks):
        end = people.match_phrase(toks, i, heads()) if toks[i].is_word else None
        if end is None or (i > 0 and toks[i - 1] in {"این", "ان", "همین"}):
            i += 1
            continue
        head_display = sentence[toks[i].start : toks[end - 1].end]
        plural = toks[end - 1].endswith(("های", "ها")) and len(toks[end - 1]) > 4
        names: list[tuple[int, int]] = []
        j = start = end
        while j < len(toks) and j - start < _MAX * (3 if plural else 1):
            tok = toks[j]
            if plural and tok in {"،", "و"}:
                if j > start:
                    names.append((start, j))
                start = j + 1
            elif not tok.is_word or tok in _STOP or text.is_verb(tok) or tok.isdigit():
                break
            elif j + 1 < len(toks) and toks[j + 1] in {"شد", "کرد", "گردید", "نمود", "شدند", "کردند"}:
                break
            j += 1
        if j > start:
            names.append((start, j))
        if not plural:
            names = names[:1]
        elif len(names) < 2:
            names = []  # «سدهای تهران» is the dams of Tehran, not a dam named Tehran
        for a, b in names:
            if b - a > _MAX:
                continue
            name = sentence[toks[a].start : toks[b - 1].end]
            head = _singular(head_display) if plural else head_display
            inner = places.find_places(name)
            found.append(PlaceMention(
                name=f"{head} {name}", province=inner[0].province if inner else "", kind="venue",
                start=toks[i].start, end=toks[b - 1].end,
                via="در" if i > 0 and toks[i - 1] in {"در", "مقابل", "محل", "کنار", "جلوی"} else None,
            ))
        i = max(j, i + 1)
    return found
