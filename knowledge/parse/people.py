"""Find people in a sentence: names, honorifics, roles, pronouns.

hazm's NER and POS tagger need model downloads, so names are found by the shape of
Persian news copy instead:

* an honorific or rank before a name: «سرهنگ محمودی», «آقایان کریمی و نادیان»;
* a known first name followed by one or two surname words: «محمدعلی طالبی»;
* a role phrase (a role head such as استاندار/مدیر/رییس and its genitive chain):
  «رییس پلیس فتای استان آذربایجان شرقی», before or after the name;
* a word at the start of a clause followed directly by a role or a verb of saying
  («عزیزی ادامه داد:», «ادهم مسئول فضای مجازی ...») is a surname;
* pronouns and anaphora («وی», «او», «این مقام», «این مسئول») are marked for the
  statement resolver.

Everything works on :func:`knowledge.text.spans` tokens (folded words with offsets),
and returns display text sliced from the sentence.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from .. import text
from . import dates, lexicon, places
from ..text import Token

PRONOUNS = frozenset({"وی", "او", "ایشان", "نامبرده", "ایشون"})
# Words that end a name or a role phrase.
BOUNDARY = frozenset(
    "با در ضمن که را نیز هم همچنین بر از به طی پس پیش روز امروز دیروز صبح عصر شب ظهر "
    "و یا برای تا این ان اما ولی هنگام درباره پیرامون طبق بنابر حین ضمن بیان اعلام "
    "است بود شد کرد داد گفت افزود داشت نیست هست باید میتواند اینکه چون زیرا بعد قبل "
    "سال ماه هفته امسال دیگر نیز خود ما شما انها انان همه یکی دو سه چند بسیاری "
    "بهدلیل بعلت بهعلت بهمنظور بهرغم علیرغم باوجود بهجای انچه انکه علیه "
    "شامگاه بامداد صبحگاه بالاخره سرانجام اکنون هماکنون "
    "فردا امشب دیشب متولد".split()  # «تشییع پیکر حسین عظیمی فردا ...», «حسین عظیمی متولد سال ...»
)
# After a role head these keep the phrase going even though they are boundaries elsewhere.
_ROLE_LINKS = {"در": {"استان", "شهرستان", "امور", "کشور", "منطقه", "شهر", "مجلس"}, "و": set()}
# «از همکاران روابط عمومی وزارت بهداشت» after a name: an affiliation, read as a role.
MAX_ROLE = 12
# Nouns that govern «از» inside an organisation's name («انجمن حمایت از حقوق کودکان»).
_TAKES_AZ = frozenset({"پیشگیری", "حمایت", "حفاظت", "صیانت", "دفاع", "جلوگیری", "پشتیبانی",
                       "مبارزه", "مراقبت", "نگهداری", "استفاده", "بهرهبرداری", "رهایی", "حفظ"})
# Surname parts people write detached: «یوسفی پور», «قلی زاده», «موسوی نژاد».
SURNAME_TAILS = frozenset({"پور", "زاده", "نژاد", "فر", "نیا", "راد", "منش", "وند", "کیا", "مقدم", "دوست", "خواه", "ی",
                           "پناه", "نسب", "زادگان"})


@dataclass
class Mention:
    kind: str  # "name" | "surname" | "role" | "pronoun"
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    name: str | None = None  # display form, without honorifics
    surname: str | None = None  # search form of the last name word(s)
    honorifics: list[str] = field(default_factory=list)
    role: str | None = None  # display form
    epithet: bool = False  # the role is a description, not a job title («مقام عالی ...»)
    extra_roles: list[str] = field(default_factory=list)

    @property
    def key(self) -> str | None:
        return text.search_form(self.name) if self.name else None


def display(sentence: str, toks: list[Token], start: int, end: int) -> str:
    return sentence[toks[start].start : toks[end - 1].end]


def match_phrase(toks: list[Token], i: int, phrases: tuple[tuple[str, ...], ...]) -> int | None:
    """End index of the longest phrase of ``phrases`` starting at token ``i``."""
    if i >= len(toks):
        return None
    held = _GROUPS.get(id(phrases))
    if held is None or held[0] is not phrases:
        held = (phrases, _by_first_word(phrases))
        if len(_GROUPS) < 64:  # the lexicon's lists, which live as long as the process
            _GROUPS[id(phrases)] = held
    for phrase in held[1].get(toks[i], ()):
        n = len(phrase)
        if tuple(toks[i : i + n]) == phrase:
            return i + n
    return None


# The groups of each phrase list by the list's id(), a fast path before _by_first_word's cache,
# which hashes the whole tuple on every call. The list is held too, so its id stays its own.
_GROUPS: dict[int, tuple[tuple[tuple[str, ...], ...], dict[str, tuple[tuple[str, ...], ...]]]] = {}


@functools.cache
def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases grouped by their first word, each group longest first."""
    groups: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            groups.setdefault(phrase[0], []).append(phrase)
    return {w: tuple(sorted(g, key=len, reverse=True)) for w, g in groups.items()}


