"""Word lists the parser reads from ``knowledge/data``: honorifics, role heads, verbs of saying,
first names. Each is loaded once, on first use, in the search form (folded, no half-spaces).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from .. import text


def _lines(name: str) -> list[str]:
    data = resources.files("knowledge").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in data.splitlines() if line.strip() and not line.startswith("#")]


def lines(name: str) -> list[str]:
    """The non-comment lines of a data file."""
    return _lines(name)


def _phrase(line: str) -> tuple[str, ...]:
    return tuple(tok for tok in text.spans(line) if tok.is_word)


@functools.cache
def phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of a one-phrase-a-line data file, folded into tokens, longest first."""
    return tuple(sorted({_phrase(line) for line in _lines(name)}, key=len, reverse=True))


@functools.cache
def honorifics() -> tuple[tuple[str, ...], ...]:
    """Honorific phrases, longest first so «سرهنگ دوم» wins over «سرهنگ»."""
    return tuple(sorted({_phrase(line) for line in _lines("honorifics.txt")}, key=len, reverse=True))


PLURAL_HONORIFICS = frozenset({"اقایان", "خانمها"})


@dataclass(frozen=True)
class RoleHeads:
    heads: tuple[tuple[str, ...], ...]  # longest first
    epithets: frozenset[tuple[str, ...]]


@functools.cache
def role_heads() -> RoleHeads:
    heads: set[tuple[str, ...]] = set()
    epithets: set[tuple[str, ...]] = set()
    for line in _lines("role_heads.txt"):
        phrase = _phrase(line.lstrip("~"))
        heads.add(phrase)
        if line.startswith("~"):
            epithets.add(phrase)
    return RoleHeads(tuple(sorted(heads, key=len, reverse=True)), frozenset(epithets))


@dataclass(frozen=True)
class Verb:
    phrase: str  # search form, «تاکید کرد»
    pattern: re.Pattern[str]
    continues: bool
    first: str = ""  # the first word when it is literal (not «*»): a text without it cannot match


@functools.cache
def saying_verbs() -> tuple[Verb, ...]:
    verbs = []
    rows = _lines("saying_verbs.tsv")[1:]  # the header
    for row in rows:
        phrase, continues = row.split("\t")
        words = phrase.split()
        parts = []
        for i, word in enumerate(words):
            if word == "*":
                parts.append(r"(?:\S+ ){0,24}?")
                continue
            if i == len(words) - 1:
                # plural of respect and perfect forms: گفتند، گفته است، گفته‌اند; a bare «گفته» only
                # before «که»/«:»/«،» («خواسته من است» is a noun)
                word = re.escape(word) + r"(?:ند|ه است|ه اند|هاند|ه(?= (?:که|:|،|است|بود)))?"
            else:
                word = re.escape(word)
            parts.append(word + (" " if i < len(words) - 1 else ""))
        # «گفت و گو», «گفت و شنود» written apart are nouns («مورد بحث و گفت و گو قرار گرفت»)
        pattern = re.compile(r"(?:(?<= )|^)" + "".join(parts) + r"(?= |$)(?! و (?:گو|شنود))")
        verbs.append(Verb(phrase, pattern, continues == "1", words[0] if words[0] != "*" else ""))
    return tuple(verbs)


@functools.cache
def first_name_phrases() -> tuple[tuple[str, ...], ...]:
    """The lines of ``data/first_names.txt`` as folded words («محمد علی» → («محمد», «علی»)).
    The one reader of that file: :func:`first_names` and ``places.first_names`` use it."""
    return tuple(words for line in _lines("first_names.txt") if (words := _phrase(line)))


@functools.cache
def first_names() -> frozenset[str]:
    """First names as search forms (one token: «محمد علی» is also stored as «محمدعلی»)."""
    names: set[str] = set()
    for words in first_name_phrases():
        names.add("".join(words))
        if len(words) == 1:
            names.add(words[0])
    return frozenset(names)


@functools.cache
def weak_first_names() -> frozenset[str]:
    """First names that are also common nouns in titles (``data/first_names_weak.txt``)."""
    return frozenset("".join(_phrase(line)) for line in _lines("first_names_weak.txt"))


@functools.cache
def source_heads() -> frozenset[str]:
    """Words that name a source that is not a person (``data/source_heads.txt``): «منبع»,
    «وزارت», «روزنامه». A lone such word as a subject is a source, not a surname."""
    return frozenset("".join(_phrase(line)) for line in _lines("source_heads.txt"))


@functools.cache
def outlets() -> frozenset[str]:
    """News outlets by their printed name (``data/outlets.txt``), as search forms with no
    spaces: «ایسنا», «باشگاهخبرنگاران»."""
    return frozenset(text.search_form(line).replace(" ", "") for line in _lines("outlets.txt"))
