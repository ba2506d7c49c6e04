"""Interview transcripts: turns that open with a label and a colon.

A transcript alternates the interviewer's turns («خبرنگار: ...؟», «سوال: ...», «مجری: ...»,
an outlet's name before a question «ایسنا: ...؟») with the interviewee's («جی‌دی ونس: ...»,
«ترامپ: ...», «پاسخ: ...»). An article is read as a transcript when one of its paragraphs
opens with an interviewer's label and a clause; then:

* an interviewer's turn is no statement of anybody's (what is reported inside it with a
  subject of its own, «نتانیاهو امروز اعلام کرد که ...», still is), and its label never
  becomes a role of a named person;
* a speaker's labelled turn is that speaker's, the whole paragraph — even a label that is no
  listed name, since in a transcript a label is who is talking;
* a «پاسخ:» turn is the interviewee's: the person the headline or lead names, or else the
  last labelled speaker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence

from .. import text
from . import lexicon, people, subjects
from .people import Mention
from .registry import Person
from ..text import Token

# search forms (folded, no half-spaces)
_INTERVIEWER = frozenset({"خبرنگار", "سوال", "پرسش", "مجری", "گزارشگر", "خبرنگارما"})
_ANSWER = frozenset({"پاسخ", "جواب"})
_LABEL_WORDS = 4  # words a label may have
_LABEL_SPAN = 10  # tokens to the colon of a speaker's label with an apposition or an adjunct
_LABEL_MARKS = frozenset({"،", "(", ")"})  # inside a label: «کامرانی، استاندار:», «ترامپ (رئیس‌جمهور):»
_TAIL_MARKS = frozenset({"،", "("})  # an apposition after a label's name or role
_CLAUSE_WORDS = 3  # words after the colon that make a turn, not a credit line
_FINAL_MARKS = frozenset({".", "!", "؟", "?"})


@dataclass(frozen=True)
class Turn:
    kind: str  # "interviewer" | "answer" | "speaker"
    colon: int  # token index of the label's colon
    label: Mention | None = None  # the speaker's name or role, for "speaker" turns


def _label(toks: list[Token]) -> tuple[int, int] | None:
    """(first word, colon) of a label opening the sentence, after emoji and list dashes: a few
    words, or (checked by :func:`turn`) a name or role with its apposition or an adjunct."""
    first = next((i for i, t in enumerate(toks) if t.is_word), None)
    if first is None or any(t in {"«", "»", "(", ")", "،"} for t in toks[:first]):
        return None
    colon = next((i for i in range(first, min(first + _LABEL_SPAN + 1, len(toks))) if toks[i] == ":"), None)
    if colon is None or colon == first or not all(t.is_word or t in _LABEL_MARKS for t in toks[first:colon]):
        return None
    return first, colon


def _short(toks: list[Token], first: int, colon: int) -> bool:
    """A label of a few words and nothing else: an interviewer's, an outlet's, «پاسخ:», or a speaker's."""
    return colon - first <= _LABEL_WORDS and all(t.is_word for t in toks[first:colon])


def _outlet(toks: list[Token], first: int, colon: int, key: str, short: bool) -> bool:
    """An outlet's label, words only: a listed outlet or «خبرگزاری/روزنامه/شبکه/پایگاه ...». A
    longer one («شبکه خبر صدا و سیما:», «خبرگزاری جمهوری اسلامی ایران ایرنا:») only before its
    own question: a credit line is long too («خبرگزاری فارس ـ گروه هنر و رسانه: روزی که ...»,
    its dash dropped by the normalising) and its paragraph may hold the whole interview."""
    return (all(t.is_word for t in toks[first:colon]) and (short or toks[-1] in {"؟", "?"})
            and (key in lexicon.outlets() or (toks[first] in {"خبرگزاری", "روزنامه", "شبکه", "پایگاه"}
                                              and colon - first > 1)))


def turn(sentence: str, toks: list[Token], *, known: set[str], question: bool, strict: bool = False) -> Turn | None:
    """The turn a paragraph's first sentence opens, or None. ``question``: the paragraph asks
    something (a «؟» in it); ``strict``: an outlet's label needs that to be the interviewer's
    (to tell a transcript from a channel's «ایرنا: ...» headline); inside a transcript it is
    the interviewer's anyway, never a speaker."""
    found = _label(toks)
    if found is None:
        return None
    first, colon = found
    if not clause_after(toks, colon):  # «خبرنگار: علی محمدی», «سعید جلیلی : مخالف»
        return None
    short = _short(toks, first, colon)
    key = "".join(toks[first:colon])
    if short and key in _INTERVIEWER:
        return Turn("interviewer", colon)
    if _outlet(toks, first, colon, key, short):
        return Turn("interviewer", colon) if question or not strict else None
    if short and key in _ANSWER:
        return Turn("answer", colon)
    if list_entry(toks, first, colon):
        return None  # «NAME: دانشیار دانشگاه ...» is a list entry
    label = subjects.subject_at(sentence, toks, first, known=known)
    if label is None or label.end != colon:
        label = subjects.phrase_subject(sentence, toks, first, colon)
    if label is None or label.kind not in {"name", "surname", "role"}:
        return None
    if not short and not label_tail(toks, label.end, colon) and not people.is_verb_start(toks, label.end):
        return None  # a longer label is a name or role, then its apposition, «در/درباره ...» or «مدعی شد»
    return Turn("speaker", colon, label)


