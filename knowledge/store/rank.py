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
(its «docsize» record): the same scores, so the same order. A match of more rows than asked
for but no more than ``CAP`` is ranked here too when its phrases' doclists hold more than
``ROW_COUNTS`` entries per row matched (FTS5 would spend longer counting them than Python
ranking the rows), from the rows' search forms alone (the full rows are read for the
``limit`` best): at 100k articles «مدیرکل دامپزشکی استان یزد» matches 72 appearances, and
FTS5 spent 17 ms counting «استان»'s 200,000 rows to rank them. A query matching more rows,
or any row whose search form does not split into the tokens FTS5 counted, is ranked by
FTS5 as before (``None``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any, Protocol


class Store(Protocol):
    """What ranking reads of ``knowledge.store.Store`` (which asks it: no import back)."""

    db: Any
    cache: dict[Any, Any]

    def rows_in(self, sql: str, values: Sequence[Any], *, chunk: int = 500,
                before: Sequence[Any] = ()) -> list[dict[str, Any]]: ...

K1, B = 1.2, 0.75
CAP = 400  # rows of a match bigger than the limit ranked here at most (~20 µs a row in Python)
ROW_COUNTS = 600  # FTS5's cost of one row ranked, in doclist entries it counts (~30 ns each)
TABLES = frozenset({"sentences", "statements", "appearances", "events"})  # unicode61, one column
BY_FORM = frozenset({"appearances"})  # rows that repeat their search forms: ranked a form at a time
# … which costs Python less a row (~9 µs, 20,000 forms for 232,000 appearances at 100k): for
# them, doclists of FORM_ROW_COUNTS entries a row matched are enough (measured at 100k on the
# role_of questions' tiers: 92–199 rows and 10,000–87,000 entries, 1.6–4.9 ms in FTS5,
# 0.9–1.8 here; 500–600 rows of 35–55 entries a row, FTS5 2.6–3.4 ms, here 3.9–5.0)
FORM_ROW_COUNTS = 100
_PHRASE = re.compile(r'"((?:[^"]|"")+)"(\*?)')
_QUERY = re.compile(r'^"(?:[^"]|"")+"\*?(?: (?:AND|OR) "(?:[^"]|"")+"\*?)*$')


def ranked(store: Store, table: str, query: str, *, limit: int) -> list[dict[str, Any]] | None:
    """The rows ``Store.search`` returns (``rank`` included, best first, ties by id), or None
    when FTS5 should rank them: more rows match than ``max(limit, CAP)``, or the query is not
    one built by ``fts_query`` from plain words."""
    if table not in TABLES or not _QUERY.match(query):
        return None
    most = max(limit, CAP)
    ids = [r[0] for r in store.db.execute(
        f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ? ORDER BY rowid LIMIT ?", [query, most + 1])]
    if len(ids) > most:
        return None
    if not ids:
        return []
    phrases = phrases_of(query)
    if phrases is None:
        return None
    n_rows, avgdl = averages(store, table)
    if avgdl <= 0.0:
        return None  # no averages record read: FTS5 knows its own
    counts = [_hits(store, table, _phrase_query(phrase, prefix)) for phrase, prefix in phrases]
    few = len(ids) <= limit
    per_row = min(ROW_COUNTS, FORM_ROW_COUNTS) if table in BY_FORM else ROW_COUNTS
    if not few and sum(counts) < per_row * len(ids):
        return None  # FTS5 counts these doclists faster than the rows are ranked here
    if not few and table in BY_FORM:
        return _ranked_by_form(store, table, ids, phrases, _weights(counts, n_rows), avgdl, limit=limit)
    weights = _weights(counts, n_rows)
    # a match of more rows than asked for: their forms first, the whole rows of the best alone
    rows = store.rows_in(f"SELECT {'*' if few else 'id, search'} FROM {table} WHERE id IN ({{}})", ids)
    tokens = tokens_of(store, table, [(row["id"], row["search"]) for row in rows])
    if tokens is None:
        return None  # not the tokens FTS5 counted: let it rank
    for row in rows:
        row["rank"] = bm25(tokens[row["id"]], phrases, weights, avgdl)
    rows.sort(key=lambda r: (r["rank"], r["id"]))
    if few:
        return rows
    best = {r["id"]: r["rank"] for r in rows[:limit]}
    full = store.rows_in(f"SELECT * FROM {table} WHERE id IN ({{}})", list(best))
    for row in full:
        row["rank"] = best[row["id"]]
    return sorted(full, key=lambda r: (r["rank"], r["id"]))


def _ranked_by_form(store: Store, table: str, ids: list[int], phrases: list[tuple[str, bool]],
                    weights: list[float], avgdl: float, *, limit: int) -> list[dict[str, Any]] | None:
    """``ranked`` for a table whose rows repeat their search forms (a person's appearances:
    the same name and titles in report after report, 232,000 rows and 37,000 forms at 100k
    articles): rows of one form have one token count and one bm25, so each form is read from
    FTS5's docsize records and ranked once, and only the ``limit`` best rows are read whole.
    The same rows in the same order as FTS5's ``ORDER BY rank, rowid``."""
    forms: dict[str, list[int]] = {}
    for row_id, search in store.tuples_in(f"SELECT id, search FROM {table} WHERE id IN ({{}})", ids):
        forms.setdefault(search, []).append(row_id)
    first = {group[0]: search for search, group in forms.items()}
    tokens = tokens_of(store, table, list(first.items()))
    if tokens is None:
        return None  # not the tokens FTS5 counted: let it rank
    score = {search: bm25(tokens[row_id], phrases, weights, avgdl) for row_id, search in first.items()}
    order = sorted((score[search], row_id) for search, group in forms.items() for row_id in group)[:limit]
    best = dict((row_id, rank) for rank, row_id in order)
    full = store.rows_in(f"SELECT * FROM {table} WHERE id IN ({{}})", list(best))
    for row in full:
        row["rank"] = best[row["id"]]
    return sorted(full, key=lambda r: (r["rank"], r["id"]))


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
    return _weights([_hits(store, table, _phrase_query(phrase, prefix)) for phrase, prefix in phrases], n_rows)


def _phrase_query(phrase: str, prefix: bool) -> str:
    """One phrase as an FTS5 query of its own."""
    return f'"{phrase.replace(chr(34), chr(34) * 2)}"' + ("*" if prefix else "")


def _weights(counts: list[int], n_rows: int) -> list[float]:
    """The IDF of phrases held by ``counts`` rows of ``n_rows`` (floored at 1e-6, as FTS5's)."""
    out = []
    for hits in counts:
        value = math.log((n_rows - hits + 0.5) / (hits + 0.5))
        out.append(value if value > 0.0 else 1e-6)
    return out


def plain_tokens(search: str | None) -> list[str] | None:
    """A row's search form as the tokens FTS5 counted, known without its docsize record: a
    form of ``SURE`` characters alone (ASCII digits and small letters, the Arabic-script
    letters of Persian and Arabic, spaces), each of which unicode61 keeps as it is
    inside a token (tests/test_rank.py asks SQLite's tokenizer about every one of them),
    is split by it exactly as by ``str.split``. None for any other form (``tokens_counted``
    then reads FTS5's count). Every form of the bench stores is such a form: the pools and
    ranked matches read no docsize record (100k articles: 428 statements' 1.2 ms)."""
    if not isinstance(search, str) or not _SURE.fullmatch(search):
        return None
    return search.split()


def tokens_of(store: Store, table: str, forms: list[tuple[int, str]]) -> dict[int, list[str]] | None:
    """Each row's search form (``forms``: row id, form) as the tokens FTS5 counted: by the form
    alone where ``plain_tokens`` can tell, else by the row's docsize record (read for those rows
    alone); None when a row's tokens are not its form split (FTS5 must rank them)."""
    tokens: dict[int, list[str]] = {}
    unsure: list[tuple[int, str]] = []
    for row_id, search in forms:
        plain = plain_tokens(search)
        if plain is None:
            unsure.append((row_id, search))
        else:
            tokens[row_id] = plain
    if unsure:
        sizes = dict(store.tuples_in(f"SELECT id, sz FROM {table}_fts_docsize WHERE id IN ({{}})",
                                     [row_id for row_id, _ in unsure]))
        for row_id, search in unsure:
            counted = tokens_counted(search, sizes.get(row_id, b""))
            if counted is None:
                return None
            tokens[row_id] = counted
    return tokens


# the characters of ``plain_tokens``: unicode61 token characters (letters, digits) that it
# neither folds nor strips, and the space that parts them
SURE = " 0-9a-z\u0621-\u063a\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06ee-\u06ef\u06fa-\u06fc"
_SURE = re.compile(f"[{SURE}]*")


def tokens_counted(search: str, docsize: bytes) -> list[str] | None:
    """A row's search form as the tokens FTS5 counted (its docsize record), or None when
    FTS5 would tokenize it otherwise."""
    tokens = search.split()
    size = _varints(docsize)
    if not size or size[0] != len(tokens) or _NOT_PLAIN.search(search) or search != search.lower():
        return None
    return tokens


def bm25(tokens: list[str], phrases: list[tuple[str, bool]], weights: list[float], avgdl: float,
         *, padded: str | None = None) -> float:
    """FTS5's ``rank`` of a row (its bm25, negated) for the phrases and their IDF weights.
    ``padded``: the tokens joined, a space before each and after the last, where a prefix
    phrase's tokens are counted by ``str.count`` (a token starts after each space, and a
    plain phrase holds none, so no two of its finds overlap) rather than token by token."""
    score = 0.0
    for (phrase, prefix), weight in zip(phrases, weights):
        if prefix:
            freq = float(padded.count(" " + phrase) if padded is not None
                         else sum(1 for t in tokens if t.startswith(phrase)))
        else:
            freq = float(tokens.count(phrase))
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


def know_hits(store: Store, table: str, phrase: str, hits: int) -> None:
    """Keep a phrase query's row count found elsewhere (``retrieve._count``, when its capped
    count reached no cap): ``_hits`` then need not count the same rows again."""
    store.cache.setdefault(("fts_hits", table, phrase), hits)


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
