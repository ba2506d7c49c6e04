"""«Why» questions and the reasons reports give.

Reading the question (:func:`asks_why`): in the search form, after the colloquial spellings
are made formal («چی» → «چه», «واسه» → «برای», «چیه» → «چیست»), a question asks why when it holds

* «چرا» or «چرایی» (not «چرا که», which is «because»);
* «به چه دلیل/علت/خاطر/سبب», «چه دلیلی/علتی داشت», «بنا به چه دلیلی»;
* a noun of cause («علت», «دلیل», «علل», «دلایل», «سبب», «انگیزه», with «ـش») and the question
  ends in «چه/چیست/چه بود» («علت حادثه چه بود؟», «دلیلش چی بوده؟»), or opens with one and
  holds no other question word («علت لغو جلسه؟»); «عامل» is no such noun («عامل حادثه کی بود؟»
  asks who did it);
* colloquial «واسه چی», «برای چی», «بخاطر چی» (spoken «چی» is «what», and «چی» + noun is rare),
  but never «... چی کسی» (for whom); formal «برای چه», «به خاطر چه» only before a verb or at
  the end («برای چه آمده بود؟»): «برای چه کسی», «برای چه مدت», «برای چه تیمی» keep their kind.

A why-word after a verb of saying leaves the question what it was («وزیر گفت چرا آب کم است؟»
asks for his words); «به گفته X» (according to X) is no verb of saying. The question's other words are its topic.

Reading a sentence (:func:`reason_in`): reports mark a reason with a phrase before it
(:data:`FORWARD`: «به دلیل», «زیرا», «در پی» ...; purpose «به منظور», «با هدف» ranks below a
cause), with a phrase after it (:data:`BACKWARD`: «به همین دلیل», «از این رو»: the reason is
the clause before, or the sentence before when the clause is short), or with a noun of cause
in the clause («علت حادثه نشت گاز بود», «X را عامل کاهش قیمت دانست»). A clause that says the
cause is not known («علت حادثه در دست بررسی است») is no reason. Of several markers, a cause
before a purpose, then the one nearest the question's words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .. import match, text
from ..display import clip_quote
from ..parse import lexicon

# -- the question -------------------------------------------------------------------------

_CAUSE_NOUNS = frozenset({"علت", "علتش", "دلیل", "دلیلش", "علل", "دلایل", "دلایلش", "سبب", "سببش", "انگیزه",
                          "انگیزهاش", "علتهای", "دلیلهای", "چرایی"})
_WHY = re.compile(r"(?:^| )(?:چرا(?! که)|چرایی)(?= |$)")
_WHAT_CAUSE = re.compile(r"(?:^| )(?:(?:بنا )?به |بر اساس )?چه (?:دلیل|دلیلی|علت|علتی|خاطر|سبب|سببی|انگیزه|انگیزهای)(?= |$)"
                         r"(?: (?:داشت|داشتند|دارد|دارند|داشته))?")
_ASK_END = re.compile(r"(?:^| )(?:چه|چیست|چه چیزی|چه چیز)(?: (?:بود|بوده|است|هست|بوده است|میتواند باشد|بودند|بودهاند))?$")
# «کی/کجا/چند ...» with «دلیل» in the question: another kind's question word wins
_OTHER_ASKING = frozenset({"کی", "کجا", "کجاست", "چند", "چندتا", "چقدر", "کدام", "کیست", "چطور", "چگونه",
                           "کیها"})
_FOR_WHAT = re.compile(r"(?:^| )(?:برای|به خاطر|بخاطر) چه(?= |$)")
_SPOKEN_FOR_WHAT = re.compile(r"(?:^| )(?:واسه|واسی|برای|بخاطر|خاطر) چی(?= |$)(?! (?:کسی|کسانی|کسایی|کس|کسا)(?= |$))")
_ACCORDING = re.compile(r"(?:^| )به $")  # «به گفته(ی) X»: «according to X», no verb of saying
_BECOME = frozenset({"شد", "شده", "شدند", "است", "هست", "بود", "بودند", "میشود", "نشد", "نشده", "نیست", "را"})


def asks_why(raw: str, joined: str) -> list[str] | None:
    """The question's words without its why-phrase, or None when it does not ask why. ``raw``
    is the question as typed (colloquial «چی» still told apart from «چه»), ``joined`` its words
    in the formal search form."""
    cut = _why_phrase(raw, joined)
    if cut is None:
        return None
    said = [m.start() for v in lexicon.saying_verbs() if (m := v.pattern.search(joined))
            and not _ACCORDING.search(joined[: m.start()])]  # «به گفته X چرا ...» asks why, by X
    if said and min(said) < cut[0][0]:
        return None  # «گفت چرا ...»: what was said about why
    kept = joined
    for start, end in sorted(cut, reverse=True):
        kept = kept[:start] + " " + kept[end:]
    return kept.split()


def _why_phrase(raw: str, joined: str) -> list[tuple[int, int]] | None:
    """The spans of ``joined`` that make it a why-question."""
    if m := _WHY.search(joined) or _WHAT_CAUSE.search(joined):
        return [m.span()]
    for_what = _FOR_WHAT.search(joined)
    if for_what and _SPOKEN_FOR_WHAT.search(" ".join(text.tokens(raw))):
        return [for_what.span()]  # «واسه چی بازی تعطیل شد؟»
    if for_what:
        after = joined[for_what.end():].split()
        if not after or after[0] in _BECOME or text.is_verb(after[0]):
            return [for_what.span()]
    words = joined.split()
    nouns = [i for i, w in enumerate(words) if w in _CAUSE_NOUNS]
    if not nouns or set(words) & _OTHER_ASKING or " چه کسی" in f" {joined}":
        return None
    end = _ASK_END.search(joined)
    if end is None and nouns[0] != 0:
        return None
    noun_at = len(" ".join(words[: nouns[0]])) + (1 if nouns[0] else 0)
    spans = [(noun_at, noun_at + len(words[nouns[0]]))]
    return spans + ([end.span()] if end else [])


# -- the sentence ---------------------------------------------------------------------------

CAUSE, PURPOSE, UNKNOWN = "cause", "purpose", "unknown"

# A reason follows these (search-form words).
FORWARD: dict[tuple[str, ...], str] = {
    **{p: CAUSE for p in (("به", "دلیل"), ("به", "علت"), ("به", "خاطر"), ("به", "سبب"), ("زیرا",), ("چرا", "که"),
                          ("چون",), ("چونکه",), ("در", "پی"), ("از", "انجا", "که"), ("از", "انجایی", "که"),
                          ("بر", "اثر"), ("در", "اثر"), ("ناشی", "از"), ("به", "واسطه"), ("بنا", "به", "دلیل"))},
    **{p: PURPOSE for p in (("به", "منظور"), ("با", "هدف"), ("برای", "اینکه"))},
}
# A reason stands before these: the clause before, or the sentence before.
BACKWARD = frozenset({("به", "همین", "دلیل"), ("به", "همین", "علت"), ("به", "همین", "خاطر"), ("به", "همین", "سبب"),
                      ("از", "این", "رو"), ("از", "همین", "رو"), ("بدین", "سبب"), ("بدین", "دلیل"), ("در", "نتیجه"),
                      ("به", "این", "دلیل"), ("به", "این", "علت")})
# Nouns of cause in a clause that states it: «علت حادثه نشت گاز بود»; «عامل» only as what one
# deems the cause («X را عامل ... دانست»), for «عامل حادثه» is who did it.
NOUNS = frozenset({"علت", "دلیل", "علل", "دلایل", "علتهای", "دلیلهای"})
# «X سبب/باعث/موجب Y شد»: the cause is the clause's subject, so the whole clause is shown
CAUSING = frozenset({"سبب", "باعث", "موجب"})
DEEMED = frozenset({"عامل", "عوامل"})
# A clause that says the cause is not known yet
_NOT_KNOWN = re.compile(r"(?:مشخص نیست|مشخص نشده|نامشخص|در دست بررسی|تحت بررسی|در حال بررسی|معلوم نیست|"
                        r"اعلام نشده|روشن نیست|هنوز مشخص)")
_GLUED = {"بهدلیل": ("به", "دلیل"), "بهعلت": ("به", "علت"), "بهخاطر": ("به", "خاطر"), "بخاطر": ("به", "خاطر"),
          "بهسبب": ("به", "سبب"), "بههمین": ("به", "همین"), "بهمنظور": ("به", "منظور"), "ازاینرو": ("از", "این", "رو")}
_BOUNDARY = frozenset({".", "،", "؛", ":", "!", "؟", "?", ",", ";"})
_NOT_BEFORE_NOUN = frozenset({"به", "بی", "بدون", "همین", "این", "هیچ"})
_REMEMBER = ("دار", "داشت", "سپر", "اور")  # «به خاطر دارم/داشت/بسپارید/آورد»: memory, not cause
_GOES_ON = frozenset({"گفت", "افزود", "اظهار", "تصریح", "ادامه", "بیان", "تاکید", "خاطرنشان", "اضافه", "یاداور"})
MIN_BEFORE = 3  # words a clause before «به همین دلیل» needs to be the reason on its own


@dataclass(frozen=True)
class Reason:
    text: str | None  # the clause as the report writes it; None: the sentence before is the reason
    kind: str  # CAUSE, PURPOSE or UNKNOWN (the report says the cause is not known)


def _words(sentence: str) -> list[text.Token]:
    """The sentence's folded tokens, punctuation included, glued markers split («به‌دلیل»)."""
    out: list[text.Token] = []
    for tok in text.spans(sentence):
        for part in _GLUED.get(str(tok), (str(tok),)):
            out.append(text.Token(part, tok.start, tok.end))
    return out


