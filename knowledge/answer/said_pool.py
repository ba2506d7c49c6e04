"""The statements of many people read light: a person's (every namesake's) statements from one
index, cut by the question's window, place and the topic's letters, their other columns read
later for the rows used.

Part of the answer engine (:class:`knowledge.answer.said.StatementKinds` inherits it).
"""

from __future__ import annotations

from operator import itemgetter
from typing import TYPE_CHECKING, Any

from ..store import forms as store_forms
from .evidence import sentences_at
from .who import PeopleLookup

if TYPE_CHECKING:
    from ..parse.date_filter import DateRange

STATEMENT_CUTOFF = 0.5  # share of the question's words a statement must hold
POOL_CUT = 60  # statements scored one by one before a quick cut by the topic's letters
# a sentence of a statement's span joined (``t``): its form when it may hold a start (the code
# GLOB ``holding``'s pattern, or a form kept as text), else NULL
_SENTENCE = "CASE WHEN t.code GLOB ? OR t.search IS NOT NULL THEN coalesce(t.search, form_text(t.code)) END"
MOST_TERMS = 50  # words holding a start past which _topic_hits leaves the letters to the sentences
# (a two-letter start, «اب», is held by 75 words at 100k: 6 ms of FTS5 and hundreds of strong hits
# read one span at a time, 15 ms slower than the join; 400 common words took seconds)

# _light's window: the statements dated in the question's window — a statement is dated by its
# report's first dated event, else the report's day (as the answer shows it and engine.run keeps
# it), and an undated one is in the window when its report names a day of it (as engine._ok
# lets it in; _ok lets in any report naming such a day, and engine.run would then drop its
# dated statements, after they took the best places) — asked by SQLite for each statement row r
# through events_article, the article's key and dates_article, so the rows outside are never
# read (at 100k a common surname's namesakes have 11,000 statements, ~2,000 of them in a year)
IN_WINDOW = ("coalesce(coalesce((SELECT e.iso FROM events e WHERE e.article_id = r.article_id AND e.iso IS NOT NULL "
             "ORDER BY e.sentence, e.id LIMIT 1), (SELECT x.published FROM articles x WHERE x.id = r.article_id)) "
             "BETWEEN ? AND ?, EXISTS (SELECT 1 FROM dates d WHERE d.article_id = r.article_id "
             "AND d.iso BETWEEN ? AND ?))")
# and the place's: a place or province named in the article, or the article's own (as engine._ok's);
# the places view's rows read without its join: the article's place_rows (by its key) tested
# against the ids of the names of that place, found once a query (place_names is small), not a
# place_names row read per place of every article (100k: 4.6 -> 3.5 µs a statement)
IN_PLACE = ("(EXISTS (SELECT 1 FROM place_rows p WHERE p.article_id = r.article_id AND +p.place_id IN "
            "(SELECT n.id FROM place_names n WHERE n.name = ? OR n.province = ?)) "
            "OR EXISTS (SELECT 1 FROM articles x WHERE x.id = r.article_id AND (x.place = ? OR x.province = ?)))")


