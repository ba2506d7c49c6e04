"""The one object the CLI and the bot use: a store plus parsing and answering.

    lib = Library.open("news.db")
    result = lib.add(text, today=date.today())
    answer = lib.ask("طالبی چه گفت؟", today=date.today())
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .display import format_date
from .errors import KnowledgeError, StoreUnwritable
from .models import ParsedArticle
from .parse import parse, parse_many
from .store import Store
from .store.guard import PathGuard

if TYPE_CHECKING:
    from .store.maintenance import BackupResult, CheckResult

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AddResult:
    article_id: int
    created: bool  # False when the same text was already stored
    title: str
    published: dt.date | None
    people: tuple[tuple[str, tuple[str, ...]], ...]  # (name, roles)
    statements: int
    events: tuple[str, ...]


def default_db_path() -> Path:
    """``$NEWSBOT_DB``, else a per-user data file (XDG_DATA_HOME or ~/.local/share)."""
    env = os.environ.get("NEWSBOT_DB")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "newsbot" / "news.db"


def seeds_dir() -> Path:
    """The seed articles: ``$NEWSBOT_SEEDS``, else ``seeds/`` beside the package."""
    env = os.environ.get("NEWSBOT_SEEDS")
    return Path(env) if env else Path(__file__).resolve().parent.parent / "seeds"


class Library:
    def __init__(self, store: Store, path: Path | None = None) -> None:
        self.store = store
        self.guard = PathGuard(path)  # every write checks that ``path`` is still the open file

    @classmethod
    def open(cls, path: str | Path | None = None, *, today: dt.date, seed: bool = True) -> Library:
        """Open (and migrate) the store at ``path``; a new store is filled from the seeds."""
        path = Path(path or default_db_path())
        lib = cls(Store.open(path), path)
        if lib.store.meta("seeded") is None:
            # once per store: an admin who deletes the seeds does not get them back on restart;
            # a crash half-way leaves the flag unset, and the next start adds what is missing.
            # A store opened with seed=False is one built without seeds (a benchmark, an
            # import): it is marked too, so a later open does not add the seeds to it.
            if seed:
                lib.load_seeds(today=today)
            with lib.guard.writing():
                lib.store.set_meta("seeded", today.isoformat() if seed else "no (opened with seed=False)")
        return lib

    @classmethod
    def memory(cls) -> Library:
        return cls(Store.memory())

    def close(self) -> None:
        self.store.close()

    def check_path(self) -> None:
        """Raise StoreGone when the store file was deleted or replaced since it was opened
        (one stat; the ERROR is logged once). Every write checks it first."""
        self.guard.check()

    def load_seeds(self, *, today: dt.date, directory: Path | None = None) -> list[int]:
        ids = []
        folder = directory or seeds_dir()
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            try:
                ids.append(self.add(path.read_bytes(), today=today).article_id)
            except StoreUnwritable:
                raise
            except KnowledgeError as exc:
                log.warning("seed %s not loaded: %s", path.name, exc)
        return ids

    def add(self, raw: str | bytes, *, today: dt.date) -> AddResult:
        """Parse and store one article (one transaction). Raises BadArticle subclasses."""
        return self._store(parse(raw, today=today), today=today)

    def add_many(self, texts: Iterable[str | bytes], *, today: dt.date,
                 workers: int | None = None) -> Iterator[AddResult | KnowledgeError]:
        """Parse many articles in a process pool and store them one by one, in order: one
        AddResult per text, or the KnowledgeError that refused it (nothing stored for it)."""
        for item in parse_many(texts, today=today, workers=workers):
            yield item if isinstance(item, KnowledgeError) else self._store(item, today=today)

    def _store(self, article: ParsedArticle, *, today: dt.date) -> AddResult:
        with self.guard.writing():
            article_id, created = self.store.add(article, added=today.isoformat())
        return AddResult(
            article_id=article_id, created=created, title=article.title,
            published=article.published,
            people=tuple((p.name, p.roles) for p in article.persons),
            statements=len(article.statements),
            events=tuple(e.name for e in article.events),
        )

    def delete(self, article_id: int) -> None:
        with self.guard.writing():
            self.store.delete(article_id)

    def articles(self, *, offset: int = 0, limit: int = 20) -> list[dict[str, Any]]:
        return self.store.articles(offset=offset, limit=limit)

    def show(self, article_id: int) -> dict[str, Any]:
        return self.store.records(article_id)

    def export(self) -> dict[str, Any]:
        return {"articles": [self.store.records(i) for i in self.store.article_ids()]}

    def count(self) -> int:
        """How many articles the store holds."""
        return self.store.count()

    @staticmethod
    def backup(path: str | Path, dest: str | Path, *, force: bool = False,
               keep: int | None = None) -> BackupResult:
        """Copy the store file at ``path`` to ``dest``, safely while the bot runs; never
        creates or seeds a store (knowledge.store.maintenance)."""
        from .store import maintenance

        return maintenance.backup(path, dest, force=force, keep=keep)

    @staticmethod
    def check(path: str | Path, *, quick: bool = False) -> CheckResult:
        """Integrity and schema version of the store file at ``path``, read-only; raises
        StoreMissing when there is none (knowledge.store.maintenance)."""
        from .store import maintenance

        return maintenance.check(path, quick=quick)

    def stats(self) -> dict[str, int]:
        counts = {}
        for table in ("articles", "sentences", "persons", "statements", "events", "dates", "places"):
            counts[table] = int(self.store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        return counts

    def ask(self, question: str, *, today: dt.date, context: Any = None) -> Any:
        from .answer import answer

        self.store.refresh()
        return answer(self.store, question, today=today, context=context)

    def warm(self, *, today: dt.date) -> None:
        """Load what answering reads on its first question (lexicons, hazm's tools, the
        store's first pages) by asking one question and dropping the answer; a long-running
        server calls it at start-up, so the first user does not wait for it (nor the first
        to ask a question that reads a word list the first did not: knowledge.answer.prepare)."""
        from .answer import prepare

        self.store.refresh()
        prepare(self.store)
        self.ask("طالبی کیست؟", today=today)

    def who(self, name: str, *, today: dt.date) -> Any:
        """A person's profile across the archive (an Answer), or None when the name names nobody."""
        from .answer import who

        self.store.refresh()
        return who(self.store, name, today=today)


def describe_date(d: dt.date | None) -> str | None:
    return format_date(d) if d else None
