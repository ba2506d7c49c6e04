"""The SQLite knowledge store (sqlite-utils is imported only here and in ``steps``).

One article is written in one transaction, so it is stored whole or not at all.
Schema changes are numbered, append-only migrations (sqlite-utils ``Migrations``, in ``steps``).
Full-text search runs over *search forms* (see :mod:`knowledge.text`), never over
raw user text: every FTS query is built by :func:`fts_query` from folded tokens,
each quoted, so user input cannot inject FTS5 syntax.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from .. import text
from . import forms, rank, schema3
from .steps import migrate, migrations
from ..errors import NotFound
from ..models import ParsedArticle

log = logging.getLogger(__name__)

PAGE_SIZE = 16384  # bytes; SQLite's default is 4096
# an article as shown and exported: its columns before 012 (which keeps the lead and the
# surtitle as where they are in the body, read back by generated columns of the same names)
ARTICLE_COLUMNS = ("id", "title", "surtitle", "lead", "source", "published", "published_jalali", "place",
                   "province", "body", "text_hash", "added")

# Prepared statements the connection keeps (sqlite3's default is 128): answering the 500
# bench questions at 100k runs 867 distinct SQL texts (an ``IN (?,…)`` list is a new text
# for each length), so at 128 the hot ones were compiled again and again; 1024 cut the CPU
# mean 2-7 % with the same replies, for about 14 MB more RSS (p50x, bench/RESULTS.md)
CACHED_STATEMENTS = 1024


class Store:
    """Typed access to the knowledge store."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.cache: dict[Any, Any] = {}  # what knowledge.store.retrieve derives from the rows; cleared on writes
        self.words = forms.register(db)  # the views read the sentences' forms through it (015)
        migrate(db)
        db.execute("PRAGMA foreign_keys = ON")

    @classmethod
    def open(cls, path: str | Path) -> Store:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # only a folder made here; others keep theirs
        if not path.exists():
            # the store holds what admins added: only its owner reads it (SQLite gives the
            # -wal and -shm files the mode of the store)
            os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
        conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False, cached_statements=CACHED_STATEMENTS)
        conn.execute("PRAGMA busy_timeout = 30000")  # before anything that may wait for a lock
        # A new store's pages (fixed once WAL is on; an existing store keeps its own): a 2.7 KB
        # article row left most of a 4 KB page empty (the store 8 % smaller at 10k articles)
        conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        _into_wal(conn)
        conn.execute("PRAGMA synchronous = NORMAL")
        return cls(sqlite_utils.Database(conn))

    @classmethod
    def memory(cls) -> Store:
        conn = sqlite3.connect(":memory:", check_same_thread=False, cached_statements=CACHED_STATEMENTS)
        return cls(sqlite_utils.Database(conn))

    def close(self) -> None:
        self.db.close()

    # -- writing -----------------------------------------------------------------

    def find_hash(self, text_hash: str) -> int | None:
        row = self.db.execute("SELECT id FROM articles WHERE text_hash = ?", [text_hash]).fetchone()
        return row[0] if row else None

    def add(self, article: ParsedArticle, *, added: str | None = None) -> tuple[int, bool]:
        """Store a parsed article; returns (id, created). The same text twice is one article."""
        existing = self.find_hash(article.search_hash)
        if existing is not None:
            return existing, False
        self.cache.clear()
        try:
            with self._write():
                article_id = self._insert(article, added)
        except sqlite3.IntegrityError:
            # another connection stored the same text between the check and the write
            existing = self.find_hash(article.search_hash)
            if existing is None:
                raise
            return existing, False
        log.info("stored article %d with %d sentences", article_id, len(article.sentences))
        return article_id, True

    def _insert(self, a: ParsedArticle, added: str | None) -> int:
        from ..parse import calendars

        pieces: dict[str, Any] = {}  # the lead and surtitle: where in the body (012), or as text (before)
        for name, value in (("surtitle", a.surtitle), ("lead", a.lead)):
            if self._has("articles", "lead_start"):
                pieces.update(zip((f"{name}_start", f"{name}_length", f"{name}_text"), schema3.in_body(a.body, value)))
            else:
                pieces[name] = value
        values = {"title": a.title, **pieces, "source": a.source,
                  "published": a.published.isoformat() if a.published else None,
                  "published_jalali": calendars.jalali_iso(a.published) if a.published else None,
                  "place": a.place, "province": a.province, "body": a.body, "text_hash": a.search_hash, "added": added}
        table = "articles"
        if self._has("article_rows", "body_z"):  # 017: the body deflated, in the table under the view
            table = "article_rows"
            values["body_z"], values["body_size"] = forms.pack(values.pop("body"))
        cur = self.db.execute(f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                              list(values.values()))
        article_id = int(cur.lastrowid or 0)
        if self._has("sentence_cells", "code"):  # 015: the forms' words numbered first
            self.words.number(s.search for s in a.sentences)
        self._insert_rows("sentences", ("article_id", "position", "paragraph", "text", "search"),
                          [(article_id, s.position, s.paragraph, s.shown or s.text, s.search) for s in a.sentences])
        person_ids = [self._person_id(p.name, scope=a.search_hash if (len(p.name.split()) < 2 or p.name in p.roles)
                                      else None) for p in a.persons]
        after_roles = self._has("appearances", "aliases_roles")  # 013 on
        aliases = [schema3.aliases_after_roles(p.aliases, p.roles) if after_roles else (_j(p.aliases),)
                   for p in a.persons]
        self._insert_rows(
            "appearances", ("person_id", "article_id", "idx", "name", "honorifics", "roles",
                            *(("aliases_own", "aliases_roles") if after_roles else ("aliases",)),
                            "quoted", "sentences", "search"),
            [(pid, article_id, i, p.name, _j(p.honorifics), _j(p.roles), *own, int(p.quoted),
              _j(p.sentences), text.search_form(" ".join((p.name, *p.roles, *p.aliases))))
             for i, (pid, p, own) in enumerate(zip(person_ids, a.persons, aliases))])
        self._insert_rows(
            "statements", ("article_id", "person_id", "verb", "text", "search", "first_sentence",
                           "last_sentence", "direct", "via"),
            [(article_id, person_ids[s.speaker], s.verb, s.shown or s.text, text.search_form(s.text), s.first_sentence,
              s.last_sentence, int(s.direct), s.via) for s in a.statements])
        self._insert_rows(
            "dates", ("article_id", "sentence", "raw", "iso", "jalali", "weekday", "has_year", "relative",
                      "weekday_conflict"),
            [(article_id, d.sentence, d.raw, d.date.isoformat(), d.jalali, d.weekday, int(d.has_year),
              int(d.relative), int(d.weekday_conflict)) for d in a.dates])
        self._insert_rows("places", ("article_id", "sentence", "name", "province", "kind", "via"),
                          [(article_id, p.sentence, p.name, p.province, p.kind, p.via) for p in a.places])
        self._insert_rows(
            "events", ("article_id", "name", "search", "sentence", "iso", "jalali", "place", "venue", "people"),
            [(article_id, e.name, text.search_form(e.name), e.sentence, e.date.isoformat() if e.date else None,
              e.jalali, e.place, e.venue, _j([person_ids[i] for i in e.people])) for e in a.events])
        return article_id

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One write transaction that takes the write lock first: ``BEGIN IMMEDIATE`` waits on
        the busy handler. A plain ``BEGIN`` whose first statement reads (``_has``'s PRAGMA) pins
        a snapshot, and when another writer commits before our first write SQLite refuses the
        upgrade at once with «database is locked» (1 of 5 racing ``newsbot add`` runs)."""
        if self.db.conn.in_transaction:  # inside a caller's transaction: a savepoint
            with self.db.atomic():
                yield
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.conn.rollback()
            self.words.reset()  # the words it numbered are gone with it
            raise
        try:
            self.db.execute("COMMIT")
        except BaseException:
            self.db.conn.rollback()
            raise

    def _has(self, table: str, column: str) -> bool:
        """Whether ``table`` has ``column``: the columns written from 012 on (the lead and surtitle
        as places in the body, 013 an appearance's aliases after its roles); a store written
        before, as the tests of the upgrades make, takes them as it did."""
        known: dict[tuple[str, str], bool] = self.__dict__.setdefault("_columns", {})
        if (table, column) not in known:
            known[(table, column)] = any(r[1] == column for r in self.db.execute(f"PRAGMA table_xinfo({table})"))
        return known[(table, column)]

    def _insert_rows(self, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        """One prepared INSERT for all the rows (sqlite-utils' insert_all inspects the table
        and converts every value first: half the cost of storing an article)."""
        if rows:
            self.db.conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows)

    def _person_id(self, name: str, *, scope: str | None) -> int:
        """One person per full name across articles; a lone surname or a role standing for
        a name is known only within its article (``scope``): two «کریمی»s in two reports
        need not be one man."""
        key = text.search_form(name)
        if scope:
            key = f"{key}@{scope[:16]}"
        row = self.db.execute("SELECT id FROM persons WHERE key = ?", [key]).fetchone()
        if row:
            return int(row[0])
        cur = self.db.execute("INSERT INTO persons (name, key) VALUES (?, ?)", [name, key])
        return int(cur.lastrowid or 0)

    def delete(self, article_id: int) -> None:
        self.cache.clear()
        with self._write():
            table = "article_rows" if self._has("article_rows", "body_z") else "articles"  # 017: under the view
            cur = self.db.execute(f"DELETE FROM {table} WHERE id = ?", [article_id])
            if cur.rowcount == 0:
                raise NotFound()
            self.db.execute(
                "DELETE FROM persons WHERE id NOT IN (SELECT person_id FROM appearances)"
            )
            schema3.forget_places(self.db)
        log.info("deleted article %d", article_id)

    # -- reading -----------------------------------------------------------------

    def refresh(self) -> None:
        """Drop ``cache`` when another connection (``newsbot add`` beside the bot) committed
        since it was filled: ``PRAGMA data_version`` moves on other connections' commits only,
        and this connection's own writes clear the cache themselves."""
        version = self.db.execute("PRAGMA data_version").fetchone()[0]
        if version != self.__dict__.get("_data_version"):
            self.cache.clear()
            self.__dict__["_data_version"] = version

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def articles(self, *, offset: int = 0, limit: int = 20) -> list[dict[str, Any]]:
        return self.rows(
            "SELECT id, title, source, published, published_jalali, place FROM articles "
            "ORDER BY id LIMIT ? OFFSET ?", [limit, offset])

    def article(self, article_id: int) -> dict[str, Any]:
        rows = self.rows(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE id = ?", [article_id])
        if not rows:
            raise NotFound()
        return rows[0]

    def records(self, article_id: int) -> dict[str, Any]:
        """Everything extracted from one article, as plain data."""
        article = self.article(article_id)
        q = {
            "sentences": "SELECT position, paragraph, text FROM sentences WHERE article_id = ? ORDER BY position",
            "people": "SELECT idx, name, honorifics, roles, aliases, quoted, sentences FROM appearances WHERE article_id = ? ORDER BY idx",
            "statements": "SELECT a.name AS speaker, s.verb, s.text, s.first_sentence, s.last_sentence, s.direct, s.via FROM statements s JOIN appearances a ON a.person_id = s.person_id AND a.article_id = s.article_id WHERE s.article_id = ? ORDER BY s.first_sentence, s.id",
            "dates": "SELECT sentence, raw, iso, jalali, weekday, has_year, relative, weekday_conflict FROM dates WHERE article_id = ? ORDER BY sentence, id",
            "places": "SELECT sentence, name, province, kind, via FROM places WHERE article_id = ? ORDER BY sentence, id",
            "events": "SELECT name, sentence, iso, jalali, place, venue, people FROM events WHERE article_id = ? ORDER BY sentence, id",
        }
        out: dict[str, Any] = {"article": article}
        for key, sql in q.items():
            out[key] = [_decode(r) for r in self.rows(sql, [article_id])]
        names = {r["id"]: r["name"] for r in self.rows(
            "SELECT p.id, p.name FROM persons p JOIN appearances a ON a.person_id = p.id WHERE a.article_id = ?",
            [article_id])}
        for event in out["events"]:
            event["people"] = [names.get(pid, pid) for pid in event["people"]]
        return out

    def article_ids(self) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT id FROM articles ORDER BY id").fetchall()]

    def rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        cur = self.db.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def rows_in(self, sql: str, values: Sequence[Any], *, chunk: int = 500,
                before: Sequence[Any] = (), after: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """``sql`` with its one ``IN ({})`` filled with ``values``, asked in chunks (SQLite
        caps the parameters of one statement); rows in the order the chunks give them.
        ``before``/``after``: the parameters that stand before/after the ``IN`` in ``sql``."""
        out: list[dict[str, Any]] = []
        for start in range(0, len(values), chunk):
            part = list(values[start : start + chunk])
            out += self.rows(sql.format(",".join("?" * len(part))), [*before, *part, *after])
        return out

    def tuples_in(self, sql: str, values: Sequence[Any], *, chunk: int = 500,
                  before: Sequence[Any] = (), after: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """``rows_in`` as plain tuples, in the order of the SELECT: for queries returning
        thousands of rows, where building a dict a row costs more than the query."""
        out: list[tuple[Any, ...]] = []
        for start in range(0, len(values), chunk):
            part = list(values[start : start + chunk])
            out += self.db.execute(sql.format(",".join("?" * len(part))), [*before, *part, *after]).fetchall()
        return out

    def iter_rows(self, sql: str, params: Iterable[Any] = ()) -> Iterator[dict[str, Any]]:
        cur = self.db.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        for row in cur:
            yield dict(zip(names, row))

    def search(self, table: str, query: str, *, limit: int) -> list[dict[str, Any]]:
        """Rows of ``table`` whose search form matches an FTS query built by fts_query()."""
        if not query:
            return []
        few = rank.ranked(self, table, query, limit=limit)  # FTS5's order without its doclist passes
        if few is not None:
            return few
        # rank and cut inside FTS5 first, then join only the rows kept
        return self.rows(
            f"SELECT t.*, f.rank AS rank FROM (SELECT rowid, rank FROM {table}_fts "
            f"WHERE {table}_fts MATCH ? ORDER BY rank, rowid LIMIT ?) f "
            f"JOIN {table} t ON t.rowid = f.rowid ORDER BY f.rank, t.id",
            [query, limit],
        )

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return str(row[0]) if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self._write():
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])

    def schema_version(self) -> int:
        return len(migrations.applied(self.db))

    def integrity(self) -> str:
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])


def _into_wal(conn: sqlite3.Connection, *, tries: int = 3000) -> None:
    """Switch to WAL, waiting while another process holds the lock it needs.

    SQLite answers «database is locked» to a journal-mode change at once, without the busy
    handler, when another connection opening the same new file holds its lock (seen: 2 of
    160 processes racing to open one new store on a loaded machine). So the switch is
    retried every 10 ms, up to about the busy timeout's 30 s, before the error is raised.
    """
    for attempt in range(tries):
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == tries - 1:
                raise
            time.sleep(0.01)


def trigram_query(word: str, *, limit: int = 12) -> str:
    """An FTS5 trigram query: any three-letter piece of ``word`` (spaces removed), quoted."""
    word = word.replace(" ", "").replace('"', "").replace("\x00", "")
    grams = list(dict.fromkeys(word[i : i + 3] for i in range(len(word) - 2)))[:limit]
    return " OR ".join(f'"{g}"' for g in grams)


def fts_query(words: Iterable[str], *, prefix: bool = True, operator: str = "OR") -> str:
    """An FTS5 query from search-form words: each one quoted, so nothing is syntax."""
    parts = []
    for word in words:
        word = word.replace('"', "").replace("\x00", "")
        if not word:
            continue
        parts.append(f'"{word}"*' if prefix and len(word) >= 2 else f'"{word}"')
    return f" {operator} ".join(dict.fromkeys(parts))


def _j(value: Any) -> str:
    return json.dumps(list(value), ensure_ascii=False)


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    for key in ("honorifics", "roles", "aliases", "sentences", "people"):
        if key in row and isinstance(row[key], str):
            row[key] = json.loads(row[key])
    for key in ("quoted", "direct", "has_year", "relative", "weekday_conflict"):
        if key in row:
            row[key] = bool(row[key])
    return row
