"""The records that flow through the answer engine: a :class:`Result` per cited fact,
the :class:`Context` a conversation carries, and the :class:`Answer` to one question.

A module of its own so that the engine's parts (``said``, ``reply``) and the engine
import them from below instead of from each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Result:
    speaker: str | None
    role: str | None
    statement: str | None
    sentence: str | None
    date: str | None
    date_jalali: str | None
    place: str | None
    event: str | None
    article_id: int
    article_title: str
    score: float
    sentence_position: int | None = None
    verb: str | None = None
    statement_id: int | None = None
    person_id: int | None = None
    quoted: bool | None = None  # for people: made a statement in the article
    article_source: str | None = None  # the outlet («خبرگزاری ایرنا»), for the citation
    article_published: str | None = None  # the article's ISO date, for the citation
    reason: str | None = None  # «why»: the reason clause as the report writes it (knowledge.answer.reasons)


@dataclass(frozen=True)
class Context:
    """What a conversation carries to the next question («وی دیگر چه گفت؟»)."""

    person_id: int | None = None
    person_name: str | None = None
    shown: frozenset[int] = frozenset()  # statement ids already shown


@dataclass(frozen=True)
class Answer:
    question: str
    kind: str
    found: bool
    text: str
    results: tuple[Result, ...] = ()
    context: Context = field(default_factory=Context)
    shown: int = 0  # how many of ``results`` the text shows; the rest are for «بیشتر»
    window: tuple[str, str] | None = None  # the question's time window, ISO Gregorian, both ends inclusive
    outside: bool = False  # the window held nothing: the results come from outside it

    def to_json(self) -> dict[str, Any]:
        keys = ("speaker", "role", "statement", "sentence", "date", "date_jalali", "place",
                "event", "article_id", "article_title", "score")
        out: dict[str, Any] = {
            "question": self.question, "kind": self.kind, "found": self.found, "answer": self.text,
            "results": [{k: getattr(r, k) for k in keys} for r in self.results],
        }
        if self.window:
            out["window"] = {"from": self.window[0], "to": self.window[1]}
            out["outside_window"] = self.outside
        return out