def is_verb_start(toks: list[Token], i: int) -> bool:
    if i >= len(toks) or str(toks[i])[:2] not in _verb_openings():
        return False
    rest = " ".join(toks[i : i + 10])
    return any(v.pattern.match(rest) for v in lexicon.saying_verbs() if rest.startswith(v.first))


@functools.cache
def _verb_openings() -> frozenset[str]:
    """The first two letters of every verb of saying: a cheap test before the patterns."""
    return frozenset(v.phrase[:2] for v in lexicon.saying_verbs())


def nameish(tok: Token) -> bool:
    return (
        tok.is_word and not tok.isdigit() and len(tok) > 1 and tok not in BOUNDARY
        and tok not in PRONOUNS and not text.is_verb(tok)
    )


def role_end(toks: list[Token], i: int) -> int | None:
    """End of a role phrase that starts at ``i`` («مدیر روابط عمومی دانشگاه ...»)."""
    heads = lexicon.role_heads()
    end = match_phrase(toks, i, heads.heads)
    if end is None:
        return None
    j = end
    while j < len(toks) and j - i < MAX_ROLE:
        tok = toks[j]
        if tok == "،" and j + 1 < len(toks) and j > end and places.lookup(toks[j + 1]) is not None:
            j += 1  # «نماینده مردم قصرشیرین، سرپل‌ذهاب و گیلانغرب در مجلس»
            continue
        if not tok.is_word:
            break
        if tok in _ROLE_LINKS and j + 1 < len(toks) and toks[j + 1] in _ROLE_LINKS[tok]:
            j += 2
            continue
        if (tok == "از" and j > end and toks[j - 1] in _TAKES_AZ and j + 1 < len(toks)
                and role_word(toks, j + 1)):
            j += 2  # «نائب رئیس جمعیت علمی پیشگیری از خودکشی ایران»: «از» after its noun
            continue
        if tok == "و" and j > end and j + 1 < len(toks) and role_word(toks, j + 1):
            j += 2  # «مدیرکل ورزش و جوانان خوزستان», «سیستان و بلوچستان»
            continue
        if tok == "بار" and j + 1 < len(toks) and toks[j + 1] in {"دیگر", "نخست", "اول", "دوم"}:
            break  # «رئیس‌جمهور ترامپ بار دیگر ... تأکید کرد»: «once again», no word of the role
        if tok in BOUNDARY or is_verb_start(toks, j) or tok in _open_verb_heads():
            break  # «رئیس گروه بازرسان ... خواستار نابودی ... شد»: the verb's head ends the role
        if j > end and _ends_at_place(toks, j):
            break  # «فرماندار ویژه میناب توسعه گردشگری را ...»: the role ended at its place
        if (tok in lexicon.first_names() and tok not in lexicon.weak_first_names()
                and _name_end(toks, j, need_first=True) is not None and not _named_after(toks, j)):
            break  # the role ends where a name begins: «استاندار فارس محمد احمدی»
        if match_phrase(toks, j, lexicon.honorifics()) is not None:
            break
        j += 1
    return j


@functools.cache
def _open_verb_heads() -> frozenset[str]:
    """First words of verbs of saying whose object sits inside them («خواستار * شد»): the verb's
    end may be too far for :func:`is_verb_start` to see."""
    return frozenset(v.first for v in lexicon.saying_verbs() if "*" in v.phrase and v.first)


def _named_after(toks: list[Token], j: int) -> bool:
    """The first name at ``j`` names the organisation or event before it, not a person:
    «دبیر جشنواره ابوذر استان سمنان», «رئیس بیمارستان امام رضا»; or its «surname» is a
    place word («... ابوذر استان سمنان»)."""
    if toks[j - 1] in head_ends():
        return True
    k = j + 1
    return k < len(toks) and (toks[k] in _ROLE_LINKS["در"] or places.lookup(toks[k]) is not None)


