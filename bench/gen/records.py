"""The generated records: articles, their speakers, and questions with known answers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

ZWNJ = "\u200c"
DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class Speaker:
    name: str  # canonical full name, no honorific: «محمدعلی طالبی»
    role: str  # canonical role: «استاندار کرمان»
    statements: tuple[str, ...] = ()  # exact statement texts as printed in the article


@dataclass(frozen=True)
class GeneratedArticle:
    key: str
    text: str
    published: dt.date
    speakers: tuple[Speaker, ...]
    event: str
    place: str  # the city where the event took place
    jalali: str  # the event's Jalali date, «۱۷ آبان ۱۴۰۴»
    attendees: tuple[Speaker, ...] = ()  # named and given a role, but not quoted


@dataclass(frozen=True)
class Question:
    text: str
    kind: str  # who_said | what_said | when | where | role_of | person_role
    article_key: str
    expect: str  # a string that must appear in a correct answer (see answer_matches)
    variant: str = "formal"  # formal | colloquial, with "+typo" when a letter is wrong
