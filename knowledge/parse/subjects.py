"""The subject of a clause when it is no listed name: names known only by structure
(«ظهیر حیدری‌نژاد، مدیرعامل ...», «ROLE، NAME گفت») and the subject-phrase fallback
(«یک منبع آگاه گفت», «وزارت امور خارجه اعلام کرد»).

Built on :mod:`knowledge.parse.people`, which finds listed names, roles and pronouns.
"""

from __future__ import annotations

from .. import text
from . import apposition, lexicon, people, places, unlisted
from ..text import Token
from .people import Mention


def subject_at(sentence: str, toks: list[Token], i: int, *, known: set[str]) -> Mention | None:
    """The noun phrase that opens a clause at ``i``: who is speaking, if anyone."""
    if i >= len(toks):
        return None
    pronoun = people.pronoun_at(toks, i)
    if pronoun:
        return pronoun
    names = people.name_at(sentence, toks, i)
    if names:
        apposition.apposition(sentence, toks, names[0])
        return names[0]
    role = people.role_at(sentence, toks, i)
    titled = unlisted.titled_at(toks, i) if role is not None else None
    if titled is not None and titled[1] <= role.end:  # «سناتور آمریکایی تمی داک‌ورث گفت»: the name ends the title
        name = _unknown(sentence, toks, titled[0], titled[1])
        name.role, name.start = people.display(sentence, toks, i, titled[0]), i
        return name
    if role is not None:
        if role.end + 1 < len(toks) and toks[role.end] == "و":
            second = people.role_at(sentence, toks, role.end + 1)  # «معاون استاندار و فرماندار ویژه میناب»
            if second is not None:
                role.extra_roles.append(second.role or "")
                role.end = second.end
        # role before the name: «استاندار فارس، محمد احمدی گفت»
        j = role.end + (1 if role.end < len(toks) and toks[role.end] == "،" else 0)
        after = people.name_at(sentence, toks, j) if j < len(toks) else []
        if not after and j > role.end:
            after = _words_before_verb(sentence, toks, j)
        if after:
            after[0].role, after[0].epithet, after[0].start = role.role, role.epithet, i
            after[0].extra_roles.extend(role.extra_roles)
            return after[0]
        return role
    unknown = unknown_name_at(sentence, toks, i)
    if unknown is not None:
        return unknown
    member = _member_of(sentence, toks, i)
    if member is not None:
        return member
    tok = toks[i]
    if tok == "یک" and i + 1 < len(toks):
        unnamed = people.role_at(sentence, toks, i + 1)  # «یک مقام ارشد دولت کره»: a source, not «یک»
        if unnamed is not None:
            return Mention("source", i, unnamed.end, name=people.display(sentence, toks, i, unnamed.end))
    if people.nameish(tok) and i + 1 < len(toks) and (
        tok in known or people.is_verb_start(toks, i + 1) or people.starts_role(toks, i + 1)
    ) and tok not in lexicon.first_names() and tok not in _VERBAL_NOUNS and tok not in _NOT_NAMES:
        mention = Mention("surname", i, i + 1, name=people.display(sentence, toks, i, i + 1), surname=tok)
        apposition.apposition(sentence, toks, mention)
        return mention
    return None


SOME = frozenset({"یکی", "برخی", "بعضی", "تعدادی", "شماری", "جمعی"})  # «یکی از ...»: one of a group


def _member_of(sentence: str, toks: list[Token], i: int) -> Mention | None:
    """«یکی از دوستان یوسف به ایران‌وایر می‌گوید», «برخی از نمایندگان گفتند»: one or some of a
    group speak, an unnamed source under its own words; a name inside the group («یوسف»)
    is whose friend it is, not who speaks. The phrase must reach an adjunct, a comma or the
    verb; «یکی از مسئولان، علی احمدی، گفت» (a name in apposition) is left to the names."""
    if toks[i] not in SOME or i + 2 >= len(toks) or toks[i + 1] != "از":
        return None
    j = i + 2
    while (j < len(toks) and j - i < 8 and toks[j].is_word and toks[j] not in _ADJUNCT_OPENERS
           and toks[j] not in {"و", "که"} and not people.is_verb_start(toks, j)):
        j += 1  # «کرد» (a Kurd) may be a word of the group: only a verb of saying ends it
    if j == i + 2 or j - i >= 8 or j >= len(toks):
        return None
    if toks[j] == "،" and people.name_at(sentence, toks, j + 1):
        return None
    if not any(people.is_verb_start(toks, k) for k in range(j, len(toks))):
        return None  # «یکی از مشکلات ... کمبود نیرو است»: no one speaks, nor is it whom «وی» is
    if toks[j] not in _ADJUNCT_OPENERS and toks[j] not in {"،", ":", "و"} and not people.is_verb_start(toks, j):
        return None
    return Mention("source", i, j, name=people.display(sentence, toks, i, j))


