"""The people a question names: names, surnames, titles, misspellings, namesakes.

Part of the answer engine (:class:`knowledge.answer.engine._Engine` inherits it): candidates come
from FTS5 over appearances (names, roles, aliases) and the trigram index over names,
never a scan; rapidfuzz scores the few dozen rows found.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from typing import Any

from .. import match, text
from ..parse import places
from ..store import Store, retrieve, trigram_query
from .question import Question

CANDIDATES = 60
NAME_CUTOFF = 72.0


class PeopleLookup:
    store: Store
    q: Question
    _people_rows: dict[tuple[tuple[str, ...], bool], tuple[list[dict[str, Any]], dict[int, float]]]  # people()'s candidates

    def _ok(self, article_id: int) -> bool:
        """Whether the question's date and place allow an article (the engine's filter)."""
        raise NotImplementedError

    def _prime(self, article_ids: Iterable[int]) -> None:
        """_ok for many articles in one query (the engine's)."""
        raise NotImplementedError

    def _place_fits(self, row: dict[str, Any]) -> bool:
        """A person's roles name the question's place («رییس پلیس فتای تهران» is not Tabriz's)."""
        if not self.q.place:
            return True
        place = cached_form(self.q.place).replace(" ", "")
        held = cached_form(" ".join([row["name"], *json_list(row["roles"]), *json_list(row["aliases"])]))
        if place in held.replace(" ", ""):
            return True
        return not any(name in held for name in _role_places(row["roles"]))

    def people(self, words: tuple[str, ...], *, names_only: bool = False) -> list[tuple[int, float, dict[str, Any]]]:
        """(person_id, score, best appearance) for a name, surname or role, best first."""
        words = tuple(w for w in words if w not in _honorific_words())
        if not words:
            return []
        query = " ".join(words)
        # the candidates do not depend on the question's date or place: a window that left
        # nothing asks again without it (engine.run), and reuses them
        key = (words, names_only)
        if key not in self._people_rows:
            rows = retrieve.search(self.store, "appearances", [text.stem(w) for w in words], limit=CANDIDATES)
            if len(words) > 1:  # «نیک نام» written apart
                rows += retrieve.search(self.store, "appearances", ["".join(words)], limit=CANDIDATES)
            scores = {r["id"]: self._name_score(query, r, names_only=names_only) for r in rows}
            if not any(score >= NAME_CUTOFF for score in scores.values()):
                fuzzy = self._fuzzy_people(query)
                fixed = self._respelt(query) if len(words) == 1 else query  # not a title's common words
                if fixed != query:  # a misspelt surname («یزدامی»): also the appearances of its closest spelling's
                    seen = {r["id"] for r in fuzzy}  # namesakes, not only the few closest full names
                    fuzzy += [r for r in retrieve.search(self.store, "appearances", [text.stem(w) for w in fixed.split()],
                                                         limit=CANDIDATES) if r["id"] not in seen]
                rows += fuzzy
            self._people_rows[key] = (rows, scores)
        return self._rank_people(query, key, names_only)

    def respelt_people(self, words: tuple[str, ...]) -> list[tuple[int, float, dict[str, Any]]]:
        """``people`` of a title asked with a misspelt word («مدیرعامل شزکت ملی پتروشیمی»), in
        the title words' spelling (:func:`respelt_title`); [] when no word is respelt."""
        respelt = respelt_title(words)
        return self.people(respelt) if respelt != words else []

    def _rank_people(self, query: str, key: tuple[tuple[str, ...], bool],
                     names_only: bool) -> list[tuple[int, float, dict[str, Any]]]:
        rows, scores = self._people_rows[key]
        scores = dict(scores)
        best: dict[int, tuple[float, dict[str, Any]]] = {}
        any_date = self.q.kind in ("role_of", "person_role")  # a title held is asked whenever it was said
        if not any_date:
            self._prime(r["article_id"] for r in rows)
        fits: dict[tuple[str, str, str], bool] = {}  # a person's rows repeat name, roles and aliases
        for row in rows:
            if not any_date and not self._ok(row["article_id"]):
                continue
            held = (row["name"], row["roles"], row["aliases"])
            fit = fits.get(held)
            if fit is None:
                fit = fits[held] = self._place_fits(row)
            if not fit:
                continue
            score = scores.get(row["id"])
            if score is None:
                score = scores[row["id"]] = self._name_score(query, row, names_only=names_only)
            if score < NAME_CUTOFF:
                continue  # never returned; a person's best row is one at the cutoff or above
            if row["person_id"] not in best or score > best[row["person_id"]][0]:
                best[row["person_id"]] = (score, row)
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], -kv[1][1]["quoted"], kv[0]))
        return [(pid, s, row) for pid, (s, row) in ranked if s >= NAME_CUTOFF]

    @staticmethod
    def _name_score(query: str, row: dict[str, Any], *, names_only: bool = False) -> float:
        # one person appears in many articles under the same name and titles: scored once
        return _person_score(query, row["name"], row["roles"], row["aliases"], row["search"], names_only)

    def _fuzzy_people(self, query: str) -> list[dict[str, Any]]:
        """Misspelt names: persons sharing three-letter pieces with the query, re-ranked."""
        keys = retrieve.ranked(self.store, "persons", trigram_query(query), limit=CANDIDATES)
        plain = {k["id"]: k["key"].split("@")[0].replace(" ", "") for k in keys}  # «@article» scope dropped
        close = match.closest(query.replace(" ", ""), list(dict.fromkeys(plain.values())), limit=5, cutoff=NAME_CUTOFF)
        wanted: dict[str, list[int]] = {}
        for pid, key in plain.items():
            wanted.setdefault(key, []).append(pid)
        pids = [pid for key, _score in close for pid in wanted[key]]
        if not pids:
            return []
        # their appearances in one query (a person's rows in id order, as the person index gives them)
        by_person: dict[int, list[dict[str, Any]]] = {}
        for row in sorted(self.store.rows_in("SELECT * FROM appearances WHERE person_id IN ({})", pids),
                          key=lambda r: r["id"]):
            by_person.setdefault(row["person_id"], []).append(row)
        return [row for pid in pids for row in by_person.get(pid, [])]

    def statements_of(self, *person_ids: int) -> list[dict[str, Any]]:
        rows = self.store.rows_in(
            "SELECT s.*, a.title AS article_title, a.published, a.place AS article_place "
            "FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.person_id IN ({})", person_ids)
        return sorted(rows, key=lambda r: (r["article_id"], r["first_sentence"]))

    def _namesakes(self, found: list[tuple[int, float, dict[str, Any]]]) -> list[int]:
        """Everyone who answers to the best-found name as well as the first («کریمی»: every
        Karimi in the archive, not only those among the name search's first rows)."""
        top = found[0][1]
        tied = [pid for pid, score, _ in found if score >= top - 2]
        asked = " ".join(w for w in self.q.subject if w not in _honorific_words())
        if len(asked.replace(" ", "")) >= 3:
            rows = self._named(asked)
            if not rows:  # misspelt («یزدامی»): every namesake of its closest stored spelling («یزدانی»)
                asked = self._respelt(asked)
                rows = self._named(asked)
            tied += [row["id"] for row in rows
                     if _name_phrase_score(asked, row["name"]) >= max(top - 2, NAME_CUTOFF)]
        return list(dict.fromkeys(tied))

    def _respelt(self, asked: str) -> str:
        """The asked name with each misspelt word as stored names spell it («یزدامی» → «یزدانی»)."""
        return " ".join(retrieve.name_spelling(self.store, w) for w in asked.split())

    def _named(self, asked: str) -> list[dict[str, Any]]:
        """The persons whose names hold ``asked`` as a phrase (up to 2,000)."""
        return self.store.rows("SELECT id, name FROM persons WHERE id IN "
                               "(SELECT rowid FROM persons_fts WHERE persons_fts MATCH ? LIMIT 2000)",
                               [f'"{asked.replace(chr(34), "")}"'])

    def _silent_note(self, person_id: int) -> str:
        name = self._name(person_id)
        rows = self.store.rows(
            "SELECT ap.article_id, a.title FROM appearances ap JOIN articles a ON a.id = ap.article_id "
            "WHERE ap.person_id = ? ORDER BY ap.article_id LIMIT 1", [person_id])
        where = f" (خبر {text.to_persian_digits(str(rows[0]['article_id']))}: {rows[0]['title']})" if rows else ""
        if self.q.more:
            return f"سخن دیگری از {name} در خبرها نیامده است."
        return f"{name} در خبر حضور دارد{where} اما سخنی از او نقل نشده است."

    def _name(self, person_id: int) -> str:
        row = self.store.rows("SELECT name FROM persons WHERE id = ?", [person_id])
        return row[0]["name"] if row else "این فرد"

    def _person_in_words(self) -> list[tuple[int, float, dict[str, Any]]]:
        """A person named somewhere in the question's words (one to three words in a row)."""
        words = self.q.words
        named = [retrieve.may_name(self.store, w) for w in words]
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                if not any(named[i : i + n]):
                    continue  # no word of the window is near any stored name
                found = self.people(words[i : i + n], names_only=True)
                if found and found[0][1] >= 85:
                    return found
        return []


