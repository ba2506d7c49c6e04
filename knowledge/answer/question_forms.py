"""Word tables and small readers of Persian question forms, for :mod:`.question`.

All words are in the search form (:mod:`knowledge.text`: no half-space, «ی»/«ک» unified),
after the colloquial spellings are made formal («کدوم» → «کدام», «کیه» → «کیست»).
"""

from __future__ import annotations

import re

# Nouns that name a speech act: «چه خواسته‌ای داشت؟» asks for what was requested.
ACT_NOUNS = {"خواسته": "خواست", "خواستهای": "خواست", "خواستهها": "خواست", "درخواست": "خواست",
             "درخواستی": "خواست", "هشدار": "هشدار داد", "هشداری": "هشدار داد", "پیشنهاد": "پیشنهاد کرد",
             "پیشنهادی": "پیشنهاد کرد", "انتقاد": "انتقاد کرد", "انتقادی": "انتقاد کرد", "وعده": "وعده داد",
             "وعدهای": "وعده داد", "تاکید": "تاکید کرد", "تاکیدی": "تاکید کرد",
             "توصیه": "توصیه کرد", "توصیهای": "توصیه کرد", "توصیههایی": "توصیه کرد"}

# Words after «چند (تا)» that are no counted noun; nouns that are stop words elsewhere («اثر»,
# «بار», «مورد», «نوع») are what «چند تا اثر» counts.
NOT_UNITS = frozenset({"از", "در", "به", "را", "که", "با", "تا", "و", "هم", "این", "ان", "آن", "کسی", "کس",
                       "چیز", "چیزی", "دیگر", "دیگه", "است", "هست", "بود", "شد", "می", "نمی"})

# Heads of things, not people (search form; «احزاب» as written): «کشورای میانجی کیا بودن؟» asks which
THINGS = frozenset("کشور دولت تیم باشگاه شهر استان شرکت حزب احزاب سازمان نهاد رسانه روزنامه خبرگزاری "
                   "دانشگاه بانک کارخانه وزارتخانه شبکه کمپانی برند فیلم کتاب".split())


def names_things(before: list[str]) -> bool:
    """Whether the first word is a noun of :data:`THINGS`, maybe plural («کشورای», «تیما»)."""
    head = before[0] if before else ""
    return any(head.endswith(e) and head[: len(head) - len(e)] in THINGS for e in ("هایی", "های", "ها", "ای", "ا", "ی", ""))


# «چه روزیه», «کدوم شهرستانه»: the spoken copula «ه» («است») glued to the question phrase
COPULA = r"(?:ه|یه)?"

# Verbs of taking a stand: «چه کسی با ... مخالفت کرد؟» asks who said so, as «چه کسی گفت»
STANCE = r"(?:مخالفت|موافقت|اعتراض|حمایت|استقبال)(?: کرد| کردند| کرده| کردهاند| کردن| نمود)"

# Happenings that are no meeting or ceremony but still have a date: «کولاک گردنه اسدلی کی بود؟»
# asks when, as «سیل ... کی بود» (event heads cover «زلزله», «سیل», «آتشسوزی»).
HAPPENINGS = frozenset("کولاک برف برفی بارش بارندگی طوفان توفان تگرگ یخبندان گردوغبار ریزگرد "
                       "تصادف حادثه سانحه انفجار ریزش رانش واژگونی فرونشست خشکسالی".split()
                       # a fixture: «بازی پرسپولیس و فولاد کیه؟» asks when the game is, as «دیدار ... کیه»
                       # (an event head) does; «بازیگر/بازیساز ... کیه» are other words
                       + "بازی فینال داربی".split())

# A report asked for by a noun phrase: «خبر X», «خبر X رو بیار», «خبر X کدومه؟»
REPORT_NOUNS = frozenset({"خبر", "خبرهای", "گزارش", "اخبار"})
_REQUEST = re.compile(r"(?:^| )(?:را|رو)? ?(?:بیار|بیاور|بیارید|بیاورید|بده|بدهید|بفرست|بفرستید|نشان بده|"
                      r"نشون بده|پیدا کن|کدام است|کدام هست|کدام بود)$")


def asks_for_report(words: list[str]) -> list[str] | None:
    """The topic words of «خبر X (رو بیار | کدومه)»: the question is a noun phrase that
    opens with «خبر»; None when it does not, or when nothing follows the noun."""
    if not words or words[0] not in REPORT_NOUNS:
        return None
    rest = _REQUEST.sub("", " ".join(words[1:])).split()
    return rest or None


def is_happening(words: list[str]) -> bool:
    """The words open with a happening noun («کولاک گردنه اسدلی», «تصادف محور ...»)."""
    return bool(words) and words[0] in HAPPENINGS


def join_spaced_heads(words: list[str], heads: set[str], *, dropped: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """«تهیه کننده» typed with a space for the half-space: two words whose join is a
    one-word head («تهیهکننده») become that word. With ``dropped`` (stop words), only where
    one of the two would be dropped: «امام جمعه» is written both ways and both words stay."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if (i + 1 < len(words) and words[i] + words[i + 1] in heads
                and (not dropped or words[i] in dropped or words[i + 1] in dropped)):
            out.append(words[i] + words[i + 1])
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


def join_surname_suffix(words: list[str]) -> list[str]:
    """«حبیب زاده» typed with a space for the half-space: in a person's name «زاده» (a stop
    word, «born») ends the surname before it («حبیبزاده»), or the name loses it and «حبیب»
    finds every Habib."""
    out: list[str] = []
    for w in words:
        if w == "زاده" and out:
            out[-1] += w
        else:
            out.append(w)
    return out


# «همو/همدیگه رو دیدن», «یکدیگر را ملاقات کردند»: two people met, what reports call «دیدار»
_MET = re.compile(r"(?<!\S)(?:همو|همدیگرو|همدیگر را|یکدیگر را|با هم|با همدیگر) "
                  r"(?:دیدن|دیدند|دیده اند|دیدهاند|ملاقات کردند|ملاقات کردن)(?= |$)")
# Spoken «اومده پایین», «رفته بالا» (a price or a figure went down, up): the report writes the
# noun of the change, «کاهش», «افزایش» (wording.tsv has the way back, «پایین آمد» written).
_MOTION_VERB = r"(?:امد|امده|اومد|اومده|رفت|رفته|کشید|کشیده|میاید|میاد|میرود|میره)(?:ند|ن|اند|است)?"
# «کم میشه», «زیاد شد»: less, more (after formalize «میشه» is «میشود»)
_BECOMES = r"(?:شد|شده|شدند|شدن|میشود|میشوند|میشد|شود|شوند)"
_MOTION = re.compile(rf"(?<!\S)(?:(پایین|بالا) {_MOTION_VERB}|{_MOTION_VERB} (پایین|بالا)|(کم|زیاد) {_BECOMES})(?= |$)")
_CHANGE = {"پایین": "کاهش", "بالا": "افزایش", "کم": "کاهش", "زیاد": "افزایش"}


def as_reported(joined: str) -> str:
    """Spoken phrases of a question (search form) in the words reports write: «همو دیدن» (they
    met) is «دیدار», «اومده پایین» / «رفته بالا» / «کم شد» the noun of the change."""
    joined = _MET.sub("دیدار", joined)
    return _MOTION.sub(lambda m: _CHANGE[m.group(1) or m.group(2) or m.group(3)], joined)
