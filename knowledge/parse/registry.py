"""The people of one article as mentions accumulate: names, surnames, roles and sources
merged into one record each (used by :mod:`knowledge.parse.statements`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import text
from .people import SURNAME_TAILS, Mention


@dataclass
class Person:
    name: str | None
    surnames: set[str] = field(default_factory=set)
    honorifics: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    quoted: bool = False
    sentences: set[int] = field(default_factory=set)
    first_seen: int = 0
    merged: Person | None = None
    own_roles: bool = False  # a role was given with the name itself (apposition), not by merging
    source: bool = False  # a source that is not a person: «یک منبع آگاه», «وزارت امور خارجه»
    other: bool = False  # introduced with «نیز/هم» («معاون ... نیز گفت»): not the speaker before

    def root(self) -> Person:
        p = self
        while p.merged is not None:
            p = p.merged
        return p

    @property
    def role_keys(self) -> set[str]:
        return {text.search_form(r) for r in self.roles}

    def absorb(self, other: Person) -> None:
        if other is self:
            return
        other.merged = self
        if self.name is None:
            self.name = other.name
        self.surnames |= other.surnames
        self.honorifics.extend(h for h in other.honorifics if h not in self.honorifics)
        for role in other.roles:
            add_role(self.roles, role)
        for alias in other.aliases:
            add_role(self.aliases, alias)
        self.quoted |= other.quoted
        self.sentences |= other.sentences
        self.first_seen = min(self.first_seen, other.first_seen)


ROLE_FILLER = frozenset({"استان", "شهرستان", "شهر", "کل"})


def role_key(role: str) -> str:
    """A role's search form without «استان/شهرستان»: «فرمانده انتظامی استان فارس» = «فرمانده انتظامی فارس»."""
    return " ".join(w for w in text.search_form(role).split() if w not in ROLE_FILLER)


def _member(words: list[str]) -> list[str]:
    """«عضو مجلس ...» and «نماینده مجلس ...» are one post (a member of parliament)."""
    return ["نماینده" if w == "عضو" and words[i + 1 : i + 2] == ["مجلس"] else w for i, w in enumerate(words)]


def roles_match(a: str, b: str) -> bool:
    """Two role search forms name the same post: equal, one a prefix of the other, or
    the same head word with one's words inside the other's («رئیس جهاد کشاورزی گلستان» and
    «رئیس سازمان جهاد کشاورزی گلستان»)."""
    wa = _member([w for w in a.split() if w not in ROLE_FILLER])
    wb = _member([w for w in b.split() if w not in ROLE_FILLER])
    if not wa or not wb:
        return False
    if wa == wb or "".join(wa) == "".join(wb):  # «نائب رئیس» = «نائب‌رئیس»
        return True
    short, long = sorted((wa, wb), key=len)
    if len(short) >= 2 and long[: len(short)] == short:
        return True
    return len(short) >= 2 and short[0] == long[0] and set(short) <= set(long)


