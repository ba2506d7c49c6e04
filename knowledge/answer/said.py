"""Who said what: statements found by their words, or by their speaker and topic.

Part of the answer engine (:class:`knowledge.answer.engine._Engine` inherits it).
"""

from __future__ import annotations

import heapq
from dataclasses import replace
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from .. import match, text
from ..store import forms as store_forms
from ..store import retrieve
from .evidence import sentences_at
from .who import CANDIDATES, PeopleLookup, cached_form

if TYPE_CHECKING:
    from ..parse.date_filter import DateRange
    from .types import Context, Result

STATEMENT_CUTOFF = 0.5  # share of the question's words a statement must hold
POOL_CUT = 60  # statements scored one by one before a quick cut by the topic's letters
SETTING_WEIGHT = 0.3  # the most a statement's setting («در نشست Y») adds to its score
_LATER = ("verb", "direct", "via")  # the rest of statements_of's light columns: read for the rows used (_with_columns)
BONUS_BATCH = 32  # statements whose settings are read at a time, best scored first
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
# and the place's: a place or province named in the article, or the article's own (as engine._ok's)
IN_PLACE = ("(EXISTS (SELECT 1 FROM places p WHERE p.article_id = r.article_id AND (p.name = ? OR p.province = ?)) "
            "OR EXISTS (SELECT 1 FROM articles x WHERE x.id = r.article_id AND (x.place = ? OR x.province = ?)))")


