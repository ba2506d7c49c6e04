"""Context around attributions: where a speaker's talk goes on with no verb of saying, who a
sentence is about for a later «او/ایشان», and an outlet that only relays someone's words
(used by :mod:`knowledge.parse.statements` and :mod:`knowledge.parse.attribution`)."""

from __future__ import annotations

import re
from typing import Protocol, Sequence, TypeVar

from .. import text
from . import people, venues
from .people import Mention
from ..text import Token

T = TypeVar("T")


class VerbSpan(Protocol):
    start: int
    end: int
    phrase: str


# Words that make the name after them an object, not who a sentence is about: «پس از دکتر X، ...».
_GOVERNING = frozenset({"از", "به", "با", "برای", "توسط", "همراه", "نزد", "بین", "میان", "علیه"})


def main_mention(toks: list[Token], mentions: list[Mention], noted: list[T]) -> T:
    """Who a sentence is about, for a later «او/ایشان»: its first name that no preposition
    governs («پس از آقای دکتر شیرزادی، آقای دکتر شاهین فرهنگ ... سخنان خود را آغاز نمودند»)."""
    for mention, person in zip(mentions, noted):
        if mention.start == 0 or toks[mention.start - 1] not in _GOVERNING:
            return person
    return noted[0]


# Verbs by which an outlet passes on someone else's words: «ایرنا نوشت: X گفت: ...».
_RELAYING = frozenset({"نوشت", "گزارش داد", "نقل کرد"})


def reported_report(toks: list[Token], start: int, colon: int | None, verbs: Sequence[VerbSpan]) -> int | None:
    """Where the inner attribution starts when an outlet's «نوشت:» relays a speaker's own
    «X افزود: ...» within a few words; None otherwise."""
    if colon is None:
        return None
    outer = [v for v in verbs if start <= v.start and v.end <= colon]
    if not outer or outer[-1].phrase not in _RELAYING:
        return None
    second = next((i for i in range(colon + 1, min(colon + 10, len(toks))) if toks[i] == ":"), None)
    if second is None or not any(colon < v.start and v.end <= second for v in verbs):
        return None
    return colon + 1


# Openers of the reporter's own narration: they end a run of the speaker's talk.
_NARRATION = re.compile(r"^(?:به گزارش|گفتنی است|لازم به ذکر|یادآور می|یاداور می|قابل ذکر|شایان ذکر|همچنین)")
# The first person: the speaker's voice, which a reporter does not use of himself.
_FIRST_PERSON = frozenset({"ما", "من", "بنده", "ایم", "ام", "مان", "هایمان", "یمان"})


def first_person(toks: list[Token]) -> bool:
    return any(t in _FIRST_PERSON or (text.is_verb(t) and t.endswith("یم")) for t in toks)


def continues(sentence: str, toks: list[Token], start: int, *, same_paragraph: bool, voice: bool) -> bool:
    """A sentence with no verb of saying and no name right after a statement goes on with the
    speaker's words when it speaks in the first person («همه ما فرفره را دیده‌ایم»), or sits in
    a paragraph already read as the speaker's talk; never the reporter's «به گزارش ...». The
    headline too: after a surtitle's own quote («ROLE: ...»), a first-person headline is his."""
    if start > 0 or not toks:
        return False
    if _NARRATION.match(text.search_form(sentence)) or toks[0] in people.PRONOUNS:
        return False
    return (same_paragraph and voice) or first_person(toks)


def names_speaker(sentence: str, roles: list[str]) -> bool:
    """The sentence sets «من» beside the last speaker's post («مشارکت میان من و رئیس‌جمهور ترامپ
    ...» after «رئیس‌جمهور ترامپ ... تأکید کرد»): its «من» is someone else. A speaker naming his
    own post («چون رئیس‌جمهور شده‌ام») is still himself."""
    words = f" {text.search_form(sentence)} "
    return any(f" من و {form} " in words or f" {form} و من " in words
               for form in (text.search_form(role) for role in roles if role))


# Openers of a subordinate clause before the main one: its words are no subject.
_SUBORDINATORS = frozenset({"درحالیکه", "درحالی", "حالیکه", "اگرچه", "هرچند", "باانکه", "باوجوداینکه"})


def subordinate_end(toks: list[Token], i: int) -> int | None:
    """After a «درحالی‌که/در حالی که/اگرچه ...» clause opening at ``i``: the token after the comma
    that follows its verb (a comma inside it, «در واکنش به ...،», does not end it); else None."""
    if not (toks[i] in _SUBORDINATORS or (toks[i] == "در" and i + 1 < len(toks) and toks[i + 1] in {"حالی", "حالیکه"})):
        return None
    comma = next((j for j in range(i + 2, len(toks)) if toks[j] == "،" and venues.verbal(toks, j - 1)), None)
    return comma + 1 if comma is not None else None