@functools.lru_cache(maxsize=65_536)
def _person_score(query: str, name: str, roles_json: str, aliases_json: str, search: str,
                  names_only: bool) -> float:
    """0–100: how well ``query`` names a person stored with this name, roles and aliases
    (JSON lists, as in the appearances table) and this search form.

    Under NAME_CUTOFF only «below the cutoff» is meant (all people() asks of such a score):
    a score that cannot reach it is not worked out to the end, and the bound found is given."""
    role_list, aliases = json_list(roles_json), json_list(aliases_json)
    roles = [cached_form(k) for k in role_list + [a for a in aliases if len(a.split()) > 1]]
    names = [cached_form(k) for k in [name, *aliases] if k not in role_list]
    names = [k for k in names if k not in roles] or [cached_form(name)]
    if names_only:
        roles = []
    joined = query.replace(" ", "")
    name_score = max([match.phrase_score(query, k) for k in names] +
                     [match.phrase_score(joined, k.replace(" ", "")) for k in names])
    # every word asked must be in the person's titles: «سرمربی پیکان» is not another team's coach
    titles = [w for k in roles for w in k.split()]
    if not titles and name_score < NAME_CUTOFF:
        return name_score  # no title to score: at most name_score × 1.0
    covered_titles = match.coverage(query.split(), titles) if titles else 0.0
    if covered_titles < 0.6 and name_score < NAME_CUTOFF:
        return name_score  # the role scores 0: likewise
    role_score = 0.0 if covered_titles < 0.6 else (
        max((match.role_score(query, k) for k in roles), default=0.0) * (0.5 + 0.5 * covered_titles))
    held = search.split()
    covered = max(match.coverage(query.split(), held), match.coverage([joined], held))
    return max(name_score, role_score) * (0.6 + 0.4 * covered)


