"""Speakers after the walk over an article's sentences (:func:`knowledge.parse.statements.resolve`):
role-only speakers given the name the article allows, and the people and statements written
as the parser's records."""

from __future__ import annotations

from .. import text
from . import apposition, lexicon
from ..models import Person, Statement
from .registry import Person as _Person
from .registry import Registry
from .registry import roles_match as _roles_match
from .subjects import SOME as _SOME


def settle_placeholders(registry: Registry, headline: int | None,
                        said: dict[int, str] | None = None) -> None:
    """Give role-only speakers a name where the article allows only one reading.

    1. someone named later holds the same role;
    2. a role in the headline (or surtitle) is the lead's first named speaker; else the
       nearest named speaker introduced after the role mention's sentence, when they have no role of their
       own or a matching one («استاندار فارس: ...» in the headline, then «دکتر علیرضا کامرانی ... گفت» in
       the lead);
    3. the article has exactly one named speaker, who has no role — unless that speaker's own
       words name the role (``said``: id of a person → the search form of their quotes):
       «نتانیاهو: دیشب با رئیس‌جمهور ترامپ گفتگو کردم» makes the president someone else.

    0. «یک ROLE» (a source, «یک عضو مجلس عوام انگلیس فاش کرد») is the one named person who
       holds that post, when the article names exactly one.

    A source («یک منبع آگاه», «وزارت نیرو») keeps its own words: a subject whose first word
    opens a role is read as that role, never as a source, so no role holder matches a source.
    """
    for p in [p for p in registry.live() if p.source and p.name and p.name.split()[0] == "یک"]:
        post = text.search_form(" ".join(p.name.split()[1:]))  # «یک عضو مجلس عوام انگلیس» in the lead
        holders = [q for q in registry.live() if q.name and not q.source and any(
            _roles_match(post, text.search_form(r)) for r in q.roles)]
        if len(holders) == 1:  # ... is the one named holder of that post the report names later
            holders[0].absorb(p)
    for p in [p for p in registry.live() if p.name is None]:
        for role in p.roles:
            holder = registry.by_role(role)
            if holder is not None and holder is not p and holder.name is not None:
                holder.absorb(p)
                break
    for p in sorted((p for p in registry.live() if p.name is None), key=lambda p: p.first_seen):
        if headline is not None and p.first_seen <= headline:
            speakers = sorted((q for q in registry.live() if q.name is not None and q.quoted and not member(q)),
                              key=lambda q: q.first_seen)
            if speakers:  # the headline quotes the lead's first speaker
                speakers[0].absorb(p)
                continue
        # named after the role, or named first in the headline («حمودی: ...») and again after it
        later = sorted((q for q in registry.live() if q.name is not None and q.quoted and not member(q)
                        and (q.first_seen > p.first_seen or (headline is not None and q.first_seen <= headline
                                                             and _next_mention(q, p.first_seen) is not None))),
                       key=lambda q: q.first_seen if q.first_seen > p.first_seen else _next_mention(q, p.first_seen))
        if later and (not later[0].own_roles or not p.roles or any(
                _roles_match(text.search_form(a), text.search_form(b)) or _head_of(text.search_form(a), text.search_form(b))
                for a in p.roles for b in later[0].roles)):
            later[0].absorb(p)
    placeholders = [p for p in registry.live() if p.name is None]
    named_speakers = [p for p in registry.live() if p.name is not None and p.quoted and not member(p)]
    if placeholders and len(named_speakers) == 1 and not named_speakers[0].own_roles:
        for p in placeholders:
            own = f" {(said or {}).get(id(named_speakers[0]), '')} "
            inside = any(f" {text.search_form(role)} " in own for role in p.roles)
            if not p.other and not inside:  # «معاون ... نیز گفت» is someone else
                named_speakers[0].absorb(p)


def _head_of(bare: str, role: str) -> bool:
    """A bare one-word title («سرمربی» in the lead) heads the named speaker's fuller one («سرمربی
    کرواسی»): the same post, told without its team."""
    return len(bare.split()) == 1 and role.split()[:1] == [bare]


def member(q: _Person) -> bool:
    """«یکی از شاهدان انفجار» (a source, subjects._member_of): one of a group, who holds no
    role-only speaker's post («رئیس پلیس کابل گفت» just before is someone else), nor speaks a
    later sentence that names no speaker unless its verb goes on («افزود»: statements._speaker)."""
    return q.source and (q.name or "").split()[0] in _SOME


def _next_mention(q: _Person, after: int) -> int | None:
    return min((x for x in q.sentences if x > after), default=None)


def finish(registry: Registry, raw: list) -> tuple[list[Person], list[Statement]]:
    live = sorted(registry.live(), key=lambda p: p.first_seen)
    index = {id(p): i for i, p in enumerate(live)}
    persons = []
    for p in live:
        name = p.name or (p.roles[0] if p.roles else p.aliases[0] if p.aliases else "?")
        aliases = [a for a in [*_surname_words(p), *p.aliases, *p.roles] if a != name]
        roles = sorted(p.roles, key=apposition.is_affiliation)  # job titles before «همکار ...»
        persons.append(Person(
            name=name, honorifics=tuple(p.honorifics), roles=tuple(roles),
            aliases=tuple(dict.fromkeys(aliases)),
            quoted=p.quoted, sentences=tuple(sorted(p.sentences)),
        ))
    statements = [
        Statement(speaker=index[id(sp.root())], verb=verb, text=quote, first_sentence=first,
                  last_sentence=last_pos, direct=direct, via=via)
        for sp, verb, quote, first, last_pos, direct, via in raw
    ]
    return persons, statements


def _surname_words(p: _Person) -> list[str]:
    """The name without its first names: «محمدعلی طالبی» → «طالبی»."""
    if not p.name:
        return []
    words = p.name.split()
    firsts = lexicon.first_names()
    i = 0
    while i < len(words) - 1 and text.search_form(words[i]) in firsts:
        i += 1
    return [" ".join(words[i:])] if i else []
