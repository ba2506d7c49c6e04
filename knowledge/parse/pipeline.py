"""Raw article text → :class:`ParsedArticle`, calling each extractor in order.

Input checks come first so that bad input never reaches the store: empty or
whitespace-only text, invalid UTF-8 or binary bytes, text that is not Persian, and
text over :data:`MAX_CHARS` each raise a named :class:`~knowledge.errors.BadArticle`.

The clock is a parameter: ``today`` resolves relative dates («دیروز») in articles
that carry no dateline. Nothing here reads the real date.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter

from .. import text
from . import calendars, dates, events, people, places, segment, statements, venues, verbatim
from ..errors import BadEncoding, EmptyArticle, NotPersian, TooLarge, TooShort
from ..models import DateMention, ParsedArticle, PlaceMention, Sentence, Statement
from ..text import Token

MAX_CHARS = 100_000  # about 15 times the longest agency report; a book is not an article
MAX_BYTES = 4 * MAX_CHARS  # the most UTF-8 bytes MAX_CHARS characters can take: a reader stops after this
MIN_PERSIAN_LETTERS = 20
LEGACY_LETTER_SHARE = 0.7  # of non-space characters, for a file to be taken as Windows-1256
_SOURCE_HEADS = ("به گزارش", "به‌گزارش", "به نقل از")
_SOURCE_HEAD_FORMS = tuple((head, text.search_form(head)) for head in _SOURCE_HEADS)
# «تهران- ایرنا- ...», «شیراز - خبرگزاری مهر - ...», «ایسنا - ...»: a city and an agency between dashes
_DASHED_DATELINE = re.compile(
    r"^\s*(?:(?P<city>[^\s\-–—]+(?:\s[^\s\-–—]+)?)\s*[-–—]\s*)?"
    r"(?P<agency>(?:خبرگزاری\s)?[^\s\-–—«»:،]{2,20}(?:\s[^\s\-–—«»:،]{2,20}){0,2})\s*[-–—]\s+")


def decode(data: bytes) -> str:
    """UTF-8 bytes → str; Windows-1256 (Arabic Windows, common for Persian files) when UTF-8
    fails and that reading is mostly Persian letters; binary data or anything else is refused.

    Both the bot's documents and ``newsbot add`` reach here through ``Library.add``.
    """
    if b"\x00" in data:
        raise BadEncoding()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        legacy = data.decode("cp1256")  # every byte has a meaning there: the letters decide
        letters = text.persian_letters(legacy)
        # A Persian text in cp1256 is ~93% Persian letters (of its non-space characters); broken
        # UTF-8 read as cp1256 is ~52% («ط³ظ„ط§ظ…»: every other byte becomes a symbol).
        # A short one is decoded all the same: check() then says «too short», which helps more.
        if not letters or letters < LEGACY_LETTER_SHARE * len("".join(legacy.split())):
            raise BadEncoding() from exc
        return legacy


def check(raw: str) -> str:
    """The text if it can be an article, else a named error."""
    if "\x00" in raw:
        raise BadEncoding()
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate: not text any store can hold
        raise BadEncoding() from exc
    if not raw.strip():
        raise EmptyArticle()
    if len(raw) > MAX_CHARS:
        raise TooLarge(f"متن خبر بیش از حد بلند است ({len(raw):,} نویسه؛ حداکثر {MAX_CHARS:,}).")
    if text.persian_share(raw) < 0.5:
        raise NotPersian()
    if text.persian_letters(raw) < MIN_PERSIAN_LETTERS:  # Persian, but no article is this short
        raise TooShort(MIN_PERSIAN_LETTERS)
    return raw


def parse(raw: str | bytes, *, today: dt.date) -> ParsedArticle:
    raw = check(decode(raw) if isinstance(raw, bytes) else raw)
    seg = segment.segment(raw)
    reference = seg.published or today
    sentences = tuple(
        Sentence(position=i, paragraph=p, text=s, search=text.search_form(s), shown=shown.shown)
        for i, ((p, s), shown) in enumerate(zip(seg.sentences, seg.shown, strict=True))
    )
    if not sentences:
        raise EmptyArticle()
    tokens = [text.spans(s.text) for s in sentences]
    source, body_starts = _source(sentences, tokens)
    title_position = seg.title_sentence
    persons, said = statements.resolve(
        [statements.SentenceIn(s.position, s.paragraph, s.text) for s in sentences],
        title_position=title_position, body_starts=body_starts,
        surtitle_position=0 if seg.surtitle else None,
    )
    found_dates = [
        _at(d, s.position) for s in sentences for d in dates.find_dates(s.text, published=reference)
    ]
    if seg.published:
        found_dates.insert(0, _dateline(seg.published))
    found_places = _places(sentences)
    place, province = _main_place([p for p in found_places if p.kind != "venue"])
    found_events = events.extract(
        [(s.position, s.text) for s in sentences], dates=found_dates, places=found_places,
        article_place=place, person_sentences=[p.sentences for p in persons],
        lead_end=(title_position or 0) + 1,
    )
    said = [_as_written(st, seg.shown) for st in said]
    body = "\n\n".join(seg.shown_paragraphs)
    first_body = (title_position + 1) if title_position is not None else (1 if seg.surtitle else 0)
    lead_paragraph = next((s.paragraph for s in sentences if s.position >= first_body), None)
    lead = seg.shown_paragraphs[lead_paragraph] if lead_paragraph is not None else None
    title = seg.title or _untitled(sentences[0], tokens[0], body_starts.get(0, 0))
    return ParsedArticle(
        title=title, body=body, search_hash=_hash("\n\n".join(seg.paragraphs)), surtitle=seg.surtitle, lead=lead,
        source=source, published=seg.published, place=place, province=province,
        sentences=sentences, persons=tuple(persons), statements=tuple(said),
        dates=tuple(found_dates), places=tuple(found_places), events=tuple(found_events),
    )


def _as_written(statement: Statement, shown: tuple[verbatim.Alignment, ...]) -> Statement:
    """The statement with its text as the article writes it (its sentences' alignments joined
    as the parser joins their texts); hazm's form when the sentences do not hold it as it is."""
    from dataclasses import replace

    span = verbatim.join(shown[statement.first_sentence : statement.last_sentence + 1])
    return replace(statement, shown=span.shown_of(statement.text) or statement.text)