# names, roles and places recur in every candidate row: fold each once per process
cached_form = functools.lru_cache(maxsize=65_536)(text.search_form)


@functools.lru_cache(maxsize=65_536)
def _name_phrase_score(asked: str, name: str) -> float:
    """match.phrase_score of an asked name and a stored one: a surname's namesakes are
    hundreds of persons with a few names between them, scored once each."""
    return match.phrase_score(asked, cached_form(name))


@functools.lru_cache(maxsize=65_536)
def _role_places(roles_json: str) -> tuple[str, ...]:
    """The search forms of the places a person's roles name (the same roles recur in
    every row of a person: found once per process)."""
    return tuple(cached_form(p.name) for p in places.find_places(" ".join(json_list(roles_json))))


# One letter off in a title word of four or more letters («شزکت» for «شرکت», «اتاغ» for «اتاق»)
TITLE_WORD_CUTOFF = 75.0


@functools.cache
def _title_words() -> tuple[str, ...]:
    """The words titles are made of: the role heads' («رئیس», «مدیرعامل») and the heads of the
    organisations and sources they name («شرکت», «اتاق بازرگانی», «سازمان»), in search form."""
    from ..parse import lexicon

    heads = [w for phrase in lexicon.role_heads().heads for w in phrase]
    heads += [w for line in lexicon.lines("organisation_heads.txt") for w in text.search_form(line.partition("\t")[0]).split()]
    heads += [w for head in lexicon.source_heads() for w in text.search_form(head).split()]
    return tuple(sorted({w for w in heads if len(w) >= 3}))


def respelt_title(words: tuple[str, ...]) -> tuple[str, ...]:
    """A title asked with a misspelt word («مدیرعامل شزکت ملی پتروشیمی») in the title words'
    spelling: a word that is no Persian word at all, one letter from exactly one title word.
    A real word is never respelt («برکت» is not «شرکت»), nor a word two title words are as near."""
    known, heads = text.known_words(), _title_words()
    return tuple(
        (match.only_close_spelling(w, heads, cutoff=TITLE_WORD_CUTOFF) or w)
        if len(w) >= 4 and w not in known and w not in heads else w for w in words)


@functools.cache
def _honorific_words() -> frozenset[str]:
    from ..parse import lexicon

    return frozenset(w for h in lexicon.honorifics() for w in h)


def json_list(value: Any) -> list[Any]:
    return json.loads(value) if isinstance(value, str) else list(value or [])