def reason_in(sentence: str, topic: Sequence[str], *, backward: bool = True) -> Reason | None:
    """The reason ``sentence`` gives, the marker nearest the question's ``topic`` words when
    it has several; None when it marks none. ``backward=False``: not the markers whose reason
    is the clause before (for a neighbour of the sentence asked about)."""
    toks = _words(sentence)
    forms = [str(t) for t in toks]
    matched = [i for i, t in enumerate(forms) if _matches(topic, t)]
    found: list[tuple[tuple[int, int, int], Reason]] = []
    taken: set[int] = set()
    for i in range(len(forms)):
        if i in taken:
            continue
        reason, size = _marker_at(sentence, toks, forms, i, topic, backward=backward)
        if reason is None:
            continue
        taken.update(range(i, i + size))
        rank = {CAUSE: 0, PURPOSE: 1, UNKNOWN: 2}[reason.kind]
        distance = min((abs(i - m) for m in matched if not i <= m < i + size), default=0)
        found.append(((rank, distance, i), reason))
    return min(found, key=lambda f: f[0])[1] if found else None


def _matches(topic: Sequence[str], token: str) -> bool:
    return any(match.word_score(w, token) >= match.WORD_CUTOFF for w in topic)


def continues(sentence: str) -> bool:
    """Whether a sentence gives the reason of the one before it: it opens with a reason
    («زیرا ...», «وی افزود: به دلیل ...») or names the cause of «this» («علت این امر ...»)."""
    forms = [str(t) for t in _words(sentence)]
    opening = max((i + 1 for i, f in enumerate(forms[:8]) if f == ":"), default=0)
    if any(tuple(forms[opening : opening + len(p)]) == p for p in FORWARD):
        return True
    return any(f in NOUNS and forms[i + 1 : i + 2] in (["این"], ["همین"], ["اینکه"])
               for i, f in enumerate(forms))


