"""A topic across people and the latest on a subject.

==============  ===========================================  =================================
kind            example                                      answer
==============  ===========================================  =================================
topic_people    چه کسانی درباره کم‌آبی صحبت کردند؟            each person once: role, date, one
                نظر مسئولان درباره گردشگری چیست؟              line of what they said; newest first
latest          آخرین خبرهای کرمان                           reports, newest first
                تازه‌ترین اظهارات عراقچی                       the person's statements, newest first
==============  ===========================================  =================================

:func:`refine` turns the question parser's ``list_people`` / ``what_said`` / ``topic`` into
these kinds; the engine inherits :class:`TimelineKinds`. Everything is sorted by the
statement's date: the event's date where the report gives one, else the article's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .. import text
from .question import Question, starts_with_event

if TYPE_CHECKING:
    from ..store import Store
    from .types import Result

TOPIC_PEOPLE = 30  # people gathered for one topic; the text shows PAGE, «بیشتر» the rest
LATEST = 15
PAGE = 5
TOPIC_CUTOFF = 0.75  # share of the topic's words a statement must hold
# Groups of officials standing for «who» («نظر مسئولان درباره گردشگری چیست؟»).
_GROUPS = frozenset({"مسیولان", "مسیولین", "مسولان", "مسولین", "مقامات", "مقامها", "مدیران", "کارشناسان",
                     "نمایندگان", "مسیولان استان", "مسیولان استانی", "دولتمردان", "مسیولین استان",
                     "مسیولانی", "مقاماتی", "مدیرانی", "کارشناسانی"})  # «چه مسئولانی ... گفتند؟»
_ABOUT = re.compile(r"(?:^| )(?:درباره|دربارهی|در مورد|در باره|راجع به|پیرامون|در خصوص|در زمینه)(?= )")
_LATEST_WORDS = frozenset({"اخرین", "تازهترین", "جدیدترین", "اخیرترین"})
_LATEST = re.compile(r"(?:^| )(?:اخرین|تازهترین|جدیدترین|اخیرترین|تازه ترین|جدید ترین)(?= )")
_SAYINGS = frozenset({"اظهارات", "سخنان", "صحبتهای", "صحبتها", "گفتههای", "حرفهای", "مواضع", "اظهار", "نظرات"})
_NEWS = frozenset({"خبرهای", "اخبار", "خبر", "خبرها", "گزارشهای", "گزارش", "رویدادهای", "اتفاقات"})


def refine(q: Question) -> Question:
    """The kinds of this module, from what the question parser made of the question."""
    s = " ".join(text.search_form(q.raw).split())
    words = s.split()
    if _LATEST.search(s) and set(words) & (_SAYINGS | _NEWS):
        keep = tuple(w for w in q.words if w not in _SAYINGS | _NEWS and w not in _LATEST_WORDS)
        return replace(q, kind="latest", words=keep or q.subject, subject=(),
                       verb="said" if set(words) & _SAYINGS else None)
    if q.kind == "list_people" and _ABOUT.search(s) and not starts_with_event(q.words):
        return replace(q, kind="topic_people")
    if q.kind == "what_said" and q.subject and " ".join(q.subject) in _GROUPS and q.words:
        return replace(q, kind="topic_people", subject=())
    return q


class TimelineKinds:
    store: Store
    q: Question

    def _ok(self, article_id: int) -> bool:
        raise NotImplementedError

    def _statement_candidates(self, words: tuple[str, ...]) -> list[tuple[dict[str, Any], float]]:
        raise NotImplementedError

    def _statement_result(self, row: dict[str, Any], score: float) -> Result:
        raise NotImplementedError

    def _statement_results(self, scored: list[tuple[dict[str, Any], float]]) -> list[Result]:
        """_statement_result for many statements (a topic across people): four queries in all
        instead of four for each."""
        from .types import Result
        from .who import json_list

        if len(scored) < 3:
            return [self._statement_result(r, s) for r, s in scored]
        articles = sorted({r["article_id"] for r, _ in scored})
        about = {a["id"]: a for a in self.store.rows_in(
            "SELECT id, title, place, published FROM articles WHERE id IN ({})", articles)}
        people: dict[tuple[int, int], dict[str, Any]] = {}
        for p in self.store.rows_in("SELECT * FROM appearances WHERE article_id IN ({}) ORDER BY id", articles):
            people.setdefault((p["person_id"], p["article_id"]), p)
        events: dict[int, dict[str, Any]] = {}
        for e in sorted(self.store.rows_in("SELECT id, article_id, name, iso, sentence FROM events "
                                           "WHERE article_id IN ({})", articles),
                        key=lambda e: (e["iso"] is None, e["sentence"], e["id"])):
            events.setdefault(e["article_id"], e)
        wanted = sorted({(r["article_id"], r["first_sentence"]) for r, _ in scored})
        texts: dict[tuple[int, int], str] = {}
        for start in range(0, len(wanted), 200):
            part = wanted[start : start + 200]
            for t in self.store.rows("SELECT article_id, position, text FROM sentences WHERE " + " OR ".join(
                    "(article_id = ? AND position = ?)" for _ in part), [x for key in part for x in key]):
                texts[(t["article_id"], t["position"])] = t["text"]
        results = []
        for row, score in scored:
            article, event = about[row["article_id"]], events.get(row["article_id"])
            person = people[(row["person_id"], row["article_id"])]
            iso = (event["iso"] if event and event["iso"] else None) or article["published"]
            results.append(Result(person["name"], "، ".join(json_list(person["roles"])) or None, row["text"],
                                  texts[(row["article_id"], row["first_sentence"])], iso, _jalali(iso),
                                  article["place"], event["name"] if event else None, row["article_id"],
                                  article["title"], round(score, 3), row["first_sentence"], row["verb"], row["id"],
                                  row["person_id"]))
        return results

    def people(self, words: tuple[str, ...], *, names_only: bool = False) -> list[tuple[int, float, dict[str, Any]]]:
        raise NotImplementedError

    def _topic_people(self) -> tuple[list[Result], str | None]:
        """Each person who spoke on the topic once (their newest statement on it), newest first."""
        if not self.q.words:
            return [], None
        scored = [(r, s) for r, s in self._statement_candidates(self.q.words) if s >= TOPIC_CUTOFF]
        results = self._statement_results(scored[:TOPIC_PEOPLE * 2])
        if self.q.dates:
            # a statement is dated by its report's event, else the report (engine.run keeps
            # those in the window): a person's newest in the window, not their newest in a
            # report that only names a day of it, which the window would then drop
            results = [r for r in results if not r.date or dt.date.fromisoformat(r.date) in self.q.dates]
        results.sort(key=lambda r: (r.date or "", -r.article_id), reverse=True)
        seen: set[int | None] = set()
        once = []
        for r in results:
            if r.person_id not in seen:
                seen.add(r.person_id)
                once.append(r)
        reports = {r.article_id for r in once} or {a for a, _, _ in self._articles_for(self.q.words)[:1]}
        if len(reports) == 1:
            # one report on the topic: everyone quoted in it spoke on it, though not every
            # statement repeats the topic's words — each with their first statement there
            for row in self.store.rows("SELECT * FROM statements WHERE article_id = ? ORDER BY first_sentence, id",
                                       [reports.pop()]):
                if row["person_id"] not in seen:
                    seen.add(row["person_id"])
                    once.append(self._statement_result(row, 0.5))
        return once[:TOPIC_PEOPLE], None

    def _articles_for(self, words: tuple[str, ...]) -> list[tuple[int, float, dict[str, Any]]]:
        raise NotImplementedError

    def _latest(self) -> tuple[list[Result], str | None]:
        if self.q.verb == "said" and self.q.words:  # «تازه‌ترین اظهارات عراقچی»
            found = self.people(self.q.words, names_only=True)
            if found and found[0][1] >= 85:
                ids = [pid for pid, score, _ in found if score >= found[0][1] - 2]
                rows = self.store.rows_in(
                    "SELECT s.* FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.person_id IN ({}) "
                    "ORDER BY a.published IS NULL, a.published DESC, s.article_id DESC, s.first_sentence", ids)
                rows = [r for r in rows if self._ok(r["article_id"])][:LATEST]
                results = [self._statement_result(r, 1.0) for r in rows]
                return sorted(results, key=lambda r: r.date or "", reverse=True), None
        return self._latest_reports(), None

    def _latest_reports(self) -> list[Result]:
        """Reports about the place or words, newest first: one line each (the lead)."""
        from .types import Result

        place = self.q.place
        words = [w for w in self.q.words if not place or w not in text.search_form(place).split()]
        if place and not words:
            rows = self.store.rows(
                "SELECT * FROM articles WHERE id IN (SELECT article_id FROM places WHERE name = ? OR province = ? "
                "UNION SELECT id FROM articles WHERE place = ? OR province = ?) "
                "ORDER BY published IS NULL, published DESC, id DESC LIMIT ?", [place, place, place, place, LATEST * 4])
        else:
            from ..store import retrieve

            hits = retrieve.search(self.store, "sentences", [text.stem(w) for w in words or self.q.words], limit=200)
            ids = sorted({h["article_id"] for h in hits})
            rows = self.store.rows_in("SELECT * FROM articles WHERE id IN ({})", ids) if ids else []
            rows.sort(key=lambda a: (a["published"] is not None, a["published"] or "", a["id"]), reverse=True)
        results = []
        for a in rows:
            if len(results) >= LATEST:
                break
            if not self._ok(a["id"]):
                continue
            iso = a["published"]
            results.append(Result(None, None, None, a["lead"] or a["title"], iso, _jalali(iso), a["place"], None,
                                  a["id"], a["title"], 1.0, 0))
        return results


def _jalali(iso: str | None) -> str | None:
    from ..parse import calendars

    return calendars.jalali_iso(dt.date.fromisoformat(iso)) if iso else None
