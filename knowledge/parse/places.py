"""The gazetteer: Iranian provinces and cities, and a few foreign countries and capitals.

This is the only module that reads ``data/places.tsv`` (columns ``name``, ``kind``,
``province``, ``variants``, ``ambiguous``) and ``data/organisation_heads.txt``; the first
names come from :mod:`knowledge.parse.lexicon`. Everything is loaded once, on first use.

Matching runs on the search form of :mod:`knowledge.text` (letters and digits folded,
half-spaces removed, detached affixes glued), so «آذربایجان‌شرقی», «آذربایجان شرقی» and
«اذربایجان شرقي» all meet. A place is found only as whole tokens: «کرمانی» and «تبریزی»
are adjectives, not mentions, and the longest name wins («کرمان شاه» is «کرمانشاه»).

The ``ambiguous`` column grades names that are also common words:

* ``0`` — counts anywhere;
* ``1`` — counts after a place word («استان», «شهرستان», «شهر», «مرکز» ...), a role
  («استاندار», «فرماندار» ...), a territorial organisation («استانداری», «فرمانداری» ...: the
  heads with a level in ``organisation_heads.txt``) or a preposition («در», «از», «به»):
  «در بم», «شهرستان خوی»;
* ``2`` — the word is so common that a preposition is not enough («در بهار», «در صحنه»,
  «خبرگزاری مهر»): only a place word, a role or a territorial organisation counts.

Grades apply to one-word spellings; a multi-word spelling is never ambiguous. Once an
ambiguous name is confirmed in a text, its other occurrences in the same text count too
(one sense per discourse); callers that split an article can pass ``confirmed=``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import NamedTuple

from knowledge.parse import lexicon
from knowledge.models import PlaceMention
from knowledge.text import PREFIXES, SUFFIXES, ZWNJ, fold, search_form, tokens

KINDS = ("province", "city", "country")

# Context words, written in display spelling and folded on first use.
_DIVISIONS = {"استان": "province", "شهرستان": "city", "شهر": "city", "مرکز": None,
              "روستای": None, "جزیره": None, "بندر": None, "کشور": None, "کشورهای": None}
_ROLES = {"استاندار": "province", "معاون استاندار": "province", "فرماندار": "city", "شهردار": "city",
          "بخشدار": "city", "مدیرکل": None, "فرمانده انتظامی": None, "نماینده مردم": None}
_WEAK = ("در", "از", "به", "تا", "مردم", "اهالی")
# A place name right after these is part of another name: «خلیج فارس», «خبرگزاری مهر», «تنگه هرمز».
_BLOCKERS = ("خلیج", "خبرگزاری", "خبرنگار", "روزنامه", "بانک", "تنگه", "دریای", "کاخ", "هتل", "خیابان", "میدان",
             "بلوار", "کوچه", "بزرگراه", "سالن", "تالار", "ورزشگاه", "سینما", "جنبش")
# A place name right before these is the first half of a surname typed with a space for the
# half-space: «خدابنده لو» (Khodabandehlou, not Khodabandeh county), «قزوین پور»; not «زاده»
# («در شیراز زاده شد»: born in Shiraz), nor «لو» before «رفت/داد» (leaked).
_SURNAME_TAILS = ("لو", "پور", "نژاد")
_LEAKED = ("رفت", "رفته", "رفتن", "رفتند", "رود", "برود", "داد", "داده", "دادن", "دادند", "میرود", "میدهد")
# Tokens that end a department name between an organisation head and «استان X».
_GAP_STOPS = ("در", "از", "به", "با", "برای", "که", "را", "تا", "بر", "این", "آن", "گفت", "کرد", "شد",
              "است", "بود", "نیز", "هم", "وی")
_MAX_GAP = 6
# Characters that separate clauses: names never run across them.
_BREAKS = frozenset(".،,:;؛!?؟()[]{}«»\"“”…|/\\-–—")
_WORD = re.compile(r"[\w\u200b-\u200f\u064b-\u065f\u0670\u0640\u00ad\ufeff\u202a-\u202e\u2066-\u2069]+")
_PIECE = re.compile(r"[^_]+")
_TOKEN = re.compile(r"[\w\u200c]+")
_PREFERENCE = {"city": 0, "province": 1, "country": 2}


@dataclass(frozen=True)
class Place:
    """A canonical place. ``province`` is the province's own name for a province, None abroad."""

    name: str
    kind: str  # "province" | "city" | "country"
    province: str | None