def _marker_at(sentence: str, toks: list[text.Token], forms: list[str], i: int, topic: Sequence[str], *,
               backward: bool) -> tuple[Reason | None, int]:
    """(the reason of a marker starting at token ``i``, the marker's length in tokens). A marker
    after its reason («به همین دلیل») counts only when the question's words follow it."""
    ahead = _ahead_at(sentence, toks, forms, i, topic)
    if ahead is not None:
        return ahead
    for phrase in sorted(BACKWARD, key=len, reverse=True):
        if tuple(forms[i : i + len(phrase)]) == phrase and (phrase[1:2] != ("این",) or forms[i + len(phrase):][:1] != ["که"]):
            after = [t for t in toks[i + len(phrase) : _clause_end(forms, i + len(phrase))] if t.is_word]
            if not backward or (topic and not any(_matches(topic, str(t)) for t in after)):
                return None, len(phrase)  # what follows «در نتیجه» is not what the question asks about
            start = _clause_start(forms, i)
            before = [t for t in toks[start:i] if t.is_word]
            while before and str(before[-1]) in ("که", "و"):
                before.pop()
            if len(before) < MIN_BEFORE:
                return Reason(None, CAUSE), len(phrase)
            return Reason(sentence[before[0].start : before[-1].end], CAUSE), len(phrase)
    for phrase, kind in sorted(FORWARD.items(), key=lambda p: len(p[0]), reverse=True):
        if tuple(forms[i : i + len(phrase)]) == phrase:
            if phrase == ("به", "خاطر") and forms[i + 2 : i + 3] and forms[i + 2].startswith(_REMEMBER):
                return None, len(phrase)  # «به خاطر دارم»: I remember
            if phrase == ("چون",) and i > 0 and forms[i - 1].endswith("ی") and forms[i - 1] not in _BOUNDARY:
                return None, 1  # «اقلامی چون سوخت و برنج»: «such as», not «because»
            end = _clause_end(forms, i + len(phrase))
            if sum(t.is_word for t in toks[i + len(phrase) : end]) < 1:
                return None, len(phrase)
            return Reason(sentence[toks[i].start : toks[end - 1].end], kind), len(phrase)
    causing = forms[i] in CAUSING and any(_stating(f) for f in forms[i + 1 : _clause_end(forms, i + 1)])
    noun = forms[i] in NOUNS and (i == 0 or (forms[i - 1] not in _NOT_BEFORE_NOUN and not _counted(forms[i - 1])))
    deemed = forms[i] in DEEMED and "را" in forms[max(0, i - 3) : i]
    if noun or deemed or causing:
        start, end = _clause_start(forms, i), _clause_end(forms, i + 1)
        if not any(_stating(f) for f in forms[i + 1 : end]) and not _stated_after(forms, end):
            return None, 1  # «دو دلیل کاهش قیمت طلا» (a headline): reasons announced, not given
        if _stated_after(forms, end):  # «علت اینکه ... با تاخیر برگزار شد، این بود که ...»
            end = _clause_end(forms, end + 1)
        whole = sentence[: toks[end - 1].end]  # «مشخص نیست که آیا ...، دلایل اصلی ... بوده‌اند»
        if not causing and "را" not in forms[max(start, i - 3) : i]:  # «X را عامل Y دانست» needs the X before; else from the noun on
            start = i
        clause = sentence[toks[start].start : toks[end - 1].end]
        return Reason(clause, UNKNOWN if _NOT_KNOWN.search(text.search_form(whole)) else CAUSE), 1
    return None, 1


