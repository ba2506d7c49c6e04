"""Frozen records that flow between the parser, the store and the answerer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DateMention:
    """A date found in a sentence, resolved to both calendars."""

    raw: str  # the text as written, e.g. «روز شنبه ۱۷ آبان»
    start: int  # character offsets in the sentence's display text
    end: int
    date: dt.date  # Gregorian
    jalali: str  # "1404-08-17"
    weekday: str  # Persian weekday name of the resolved date, «شنبه»
    has_year: bool  # False when the year was inferred from the publication date
    relative: bool = False  # «امروز», «دیروز», a bare weekday ...
    weekday_conflict: bool = False  # the text names a weekday that does not match
    sentence: int | None = None  # filled by the parser: sentence position


@dataclass(frozen=True)
class PlaceMention:
    name: str  # canonical name, «تبریز»
    province: str  # «آذربایجان شرقی»
    kind: str  # "province" | "city" | "country"
    start: int
    end: int
    via: str | None = None  # an organisation that carries the place
    sentence: int | None = None


@dataclass(frozen=True)
class Sentence:
    position: int  # 0-based across the article (headline first)
    paragraph: int
    text: str  # hazm's form (knowledge.text.normalize): what the parser reads
    search: str  # search form (of ``text``)
    shown: str = ""  # the sentence as the article writes it: stored and cited to users


@dataclass(frozen=True)
class Person:
    name: str  # the fullest name seen, without honorifics: «محمدعلی طالبی»
    honorifics: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()  # surname, roles, epithets used for them
    quoted: bool = False  # made at least one statement
    sentences: tuple[int, ...] = ()  # where they are mentioned


@dataclass(frozen=True)
class Statement:
    speaker: int  # index into ParsedArticle.persons
    verb: str  # the verb of saying as written: «تاکید کرد»
    text: str  # what was said (the quote, or the reported clause)
    first_sentence: int
    last_sentence: int
    direct: bool  # a quote after «:» or inside «»
    via: str = "name"  # how the speaker was found: name|pronoun|role|surname|context
    shown: str = ""  # ``text`` as the article writes it: stored and quoted to users


@dataclass(frozen=True)
class Event:
    name: str  # «کارگاه مدیریت فضای مجازی»
    sentence: int
    date: dt.date | None = None
    jalali: str | None = None
    place: str | None = None  # city (or province)
    venue: str | None = None  # «تالار علامه امینی», when the text names one with «در»
    people: tuple[int, ...] = ()  # indexes into ParsedArticle.persons


@dataclass(frozen=True)
class ParsedArticle:
    title: str
    body: str  # the text as written (knowledge.text.clean), paragraphs joined by blank lines
    search_hash: str  # hash of the search form of hazm's form: the same text twice is one article
    surtitle: str | None = None
    lead: str | None = None
    source: str | None = None
    published: dt.date | None = None
    place: str | None = None  # the article's main place (city or province)
    province: str | None = None
    sentences: tuple[Sentence, ...] = ()
    persons: tuple[Person, ...] = ()
    statements: tuple[Statement, ...] = ()
    dates: tuple[DateMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = field(default=())
