"""Who said what: statements found by their words, or by their speaker and topic.

Part of the answer engine (:class:`knowledge.answer.engine._Engine` inherits it).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .. import match, text
from ..store import retrieve
from .who import CANDIDATES, PeopleLookup, cached_form

if TYPE_CHECKING:
    from .types import Context, Result

STATEMENT_CUTOFF = 0.5  # share of the question's words a statement must hold
POOL_CUT = 60  # statements scored one by one before a quick cut by the topic's letters


class StatementKinds(PeopleLookup):
    context: Context
    _span_words: dict[tuple[int, int, int], list[str]]
    _settings: dict[int, float]

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
        if articles:  # the statements covering those sentences, in one query
            spans = self.store.rows_in("SELECT * FROM statements WHERE article_id IN ({})", articles)
            hits = {(s["article_id"], s["position"]) for s in sentences}
            for row in spans:
                if any((row["article_id"], p) in hits for p in range(row["first_sentence"], row["last_sentence"] + 1)):
                    candidates[row["id"]] = row
        scored = []
        for row in candidates.values():
            if not self._ok(row["article_id"]):
                continue
            scored.append((row, self._statement_score(row, words)))
        scored.sort(key=lambda rs: (-rs[1], rs[0]["article_id"], rs[0]["first_sentence"]))
        return scored

    def _fetch_spans(self, statements: list[dict[str, Any]]) -> None:
        """The sentence words of many statements' spans in one query per 500 articles."""
        keys = [(r["article_id"], r["first_sentence"], r["last_sentence"]) for r in statements]
        articles = sorted({k[0] for k in keys if k not in self._span_words})
        words: dict[tuple[int, int], str] = {}
        for r in self.store.rows_in("SELECT article_id, position, search FROM sentences WHERE article_id IN ({})",
                                    articles):
            words[(r["article_id"], r["position"])] = r["search"]
        for key in keys:
            if key not in self._span_words:
                self._span_words[key] = " ".join(
                    words.get((key[0], p), "") for p in range(key[1], key[2] + 1)).split()

    def _statement_score(self, row: dict[str, Any], words: tuple[str, ...]) -> float:
        key = (row["article_id"], row["first_sentence"], row["last_sentence"])
        if key not in self._span_words:
            self._span_words[key] = " ".join(r["search"] for r in self.store.rows(
                "SELECT search FROM sentences WHERE article_id = ? AND position BETWEEN ? AND ?", list(key))).split()
        sentence_words = self._span_words[key]
        return max(match.coverage(list(words), row["search"].split()),
                   0.9 * match.coverage(list(words), sentence_words))

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
                pooled = [r for r in self.statements_of(*self._namesakes(found)) if self._ok(r["article_id"])]
                self._fetch_spans(pooled)
                pooled = self._mentioning(pooled)
                self._fetch_settings(pooled)
                scored = [(self._statement_score(r, self.q.words) if self.q.words else 1.0, r) for r in pooled]
                best = max(scored, key=lambda sr: (sr[0] + self._setting_bonus(sr[1]), -sr[1]["article_id"]),
                           default=None)
                if best is not None and best[0] >= STATEMENT_CUTOFF:
                    person_id = best[1]["person_id"]
        rows = [r for r in self.statements_of(person_id) if self._ok(r["article_id"])]
        if self.q.more:
            rows = [r for r in rows if r["id"] not in self.context.shown]
        if not rows:
            return [], self._silent_note(person_id)
        if self.q.verb:
            stem = self.q.verb.split()[0][:5]
            # the verb of the statement, or one inside its lead-in («... را ضروری دانست و گفت:»)
            same = [r for r in rows if text.search_form(r["verb"]).startswith(stem)
                    or any(w.startswith(stem) for w in r["search"].split())]
            rows = same + [r for r in rows if r not in same] if same else rows
        if self.q.setting:  # said there first
            rows = sorted(rows, key=lambda r: -self._setting_bonus(r))
        if self.q.words:
            scored = sorted(((r, self._statement_score(r, self.q.words)) for r in rows),
                            # on a tie, the person's own words before a reporter's summary of them
                            key=lambda rs: (-rs[1] - self._setting_bonus(rs[0]), -(rs[0]["direct"] or 0),
                                            rs[0]["article_id"],
                                            rs[0]["first_sentence"]))
            results = [self._statement_result(r, s) for r, s in scored if s >= STATEMENT_CUTOFF][:3]
            if not results:
                return [], f"در خبرها سخنی از {self._name(person_id)} درباره «{' '.join(self.q.words)}» نیامده است."
            return results, None
        return [self._statement_result(r, 1.0) for r in rows[:3]], None

    def _mentioning(self, statements: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Of many statements (every namesake's), those whose span holds the start of a
        topic word as written: a quick cut before the fuzzy scoring, skipped when it would
        leave none (a misspelt topic)."""
        if len(statements) <= POOL_CUT or not self.q.words:
            return statements
        starts = [w[:4] for w in self.q.words]
        kept = [r for r in statements if any(
            k in r["search"] or k in " ".join(self._span_words[(r["article_id"], r["first_sentence"], r["last_sentence"])])
            for k in starts)]
        return kept or statements

    def _fetch_settings(self, statements: list[dict[str, Any]]) -> None:
        """_setting_bonus for many statements' articles: their events in one query per 500."""
        if not self.q.setting:
            return
        titles = {r["article_id"]: r.get("article_title") or "" for r in statements}
        articles = sorted(a for a in titles if a not in self._settings)
        held = {a: cached_form(titles[a]).split() for a in articles}
        for e in self.store.rows_in("SELECT article_id, search FROM events WHERE article_id IN ({})", articles):
            held[e["article_id"]] += e["search"].split()
        for article_id, words in held.items():
            self._settings[article_id] = 0.3 * match.coverage(list(self.q.setting), words)

    def _setting_bonus(self, statement: dict[str, Any]) -> float:
        """Up to 0.3 for a statement whose article's title or events hold the question's
        «در ...» words (0 when the question names no setting)."""
        if not self.q.setting:
            return 0.0
        article_id = statement["article_id"]
        if article_id not in self._settings:
            held = cached_form(statement.get("article_title") or "").split() + [
                w for e in self.store.rows("SELECT search FROM events WHERE article_id = ?", [article_id])
                for w in e["search"].split()]
            self._settings[article_id] = 0.3 * match.coverage(list(self.q.setting), held)
        return self._settings[article_id]
