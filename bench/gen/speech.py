"""How an article names its people and quotes them: the statement paragraphs.

:class:`_Writer` is the half of the article builder that writes statements; it expects the
attributes set by :meth:`bench.gen.articles._ArticleBuilder.build` (``r``, ``rnd``, ``v``,
``topic``, ``cat``, ``prov``, ``jy``, ``agency``, ``slot_base``, ``clauses``, ``phrases``).
"""

from __future__ import annotations

import bisect
import random
from typing import Sequence

from .templates import (
    _ACTS, _GROUPS, _H, _LACKS, _NEWS, _NP, _NP_SUFFIXES, _ORGS, _PERIODS, _RANKS, _S,
    _S_PREFIXES, _S_SUFFIXES, _VERBS_FIRST, _VERBS_LATER, _plural,
)
from .vocab import _RolePattern, _Vocab
from .world import _Person


class _Sp:
    """A person in the article being built."""

    __slots__ = ("person", "role", "pattern", "named", "statements", "plural")

    def __init__(self, person: _Person, role: str, pattern: _RolePattern, plural: bool) -> None:
        self.person = person
        self.role = role
        self.pattern = pattern
        self.named = False
        self.statements: list[str] = []
        self.plural = plural


class _Slots(dict):
    """Template slots; the random ones are drawn only when a template asks for them."""

    b: "_Writer"

    def __missing__(self, key: str) -> str:
        r = self.b.r
        if key == "C":
            v = self.b.pick(self.b.prov.cities)
        elif key == "C2":
            v = self.b.pick([c for c in self.b.prov.cities if c != self["C"]])
        elif key == "t2":
            v = self.b.other_topic(self["t"])
        elif key == "n":
            v = str(self.b.randint(2, 40))
        elif key == "n2":
            v = str(self.b.randint(2, 12))
        elif key == "N":
            v = str(self.b.randint(120, 9800))
        elif key == "pct":
            v = str(self.b.randint(5, 95))
        elif key == "money":
            x = r.random()
            if x < 0.5:
                v = f"{self.b.randint(2, 950)} میلیارد تومان"
            elif x < 0.75:
                v = f"{self.b.randint(1, 60)} هزار میلیارد ریال"
            else:
                v = f"{self.b.randint(100, 9000)} میلیارد ریال"
        elif key == "grp":
            v = self.b.pick(_GROUPS)
        elif key == "org":
            v = self.b.pick(_ORGS)
        elif key == "org2":
            v = self.b.pick([o for o in _ORGS if o != self["org"]])
        elif key == "act":
            v = self.b.pick(_ACTS)
        elif key == "lack":
            v = self.b.pick(_LACKS)
        elif key == "period":
            v = self.b.pick(_PERIODS)
        elif key == "rank":
            v = self.b.pick(_RANKS)
        elif key == "yr":
            v = str(self.b.jy + (1 if r.random() < 0.3 else 0))
        else:
            raise KeyError(key)
        self[key] = v
        return v


_FRAMES_1 = ("colon",) * 10 + ("according",) * 2 + ("necessary",) * 2 + ("emphasis",) * 2 + (
    "demand", "hope", "hope", "announce", "answer")
_FRAMES_2 = _FRAMES_1 + ("saying",) * 3 + ("np_say",)


