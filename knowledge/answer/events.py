"""Events and the moments of statements: ``when`` and ``where``, and the articles and events
that fit the question's words.

Part of the answer engine (:class:`knowledge.answer.engine._Engine` inherits it).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .. import match, text
from ..parse import places
from ..store import Store, retrieve
from . import facts
from .question import event_words, starts_with_event, starts_with_role
from .who import CANDIDATES, PeopleLookup, cached_form, json_list

# «تا کی», «تا چه تاریخی» in the question (its search form): it asks when something ends
_UNTIL_WHEN = re.compile(r"(?:^| )(?:تا|الی) (?:کی|کیه|کیست|چه زمانی|چه تاریخی|چه روزی|چه موقع|چه موقعی)(?= |$)")

if TYPE_CHECKING:
    from .types import Result


class EventKinds(PeopleLookup):
    def _which_article(self) -> tuple[list[Result], str | None]:
        """The reports that fit the question (the engine's)."""
        raise NotImplementedError

    def _event_result(self, row: dict[str, Any], score: float) -> Result:
        """The answer line for an event (the engine's)."""
        raise NotImplementedError

    def _plain_result(self, row: dict[str, Any], article: dict[str, Any], score: float, *, iso: str | None) -> Result:
        """The answer line for a sentence (the engine's)."""
        raise NotImplementedError

    def _event_candidates(self) -> list[tuple[dict[str, Any], float]]:
        """Events for the question's words; an event also answers to its place and to the
        titles of the people in it («نشست خبری رئیس دانشگاه علوم پزشکی مشهد»). What
        happened to it («خونده شد», «ساخته شده») is no part of its name."""
        words = event_words(self.q.words)
        if not words:
            return []
        query = " ".join(words)
        rows = retrieve.search(self.store, "events", [text.stem(w) for w in words], limit=CANDIDATES)
        self._prime(r["article_id"] for r in rows)
        rows = [r for r in rows if self._ok(r["article_id"])]
        scored = []
        # the same event name recurs among the candidates (two in three at 100k articles:
        # «جلسه شورای اداری شهرستان ...» in every such report): each name is scored once
        names: dict[str, float] = {}
        for r in rows:
            if r["search"] not in names:
                names[r["search"]] = match.phrase_score(query, r["search"]) * match.coverage(
                    list(words), r["search"].split()) / 100
        # a name scoring 0.95 or more is its event's score: the context's, at most 1 - 0.05, cannot beat it
        titles = self._event_titles([r for r in rows if names[r["search"]] < 0.95])
        for r in rows:
            if names[r["search"]] >= 0.95:
                scored.append((r, names[r["search"]]))
                continue
            context = r["search"].split() + cached_form(" ".join(
                [r["place"] or "", r["venue"] or "", *titles[r["id"]]])).split()
            scored.append((r, max(names[r["search"]], match.coverage(list(words), context) - 0.05)))
        scored.sort(key=lambda rs: (-rs[1], -(rs[0]["iso"] is not None), rs[0]["article_id"], rs[0]["sentence"]))
        return [(r, s) for r, s in scored if s >= 0.5]

    def _person_moment(self) -> list[Result]:
        """«میرصالحی کی این حرف‌ها را زد؟»: when/where a named person spoke."""
        # «رئیس شورای ملی زعفران کی ... گفتگو کرد؟»: the speaker by title is its holder, not a
        # name found among the title's words
        people = self.people(self.q.subject) if self.q.subject else []
        people = people or (self._person_in_words() if self.q.words and len(self.q.words) <= 6 else [])
        if not people or any(starts_with_event((w,)) for w in self.q.words):
            return []  # «ترامپ و نتانیاهو کجا همو دیدن؟» asks where they met, not where either spoke
        if not self.q.subject and self._two_named():
            return []  # «کارنی و ترامپ کی تلفنی حرف زدن؟»: when they talked, not when either spoke
        if not self.q.subject and starts_with_role(text.search_form(people[0][2]["name"]).split()):
            return []  # «شهرداری ارومیه کی به فولاد باخت؟»: the team, not its «مدیرعامل باشگاه شهرداری ارومیه»
        rows = [r for r in self.statements_of(people[0][0]) if self._ok(r["article_id"])]
        if not rows:
            return []
        row = rows[0]
        article = self.store.article(row["article_id"])
        sentence = self.store.rows("SELECT * FROM sentences WHERE article_id = ? AND position = ?",
                                   [row["article_id"], row["first_sentence"]])[0]
        found = self.store.rows("SELECT iso FROM dates WHERE article_id = ? AND sentence = ? ORDER BY relative, id LIMIT 1",
                                [row["article_id"], row["first_sentence"]])
        event = self.store.rows("SELECT iso FROM events WHERE article_id = ? AND iso IS NOT NULL ORDER BY sentence LIMIT 1",
                                [row["article_id"]])
        iso = (found[0]["iso"] if found else None) or (event[0]["iso"] if event else None) or article["published"]
        # where they said it: a venue or setting in the statement's sentences, else in the
        # lead, which tells the same occasion («... در حاشیه بازدید از ... گفت»)
        places_here = self.store.rows(
            "SELECT name, kind FROM places WHERE article_id = ? AND sentence BETWEEN ? AND ? ORDER BY kind = 'venue', id",
            [row["article_id"], row["first_sentence"], row["last_sentence"]])
        if not any(p["kind"] == "venue" for p in places_here):
            places_here += self.store.rows(
                "SELECT name, kind FROM places WHERE article_id = ? AND sentence <= 2 AND kind = 'venue' ORDER BY id",
                [row["article_id"]])
        if self.q.kind == "where" and not places_here:
            return []  # «پایانه شهید رئیسی کجاست؟»: a statement that names no place says nowhere (it showed «None»)
        result = self._plain_result(sentence, article, people[0][1] / 100, iso=iso)
        if places_here:
            result = replace(result, place=places_here[-1]["name"] if self.q.kind == "where" else result.place)
        return [replace(result, speaker=self._name(people[0][0]), person_id=people[0][0])]

    def _two_named(self) -> bool:
        """The question joins two names with «و» («کارنی و ترامپ»): what it asks about is
        something both did; not a title holding «و» («وزیر راه و شهرسازی»), whose words
        name no one."""
        words = text.search_form(self.q.raw).split()
        return any(w == "و" and 0 < i < len(words) - 1 and retrieve.may_name(self.store, words[i - 1])
                   and retrieve.may_name(self.store, words[i + 1]) for i, w in enumerate(words))

    def _event_titles(self, events: list[dict[str, Any]]) -> dict[int, list[str]]:
        """Event id → the titles of (up to 12 of) the people in it, in one query."""
        articles = sorted({e["article_id"] for e in events})
        roles: dict[tuple[int, int], list[str]] = {}
        for row in self.store.rows_in("SELECT article_id, person_id, roles FROM appearances "
                                      "WHERE article_id IN ({}) ORDER BY article_id, idx", articles):
            roles.setdefault((row["article_id"], row["person_id"]), []).extend(_roles(row["roles"]))
        return {e["id"]: [role for pid in json_list(e["people"])[:12] for role in roles.get((e["article_id"], pid), [])]
                for e in events}

    def _when(self) -> tuple[list[Result], str | None]:
        results, note = self._event_or_fact(need="date")
        if results and _UNTIL_WHEN.search(text.search_form(self.q.raw)):
            results[0] = self._until(results[0])
        elif results:
            results[0] = self._since(results[0])
        return results, note

    def _since(self, result: Result) -> Result:
        """«کولاک ... کی بود؟» answered by the end of a span its sentence gives («از عصر روز
        گذشته تا بامداد امروز»): it began on the day after «از», and that is when it was."""
        if result.sentence_position is None or result.date is None:
            return result
        rows = self.store.rows("SELECT d.iso, d.jalali, d.raw, s.text FROM dates d JOIN sentences s ON s.article_id = "
                               "d.article_id AND s.position = d.sentence WHERE d.article_id = ? AND d.sentence = ? "
                               "ORDER BY d.id", [result.article_id, result.sentence_position])
        for start, end in zip(rows, rows[1:]):
            if end["iso"] != result.date or start["iso"] == end["iso"]:
                continue
            if re.search(r"(?<![\w\u200c])از\s+" + re.escape(start["raw"]) + r"\s+(?:تا|الی)\s+" + re.escape(end["raw"]),
                         start["text"]):
                return replace(result, date=start["iso"], date_jalali=start["jalali"])
        return result

    def _until(self, result: Result) -> Result:
        """«نمایشگاه ... تا کی ادامه داره؟» asks when it ends: a date its sentence writes after
        «تا/الی» («امروز ... گشایش یافت و تا ۳۰ آبان ... پذیرای علاقه‌مندان است») answers, not
        the day it began; the result as it is when the sentence gives no end."""
        if result.sentence_position is None:
            return result
        # a headline's event is told in the lead: its end may be written there
        last = result.sentence_position + (1 if result.sentence_position == 0 else 0)
        rows = self.store.rows("SELECT d.iso, d.jalali, d.raw, s.text FROM dates d JOIN sentences s ON s.article_id = "
                               "d.article_id AND s.position = d.sentence WHERE d.article_id = ? AND d.sentence BETWEEN ? "
                               "AND ? ORDER BY d.sentence, d.id", [result.article_id, result.sentence_position, last])
        for row in rows:
            if re.search(r"(?<![\w\u200c])(?:تا|الی)\s+(?:روز\s+)?" + re.escape(row["raw"]), row["text"]):
                return replace(result, date=row["iso"], date_jalali=row["jalali"])
        return result

    def _where(self) -> tuple[list[Result], str | None]:
        return self._event_or_fact(need="place")

    def _event_or_fact(self, *, need: str) -> tuple[list[Result], str | None]:
        """An event that fits the question, or else the date/place in the sentence that
        covers the question best — whichever covers more of the question's words."""
        if need == "date" and self.q.report:  # «این خبر کی منتشر شد؟»: the dateline
            return self._which_article()
        moment = [] if starts_with_event(self.q.words) else self._person_moment()
        if moment:  # «میرصالحی کی این حرف‌ها را زد؟» — not «جلسه کمیته ... کی بود؟»
            return moment, None
        respelt = respelt_words(self.store, self.q.words)
        if respelt != self.q.words:  # «جلسه کمیته ... شهزستان کرمانشاه»: the store's «شهرستان» asked
            self.q = replace(self.q, words=respelt)
        has = (lambda r: r["iso"]) if need == "date" else (lambda r: r["place"] or r["venue"])
        events = [(r, s) for r, s in self._event_candidates() if has(r)]
        ordinal = facts.ordinal(self.q.raw)
        named: frozenset[int] = frozenset()
        if ordinal and events:  # «نخستین کارگاه ...»: of the events that fit as well, the one its report numbers so
            top = events[0][1]
            named = facts.holding(self.store, ordinal, (r["article_id"] for r, s in events if s == top))
            events.sort(key=lambda rs: (rs[1] != top, rs[0]["article_id"] not in named))
        required = tuple(text.search_form(self.q.place).split()) if self.q.place else ()
        # «... طارم کجا برگزار شد؟» is not answered by «زنجان», the province around Tarom
        around = frozenset(text.search_form(p.province) for p in places.find_places(self.q.place)
                           if p.province and p.province != p.name) if self.q.place else frozenset()
        held: list[str] = []
        if events:
            event = events[0][0]
            held = event["search"].split() + text.search_form(
                " ".join(x for x in (event["place"], event["venue"]) if x)).split()
        # an event holding every word of the question as it is covers it fully whatever the
        # words' weights: no sentence can cover it better, so none is looked for
        fact = None if events and (match.holds_all(list(self.q.words), held) or self._named_by(
            events[0][0], held, ordinal if events[0][0]["article_id"] in named else None, need=need)) else facts.best(
            self.store, self.q.words, need=need, allowed=self._ok, required=required, around=around, prime=self._prime,
            ordinal=ordinal)
        if events and fact is not None:  # compare both with the same word weights
            event_cover = match.coverage(list(self.q.words), held, weights=fact.weights)
            if event_cover < fact.coverage:
                events = []
        if events:
            return [self._event_result(r, s) for r, s in events[:3]], None
        if fact is None:
            return [], None
        article = self.store.article(fact.sentence["article_id"])
        result = self._plain_result(fact.sentence, article, fact.coverage,
                                    iso=fact.value if need == "date" else None)
        if need == "place":
            result = replace(result, place=fact.value)
        return [result], None

    def _named_by(self, event: dict[str, Any], held: list[str], ordinal: str | None, *, need: str) -> bool:
        """Whether the event is the one asked of though it lacks words of the question: its
        report holds the question's ordinal («پنجمین کارگاه ...», the event named without
        it), and the words that frame the question («محل برگزاری ... کجا بود؟») are none of
        an event's. It then answers as one holding every word does (the sentences are not
        searched) — unless «کجا» finds it only in the province the question names («... استان
        مرکزی کجا بود؟» held in «مرکزی»): a sentence may give the town (where9)."""
        if need == "place" and event["place"] and event["place"] == self.q.place and "استان" in self.q.words \
                and places.lookup(self.q.place, kind="province") is not None:
            return False
        asked = [w for w in self.q.words if w not in _FRAME]
        return bool(asked) and match.holds_all(asked, held + (ordinal.split() if ordinal else []))

    def _articles_for(self, words: tuple[str, ...]) -> list[tuple[int, float, dict[str, Any]]]:
        """(article id, score, best sentence) for topic words, best first."""
        if not words:
            return []
        rows = retrieve.search(self.store, "sentences", [text.stem(w) for w in words], limit=CANDIDATES * 2)
        best: dict[int, tuple[float, dict[str, Any]]] = {}
        self._prime(r["article_id"] for r in rows)
        for row in rows:
            if not self._ok(row["article_id"]):
                continue
            score = match.coverage(list(words), row["search"].split())
            if row["article_id"] not in best or score > best[row["article_id"]][0] or (
                    score == best[row["article_id"]][0] and best[row["article_id"]][1]["position"] <= 1 < row["position"]):
                best[row["article_id"]] = (score, row)  # a body sentence says more than the headline
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], kv[0], kv[1][1]["position"]))
        return [(a, s, row) for a, (s, row) in ranked if s >= 0.5]

    def _events_in_range(self) -> list[Result]:
        """Events dated inside the question's date range (and place), matching its words if any
        (none when none matches: unrelated events of the window are no answer)."""
        if not self.q.dates:
            return []
        rows = self.store.rows(
            "SELECT * FROM events WHERE iso BETWEEN ? AND ? ORDER BY iso, article_id, sentence, id LIMIT 200",
            [self.q.dates.start.isoformat(), self.q.dates.end.isoformat()])
        self._prime(r["article_id"] for r in rows)
        rows = [r for r in rows if self._ok(r["article_id"])]
        if self.q.words:
            rows = [r for r in rows if match.coverage(list(self.q.words), r["search"].split()) >= 0.5]
        return [self._event_result(r, 1.0) for r in rows[:5]]


