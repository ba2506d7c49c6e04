"""Articles: the lead, the speakers' paragraphs, headline, dateline and the spelling noise."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import random
from typing import Iterator

from .dates import (
    _FA_DIGITS, _PUB_DAYS, _PUB_START, _WEEKDAY_ALT, MONTHS, WEEKDAYS, jalali_text, to_jalali,
)
from .records import ZWNJ, GeneratedArticle, Speaker
from .speech import _Sp, _Writer
from .templates import _AGENCIES, _DATELINE_LABELS, _GROUPS, _ORDINALS, _ORGS, _SCOPES, _VENUES
from .vocab import _EventType, _RolePattern, _vocab
from .world import _Person, _new_person, _world

_ZW_MODES = ("keep", "drop", "space")


@functools.cache
def _noise_pairs(arabic: bool, persian_digits: bool, zw: str, riis: bool) -> tuple[tuple[str, str], ...]:
    """Replacements that turn clean copy into this article's spelling (str.replace is several
    times faster than str.translate on non-ASCII text)."""
    pairs: list[tuple[str, str]] = []
    if riis:
        pairs.append(("رئیس", "رییس"))
    if zw == "drop":
        pairs.append((ZWNJ, ""))
    elif zw == "space":
        pairs.append((ZWNJ, " "))
    if arabic:
        pairs += [("ی", "ي"), ("ک", "ك")]
    if persian_digits:
        pairs += list(zip("0123456789", _FA_DIGITS))
    return tuple(pairs)


def _wrap(paragraph: str, width: int) -> list[str]:
    lines: list[str] = []
    cur: list[str] = []
    size = 0
    for word in paragraph.split(" "):
        if cur and size + len(word) + 1 > width:
            lines.append(" ".join(cur))
            cur, size = [], 0
        cur.append(word)
        size += len(word) + 1
    if cur:
        lines.append(" ".join(cur))
    return lines


_CUM = {  # cumulative weights for the few weighted choices of every article
    "lag": ((0, 1, 2, 3), (60, 85, 95, 100)),
    "zw": (_ZW_MODES, (60, 90, 100)),
    "speakers": ((1, 2, 3), (45, 83, 100)),
    "lead": ("ABCD", (45, 65, 75, 100)),
}


class _ArticleBuilder(_Writer):
    def __init__(self, i: int, seed: int) -> None:
        self.i = i
        self.seed = seed
        self.v = _vocab()
        self.world = _world(seed)
        # An integer seed is cheaper than a string one; (seed, i) pairs stay distinct for i < 2**32.
        self.r = random.Random(((seed & 0xFFFFFFFF) << 32) | i)
        self.rnd = self.r.random
        self.clauses: set[str] = set()  # statements that are full clauses (headline material)
        self.phrases: set[str] = set()  # statements that are noun phrases («بر ضرورت ... تاکید کرد»)

    # ---- people
    def pick_role(self, cat: str | None) -> tuple[_RolePattern, str]:
        r, prov = self.r, self.prov
        if cat is None:
            pat = self.pick(self.v.official)
        else:
            pats, cum = self.v.roles_by_cat[cat]
            pat = pats[bisect.bisect(cum, self.rnd() * cum[-1])]
        city = self.city if r.random() < 0.7 else self.pick(prov.cities)
        role = pat.template.format(P=prov.name, K=prov.capital, C=city, t=self.topic)
        return pat, role

    def person_for(self, pat: _RolePattern, role: str) -> _Person:
        if pat.adhoc:
            return _new_person(self.r, pat.title_kind)
        return self.world.holder(role, pat.title_kind, self.ev_date)

    def date_phrase(self, has_dateline: bool) -> str:
        r = self.r
        jy, jm, jd = to_jalali(self.ev_date)
        month = MONTHS[jm - 1]
        wd_i = self.ev_date.weekday()
        wd = _WEEKDAY_ALT[wd_i] if wd_i in _WEEKDAY_ALT and r.random() < 0.3 else WEEKDAYS[wd_i]
        x = r.random() if has_dateline else 0.0
        if x < 0.45:
            return self.pick((
                f"روز {wd} {jd} {month} {jy}", f"{jd} {month} {jy}", f"{jd} {month} ماه {jy}",
                f"روز {wd} مورخه {jd} {month} ماه {jy}", f"{wd} {jd} {month}{ZWNJ}ماه {jy}",
                f"در تاریخ {jy}/{jm:02d}/{jd:02d}", f"روز {wd} {jy}/{jm}/{jd}",
            ))
        if x < 0.85 or self.lag > 1:
            return self.pick((
                f"روز {wd} {jd} {month}", f"{wd} {jd} {month}", f"{jd} {month}{ZWNJ}ماه",
                f"صبح روز {wd} {jd} {month}", f"عصر {wd} {jd} {month}",
            ))
        if self.lag == 0:
            return self.pick(("صبح امروز", "عصر امروز", "امروز", f"امروز {wd}"))
        return self.pick(("دیروز", "عصر دیروز", "صبح دیروز"))

    def event_name(self, et: _EventType) -> str:
        r = self.r
        name = et.template.format(
            t=self.topic, P=self.prov.name, C=self.city, K=self.prov.capital,
            scope=self.pick(_SCOPES), grp=self.pick(_GROUPS),
        )
        if et.ordinal and r.random() < 0.5:
            k = min(int(r.expovariate(0.18)), len(_ORDINALS) - 1)
            name = f"{_ORDINALS[k]} {name}"
        return name

    # ---- the article
    def build(self) -> GeneratedArticle:
        r, v = self.r, self.v
        key = f"{self.i:06d}_{r.getrandbits(64):016x}"
        pub = _PUB_START + dt.timedelta(days=r.randrange(_PUB_DAYS))
        self.lag = self.weighted(*_CUM["lag"])
        self.ev_date = pub - dt.timedelta(days=self.lag)
        self.jy = to_jalali(self.ev_date)[0]
        self.prov = prov = self.pick(v.provinces)
        self.topic, self.cat = self.pick(v.topics)
        et = self.pick(v.events_by_cat[self.cat])
        if "{K}" in et.template:
            self.city = prov.capital
        elif "{C}" in et.template:
            self.city = prov.capital if r.random() < 0.35 else self.pick(prov.others)
        elif "{P}" in et.template:
            self.city = prov.capital if r.random() < 0.85 else self.pick(prov.others)
        else:
            self.city = prov.capital if r.random() < 0.5 else self.pick(prov.others)
        self.kind = et.kind
        self.slot_base = {"P": prov.name, "K": prov.capital, "kind": et.kind}
        event = self.event_name(et)
        self.agency = self.pick(_AGENCIES)

        # Style of this copy.
        persian_digits = r.random() < 0.8
        arabic = r.random() < 0.10
        zw = self.weighted(*_CUM["zw"])
        wrap = r.random() < 0.10
        riis = r.random() < 0.5  # «رییس» instead of «رئیس»
        sep = "\n" if r.random() < 0.65 else "\n\n"
        has_dateline = r.random() < 0.5

        # People.
        speakers: list[_Sp] = []
        attendees: list[_Sp] = []
        roles: set[str] = set()
        names: set[str] = set()
        n_sp = self.weighted(*_CUM["speakers"])
        for k in range(n_sp + 1):
            attendee = k == n_sp
            if attendee and r.random() > 0.4:
                break
            for _ in range(12):
                pat, role = self.pick_role(None if attendee else self.cat)
                person = self.person_for(pat, role)
                if role not in roles and person.last not in names:  # one person per surname
                    break
            else:
                continue  # (the first speaker always succeeds: nothing is taken yet)
            roles.add(role)
            names.add(person.last)
            plural = person.plural and r.random() < 0.85
            (attendees if attendee else speakers).append(_Sp(person, role, pat, plural))

        used: set[str] = set()
        kind = self.kind
        date = self.date_phrase(has_dateline)
        venue = self.pick(_VENUES).format(C=self.city)
        sp0 = speakers[0]
        ag = self.agency
        x = r.random()
        if x < 0.45:
            agency = f"به گزارش خبرگزاری {ag} از {self.city}"
        elif x < 0.53:
            agency = f"به گزارش خبرنگار {ag} از {self.city}"
        elif x < 0.61:
            agency = f"به گزارش خبرگزاری صداوسیمای مرکز {prov.name}"
        elif x < 0.69:
            agency = f"به گزارش {ag} از {prov.name}"
        elif x < 0.9:
            agency = f"به گزارش {ag}"
        else:
            agency = f"به گزارش روابط عمومی {self.pick(('استانداری ' + prov.name, 'فرمانداری ' + self.city, 'دانشگاه علوم پزشکی ' + prov.capital))}"

        paras: list[str] = []
        lead_style = self.weighted(*_CUM["lead"])
        ctx = self.pick(("", "", f"با اشاره به {self.topic}", f"با تاکید بر اهمیت {self.topic}",
                        "در سخنانی", f"در گفت{ZWNJ}وگو با خبرنگار {ag}", "در جمع خبرنگاران"))
        if lead_style == "A":
            where = self.pick((f" که در {venue} برگزار شد،", f" در {venue}،"))
            who = self.intro(sp0)
            paras.append(self.colon(sp0, f"{agency}، {who} {date} در {event}{where}", used, True, ctx))
        elif lead_style == "B":
            guests = "، ".join(s.role for s in speakers[:2])
            paras.append(f"{agency}، {event} {date} با حضور {guests} و جمعی از {self.pick(_GROUPS)} "
                         f"در {venue} برگزار شد.")
            paras.append(self.colon(sp0, f"{self.intro(sp0)} در این {kind}", used, True, ctx))
        elif lead_style == "C":
            g1, g2 = r.sample(_GROUPS, 2)
            paras.append(f"{event}، با شرکت {g1} و {g2}، {date}، در {venue} برگزار شد.")
            paras.append(self.colon(sp0, f"{agency}، {sp0.role} در آغاز این {kind}", used, True, ""))
        else:
            paras.append(f"{agency}، {date} {event} در {venue} برگزار شد.")
            paras.append(self.colon(sp0, f"{self.intro(sp0)} در این {kind}", used, True, ctx))

        attendee_slot = r.randrange(1, len(speakers) + 1)
        for k, sp in enumerate(speakers):
            if k == attendee_slot and attendees:
                paras.append(self.attendee_para(attendees[0]))
            if k > 0:
                paras.append(self.second_intro(sp, used))
            target = self.randint(2, 5) if k == 0 else self.randint(2, 4)
            while len(sp.statements) < target:
                para, _ = self.later(sp, target - len(sp.statements), used)
                paras.append(para)
            if not sp.named:  # cannot happen after later(), kept as a guard
                paras.append(f"{self.titled(sp, 1.0)} {self.conj(sp, 'بود')}.")
        if attendee_slot == len(speakers) and attendees:
            paras.append(self.attendee_para(attendees[0]))
        if r.random() < 0.3:
            paras.append(self.closing())

        head = self.headline(sp0, event, lead_style)

        # Noise: the same character mapping for the whole copy and for the statements.
        pairs = _noise_pairs(arabic, persian_digits, zw, riis)

        def tr(s: str) -> str:
            for old, new in pairs:
                s = s.replace(old, new)
            return s

        body = tr("\n".join(paras)).split("\n")
        if wrap:
            width = self.randint(110, 190)
            joiner = "\n\n" if r.random() < 0.6 else "\n"
            body = [joiner.join(_wrap(p, width)) for p in body]
        lines = tr("\n".join(head)).split("\n") + body
        if r.random() < 0.3:
            lines[0] = " " + lines[0]
        text = sep.join(lines) + ("\n" if r.random() < 0.5 else "")
        if has_dateline:
            label = tr(self.pick(_DATELINE_LABELS))
            text = f"{' ' if r.random() < 0.5 else ''}date {pub.isoformat()} {label}\n{text}"

        printed = iter(tr("\x00".join(s for sp in speakers for s in sp.statements)).split("\x00"))
        said = tuple(
            Speaker(sp.person.name, sp.role, tuple(next(printed) for _ in sp.statements))
            for sp in speakers
        )
        return GeneratedArticle(
            key=key, text=text, published=pub, speakers=said,
            event=event, place=self.city, jalali=jalali_text(self.ev_date),
            attendees=tuple(Speaker(sp.person.name, sp.role) for sp in attendees),
        )

    def second_intro(self, sp: _Sp, used: set[str]) -> str:
        r, kind = self.r, self.kind
        ctx = self.pick(("", "", f"با اشاره به {self.topic}", "در سخنانی",
                        f"ضمن قدردانی از {self.pick(_GROUPS)}"))
        style = r.randrange(5)
        if style == 0:
            return self.colon(sp, f"در ادامه این {kind}، {self.intro(sp)}", used, True, ctx)
        if style == 1:
            return self.colon(sp, f"{self.intro(sp)} نیز در این {kind}", used, True, ctx)
        if style == 2:
            return self.colon(sp, f"همچنین {self.intro(sp)}", used, True, ctx)
        if style == 3:
            return self.colon(sp, f"در بخش دیگری از این {kind}، {self.intro(sp)}", used, True, ctx)
        who = self.intro(sp, trailing_comma=False)
        return self.colon(sp, f"{who} دیگر سخنران این {kind} {self.conj(sp, 'بود')} که", used, True, ctx)

    def attendee_para(self, sp: _Sp) -> str:
        r, kind = self.r, self.kind
        had = self.conj(sp, "داشت")
        style = r.randrange(3)
        if style == 0:
            return f"در این {kind}، {self.intro(sp, trailing_comma=False)} نیز حضور {had}."
        if style == 1:
            return f"{self.intro(sp, trailing_comma=False)} نیز از حاضران این {kind} {self.conj(sp, 'بود')}."
        return (f"گفتنی است {self.intro(sp, trailing_comma=False)} و جمعی از "
                f"{self.pick(_GROUPS)} نیز در این {kind} حضور داشتند.")

    def closing(self) -> str:
        r, kind, t = self.r, self.kind, self.topic
        g1, g2 = r.sample(_GROUPS, 2)
        o1, o2 = r.sample(_ORGS, 2)
        return self.pick((
            f"گفتنی است در پایان این {kind} از {self.randint(5, 60)} نفر از {g1} فعال در حوزه {t} تجلیل شد.",
            f"این {kind} با حضور بیش از {self.randint(40, 900)} نفر از {g1} و {g2} برگزار شد.",
            f"شایان ذکر است این {kind} به همت {o1} و با همکاری {o2} برگزار شد.",
            f"در حاشیه این {kind}، نمایشگاهی از دستاوردهای {g1} در حوزه {t} برپا شد.",
        ))

    def headline(self, sp0: _Sp, event: str, lead_style: str) -> list[str]:
        r = self.r
        clauses = [s for s in sp0.statements if s in self.clauses] or sp0.statements
        s = self.pick(clauses)
        words = s.split(" ")
        before_comma = s.split("،")[0].strip()
        if len(words) <= 14:
            quote = s
        elif "،" in s and len(before_comma.split(" ")) >= 4:
            quote = before_comma
        else:
            quote = " ".join(words[: self.randint(8, 12)])
        if lead_style == "C":
            return [f"در {event} در {self.city} عنوان شد:", quote]
        x = r.random()
        if x < 0.3:
            title = f"{sp0.role}: {quote}"
        elif x < 0.5:
            title = f"{sp0.role} {self.pick(('گفت:', 'گفت :'))} {quote}"
        elif x < 0.62:
            title = f"{sp0.person.last}: {quote}"
        elif x < 0.8 and (nps := [s for s in sp0.statements if s in self.phrases]):
            # only what the speaker is reported to have said: no unattributed paraphrase
            title = f"{self.pick(('تاکید', 'تأکید'))} {sp0.role} بر {self.pick(nps)}"
        else:
            title = f"{event} در {self.city} برگزار شد"
        if r.random() < 0.25:
            return [f"{sp0.role} در {event}:", title]
        return [title]


def generate_article(i: int, *, seed: int = 1404) -> GeneratedArticle:
    """Article ``i`` of the corpus for ``seed`` (random access; the same as in generate_articles)."""
    if i < 0:
        raise ValueError("article index must be >= 0")
    return _ArticleBuilder(i, seed).build()


def generate_articles(n: int, *, seed: int = 1404) -> Iterator[GeneratedArticle]:
    """Stream ``n`` articles; article ``i`` is the same whatever ``n`` is."""
    for i in range(n):
        yield _ArticleBuilder(i, seed).build()