class _Writer:
    r: random.Random
    v: _Vocab

    # ---- small helpers (faster than random.choice/randint, which cost microseconds per call)
    def pick(self, seq: Sequence[str]):
        return seq[int(self.rnd() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.rnd() * (b - a + 1))

    def weighted(self, items: Sequence, cum: Sequence[float]):
        return items[bisect.bisect(cum, self.rnd() * cum[-1])]

    def slots(self, topic: str) -> _Slots:
        slots = _Slots(self.slot_base)
        slots.b = self
        slots["t"] = topic
        return slots

    def other_topic(self, topic: str) -> str:
        r = self.r
        pool = self.v.topics_by_cat[self.cat] if r.random() < 0.85 else None
        while True:
            t = self.pick(pool) if pool else self.pick(self.v.topics)[0]
            if t != topic:
                return t

    def stmt(self, pool: Sequence[str], used: set[str]) -> str:
        r = self.r
        s = ""
        for _ in range(10):
            topic = self.topic if r.random() < 0.7 else self.other_topic(self.topic)
            tpl = self.pick(pool)
            if pool is _S:
                if self.rnd() < 0.4:
                    tpl = f"{self.pick(_S_PREFIXES)}، {tpl}"
                if self.rnd() < 0.35:
                    tpl = f"{tpl} {self.pick(_S_SUFFIXES)}"
            elif pool is _NP and self.rnd() < 0.5:
                tpl += self.pick(_NP_SUFFIXES)
            s = tpl.format_map(self.slots(topic))
            if s not in used:
                break
        used.add(s)
        if pool is _S:
            self.clauses.add(s)
        elif pool is _NP:
            self.phrases.add(s)
        return s

    def verb(self, sp: _Sp, first: bool = False) -> str:
        v = self.pick(_VERBS_FIRST if first else _VERBS_LATER)
        return _plural(v) if sp.plural else v

    def conj(self, sp: _Sp, verb: str) -> str:
        return _plural(verb) if sp.plural else verb

    def titled(self, sp: _Sp, p_title: float = 0.7) -> str:
        """Full name with an optional honorific, as in a first mention."""
        r, p = self.r, sp.person
        if p.title and r.random() < p_title:
            return f"{p.title} {p.name}"
        if not p.title and r.random() < (0.3 if p.female else 0.05):
            return f"{'خانم' if p.female else 'آقای'} {p.name}"
        return p.name

    def intro(self, sp: _Sp, trailing_comma: bool = True) -> str:
        """A mention that names the person and gives the role."""
        sp.named = True
        name = self.titled(sp)
        style = self.r.randrange(4 if trailing_comma else 2)
        if style == 0:
            return f"{sp.role} {name}"
        if style == 1:
            return f"{name} {sp.role}"
        if style == 2:
            return f"{name}، {sp.role}،"
        return f"{sp.role}، {name}،"

    def ref(self, sp: _Sp) -> str:
        """A later reference to the person."""
        r, p = self.r, sp.person
        if not sp.named:
            sp.named = True
            return self.titled(sp, 0.9)
        x = r.random()
        if x < 0.42:
            return "ایشان" if sp.plural else "وی"
        if x < 0.7:
            return p.last
        if x < 0.8 and p.title:
            return f"{p.title} {p.last}"
        if x < 0.85 and p.female:
            return f"خانم {p.last}"
        if x < 0.95 or sp.pattern.adhoc:
            return sp.role
        return "این مقام مسئول"

    def end(self) -> str:
        return "" if self.r.random() < 0.04 else "."

    # ---- the statement paragraphs
    def colon(self, sp: _Sp, who: str, used: set[str], first: bool = False, adv: str = "") -> str:
        s = self.stmt(_S, used)
        sp.statements.append(s)
        verb = self.verb(sp, first)
        while "تاکید" in adv and ("تاکید" in verb or "تأکید" in verb):
            verb = self.verb(sp, first)
        parts = [who, adv, verb + ":", s]
        return " ".join(x for x in parts if x) + self.end()

    def later(self, sp: _Sp, remaining: int, used: set[str]) -> tuple[str, int]:
        """One paragraph with one or two of sp's remaining statements."""
        r = self.r
        who = self.ref(sp)
        frame = self.pick(_FRAMES_2 if remaining >= 2 else _FRAMES_1)
        t = self.topic
        if frame == "colon":
            adv = self.pick(("", "", "همچنین", "در ادامه", "در ادامه سخنان خود",
                             "در بخش دیگری از سخنان خود", f"با اشاره به {self.other_topic(t)}",
                             f"با تاکید بر اهمیت {t}", "در پایان"))
            return self.colon(sp, who, used, adv=adv), 1
        if frame == "according":
            s = self.stmt(_S, used)
            sp.statements.append(s)
            who = who if who not in ("وی", "ایشان", "این مقام مسئول") else sp.person.last
            return f"به گفته {who}، {s}{self.end()}", 1
        if frame == "necessary":
            s = self.stmt(_NP, used)
            sp.statements.append(s)
            tail = self.pick(("را ضروری دانست", "را امری ضروری دانست", "را لازم دانست"))
            return f"{who} {s} {self.conj(sp, tail)}{self.end()}", 1
        if frame == "emphasis":
            s = self.stmt(_NP, used)
            sp.statements.append(s)
            head = self.pick(("بر ضرورت", "بر لزوم"))
            return f"{who} {head} {s} {self.conj(sp, self.pick(('تاکید کرد', 'تأکید کرد')))}{self.end()}", 1
        if frame == "demand":
            s = self.stmt(_NP, used)
            sp.statements.append(s)
            return f"{who} خواستار {s} {self.conj(sp, 'شد')}{self.end()}", 1
        if frame == "hope":
            s = self.stmt(_H, used)
            sp.statements.append(s)
            that = "که " if r.random() < 0.3 else ""
            return f"{who} {self.conj(sp, 'ابراز امیدواری کرد')} {that}{s}{self.end()}", 1
        if frame == "announce":
            s = self.stmt(_NEWS, used)
            sp.statements.append(s)
            return f"{who} از {s} {self.conj(sp, 'خبر داد')}{self.end()}", 1
        if frame == "answer":
            s = self.stmt(_S, used)
            sp.statements.append(s)
            return (f"{who} در پاسخ به سوال خبرنگار {self.agency} درباره {t} "
                    f"{self.verb(sp)}: {s}{self.end()}"), 1
        if frame == "saying":
            s1 = self.stmt(_S, used)
            s2 = self.stmt(_S, used)
            sp.statements += [s1, s2]
            lead = self.pick(("با بیان اینکه", "با اشاره به اینکه", "ضمن بیان اینکه"))
            return f"{who} {lead} {s1}، {self.verb(sp)}: {s2}{self.end()}", 2
        # np_say
        s1 = self.stmt(_NP, used)
        s2 = self.stmt(_S, used)
        sp.statements += [s1, s2]
        return (f"{who} بر لزوم {s1} {self.conj(sp, 'تاکید کرد')} و "
                f"{self.conj(sp, 'گفت')}: {s2}{self.end()}"), 2
