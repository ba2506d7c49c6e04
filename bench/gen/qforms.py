"""Question material: stop words, typos, question forms and the mix of kinds."""

from __future__ import annotations

import random

from .text import _z, fold
from .vocab import _vocab


_STOP = frozenset(fold(w) for w in _z(
    "و در به از که این آن با را برای تا بر است شد شود می ها های یک هم نیز باید ما هر اما یا بین "
    "همه خود شده شوند کند کنند دارد دارند داریم هستند هستیم بوده باشد باشند خواهد دیگر سایر حوزه "
    "زمینه مورد طور صورت عنوان سال استان شهرستان درصد نفر طرح بیش بیشتر کمتر حدود تاکنون امسال "
    "گذشته جاری پیش ای چند هیچ نه نیست ویژه درباره مربوط نسبت طی اینکه چون سوی ضمن بدون توسط روی "
    "زیر میان همچنین ولی هنوز بسیاری برخی کرده کرد کردند داشته دارم کنیم کنید شد_است همان چه کسی "
    "کی کجا رو گفت گفته صحبت حرف سخن کدام"
).split())


def _surname(name: str) -> str:
    return name.split(" ", 1)[1]


def _role_head(role: str) -> str:
    first = role.split(" ", 1)[0]
    return "امام جمعه" if first == "امام" else first


# Pieces that «space» noise detaches from their word (a window must not start or end with one).
_AFFIXES = frozenset({"ها", "های", "هایی", "ای", "ی", "تر", "ترین", "اند", "ام", "می", "نمی",
                      "بی", "ریزی", "گیری", "رسانی", "مند", "آمیز", "انگیز", "ساز", "سازی"})

_CONFUSABLE = {
    "س": "صث", "ص": "سث", "ث": "سص", "ز": "ذضظ", "ذ": "زض", "ض": "زظ", "ظ": "زض", "ت": "ط",
    "ط": "ت", "ه": "ح", "ح": "ه", "ق": "غ", "غ": "ق", "ک": "گ", "گ": "ک", "ا": "آ", "آ": "ا",
    "ر": "ز", "د": "ذ", "ب": "پ", "پ": "ب", "ج": "چ", "چ": "ج", "م": "ن", "ن": "م", "ش": "س",
    "ف": "ق", "ی": "ئ", "و": "ؤ",
}


def _typo(word: str, r: random.Random) -> str | None:
    """One wrong letter (not the first) in ``word``, or None if no plausible one."""
    v = _vocab()
    spots = [i for i in range(1, len(word)) if word[i] in _CONFUSABLE]
    r.shuffle(spots)
    for i in spots:
        new = word[:i] + r.choice(_CONFUSABLE[word[i]]) + word[i + 1:]
        if new not in v.names and new not in v.cities and fold(new) != fold(word):
            return new
    return None


def _typo_in(phrase: str, r: random.Random) -> str | None:
    words = phrase.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 4 and not w[0].isdigit()]
    r.shuffle(idx)
    for i in idx:
        new = _typo(words[i], r)
        if new:
            words[i] = new
            return " ".join(words)
    return None


_Q_FORMS = {
    "who_said": (
        ("چه کسی گفت {W}؟", "چه کسی درباره {W} صحبت کرد؟", "کدام مسئول از {W} سخن گفت؟",
         "گوینده این مطلب کیست: {W}؟"),
        ("کی گفت {W}؟", "کی گفته {W}؟", "{W} رو کی گفت؟", "کی درباره {W} حرف زد؟",
         "این حرف مال کیه: {W}؟"),
    ),
    "what_said": (
        ("{S} درباره {T} چه گفت؟", "نظر {S} درباره {T} چیست؟", "{S} درباره {T} چه گفته است؟"),
        ("{S} درباره {T} چی گفت؟", "{S} راجع به {T} چی گفته؟", "نظر {S} درباره {T} چیه؟"),
    ),
    "what_said_event": (
        ("{S} در {E} درباره {T} چه گفت؟", "{S} در {E} درباره {T} چه گفته است؟"),
        ("{S} تو {E} درباره {T} چی گفت؟", "{S} در {E} راجع به {T} چی گفته؟"),
    ),
    "when": (
        ("{E} کی برگزار شد؟", "{E} چه روزی برگزار شد؟", "تاریخ برگزاری {E} چه بود؟",
         "{E} در چه تاریخی برگزار شد؟"),
        ("{E} کی بود؟", "{E} کی برگزار شده؟", "{E} چه روزی بود؟"),
    ),
    "where": (
        ("{E} کجا برگزار شد؟", "{E} در کدام شهر برگزار شد؟", "محل برگزاری {E} کجا بود؟"),
        ("{E} کجا بود؟", "{E} تو کدوم شهر برگزار شد؟", "{E} کجا برگزار شده؟"),
    ),
    "role_of": (
        ("{R} کیست؟", "{R} چه کسی است؟", "نام {R} چیست؟"),
        ("{R} کیه؟", "اسم {R} چیه؟", "{R} کی هست؟"),
    ),
    "person_role": (
        ("{F} چه سمتی دارد؟", "سمت {F} چیست؟", "{F} چه مسئولیتی دارد؟"),
        ("{F} چیکاره است؟", "سمت {F} چیه؟", "{F} چه کاره‌ست؟"),
    ),
}
_KIND_WEIGHTS = (("who_said", 0.2), ("what_said", 0.2), ("when", 0.15), ("where", 0.15),
                 ("role_of", 0.15), ("person_role", 0.15))
_OVERSAMPLE = {"who_said": 3, "what_said": 4, "when": 6, "where": 6, "role_of": 4, "person_role": 4}
