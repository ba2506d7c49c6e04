"""Roles beside a name: in apposition («سرهنگ محمودی رییس پلیس فتا»), in parentheses, read
from «از همکاران ...», or just before the name («به سرپرستی دکتر ...»); and every named
person of a sentence with those roles (:func:`all_names`). Built on :mod:`.people`'s names
and role phrases."""

from __future__ import annotations

import functools

from .. import text
from . import people
from ..text import Token
from .people import Mention

_AFFILIATIONS = {"همکاران": "همکار", "کارشناسان": "کارشناس", "اعضای": "عضو", "مسئولان": "مسئول",
                 "مسئولین": "مسئول", "مدیران": "مدیر", "استادان": "استاد", "اساتید": "استاد",
                 "نمایندگان": "نماینده", "فرماندهان": "فرمانده", "معاونان": "معاون", "پژوهشگران": "پژوهشگر"}


def apposition(sentence: str, toks: list[Token], mention: Mention) -> None:
    """Attach roles that directly follow a name: «سرهنگ محمودی رییس پلیس فتا ...»,
    «میرصالحی نماینده مردم رشت و عضو کمیسیون ...», «کریمی ... از همکاران روابط عمومی ...»."""
    j = mention.end
    if j < len(toks) and toks[j] == "(":
        role = people.role_at(sentence, toks, j + 1)  # «دکتر انبیاء (رئیس دانشگاه)»
        if role is not None and role.end < len(toks) and toks[role.end] == ")":
            mention.role, mention.epithet, mention.end = role.role, role.epithet, role.end + 1
        return
    if j < len(toks) and toks[j] == "،":
        j += 1
    role = people.role_at(sentence, toks, j) if j < len(toks) else None
    if role is not None:
        mention.role, mention.epithet, mention.end = role.role, role.epithet, role.end
        j = role.end
        if j + 1 < len(toks) and toks[j] == "و":
            second = people.role_at(sentence, toks, j + 1)
            if second is not None:
                mention.extra_roles.append(second.role or "")
                mention.end = second.end


def is_affiliation(role: str) -> bool:
    """A role read from «از همکاران ...» rather than a job title."""
    first = text.search_form(role).split()[:1]
    return bool(first) and first[0] in _affiliation_forms()


@functools.cache
def _affiliation_forms() -> frozenset[str]:
    return frozenset(text.search_form(v) for v in _AFFILIATIONS.values())


def affiliation(sentence: str, toks: list[Token], j: int) -> str | None:
    """«از همکاران روابط عمومی وزارت بهداشت» → «همکار روابط عمومی وزارت بهداشت»."""
    if j + 2 < len(toks) and toks[j] == "از" and toks[j + 1] in _AFFILIATIONS:
        k = j + 2
        while k < len(toks) and k - j < people.MAX_ROLE and toks[k].is_word and (
                toks[k] not in people.BOUNDARY or (toks[k] == "و" and k + 1 < len(toks) and people.role_word(toks, k + 1))):
            if people.is_verb_start(toks, k):
                break
            k += 1
        if k > j + 2:
            singular = _AFFILIATIONS[toks[j + 1]]
            return f"{singular} {sentence[toks[j + 2].start : toks[k - 1].end]}"
    return None


_PLACE_PREPOSITIONS = frozenset({"در", "از", "به", "با", "برای"})
_LED_BY = {"سرپرستی": "سرپرست", "ریاست": "رییس", "مدیریت": "مدیر", "کارگردانی": "کارگردان",
           "تهیهکنندگی": "تهیهکننده", "دبیری": "دبیر", "فرماندهی": "فرمانده"}


def role_before(sentence: str, toks: list[Token], i: int) -> str | None:
    """A role that ends right before the name at ``i``: «کارشناس ... خراسان شمالی، خانم الهام
    جعفرزاده», or «هیئت باستان‌شناسی به سرپرستی دکتر ...» (the head of that team)."""
    if i >= 2 and toks[i - 2] == "به" and toks[i - 1] in _LED_BY:
        k = i - 2
        while k > 0 and toks[k - 1].is_word and toks[k - 1] not in people.BOUNDARY and i - 2 - k < 5:
            k -= 1
        if k > 0 and toks[k - 1] in _PLACE_PREPOSITIONS:
            return None  # «ستاد ... را در دانشگاه به ریاست X»: «در دانشگاه» is where, not what X heads
        if k < i - 2:
            return f"{_LED_BY[toks[i - 1]]} {sentence[toks[k].start : toks[i - 3].end]}"
    end = i - 1 if i >= 1 and toks[i - 1] == "،" else i
    for h in range(max(0, end - people.MAX_ROLE), end):
        if people.starts_role(toks, h) and people.role_end(toks, h) == end and (h == 0 or not toks[h - 1].is_word
                                                                    or toks[h - 1] in people.BOUNDARY):
            return sentence[toks[h].start : toks[end - 1].end]
    return None


def all_names(sentence: str, toks: list[Token]) -> list[Mention]:
    """Every named person in the sentence, with roles in apposition or just before."""
    found: list[Mention] = []
    i = 0
    while i < len(toks):
        names = people.name_at(sentence, toks, i) if toks[i].is_word else []
        if names:
            for name in names:
                apposition(sentence, toks, name)
            tail = affiliation(sentence, toks, names[-1].end)
            if tail:
                for name in names:
                    if not name.role:
                        name.role = tail
            if not names[0].role and len(names) == 1:
                names[0].role = role_before(sentence, toks, i)
            found.extend(names)
            i = names[-1].end
        else:
            i += 1
    return found
