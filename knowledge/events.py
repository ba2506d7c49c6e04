"""Events: what happened, when and where («کارگاه مدیریت فضای مجازی ... برگزار شد»).

An event mention is an event head noun (``data/event_heads.txt``) and its genitive
chain, up to a boundary. Mentions with the same head in one article are one event
(«این کارگاه» and «کارگاه مدیریت فضای مجازی» are the same workshop); its name is
the most specific mention, its date the first date in a sentence that mentions it,
its place the first place in such a sentence, else the article's place.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field

from . import dates as dates_mod
from . import lexicon, people, text
from .models import DateMention, Event, PlaceMention
from .text import Token

_STOP = people.BOUNDARY | {"برگزار", "تشکیل", "افتتاح", "اغاز", "اعلام", "شد", "میشود", "گردید", "یک", "روزه"}
_MAX = 8


@functools.cache
def heads() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted({lexicon._phrase(l) for l in lexicon._lines("event_heads.txt")}, key=len, reverse=True))


@dataclass
class _Mention:
    head: str
    name: str
    words: int
    sentence: int
    anaphoric: bool
    offset: int = 0  # character offset in the sentence


@dataclass
class _Event:
    head: str
    mentions: list[_Mention] = field(default_factory=list)


def mentions_in(sentence: str, toks: list[Token], position: int) -> list[_Mention]:
    found = []
    i = 0
    while i < len(toks):
        end = people.match_phrase(toks, i, heads()) if toks[i].is_word else None
        if end is None:
            i += 1
            continue
        start = i
        nested = people.match_phrase(toks, end, heads()) if end < len(toks) else None
        if nested is not None:  # «رویداد بوت‌کمپ ...»: the inner head is the event
            start, end = end, nested
        head = "".join(toks[start:end])
        j = end
        while j < len(toks) and j - start < _MAX and toks[j].is_word and toks[j] not in _STOP:
            if people.match_phrase(toks, j, heads()) is not None:
                break
            j += 1
        anaphoric = start > 0 and toks[start - 1] in {"این", "ان", "همین"}
        name = sentence[toks[start].start : toks[j - 1].end]
        found.append(_Mention(head, name, j - start, position, anaphoric, toks[start].start))
        i = j
    return found


def extract(
    sentences: list[tuple[int, str]],
    *,
    dates: list[DateMention],
    places: list[PlaceMention],
    article_place: str | None,
    person_sentences: list[tuple[int, ...]],
) -> list[Event]:
    events: dict[str, _Event] = {}
    dated: dict[str, DateMention] = {}
    for position, sentence in sentences:
        here = [d for d in dates if d.sentence == position]
        found = []
        for m in mentions_in(sentence, text.spans(sentence), position):
            if m.words == 1 and m.head not in events and not here:
                continue  # a bare «جلسه» with nothing to say about it
            events.setdefault(m.head, _Event(m.head)).mentions.append(m)
            found.append(m)
        for d in sorted(here, key=lambda d: d.relative):  # a date belongs to the nearest event
            if found:
                nearest = min(found, key=lambda m: abs(m.offset - d.start))
                dated.setdefault(nearest.head, d)
    out = []
    for ev in events.values():
        names = Counter(m.name for m in ev.mentions if m.words > 1 and not m.anaphoric)
        if not names:
            names = Counter(m.name for m in ev.mentions if m.words > 1) or Counter(m.name for m in ev.mentions)
        top = max(names.values())
        name = max((n for n, c in names.items() if c == top), key=len)
        where = {m.sentence for m in ev.mentions}
        date = dated.get(ev.head)
        place = next((p.name for p in places if p.sentence in where), article_place)
        people_idx = tuple(i for i, sents in enumerate(person_sentences) if where & set(sents))
        out.append(Event(
            name=name, sentence=min(where),
            date=date.date if date else None,
            jalali=dates_mod.jalali_iso(date.date) if date else None,
            place=place, people=people_idx,
        ))
    return sorted(out, key=lambda e: e.sentence)

