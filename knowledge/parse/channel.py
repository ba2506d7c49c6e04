"""Structures of channel posts (Telegram) that agency copy does not use.

A channel post often puts who speaks on a line of its own, ending in a colon, and what they
said in the lines below it, each after an emoji («📍 محسن خلیلی، معاون ورزشی پرسپولیس:» then
«🎙 در مورد نیم‌فصل ...»; «اسماعیل کوثری، عضو کمیسیون امنیت ملی مجلس در گفتگو با خبرفوری:»
then «🔹 اصل قضیه این است که ...»). Used by :mod:`knowledge.parse.statements` and
:mod:`knowledge.parse.attribution`.
"""

from __future__ import annotations

from .. import text
from . import subjects
from .people import Mention
from ..text import Token

# What may stand between a header's name (or role) and its colon: an apposition after «،»,
# where it was said («در گفتگو با خبرفوری»), what about («درباره ایران»).
_TAIL_OPENERS = frozenset({"،", ",", "در", "درباره", "دربارهی", "درمورد"})
_TAIL_WORDS = 14  # words of a header's tail: a long role and an outlet's name


def header(toks: list[Token], label_start: int, label_end: int, colon: int) -> bool:
    """Whether a sentence whose colon is its last token is a speaker's header: a name or role
    (``toks[label_start:label_end]``, found by the caller) that opens the line, then at most an
    apposition, «در گفتگو با X» or «درباره Y» with no verb, then the colon that ends the line."""
    if colon != len(toks) - 1 or label_end > colon or any(t.is_word for t in toks[:label_start]):
        return False
    tail = toks[label_end:colon]
    if not tail:
        return True
    words = [t for t in tail if t.is_word]
    return (tail[0] in _TAIL_OPENERS and len(words) <= _TAIL_WORDS
            and all(t.is_word or t in {"،", ",", "(", ")"} for t in tail)
            and not any(text.is_verb(t) for t in words))


def opens(toks: list[Token], subject: Mention | None) -> bool:
    """Whether a sentence whose speaker is ``subject`` is a header line ending in its colon."""
    return subject is not None and bool(toks) and toks[-1] == ":" and header(
        toks, subject.start, subject.end, len(toks) - 1)


def header_label(label: Mention, toks: list[Token], known: set[str]) -> bool:
    """A header line's label names someone: a name or role, or a surname already known or
    followed by its apposition («کرمی، رئیس اتحادیه ...:»), never «پی نوشت:» or «پست‌های ...:»."""
    if label.kind == "surname" and label.surname not in known and toks[label.end] != "،":
        return False
    return header(toks, label.start, label.end, len(toks) - 1)


def opening_label(sentence: str, toks: list[Token], first: int) -> Mention | None:
    """The speaker of a post with no headline of its own that opens «NAME: ...» in the first
    person singular («نتانیاهو: دیشب با ... گفتگو کردم.», «ترامپ: من ... مخالفم»): the name,
    even when no list knows it — a label such as «قیمت بنزین:» is never followed by «کردم»/«من»,
    and the plural «ما ... بودیم» is as often a team's or a channel's. The colon is ``toks[label.end]``."""
    colon = next((i for i in range(first, min(first + 4, len(toks))) if toks[i] == ":"), None)
    if colon is None or colon == first:
        return None
    label = subjects.phrase_subject(sentence, toks, first, colon)
    after = [t for t in toks[colon + 1:] if t.is_word]
    if label is None or label.kind not in {"name", "surname"} or label.end != colon or len(after) < 3:
        return None
    return label if singular_first_person(after) else None


def singular_first_person(toks: list[Token]) -> bool:
    """«من», «بنده» or a verb in the first person singular («کردم»)."""
    return any(t in {"من", "بنده"} or (text.is_verb(t) and t.endswith("م") and not t.endswith("یم")) for t in toks)
