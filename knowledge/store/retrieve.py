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

import itertools
from collections import OrderedDict
from typing import Any

from .. import match, text
from . import rank
from .store import Store, fts_query

OR_BUDGET = 1000  # rows an OR query may rank (4 ms for sentences, more for longer rows)
COUNT_CAP = OR_BUDGET + 1  # rows counted per word before it is simply "common"
MAX_LEFT_OUT = 3  # words left out one at a time when the rows holding all are too few
POOL_CAP = OR_BUDGET  # rows of the pooled AND queries ranked here (see _Pool) …
POOL_FACTOR = 8  # … and no more than 8 times the rows asked for
NAME_WORD_CUTOFF = 75.0  # below the 78 a word needs to count as covered by a name
KEPT_TABLES = frozenset({"appearances", "persons", "events", "sentences"})  # whose ranked ids are kept until a write (ranked) …
RANKED_KEPT = 512  # … for this many queries (60 ids and ranks each: a few MB at most)


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
        return ranked(store, table, " OR ".join(live), limit=limit)
    if len(live) == 1:
        return _newest(store, table, live[0], limit=limit)
    # then the rows missing one word, the rarest first: it is the likeliest to be misspelt
    # or to be a word of the question's own («نام»), and the rest narrow the search most
    left_outs = sorted(live, key=terms.__getitem__)[:MAX_LEFT_OUT] if len(live) > 2 else []
    pool = _Pool.of(store, table, live, left_outs, cap=min(POOL_CAP, POOL_FACTOR * limit)) if left_outs else None

    def every(part: list[str]) -> list[dict[str, Any]]:
        found = pool.search(part, limit=limit) if pool is not None else None
        return found if found is not None else ranked(store, table, " AND ".join(part), limit=limit)

    rows = every(live)
    for left_out in left_outs:
        if len(rows) >= limit:
            break
        rows = _more(rows, every([t for t in live if t != left_out]))
    if len(rows) < limit:
        rare = sorted((t for t in live if terms[t] < COUNT_CAP), key=terms.__getitem__)
        while rare and sum(terms[t] for t in rare) > OR_BUDGET:
            rare.pop()
        if rare:
            rows = _more(rows, ranked(store, table, " OR ".join(rare), limit=limit))
    return rows[:limit]


class _Pool:
    """The rows of every AND query ``search`` may ask in turn (all the words, then all but
    one of the rarest few) from one FTS5 query, ``rest AND (two of the three rarest)``, each
    query's rows then picked and ranked here: FTS5 walks the long doclists of the common
    words once, not once a query (at 100k articles each walk of «استان», «جلسه» is 2–5 ms).
    The rows and their order are those the queries give one by one (``rank.bm25`` is FTS5's
    formula, from the same counts). When the query brings more rows than POOL_FACTOR times
    the limit (where the first tiers may fill the limit alone, a large pool costs more than
    they do) or than POOL_CAP, or a row is not tokenized as its search form splits, the
    queries are asked of FTS5 one by one as before."""

    def __init__(self, store: Store, table: str, tokens: dict[int, list[str]], avgdl: float) -> None:
        self.store, self.table, self.tokens, self.avgdl = store, table, tokens, avgdl
        self.full: dict[int, dict[str, Any]] = {}  # the rows returned, read once
        self.holders: dict[tuple[str, bool], set[int]] = {}
        # each row's tokens as one text, a space before each and after the last: a phrase is
        # looked for in it by str's own search («" word"» starts a token, «" word "» is one),
        # not token by token in Python (one text a list: a person's rows share theirs)
        padded: dict[int, str] = {}
        self.padded = {i: padded.get(id(toks)) or padded.setdefault(id(toks), " " + " ".join(toks) + " ")
                       for i, toks in tokens.items()}

    @classmethod
    def of(cls, store: Store, table: str, live: list[str], left_outs: list[str], *, cap: int) -> _Pool | None:
        if table not in rank.TABLES or any(rank.phrases_of(t) is None for t in live):
            return None
        rest = [t for t in live if t not in left_outs]
        some = " OR ".join(f"({' AND '.join(c)})" for c in itertools.combinations(left_outs, len(left_outs) - 1))
        ids = [r[0] for r in store.db.execute(
            f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ? ORDER BY rowid LIMIT ?",
            [" AND ".join([*rest, f"({some})"]), cap + 1])]
        if len(ids) > cap:
            return None
        avgdl = rank.averages(store, table)[1]
        if avgdl <= 0.0:
            return None
        forms = store.tuples_in(f"SELECT id, search FROM {table} WHERE id IN ({{}})", ids)
        # a person's appearances repeat one form: its token count read and its tokens split once
        # (rank.BY_FORM), one list for all its rows (ranked once in ``search``)
        by_form = table in rank.BY_FORM
        first: dict[str, int] = {}
        if by_form:
            for row_id, search in forms:
                first.setdefault(search, row_id)
        found = rank.tokens_of(store, table, [(row_id, search) for search, row_id in first.items()] if by_form else forms)
        if found is None:
            return None
        tokens = {row_id: found[first[search]] for row_id, search in forms} if by_form else found
        return cls(store, table, tokens, avgdl)

    def _holding(self, phrase: tuple[str, bool]) -> set[int]:
        """The pool's rows holding a phrase (a word as written, or as a prefix), found once."""
        if phrase not in self.holders:
            word, prefix = phrase
            mark = f" {word}" if prefix else f" {word} "
            self.holders[phrase] = {i for i, padded in self.padded.items() if mark in padded}
        return self.holders[phrase]

    def search(self, part: list[str], *, limit: int) -> list[dict[str, Any]] | None:
        """``store.search(table, " AND ".join(part), limit=limit)``, from the pool's rows."""
        phrases = [p for t in part for p in rank.phrases_of(t) or []]
        ids = set.intersection(*(self._holding(p) for p in phrases)) if phrases else set()
        held = [(i, self.tokens[i]) for i in ids]
        if not held:
            return []
        weights = rank.idf(self.store, self.table, phrases)
        if weights is None:
            return None
        scored: dict[int, float] = {}  # by tokens list: the rows of one form (see ``of``) ranked once
        for row_id, toks in held:
            if id(toks) not in scored:
                scored[id(toks)] = rank.bm25(toks, phrases, weights, self.avgdl, padded=self.padded[row_id])
        order = sorted((scored[id(toks)], i) for i, toks in held)[:limit]
        todo = [i for _, i in order if i not in self.full]
        if todo:
            rows = self.store.rows_in(f"SELECT * FROM {self.table} WHERE id IN ({{}})", todo)
            self.full.update((r["id"], r) for r in rows)
        return [dict(self.full[i], rank=score) for score, i in order]


