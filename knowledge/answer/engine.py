"""Question + store → :class:`Answer`.

Candidates always come from FTS5 over search forms (never a scan of every sentence);
rapidfuzz then re-ranks the few dozen candidates. Ties are broken by article id,
then sentence position, so the same store and question give the same answer.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from .. import match, text
from ..errors import BadQuestion
from ..parse import calendars, date_filter
from ..store import Store, retrieve, trigram_query
from . import evidence, profile, reply, timeline
from . import window as window_
from .asks import AskKinds
from .events import EventKinds
from .question import Question, parse_question
from .said import StatementKinds
from .types import Answer, Context, Result
from .who import CANDIDATES, json_list
from .why import ReasonKinds

log = logging.getLogger(__name__)

MAX_QUESTION = 500


def answer(store: Store, question: str, *, today: dt.date, context: Context | None = None) -> Answer:
    return _answer(store, question, today=today, context=context)[0]


def who(store: Store, name: str, *, today: dt.date) -> Answer | None:
    """The profile of the people a name stands for (``/who``, the first inline result), or
    None when it names nobody in the archive."""
    found, profiled = _answer(store, f"{' '.join(name.split())} کیست؟", today=today, context=None)
    return found if profiled else None


def prepare(store: Store) -> None:
    """Read now what answering otherwise reads on the first question that needs it: the
    word lists (knowledge.text), the store's numbered words with the text ``holding`` scans,
    and the words of the stored names (``retrieve.may_name``), about 0.1 s at 100k articles.
    The store's two are read again after a write, as before."""
    text.load_word_lists()
    store.words.holding([])
    retrieve.may_name(store, "")


def _answer(store: Store, question: str, *, today: dt.date, context: Context | None) -> tuple[Answer, bool]:
    """(the answer, whether its text is a person's profile)."""
    context = context or Context()
    raw = text.clean(question or "").encode("utf-8", "replace").decode("utf-8").strip()
    if not raw or len(raw) > MAX_QUESTION or not text.tokens(raw):
        message = str(BadQuestion()) if len(raw) <= MAX_QUESTION else f"پرسش بیش از حد بلند است (حداکثر {text.to_persian_digits(str(MAX_QUESTION))} نویسه)."
        return Answer(question, "invalid", False, message, context=context), False
    q = timeline.refine(parse_question(raw, today=today))
    engine = _Engine(store, q, context)
    results, note = engine.run()
    results = _with_outlets(store, results)
    found = bool(results)
    new_context = engine.next_context(results)
    body = reply.render(q, results, note=note, suggestions=() if found or note else engine.suggestions())
    ids = engine.profile_people(raw, results) if found else []
    if ids:
        body = profile.render([profile.build(store, pid) for pid in ids[:profile.MAX_PEOPLE]], len(ids))
    outside = bool(found and engine.outside and q.dates and results[0].date
                   and dt.date.fromisoformat(results[0].date) not in q.dates)
    if outside and not window_.report_year(q.raw, q.dates):
        body = reply.outside_window(q, results[0]) + "\n" + body
    window = (q.dates.start.isoformat(), q.dates.end.isoformat()) if q.dates else None
    return Answer(question, q.kind, found, body, tuple(results), new_context, reply.shown(q.kind, results),
                  window, outside), bool(ids)


def _with_outlets(store: Store, results: list[Result]) -> list[Result]:
    """Each result with its article's outlet and date (one query), for the citation."""
    ids = sorted({r.article_id for r in results})
    if not ids:
        return results
    rows = {a["id"]: a for a in store.rows_in("SELECT id, source, published FROM articles WHERE id IN ({})", ids)}
    return [replace(r, article_source=rows[r.article_id]["source"], article_published=rows[r.article_id]["published"])
            if r.article_id in rows else r for r in results]


