"""The «why» kind (:mod:`.reasons` reads the question and the reasons): the sentence that
covers the question's topic best (knowledge.evidence, a sentence that marks a reason
preferred among those that cover it about as well), and the reason it gives — or, when it
gives none, the reason the sentence after or before it gives, if that one goes on from it
(it opens with a reason, «زیرا ...», or names the cause of «this»: «علت این امر ...»). With no reason
found, the answer says so and cites that nearest sentence: never a guess.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from ..store import Store
from . import evidence, reasons
from .question import Question
from .types import Result


class ReasonKinds:
    store: Store
    q: Question

    def _ok(self, article_id: int) -> bool:
        raise NotImplementedError

    def _prime(self, article_ids: Iterable[int]) -> None:
        raise NotImplementedError

    def _statement_result(self, row: dict[str, Any], score: float) -> Result:
        raise NotImplementedError

    def _plain_result(self, row: dict[str, Any], article: dict[str, Any], score: float, *, iso: str | None) -> Result:
        raise NotImplementedError

    def _why(self) -> tuple[list[Result], str | None]:
        found = evidence.best(self.store, self.q, allowed=self._ok, prime=self._prime, bonus=reasons.bonus)
        if found is None:
            return [], None
        row, reason = self._reason_near(found.sentence, evidence.question_words(self.q))
        statement = found.statement
        if statement is not None and statement["first_sentence"] <= row["position"] <= statement["last_sentence"]:
            result = self._statement_result(statement, found.score)
        else:
            article = self.store.article(row["article_id"])
            result = self._plain_result(row, article, found.score, iso=article["published"])
        return [replace(result, sentence=row["text"], sentence_position=row["position"], reason=reason)], None

    def _reason_near(self, row: dict[str, Any], topic: tuple[str, ...]) -> tuple[dict[str, Any], str | None]:
        """(the sentence that gives the reason, the reason clause), or (the sentence nearest
        the question, None): the sentence itself first, then the one after, then the one before."""
        own = reasons.reason_in(row["text"], topic)
        if own is not None and own.kind != reasons.UNKNOWN:
            if own.text is not None:
                return row, own.text
            before = self._sentence(row["article_id"], row["position"] - 1)  # «به همین دلیل» opens it
            if before is not None:
                return before, before["text"]
        unknown = row if own is not None and own.kind == reasons.UNKNOWN else None
        for position in (row["position"] + 1, row["position"] - 1):
            near = self._sentence(row["article_id"], position)
            found = reasons.reason_in(near["text"], topic, backward=False) if near is not None else None
            lead = row["position"] == 0 and position == 1  # the headline's news, told in the lead
            if near is None or found is None or not (lead or reasons.continues(near["text"])):
                continue
            if found.kind != reasons.UNKNOWN:
                return near, found.text
            unknown = unknown or near
        return unknown or row, None  # «علت حادثه در دست بررسی است» says the most there is

    def _sentence(self, article_id: int, position: int) -> dict[str, Any] | None:
        if position < 0:
            return None
        rows = self.store.rows("SELECT * FROM sentences WHERE article_id = ? AND position = ?", [article_id, position])
        return rows[0] if rows else None

