"""Two kinds of question whose answer is a sentence of a certain shape (question_words reads them):

* «organiser» — «برگزارکننده/متولی/مجری X کیه؟», «X رو کی برگزار کرد؟»: the sentence that says who
  held X («به همت / با همکاری / توسط / از سوی ... برگزار شد», «... برگزار کرد», «برگزارکننده ...»);
* «list» — «X تو چه قالب‌هایی ...؟», «کدام رشته‌ها ...؟»: the sentence that enumerates (commas and
  «و», «شامل», «همچون», «عبارتند از», a colon).

Both are knowledge.answer.evidence's sentence that covers the question best, a sentence of that
shape preferred among those that cover it (:func:`holder_bonus`, :func:`list_bonus`). A title held
by a person («متولی/مجری X») is asked of the people first, as «X کیست» is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from .. import text
from ..parse import lexicon
from .question import Question
from .question_words import holder_noun
from .types import Result

HOLDER_BONUS = 0.25  # a sentence that names who held it, over one that covers the question as well
LIST_BONUS = 0.2  # a sentence that enumerates
PER_ITEM = 0.005  # and a little more for each item, up to ten: the fuller list first
# In the search form (no half-space): «به همت X ... برگزار شد», «X ... را برگزار کرد», «برگزارکننده ...»
_AGENT = r"(?:به همت|با همکاری|توسط|از سوی|از طرف|به میزبانی|به دعوت|به کوشش|با مشارکت|به ابتکار|زیر نظر)"
_HELD = r"(?:برگزار|برپا|اجرا|تشکیل|برگزاری)"
_HOLDER_WRITTEN = re.compile(
    rf"(?:^| ){_AGENT} (?:\S+ ){{1,25}}?{_HELD}(?= |$)"
    rf"|(?:^| ){_HELD} (?:کرد|کردند|میکند|میکنند|میکرد|میکردند|نمود|نمودند|کرده|کردهاند|کرده اند|خواهد کرد|خواهند کرد)(?= |$)"
    r"|(?:^| )(?:برگزارکننده|برگزارکنندگان|برگزار کننده|برگزار کنندگان|متولی|مجری|برپاکننده)(?= |$)")
_ENUMERATING = re.compile(r"(?:^| )(?:شامل|همچون|نظیر|مانند|ازجمله|از جمله|عبارتند از|عبارت اند از|عبارتاند از)(?= |$)")


def holder_bonus(row: dict[str, Any]) -> float:
    """:data:`HOLDER_BONUS` when the sentence says who held something, else 0."""
    return HOLDER_BONUS if _HOLDER_WRITTEN.search(row["search"]) else 0.0


def list_bonus(row: dict[str, Any]) -> float:
    """:data:`LIST_BONUS` and :data:`PER_ITEM` a separator when the sentence enumerates: two commas
    or more, or one after «شامل/همچون/از جمله ...» or a colon; else 0."""
    written = row["text"]
    commas = written.count("،") + written.count(",")
    opened = bool(_ENUMERATING.search(row["search"])) or ":" in written
    if commas >= 2 or (commas >= 1 and opened):
        return LIST_BONUS + PER_ITEM * min(commas, 10)
    return 0.0


class AskKinds:
    """The engine's routes for the «organiser» and «list» kinds."""

    q: Question

    def _evidence(self, bonus: Callable[[dict[str, Any]], float] | None = None) -> list[Result]:
        raise NotImplementedError

    def _role_of(self) -> tuple[list[Result], str | None]:
        raise NotImplementedError

    def _organiser(self) -> tuple[list[Result], str | None]:
        noun = holder_noun(text.search_form(self.q.raw))
        if noun and (noun,) in lexicon.role_heads().heads:  # «متولی/مجری X کیست»: a person's title first
            asked = self.q
            self.q = replace(asked, kind="role_of", subject=(noun, *asked.words), words=())
            try:
                found, _ = self._role_of()
            finally:
                self.q = asked
            if found:
                return found, None
        return self._evidence(holder_bonus), None

    def _list(self) -> tuple[list[Result], str | None]:
        return self._evidence(list_bonus), None