class _Engine(StatementKinds, EventKinds, timeline.TimelineKinds, profile.ProfileLookup, ReasonKinds, AskKinds):
    """Answers one question: the kinds of question below, people (knowledge.answer.who),
    statements (knowledge.answer.said), events (knowledge.answer.events) and reasons
    (knowledge.answer.why) inherited."""

    def __init__(self, store: Store, q: Question, context: Context) -> None:
        self.store, self.q, self.context = store, q, context
        self.filtered = bool(q.dates or q.place)  # a date or place in the question limits the articles
        self._allowed: dict[int, bool] = {}
        self._span_words: dict[tuple[int, int, int], list[str]] = {}
        self._settings: dict[int, float] = {}  # article id → _setting_bonus
        self._scores: dict[tuple[tuple[str, ...], int], float] = {}  # said._statement_score, by words and id
        self._coverages: dict[tuple[str, ...], match.Coverage] = {}
        self._pooled: tuple[tuple[str, ...], set[int], tuple[date_filter.DateRange | None, str | None],
                            list[dict[str, Any]]] = ((), set(), (None, None), [])
        self._people_rows = {}  # people()'s candidate rows and name scores, by the words asked
        self.outside = False  # the window left nothing: the results come from outside it
        self.q_asked = q  # the question as parsed (the routes narrow self.q)

    # -- filters ---------------------------------------------------------------

    def _filtered_articles(self, only: Sequence[int] | None = None) -> set[int]:
        """The articles the question's date and place allow (of the articles ``only`` alone,
        when given: asked for the candidates, which stays cheap however many articles a
        province has)."""
        if only is not None and not only:
            return set()
        # for candidates, each one's rows by article id: the unary «+» keeps SQLite from
        # reading every row of the date or province instead (its choice for a long IN list)
        one, of = (list(only), " AND {} IN (%s)" % ",".join("?" * len(only))) if only is not None else ([], "")
        allowed: set[int] | None = None
        if self.q.dates:
            span = [self.q.dates.start.isoformat(), self.q.dates.end.isoformat()]
            sql = ("SELECT article_id FROM dates WHERE iso BETWEEN ? AND ?{} "
                   "UNION SELECT id FROM articles WHERE published BETWEEN ? AND ?{}")
            if one:
                sql = sql.replace("iso BETWEEN", "+iso BETWEEN").replace("published BETWEEN", "+published BETWEEN")
            allowed = {r["article_id"] for r in self.store.rows(
                sql.format(of.format("article_id"), of.format("id")), [*span, *one, *span, *one])}
        if self.q.place and allowed != set():
            where = [self.q.place, self.q.place]
            sql = ("SELECT article_id FROM places WHERE (name = ? OR province = ?){} "
                   "UNION SELECT id FROM articles WHERE (place = ? OR province = ?){}")
            if one:
                sql = sql.replace("(name = ? OR province = ?)", "(+name = ? OR +province = ?)").replace(
                    "(place = ? OR province = ?)", "(+place = ? OR +province = ?)")
            by_place = {r["article_id"] for r in self.store.rows(
                sql.format(of.format("article_id"), of.format("id")), [*where, *one, *where, *one])}
            allowed = by_place if allowed is None else allowed & by_place
        return allowed or set()

    def _ok(self, article_id: int) -> bool:
        """Whether the question's date and place allow an article."""
        if not self.filtered:
            return True
        if article_id not in self._allowed:
            self._prime([article_id])
        return self._allowed[article_id]

    def _prime(self, article_ids: Iterable[int]) -> None:
        """_ok for many candidate articles at once: one query per 200 of them, not one each."""
        if not self.filtered:
            return
        todo = sorted({a for a in article_ids if a not in self._allowed})
        for start in range(0, len(todo), 200):
            part = todo[start : start + 200]
            allowed = self._filtered_articles(part)
            self._allowed.update((a, a in allowed) for a in part)

    # -- dispatch --------------------------------------------------------------

    def run(self) -> tuple[list[Result], str | None]:
        asked = self.q_asked = self.q
        results, note = self._route(asked)
        if asked.dates:  # a statement is dated by its event where the report gives one, else the article
            window = asked.dates
            results = [r for r in results if not r.statement or not r.date
                       or dt.date.fromisoformat(r.date) in window]
        if not results and note is None and asked.dates:
            # «امسال» in a question about a report means that report's year as often as
            # ours: a window that leaves nothing is dropped rather than answer nothing
            asked = replace(asked, dates=None)
            self.filtered, self._allowed = bool(asked.place), {}
            results, note = self._route(asked)
            self.outside = bool(results)
            if self.q_asked.kind == "what_said":  # «آخرین بار گفت»: newest first (who_said keeps its best match)
                results = sorted(results, key=lambda r: r.date or "", reverse=True)
        if not results and note is None and asked.place and self._place_in_a_name(asked):
            # «نمایشگاه ایران پلاس» asked, «ایران‌پلاس» written: the place word is part of a name
            asked = replace(asked, place=None)
            self.filtered, self._allowed = bool(asked.dates), {}
            results, note = self._route(asked)
        if not results and note is None:
            self.q = asked
            results = self._evidence()
            self.outside = bool(results) and asked is not self.q_asked
        return results, note

    def _place_in_a_name(self, q: Question) -> bool:
        """The question's place word, joined with the question word beside it, is one word
        the reports write (a name with a half-space: «ایران‌پلاس», «تهران‌پارس»)."""
        place = set(text.search_form(q.place or "").split())
        pairs = [a + b for a, b in zip(q.words, q.words[1:]) if a in place or b in place]
        return any(retrieve.search(self.store, "sentences", [pair], limit=1) for pair in pairs)

    def _route(self, q: Question) -> tuple[list[Result], str | None]:
        self.q = q
        return getattr(self, f"_{q.kind}")()

    def _evidence(self, bonus: Callable[[dict[str, Any]], float] | None = None) -> list[Result]:
        """When the kind's own route finds nothing: the sentence that covers the question
        best (knowledge.evidence; ``bonus(row)`` added to a sentence's score: knowledge.answer.asks),
        with its speaker when it sits in a statement."""
        found = evidence.best(self.store, self.q, allowed=self._ok, prime=self._prime, row_bonus=bonus)
        if found is None:
            return []
        row = found.sentence
        if found.statement is not None:
            result = self._statement_result(found.statement, found.score)
            result = replace(result, sentence=row["text"], sentence_position=row["position"])
        else:  # a minute or an hour below the lead is when, not the dateline: the sentence says it
            clock = self.q.kind == "when" and row["position"] > evidence.LEAD and evidence.on_the_clock(row["text"])
            result = self._plain_result(row, self.store.article(row["article_id"]), found.score,
                                        iso=None if clock else self.store.article(row["article_id"])["published"])
        if self.q.kind == "where":  # «کدوم بیمارستان بردن؟»: the venue the sentence names, not the dateline's city
            here = self.store.rows("SELECT name FROM places WHERE article_id = ? AND sentence = ? "
                                   "ORDER BY kind = 'venue' DESC, id DESC LIMIT 1", [row["article_id"], row["position"]])
            if here:
                result = replace(result, place=here[0]["name"])
        return [result]

    def next_context(self, results: list[Result]) -> Context:
        person = next((r for r in results if r.person_id), None)
        if person is None:
            return self.context
        shown = {r.statement_id for r in results if r.statement_id}
        if person.person_id == self.context.person_id:
            shown |= self.context.shown
        return Context(person.person_id, person.speaker, frozenset(shown))

    # -- kinds -----------------------------------------------------------------

    def _quantity(self) -> tuple[list[Result], str | None]:
        """«چند تن زعفران صادر شده؟»: the sentence with the figure beside the question's
        words (knowledge.evidence, which prefers a figure next to them)."""
        return self._evidence(), None

    def _role_of(self) -> tuple[list[Result], str | None]:
        found = self.people(self.q.subject) or self.respelt_people(self.q.subject) or self._role_in_context(self.q.subject)
        if found and _unnamed(found[0][2]):
            # «سخنگوی وزارت خارجه کیه؟»: a report that names the holder elsewhere
            # («اسماعیل بقائی، سخنگوی وزارت خارجه ...») answers with the name, not the title
            named = [f for f in found if not _unnamed(f[2]) and f[2]["article_id"] == found[0][2]["article_id"]
                     and f[1] >= found[0][1] - NAMED_MARGIN]
            found = named + found
        return [self._person_result(pid, score, row) for pid, score, row in found[:1]], None

    def _role_in_context(self, subject: tuple[str, ...]) -> list[tuple[int, float, dict[str, Any]]]:
        """«مسئول نهاد رهبری دانشگاه آزاد اردبیل»: a report names the title short
        («مسئول نهاد رهبری دانشگاه») where its own words say which university. The
        title without its last words, held by someone in an article whose text holds
        those words."""
        for cut in range(len(subject) - 1, 1, -1):
            head, rest = subject[:cut], subject[cut:]
            found = [f for f in self.people(head) if self._article_holds(f[2]["article_id"], rest)]
            if found:
                return found
        return []

    def _article_holds(self, article_id: int, words: tuple[str, ...]) -> bool:
        article = self.store.article(article_id)
        held = text.search_form(" ".join(x or "" for x in (article["title"], article["source"], article["place"],
                                                           article["province"]))).split()
        held += [w for r in self.store.rows("SELECT search FROM sentences WHERE article_id = ? AND position <= 3",
                                            [article_id]) for w in r["search"].split()]
        return match.coverage(list(words), held) >= 1.0

    def _person_role(self) -> tuple[list[Result], str | None]:
        found = self.people(self.q.subject)
        if not found and len(self.q.subject) > 1:
            self.q = replace(self.q, words=self.q.subject)
            found = self._person_in_words()
        return [self._person_result(pid, score, self._titled(pid, row)) for pid, score, row in found[:1]], None

    def _titled(self, person_id: int, row: dict[str, Any]) -> dict[str, Any]:
        """The appearance that answers «X چه سمتی دارد؟»: the one found when it gives a title,
        else the person's latest that does (a report may name X without the post others give)."""
        if json_list(row["roles"]):
            return row
        titled = self.store.rows("SELECT * FROM appearances WHERE person_id = ? AND roles != '[]' "
                                 "ORDER BY article_id DESC, id LIMIT 1", [person_id])
        return titled[0] if titled else row

    def _list_people(self) -> tuple[list[Result], str | None]:
        events = self._event_candidates()
        articles = [r["article_id"] for r, _ in events[:1]] or [a for a, _, _ in self._articles_for(self.q.words)[:1]]
        results = []
        for article_id in articles:
            for row in self.store.rows(
                    "SELECT * FROM appearances WHERE article_id = ? ORDER BY quoted DESC, idx", [article_id]):
                results.append(self._person_result(row["person_id"], 1.0, row))
        return results, None

    def _which_article(self) -> tuple[list[Result], str | None]:
        if self.q.dates:
            events = self._events_in_range()
            if events:
                return events, None
        results = []
        for article_id, score, row in self._articles_for(self.q.words)[:3]:
            article = self.store.article(article_id)
            results.append(Result(None, None, None, row["text"], article["published"],
                                  _jalali(article["published"]), article["place"], None,
                                  article_id, article["title"], round(score, 3), row["position"]))
        return results, None

    def _topic(self) -> tuple[list[Result], str | None]:
        people = self.people(self.q.words) if len(self.q.words) <= 3 else []
        if people and people[0][1] >= 85:
            self.q = replace(self.q, subject=self.q.words, words=())
            return self._what_said()
        if self.q.kind == "topic" and self.q.dates:
            events = self._events_in_range()
            if events:
                return events, None
        if self.q.kind == "topic" and self.filtered and not self.q.words:
            return self._dated_articles()
        if self.q.words:  # what was said about it, then where it was reported
            said = [(r, s) for r, s in self._statement_candidates(self.q.words) if s >= 0.75][:3]
            if said:
                return [self._statement_result(r, s) for r, s in said], None
        return self._which_article()

    def _dated_articles(self) -> tuple[list[Result], str | None]:
        results = []
        for article_id in sorted(self._filtered_articles())[:5]:
            article = self.store.article(article_id)
            results.append(Result(None, None, None, article["lead"], article["published"],
                                  _jalali(article["published"]), article["place"], None,
                                  article_id, article["title"], 1.0))
        return results, None

    # -- results ---------------------------------------------------------------

    def _statement_result(self, row: dict[str, Any], score: float) -> Result:
        article = self.store.article(row["article_id"])
        person = self.store.rows("SELECT * FROM appearances WHERE person_id = ? AND article_id = ?",
                                 [row["person_id"], row["article_id"]])[0]
        sentence = self.store.rows("SELECT text FROM sentences WHERE article_id = ? AND position = ?",
                                   [row["article_id"], row["first_sentence"]])[0]["text"]
        event = self.store.rows("SELECT name, iso FROM events WHERE article_id = ? ORDER BY iso IS NULL, sentence LIMIT 1",
                                [row["article_id"]])
        iso = (event[0]["iso"] if event and event[0]["iso"] else None) or article["published"]
        return Result(person["name"], "، ".join(json_list(person["roles"])) or None, row["text"], sentence,
                      iso, _jalali(iso), article["place"], event[0]["name"] if event else None,
                      row["article_id"], article["title"], round(score, 3), row["first_sentence"],
                      row["verb"], row["id"], row["person_id"])

    def _event_result(self, row: dict[str, Any], score: float) -> Result:
        article = self.store.article(row["article_id"])
        sentence = self.store.rows("SELECT text FROM sentences WHERE article_id = ? AND position = ?",
                                   [row["article_id"], row["sentence"]])[0]["text"]
        place = row["place"]
        if row.get("venue"):
            place = row["venue"] if not place or place in row["venue"] else f"{row['venue']}، {place}"
        return Result(None, None, None, sentence, row["iso"], row["jalali"], place, row["name"],
                      row["article_id"], article["title"], round(score, 3), row["sentence"])

    def _plain_result(self, row: dict[str, Any], article: dict[str, Any], score: float, *, iso: str | None) -> Result:
        return Result(None, None, None, row["text"], iso, _jalali(iso), article["place"], None,
                      row["article_id"], article["title"], round(score, 3), row["position"])

    def _person_result(self, person_id: int, score: float, row: dict[str, Any]) -> Result:
        article = self.store.article(row["article_id"])
        sentences = json_list(row["sentences"])
        sentence = None
        if sentences:
            sentence = self.store.rows("SELECT text FROM sentences WHERE article_id = ? AND position = ?",
                                       [row["article_id"], sentences[0]])[0]["text"]
        return Result(row["name"], "، ".join(json_list(row["roles"])) or None, None, sentence,
                      article["published"], _jalali(article["published"]), article["place"], None,
                      row["article_id"], article["title"], round(score / 100 if score > 1 else score, 3),
                      sentences[0] if sentences else None, None, None, person_id, bool(row["quoted"]))

    def suggestions(self) -> tuple[str, ...]:
        """Up to three names or event names close to what was asked (candidates from the
        name trigram index and the events index, never a scan)."""
        words = self.q.subject or self.q.words
        if not words:
            return ()
        query = " ".join(words)
        names: dict[str, str] = {}
        # through retrieve.ranked: the same query as who._fuzzy_people's, ranked once a question
        for row in retrieve.ranked(self.store, "persons", trigram_query(query), limit=CANDIDATES):
            names.setdefault(row["key"].split("@")[0], row["name"])
        for row in retrieve.search(self.store, "events", [text.stem(w) for w in words], limit=CANDIDATES):
            names.setdefault(row["search"], row["name"])
        close = match.closest(query, list(names), limit=3, cutoff=55)
        return tuple(dict.fromkeys(names[k] for k, _ in close))


NAMED_MARGIN = 12.0  # how much lower a named holder of a title may score than the bare title


def _unnamed(appearance: dict[str, Any]) -> bool:
    """A person known only by a title («سخنگوی وزارت خارجه ایران»): the name is a role."""
    return appearance["name"] in json_list(appearance["roles"])


def _jalali(iso: str | None) -> str | None:
    return calendars.jalali_iso(dt.date.fromisoformat(iso)) if iso else None