@dataclass(frozen=True)
class _Entry:
    place: Place
    level: int  # 0 anywhere, 1 after any context word, 2 after a place word, role or organisation


@dataclass(frozen=True)
class _Gazetteer:
    places: tuple[Place, ...]
    keys: dict[tuple[str, ...], tuple[_Entry, ...]]
    compact: dict[str, tuple[_Entry, ...]]  # keys with their spaces removed, for lookup()
    names: tuple[str, ...]  # canonical names and variants as written
    longest: int
    firsts: frozenset[str]  # the first word of every key


@dataclass(frozen=True)
class _Words:
    heads: dict[tuple[str, ...], str | None]  # organisation head → level hint
    head_len: int
    divisions: dict[str, str | None]
    roles: dict[tuple[str, ...], str | None]
    weak: frozenset[str]
    blockers: frozenset[str]
    stops: frozenset[str]


class _Tok(NamedTuple):  # a tuple: ten times as many are made as anything else here
    text: str  # search form
    start: int  # offsets in the original text
    end: int


@dataclass(frozen=True)
class _Candidate:
    first: int  # token indexes [first, last)
    last: int
    entries: tuple[_Entry, ...]
    hint: str | None
    context: int  # 0 none, 1 weak (a preposition), 2 strong (place word, role, organisation)
    blocked: bool
    via: str | None