_NOT_NAMES = frozenset(
    "بنابراین لذا سپس البته اکنون هماکنون اینک همچنین همچنان ضمنا ضمن ولی اما گفتنی افزودنی "
    "متاسفانه خوشبختانه به گزارش براساس بر اساس درعینحال ازاینرو همزمان پیشتر قبلا اخیرا "
    "هفته ماه سال روز امروز دیروز فردا شب هر اینجا انجا اگر چنانچه وقتی زمانی هنگامی چرا چه کسی هیچ "
    "بهگزارش گزارش "
    "خدا خداوند"  # «خدا خواست که ...», «خدا را شکر»: God's will in a player's words, nobody speaking
    .split()
)
_MAX_UNKNOWN = 3


def _unknown_words(toks: list[Token], i: int) -> int:
    """End of up to three words at ``i`` that can be a name nobody listed: «ظهیر حیدری‌نژاد»."""
    j = i
    while (j < len(toks) and j - i < _MAX_UNKNOWN and people.nameish(toks[j]) and toks[j] not in _NOT_NAMES
           and not people.starts_role(toks, j) and not people.is_verb_start(toks, j)
           and people.match_phrase(toks, j, lexicon.honorifics()) is None and places.lookup(toks[j]) is None
           and toks[j] not in lexicon.source_heads()):
        j += 1
    return j


def _unknown(sentence: str, toks: list[Token], i: int, end: int) -> Mention:
    return Mention("name", i, end, name=people.display(sentence, toks, i, end), surname=toks[end - 1])


def unknown_name_at(sentence: str, toks: list[Token], i: int) -> Mention | None:
    """A name the first-name list does not know, known by its apposition to a role:
    «ظهیر حیدری‌نژاد، مدیرعامل پتروشیمی کرمانشاه با اشاره به ... گفت»,
    «مارکوس زیگلر، سخنگوی فیفا در این خصوص گفت»."""
    end = _unknown_words(toks, i)
    if end - i == 2 and end < len(toks) and people.starts_role(toks, end) and not any(
            toks[k] in people.head_ends() for k in (i, i + 1)):
        pass  # first name and surname right before the role: «گریگوری کاراسین رئیس کمیته ... گفت»
    elif end == i or end + 1 >= len(toks) or toks[end] != "،":
        return None
    elif people.role_at(sentence, toks, end + 1) is None:
        return None
    mention = _unknown(sentence, toks, i, end)
    apposition.apposition(sentence, toks, mention)
    return mention


def _words_before_verb(sentence: str, toks: list[Token], j: int) -> list[Mention]:
    """«ROLE، NAME گفت» / «ROLE، NAME در ... گفت»: unknown words between a role's comma and
    the verb (or the preposition that opens the rest of the clause) are the holder's name."""
    end = _unknown_words(toks, j)
    if end == j or end >= len(toks):
        return []
    if people.is_verb_start(toks, end) or toks[end] in {"در", "با", "ضمن", "طی", "روز", "امروز", "،"}:
        return [_unknown(sentence, toks, j, end)]
    return []


# What may follow a subject phrase before its verb of saying: an adjunct's first word.
_ADJUNCT_OPENERS = frozenset({"بار", "با", "در", "ضمن", "طی", "به", "بر", "از", "روز", "امروز", "دیروز",
                              "پس", "هنگام", "درباره", "پیرامون", "نیز", "هم", "همچنین", "بعد", "قبل",
                              "صبح", "عصر", "شب", "ظهر", "طبق", "بنابر", "حین"})