# «به این دلیل ... که Y»: the reason is the «که» clause after it (never «به همین دلیل», which
# looks back: «به همین دلیل است که ...» is «that is why ...»)
_THIS_CAUSE = frozenset({("به", "این", "دلیل"), ("به", "این", "علت"), ("به", "این", "خاطر"), ("به", "این", "سبب"),
                         ("بدین", "دلیل"), ("بدین", "سبب"), ("بدین", "علت")})
# «چنان/آن‌قدر X کرد که Y»: Y came of X, so X is the reason of Y
_SO_MUCH = frozenset({("چنان",), ("انچنان",), ("انقدر",), ("به", "قدری"), ("بهقدری",), ("بقدری",), ("به", "حدی"),
                      ("بهحدی",), ("به", "اندازهای"), ("انقدری",)})


def _ahead_at(sentence: str, toks: list[text.Token], forms: list[str], i: int,
              topic: Sequence[str]) -> tuple[Reason | None, int] | None:
    """A cataphoric marker at token ``i`` and its reason: «به این دلیل [...] که Y» gives Y (from
    the marker on); «چنان X کرد که Y» gives X, when the question asks about Y (its words follow
    «که»). None when no such marker starts there."""
    for phrase in _THIS_CAUSE | _SO_MUCH:
        if tuple(forms[i : i + len(phrase)]) != phrase:
            continue
        end = _clause_end(forms, i + len(phrase))
        that = next((j for j in range(i + len(phrase), end) if forms[j] == "که"), None)
        if that is None or that == i + len(phrase) and phrase in _SO_MUCH:
            return None  # «چنان که» is «as»; «به این دلیل» with no «که» looks back
        if phrase in _THIS_CAUSE:
            that_end = _clause_end(forms, that + 1)
            if sum(t.is_word for t in toks[that + 1 : that_end]) < 2:
                return None
            return Reason(sentence[toks[i].start : toks[that_end - 1].end], CAUSE), len(phrase)
        if not _stating(forms[that - 1]) or (topic and not any(_matches(topic, f) for f in forms[that + 1 : end])):
            return None, len(phrase)
        start = _clause_start(forms, i)
        return Reason(sentence[toks[start].start : toks[that - 1].end], CAUSE), len(phrase)
    return None