class StatementPool(PeopleLookup):
    """The statement rows what_said scores: _pool (every namesake's), _light (one person's)."""

    _span_words: dict[tuple[int, int, int], list[str]]
    _allowed: dict[int, bool]  # engine._ok's answers, by article id
    # the last _pool: words, people, the window and place its _light rows were read in, the rows
    _pooled: tuple[tuple[str, ...], set[int], tuple[DateRange | None, str | None], list[dict[str, Any]]]
    _partial: bool  # the last _light read only the hits of a pool (_with_spans)

    def _light(self, person_ids: list[int], window: DateRange | None = None, place: str | None = None, *,
               outside: bool = False, pool: bool = False) -> list[dict[str, Any]]:
        """statements_of without the text (read from the article's body: only the statements
        answered with need it, see _with_text) or the article's columns (a page read per
        article), with ``hit``: whether the statement or its sentences hold the start of a topic
        word as written. With topic words, the span's sentences are read in the same query (the
        letter test needs them, and so does the scoring: _span_words) and the statement's
        search form cut from its first sentence's (where the view reads it from); without, no
        sentence is read and nothing is a hit. With a ``window``, only the statements dated in
        it (IN_WINDOW), or with ``outside`` only those that are not; with a ``place``, only
        those of an article of that place (IN_PLACE). For a ``pool`` of more than POOL_CUT
        statements with a hit among them, only the hits (all _pool keeps; ``_partial`` says so)."""
        self._partial = False
        span = [window.start.isoformat(), window.end.isoformat()] * 2 if window else []
        cut = f" AND {'NOT ' if outside else ''}{IN_WINDOW}" if window else ""
        if place:
            cut, span = f"{cut} AND {IN_PLACE}", [*span, *[place] * 4]
        starts = list(dict.fromkeys(w[:4] for w in self.q.words))
        if not starts:
            rows = self.store.rows_in(
                "SELECT r.id, r.article_id, r.person_id, r.first_sentence, r.last_sentence, "
                "0 AS hit FROM statement_rows r WHERE r.person_id IN ({})" + cut, person_ids, after=span)
        else:
            rows = self._with_spans(person_ids, starts, cut, span, pool=pool)
        if (window or place) and not outside and (window, place) == (self.q.dates, self.q.place):
            self._allowed.update((r["article_id"], True) for r in rows)  # the question's: _ok need not ask
        return in_order(rows)

    def _with_spans(self, person_ids: list[int], starts: list[str], cut: str = "",
                    span: list[str] | None = None, *, pool: bool = False) -> list[dict[str, Any]]:
        """_light's rows with their ``hit``: which statements' sentences hold a start told by
        the index of statements by speaker and word (``_topic_hits``, migration 018), so only
        the statements that may reach the cutoff (a strong hit), keep a form of their own or
        a sentence as text have their sentences read (``_spans_read``); the others' rows come
        from statements_person_spans alone. Without the index (or when it cannot tell),
        every statement's sentences are read, as before."""
        pattern = store_forms.holding(store_forms.register(self.store.db), starts)
        # a window or place asked: SQLite cuts the statements as it reads them and joins the
        # few kept (a place keeps 1 in 20-30 of a pool: cheaper than the index and a cut by article)
        held = None if cut else self._topic_hits(person_ids, starts)
        if held is None:
            return self._spans_read(self.store.tuples_in(
                "SELECT r.id, r.article_id, r.person_id, r.first_sentence, r.last_sentence, r.search_start, "
                "r.search_length, t.position, CASE WHEN t.code GLOB ? OR t.search IS NOT NULL "
                "THEN coalesce(t.search, form_text(t.code)) END AS sentence "
                "FROM statement_rows r LEFT JOIN sentence_cells t ON t.article_id = r.article_id "
                "AND t.position BETWEEN r.first_sentence AND r.last_sentence WHERE r.person_id IN ({})" + cut,
                person_ids, before=[pattern], after=span or []), starts)
        hits, unsure = held
        weights = _weights(self.q.words)
        weighed = [(starts.index(start), weight) for start, weight in weights[0]]
        statements = self.store.tuples_in(
            "SELECT r.id, r.article_id, r.person_id, r.first_sentence, r.last_sentence, r.search_start, "
            "r.search_length FROM statement_rows r WHERE r.person_id IN ({})", person_ids)
        own_forms = self._own_forms([x[0] for x in statements if x[5] is None])
        out: list[dict[str, Any]] = []
        exact: list[tuple[Any, ...]] = []  # strong hits, hits by their own form, a sentence as text
        quiet: list[tuple[Any, ...]] = []  # no start held, no form of its own: most of a pool
        for x in statements:
            mask = hits.get(x[0], 0)
            own = own_forms.get(x[0])
            if x[0] in unsure or (own is not None and any(start in own for start in starts)) or (
                    mask and _strong(weights, weighed, mask)):
                exact.append(x)
            elif mask or own is not None:
                row = _light_row(x, 1 if mask else 0)
                if own is not None:
                    row["search"] = own
                out.append(row)
            else:
                quiet.append(x)
        if exact:
            out += self._spans_read(self._cells(exact, pattern), starts, own_forms)
        if pool and len(statements) > POOL_CUT and any(r["hit"] for r in out):
            self._partial = True  # _pool keeps only the hits: the others' rows are never made
            return [r for r in out if r["hit"]]
        return out + [_light_row(x, 0) for x in quiet]

    def _cells(self, statements: list[tuple[Any, ...]], pattern: str | None) -> list[tuple[Any, ...]]:
        """The join _spans_read reads, for statements already read (their columns as
        _with_spans reads them): each with each sentence of its span (its form when the
        letter ``pattern`` takes it), or with none when its article holds none of them."""
        cells: dict[tuple[int, int], str | None] = {}
        spans = sorted({(x[1], x[3], x[4]) for x in statements})
        for start in range(0, len(spans), 200):
            part = spans[start : start + 200]
            cells.update(((a, p), form) for a, p, form in self.store.db.execute(
                f"SELECT t.article_id, t.position, {_SENTENCE} FROM sentence_cells t WHERE " + " OR ".join(
                    "(t.article_id = ? AND t.position BETWEEN ? AND ?)" for _ in part),
                [pattern, *(v for key in part for v in key)]))
        joined = []
        for x in statements:
            found = [(*x, p, cells[(x[1], p)]) for p in range(x[3], x[4] + 1) if (x[1], p) in cells]
            joined += found or [(*x, None, None)]
        return joined

    def _own_forms(self, ids: list[int]) -> dict[int, str]:
        """The search forms the statements of ``ids`` keep of their own (``search_start`` NULL)."""
        return {i: form for i, form in self.store.tuples_in("SELECT id, search FROM statement_rows WHERE id IN ({})",
                                                             ids) if form is not None}

    def _topic_hits(self, person_ids: list[int], starts: list[str]) -> tuple[dict[int, int], set[int]] | None:
        """Of ``person_ids``' statements, those whose span's sentences hold a start (of the
        words holding it: forms.Words.holding), as a mask of the ``starts`` each holds, and
        those keeping a sentence's form as text (``u``: the letters tell them); None without
        the index (a store before 018), for a start held by too many words to ask, or when
        words were numbered meanwhile (a writer's: its statements may hold them)."""
        if not person_ids or not self._has_statement_words():
            return None
        if any(not s or " " in s for s in starts):
            return None
        words = store_forms.register(self.store.db)
        numbers = []
        for start in starts:
            held, last = words.holding([start])
            if len(held) > MOST_TERMS:
                return None
            numbers.append(held)
        hits: dict[int, int] = {}
        persons = " OR ".join(f"p{int(p)}" for p in dict.fromkeys(person_ids))
        for bit, held in enumerate(numbers):
            if not held:
                continue
            for (i,) in self.store.db.execute("SELECT rowid FROM statement_words WHERE statement_words MATCH ?",
                                              [f"({persons}) AND ({' OR '.join(map(str, held))})"]):
                hits[i] = hits.get(i, 0) | 1 << bit
        unsure = {i for (i,) in self.store.db.execute(
            "SELECT rowid FROM statement_words WHERE statement_words MATCH ?", [f"({persons}) AND u"])
            } if self._any_uncoded() else set()
        words.load()
        if len(words.numbers) != last:
            return None
        return hits, unsure

    def _any_uncoded(self) -> bool:
        """Whether a statement of the store keeps a sentence's form as text (``u``): almost never."""
        return self._asked_once("statement_words u", "SELECT 1 FROM statement_words WHERE statement_words MATCH 'u' LIMIT 1")

    def _has_statement_words(self) -> bool:
        """Whether the store has ``statement_words`` (migration 018)."""
        return self._asked_once("statement_words", "SELECT 1 FROM sqlite_master WHERE name = 'statement_words'")

    def _asked_once(self, key: str, sql: str) -> bool:
        """Whether ``sql`` finds a row, asked once until the store is written (``Store.cache``
        is cleared then)."""
        known = self.store.cache.get(key)
        if known is None:
            known = self.store.cache[key] = self.store.db.execute(sql).fetchone() is not None
        return bool(known)

    def _spans_read(self, joined: list[tuple[Any, ...]], starts: list[str],
                    own_forms: dict[int, str] | None = None) -> list[dict[str, Any]]:
        """_light's rows of the statements ``joined`` (a row a sentence of the span: the
        statement's columns, the sentence's position and its form, kept only where the letter
        pattern takes it: a person's hundreds of statements on other topics cost an index
        lookup each, not their text). The statements come from one index (statements_person_spans,
        migration 016), never their rows: the few whose form is not cut from their first
        sentence (``search_start`` NULL) have it read by id (unless ``own_forms`` holds them),
        and a hit by that form brings its span's sentences too."""
        # the letter test over the forms' word numbers (sentence_cells.code, migration 015): the
        # numbers of the words holding a start are found once (forms.holding), and only the
        # sentences naming one are read back as text (or kept as text: search); those are
        # tested again as text (a word numbered since holds a start or not)
        forms: dict[int, dict[int, str]] = {}
        rows: dict[int, tuple[Any, ...]] = {}  # a statement's columns are the same in each of its sentences' rows
        for x in joined:
            rows[x[0]] = x
            sentence = x[8]
            if sentence is not None and any(start in sentence for start in starts):
                forms.setdefault(x[0], {})[x[7]] = sentence
        if own_forms is None:  # the statements keeping a form of their own
            own_forms = self._own_forms([i for i, x in rows.items() if x[5] is None])
        else:
            own_forms = {i: form for i, form in own_forms.items() if i in rows}
        own_hits = [i for i, form in own_forms.items() if any(start in form for start in starts)]
        for r in sentences_at(self.store, [(rows[i][1], rows[i][3], rows[i][4]) for i in own_hits]):
            for i in own_hits:  # a hit by its own form: every sentence of its span
                if rows[i][1] == r["article_id"] and rows[i][3] <= r["position"] <= rows[i][4]:
                    forms.setdefault(i, {})[r["position"]] = r["search"]
        # most of a pool: no start held, no form of its own
        out = [_light_row(x, 0) for i, x in rows.items() if i not in forms and i not in own_forms]
        weights = _weights(self.q.words)
        for statement_id in [*forms, *(i for i in own_forms if i not in forms)]:
            x = rows[statement_id]
            span = forms.get(statement_id)
            own = own_forms.get(statement_id)
            row = _light_row(x, _held(weights, list(span.values()) + ([own] if own else [])) if span else 0)
            if row["hit"] == 2:  # scored: its forms kept (a weak hit's are read when it is scored, if ever)
                first, last, at, length = x[3], x[4], x[5], x[6]
                if own is None and first in span and at is not None:  # as the view cuts it
                    own = span[first].encode()[at : at + length].decode()
                key = (x[1], first, last)
                if key not in self._span_words and len(span) == last - first + 1:
                    self._span_words[key] = " ".join(span[p] for p in range(first, last + 1)).split()
            if own is not None:
                row["search"] = own
            out.append(row)
        return out

    def _strength(self, forms: list[str]) -> int:
        """A hit's strength for the question's topic words (_held)."""
        return _held(_weights(self.q.words), forms)

    def _fill(self, rows: list[dict[str, Any]], columns: tuple[str, ...]) -> list[dict[str, Any]]:
        """The rows of _light given the ``columns`` they lack (in place, once: a column a row
        has is kept), in one query by id through the statements view (its search form cut from
        the first sentence's where the row keeps none)."""
        missing = [r["id"] for r in rows if any(c not in r for c in columns)]
        if missing:
            more = {x[0]: x[1:] for x in self.store.tuples_in(
                f"SELECT id, {', '.join(columns)} FROM statements WHERE id IN ({{}})", missing)}
            for r in rows:
                if any(c not in r for c in columns):
                    r.update((c, v) for c, v in zip(columns, more[r["id"]]) if c not in r)
        return rows

    def _with_text(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The rows of _light with their text (and the columns _light leaves for later), in one query."""
        more = {r["id"]: r for r in self.store.rows_in(
            "SELECT id, text, verb, direct, via FROM statements WHERE id IN ({})", [r["id"] for r in rows])}
        return [{**r, **more[r["id"]]} for r in rows]

    def _pool(self, person_ids: list[int]) -> list[dict[str, Any]]:
        """The statements of many people (every namesake's) in the question's window and place
        (asked by SQLite while they are read: _light); of more than POOL_CUT, those whose span
        holds the start of a topic word as written: a quick cut before the fuzzy scoring,
        skipped when it would leave none (a misspelt topic). The cut is made by SQLite over the
        search forms (_light); the forms of the rows kept are read by the caller (_fill)."""
        words, pooled, (window, place), light = self._pooled
        self._partial = False
        if words != self.q.words or pooled != set(person_ids) or not pooled:
            light = self._light(person_ids, self.q.dates, self.q.place, pool=True)
        elif window is not None and self.q.dates is None and place == self.q.place:
            # a window that left nothing asks again without it: the rows outside it are added
            light = in_order(light + self._light(person_ids, window, place, outside=True))
        elif (window, place) != (self.q.dates, self.q.place):
            light = self._light(person_ids, self.q.dates, self.q.place)
        # the chosen person's statements are read again below: kept, with the words they were
        # cut by and the window and place they were read in
        # (only the hits read: no person's rows are there to take, nor to add those outside a window to)
        self._pooled = (self.q.words, set() if self._partial else set(person_ids), (self.q.dates, self.q.place), light)
        if self.filtered:  # every row read is in the question's window and place: _ok need not ask
            self._allowed.update((r["article_id"], True) for r in light)
        if len(light) > POOL_CUT and self.q.words:
            light = [r for r in light if r["hit"]] or light
        return light


def in_order(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """_light's rows in the order statements_of gives them (its rows come by person id, then id)."""
    return sorted(rows, key=itemgetter("article_id", "first_sentence", "person_id", "id"))


def _weights(words: tuple[str, ...]) -> tuple[list[tuple[str, int]], float]:
    """_held's scale for topic ``words``: each word's start and weight (match.coverage's:
    its length, up to 7), and the weight held that reaches STATEMENT_CUTOFF."""
    weighed = [(w[:4], min(len(w), 7)) for w in words]
    return weighed, STATEMENT_CUTOFF * sum(weight for _, weight in weighed)


def _light_row(x: tuple[Any, ...], hit: int) -> dict[str, Any]:
    """A _light row of a statement read as _with_spans reads it (id, article, person, span)."""
    return {"id": x[0], "article_id": x[1], "person_id": x[2], "first_sentence": x[3], "last_sentence": x[4], "hit": hit}


def _strong(weights: tuple[list[tuple[str, int]], float], weighed: list[tuple[int, int]], mask: int) -> bool:
    """Whether a statement holding the starts of ``mask`` (bit i: the i-th start) is a strong
    hit (_held's 2): the topic words whose start it holds weigh the cutoff."""
    return sum(weight for bit, weight in weighed if mask >> bit & 1) >= weights[1]


def _held(weights: tuple[list[tuple[str, int]], float], forms: list[str]) -> int:
    """StatementPool._strength with the topic's ``_weights``.

    A hit's strength: 2 when the forms hold the starts of topic words that weigh
    STATEMENT_CUTOFF of the topic or more (match.coverage weighs a word by its length and
    counts it only when a word of the statement scores the cutoff for it, which takes its
    start: the statement may reach the cutoff), else 1 (it holds only lighter words'
    starts, «استان» of «بیمارستان‌های استان»: it cannot)."""
    weighed, cutoff = weights
    held = sum(weight for start, weight in weighed if any(start in f for f in forms))
    return 2 if held >= cutoff else 1


def tiers(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The rows to score, in turn until one gives an answer: of more than POOL_CUT hits, those
    holding enough of the topic's starts to reach the cutoff (``_strength``) first, then all of
    them (a misspelt topic word, «بیمرستان», holds no start of its own)."""
    strong = [r for r in rows if r["hit"] == 2] if len(rows) > POOL_CUT and all(r["hit"] for r in rows) else rows
    return [strong, rows] if strong and len(strong) < len(rows) else [rows]