ADJUNCT_OPENERS = _ADJUNCT_OPENERS  # what may follow a label's name or role (interview.label_tail)
# Verbal nouns that open a phrase about a saying, not a sayer.
_VERBAL_NOUNS = frozenset({"واکنش", "اظهارات", "تاکید", "تاکیدات", "سخنان", "گفتههای", "اظهار",
                           "اعلام", "انتقاد", "هشدار", "درخواست"})


def _adverbial(toks: list[Token], j: int) -> bool:
    """«بار دیگر», «بار نخست» after a subject: once again, not a name word."""
    return toks[j] == "بار" and j + 1 < len(toks) and toks[j + 1] in {"دیگر", "نخست", "اول", "دوم"}


def phrase_subject(sentence: str, toks: list[Token], i: int, limit: int) -> Mention | None:
    """The subject phrase of a clause whose subject is no known name, role or pronoun:
    «یک منبع آگاه گفت», «وزارت امور خارجه اعلام کرد», «نیویورک‌تایمز نوشت». A source that
    is not a person is kept under its own words (kind "source")."""
    if i >= limit or not people.nameish(toks[i]) or toks[i] in _NOT_NAMES:
        return None
    j = i
    while j < limit and j - i < 6 and toks[j].is_word and (toks[j] not in people.BOUNDARY or (
            toks[j] == "و" and j > i and j + 1 < limit and people.role_word(toks, j + 1))):  # «وزارت فرهنگ و ارشاد»
        if people.is_verb_start(toks, j) or text.is_verb(toks[j]) or _adverbial(toks, j):
            break
        j += 1
    if j == i or (j < limit and j - i >= 6):
        return None
    if j < limit and toks[j] not in _ADJUNCT_OPENERS and toks[j] not in {"،", "؛"} and not people.is_verb_start(toks, j):
        return None  # the phrase runs into something that is no adjunct: «ترامپ بار دیگر ...»
    if toks[i] in _VERBAL_NOUNS:
        return None  # «واکنش رئیسی ...», «اظهارات وزیر ...»: about a saying, not its sayer
    for k in range(i + 1, min(j, i + _MAX_UNKNOWN + 1)):
        if people.starts_role(toks, k) and _unknown_words(toks, i) >= k:
            mention = _unknown(sentence, toks, i, k)  # «ژاک شیراک رییس‌جمهور فرانسه گفت»
            apposition.apposition(sentence, toks, mention)
            return mention
    shown = people.display(sentence, toks, i, j)
    if toks[i] in lexicon.source_heads() or toks[i] in {"یک", "یکی", "برخی", "بعضی"} or j - i > _MAX_UNKNOWN:
        return Mention("source", i, j, name=shown)
    if j - i == 1:
        return Mention("surname", i, j, name=shown, surname=toks[i])
    if _unknown_words(toks, i) == j:
        return _unknown(sentence, toks, i, j)  # «برات قنبری در ... گفت»
    return Mention("source", i, j, name=shown)


_QUOTES = {"«": {"»"}, '"': {'"', "”"}, "“": {"”", '"'}}


def quoted_name(sentence: str, toks: list[Token], start: int) -> Mention | None:
    """«دونالد ترامپ»، رئیس‌جمهور آمریکا ... گفت: a short quote followed by a role is the
    speaker's name, not what was said."""
    if start >= len(toks) or toks[start] not in _QUOTES:
        return None
    close = next((i for i in range(start + 1, min(start + 6, len(toks))) if toks[i] in _QUOTES[toks[start]]), None)
    if close is None or close == start + 1 or not all(people.nameish(toks[i]) for i in range(start + 1, close)):
        return None
    after = close + 1 + (1 if close + 1 < len(toks) and toks[close + 1] == "،" else 0)
    if after >= len(toks) or not people.starts_role(toks, after):
        return None
    mention = Mention("name", start, close + 1, name=sentence[toks[start + 1].start : toks[close - 1].end],
                      surname=toks[close - 1])
    apposition.apposition(sentence, toks, mention)
    return mention
