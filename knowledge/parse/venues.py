"""Named venues and spots: «سد درودزن», «تالار علامه امینی», «دانشگاه علوم پزشکی تبریز».

The gazetteer (:mod:`knowledge.parse.places`) knows provinces and cities; a report also
names where exactly something happened. A venue is a head noun from
``data/venue_heads.txt`` followed by its name, up to a boundary: punctuation, a
preposition or conjunction, a verb, or the non-verbal part of a compound verb («...
افتتاح شد», «... تماس گرفت»). A plural head lists several («سدهای درودزن، سلمان فارسی
و ملاصدرا»). After «در» a bare head is a venue too («در فرودگاه فعال شد»), a head
glued to an Arabic name is one («در مسجدالنبی»), and so is a setting: an event or
an occasion the thing happened at («در حاشیه بازدید از نمایشگاه ...», «در جمع
خبرنگاران», «در مراسم بزرگداشت روز خبرنگار»).
"""

from __future__ import annotations

import functools
import re

from .. import text
from . import lexicon, people, places
from ..models import PlaceMention

_STOP = people.BOUNDARY - {"و"} | {"برگزار", "شد", "است", "بود", "می", "میشود", "که"} | {
    # adverbs and conjunctions that open the next clause, not a name («دانشگاه بخاطر ...»)
    "بخاطر", "خاطر", "نهتنها", "تنها", "هنوز", "اکنون", "همچنان", "اخیرا", "حتی", "فقط", "بلکه",
    "اگر", "اگرچه", "هرچند", "لذا", "سپس", "ضمنا", "وقتی", "چنانچه", "همواره", "هرگز", "نه",
    "توسط", "طی", "جهت", "علیه", "مانند", "مثل", "همراه", "بدون", "میان", "بین", "کنار", "نزد",
    "مورد", "مصوب", "وارد", "خارج", "دوباره", "مجددا", "هستم", "هیچ", "هیچچیز", "بسیار", "خیلی", "کاملا",
    # adverbs in «-اً» and the spoken object marker: the next clause, not a name («کاخ سفید مستقیما ...»)
    "مستقیما", "رسما", "عملا", "صرفا", "تقریبا", "دقیقا", "احتمالا", "شخصا", "رو"}
_MAX = 5
_SETTING_MAX = 8
# Auxiliaries and light verbs that the conjugation table (text.verb_forms) does not list:
# the subjunctive without «ب», and the short forms.
_AUX = frozenset({"است", "هست", "بود", "بودند", "باشد", "باشند", "نیست"})
# The verbs of compound verbs: the word before one is its non-verbal part, not a name.
_LIGHT = frozenset({
    "شد", "شده", "شدند", "شود", "شوند", "کرد", "کرده", "کردند", "کند", "کنند", "کنیم", "نمود",
    "نمودند", "گردید", "گردد", "داد", "دادند", "دهد", "دهند", "گرفت", "گرفته", "گرفتند", "گیرد",
    "یافت", "زد", "زدند", "داشت", "داشتند", "کنید", "نماید", "نمایند", "نمایید", "هستند", "هستیم",
    "دارد", "دارند", "داشته", "یافته", "میشود", "میکند", "میکنند", "میشوند", "میگیرد", "میدهد", "خواهد",
    "شدن", "کردن"})  # infinitives: «منفی شدن قیمت نفت»
_PARTICIPLE = re.compile(r"^\w{2,}ه(?:ام|ای|ایم|اید|اند|است|شده|بود)$")
# Nouns that take «از» inside a name («بازدید از نمایشگاه ...», «حفاظت از منابع آب»).
TAKES_AZ = frozenset({"بازدید", "حفاظت", "بهرهبرداری", "رونمایی", "تجلیل", "قدردانی", "حمایت",
                      "پشتیبانی", "استفاده", "جلوگیری", "پیشگیری", "بازدیدی", "صیانت", "دفاع"})
# After «در», what frames a statement or an act: «در حاشیه ...», «در جمع خبرنگاران».
_SETTING_HEADS = (("حاشیه",), ("جمع",), ("صفحه",), ("جریان",), ("دیدار",), ("مراسم",), ("آیین",),
                  ("ایین",), ("نشست",), ("جلسه",), ("همایش",), ("اجلاس",), ("اجلاسیه",), ("کنفرانس",),
                  ("گردهمایی",), ("جشن",), ("جشنواره",), ("نمایشگاه",), ("سفر",), ("بازدید",))
_NOT_OCCASION = frozenset({"شنبه", "یکشنبه", "دوشنبه", "سهشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "گذشته",
                           "قبل", "بعد", "جاری", "پیش", "اول", "دوم", "سوم", "آخر", "اخر", "نخست"})
_AT = frozenset({"در", "مقابل", "محل", "کنار", "جلوی"})


def is_setting(name: str) -> bool:
    """Whether a venue record is a setting («حاشیه بازدید ...», «جمع خبرنگاران», «جلسه ...»)."""
    words = tuple(text.search_form(name).split())
    return bool(words) and words[:1] in _SETTING_HEADS


def verbal(toks: list[text.Token], j: int) -> bool:
    """Whether token ``j`` is a verb, or stands before one as the non-verbal part of a
    compound verb («افتتاح شد», «تماس گرفت», «الهام گرفته‌ام»)."""
    tok = toks[j]
    if tok in _AUX or tok in _LIGHT or text.is_verb(tok) or _PARTICIPLE.match(tok):
        return True
    after = toks[j + 1] if j + 1 < len(toks) else ""
    return after in _LIGHT or after in {"می", "نمی"} or bool(_PARTICIPLE.match(after) and after.startswith(("شده", "گرفته", "کرده")))


