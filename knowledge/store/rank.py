"""FTS5's bm25 order for a few rows, without FTS5 scanning every doclist again.

``ORDER BY rank`` makes FTS5 count, for every phrase of the query, how many rows hold it
(the phrase's IDF): a pass over the phrase's whole doclist on *every* query, whatever
the number of rows matched. At 100k articles «استان» is in 333,000 sentences: 11 ms a
query before the first row is ranked, two thirds of a ranked AND of question words that
matches a single sentence.

Those counts only change when the store does, so they are kept (``Store.cache``, cleared
on every write). When a query matches no more rows than asked for, the rows are found in
rowid order (FTS5 stops at the limit) and ranked here with FTS5's own formula
(``fts5_aux.c``: k1 = 1.2, b = 0.75, the IDF floored at 1e-6), from the kept counts, the
row count and token total FTS5 stores (its «averages» record) and each row's token count
(its «docsize» record): the same scores, so the same order. A query with more rows than
asked for, or any row whose search form does not split into the tokens FTS5 counted,
is ranked by FTS5 as before (``None``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any, Protocol


class Store(Protocol):
    """What ranking reads of ``knowledge.store.Store`` (which asks it: no import back)."""

    db: Any
    cache: dict[Any, Any]

    def rows_in(self, sql: str, values: Sequence[Any], *, chunk: int = 500,
                before: Sequence[Any] = ()) -> list[dict[str, Any]]: ...

K1, B = 1.2, 0.75
TABLES = frozenset({"sentences", "statements", "appearances", "events"})  # unicode61, one column
_PHRASE = re.compile(r'"((?:[^"]|"")+)"(\*?)')
_QUERY = re.compile(r'^"(?:[^"]|"")+"\*?(?: (?:AND|OR) "(?:[^"]|"")+"\*?)*$')


def ranked(store: Store, table: str, query: str, *, limit: int) -> list[dict[str, Any]] | None:
    """The rows ``Store.search`` returns (``rank`` included, best first, ties by id), or None
    when FTS5 should rank them: more rows match than ``limit``, or the query is not one
    built by ``fts_query`` from plain words."""
    if table not in TABLES or not _QUERY.match(query):
        return None
    ids = [r[0] for r in store.db.execute(
        f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ? ORDER BY rowid LIMIT ?", [query, limit + 1])]
    if len(ids) > limit:
        return None
    if not ids:
        return []
    phrases = phrases_of(query)
    if phrases is None:
        return None
    weights = idf(store, table, phrases)
    if weights is None:
        return None  # no averages record read: FTS5 knows its own
    sizes = dict(store.db.execute(
        f"SELECT id, sz FROM {table}_fts_docsize WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall())
    rows = store.rows_in(f"SELECT * FROM {table} WHERE id IN ({{}})", ids)
    for row in rows:
        tokens = tokens_counted(row["search"], sizes.get(row["id"], b""))
        if tokens is None:
            return None  # not the tokens FTS5 counted: let it rank
        row["rank"] = bm25(tokens, phrases, weights, averages(store, table)[1])
    return sorted(rows, key=lambda r: (r["rank"], r["id"]))


def phrases_of(query: str) -> list[tuple[str, bool]] | None:
    """(phrase, prefix) of each term of a query built by ``fts_query`` from plain words, in
    its order; None for any other query."""
    if not _QUERY.match(query):
        return None
    phrases = [(p.replace('""', '"'), star == "*") for p, star in _PHRASE.findall(query)]
    return phrases if all(_plain(p) for p, _ in phrases) else None


def idf(store: Store, table: str, phrases: list[tuple[str, bool]]) -> list[float] | None:
    """Each phrase's IDF as FTS5's bm25 takes it (None without FTS5's averages record)."""
    n_rows, avgdl = averages(store, table)
    if avgdl <= 0.0:
        return None
    out = []
    for phrase, prefix in phrases:
        hits = _hits(store, table, f'"{phrase.replace(chr(34), chr(34) * 2)}"' + ("*" if prefix else ""))
        value = math.log((n_rows - hits + 0.5) / (hits + 0.5))
        out.append(value if value > 0.0 else 1e-6)
    return out


def tokens_counted(search: str, docsize: bytes) -> list[str] | None:
    """A row's search form as the tokens FTS5 counted (its docsize record), or None when
    FTS5 would tokenize it otherwise."""
    tokens = search.split()
    size = _varints(docsize)
    if not size or size[0] != len(tokens) or _NOT_PLAIN.search(search) or search != search.lower():
        return None
    return tokens


def bm25(tokens: list[str], phrases: list[tuple[str, bool]], weights: list[float], avgdl: float) -> float:
    """FTS5's ``rank`` of a row (its bm25, negated) for the phrases and their IDF weights."""
    held = Counter(tokens)
    score = 0.0
    for (phrase, prefix), weight in zip(phrases, weights):
        freq = float(sum(n for t, n in held.items() if t.startswith(phrase)) if prefix else held[phrase])
        score += weight * ((freq * (K1 + 1.0)) / (freq + K1 * (1 - B + B * len(tokens) / avgdl)))
    return -1.0 * score


def _plain(word: str) -> bool:
    """One token to unicode61 as it is: letters and digits only, nothing it would fold."""
    return word.isalnum() and word == word.lower()


# a character that is neither a letter, a digit nor white space (``_plain`` for a whole form)
_NOT_PLAIN = re.compile(r"[^\w\s]|_")


def averages(store: Store, table: str) -> tuple[int, float]:
    """FTS5's row count and mean tokens a row (its averages record, rowid 1 of ``_data``)."""
    key = ("fts_averages", table)
    if key not in store.cache:
        block = store.db.execute(f"SELECT block FROM {table}_fts_data WHERE id = 1").fetchone()
        values = _varints(block[0] if block else b"")
        n_rows, tokens = (values[0], values[1]) if len(values) >= 2 else (0, 0)
        store.cache[key] = (n_rows, float(tokens) / float(n_rows) if n_rows else 0.0)
    return store.cache[key]  # type: ignore[no-any-return]


def _hits(store: Store, table: str, phrase: str) -> int:
    """Rows holding one phrase (the count FTS5 makes for its IDF on every ranked query)."""
    key = ("fts_hits", table, phrase)
    if key not in store.cache:
        store.cache[key] = int(store.db.execute(
            f"SELECT count(*) FROM {table}_fts WHERE {table}_fts MATCH ?", [phrase]).fetchone()[0])
    return store.cache[key]  # type: ignore[no-any-return]


def _varints(blob: bytes) -> list[int]:
    """SQLite varints one after another (FTS5's averages and docsize records)."""
    out, i = [], 0
    while i < len(blob):
        value = 0
        for j in range(9):
            if i >= len(blob):
                return out
            byte = blob[i]
            i += 1
            if j == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if byte < 0x80:
                break
        out.append(value)
    return out