class Registry:
    """The people of one article, merged as mentions accumulate."""

    def __init__(self) -> None:
        self.people: list[Person] = []

    def live(self) -> list[Person]:
        return [p for p in self.people if p.merged is None]

    def by_surname(self, surname: str, *, lone: bool = False) -> Person | None:
        """The one person with that surname; ``lone``: the text uses the surname alone."""
        found = [p for p in self.live() if surname in p.surnames]
        if not found:  # «رحمانی» after «مهندس کیومرث رحمانی», whose first name no list knows
            found = [p for p in self.live() if not p.source and any(s.split()[-1] == surname for s in p.surnames)]
        if not found and lone:  # «پورابراهیمی» after «محمدرضا پورابراهیمی شامگاه»: the name took a word too many
            found = [p for p in self.live() if not p.source and any(_overlong(s, surname) for s in p.surnames)]
        return found[0] if len(found) == 1 else None

    def by_role(self, role: str) -> Person | None:
        key = text.search_form(role)
        found = [p for p in self.live() if any(roles_match(key, k) for k in p.role_keys)]
        if len(found) > 1:  # a role-only mention and its named holder: the holder
            found = [p for p in found if p.name is not None and not _is_role_name(p)]
        return found[0] if len(found) == 1 else None

    def known_surnames(self) -> set[str]:
        known = {w for p in self.live() for s in p.surnames for w in (s, s.split()[-1])}
        # «پورابراهیمی» of «پورابراهیمی شامگاه», never «زارعی» of «زارعی منش»
        known |= {s.split()[0] for p in self.live() for s in p.surnames if _overlong(s, s.split()[0])}
        return known

    def note(self, mention: Mention, sentence: int) -> Person:
        """Register a name/surname/role mention; returns the person it denotes."""
        person = None
        if mention.kind == "source":
            return self._source(mention, sentence)
        if mention.surname:
            person = self.by_surname(mention.surname, lone=mention.kind == "surname")
            if person is not None and mention.kind == "surname":
                _trim(person, mention.surname)
        if person is None and mention.role and not mention.name:
            person = self.by_role(mention.role)
        if person is None and mention.role and mention.name:
            holder = self.by_role(mention.role)
            if holder is not None and holder.name is None:
                person = holder
        if person is None:
            person = Person(name=mention.name, first_seen=sentence)
            self.people.append(person)
        if mention.name and (person.name is None or len(mention.name) > len(person.name)):
            if person.name and person.name not in person.aliases:
                person.aliases.append(person.name)
            person.name = mention.name
        if mention.surname:
            person.surnames.add(mention.surname)
        for h in mention.honorifics:
            if h not in person.honorifics:
                person.honorifics.append(h)
        if mention.role:
            add_role(person.aliases if mention.epithet else person.roles, mention.role)
            if mention.name and not mention.epithet:
                person.own_roles = True
        for extra in mention.extra_roles:
            add_role(person.roles, extra)
        person.sentences.add(sentence)
        return person


    def _source(self, mention: Mention, sentence: int) -> Person:
        """A source under its own words; the same words again are the same source."""
        key = text.search_form(mention.name or "")
        person = next((p for p in self.live() if p.source and p.name and text.search_form(p.name) == key), None)
        if person is None:
            person = Person(name=mention.name, first_seen=sentence, source=True)
            self.people.append(person)
        person.sentences.add(sentence)
        return person


def _overlong(held: str, surname: str) -> bool:
    """``held`` is ``surname`` and one more word that is no surname part («پورابراهیمی شامگاه»)."""
    words = held.split()
    return len(words) == 2 and words[0] == surname and words[1] not in SURNAME_TAILS


def _trim(person: Person, surname: str) -> None:
    """The text names the person by ``surname`` alone: a two-word surname that starts with it
    was one word too long («محمدرضا پورابراهیمی شامگاه» → «محمدرضا پورابراهیمی»)."""
    for held in [s for s in person.surnames if _overlong(s, surname)]:
        person.surnames.discard(held)
        person.surnames.add(surname)
        words = (person.name or "").split()
        if len(words) >= 3 and text.search_form(words[-1]) == held.split()[1]:
            add_role(person.aliases, person.name or "")  # a double surname stays findable
            person.name = " ".join(words[:-1])


def _is_role_name(p: Person) -> bool:
    """A placeholder named after its own role («رئیس‌جمهور آمریکا»), not a name."""
    return p.name is not None and text.search_form(p.name) in p.role_keys


def add_role(bucket: list[str], role: str) -> None:
    """Add a role unless it is a shorter or equal form of one already held (keep the longest)."""
    key = text.search_form(role)
    for i, held in enumerate(bucket):
        held_key = text.search_form(held)
        if roles_match(key, held_key):
            if len(key) > len(held_key):
                bucket[i] = role
            return
    bucket.append(role)
