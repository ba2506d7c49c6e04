"""The words of a question that say nothing of what is asked (:func:`stopwords`), and
whether its words name an event (:func:`starts_with_event`, :func:`event_words`), for
:mod:`.question` and the engine's event routes. Words in the search form."""

from __future__ import annotations

import functools
import re

from .. import text
from ..parse import lexicon

_FILLER = frozenset(
    "ایا لطفا بگو بگویید بفرمایید میخواهم بدانم میدانی دیگر هم نیز است بود شد هست اند "
    "را که و در به با از این ان خبر خبرها اخبار مقاله یک ای ها چه چیز چیزی ؟ ? ! . ، "
    "برگزار گردید انجام تشکیل صحبت سخن سخنرانی حضور داشت داشتند کرد کردند اتفاق اتفاقی افتاد رخ "
    "داد میشود میشه شود دقیقا اصلا واقعا حتما لطفا الان چیست".split()
)
_DEMONSTRATIVES = frozenset({"این", "ان", "همین", "همان"})  # «این مقام» is a head, «این» no content word


@functools.cache
def stopwords() -> frozenset[str]:
    """hazm's stop words and a question's fillers, less the words of event and role heads
    («جلسه», «این مقام») and the topic nouns hazm lists («سهم»)."""
    from ..parse.events import heads as event_heads

    keep = {w for h in (*event_heads(), *lexicon.role_heads().heads) for w in h} - _DEMONSTRATIVES
    return (frozenset(text.stopwords()) | _FILLER) - keep - _TOPIC_NOUNS


# Nouns in hazm's stop words that are a question's topic («درباره سهم مدیریتی زنان», «رشد اقتصادی»).
_TOPIC_NOUNS = frozenset({"سهم", "رشد", "خطر"})


_ORDINAL = re.compile(r"^(?:\S+مین|نخستین|اولین|آخرین|\d+)$")


def starts_with_event(words: list[str] | tuple[str, ...]) -> bool:
    """The words open with an event noun («نشست ...», «دومین همایش ...»): «کی بود» asks
    when, and the question is about that event, not about a person named in it."""
    from ..parse.events import heads as event_heads
    from ..parse.people import match_phrase

    toks = [text.Token(w, 0, 0) for w in words if w not in stopwords()]
    while toks and (_ORDINAL.match(toks[0]) or toks[0] in _EVENT_FRAME or toks[0] in _TENS):
        toks = toks[1:]  # «دومین», «نخستین», «۱۲», «بیست و یکمین»: the ordinal before the event noun
    if not toks:
        return False
    if match_phrase(toks, 0, event_heads()) is not None:
        return True
    # «مراسن افتتاح ...»: the event noun with one letter wrong, as names and titles are;
    # «پیش‌اجلاس ...»: the meeting before one, an event too
    first = frozenset(h[0] for h in event_heads())
    near = toks[0][len(_BEFORE):] if toks[0].startswith(_BEFORE) else _one_letter_off(toks[0], first)
    return bool(near) and match_phrase([text.Token(near, 0, 0), *toks[1:]], 0, event_heads()) is not None


# «تاریخ برگزاری دومین همایش ...», «محل برگزاری ...»: words before the event noun that
# say what is asked of it, not which event it is
_EVENT_FRAME = frozenset({"برگزاری", "تاریخ", "محل", "زمان"})
_BEFORE = "پیش"  # «پیش‌اجلاس», «پیش‌همایش» (the half-space gone in the search form)
_TENS = frozenset("بیست سی چهل پنجاه شصت هفتاد هشتاد نود صد".split())  # «بیست و یکمین»


def _one_letter_off(word: str, known: frozenset[str]) -> str | None:
    """The one known word of four letters or more that ``word`` is with one letter
    replaced, if there is exactly one (never a word known as it is)."""
    if len(word) < 4 or word in known:
        return None
    found = {k for k in known if len(k) == len(word) and sum(a != b for a, b in zip(k, word)) == 1}
    return next(iter(found)) if len(found) == 1 else None


