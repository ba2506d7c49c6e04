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
from dataclasses import dataclass, field, replace

from . import calendars
from .. import match, text
from . import lexicon, people
from .venues import TAKES_AZ as _TAKES_AZ
from .venues import heads as venue_heads
from .venues import is_setting, verbal
from ..models import DateMention, Event, PlaceMention
from ..text import Token

_STOP = (people.BOUNDARY - {"هفته", "سال", "ماه"}) | {
    "برگزار", "تشکیل", "افتتاح", "اغاز", "اعلام", "شد", "میشود", "گردید", "یک", "روزه", "اقامه",
    "روزهای", "صبح", "عصر", "ظهر", "شامگاه", "بامداد", "امروز", "دیروز", "فردا",
    "توسط"}  # «همایش بزرگداشت X توسط ۷ خوشنویس»: by whom, not the event's name
# Inside an event name «و» joins two content words («پژوهش و فناوری»), and «از» follows the
# nouns that take it (venues.TAKES_AZ: «بازدید از ...», «حفاظت از منابع آب»).
_MAX = 8


@functools.cache
def heads() -> tuple[tuple[str, ...], ...]:
    return lexicon.phrases("event_heads.txt")


@dataclass
class _Mention:
    head: str
    name: str
    words: int
    sentence: int
    anaphoric: bool
    offset: int = 0  # character offset in the sentence


def _key(events: dict[str, "_Event"], m: _Mention) -> str:
    """Mentions with the same head are one event unless both name it and the names differ."""
    if m.words == 1 or m.anaphoric:
        return next((k for k in events if events[k].head == m.head), m.head)
    for key, ev in events.items():
        if ev.head != m.head:
            continue
        names = [x.name for x in ev.mentions if x.words > 1 and not x.anaphoric]
        if not names or any(match.phrase_score(text.search_form(n), text.search_form(m.name)) >= 85 for n in names):
            return key
    return m.head if m.head not in events else f"{m.head}#{len(events)}"


@dataclass
class _Event:
    head: str
    mentions: list[_Mention] = field(default_factory=list)


def _indefinite(tok: str) -> str | None:
    """The head of «همایشی», «جلسه‌ای» (a head with the indefinite «ی/ای»), or None."""
    for stem in (tok[:-2] if tok.endswith("ای") else None, tok[:-1] if tok.endswith("ی") else None):
        if stem and len(stem) > 2 and (stem,) in heads():
            return stem
    return None


def mentions_in(sentence: str, toks: list[Token], position: int) -> list[_Mention]:
    found = []
    i = 0
    while i < len(toks):
        end = people.match_phrase(toks, i, heads()) if toks[i].is_word else None
        if end is None:
            head = _indefinite(toks[i]) if toks[i].is_word else None
            if head is not None:  # «فردا ... همایشی در ... برگزار می‌شود»: the event told of before
                found.append(_Mention(head, sentence[toks[i].start : toks[i].end], 1, position, True,
                                      toks[i].start))
            i += 1
            continue
        if i > 0 and people.match_phrase(toks, i - 1, venue_heads()) == i:
            i = end  # «سالن اجلاس سران» is a hall, not a summit
            continue
        start = i
        nested = people.match_phrase(toks, end, heads()) if end < len(toks) else None
        if nested is not None:  # «رویداد بوت‌کمپ ...»: the inner head is the event
            start, end = end, nested
        head = "".join(toks[start:end])
        j = end
        while j < len(toks) and j - start < _MAX and toks[j].is_word:
            if (toks[j] == "و" and j > end or toks[j] == "از" and toks[j - 1] in _TAKES_AZ) and (
                    j + 1 < len(toks) and _content(toks, j + 1)):
                j += 2
                continue
            if toks[j] in _STOP or verbal(toks, j) or people.match_phrase(toks, j, heads()) is not None:
                break  # «... دیدن کرد», «حضور دارند», «... شرکت کنند»
            if toks[j].isdigit() or (j + 1 < len(toks) and (toks[j + 1] in _LIGHT_VERBS or text.is_verb(toks[j + 1]))):
                break
            j += 1
        anaphoric = start > 0 and toks[start - 1] in {"این", "ان", "همین"}
        name = sentence[toks[start].start : toks[j - 1].end]
        found.append(_Mention(head, name, j - start, position, anaphoric, toks[start].start))
        i = j
    return found