def _at(record: DateMention | PlaceMention, position: int):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    return replace(record, sentence=position)


def _dateline(published: dt.date) -> DateMention:
    return DateMention(raw=published.isoformat(), start=0, end=0, date=published,
                       jalali=calendars.jalali_iso(published), weekday=calendars.weekday_name(published),
                       has_year=True, sentence=None)


def _places(sentences: tuple[Sentence, ...]) -> list[PlaceMention]:
    """Gazetteer places and named venues; a name confirmed once counts in every sentence."""
    found: list[PlaceMention] = []
    confirmed: set[str] = set()
    for s in sentences:
        here = places.find_places(s.text, confirmed=confirmed)
        confirmed |= {p.name for p in here}
        found += [_at(p, s.position) for p in here]
        found += [_at(p, s.position) for p in venues.find_venues(s.text)]
    return found


def _hash(body: str) -> str:
    return hashlib.sha256(text.search_form(body).encode("utf-8")).hexdigest()


def _untitled(first: Sentence, toks: list[Token], clause: int) -> str:
    """A title for a report that has none: its first sentence without «به گزارش ...،»."""
    start = toks[clause].start if clause < len(toks) else 0
    return _shorten(first.text[start:] or first.text)


def _shorten(sentence: str, limit: int = 120) -> str:
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rsplit(" ", 1)[0] + "…"


def _source(sentences: tuple[Sentence, ...], tokens: list[list[Token]]) -> tuple[str | None, dict[int, int]]:
    """The agency in «به گزارش X، ...» and where each such sentence's own clause starts."""
    source: str | None = None
    starts: dict[int, int] = {}
    for s, toks in zip(sentences, tokens):
        dashed = _DASHED_DATELINE.match(s.text)
        if dashed and s.position < 6:  # «تهران - ایرنا - وزیر ... گفت»
            source = source or dashed.group("agency").strip()
            starts[s.position] = _desk_end(toks, next((i for i, t in enumerate(toks) if t.start >= dashed.end()), len(toks)))
            continue
        for head, head_form in _SOURCE_HEAD_FORMS:
            if not s.search.startswith(head_form):
                continue
            name_start = len(head.split())
            end, clause = _source_end(toks, name_start)
            if end > name_start and source is None and s.position < 6:
                source = s.text[toks[name_start].start : toks[end - 1].end]
                agency = source.find("خبرگزاری")
                if agency > 0:  # «خبرنگار اقتصادی خبرگزاری تسنیم» → «خبرگزاری تسنیم»
                    source = source[agency:]
            starts[s.position] = clause
            break
    return source, starts


def _desk_end(toks: list[Token], i: int) -> int:
    """Past the agency's desk after a dashed dateline («برنا - گروه اجتماعی؛ رئیس پلیس ... اعلام
    کرد»): «گروه» and up to four words closed by «؛» or «:» name no speaker."""
    if i < len(toks) and toks[i] == "گروه":
        end = next((j for j in range(i + 1, min(i + 6, len(toks))) if toks[j] in {"؛", ":"}), None)
        if end is not None and all(t.is_word for t in toks[i + 1 : end]):
            return end + 1
    return i


def _source_end(toks: list[Token], i: int) -> tuple[int, int]:
    """(end of the agency name, start of the reported clause) after «به گزارش»."""
    j = i
    while j < len(toks) and j - i < 10:
        tok = toks[j]
        if tok in {"،", ",", ":", "؛"}:
            return j, j + 1
        if tok == "از" and j > i:  # «به گزارش ایرنا از شیراز،», «به‌گزارش خبرگزاری برنا از کرمانشاه؛»
            comma = next((k for k in range(j, min(j + 6, len(toks))) if toks[k] in {"،", "؛"}), None)
            return j, (comma + 1 if comma is not None else j + 2)
        if j > i and (people.pronoun_at(toks, j) or people.name_at("", toks, j)
                      or people.role_end(toks, j) is not None):
            return j, j
        if j > i + 1 and places.lookup(tok) is not None:
            return j + 1, j + 1
        j += 1
    return j, j


def _main_place(found: list[PlaceMention]) -> tuple[str | None, str | None]:
    """The article's place: the most mentioned city, else the most mentioned province."""
    if not found:
        return None, None
    counts = Counter(p.name for p in found)
    cities = [p for p in found if p.kind == "city"]
    provinces = [p for p in found if p.kind == "province"]
    for group in (cities, provinces, found):
        if group:
            best = max(group, key=lambda p: (counts[p.name], -found.index(p)))
            return best.name, best.province
    return None, None