def _read(name: str) -> list[str]:
    text = resources.files("knowledge").joinpath("data", name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _keys(form: str) -> set[tuple[str, ...]]:
    """Token keys of one spelling: as written, fully joined, and with half-spaces as spaces.

    The last only when every piece has three letters or more: «خرم‌آباد» is also met as
    «خرم آباد», but «آب‌بر» is not met as «آب بر» (water on ...); list such variants by hand.
    """
    keys = {tuple(tokens(form)), ("".join(tokens(form)),)}
    split = tuple(tokens(form.replace(ZWNJ, " ")))
    if all(len(piece) >= 3 for piece in split):
        keys.add(split)
    return {key for key in keys if key and key[0]}


@functools.cache
def _gazetteer() -> _Gazetteer:
    rows = _read("places.tsv")
    if rows[0].split("\t")[:5] != ["name", "kind", "province", "variants", "ambiguous"]:
        raise ValueError("places.tsv: unexpected header")
    places: list[Place] = []
    found: dict[tuple[str, ...], dict[str, _Entry]] = {}
    names: set[str] = set()
    for number, row in enumerate(rows[1:], start=2):
        cells = row.split("\t")
        if len(cells) != 5 or cells[1] not in KINDS or cells[4] not in ("0", "1", "2"):
            raise ValueError(f"places.tsv line {number}: malformed row {row!r}")
        name, kind, province, variants, level = cells
        if kind == "province":
            province = name
        place = Place(name=name, kind=kind, province=province or None)
        places.append(place)
        forms = [name, *(v.strip() for v in variants.split(",") if v.strip())]
        names.update(forms)
        for form in forms:
            one_word = " " not in form.strip()
            for key in _keys(form):
                entry = _Entry(place, int(level) if one_word and len(key) == 1 else 0)
                slot = found.setdefault(key, {})
                old = slot.get(kind)
                if old is not None and old.place != place:
                    raise ValueError(f"places.tsv line {number}: {form!r} is also {old.place.name!r}")
                if old is None or entry.level < old.level:
                    slot[kind] = entry
    keys = {key: tuple(sorted(slot.values(), key=lambda e: _PREFERENCE[e.place.kind]))
            for key, slot in found.items()}
    compact: dict[str, tuple[_Entry, ...]] = {}
    for key, entries in keys.items():
        joined = "".join(key)
        compact[joined] = tuple({e.place: e for e in (*compact.get(joined, ()), *entries)}.values())
    return _Gazetteer(tuple(places), keys, compact, tuple(sorted(names)), max(map(len, keys)),
                      frozenset(key[0] for key in keys))


@functools.cache
def _words() -> _Words:
    heads: dict[tuple[str, ...], str | None] = {}
    for line in _read("organisation_heads.txt"):
        head, _, hint = line.partition("\t")
        heads[tuple(tokens(head))] = hint.strip() or None

    def one(word: str) -> str:
        return search_form(word)

    return _Words(
        heads=heads,
        head_len=max(map(len, heads)),
        divisions={one(w): hint for w, hint in _DIVISIONS.items()},
        roles={tuple(tokens(w)): hint for w, hint in _ROLES.items()},
        weak=frozenset(map(one, _WEAK)),
        blockers=frozenset(map(one, _BLOCKERS)),
        stops=frozenset(map(one, _GAP_STOPS)),
    )


def _tokenize(text: str) -> list[_Tok]:
    """The search-form tokens of ``text`` (as :func:`knowledge.text.tokens`) with their offsets."""
    raw: list[_Tok] = []
    for word in _WORD.finditer(text):
        at = word.start()
        raw.extend(_Tok(tok, at + start, at + end) for tok, start, end in _word_forms(word.group()))
    out: list[_Tok] = []
    glue_next = False
    for tok in raw:
        if glue_next and out:
            out[-1] = _Tok(out[-1].text + tok.text, out[-1].start, tok.end)
            glue_next = False
            continue
        if tok.text in SUFFIXES and out and not out[-1].text.isdigit() and len(out[-1].text) > 1:
            out[-1] = _Tok(out[-1].text + tok.text, out[-1].start, tok.end)
            continue
        out.append(tok)
        glue_next = tok.text in PREFIXES
    return out


@functools.lru_cache(maxsize=65_536)
def _word_forms(word: str) -> tuple[tuple[str, int, int], ...]:
    """The folded tokens of one word with their offsets in it: each piece between «_» is folded
    on its own, and every token of a piece spans the whole piece. Cached: the same words recur."""
    return tuple((tok, piece.start(), piece.end()) for piece in _PIECE.finditer(word)
                 for t in _TOKEN.findall(fold(piece.group())) if (tok := t.replace(ZWNJ, "")))


def _ending(toks: list[_Tok], breaks: list[bool], last: int, table: Mapping[tuple[str, ...], object],
            longest: int) -> int | None:
    """The first index of the longest key of ``table`` that ends at token ``last``, if any."""
    for size in range(min(longest, last + 1), 0, -1):
        first = last - size + 1
        if any(breaks[first + 1 : last + 1]):
            continue
        if tuple(t.text for t in toks[first : last + 1]) in table:
            return first
    return None


def _organisation(toks: list[_Tok], breaks: list[bool], first: int, taken: set[int],
                  words: _Words) -> tuple[int, str | None] | None:
    """The organisation head that carries the place starting at token ``first``: (head index, hint)."""
    k = first - 1
    if k < 0 or breaks[first]:
        return None
    start = _ending(toks, breaks, k, words.heads, words.head_len)
    if start is not None:
        return start, words.heads[tuple(t.text for t in toks[start:first])]
    if toks[k].text not in words.divisions:
        return None
    for end in range(k - 1, max(-1, k - 2 - _MAX_GAP), -1):
        if breaks[end + 1]:
            return None
        start = _ending(toks, breaks, end, words.heads, words.head_len)
        if start is not None:
            return start, words.heads[tuple(t.text for t in toks[start : end + 1])]
        if toks[end].text in words.stops or end in taken:
            return None
    return None


def _candidates(text: str, toks: list[_Tok]) -> list[_Candidate]:
    gaz, words = _gazetteer(), _words()
    breaks = [False] + [not _BREAKS.isdisjoint(text[a.end : b.start]) for a, b in zip(toks, toks[1:])]
    found: list[_Candidate] = []
    taken: set[int] = set()
    i = 0
    while i < len(toks):
        if toks[i].text not in gaz.firsts:  # no name starts with this word
            i += 1
            continue
        for size in range(min(gaz.longest, len(toks) - i), 0, -1):
            if any(breaks[i + 1 : i + size]):
                continue
            entries = gaz.keys.get(tuple(t.text for t in toks[i : i + size]))
            if entries:
                break
        else:
            i += 1
            continue
        prev = toks[i - 1].text if i > 0 and not breaks[i] else None
        hint, context = None, 0
        role = _ending(toks, breaks, i - 1, words.roles, 2) if prev else None
        if prev in words.divisions:
            hint, context = words.divisions[prev], 2
        elif role is not None:
            hint, context = words.roles[tuple(t.text for t in toks[role:i])], 2
        elif prev in words.weak:
            context = 1
        org = _organisation(toks, breaks, i, taken, words)
        via = None
        if org is not None:
            head, org_hint = org
            # Only territorial heads («استانداری», «شهرداری» ...) vouch for an ambiguous name:
            # «فرمانداری نور» is the city, «سازمان مرکزی» and «بیمارستان مرکزی» are not places.
            hint, context = hint or org_hint, max(context, 2 if org_hint else 0)
            via = " ".join(text[toks[head].start : toks[i + size - 1].end].split())
        tail = toks[i + size].text if i + size < len(toks) and not breaks[i + size] else None
        after = toks[i + size + 1].text if tail and i + size + 1 < len(toks) else None
        surname = tail in _SURNAME_TAILS and (tail != "لو" or after not in _LEAKED)
        found.append(_Candidate(i, i + size, entries, hint, context, prev in words.blockers or surname, via))
        taken.update(range(i, i + size))
        i += size
    return found


def _choose(entries: tuple[_Entry, ...], hint: str | None) -> _Entry:
    for entry in entries:
        if entry.place.kind == hint:
            return entry
    return entries[0]  # sorted city, province, country


def find_places(text: str, *, confirmed: Iterable[str] = ()) -> list[PlaceMention]:
    """Every place mentioned in ``text``, in order, with offsets into ``text`` itself.

    ``confirmed`` names places already established elsewhere (e.g. earlier in the
    same article), so that their ambiguous spellings count without context here.
    """
    toks = _tokenize(text)
    candidates = [c for c in _candidates(text, toks) if not c.blocked]
    chosen = [(c, _choose(c.entries, c.hint)) for c in candidates]
    sure = {place.name for name in confirmed if (place := lookup(name)) is not None}
    sure |= {entry.place.name for c, entry in chosen if c.context >= max(entry.level, 1) or not entry.level}
    mentions: list[PlaceMention] = []
    for c, entry in chosen:
        if entry.level and c.context < entry.level and entry.place.name not in sure:
            continue
        place = entry.place
        mentions.append(PlaceMention(name=place.name, province=place.province or "", kind=place.kind,
                                     start=toks[c.first].start, end=toks[c.last - 1].end, via=c.via))
    return mentions


def lookup(name: str, *, kind: str | None = None) -> Place | None:
    """The canonical place for any spelling or variant, or None.

    A leading «استان»/«شهرستان»/«شهر» chooses between a province and its same-named
    capital («استان کرمان», «شهر کرمان»); so does ``kind``. Otherwise the city wins.
    """
    gaz, words = _gazetteer(), _words()
    toks = tokens(name)
    hint = kind
    while len(toks) > 1 and toks[0] in words.divisions and tuple(toks) not in gaz.keys:
        hint = hint or words.divisions[toks[0]]
        toks = toks[1:]
    entries = gaz.keys.get(tuple(toks)) or gaz.compact.get("".join(toks))
    if not entries:
        return None
    entry = _choose(entries, hint)
    if kind is not None and entry.place.kind != kind:
        return None
    return entry.place


@functools.cache
def spellings(name: str) -> tuple[tuple[str, ...], ...]:
    """The token keys of every unambiguous spelling of the canonical place ``name`` («اسرائیل»:
    «رژیم صهیونیستی», «فلسطین اشغالی» ...), for a text that names it otherwise than a question."""
    return tuple(key for key, entries in _gazetteer().keys.items()
                 if any(e.place.name == name and not e.level for e in entries))


def all_places(*, kind: str | None = None) -> tuple[Place, ...]:
    """Every canonical place in file order, optionally only one kind."""
    return tuple(p for p in _gazetteer().places if kind is None or p.kind == kind)


def place_names() -> list[str]:
    """Every canonical name and variant as written in the data (fold them before comparing)."""
    return list(_gazetteer().names)


@functools.cache
def first_names() -> frozenset[str]:
    """Common Iranian first names in search form («محمد‌علی» → «محمدعلی», «محمد علی» kept spaced),
    one per line of ``data/first_names.txt`` as :func:`knowledge.parse.lexicon.first_name_phrases` reads it."""
    return frozenset(" ".join(words) for words in lexicon.first_name_phrases())