# «تاریخ/زمان/محل برگزاری X کی/کجا بود؟»: the words that ask of the event, left among the
# question's words when another one took the place of the question word («محل»)
_FRAME = frozenset({"برگزاری", "تاریخ", "محل", "زمان", "کجا", "کی"})


_LETTERS = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"  # of the search form (ي/ك/آ folded)


def respelt_words(store: Store, words: tuple[str, ...]) -> tuple[str, ...]:
    """The question's words, each one no stored sentence holds («شهزستان», «اسطان») replaced by
    the stored word it is with one letter (not the first) replaced — of several such, the one
    most sentences hold (counted up to retrieve's cap); a word of under four letters, or with
    no such neighbour, stays. Users mistype a letter of a word as of a name; the searches then
    find the event by the word its report writes, not by the sentences around the typo."""
    vocabulary = store.words
    vocabulary.load()
    known = vocabulary.numbers
    out = []
    for word in words:
        if len(word) < 4 or word in known:
            out.append(word)
            continue
        near = sorted({word[:i] + c + word[i + 1:] for i in range(1, len(word)) for c in _LETTERS
                       if c != word[i] and word[:i] + c + word[i + 1:] in known})
        out.append(max(near, key=lambda w: retrieve.rows_holding(store, "sentences", w)) if near else word)
    return tuple(out)


@functools.lru_cache(maxsize=65_536)
def _roles(roles_json: str) -> tuple[str, ...]:
    """An appearance's roles from their JSON: the same few thousand titles recur in every
    candidate article's appearances (read once per process)."""
    return tuple(json_list(roles_json))