class StatementKinds(PeopleLookup):
    context: Context
    _span_words: dict[tuple[int, int, int], list[str]]
    _settings: dict[int, float]
    _scores: dict[tuple[tuple[str, ...], int], float]  # (topic words, statement id) → _statement_score
    _coverages: dict[tuple[str, ...], match.Coverage]  # topic words → their scorer for many statements
    _allowed: dict[int, bool]  # engine._ok's answers, by article id
    # the last _pool: words, people, the window and place its _light rows were read in, the rows
    _pooled: tuple[tuple[str, ...], set[int], tuple[DateRange | None, str | None], list[dict[str, Any]]]

    def _statement_result(self, row: dict[str, Any], score: float) -> Result:
        """The answer line for a statement (the engine's)."""
        raise NotImplementedError

    def _who_said(self) -> tuple[list[Result], str | None]:
        words = self.q.words
        if not words:
            return [], None
        scored = self._statement_candidates(words)
        results = [self._statement_result(row, score) for row, score in scored[:3] if score >= STATEMENT_CUTOFF]
        return results, None

    def _statement_candidates(self, words: tuple[str, ...]) -> list[tuple[dict[str, Any], float]]:
        stems = [text.stem(w) for w in words]
        candidates: dict[int, dict[str, Any]] = {}
        for row in retrieve.search(self.store, "statements", stems, limit=CANDIDATES):
            candidates[row["id"]] = row
        sentences = retrieve.search(self.store, "sentences", stems, limit=CANDIDATES)
        articles = sorted({s["article_id"] for s in sentences})
        if articles:  # the statements covering those sentences: their spans first, then those alone read whole
            hits = {(s["article_id"], s["position"]) for s in sentences}
            covering = [r[0] for r in self.store.tuples_in(
                "SELECT id, article_id, first_sentence, last_sentence FROM statement_rows WHERE article_id IN ({})",
                articles) if any((r[1], p) in hits for p in range(r[2], r[3] + 1))]
            spans = self.store.rows_in("SELECT * FROM statements WHERE id IN ({})", covering)
            for row in sorted(spans, key=lambda r: (r["article_id"], r["first_sentence"], r["id"])):
                candidates[row["id"]] = row
        self._prime(r["article_id"] for r in candidates.values())
        kept = self._dated_in_window([r for r in candidates.values() if self._ok(r["article_id"])])
        scored = list(zip(kept, self._scores_of(kept, words)))
        scored.sort(key=lambda rs: (-rs[1], rs[0]["article_id"], rs[0]["first_sentence"]))
        return scored

    def _dated_in_window(self, statements: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Of statements _ok allows, those dated in the question's window (IN_WINDOW's date, read
        for their articles in one query; undated ones stay): a report that only names a day of
        the window does not put its statements in it, where they would take the best places and
        engine.run then drop them."""
        if not self.q.dates or not statements:
            return statements
        span = (self.q.dates.start.isoformat(), self.q.dates.end.isoformat())
        dated = {a["id"]: a["iso"] for a in self.store.rows_in(
            "SELECT a.id, coalesce((SELECT e.iso FROM events e WHERE e.article_id = a.id AND e.iso IS NOT NULL "
            "ORDER BY e.sentence, e.id LIMIT 1), a.published) AS iso FROM articles a WHERE a.id IN ({})",
            sorted({r["article_id"] for r in statements}))}
        return [r for r in statements if dated.get(r["article_id"]) is None
                or span[0] <= dated[r["article_id"]] <= span[1]]

    def _fetch_spans(self, statements: list[dict[str, Any]]) -> None:
        """The sentence words of many statements' spans, in one query per 200 spans."""
        keys = [(r["article_id"], r["first_sentence"], r["last_sentence"]) for r in statements]
        words: dict[tuple[int, int], str] = {}
        for r in sentences_at(self.store, sorted({k for k in keys if k not in self._span_words})):
            words[(r["article_id"], r["position"])] = r["search"]
        for key in keys:
            if key not in self._span_words:
                self._span_words[key] = " ".join(
                    words.get((key[0], p), "") for p in range(key[1], key[2] + 1)).split()

    def _statement_score(self, row: dict[str, Any], words: tuple[str, ...]) -> float:
        """How much of the question's words the statement holds, or (for 0.9 of it) its
        sentences: ``match.coverage`` of each, kept for the question (a window that left
        nothing asks again, and the asked person's statements were scored in the pool)."""
        if (words, row["id"]) in self._scores:
            return self._scores[(words, row["id"])]
        key = (row["article_id"], row["first_sentence"], row["last_sentence"])
        if key not in self._span_words:
            self._span_words[key] = " ".join(r["search"] for r in self.store.rows(
                "SELECT search FROM sentences WHERE article_id = ? AND position BETWEEN ? AND ?", list(key))).split()
        sentence_words = self._span_words[key]
        coverage = self._coverage(words)
        score = self._scores[(words, row["id"])] = max(coverage.of(row["search"].split()),
                                                       0.9 * coverage.of(sentence_words))
        return score

    def _coverage(self, words: tuple[str, ...]) -> match.Coverage:
        """The question's scorer for ``words``, made once (it keeps what it scored)."""
        if words not in self._coverages:
            self._coverages[words] = match.Coverage(words)
        return self._coverages[words]

    def _scores_of(self, rows: list[dict[str, Any]], words: tuple[str, ...]) -> list[float]:
        """_statement_score of many statements: their forms and sentences read in a few
        queries, and every distinct word among them scored once (``match.Coverage``)."""
        todo = list({r["id"]: r for r in rows if (words, r["id"]) not in self._scores}.values())
        if todo:
            self._with_search(todo)
            self._fetch_spans(todo)
            covered = self._coverage(words).many([c for r in todo for c in (
                r["search"].split(), self._span_words[(r["article_id"], r["first_sentence"], r["last_sentence"])])])
            for i, r in enumerate(todo):  # as _statement_score
                self._scores[(words, r["id"])] = max(covered[2 * i], 0.9 * covered[2 * i + 1])
        return [self._statement_score(r, words) for r in rows]

    def _contenders(self, scored: list[tuple[float, dict[str, Any]]], n: int) -> list[tuple[float, dict[str, Any]]]:
        """The scored statements that may be among the ``n`` best once their setting's bonus
        is added (all of them, in their order, when the question names no setting). The
        settings are read for the best scored first, a batch at a time, until a statement's
        score plus the largest bonus cannot reach the ``n``-th best total so far: the rest
        cannot either, and their articles are never read."""
        if not self.q.setting or len(scored) <= n:
            self._fetch_settings([r for _, r in scored])
            return scored
        order = sorted(range(len(scored)), key=lambda i: -scored[i][0])
        best: list[float] = []  # the n best totals so far, the n-th first (a heap)
        kept: set[int] = set()
        for i in order:
            score, row = scored[i]
            if len(best) == n and score + SETTING_WEIGHT < best[0]:
                break
            if row["article_id"] not in self._settings:  # this one and the next ones' in one read
                self._fetch_settings([scored[j][1] for j in order[len(kept) : len(kept) + BONUS_BATCH]])
            kept.add(i)
            total = score + self._setting_bonus(row)
            if len(best) < n:
                heapq.heappush(best, total)
            elif total > best[0]:
                heapq.heapreplace(best, total)
        return [sr for i, sr in enumerate(scored) if i in kept]

    def _what_said(self) -> tuple[list[Result], str | None]:
        person_id = self.context.person_id if self.q.pronoun else None
        if person_id is None and self.q.pronoun and not self.q.subject:
            # «درباره X چه گفت؟» with nobody named yet in the conversation: whoever said it
            return self._who_said()
        if person_id is None:
            found = []
            if self.q.setting:  # «X در نشست Y»: X alone should name someone
                found = self.people(self.q.subject)
                if not found or found[0][1] < 85:  # «نماینده مردم شیراز در مجلس» is one title
                    self.q = replace(self.q, subject=self.q.subject + self.q.setting, setting=())
                    found = []
            if not found and not self.q.words and len(self.q.subject) > 1:
                # «طالبی هوش مصنوعی چی گفت؟»: a name, then the topic without «درباره»
                subject = self.q.subject
                self.q = replace(self.q, words=subject)
                found = self._person_in_words()
                named = set(text.search_form(found[0][2]["name"]).split()) if found else set()
                rest = tuple(w for w in subject if w not in named)
                if found and rest and len(rest) < len(subject):
                    self.q = replace(self.q, words=rest)
                else:
                    self.q = replace(self.q, words=())
                    found = []
            found = found or self.people(self.q.subject)
            if not found:
                return [], None
            person_id = found[0][0]
            if self.q.words or self.q.setting:
                # «کریمی درباره X»: several people may answer to the name equally well;
                # the topic (and where it was said) decides between them, never a
                # statement of someone else's
                pooled = self._pool(self._namesakes(found))
                for tier in _tiers(pooled):  # the strong hits first (_strength), then every row pooled
                    scores = self._scores_of(tier, self.q.words) if self.q.words else [1.0] * len(tier)
                    best = max(self._contenders(list(zip(scores, tier)), 1),
                               key=lambda sr: (sr[0] + self._setting_bonus(sr[1]), -sr[1]["article_id"]),
                               default=None)
                    if best is not None and best[0] >= STATEMENT_CUTOFF:
                        person_id = best[1]["person_id"]
                        break
        words, pooled, where, light = self._pooled
        if person_id in pooled and words == self.q.words and where == (self.q.dates, self.q.place):
            rows = [r for r in light if r["person_id"] == person_id]  # the same rows, in the same order
        else:
            rows = self._light([person_id], self.q.dates, self.q.place)
        self._prime(r["article_id"] for r in rows)
        rows = [r for r in rows if self._ok(r["article_id"])]
        if self.q.more:
            rows = [r for r in rows if r["id"] not in self.context.shown]
        if not rows:
            return [], self._silent_note(person_id)
        if self.q.verb:
            stem = self.q.verb.split()[0][:5]
            self._with_search(self._with_columns(rows))
            # the verb of the statement, or one inside its lead-in («... را ضروری دانست و گفت:»)
            same = [r for r in rows if text.search_form(r["verb"]).startswith(stem)
                    or any(w.startswith(stem) for w in r["search"].split())]
            taken = {id(r) for r in same}
            rows = same + [r for r in rows if id(r) not in taken] if same else rows
        if self.q.words:
            # a person quoted in hundreds of reports: the statements holding the start of a
            # topic word are scored (the namesake pool's cut); the rest only when those give
            # no answer (a misspelt topic)
            hits = [r for r in rows if r["hit"]] if len(rows) > POOL_CUT else rows
            for tier in _tiers(hits):
                results = self._best_of(tier)
                if results:
                    break
            if not results and len(hits) < len(rows):
                results = self._best_of(rows)
            if not results:
                return [], f"در خبرها سخنی از {self._name(person_id)} درباره «{' '.join(self.q.words)}» نیامده است."
            return results, None
        if self.q.setting:  # said there first
            self._fetch_settings(rows)
            rows = sorted(rows, key=lambda r: -self._setting_bonus(r))
        return [self._statement_result(r, 1.0) for r in self._with_text(rows[:3])], None

    def _best_of(self, rows: list[dict[str, Any]]) -> list[Result]:
        """The three statements that cover the topic best (and at least STATEMENT_CUTOFF)."""
        good = [(s, r) for s, r in zip(self._scores_of(rows, self.q.words), rows) if s >= STATEMENT_CUTOFF]
        contenders = self._contenders(good, 3)
        self._with_columns([r for _, r in contenders])
        scored = sorted(((r, s) for s, r in contenders),
                        # on a tie, the person's own words before a reporter's summary of them
                        key=lambda rs: (-rs[1] - self._setting_bonus(rs[0]), -(rs[0]["direct"] or 0),
                                        rs[0]["article_id"],
                                        rs[0]["first_sentence"]))
        best = scored[:3]
        return [self._statement_result(r, s) for r, s in zip(self._with_text([r for r, _ in best]),
                                                             [s for _, s in best])]

    def _light(self, person_ids: list[int], window: DateRange | None = None, place: str | None = None, *,
               outside: bool = False) -> list[dict[str, Any]]:
        """statements_of without the text (read from the article's body: only the statements
        answered with need it, see _with_text) or the article's columns (a page read per
        article), with ``hit``: whether the statement or its sentences hold the start of a topic
        word as written. With topic words, the span's sentences are read in the same query (the
        letter test needs them, and so does the scoring: _span_words) and the statement's
        search form cut from its first sentence's (where the view reads it from); without, no
        sentence is read and nothing is a hit. With a ``window``, only the statements dated in
        it (IN_WINDOW), or with ``outside`` only those that are not; with a ``place``, only
        those of an article of that place (IN_PLACE)."""
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
            rows = self._with_spans(person_ids, starts, cut, span)
        if (window or place) and not outside and (window, place) == (self.q.dates, self.q.place):
            self._allowed.update((r["article_id"], True) for r in rows)  # the question's: _ok need not ask
        return _in_order(rows)

    def _with_spans(self, person_ids: list[int], starts: list[str], cut: str = "",
                    span: list[str] | None = None) -> list[dict[str, Any]]:
        """_light's rows, one a sentence of the span joined here: a sentence's form comes back
        only when the statement is a hit by it, so a person's hundreds of statements on other
        topics cost an index lookup each, not their text. The statements come from one index
        (statements_person_spans, migration 016), never their rows: the few whose form is not
        cut from their first sentence (``search_start`` NULL) have it read by id, and a hit by
        that form brings its span's sentences too."""
        # the letter test over the forms' word numbers (sentence_cells.code, migration 015): the
        # numbers of the words holding a start are found once (forms.holding), and only the
        # sentences naming one are read back as text (or kept as text: search); those are
        # tested again as text (a word numbered since holds a start or not)
        forms: dict[int, dict[int, str]] = {}
        pattern = store_forms.holding(store_forms.register(self.store.db), starts)
        joined = self.store.tuples_in(
                "SELECT r.id, r.article_id, r.person_id, r.first_sentence, r.last_sentence, r.search_start, "
                "r.search_length, t.position, CASE WHEN t.code GLOB ? OR t.search IS NOT NULL "
                "THEN coalesce(t.search, form_text(t.code)) END AS sentence "
                "FROM statement_rows r LEFT JOIN sentence_cells t ON t.article_id = r.article_id "
                "AND t.position BETWEEN r.first_sentence AND r.last_sentence WHERE r.person_id IN ({})" + cut,
                person_ids, before=[pattern], after=span or [])
        rows = {x[0]: x for x in joined}  # a statement's columns are the same in each of its sentences' rows
        for x in joined:
            if x[8] is not None and any(start in x[8] for start in starts):
                forms.setdefault(x[0], {})[x[7]] = x[8]
        own_forms: dict[int, str] = {}  # the statements keeping a form of their own
        uncut = [i for i, x in rows.items() if x[5] is None]
        for i, form in self.store.tuples_in("SELECT id, search FROM statement_rows WHERE id IN ({})", uncut):
            if form is not None:
                own_forms[i] = form
        own_hits = [i for i, form in own_forms.items() if any(start in form for start in starts)]
        for r in sentences_at(self.store, [(rows[i][1], rows[i][3], rows[i][4]) for i in own_hits]):
            for i in own_hits:  # a hit by its own form: every sentence of its span
                if rows[i][1] == r["article_id"] and rows[i][3] <= r["position"] <= rows[i][4]:
                    forms.setdefault(i, {})[r["position"]] = r["search"]
        out = []
        for statement_id, x in rows.items():
            span = forms.get(statement_id)
            own = own_forms.get(statement_id)
            row = {"id": x[0], "article_id": x[1], "person_id": x[2], "first_sentence": x[3], "last_sentence": x[4]}
            if span is None and own is None:  # most of a pool: no start held, no form of its own
                row["hit"] = 0
                out.append(row)
                continue
            row["hit"] = self._strength(list(span.values()) + ([own] if own else [])) if span else 0
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
        """A hit's strength: 2 when the forms hold the starts of topic words that weigh
        STATEMENT_CUTOFF of the topic or more (match.coverage weighs a word by its length and
        counts it only when a word of the statement scores the cutoff for it, which takes its
        start: the statement may reach the cutoff), else 1 (it holds only lighter words'
        starts, «استان» of «بیمارستان‌های استان»: it cannot)."""
        words = self.q.words
        held = sum(min(len(w), 7) for w in words if any(w[:4] in f for f in forms))
        return 2 if held >= STATEMENT_CUTOFF * sum(min(len(w), 7) for w in words) else 1

    def _with_columns(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The rows of _light given the rest of their columns (in place, once), in one query."""
        missing = [r["id"] for r in rows if "verb" not in r]
        if missing:
            more = {x[0]: x[1:] for x in self.store.tuples_in(
                "SELECT id, verb, direct, via FROM statement_rows WHERE id IN ({})", missing)}
            for r in rows:
                if "verb" not in r:
                    r.update(zip(_LATER, more[r["id"]]))
        return rows

    def _with_search(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The rows of _light given their search form (in place, once), in one query."""
        missing = [r["id"] for r in rows if "search" not in r]
        if missing:
            forms = {f["id"]: f["search"] for f in self.store.rows_in(
                "SELECT id, search FROM statements WHERE id IN ({})", missing)}
            for r in rows:
                if "search" not in r:
                    r["search"] = forms[r["id"]]
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
        search forms (_light); the forms of the rows kept are read by the caller (_with_search)."""
        words, pooled, (window, place), light = self._pooled
        if words != self.q.words or pooled != set(person_ids) or not pooled:
            light = self._light(person_ids, self.q.dates, self.q.place)
        elif window is not None and self.q.dates is None and place == self.q.place:
            # a window that left nothing asks again without it: the rows outside it are added
            light = _in_order(light + self._light(person_ids, window, place, outside=True))
        elif (window, place) != (self.q.dates, self.q.place):
            light = self._light(person_ids, self.q.dates, self.q.place)
        # the chosen person's statements are read again below: kept, with the words they were
        # cut by and the window and place they were read in
        self._pooled = (self.q.words, set(person_ids), (self.q.dates, self.q.place), light)
        if self.filtered:  # every row read is in the question's window and place: _ok need not ask
            self._allowed.update((r["article_id"], True) for r in light)
        if len(light) > POOL_CUT and self.q.words:
            light = [r for r in light if r["hit"]] or light
        return light

    def _fetch_settings(self, statements: list[dict[str, Any]]) -> None:
        """_setting_bonus for many statements' articles: their titles and events in two queries
        per 500."""
        if not self.q.setting:
            return
        articles = sorted({r["article_id"] for r in statements} - set(self._settings))
        held = {a["id"]: cached_form(a["title"] or "").split()
                for a in self.store.rows_in("SELECT id, title FROM articles WHERE id IN ({})", articles)}
        for e in self.store.rows_in("SELECT article_id, search FROM events WHERE article_id IN ({})", articles):
            held[e["article_id"]] += e["search"].split()
        for article_id, words in held.items():
            self._settings[article_id] = SETTING_WEIGHT * match.coverage(list(self.q.setting), words)

    def _setting_bonus(self, statement: dict[str, Any]) -> float:
        """Up to 0.3 for a statement whose article's title or events hold the question's
        «در ...» words (0 when the question names no setting)."""
        if not self.q.setting:
            return 0.0
        if statement["article_id"] not in self._settings:
            self._fetch_settings([statement])
        return self._settings[statement["article_id"]]


def _in_order(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """_light's rows in the order statements_of gives them (its rows come by person id, then id)."""
    return sorted(rows, key=itemgetter("article_id", "first_sentence", "person_id", "id"))


def _tiers(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The rows to score, in turn until one gives an answer: of more than POOL_CUT hits, those
    holding enough of the topic's starts to reach the cutoff (``_strength``) first, then all of
    them (a misspelt topic word, «بیمرستان», holds no start of its own)."""
    strong = [r for r in rows if r["hit"] == 2] if len(rows) > POOL_CUT and all(r["hit"] for r in rows) else rows
    return [strong, rows] if strong and len(strong) < len(rows) else [rows]