@functools.cache
def heads() -> tuple[tuple[str, ...], ...]:
    return lexicon.phrases("venue_heads.txt")


def _singular(head: str) -> str:
    for plural in ("های", "ها"):
        if head.endswith(plural):
            return head[: -len(plural)]
    return head


def _glued(tok: str) -> str | None:
    """The head of a venue written as one word with an Arabic name: «مسجدالنبی» → «مسجد»."""
    for (head,) in (h for h in heads() if len(h) == 1):
        if tok.startswith(head + "ال") and len(tok) > len(head) + 3:
            return head
    return None


def _name_end(toks: list[text.Token], start: int, limit: int, *, plural: bool, setting: bool
              ) -> tuple[int, list[tuple[int, int]]]:
    """Where the name after a head ends, and the names it lists (several after a plural head)."""
    names: list[tuple[int, int]] = []
    j = begin = start
    while j < len(toks) and j - begin < limit:
        tok = toks[j]
        if plural and tok in {"،", "و"}:
            if j > begin:
                names.append((begin, j))
            begin = j + 1
        elif setting and j > start and (tok == "و" or tok == "از" and toks[j - 1] in TAKES_AZ) and (
                j + 1 < len(toks) and toks[j + 1].is_word and toks[j + 1] not in _STOP
                and not verbal(toks, j + 1)):
            j += 2
            continue
        elif not setting and tok == "و" and j > begin and j + 1 < len(toks) and people.starts_role(toks, j + 1):
            break  # «کاخ سفید و مشاور ...»: a title after «و» is someone else
        elif setting and tok == "روز" and j + 1 < len(toks) and toks[j + 1].is_word and not (
                toks[j + 1].isdigit() or toks[j + 1] in _NOT_OCCASION):
            j += 1  # «مراسم بزرگداشت روز خبرنگار»: an occasion, not «روز شنبه»
        elif not tok.is_word or tok in _STOP or tok.isdigit() or verbal(toks, j) or (
                j > begin and _indefinite_event(tok)):
            break  # «در کاخ سفید دیداری ... داشتند»: an indefinite event noun opens the object
        j += 1
    if j > begin:
        names.append((begin, j))
    trimmed = []
    for a, b in names:
        while b > a and toks[b - 1] == "و":  # «... روز خبرنگار و با حضور»: the «و» opens the next phrase
            b -= 1
        if b > a:
            trimmed.append((a, b))
    return j, trimmed


@functools.cache
def _event_words() -> frozenset[str]:
    return frozenset(h[0] for h in lexicon.phrases("event_heads.txt")) | {h[0] for h in _SETTING_HEADS}


def _indefinite_event(tok: str) -> bool:
    """«دیداری», «نشستی», «جلسه‌ای»: an event noun with the indefinite «ی»."""
    return (tok.endswith("ی") and tok[:-1] in _event_words()) or (tok.endswith("ای") and tok[:-2] in _event_words())


def find_venues(sentence: str) -> list[PlaceMention]:
    toks = text.spans(sentence)
    found: list[PlaceMention] = []
    i = 0
    while i < len(toks):
        before = toks[i - 1] if i > 0 else ""
        at = before in _AT
        via = "در" if at else None
        if not toks[i].is_word or before in {"این", "ان", "همین"}:
            i += 1
            continue
        end = people.match_phrase(toks, i, heads())
        setting = end is None and before == "در" and people.match_phrase(toks, i, _SETTING_HEADS) is not None
        if setting:
            end = people.match_phrase(toks, i, _SETTING_HEADS)
        if end is None:
            if at and _glued(toks[i]):  # «در مسجدالنبی (ص)»
                found.append(PlaceMention(name=sentence[toks[i].start : toks[i].end], province="",
                                          kind="venue", start=toks[i].start, end=toks[i].end, via=via))
            i += 1
            continue
        assert end is not None
        head_display = sentence[toks[i].start : toks[end - 1].end]
        plural = not setting and toks[end - 1].endswith(("های", "ها")) and len(toks[end - 1]) > 4
        limit = _SETTING_MAX if setting else _MAX * (3 if plural else 1)
        j, names = _name_end(toks, end, limit, plural=plural, setting=setting)
        if not plural:
            names = names[:1]
        elif len(names) < 2:
            names = []  # «سدهای تهران» is the dams of Tehran, not a dam named Tehran
        if setting:
            names = [(a, b) for a, b in names if b - a <= _SETTING_MAX]
            if not names:
                i = max(j, i + 1)
                continue
        elif not names and at and not plural and (j >= len(toks) or verbal(toks, j) or not toks[j].is_word):
            # «در فرودگاه فعال شد»: the head alone names the spot
            found.append(PlaceMention(name=head_display, province="", kind="venue",
                                      start=toks[i].start, end=toks[end - 1].end, via=via))
        for a, b in names:
            if b - a > _MAX and not setting:
                continue
            name = sentence[toks[a].start : toks[b - 1].end]
            head = _singular(head_display) if plural else head_display
            inner = places.find_places(name)
            found.append(PlaceMention(
                name=f"{head} {name}", province=inner[0].province if inner else "", kind="venue",
                start=toks[i].start, end=toks[b - 1].end, via=via,
            ))
        i = max(j, i + 1)
    return found
