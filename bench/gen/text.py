"""Folding (letters, digits, diacritics), word splitting, topic regexes and answer_matches."""

from __future__ import annotations

import re

from .dates import _FA_DIGITS, MONTHS
from .records import ZWNJ, Question


_FOLD_MAP = {
    "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا",
    "آ": "ا", "ؤ": "و", "ء": None, "\u0640": None,
    **{c: str(i) for i, c in enumerate(_FA_DIGITS)},
    **{c: str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")},
}
# A chain of str.replace: several times faster than str.translate on non-ASCII text.
_FOLD_PAIRS = tuple((k, v or "") for k, v in _FOLD_MAP.items()) + tuple(
    (chr(c), "") for c in range(0x064B, 0x0653))
_AR_TO_FA = str.maketrans({"ي": "ی", "ك": "ک"})


def fold(text: str) -> str:
    """Letter variants, digits and diacritics folded; half-spaces kept; whitespace squeezed."""
    for old, new in _FOLD_PAIRS:
        text = text.replace(old, new)
    return " ".join(text.split())  # much faster than a Unicode regex


def _nospace(text: str) -> str:
    return re.sub(r"[\s\u200c]+", "", fold(text))


def answer_matches(question: Question, answer: str) -> bool:
    """Does ``answer`` contain ``question.expect``, up to spelling noise?

    Letters (ي/ی, ك/ک, ئ/ی, أ/ا, آ/ا), digits (Persian/Latin) and diacritics are folded on both
    sides, and a half-space, a space or nothing are interchangeable anywhere («فرصت‌ها»,
    «فرصت ها», «فرصتها»). The expect must stand as whole words: «کرمان» does not match
    «کرمانشاه», nor «۷ آبان ۱۴۰۴» «۱۷ آبان ۱۴۰۴». A date may carry «ماه» after the month.
    """
    hay = fold(answer)
    if question.kind == "when":
        hay = re.sub(rf"({'|'.join(map(fold, MONTHS))})[\s\u200c]*ماه", r"\1", hay)
    chars = [c for c in fold(question.expect) if not c.isspace() and c != ZWNJ]
    if not chars:
        return False
    body = r"[\s\u200c]*".join(map(re.escape, chars))
    # a half-space is inside a word: «زاده» is not a word of «حسین‌زاده»
    return re.search(rf"(?<![\w\u200c]){body}(?![\w\u200c])", hay) is not None


def _z(s: str) -> str:
    """Templates are written with «_» for the half-space (ZWNJ), which is invisible in an editor."""
    return s.replace("_", ZWNJ)


def _zs(items) -> tuple[str, ...]:
    return tuple(_z(s) for s in items)


_PUNCT = tuple("،؛:.!?؟«»()[]\"',/-%٪+*")


def _words(text: str) -> list[str]:
    """Whitespace- and punctuation-separated words (half-spaces stay inside words)."""
    for p in _PUNCT:
        text = text.replace(p, " ")
    return text.split()


def _tokens(text: str) -> list[str]:
    return _words(fold(text))


class _TopicRx:
    """Finds a topic in folded text however its half-spaces were typed; ``literal`` (its first
    piece) is a cheap substring test to run first, since a look-behind defeats re's own."""

    __slots__ = ("literal", "search")

    def __init__(self, topic: str) -> None:
        pieces = [w.split(ZWNJ) for w in fold(topic).split(" ")]
        words = [r"[\u200c ]?".join(map(re.escape, w)) for w in pieces]
        self.search = re.compile(r"(?<!\w)" + r"\s+".join(words)).search
        self.literal = pieces[0][0]


def _topic_regex(topic: str) -> _TopicRx:
    return _TopicRx(topic)
