"""Who said what: statements found by their words, or by their speaker and topic.

Part of the answer engine (:class:`knowledge.answer.engine._Engine` inherits it).
"""

from __future__ import annotations

import heapq
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .. import match, text
from ..store import retrieve
from .evidence import sentences_at, wording_variants
from .said_pool import POOL_CUT, STATEMENT_CUTOFF, StatementPool, tiers
from .who import CANDIDATES, cached_form

if TYPE_CHECKING:
    from .types import Context, Result

__all__ = ["BONUS_BATCH", "POOL_BATCH", "POOL_CUT", "SETTING_WEIGHT", "STATEMENT_CUTOFF", "StatementKinds"]

SETTING_WEIGHT = 0.3  # the most a statement's setting («در نشست Y») adds to its score
BONUS_BATCH = 32  # statements whose settings are read at a time, best scored first
POOL_BATCH = 64  # a namesake pool's statements scored at a time, until one scores all it can (_pool_best)


class StatementKinds(StatementPool):
    """who_said and what_said over the statements _pool and _light read (said_pool)."""

    context: Context
    _settings: dict[int, float]
    _scores: dict[tuple[tuple[str, ...], int], float]  # (topic words, statement id) → _statement_score
    _coverages: dict[tuple[str, ...], match.Coverage]  # topic words → their scorer for many statements

    def _statement_result(self, row: dict[str, Any], score: float) -> Result:
        """The answer line for a statement (the engine's)."""
        raise NotImplementedError

    def _who_said(self) -> tuple[list[Result], str | None]:
        words = self.q.words
        if not words:
            return [], None
        scored = self._statement_candidates(words, whole_first=True)
        results = [self._statement_result(row, score) for row, score in scored[:3] if score >= STATEMENT_CUTOFF]
        return results, None

    def _statement_candidates(self, words: tuple[str, ...], *,
                              whole_first: bool = False) -> list[tuple[dict[str, Any], float]]:
        """The statements FTS5 finds for ``words`` (their own words, then the sentences of their
        spans: a lead-in may hold what the quote does not), scored, best first. ``whole_first``
        (who_said): when a statement the first search found scores above 0.9 (every word, or
        all but a misspelt one's letters), the sentences are not searched. What they add are
        statements the first search did not find by their own words, which score at most 0.9
        on their sentences: the best answer stays (unless such a statement holds the words in
        a form FTS5 did not match, or more than CANDIDATES statements hold them as well: on
        the 10k and 100k bench stores no first answer of the 100 who_said questions moved, at
        1.0 nor above 0.9), and only the answers after it may differ or be fewer (7 of 200
        replies of the two stores, answers 2-3: each a statement whose lead-in held the words,
        now one of lower score or none; at 100k the 14 of 22 who_said questions that searched
        the sentences after a best of 0.95-0.97 take ~12 ms less)."""
        stems = [text.stem(w) for w in words]
        candidates: dict[int, dict[str, Any]] = {}
        for row in retrieve.search(self.store, "statements", stems, limit=CANDIDATES):
            candidates[row["id"]] = row
        if whole_first and candidates:
            scored = self._scored(list(candidates.values()), words)
            if scored and scored[0][1] > 0.9:
                return scored
        sentences = retrieve.search(self.store, "sentences", stems, limit=CANDIDATES)
        articles = sorted({s["article_id"] for s in sentences})
        if articles:  # the statements covering those sentences: their spans first, then those alone read whole
            hits = {(s["article_id"], s["position"]) for s in sentences}
            covering = [r for r in self.store.tuples_in(
                "SELECT id, article_id, first_sentence, last_sentence FROM statement_rows WHERE article_id IN ({})",
                articles) if any((r[1], p) in hits for p in range(r[2], r[3] + 1))]
            # the rows the statement search brought are not read again (in their places, as before)
            spans = self.store.rows_in("SELECT * FROM statements WHERE id IN ({})",
                                       [r[0] for r in covering if r[0] not in candidates])
            for row in sorted(spans, key=lambda r: (r["article_id"], r["first_sentence"], r["id"])):
                candidates[row["id"]] = row
            # the sentences found are the spans' words that _scores_of would read again
            found = {(s["article_id"], s["position"]): s["search"] for s in sentences}
            for _, article_id, first, last in covering:
                key = (article_id, first, last)
                if key not in self._span_words and all((article_id, p) in found for p in range(first, last + 1)):
                    self._span_words[key] = " ".join(found[(article_id, p)] for p in range(first, last + 1)).split()
        return self._scored(list(candidates.values()), words)

    def _scored(self, candidates: list[dict[str, Any]], words: tuple[str, ...]) -> list[tuple[dict[str, Any], float]]:
        """The candidates the question's date and place allow, scored (_scores_of), best first."""
        self._prime(r["article_id"] for r in candidates)
        kept = self._dated_in_window([r for r in candidates if self._ok(r["article_id"])])
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
            self._fill(todo, ("search",))
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
                # a lone misspelt surname («یزدامی در نشست Y») scores under 85 and still names someone
                misspelt = len(self.q.subject) == 1 and self._respelt(self.q.subject[0]) != self.q.subject[0]
                if not found or (found[0][1] < 85 and not misspelt):  # «نماینده مردم شیراز در مجلس» is one title
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
                for tier in tiers(pooled):  # the strong hits first (_strength), then every row pooled
                    best = self._pool_best(tier)
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
            self._fill(rows, ("verb", "direct", "via", "search"))
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
            for tier in tiers(hits):
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

    def _pool_best(self, tier: list[dict[str, Any]]) -> tuple[float, dict[str, Any]] | None:
        """The statement of a namesake pool's ``tier`` with the best score plus setting bonus
        (on a tie the earliest article's, then the first in the tier), as (score, row). The
        tier (in_order: by article) is scored POOL_BATCH rows at a time, and no further once a
        statement scores all of the topic and the setting's whole bonus: no later one can
        beat it (a tie goes to the earlier article), and the rest are never read or scored
        («مدیریت مصرف آب»: 300-380 strong hits of a common surname)."""
        def total(sr: tuple[float, dict[str, Any]]) -> tuple[float, int]:
            return sr[0] + self._setting_bonus(sr[1]), -sr[1]["article_id"]

        top = 1.0 + (SETTING_WEIGHT if self.q.setting else 0.0)  # a whole topic and setting held
        best: tuple[float, dict[str, Any]] | None = None
        for at in range(0, len(tier), POOL_BATCH):
            part = tier[at : at + POOL_BATCH]
            scores = self._scores_of(part, self.q.words) if self.q.words else [1.0] * len(part)
            found = max(self._contenders(list(zip(scores, part)), 1), key=total, default=None)
            if found is not None and (best is None or total(found) > total(best)):
                best = found
            if best is not None and total(best)[0] >= top:
                break
        return best

    def _best_of(self, rows: list[dict[str, Any]]) -> list[Result]:
        """The three statements that cover the topic best (and at least STATEMENT_CUTOFF)."""
        # «از مردم چی خواست؟» asked, «از شهروندان خواست» written: each wording (data/wording.tsv), the best
        scores = [max(each) for each in zip(*(self._scores_of(rows, v) for v in wording_variants(self.q.words)))]
        good = [(s, r) for s, r in zip(scores, rows) if s >= STATEMENT_CUTOFF]
        contenders = self._contenders(good, 3)
        self._fill([r for _, r in contenders], ("verb", "direct", "via"))
        scored = sorted(((r, s) for s, r in contenders),
                        # on a tie, the person's own words before a reporter's summary of them
                        key=lambda rs: (-rs[1] - self._setting_bonus(rs[0]), -(rs[0]["direct"] or 0),
                                        rs[0]["article_id"],
                                        rs[0]["first_sentence"]))
        best = scored[:3]
        return [self._statement_result(r, s) for r, s in zip(self._with_text([r for r, _ in best]),
                                                             [s for _, s in best])]

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
        # match.coverage of each, every distinct word of them scored once (the question's
        # Coverage of the setting's words, kept: the next batch's titles repeat most of them)
        for article_id, share in zip(held, self._coverage(tuple(self.q.setting)).many(list(held.values()))):
            self._settings[article_id] = SETTING_WEIGHT * share

    def _setting_bonus(self, statement: dict[str, Any]) -> float:
        """Up to 0.3 for a statement whose article's title or events hold the question's
        «در ...» words (0 when the question names no setting)."""
        if not self.q.setting:
            return 0.0
        if statement["article_id"] not in self._settings:
            self._fetch_settings([statement])
        return self._settings[statement["article_id"]]