_PAST = frozenset({"شد", "شدند", "گردید", "کرد", "کردند", "نمود", "نمودند", "گفت", "داشت", "بود", "رسید",
                   "داد", "دادند", "امد", "آمد", "یافت"})
_NOT_PAST = frozenset({"خواهد", "خواهند", "میشود", "میشوند", "میگردد", "میکند", "میکنند"})


def _past(toks: list[Token]) -> bool:
    """Whether the sentence tells what happened: a past verb and no present or future one in
    its reporting clause (before «:», the quote that follows is the speaker's own tense)."""
    colon = next((i for i, t in enumerate(toks) if t == ":"), len(toks))
    toks = toks[:colon]
    if any(t in _NOT_PAST for t in toks):
        return False
    return any(t in _PAST or len(t) > 3 and text.is_verb(t) and not t.startswith(("می", "ب", "ن"))
               and not t.endswith(("د", "ند", "م", "یم", "ید")) for t in toks)


_LIGHT_VERBS = frozenset({"شد", "کرد", "گردید", "نمود", "داشت", "شدند", "کردند"})


def _content(toks: list[Token], j: int) -> bool:
    tok = toks[j]
    return (tok.is_word and tok not in _STOP and not text.is_verb(tok) and not tok.isdigit()
            and not people.match_phrase(toks, j, lexicon.role_heads().heads)
            and not (j + 1 < len(toks) and (toks[j + 1] in _LIGHT_VERBS or text.is_verb(toks[j + 1]))))


def extract(
    sentences: list[tuple[int, str]],
    *,
    dates: list[DateMention],
    places: list[PlaceMention],
    article_place: str | None,
    person_sentences: list[tuple[int, ...]],
    lead_end: int = 2,
) -> list[Event]:
    events: dict[str, _Event] = {}
    dateline = next((d for d in dates if d.sentence is None), None)
    past = {position for position, sentence in sentences if _past(text.spans(sentence))}
    nearest: dict[str, tuple[int, DateMention]] = {}  # event key -> (distance, date)
    for position, sentence in sentences:
        here = [d for d in dates if d.sentence == position]
        found = []
        for m in mentions_in(sentence, text.spans(sentence), position):
            if m.words == 1 and m.head not in events and not here:
                continue  # a bare «جلسه» with nothing to say about it
            key = _key(events, m)
            events.setdefault(key, _Event(m.head)).mentions.append(m)
            found.append((key, m))
        for d in here:  # a date belongs to the nearest event in its sentence
            if found:
                key, m = min(found, key=lambda km: abs(km[1].offset - d.start))
                distance = abs(m.offset - d.start)
                if key not in nearest or distance < nearest[key][0]:
                    nearest[key] = (distance, d)
    out = []
    for key, ev in events.items():
        names = Counter(m.name for m in ev.mentions if m.words > 1 and not m.anaphoric)
        if not names:
            names = Counter(m.name for m in ev.mentions if m.words > 1) or Counter(m.name for m in ev.mentions)
        top = max(names.values())
        name = max((n for n, c in names.items() if c == top), key=len)
        where = {m.sentence for m in ev.mentions}
        date = nearest[key][1] if key in nearest else None
        if date is None and min(where) <= lead_end and min(where) in past:
            date = dateline  # the lead reports what happened: on the day of the report
        here = [p for p in places if p.sentence in where and p.kind != "venue"]
        named = text.search_form(name)
        inside = next((p.name for p in here if text.search_form(p.name) in named.split()), None)
        at = [p.name for p in places if p.sentence in where and p.kind == "venue" and p.via == "در"
              and text.search_form(p.name) not in named]
        venue = next((v for v in at if not is_setting(v)), None)  # a setting is an event, not a place
        place = inside or next((p.name for p in here if p.kind == "city"), None) or article_place or next(
            (p.name for p in here), None)
        people_idx = tuple(i for i, sents in enumerate(person_sentences) if where & set(sents))
        out.append(Event(
            name=name, sentence=min(where),
            date=date.date if date else None,
            jalali=calendars.jalali_iso(date.date) if date else None,
            place=place, venue=venue, people=people_idx,
        ))
    out.sort(key=lambda e: e.sentence)
    if out and out[0].sentence <= lead_end:
        # the event the headline or lead reports is the article's own: everyone in it took part
        out[0] = replace(out[0], people=tuple(range(len(person_sentences))))
    return out