_COUNTS = frozenset("دو سه چهار پنج شش هفت هشت نه ده چند".split())
_COPULAS = frozenset("است بود بوده هست باشد شد شده اند بودند بودهاند نیست نبود".split())


def _counted(word: str) -> bool:
    """«دو دلیل», «۳ علت»: a count of reasons, which a headline announces."""
    return word in _COUNTS or word.isdigit()


def _stating(word: str) -> bool:
    """A verb or copula: a clause with a noun of cause states the cause only with one."""
    return word in _COPULAS or text.is_verb(word)


def _stated_after(forms: list[str], end: int) -> bool:
    """The clause after ``end`` opens «این است که», «این بود که»: it states the cause."""
    return forms[end + 1 : end + 2] in (["این"], ["ان"]) and bool(set(forms[end + 2 : end + 4]) & _COPULAS)


def _clause_start(forms: list[str], i: int) -> int:
    while i > 0 and forms[i - 1] not in _BOUNDARY:
        i -= 1
    return i


def _clause_end(forms: list[str], i: int) -> int:
    """The index after the clause's last token (its closing mark excluded, and «و گفت/و افزود»
    that goes on to the words said)."""
    while i < len(forms) and forms[i] not in _BOUNDARY:
        if forms[i] == "و" and i + 1 < len(forms) and forms[i + 1] in _GOES_ON:
            return i
        i += 1
    return i


# -- the reply ------------------------------------------------------------------------------

NOT_SAID = "خبرها دلیلی برای این نگفته‌اند؛ نزدیک‌ترین جمله به پرسش:"
REASON_LIMIT = 240
SENTENCE_LIMIT = 400


def render(reason: str | None, sentence: str, speaker: str | None, citation: str) -> str:
    """The reason clause (and the sentence it stands in, when that says more), by whom it
    was said when a person said it, then the citation; with no reason, a plain «not said»
    and the sentence nearest the question."""
    if not reason:
        return f"{NOT_SAID}\n«{clip_quote(sentence, SENTENCE_LIMIT)}»\n{citation}"
    by = f"به گفته {speaker}" if speaker else "به نوشته خبر"
    lines = [f"دلیل، {by}: «{clip_quote(reason, REASON_LIMIT)}»"]
    if len(text.search_form(sentence)) > len(text.search_form(reason)) + 10:
        lines.append(f"«{clip_quote(sentence, SENTENCE_LIMIT)}»")
    return "\n".join([*lines, citation])


def bonus(tokens: list[str]) -> float:
    """REASON_BONUS when a candidate sentence (search-form tokens) gives a reason, or says
    the cause is not known: of the sentences that cover the question about as well, the one
    that says why."""
    joined = " ".join(tokens)
    return REASON_BONUS if _ANY_MARKER.search(joined) and reason_in(joined, ()) is not None else 0.0


REASON_BONUS = 0.1
_ANY_MARKER = re.compile(r"(?:^| )(?:" + "|".join(" ".join(p) for p in (*FORWARD, *BACKWARD)) + "|"
                         + "|".join(NOUNS | DEEMED | CAUSING) + "|" + "|".join(_GLUED) + r")(?= |$)")
