"""Spoken Persian in its written form: a colloquial question's words («چی», «میره», «کارگرا»,
«خودمونو») as reports write them («چه», «میرود», «کارگرها», «خودمان را»), by hazm's spelling
table and word lists (read through :mod:`knowledge.text`) and the regular shapes of spoken
Persian. Words in the search form."""

from __future__ import annotations

from . import text

_COMMON_NOUN = 1000  # word_frequency of a noun whose spoken plural may carry an ezafe


def formalize(words: list[str]) -> list[str]:
    """Search-form words of a colloquial question in their formal spelling («چی» → «چه»):
    the spelling table first, then the regular shapes of spoken Persian (:func:`_spoken`)."""
    table = text.informal_words()
    out: list[str] = []
    for word in words:
        if word in table:
            out.extend(table[word].split())
        elif _colloquial_plural(word):
            out.append(word[:-1] + "ها")  # «کارگرا» → «کارگرها»
        elif (word.endswith("ای") and not _known(word[:-1]) and _colloquial_plural(word[:-1])
                and text.word_frequency(word[:-2]) >= _COMMON_NOUN):
            # «مصدومای مینی‌بوس» → «مصدوم‌های»: the plural and its ezafe, of a common noun only
            # («کرونای» is «کرونا» and its ezafe, not a plural of the rare «کرون»)
            out.append(word[:-2] + "های")
        else:
            out.extend(_spoken(word))
    return out


def _known(word: str) -> bool:
    return len(word) > 1 and (word in text.known_words() or word in text.verb_forms())


def _spoken(word: str, depth: int = 0) -> list[str]:
    """The formal words of one spoken form the lexicon does not know, by the regular
    shapes of spoken Persian; the word itself when no shape gives a known word:
    «هستن/ندارن» → «…ند» (verb plural), «جوون/خونده» → «جوان/خوانده» (ون for ان),
    «حرفارو/نظرشو/خودمونو» → «حرف‌ها را/نظرش را/خودمان را» (the object marker), «صحبتاش» → «صحبت‌هایش»,
    «ملیه/کیلومتره» → «ملی است/کیلومتر است»."""
    if depth > 2 or len(word) < 3 or not text.PERSIAN_LETTER.match(word):
        return [word]
    if verb := _spoken_verb(word):
        return [verb]
    if _known(word):  # «خونده» is in the lexicon, but unused beside «خوانده»
        if "ون" in word and text.word_frequency(word) == 0:
            for vowel in (word.replace("ون", "وان", 1), word.replace("ون", "ان", 1)):
                if text.word_frequency(vowel) > 0:
                    return [vowel]
        return [word]
    if word.endswith("ارو") and len(word) > 4:  # «حرفارو», «اینارو»: plural + «را»
        base = word[:-3]
        return [base + "ها" if _known(base) else word[:-2], "را"]
    if word.endswith(("مونو", "تونو", "شونو")) and len(word) > 5 and _known(word[:-4]):  # «کارشونو»: «کارشان را»
        return [word[:-4] + word[-4] + "ان", "را"]
    if word.endswith(("شو", "شونو")) and _known(word[: -3 if word.endswith("شونو") else -2]):
        return [word[:-1] if word.endswith("شو") else word[:-2], "را"]  # «نظرشو» → «نظرش را»
    if "ون" in word:
        at = word.find("ون")
        while at >= 0:
            for vowel in ("ان", "وان"):  # «جوون» → «جوان», «خوندن» → «خواندن»
                candidate = word[:at] + vowel + word[at + 2:]
                if _colloquial_plural_of(candidate):
                    return [candidate[:-1] + "ها"]  # «جوونا» → «جوان‌ها»
                if _known(candidate):
                    return _spoken(candidate, depth + 1)
            at = word.find("ون", at + 1)
    if word.endswith("ن") and word + "د" in text.verb_forms():
        return [word + "د"]  # «کردن» is in the table; «نشستن» → «نشستند»
    if word.endswith(("ها", "های", "هایی")) or (word.endswith("ی") and _known(word[:-1])):
        return [word]  # a written plural; «کرونای»: a known word and its ezafe
    for ending, formal in (("اشون", "هایشان"), ("اش", "هایش")):
        base = word[: -len(ending)]
        if word.endswith(ending) and _known(base) and not base.endswith(("ه", "ا", "و")):
            return [base + formal]
    if word.endswith("ه") and len(word) > 3 and _known(word[:-1]):
        return [word[:-1], "است"]  # «روز ملیه» → «روز ملی است»
    return [word]


# Spoken present stems unlike the written ones («میره» is «می‌رود», never «می‌میرد»)
_SPOKEN_STEMS = {"ر": "رو", "د": "ده", "گ": "گوی", "ش": "شو", "ذار": "گذار", "خوا": "خواه", "ار": "اور"}


def _spoken_verb(word: str) -> str | None:
    """«میکنه/نمیده/میرن» → «میکند/نمیدهد/میروند»: a spoken present in «ه»/«ن» of a verb hazm
    conjugates; never a word in use as it is («میوه»; hazm lists «میده» too, but counts it 0)."""
    prefix = "نمی" if word.startswith("نمی") else "می" if word.startswith("می") else ""
    if not prefix or text.word_frequency(word) or text.is_verb(word) or not word.endswith(("ه", "ن")):
        return None
    stem, ending = word[len(prefix):-1], "د" if word.endswith("ه") else "ند"
    vowels = [stem.replace("ون", v, 1) for v in ("وان", "ان")] if "ون" in stem else []  # «میخونه», «میمونه»
    return next((prefix + w + ending for w in (_SPOKEN_STEMS.get(stem), *vowels, stem)
                 if w and prefix + w + ending in text.verb_forms()), None)


def _colloquial_plural_of(word: str) -> bool:
    return word.endswith("ا") and _known(word[:-1])


def _colloquial_plural(word: str) -> bool:
    """«کارگرا», «مدیرا»: spoken plurals in «ا» of a word the word list knows."""
    return (len(word) > 3 and word.endswith("ا") and not word.endswith(("ها", "اا"))
            and text.word_frequency(word) == 0 and text.word_frequency(word[:-1]) > 0
            and word not in text.known_words())  # «حالا», «دنیا»: words of their own