@functools.cache
def head_ends() -> frozenset[str]:
    """The last words of event and organisation heads («جشنواره», «دانشگاه», «بیمارستان»)."""
    ends = {p[-1] for p in lexicon.phrases("event_heads.txt")}
    ends |= {text.tokens(line.partition("\t")[0])[-1] for line in lexicon.lines("organisation_heads.txt")}
    return frozenset(ends)


def _ends_at_place(toks: list[Token], j: int) -> bool:
    """The word before ``j`` is a place that closes a role phrase, and ``toks[j]`` does not
    go on with the place («آذربایجان شرقی») or with an organisation word («تهران بزرگ»)."""
    before = places.lookup(toks[j - 1])
    if before is None or before.kind == "country":
        return False
    if places.lookup(f"{toks[j - 1]} {toks[j]}") is not None or toks[j] in _PLACE_TAILS:
        return False
    return True


# Words that continue a place name inside a role: «تهران بزرگ», «خراسان رضوی».
_PLACE_TAILS = frozenset({"بزرگ", "شرقی", "غربی", "شمالی", "جنوبی", "رضوی", "مرکزی"})


def role_word(toks: list[Token], j: int) -> bool:
    """A word that can continue a role phrase after «و»."""
    tok = toks[j]
    return (nameish(tok) and tok not in lexicon.first_names() and not starts_role(toks, j)
            and match_phrase(toks, j, lexicon.honorifics()) is None and not is_verb_start(toks, j))


def _honorifics(toks: list[Token], i: int, sentence: str) -> tuple[int, list[str]]:
    found = []
    while i < len(toks):
        end = match_phrase(toks, i, lexicon.honorifics())
        if end is None:
            break
        found.append(display(sentence, toks, i, end))
        i = end
    return i, found


def _name_end(toks: list[Token], i: int, *, need_first: bool) -> tuple[int, int] | None:
    """(end of first names, end of the whole name) for a name starting at ``i``."""
    firsts = lexicon.first_names()
    j = i
    while j < len(toks) and j - i < 3 and toks[j] in firsts:
        j += 1
    first_end = j
    if need_first and first_end == i:
        return None
    # surname: one word, a second one when it is rare (a compound surname «نادیان اهور»)
    if (j < len(toks) and (nameish(toks[j]) or (first_end > i and toks[i] not in lexicon.weak_first_names()
                                                     and _second_person_past(toks[j])))
            and not starts_role(toks, j) and not is_verb_start(toks, j)):
        j += 1
        if _surname_tail(toks, j):
            j += 1
        elif (j < len(toks) and nameish(toks[j]) and not starts_role(toks, j)
                and not is_verb_start(toks, j) and text.word_frequency(toks[j]) < 2000
                and toks[j] not in firsts and not _before_light_verb(toks, j)):
            j += 1
            if _surname_tail(toks, j):
                j += 1  # «هاشم بنی هاشمی نسب»
    elif first_end == i:
        return None
    if j == first_end and first_end - i < 2:
        return None  # a lone first name is not enough
    return first_end, j


def _second_person_past(tok: Token) -> bool:
    """«کشتی», «کردی», «رشتی»: a surname that reads as a second-person past verb («you killed»);
    after a first name it is the surname (no report says «محمد کشتی» for «Mohammad, you killed»),
    but not after one that is an everyday noun too («در کمال شگفتی»: to everyone's surprise)."""
    return (tok.is_word and len(tok) > 3 and tok.endswith("ی") and tok not in BOUNDARY and tok not in PRONOUNS
            and text.is_verb(tok) and text.is_verb(tok[:-1]) and not tok.startswith(("می", "نمی")))


# «پناه دادن/آوردن/بردن»: the noun of a light verb, not a surname part.
_LIGHT_VERB_STEMS = ("داد", "ده", "میده", "اورد", "اور", "میاور", "برد", "میبر", "گرفت", "میگیر", "بگیر", "ببر")


# «تایید شد», «اعدام شد», «منصوب گردید»: the verb after the noun of a compound verb.
_LIGHT_VERBS = frozenset({"شد", "شده", "شدند", "شود", "شوند", "کرد", "کردند", "کرده", "گردید", "گردیدند", "نمود"})


