"""The words of a question that say nothing of what is asked (:func:`stopwords`), and
whether its words name an event (:func:`starts_with_event`, :func:`event_words`), for
:mod:`.question` and the engine's event routes. Words in the search form."""

from __future__ import annotations

import functools
import re

from .. import text
from ..parse import lexicon

_FILLER = frozenset(
    "ایا لطفا بگو بگویید بفرمایید میخواهم بدانم میدانی دیگر هم نیز است بود شد هست اند "
    "را که و در به با از این ان خبر خبرها اخبار مقاله یک ای ها چه چیز چیزی ؟ ? ! . ، "
    "برگزار گردید انجام تشکیل صحبت سخن سخنرانی حضور داشت داشتند کرد کردند اتفاق اتفاقی افتاد رخ "
    "داد میشود میشه شود دقیقا اصلا واقعا حتما لطفا الان چیست".split()
)
_DEMONSTRATIVES = frozenset({"این", "ان", "همین", "همان"})  # «این مقام» is a head, «این» no content word


@functools.cache
def stopwords() -> frozenset[str]:
    """hazm's stop words and a question's fillers, less the words of event and role heads
    («جلسه», «این مقام») and the topic nouns hazm lists («سهم»)."""
    from ..parse.events import heads as event_heads

    keep = {w for h in (*event_heads(), *lexicon.role_heads().heads) for w in h} - _DEMONSTRATIVES
    return (frozenset(text.stopwords()) | _FILLER) - keep - _TOPIC_NOUNS


# Nouns in hazm's stop words that are a question's topic («درباره سهم مدیریتی زنان», «رشد اقتصادی»).
_TOPIC_NOUNS = frozenset({"سهم", "رشد", "خطر"})


_ORDINAL = re.compile(r"^(?:\S+مین|نخستین|اولین|آخرین|\d+)$")


def starts_with_event(words: list[str] | tuple[str, ...]) -> bool:
    """The words open with an event noun («نشست ...», «دومین همایش ...»): «کی بود» asks
    when, and the question is about that event, not about a person named in it."""
    from ..parse.events import heads as event_heads
    from ..parse.people import match_phrase

    toks = [text.Token(w, 0, 0) for w in words if w not in stopwords()]
    while toks and (_ORDINAL.match(toks[0]) or toks[0] in _EVENT_FRAME or toks[0] in _TENS):
        toks = toks[1:]  # «دومین», «نخستین», «۱۲», «بیست و یکمین»: the ordinal before the event noun
    if not toks:
        return False
    if match_phrase(toks, 0, event_heads()) is not None:
        return True
    # «مراسن افتتاح ...»: the event noun with one letter wrong, as names and titles are;
    # «پیش‌اجلاس ...»: the meeting before one, an event too
    first = frozenset(h[0] for h in event_heads())
    near = toks[0][len(_BEFORE):] if toks[0].startswith(_BEFORE) else _one_letter_off(toks[0], first)
    return bool(near) and match_phrase([text.Token(near, 0, 0), *toks[1:]], 0, event_heads()) is not None


# «تاریخ برگزاری دومین همایش ...», «محل برگزاری ...»: words before the event noun that
# say what is asked of it, not which event it is
_EVENT_FRAME = frozenset({"برگزاری", "تاریخ", "محل", "زمان"})
_BEFORE = "پیش"  # «پیش‌اجلاس», «پیش‌همایش» (the half-space gone in the search form)
_TENS = frozenset("بیست سی چهل پنجاه شصت هفتاد هشتاد نود صد".split())  # «بیست و یکمین»


def _one_letter_off(word: str, known: frozenset[str]) -> str | None:
    """The one known word of four letters or more that ``word`` is with one letter
    replaced, if there is exactly one (never a word known as it is)."""
    if len(word) < 4 or word in known:
        return None
    found = {k for k in known if len(k) == len(word) and sum(a != b for a, b in zip(k, word)) == 1}
    return next(iter(found)) if len(found) == 1 else None


def event_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words that may name an event: verb forms («خوانده», «ساخته») dropped unless
    they are an event noun too («نشست»); all of them when nothing else is left."""
    from ..parse.events import heads as event_heads

    nouns = {w for h in event_heads() for w in h}
    kept = tuple(w for w in words if w in nouns or not text.is_verb(w))
    return kept or words
