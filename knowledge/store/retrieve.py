"""FTS5 candidates for a question's words that stay cheap as the store grows.

Ranking an OR query costs FTS5 a bm25 score for every row holding *any* of the words,
so with a few common words («استاندار», «برگزار») it grows with the archive: about
4 µs a row, 250 ms for one such word at 50k articles. What is asked is rarely in
every row that holds one word, though; it is in the rows that hold most of them.

So: while the words are rare enough that the OR ranks few rows (every small archive),
the OR is asked as before. Otherwise the rows holding every word come first, then those
missing one word (tried for a few words), then the rows holding the rare words; and a
word found in too many rows to rank, asked alone, brings the newest rows first. How many
rows hold a word is counted only up to a cap (an FTS5 query with a LIMIT), once per word
until the store changes (``Store.cache`` is cleared on every write).
"""

from __future__ import annotations

from typing import Any

from .. import match, text
from .store import Store, fts_query

OR_BUDGET = 1000  # rows an OR query may rank (4 ms for sentences, more for longer rows)
COUNT_CAP = OR_BUDGET + 1  # rows counted per word before it is simply "common"
MAX_LEFT_OUT = 3  # words left out one at a time when the rows holding all are too few
NAME_WORD_CUTOFF = 75.0  # below the 78 a word needs to count as covered by a name


def search(store: Store, table: str, words: list[str] | tuple[str, ...], *, limit: int) -> list[dict[str, Any]]:
    """Up to ``limit`` rows of ``table`` for search-form ``words``, best first."""
    terms: dict[str, int] = {}  # FTS5 term → rows holding it (capped)
    for word in dict.fromkeys(words):
        term, count = _term(store, table, word)
        if term and count:  # a word no row holds cannot bring a row
            terms[term] = count
    if not terms:
        return []
    live = list(terms)
    if sum(terms.values()) <= OR_BUDGET:
        return store.search(table, " OR ".join(live), limit=limit)
    if len(live) == 1:
        return _newest(store, table, live[0], limit=limit)
    rows = store.search(table, " AND ".join(live), limit=limit)
    # then the rows missing one word, the rarest first: it is the likeliest to be misspelt
    # or to be a word of the question's own («نام»), and the rest narrow the search most
    for left_out in sorted(live, key=terms.__getitem__)[:MAX_LEFT_OUT] if len(live) > 2 else ():
        if len(rows) >= limit:
            break
        rest = [t for t in live if t != left_out]
        rows = _more(rows, store.search(table, " AND ".join(rest), limit=limit))
    if len(rows) < limit:
        rare = sorted((t for t in live if terms[t] < COUNT_CAP), key=terms.__getitem__)
        while rare and sum(terms[t] for t in rare) > OR_BUDGET:
            rare.pop()
        if rare:
            rows = _more(rows, store.search(table, " OR ".join(rare), limit=limit))
    return rows[:limit]


def _more(rows: list[dict[str, Any]], extra: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen = {r["id"] for r in rows}
    return rows + [r for r in extra if r["id"] not in seen]


def _term(store: Store, table: str, word: str) -> tuple[str, int]:
    """The FTS5 term for a word and how many rows hold it (counted up to COUNT_CAP).

    A word as rare as written is asked as a prefix, so that its inflections come too
    («فرصت» → «فرصتها»); a word common as written is asked as written: its inflections
    add little, and merging every term that starts with it («استان» → «استاندار», …) is
    what makes a prefix query slow.
    """
    exact = _count(store, table, fts_query([word], prefix=False))
    if exact >= COUNT_CAP:
        return fts_query([word], prefix=False), exact
    term = fts_query([word])
    return term, _count(store, table, term)


def _count(store: Store, table: str, term: str) -> int:
    """Rows of ``table`` matching one FTS5 term, counted up to COUNT_CAP; cached until a write."""
    if not term:
        return 0
    cache = store.cache
    if (table, term) not in cache:
        cache[(table, term)] = int(store.db.execute(
            f"SELECT count(*) FROM (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ? LIMIT ?)",
            [term, COUNT_CAP]).fetchone()[0])
    return cache[(table, term)]


def _newest(store: Store, table: str, query: str, *, limit: int) -> list[dict[str, Any]]:
    """Rows for one common word, newest first: FTS5 walks its doclist backwards and stops."""
    return store.rows(
        f"SELECT t.*, 0.0 AS rank FROM (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ? "
        f"ORDER BY rowid DESC LIMIT ?) f JOIN {table} t ON t.rowid = f.rowid ORDER BY t.id DESC",
        [query, limit])


def may_name(store: Store, word: str) -> bool:
    """Whether a search-form word is, or is close to, a word of some stored person's name:
    a cheap test before the fuzzy search for a person in every window of a question."""
    names = store.cache.get("name_words")
    if names is None:
        # a person's key is the search form of their name (``Store._person_id``), «@article»
        # after it for a name known within one report: no name folded again per process
        rows = store.db.execute("SELECT key FROM persons").fetchall()
        names = store.cache["name_words"] = frozenset(w for (k,) in rows for w in k.split("@")[0].split())
        store.cache["name_list"] = sorted(names)
    return (word in names or text.stem(word) in names
            or match.has_close(word, store.cache["name_list"], cutoff=NAME_WORD_CUTOFF))
