"""Messages that are not questions: greetings, thanks, Latin script, a typed «بیشتر», «وی/او» alone.

:func:`classify` looks at the text only (no store, no clock); :mod:`.ask` decides what
to do with the kind it returns before the text ever reaches the answering engine.
"""

from __future__ import annotations

import enum
import re

ZWNJ = "\u200c"
FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه", "\u0640": None})
WORD = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    """Words folded to one spelling, half-spaces removed (the bot may not use knowledge.text)."""
    return WORD.findall(text.translate(FOLD).replace(ZWNJ, "").lower())

GREETINGS = frozenset({"سلام", "درود", "سلامعلیکم", "علیک", "صبحبخیر", "روزبخیر", "عصربخیر", "شببخیر",
                       "وقتبخیر", "هی", "الو", "خوبی", "خوبین", "خوبید", "چطوری", "چطورین", "چطورید"})
THANKS = frozenset({"ممنون", "ممنونم", "مرسی", "سپاس", "سپاسگزارم", "متشکر", "متشکرم", "مچکرم", "تشکر",
                    "دمت", "دمتون", "گرم", "عالی", "خوب", "بود", "ممنونیم", "قربانت", "قربونت", "لطف", "کردی",
                    "کردید", "دستت", "دستتون", "درد", "نکنه", "خسته", "نباشی", "نباشید", "آفرین", "ایول"})
FILLER = frozenset({"خیلی", "بسیار", "و", "هم", "جان", "ربات", "رباتجان", "باز", "دوباره", "واقعا", "واقعاً",
                    "بخیر", "صبح", "روز", "عصر", "شب", "وقت", "تون", "شما", "همگی", "بر", "علیکم"})
MORE_WORDS = frozenset({"بیشتر", "ادامه", "ادامهبده", "بیشتربگو", "بازهم", "دیگه", "دیگر", "بده", "بگو",
                        "لطفا", "لطفاً", "هم", "باز"})
PRONOUNS = frozenset({"وی", "او", "ایشان", "ایشون"})
PERSIAN = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
LATIN = re.compile(r"[A-Za-z]")


class Kind(enum.Enum):
    QUESTION = "question"
    GREETING = "greeting"
    THANKS = "thanks"
    NOT_PERSIAN = "not_persian"  # Latin script, no Persian letter
    MORE = "more"  # a typed «بیشتر» / «ادامه»


def _words(text: str) -> list[str]:
    return tokens(text)


def classify(text: str) -> Kind:
    if LATIN.search(text) and not PERSIAN.search(text):
        return Kind.NOT_PERSIAN
    words = _words(text)
    if not words:
        return Kind.QUESTION
    joined = "".join(words)
    if words[0] in ("بیشتر", "ادامه") and all(w in MORE_WORDS for w in words):
        return Kind.MORE
    if all(w in GREETINGS | THANKS | FILLER or joined in GREETINGS for w in words):
        if any(w in THANKS and w not in ("خوب", "بود", "گرم", "درد") for w in words):
            return Kind.THANKS
        if any(w in GREETINGS or w.endswith("بخیر") for w in words) or joined in GREETINGS:
            return Kind.GREETING
    return Kind.QUESTION


def strip_greeting(text: str) -> str:
    """«سلام، طالبی چه گفت؟» → «طالبی چه گفت؟» (a greeting before a question is not part of it)."""
    match = re.match(r"\s*(سلام|درود)(\s*(علیکم|عليكم))?\s*[،,!.؛:]*\s*", text)
    rest = text[match.end():] if match else text
    return rest if rest.strip() else text


def pronoun(text: str) -> str | None:
    """The «وی/او/ایشان» a question refers back with (someone named earlier), or None."""
    return next((w for w in tokens(text) if w in PRONOUNS), None)