def label_tail(toks: list[Token], end: int, colon: int) -> bool:
    """A name or role ending at ``end`` is a label's, with only an apposition or an adjunct
    («، ROLE», «در پاسخ به پرسش») between it and the colon."""
    return end == colon or toks[end] in _TAIL_MARKS or toks[end] in subjects.ADJUNCT_OPENERS


def clause_after(toks: list[Token], colon: int) -> bool:
    """A label's colon is followed by a clause — a few words with a verb or a full stop —
    not by a name or a word of a credit line or a vote tally."""
    words = [t for t in toks[colon + 1 :] if t.is_word]
    return len(words) >= _CLAUSE_WORDS and (toks[-1] in _FINAL_MARKS or any(text.is_verb(t) for t in words))


def list_entry(toks: list[Token], first: int, colon: int) -> bool:
    """What stands before the colon is no label: a verb in it («... تصریح می‌کند:»), or a
    role after it («حسن خسروی: دانشیار دانشگاه ...», an entry of a list of people)."""
    return any(text.is_verb(t) for t in toks[first:colon]) or people.starts_role(toks, colon + 1)


def interviewer_label(toks: list[Token], first: int, colon: int) -> bool:
    """The words before a colon are an interviewer's label («خبرنگار:», «سوال:», «مجری:»):
    whatever follows is a question, nobody's statement, in a transcript or not."""
    return "".join(toks[first:colon]) in _INTERVIEWER


def addressed(toks: list[Token], start: int, end: int) -> bool:
    """A verb of saying in the second person plural («شما گفته بودید», «اعلام کردید»): the
    interviewer tells the interviewee what they said; the words before it are no speaker."""
    words = toks[end - 1 : end + 1] if end > start else []  # «گفته» then «بودید»
    return any(w.endswith("ید") and text.is_verb(w) for w in words)


def interviewer_opens(sentence: str, toks: list[Token], *, question: bool) -> bool:
    """Whether a paragraph opens with an interviewer's turn (which makes the article a transcript)."""
    found = turn(sentence, toks, known=set(), question=question, strict=True)
    return found is not None and found.kind == "interviewer"


class _Sentence(Protocol):
    paragraph: int
    text: str
    position: int


class Transcript:
    """The turns of an article read as a transcript, paragraph by paragraph. Outside a
    transcript (no interviewer's label anywhere) it finds no turns at all."""

    def __init__(self, sentences: Sequence[_Sentence]) -> None:
        self.asks = {s.paragraph for s in sentences if "؟" in s.text or "?" in s.text}
        opens = [s for i, s in enumerate(sentences) if i == 0 or sentences[i - 1].paragraph != s.paragraph]
        self.on = any(interviewer_opens(s.text, text.spans(s.text), question=s.paragraph in self.asks)
                      for s in opens)
        self.paragraph: int | None = None  # the paragraph of the current turn
        self.current: Turn | None = None
        self.opening = False  # the sentence is the one that opens its turn
        self.index: int | None = None  # the statement the current turn made, for its later sentences
        self.first_turn: int | None = None  # the position of the first turn
        self.speaker: Person | None = None  # the last labelled speaker

    def turn(self, s: _Sentence, before: _Sentence | None, toks: list[Token], known: set[str]) -> Turn | None:
        """The turn a sentence belongs to, or None."""
        self.opening = False
        if not self.on:
            return None
        if before is None or before.paragraph != s.paragraph:
            self.current = turn(s.text, toks, known=known, question=s.paragraph in self.asks)
            self.paragraph, self.index, self.opening = s.paragraph, None, self.current is not None
            if self.current is not None and self.first_turn is None:
                self.first_turn = s.position
        return self.current if self.paragraph == s.paragraph else None

    def interviewee(self, people: list[Person]) -> Person | None:
        """Whom a «پاسخ:» turn is by: the first person the headline or lead names or quotes
        (before the first turn) — by name or by role alone («استاندار فارس در گفت‌وگو با ایسنا
        گفت»), never a source —, or else the last labelled speaker."""
        first = self.first_turn if self.first_turn is not None else 0
        named = sorted((p for p in people if not p.source and p.first_seen < first),
                       key=lambda p: p.first_seen)
        return named[0] if named else self.speaker