def ranked(store: Store, table: str, query: str, *, limit: int) -> list[dict[str, Any]]:
    """``store.search``; for people (appearances, and persons by the trigrams of their
    names: who._fuzzy_people), the ids and ranks it gave are kept until the
    store changes (``Store.cache``), the RANKED_KEPT last asked, and the rows read again by id.
    The tiers of people searches recur from question to question («امام جمعه» for every
    city's Friday prayer leader: «"امام" AND "جمعه"» ranked by FTS5 over 9,000 appearances at
    100k articles, 15 ms) and within one (a title, then the title cut short: a long misspelt
    title's first twelve trigrams are the same). So do the tiers of «کی/کجا» questions about
    events: «"جلسه" AND "شورای" AND "اداری" AND "شهرستان"» (the city left out) for every
    city's council meeting, thousands of events at 100k articles that FTS5 ranks in 6 ms, and
    the same words' sentences (22 and 10 of the 500 bench questions' event and sentence
    tiers at 100k are asked again)."""
    if table not in KEPT_TABLES:
        return store.search(table, query, limit=limit)
    kept: OrderedDict[tuple[str, str, int], list[tuple[int, float]]] = store.cache.setdefault("ranked", OrderedDict())
    key = (table, query, limit)
    if key in kept:
        kept.move_to_end(key)
        found = kept[key]
        rows = {r["id"]: r for r in store.rows_in(f"SELECT * FROM {table} WHERE id IN ({{}})", [i for i, _ in found])}
        return [dict(rows[i], rank=score) for i, score in found]
    out = store.search(table, query, limit=limit)
    kept[key] = [(r["id"], r["rank"]) for r in out]
    if len(kept) > RANKED_KEPT:
        kept.popitem(last=False)
    return out


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
        if cache[(table, term)] < COUNT_CAP:  # every row counted: the IDF's count too (rank.idf)
            rank.know_hits(store, table, term, cache[(table, term)])
    return cache[(table, term)]


def rows_holding(store: Store, table: str, word: str) -> int:
    """Rows of ``table`` holding the search-form ``word`` as written (counted up to COUNT_CAP;
    cached until a write)."""
    return _count(store, table, fts_query([word], prefix=False))


def _newest(store: Store, table: str, query: str, *, limit: int) -> list[dict[str, Any]]:
    """Rows for one common word, newest first: FTS5 walks its doclist backwards and stops."""
    return store.rows(
        f"SELECT t.*, 0.0 AS rank FROM (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ? "
        f"ORDER BY rowid DESC LIMIT ?) f JOIN {table} t ON t.rowid = f.rowid ORDER BY t.id DESC",
        [query, limit])


def may_name(store: Store, word: str) -> bool:
    """Whether a search-form word is, or is close to, a word of some stored person's name:
    a cheap test before the fuzzy search for a person in every window of a question."""
    names = _name_words(store)
    return (word in names or text.stem(word) in names
            or match.has_close(word, store.cache["name_list"], cutoff=NAME_WORD_CUTOFF))


def name_spelling(store: Store, word: str) -> str:
    """The stored name word a misspelt search-form word stands for («یزدامی» → «یزدانی»,
    the closest by edit similarity, at least match.WORD_CUTOFF); the word itself when it is
    a name word or none is close."""
    names = _name_words(store)
    if word in names or text.stem(word) in names:
        return word
    return match.close_spelling(word, store.cache["name_list"], cutoff=match.WORD_CUTOFF) or word


def _name_words(store: Store) -> frozenset[str]:
    names = store.cache.get("name_words")
    if names is None:
        # a person's key is the search form of their name (``Store._person_id``), «@article»
        # after it for a name known within one report: no name folded again per process
        rows = store.db.execute("SELECT key FROM persons").fetchall()
        names = store.cache["name_words"] = frozenset(w for (k,) in rows for w in k.split("@")[0].split())
        store.cache["name_list"] = sorted(names)
    return names
