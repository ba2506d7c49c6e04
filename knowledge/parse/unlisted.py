"""People whose first name no list knows («لی جائه میونگ», «داک‌ورث», «دنا کراری»), found over a
whole article by the structures Persian news gives a name, never by its words alone:

* apposition to a title anywhere in a sentence: «مارک کارنی، نخست‌وزیر کانادا»;
* a title closed by a place, then the name right before a verb of saying: «رئیس‌جمهور کره
  جنوبی لی جائه میونگ گفت»;
* a post's label «داک‌ورث: ...» opening a body line of a post whose headline is a title's
  label («سناتور آمریکایی: ...»);
* a name of two or three words whose first or last word the report uses again alone, as the
  sayer at a clause's start («لی همچنین ... افزود»), or with an age or a title in apposition
  («کراری، ۵۳ ساله ساکن کالیفرنیا»).

Each word must be rare: a word with a count in hazm's word list is Persian («اصالت
خانوادگی», «قانون»), and no stop word, place, organisation, outlet, title, honorific or verb
is a name word. The word used alone is the person's surname in the article («لی» for the
Korean president, whose family name comes first).

Honorifics («آقای/خانم/دکتر X») already introduce any name in :mod:`.people`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Callable

from .. import text
from . import apposition, dates, lexicon, people, places
from ..text import Token
from .people import Mention

_MAX = 3  # words of a name
# What may follow a sayer used alone before its verb: «لی همچنین با اشاره به ... افزود».
_SAYER_NEXT = frozenset({"همچنین", "نیز", "هم", "در", "با", "ضمن", "طی", "به", "بر", "از", "روز", "امروز",
                         "دیروز", "پس", "هنگام", "درباره", "پیرامون", "بعد", "قبل"})
_SAYER_REACH = 16  # tokens from the sayer to its verb
_AGE = frozenset({"ساله", "سال"})
_NAMING = frozenset({"نام", "بنام"})  # «با نام دنا کراری»: the first word after it may be a Persian word
_PLURALS = ("ها", "های", "هایی", "هایش", "هایم", "هایت", "هایشان", "هاشان", "هایمان")
_ADVERBS = frozenset({"بازهم", "مجددا", "دوباره", "همچنی"})  # «ترامپ بازهم ...»: again, no surname
# Before «NAME، ROLE»: a second name of a pair (the title may be the first's), or a paper, club
# or agency the words name («سردبیر روزنامه صبح‌نو، عضو ...»).
_NOT_BEFORE = frozenset({"و", "روزنامه", "نشریه", "هفتهنامه", "خبرگزاری", "شبکه", "سایت", "باشگاه", "تیم",
                         "شرکت", "گروه", "موسسه", "کانال", "رسانه", "مجله"})
_FOREIGN_COUNT = 50  # a count below this in hazm's list: a foreign name written a few times


@dataclass(frozen=True)
class Unlisted:
    words: tuple[str, ...]  # search forms
    surname: str  # the word that names the person alone


@dataclass(frozen=True)
class Line:
    """One sentence of the article: its text, tokens, where its clause starts, and whether it
    opens a paragraph (a post's line) or is the headline."""
    text: str
    toks: list[Token]
    start: int
    line_start: bool
    headline: bool


def rare(tok: Token) -> bool:
    """A word that can be part of a name no list knows."""
    return tok.is_word and _rare(str(tok))


@functools.lru_cache(maxsize=20_000)
def _rare(word: str) -> bool:
    tok = Token(word, 0, len(word))
    return (people.nameish(tok) and not word.isdigit() and not _persian(word)
            and word not in _excluded() and places.lookup(word) is None
            and not word.endswith(_PLURALS) and word not in _ADVERBS)


def _persian(word: str) -> bool:
    """A word of hazm's lexicon with a part of speech or a count, or such a word with «ی»,
    «ای» or «یی» after it («اختصاصی», «جنوبی»): Persian, not a name nobody listed. A foreign
    first name the list counts a few times («دونالد»: 13) is still a name."""
    tagged = text.tagged_words()
    if word in tagged:
        return tagged[word] == 0 or tagged[word] >= _FOREIGN_COUNT
    return any(word.endswith(end) and len(word) - len(end) > 2 and tagged.get(word[: -len(end)], 0) >= _FOREIGN_COUNT
               for end in ("ی", "ای", "یی", "ان", "ات", "ست"))


@functools.cache
def _excluded() -> frozenset[str]:
    words = set(text.stopwords()) | lexicon.source_heads() | lexicon.outlets()
    words |= people.head_ends() | {p[0] for p in lexicon.role_heads().heads} | {p[0] for p in lexicon.honorifics()}
    words |= _NOT_BEFORE  # «تیم» has no tag in hazm's list
    return frozenset(words)


def _listed_first(tok: Token) -> bool:
    return tok in lexicon.first_names() and tok not in lexicon.weak_first_names()


def _first_ok(tok: Token) -> bool:
    """A name's first word: rare like the rest (a listed first name opens a name :mod:`.people` finds)."""
    return rare(tok)


def _run_before(toks: list[Token], end: int) -> int | None:
    """Start of the name that ends right before ``end``: rare words, perhaps after a listed
    first name; None when there is none or the words before go on with it (too long to tell)."""
    i = end
    while i > 0 and rare(toks[i - 1]) and end - i < _MAX:
        i -= 1
    if i == end:
        return None
    if i > 0 and (rare(toks[i - 1]) or (_listed_first(toks[i - 1]) and toks[i - 1] not in text.tagged_words())):
        return None  # the name goes on before: too long to tell, or a listed name («عباس عراقچی»)
    return i


def _run_after(toks: list[Token], i: int) -> int:
    """End of the name words that start at ``i`` (at most one more than a name holds)."""
    j = i + 1 if i < len(toks) and _first_ok(toks[i]) else i
    while j < len(toks) and rare(toks[j]) and j - i <= _MAX:
        j += 1
    return j


def _listed(sentence: str, toks: list[Token], i: int, end: int) -> bool:
    """The words overlap a name the lists already find («عباس عراقچی»)."""
    return any(m.start < end and i < m.end for m in apposition.all_names(sentence, toks))


def _apposed(line: Line) -> list[tuple[int, int]]:
    """«NAME، ROLE»: the name before each comma a title follows."""
    found = []
    for c, tok in enumerate(line.toks):
        if tok != "،" or c == 0:
            continue
        i = _run_before(line.toks, c)
        if i is None or dates.in_date(line.toks, i) or (i > 0 and line.toks[i - 1] in _NOT_BEFORE):
            continue  # «محمد بن سلمان و ترامپ، ولیعهد ...»: the title is the first one's
        role = people.role_at(line.text, line.toks, c + 1)
        if role is not None and not role.epithet:
            found.append((i, c))
    return found


def titled_at(toks: list[Token], h: int) -> tuple[int, int] | None:
    """«ROLE PLACE NAME گفت» with the title's head at ``h``: the span of a name that follows a
    place closing the title, right before a verb of saying («رئیس‌جمهور کره جنوبی لی جائه میونگ
    گفت»); None when there is none. Right after the head a club or an office is as likely as a
    name («مهاجم تاتنهام گفت»), so that is none."""
    head_end = people.match_phrase(toks, h, lexicon.role_heads().heads)
    if head_end is None:
        return None
    for k in range(head_end, min(head_end + people.MAX_ROLE, len(toks))):
        if not toks[k].is_word or toks[k] in people.BOUNDARY:
            return None
        at_place = k > head_end and (places.lookup(toks[k - 1]) is not None
                                     or places.lookup(f"{toks[k - 2]} {toks[k - 1]}") is not None)
        if not at_place or not _first_ok(toks[k]):
            continue
        end = _run_after(toks, k)
        if end - k <= _MAX and people.is_verb_start(toks, end):
            return k, end
    return None


def _titled(line: Line) -> list[tuple[int, int]]:
    """Every «ROLE NAME گفت» name of a sentence (:func:`titled_at`)."""
    found = []
    for h in range(len(line.toks)):
        span = titled_at(line.toks, h)
        if span is not None:
            found.append(span)
    return found


def titled_role(sentence: str, toks: list[Token], i: int) -> str | None:
    """The title right before the «ROLE NAME گفت» name at ``i``."""
    for h in range(max(0, i - people.MAX_ROLE), i):
        span = titled_at(toks, h)
        if span is not None and span[0] == i:
            return people.display(sentence, toks, h, i)
    return None


def _label(line: Line, headline: Line | None) -> list[tuple[int, int]]:
    """«داک‌ورث: ...» opening a post's line, under a headline that is a title's label."""
    toks = line.toks
    if headline is None or line.headline or not line.line_start:
        return []
    first = line.start
    end = _run_after(toks, first)
    if end == first or end - first > 2 or end >= len(toks) or toks[end] != ":":
        return []
    if sum(t.is_word for t in toks[end + 1:]) < 3:
        return []
    role = people.role_at(headline.text, headline.toks, headline.start)
    if role is None or role.end >= len(headline.toks) or headline.toks[role.end] != ":":
        return []
    return [(first, end)]


def _alone_as_person(lines: list[Line], word: str) -> bool:
    """``word`` stands alone somewhere as a sayer at a clause's start, or with an age or a title
    in apposition («لی همچنین ... افزود», «کراری، ۵۳ ساله ...»)."""
    for line in lines:
        toks = line.toks
        for i, tok in enumerate(toks):
            if tok != word or (i > 0 and toks[i - 1].is_word):
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is None or rare(nxt) or _listed_first(nxt):
                continue  # not alone: the name goes on
            if nxt == "،" and i + 3 < len(toks) and (
                    (toks[i + 2].isdigit() and toks[i + 3] in _AGE)
                    or people.role_at(line.text, toks, i + 2) is not None):
                return True
            if i == line.start and (nxt in _SAYER_NEXT or people.is_verb_start(toks, i + 1)):
                for j in range(i + 1, min(len(toks), i + _SAYER_REACH)):
                    if toks[j] in {":", ".", "؟", "!"}:
                        break
                    if people.is_verb_start(toks, j):
                        return True
    return False


def _reused(line: Line, alone: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """Two or three name words whose last or first word the report uses alone as a person."""
    toks, found = line.toks, []
    i = line.start
    while i < len(toks):
        named = i > 0 and toks[i - 1] in _NAMING and people.nameish(toks[i]) and toks[i] not in _excluded()
        if not (_first_ok(toks[i]) or named) or (i > 0 and (rare(toks[i - 1]) or _listed_first(toks[i - 1]))):
            i += 1
            continue
        end = _run_after(toks, i + 1) if named else _run_after(toks, i)
        if 2 <= end - i <= _MAX:
            word = next((str(w) for w in (toks[end - 1], toks[i]) if rare(w) and alone(str(w))), None)
            if word is not None:
                found.append((i, end, word))
        i = max(end, i + 1)
    return found


def find(lines: list[Line]) -> list[Unlisted]:
    """The article's people whose names no list knows, each once."""
    headline = next((line for line in lines if line.headline), None)
    alone = functools.cache(lambda word: _alone_as_person(lines, word))
    names: dict[tuple[str, ...], str] = {}
    for line in lines:
        spans: list[tuple[int, int, str | None]] = [
            (i, e, None) for i, e in _apposed(line) + _titled(line) + _label(line, headline)]
        spans += _reused(line, alone)
        for i, end, word in spans:
            if _listed(line.text, line.toks, i, end):
                continue
            words = tuple(str(t) for t in line.toks[i:end])
            if word is None:  # the word used alone, else the last
                word = next((w for w in (words[-1], words[0]) if alone(w)), words[-1])
            names.setdefault(words, word)
    return [Unlisted(words, surname) for words, surname in names.items()]


def mentions(sentence: str, toks: list[Token], names: list[Unlisted], taken: list[Mention]) -> list[Mention]:
    """Each place the sentence writes one of ``names`` whole, where no other mention stands,
    with its title in apposition or right before it."""
    found: list[Mention] = []
    for name in names:
        n = len(name.words)
        for i in range(len(toks) - n + 1):
            if tuple(toks[i : i + n]) != name.words:
                continue
            if i > 0 and toks[i - 1].is_word and rare(toks[i - 1]):
                continue  # part of a longer name
            if any(m.start < i + n and i < m.end for m in taken + found):
                continue
            mention = Mention("name", i, i + n, name=people.display(sentence, toks, i, i + n), surname=name.surname)
            apposition.apposition(sentence, toks, mention)
            if not mention.role:
                mention.role = apposition.role_before(sentence, toks, i) or titled_role(sentence, toks, i)
            found.append(mention)
    return found