def event_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words that may name an event: verb forms («خوانده», «ساخته») dropped unless
    they are an event noun too («نشست»); all of them when nothing else is left."""
    from ..parse.events import heads as event_heads

    nouns = {w for h in event_heads() for w in h}
    kept = tuple(w for w in words if w in nouns or not text.is_verb(w))
    return kept or words


# -- three classes of question read in search form, for :mod:`.question` and :mod:`.asks` ---------

# «برگزارکننده/متولی/مجری X کیه؟»: the body that held X (typed with a half-space or a space)
_HOLDER = (r"(?:برگزارکننده|برگزار کننده|برگزارکنندگان|برگزار کنندگان|برگزارکنندهی|برگزار کنندهی|متولی|متولیان"
           r"|مجری|مجریان|برپاکننده|برپا کننده|ترتیبدهنده|ترتیب دهنده|بانی)(?: اصلی)?")
_WHO_HELD = (r"(?:کیست|کیستند|کی است|کی بود|کی هست|چه کسی|چه کسانی|کی|چه نهادی|چه سازمانی|چه ارگانی|کدام نهاد"
             r"|کدام سازمان|کدام ارگان|چه مرکزی|کدام مرکز|چیست|چه بود|کدام است)")
_HELD = r"(?:برگزار|برپا|اجرا|تشکیل)"
# «X رو کی برگزار کرد/میکند؟» (a singular verb: a plural «کردند» stays «when», as _DOER),
# «X رو چه نهادی برگزار کرد؟», «X به همت/توسط/از سوی کی برگزار شد؟», «چه نهادی X را برگزار کرد؟»
_WHICH_BODY = r"(?:چه کسی|چه نهادی|چه سازمانی|چه ارگانی|کدام نهاد|کدام سازمان|کدام ارگان)"
_DID = r"(?:کرد|کرده|کرده است|کردهاست|میکند|میکنه|میکرد|نمود|نموده|خواهد کرد)"
_BY_WHOM = re.compile(
    rf"(?:(?:^| )(?:را|رو) (?:کی|{_WHICH_BODY}) {_HELD} {_DID}"
    rf"|(?:^| )(?:به همت|توسط|از سوی|از طرف|به دست|به میزبانی) {_WHO_HELD} {_HELD})(?= |$)")
_BODY_DID = re.compile(rf"^{_WHICH_BODY} (.+?) (?:را |رو )?{_HELD} {_DID}$")
_ASKS_HOLDER = re.compile(rf"(?:^| )(?:{_HOLDER})(?= |$)")
_ASKS_WHO_HELD = re.compile(rf"(?:^| ){_WHO_HELD}(?= |$)")


def asks_holder(joined: str) -> list[str] | None:
    """The words of what was held when ``joined`` asks who held it («برگزارکننده اصلی جشنواره
    ابوذر کیست», «اردو را کی برگزار کرد»), else None. «X کی برگزار شد؟» is «when»: no holder
    noun, no «را کی ... کرد»."""
    if (m := _ASKS_HOLDER.search(joined)) and (w := _ASKS_WHO_HELD.search(joined[: m.start()] + " " + joined[m.end():])):
        rest = joined[: m.start()] + " " + joined[m.end():]
        return (rest[: w.start()] + " " + rest[w.end():]).split()
    if m := _BY_WHOM.search(joined):
        return (joined[: m.start()] + " " + joined[m.end():]).split()
    if m := _BODY_DID.match(joined):  # «چه نهادی کارگاه مهروماه را برگزار کرد»
        return m.group(1).split()
    return None


# «X تو چه قالب‌هایی/چه رشته‌هایی/کدام بخش‌ها ...؟»: the sentence that enumerates them; not people,
# news or happenings (their own kinds: «چه کسانی», «چه خبرهایی», «چه اتفاقاتی»)
_WHICH_ONES = re.compile(r"(?:^| )(?:چه|کدام) (\S{2,}?)(?: ?(?:هایی|های|ها))(?= |$)")
# nor posts, which «چه سمت‌هایی» asks of a person (person_role)
_NOT_LISTED = frozenset("کس فرد شخص خبر اتفاق رویداد مقام مسیول چیز حرف مطلب نکته "
                        "سمت شغل مسیولیت مسولیت نقش عنوان پست".split())


def asks_list(joined: str) -> list[str] | None:
    """The question's words with the listed noun in the singular («آثار جشنواره قالب») when it
    asks which ones of a kind («چه قالب‌هایی», «کدام رشته‌ها»), else None."""
    m = _WHICH_ONES.search(joined)
    if m is None or m.group(1) in _NOT_LISTED:
        return None
    if m.group(0).endswith("های") and m.group(1) + "ه" in text.known_words():
        return None  # «چه برنامه‌ای» (search form «برنامهای»): one, the «ه» of the noun and «ای»
    return (joined[: m.start()] + " " + m.group(1) + " " + joined[m.end():]).split()


# «چقدر خرج شد؟», «بودجه X چنده؟»: a sum of money, whose figure a currency follows
MONEY_ASKED = frozenset("خرج هزینه هزینهها بودجه اعتبار اعتبارات پول مبلغ قیمت سرمایه سرمایهگذاری بها ارزش "
                        "درامد دستمزد حقوق یارانه وام تسهیلات".split())
MONEY_UNITS = frozenset("ریال تومان تومن دلار یورو درهم پوند لیر یوان روبل ریالی تومانی دلاری یورویی".split())
# «در مجموع», «کل»: a figure said to be the whole, preferred to a part of it
TOTAL_WORDS = frozenset("کل مجموع مجموعا جمعا درمجموع کلی بالغ".split())


def figure_units(words: tuple[str, ...] | list[str]) -> frozenset[str]:
    """The units a figure that answers the question stands before: a currency when the question
    asks a sum of money («چقدر خرج شد», «بودجه X»), else none."""
    return MONEY_UNITS if any(w in MONEY_ASKED for w in words) else frozenset()


def holder_noun(joined: str) -> str | None:
    """The holder noun the question names («متولی», «مجری»), the first word of it, or None."""
    m = _ASKS_HOLDER.search(joined)
    return m.group(0).split()[0] if m else None
