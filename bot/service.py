"""The application's one :class:`knowledge.library.Library`, for async handlers.

The library is synchronous SQLite. Each call runs in a worker thread
(:func:`asyncio.to_thread`) so that parsing a long article never stalls the event
loop, and a lock makes the calls take turns on the single connection (updates are
processed concurrently).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from knowledge.answer import Answer, Context, Result
from knowledge.errors import NotFound, StoreGone
from knowledge.library import AddResult, Library

log = logging.getLogger(__name__)

T = TypeVar("T")
Clock = Callable[[], dt.date]
# The library's own follow-up question: with a Context it returns the same
# person's statements not shown yet. (A `Library.more(context)` would be cleaner.)
FOLLOW_UP = "وی دیگر چه گفت؟"
STATEMENT_KINDS = frozenset({"what_said", "topic"})


class Knowledge:
    def __init__(self, library: Library, *, today: Clock = dt.date.today) -> None:
        self.library = library
        self.today = today
        self._lock = threading.Lock()

    @classmethod
    async def open(cls, path: Path | None, *, today: Clock = dt.date.today) -> Knowledge:
        library = await asyncio.to_thread(Library.open, path, today=today())
        await asyncio.to_thread(library.warm, today=today())
        return cls(library, today=today)

    async def _call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        def locked() -> T:
            with self._lock:
                return fn(*args, **kwargs)

        return await asyncio.to_thread(locked)

    def close(self) -> None:
        with self._lock:
            self.library.close()

    def check_path(self) -> None:
        """Raise StoreGone when the store file was deleted or replaced (one stat, no lock:
        it reads no database state)."""
        self.library.check_path()

    def _probe(self) -> None:
        """At each question, one stat: a deleted or replaced store file is logged (once, as an
        ERROR) as soon as anyone uses the bot; the answer still comes from the open file."""
        try:
            self.library.check_path()
        except StoreGone:
            pass

    # -- questions -----------------------------------------------------------------

    async def ask(self, question: str, context: Context | None = None) -> Answer:
        self._probe()
        return await self._call(self.library.ask, question, today=self.today(), context=context)

    async def who(self, name: str) -> Answer | None:
        """A person's profile (``/who``, the first inline result), or None for nobody."""
        return await self._call(self.library.who, name, today=self.today())

    async def more(self, context: Context) -> Answer | None:
        """The same person's further statements, or None when there are none."""
        answer = await self.ask(FOLLOW_UP, context)
        return answer if answer.found and answer.results else None

    async def search(self, query: str, *, limit: int) -> list[Result]:
        """Up to ``limit`` results for an inline query: the answer, then follow-ups."""
        answer = await self.ask(query)
        results = list(answer.results)
        context = answer.context if is_statement_answer(answer) else None
        while context is not None and len(results) < limit:
            follow = await self.more(context)
            if follow is None or follow.context == context:
                break
            results += follow.results
            context = follow.context
        return results[:limit]

    # -- articles ------------------------------------------------------------------

    async def add(self, raw: str | bytes) -> AddResult:
        return await self._call(self.library.add, raw, today=self.today())

    async def delete(self, article_id: int) -> None:
        await self._call(self.library.delete, article_id)

    async def title(self, article_id: int) -> str | None:
        try:
            record = await self._call(self.library.show, article_id)
        except NotFound:
            return None
        return str(record["article"]["title"])

    async def article(self, article_id: int) -> dict[str, Any] | None:
        """The stored record of an article (its sentences with their paragraphs), or None."""
        try:
            return await self._call(self.library.show, article_id)
        except NotFound:
            return None

    async def articles(self, *, offset: int, limit: int) -> list[dict[str, Any]]:
        return await self._call(self.library.articles, offset=offset, limit=limit)

    async def stats(self) -> dict[str, int]:
        return await self._call(self.library.stats)


def is_statement_answer(answer: Answer) -> bool:
    """An answer listing one person's statements, which «بیشتر» can continue."""
    person = answer.context.person_id
    return (answer.kind in STATEMENT_KINDS and person is not None and bool(answer.results)
            and all(r.statement and r.person_id == person for r in answer.results))