def _before_light_verb(toks: list[Token], j: int) -> bool:
    """The word at ``j`` is the noun of a compound verb («فیش نادره رضایی تائید شد»: the slip was
    confirmed), not a third word of the name before it; the word list lacks some spellings
    («تایید»), so its frequency does not tell."""
    return j + 1 < len(toks) and toks[j + 1] in _LIGHT_VERBS


def _surname_tail(toks: list[Token], j: int) -> bool:
    """A detached surname part at ``j`` («مرادی پناه», «احمدی نژاد»), not a light verb's noun."""
    if j >= len(toks) or toks[j] not in SURNAME_TAILS:
        return False
    return not (j + 1 < len(toks) and str(toks[j + 1]).startswith(_LIGHT_VERB_STEMS))


def starts_role(toks: list[Token], i: int) -> bool:
    return match_phrase(toks, i, lexicon.role_heads().heads) is not None


# A plural with a possessive, written apart after its noun: «خواسته هامون», «داشته هاشون».
_PLURAL_SUFFIXES = frozenset({"هامون", "هاشون", "هاتون", "هامان", "هاتان", "هاشان"})


_COMMON_WORD = 1_000_000  # text.word_frequency of an adjective or noun, never a surname's


def name_at(sentence: str, toks: list[Token], i: int) -> list[Mention]:
    """Named people starting at token ``i``: honorific + name(s), or first name + surname."""
    if i >= len(toks) or (toks[i] not in lexicon.first_names() and toks[i] not in _honorific_openings()):
        return []  # a name starts with a first name or an honorific (the common case: neither)
    if dates.in_date(toks, i):
        return []  # «۵ آذر رویداد ...»: the month of a date, not the first name «آذر»
    if toks[i] in _PLURAL_SUFFIXES and i > 0 and toks[i - 1].is_word and toks[i - 1] not in BOUNDARY:
        return []  # «خواسته هامون»: a plural suffix written apart, not the first name «هامون»
    j, honors = _honorifics(toks, i, sentence)
    if ([text.search_form(h) for h in honors] == ["استاد"] and j < len(toks) and toks[j] not in lexicon.first_names()
            and text.word_frequency(toks[j]) >= _COMMON_WORD):
        return []  # «استاد برجسته/تمام/راهنمای ...»: a professor, not the honorific before a surname
    plural = any(text.search_form(h) in lexicon.PLURAL_HONORIFICS for h in honors)
    found: list[Mention] = []
    while True:
        span = _name_end(toks, j, need_first=not honors)
        if span is None:
            break
        first_end, end = span
        found.append(Mention(
            "name", i if not found else j, end,
            name=display(sentence, toks, j, end),
            surname=" ".join(toks[first_end:end]) if end > first_end else None,
            honorifics=honors,
        ))
        if plural and end + 1 < len(toks) and toks[end] in {"و", "،"}:
            j = end + 1
            continue
        break
    singular = {"اقایان": "آقای", "خانمها": "خانم"}
    for mention in found:
        mention.honorifics = [singular.get(text.search_form(h), h) for h in mention.honorifics]
        if mention.name and all(t in lexicon.first_names() for t in text.tokens(mention.name)):
            mention.surname = text.tokens(mention.name)[-1]
    return found


def role_at(sentence: str, toks: list[Token], i: int) -> Mention | None:
    end = role_end(toks, i)
    if end is None or end - i < 2 and toks[i] in {"عضو", "اعضای", "کارشناس", "مسئول", "نماینده"}:
        return None
    epithet = match_phrase(toks, i, _epithets()) is not None
    return Mention("role", i, end, role=display(sentence, toks, i, end), epithet=epithet)


@functools.cache
def _honorific_openings() -> frozenset[str]:
    return frozenset(phrase[0] for phrase in lexicon.honorifics() if phrase)


@functools.cache
def _epithets() -> tuple[tuple[str, ...], ...]:
    return tuple(lexicon.role_heads().epithets)


def pronoun_at(toks: list[Token], i: int) -> Mention | None:
    if toks[i] in PRONOUNS:
        return Mention("pronoun", i, i + 1)
    if toks[i] == "این" and i + 1 < len(toks) and (
        starts_role(toks, i + 1) or toks[i + 1] in {"مقام", "مسئول", "مسوول"}
    ):
        end = i + 2
        if end < len(toks) and toks[end] in {"مسئول", "ارشد", "عالی"}:
            end += 1
        return Mention("pronoun", i, end, role=None)
    return None


# Clause openers that are not names even when a comma follows them.
