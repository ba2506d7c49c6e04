"""Split pasted article text into header, surtitle, headline, paragraphs and sentences.

People paste news in three shapes, and the same text can mix them:

* one paragraph a line (seed 000);
* paragraphs hard-wrapped mid-sentence, with blank lines between the pieces (seed
  001) — hazm's sent_tokenize then cuts sentences in half, so pieces are re-joined
  here before sentences are split;
* a header line (``date 2025-11-08 پخش زنده``, «تاریخ انتشار: ...») before the
  headline.

A piece is joined to the next one when it does not end a sentence and either the
document is hard-wrapped (most of its blank-line-separated pieces stop mid-sentence),
the piece ends on a word that cannot end a sentence (و، از، به ...), or the next line
starts with a space (a continuation line).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .. import text
from . import dates, verbatim

_TERMINAL = ".!?؟…»\"”"
_CONNECTORS = frozenset(
    "و از در به با که را برای تا یا این آن های ای بر چون اما ولی نیز هم همچنین "
    "روز مورخ مورخه سال ماه نیازمند".split()
)
_HEADER = re.compile(r"^\s*(?:date|تاریخ(?:\s+انتشار)?|زمان\s+انتشار|انتشار)\s*[:：]?\s*(.+)$", re.I)
_META = re.compile(r"^\s*(?:کد\s*خبر|شناسه\s*خبر|news\s*id|لینک|منبع)\s*[:：]", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?؟])(?<!\.\.\.)(?<!\s\.)\s+(?=\S)")
_REPORT_LEAD = re.compile(r"^\s*(?:به\s+گزارش|به\s+نقل\s+از)")
# Lines that close or decorate agency copy and are not part of the report.
_FOOTER = re.compile(
    r"^\s*(?:/?\s*انتهای\s+(?:پیام|خبر)\s*/?|پایان\s+پیام|/+|بیشتر\s+بخوانید\s*:?.*|"
    r"(?:کد\s*خبر|منبع|برچسب‌?ها|کلیدواژه‌?ها|خبرنگار|عکس|عکاس|تهیه|دبیر)\s*[:：].*|[A-Za-z0-9/]{1,12})\s*$")


# Telegram posts (a mirror puts emoji, hashtags and links on lines of their own, so lines
# break mid-sentence): an emoji-only line separates paragraphs; the channel's handle
# («@Farsna») opens the footer; link, handle and promotion lines are not the news.
_NO_WORDS = re.compile(r"^[^\w]*$")
_HANDLE = re.compile(r"^\s*(?:🆔\s*)?@\w*\s*$")
_HASHTAGS = re.compile(r"^\s*(?:#[\w\u200c]+\s*)+$")
_LINK = re.compile(r"https?://|t\.me/|www\.|^\s*(?:\|.*|link|لینک)\s*$", re.I)
_PROMO = re.compile(r"عضو\s*(?:شوید|بشید|شید)|عضویت|👇|🆔|کانال\s+ما|join", re.I)
_LATIN_ONLY = re.compile(r"^[\sA-Za-z0-9_.\-|]+$")
# A list item's mark at the start of a line («- تزیپی هوتوولی، ... گفت:», «• ...»): not a word
# of the sentence, and the item starts a paragraph of its own.
_BULLET = re.compile(r"^[-–—•▪◾●]\s+(?=\w)")


def _noise(line: str) -> bool:
    """A line of a post that is not text of the news: emoji, a handle, a link, an ad."""
    return bool(_NO_WORDS.match(line) or _HANDLE.match(line) or _LINK.search(line)
                or _PROMO.search(line) or _LATIN_ONLY.match(line))


def _is_telegram(lines: list[str]) -> bool:
    stripped = [line.strip() for line in lines if line.strip()]
    return any(_HANDLE.match(line) for line in stripped[-6:]) or sum(
        1 for line in stripped if _NO_WORDS.match(line)) >= 2


def _telegram(lines: list[str]) -> list[str]:
    """A post's lines as paragraphs (one a line): footer cut, emoji lines as breaks, a line
    broken mid-sentence joined to the next, inline hashtags as words, tag lines dropped."""
    lines = [line.strip() for line in lines]
    handle = next((i for i in range(len(lines) - 1, -1, -1) if _HANDLE.match(lines[i])), None)
    if handle is not None and handle >= len(lines) - 8:
        lines = lines[:handle]  # «@Farsna», «-», «Link», «خبر جنگ»
    while lines and (not lines[-1] or _noise(lines[-1]) or _HASHTAGS.match(lines[-1])):
        lines.pop()
    paragraphs: list[str] = []
    current, lines_in = "", 0
    for line in lines:
        if not line or _NO_WORDS.match(line):  # an emoji bullet: a paragraph break
            if current:
                paragraphs.append(current)
            current, lines_in = "", 0
            continue
        if _noise(line):
            continue
        item = _BULLET.match(line)
        if item:
            line = line[item.end():]
            if current:
                paragraphs.append(current)
            current, lines_in = "", 0
        if _HASHTAGS.match(line):
            if not current or _ends_sentence(current):
                continue  # a tag line («#حکایت»), not a word of the text
            line = line.replace("#", "").replace("_", " ")  # «در #گفتگو با ...»
        headline = not paragraphs and lines_in == 1 and text.fold(_last_word(current)) not in _CONNECTORS
        if current and not _ends_sentence(current) and not headline:
            current = f"{current} {line}"  # the mirror broke the line mid-sentence
        else:
            if current:
                paragraphs.append(current)
            current = line
        lines_in += 1
    if current:
        paragraphs.append(current)
    return paragraphs


@dataclass(frozen=True)
class Segmented:
    published: dt.date | None
    channel: str | None  # the label after a dateline, «پخش زنده»
    surtitle: str | None
    title: str | None
    paragraphs: tuple[str, ...]  # display form: surtitle, headline (when present), then the body
    sentences: tuple[tuple[int, str], ...]  # (paragraph index, hazm's form: what the parser reads)
    title_sentence: int | None = None  # index into sentences of the headline
    # what users see: the paragraphs as written (knowledge.text.clean, single spaces), and
    # each sentence's hazm form aligned with its text as written (knowledge.parse.verbatim)
    shown_paragraphs: tuple[str, ...] = ()
    shown: tuple[verbatim.Alignment, ...] = ()


@dataclass
class _Piece:
    text: str
    blank_before: bool
    indented: bool


def _pieces(lines: list[str]) -> list[_Piece]:
    pieces: list[_Piece] = []
    blank = False
    for line in lines:
        if not line.strip():
            blank = True
            continue
        pieces.append(_Piece(line.strip(), blank, line[:1].isspace()))
        blank = False
    return pieces


def _header(pieces: list[_Piece]) -> tuple[dt.date | None, str | None, list[_Piece]]:
    """Take dateline and metadata lines off the top."""
    published: dt.date | None = None
    channel: str | None = None
    while pieces:
        first = pieces[0].text
        match = _HEADER.match(first)
        if match and len(first) < 80:
            found = dates.parse_iso(match.group(1))
            if found is None:
                mentions = dates.find_dates(match.group(1), published=None)
                found = mentions[0].date if mentions else None
            if found is not None:
                published = published or found
                label = re.sub(r"^[\d۰-۹٠-٩/\-\s:]+", "", match.group(1)).strip()
                channel = label or None
                pieces = pieces[1:]
                continue
        if _META.match(first) and len(first) < 80:
            pieces = pieces[1:]
            continue
        break
    return published, channel, pieces


_SURTITLE_END = re.compile(r"(?:مطرح شد|عنوان شد|اعلام شد|تاکید شد|خبر داد|خبر دادند|گفت|تاکید کرد|اعلام کرد|عنوان کرد|مطرح کرد|تصریح کرد|هشدار داد)$")


def _is_surtitle(piece: str) -> bool:
    """A short line above the headline: «در آیین گشایش هفته پژوهش مطرح شد», «... عنوان شد:»."""
    piece = piece.strip()
    if len(piece) > 160 or piece.endswith((".", "!", "؟", "?")):
        return False
    return piece.endswith(":") or bool(_SURTITLE_END.search(text.search_form(piece)))


def _ends_sentence(piece: str) -> bool:
    return piece.rstrip().endswith(tuple(_TERMINAL)) or piece.rstrip().endswith(":")


def _last_word(piece: str) -> str:
    words = text.tokens(piece)
    return words[-1] if words else ""


def _hard_wrapped(body: list[_Piece]) -> bool:
    """Most pieces stop mid-sentence: between blank lines (seed 001), or at a fixed width
    with single line breaks (lines cut at 70–80 characters)."""
    separated = [p for p in body[:-1] if p.blank_before or p is body[0]]
    if len(separated) >= 3:
        open_ended = sum(1 for p in separated if not _ends_sentence(p.text))
        if open_ended / len(separated) >= 0.3:
            return True
    lines = body[:-1]
    if len(lines) < 4:
        return False
    width = max(len(p.text) for p in lines)
    cut = [p for p in lines if not _ends_sentence(p.text) and len(p.text) >= 0.8 * width]
    return width <= 120 and len(cut) / len(lines) >= 0.5


def _join(body: list[_Piece]) -> list[str]:
    wrapped = _hard_wrapped(body)
    paragraphs: list[str] = []
    current = ""
    for i, piece in enumerate(body):
        current = f"{current} {piece.text}".strip() if current else piece.text
        nxt = body[i + 1] if i + 1 < len(body) else None
        if nxt is None:
            break
        joins = not _ends_sentence(current) and (
            wrapped
            or text.fold(_last_word(current)) in _CONNECTORS
            or nxt.indented
            or (not nxt.blank_before and not piece.blank_before and _continues(nxt.text))
        )
        if not joins:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def _continues(line: str) -> bool:
    """A line that cannot open a paragraph: it starts with a connector."""
    words = text.tokens(line)
    return bool(words) and words[0] in {"و", "که", "را", "تا"}


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of one display paragraph; «...» and decimals are not sentence ends."""
    parts = [p.strip() for p in _SENTENCE_END.split(paragraph)]
    return [p for p in parts if p]


def segment(raw: str) -> Segmented:
    """Header, headline and sentences of raw pasted text (already checked non-empty)."""
    lines = text.clean(raw).split("\n")
    published, channel, pieces = _header(_pieces(lines))
    post_mode = _is_telegram([p.text for p in pieces])
    if post_mode:
        post = _telegram([p.text for p in pieces])
        pieces = [_Piece(line, True, False) for line in post] or pieces[:1]
    while pieces and _FOOTER.match(pieces[-1].text) and len(pieces[-1].text) < 120:
        pieces = pieces[:-1]
    surtitle: str | None = None
    title: str | None = None
    if len(pieces) > 2 and _is_surtitle(pieces[0].text) and not _REPORT_LEAD.match(pieces[1].text):
        if not pieces[1].text.rstrip().endswith((".", "!")) and len(pieces[1].text) < 220:
            surtitle, pieces = pieces[0].text, pieces[1:]
    if len(pieces) > 1 and not _REPORT_LEAD.match(pieces[0].text) and len(pieces[0].text) < 250:
        if not pieces[0].text.rstrip().endswith((".", "!")):
            title, pieces = pieces[0].text, pieces[1:]
    head = [text.normalize(h) for h in (surtitle, title) if h]
    joined = [p.text for p in pieces] if post_mode else _join(pieces)
    written = [h for h in (surtitle, title) if h] + joined
    pairs = [(p, " ".join(w.split())) for p, w in zip(head + [text.normalize(p) for p in joined], written) if p]
    paragraphs = [p for p, _ in pairs]
    sentences: list[tuple[int, str]] = []
    shown: list[verbatim.Alignment] = []
    for index, (paragraph, as_written) in enumerate(pairs):
        chunks = [paragraph] if index < len(head) else split_sentences(paragraph)
        alignment = verbatim.align(paragraph, as_written)
        at = 0
        for chunk in chunks:
            at = paragraph.find(chunk, at)
            sentences.append((index, chunk))
            shown.append(alignment.part(at, at + len(chunk)))
            at += len(chunk)
    return Segmented(
        published=published,
        channel=channel,
        surtitle=head[0] if surtitle else None,
        title=head[-1] if title else None,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        title_sentence=(len(head) - 1) if title else None,
        shown_paragraphs=tuple(w for _, w in pairs),
        shown=tuple(shown),
    )
