"""Who said what: verbs of saying, speakers, coreference and quote spans.

For each sentence the resolver finds the verb of saying that introduces the quote (the
last one before «:»; otherwise the last one in the sentence, or «به گفته X،»), then the
clause's subject: a name, a surname, a role phrase or an anaphor («وی», «این مقام»).

* anaphors resolve to the last speaker;
* a role resolves to the person who holds that role in the article; a role nobody
  holds yet becomes a placeholder, filled when a name later takes the role, when a new
  surname continues its words («مدیر روابط عمومی ... گفت» then «عزیزی ادامه داد»), or
  — when the article has exactly one named speaker, who has no role — by that speaker;
* a quote opened with «:» runs to the end of its paragraph; one opened with «« runs
  to its »», across paragraphs; sentences it covers make no statements of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import text
from . import apposition, channel, context, interview, lexicon, speakers, subjects
from ..models import Person, Statement
from .people import Mention
from .registry import Person as _Person
from .registry import Registry
from .registry import add_role as _add_role
from ..text import Token

_SKIP_WORDS = frozenset({"همچنین", "سپس", "همچنان", "نیز", "اما", "ولی", "البته", "ضمنا"})
_ADVERBIAL_OPENERS = frozenset({"این", "همین", "ادامه", "پایان", "اغاز", "ابتدای", "حاشیه", "جریان", "خلال"})
_PREFERRED_CONNECTORS = frozenset({"که", "تا"})
_BELOW = -1  # a header line's statement: it takes every paragraph below until someone else speaks



_LEADING = re.compile(r"^(?:(?:نیز|همچنین|هم|سپس|در ادامه|ضمن اینکه)[\s،]+)+")


@dataclass
class _Verb:
    start: int
    end: int
    phrase: str
    continues: bool


def find_verbs(toks: list[Token]) -> list[_Verb]:
    """Verbs of saying in a token list, left to right, longest first on overlaps. A verb
    right after another («وزیر گفت خواست مردم ...») is a word of what was said, not a verb."""
    joined = ""
    offsets: list[int] = []
    for tok in toks:
        offsets.append(len(joined))
        joined += tok + " "
    joined = joined.rstrip()
    index = {off: i for i, off in enumerate(offsets)}
    found: list[_Verb] = []
    for verb in lexicon.saying_verbs():
        if verb.first not in joined:  # a cheap test before the pattern («» is in every text)
            continue
        for m in verb.pattern.finditer(joined):
            if m.start() not in index:
                continue
            start = index[m.start()]
            end = start + len(m.group().split())
            found.append(_Verb(start, end, verb.phrase, verb.continues))
    found.sort(key=lambda v: (v.start, -(v.end - v.start)))
    kept: list[_Verb] = []
    for v in found:
        if not kept or v.start > kept[-1].end:
            kept.append(v)
    return kept


def _clause_start(toks: list[Token], i: int, limit: int | None = None) -> int:
    """Skip «همچنین», «در این نشست،», «در ادامه ...،» before the subject.

    An opening «در این/ادامه ...» clause ends at a comma a few words on, or — when its noun
    takes a relative clause («در ادامه این نشست که ... برگزار شد،») — at the comma that
    closes it, however far; either comma must come before ``limit`` (the verb of saying or
    the label's colon) with words between them for the subject («در این نشست وزیر گفت:
    ما، ...» skips no further than «در این»). Otherwise «در» and the two words after it
    are skipped."""
    end = len(toks) if limit is None else limit
    while i < len(toks):
        if toks[i] in _SKIP_WORDS or toks[i] == "،":
            i += 1
            continue
        if (after := context.subordinate_end(toks, i)) is not None:  # «درحالی‌که ...، سخنگوی ... گفت»
            i = after
            continue
        if toks[i] == "در" and i + 1 < len(toks) and toks[i + 1] in _ADVERBIAL_OPENERS:
            relative = "که" in toks[i + 2 : min(i + 5, end)]
            reach = end if relative else min(i + 14, end)
            comma = next((j for j in range(i, reach) if toks[j] == "،"), None)
            i = comma + 1 if comma is not None and comma + 1 < end else i + 3
            continue
        break
    return i


@dataclass
class Attribution:
    subject: Mention | None
    verb: _Verb | None
    quote_start: int | None  # character offset where the quoted/reported text starts
    direct: bool
    quote_end: int | None = None  # where it ends, when the attribution follows the quote


def attribute(sentence: str, toks: list[Token], start: int, *, known: set[str],
              headline: bool) -> Attribution | None:
    """The verb, subject and quote of one sentence, or None when nobody speaks in it."""
    verbs = [v for v in find_verbs(toks) if v.start >= start and not _modal(toks, v)]
    colon = next((i for i in range(start, len(toks)) if toks[i] == ":"), None)
    # a label of up to four words («خبرگزاری جمهوری اسلامی ایران:»), or a longer name or role
    # («سخنگوی وزارت امور خارجه جمهوری اسلامی ایران:»), then the report with its own speaker
    if (colon is not None and not headline and not any(v.end <= colon for v in verbs)
            and any(v.start > colon for v in verbs)
            and (colon - start <= 4 or _whole_label(sentence, toks, start, colon, known))):
        start = colon + 1  # «خبرگزاری فارس: ... گفت: ...»: a label, then the report
        colon = next((i for i in range(start, len(toks)) if toks[i] == ":"), None)
    inner = context.reported_report(toks, start, colon, verbs)
    if inner is not None:  # «ایرنا در خبری نوشت: «مسعود شریفی» افزود: ...»: the report's speaker speaks
        start = inner
        colon = next((i for i in range(start, len(toks)) if toks[i] == ":"), None)
    # «به گفته X، ...»
    if start + 2 < len(toks) and toks[start] == "به" and toks[start + 1] == "گفته":
        subject = subjects.subject_at(sentence, toks, start + 2, known=known)
        if subject is not None:
            comma = next((j for j in range(subject.end, len(toks)) if toks[j] == "،"), subject.end - 1)
            if comma + 1 < len(toks):  # a line cut off after «به گفته X» reports nothing
                return Attribution(subject, _Verb(start, start + 2, "به گفته", False), toks[comma + 1].start, False)
    verb: _Verb | None = None
    if colon is not None:
        before = [v for v in verbs if v.end <= colon]
        verb = before[-1] if before else None
        if verb is None and not headline:
            label = None if verbs else _label(sentence, toks, _clause_start(toks, start, colon), colon, known)
            if label is not None:  # «سخنگوی دولت: قیمت بنزین ... ثابت می‌ماند.», or a header line
                return Attribution(label, None, toks[colon + 1].start if colon + 1 < len(toks) else len(sentence), True)
            colon = None
    if verb is None and colon is None:
        verb = verbs[-1] if verbs else None
        if verb is None:
            return None
    named = subjects.quoted_name(sentence, toks, start)
    if verbs and toks[start] in _OPENING and named is None:
        closing = _OPENING[toks[start]]
        close = next((i for i in range(start + 1, verbs[0].start) if toks[i] in closing), None)
        if close is not None:  # «...»؛ این را X گفت — the quote comes first
            after = [v for v in verbs if v.start > close]
            subject = subjects.subject_at(sentence, toks, _after_quote(toks, close + 1), known=known)
            if subject is None:
                subject = next((m for m in apposition.all_names(sentence, toks) if m.start > close), None)
            return Attribution(subject, after[0] if after else verbs[0], toks[start].start, True, toks[close].end)
    limit = verb.start if verb else colon
    first = _clause_start(toks, start, limit)
    if named is None and first > start:
        named = subjects.quoted_name(sentence, toks, first)  # «در همین ارتباط، «NAME» ROLE ... افزود»
    subject = named or subjects.subject_at(sentence, toks, first, known=known)
    if subject is not None and limit is not None and subject.start >= limit:
        subject = None
    if subject is None:
        for mention in apposition.all_names(sentence, toks):
            if first <= mention.start and (limit is None or mention.end <= limit):
                subject = mention
                break
    if subject is None and limit is not None:
        subject = subjects.phrase_subject(sentence, toks, first, limit)
    if verb is None and subject is None:
        return None  # a headline colon with nobody before it
    lead = _lead_in(toks, subject, first, verb, verbs)
    if colon is not None:
        quote = toks[colon + 1].start if colon + 1 < len(toks) else len(sentence)
        return Attribution(subject, verb, quote if lead is None else lead, True)
    assert verb is not None
    if lead is not None:
        quote = lead  # «وی از فرمانداران خواست تا ...»: whom and what belong to the statement
    elif verb.end < len(toks) - 2 and toks[verb.end] in _PREFERRED_CONNECTORS | {"،"} | {"«"}:
        quote = toks[verb.end + (0 if toks[verb.end] == "«" else 1)].start
    elif verb.end < len(toks) - 3 and toks[verb.end].is_word:
        quote = toks[verb.end].start  # «ابراز امیدواری کرد مدیریت فضای مجازی ...»
    else:
        quote = toks[subject.end].start if subject and subject.end < len(toks) else toks[first].start
    return Attribution(subject, verb, quote, False)


# Verbs whose object comes before them: «بر ضرورت ... تأکید کرد», «از فرمانداران خواست تا ...»,
# «از ... خبر داد». What stands between the subject and such a verb is part of what was said.
_OBJECT_FIRST = frozenset({
    "تاکید کرد", "تاکید داشت", "تاکید نمود", "تاکید میکند", "خواست", "خبر داد", "ضروری دانست",
    "لازم دانست", "ضروری خواند", "برشمرد", "هشدار داد", "انتقاد کرد", "قدردانی کرد", "تشکر کرد",
    "ارزیابی کرد", "وعده داد", "پیشنهاد کرد", "پیشنهاد داد", "خواستار * شد", "دانست", "توصیه کرد", "محکوم کرد",
})
_MODALS = frozenset({"میتوان", "نمیتوان", "باید", "نباید", "توان", "بتوان", "میشود", "میتوانم", "میتوانیم"})


def _modal(toks: list[Token], verb: _Verb) -> bool:
    """«می‌توان گفت», «باید گفت»: a figure of speech, not someone speaking."""
    return verb.start > 0 and toks[verb.start - 1] in _MODALS


def _lead_in(toks: list[Token], subject: Mention | None, first: int, verb: _Verb | None,
             verbs: list[_Verb]) -> int | None:
    """Where the statement starts when the words before the verb are part of it: an
    object-first verb («بر ... تأکید کرد و گفت: ...», «از ... خواست تا ...»)."""
    if verb is None:
        return None
    begin = subject.end if subject is not None else first
    while begin < verb.start and toks[begin] in {"،", "نیز", "هم", "همچنین", "در", "ادامه", "پایان"} and (
            toks[begin] != "در" or begin + 1 < len(toks) and toks[begin + 1] in {"ادامه", "پایان"}):
        begin += 1
    if begin >= verb.start:
        return None
    object_first = [v for v in verbs if begin < v.start and v.end <= verb.end and v.phrase in _OBJECT_FIRST]
    return toks[begin].start if object_first else None


_OPENING = {"«": {"»"}, '"': {'"', "”"}, "“": {"”", '"'}}


def _after_quote(toks: list[Token], i: int) -> int:
    """Skip «؛ این را» / «، این را» between a leading quote and its speaker."""
    while i < len(toks) and (toks[i] in {"؛", "،", ",", "این", "را", "اینها", "اینرا"} or not toks[i].is_word):
        i += 1
    return i


@dataclass(frozen=True)
class SentenceIn:
    position: int
    paragraph: int
    text: str


def resolve(sentences: list[SentenceIn], *, title_position: int | None,
            body_starts: dict[int, int], surtitle_position: int | None = None) -> tuple[list[Person], list[Statement]]:
    """People and statements of an article, given its sentences in order.

    ``body_starts`` maps a sentence position to the token where its clause starts
    (after a «به گزارش ...» source prefix).
    """
    registry = Registry()
    raw: list[tuple[_Person, str, str, int, int, bool, str]] = []
    last: _Person | None = None
    last_statement_by_placeholder: _Person | None = None
    open_quote: int | None = None  # index into raw of a «...» quote still open
    colon_quote_paragraph: tuple[int, int | None] | None = None  # (raw index, paragraph; None: the next one)
    # who «وی/او» stands for when nobody has spoken yet: the last person or subject mentioned
    antecedent: _Person | tuple[Mention, int] | None = None
    previous: SentenceIn | None = None
    voice_paragraph: int | None = None  # a paragraph read as the last speaker's own talk
    voice: _Person | None = None  # a post's opening «NAME: ... کردم»: the «من» of its later lines
    transcript = interview.Transcript(sentences)
    for s in sentences:
        before, previous = previous, s
        toks = text.spans(s.text)
        mentions = apposition.all_names(s.text, toks)
        noted = [registry.note(mention, s.position) for mention in mentions]
        if noted:
            antecedent = context.main_mention(toks, mentions, noted)
        turn = transcript.turn(s, before, toks, registry.known_surnames())
        if turn is not None and transcript.opening and turn.kind != "interviewer":
            last = _turn(s, toks, turn, transcript, registry, raw) or last  # the interviewee's turn
            open_quote = colon_quote_paragraph = None
            continue
        if turn is not None:
            open_quote = None  # a new turn ends what the last one quoted
            if turn.kind != "interviewer":
                if transcript.index is not None:
                    _extend(raw, transcript.index, s)  # the turn goes on
                continue
        if open_quote is not None:
            _extend(raw, open_quote, s)
            if "»" in s.text or s.position == title_position:
                open_quote = None
            continue
        start = body_starts.get(s.position, 0)
        if turn is not None and transcript.opening:
            start = max(start, turn.colon + 1)  # the interviewer's label
        att = attribute(s.text, toks, start, known=registry.known_surnames(),
                        headline=s.position == title_position)
        if att is None and title_position is None and s.position == 0:
            opening = channel.opening_label(s.text, toks, start)  # «نتانیاهو: دیشب ... گفتگو کردم.» opening a post
            att = Attribution(opening, None, toks[opening.end + 1].start, True) if opening else None
            voice = registry.note(opening, s.position) if opening else None  # whose «من» the post's lines are
        if turn is not None and (att is None or att.subject is None or att.subject.kind not in {"name", "surname", "role"}
                                 or interview.addressed(toks, att.verb.start if att.verb else 0, att.verb.end if att.verb else 0)):
            colon_quote_paragraph = None
            continue  # the interviewer's own words, or «شما گفته بودید», are nobody's statement
        if att is None:
            if colon_quote_paragraph and colon_quote_paragraph[1] in {s.paragraph, None, _BELOW}:
                if colon_quote_paragraph[1] is None:  # «X گفت:» ended its paragraph: the next one is the quote
                    colon_quote_paragraph = (colon_quote_paragraph[0], s.paragraph)
                _extend(raw, colon_quote_paragraph[0], s)
            elif voice is not None and not noted and channel.singular_first_person(toks):  # the post's «من»
                if raw and raw[-1][0].root() is voice.root() and before is not None and raw[-1][4] == before.position:
                    _extend(raw, len(raw) - 1, s)
                else:  # after someone else's words: a statement of its own
                    raw.append((voice, "—", s.text, s.position, s.position, True, "post"))
            elif raw and not noted and before is not None and raw[-1][4] == before.position and context.continues(
                    s.text, toks, start, same_paragraph=s.paragraph == before.paragraph, voice=voice_paragraph == s.paragraph
            ) and not context.names_speaker(s.text, raw[-1][0].roles):
                _extend(raw, len(raw) - 1, s)  # the speaker's talk goes on in reported form
                voice_paragraph = s.paragraph
            else:
                subject = _lone_subject(s.text, toks, _clause_start(toks, start), registry)
                if subject is not None:
                    antecedent = (subject, s.position)
            continue
        colon_quote_paragraph = None
        if last is None and (att.subject is None or att.subject.kind == "pronoun") and antecedent is not None:
            # «او گفت» with nobody quoted before: the headline's or lead's person
            last = antecedent if isinstance(antecedent, _Person) else registry.note(*antecedent)
        also = att.subject is not None and att.subject.end < len(toks) and toks[att.subject.end] in {"نیز", "هم"}
        speaker, via = _speaker(att, registry, s.position, last, last_statement_by_placeholder, also=also)
        if speaker is None:
            continue
        speaker = speaker.root()
        speaker.quoted = True
        speaker.sentences.add(s.position)
        quote = s.text[att.quote_start : att.quote_end].strip() if att.quote_start is not None else s.text
        quote = _LEADING.sub("", quote)
        verb = " ".join(s.text[toks[i].start : toks[i].end] for i in range(att.verb.start, att.verb.end)) if att.verb else "—"
        if s.position == surtitle_position and title_position is not None and (
                len(quote) < 3 or text.search_form(quote) == text.search_form(verb)
                or (att.verb is not None and not any(t.is_word for t in toks[att.verb.end:]))):
            # «معاون ... (در نشست خبری) خبر داد» above the headline: the headline is what was said
            raw.append((speaker, verb, "", s.position, s.position, True, via))
            open_quote = len(raw) - 1
            if att.verb is None and channel.opens(toks, att.subject):  # «NAME، ROLE:» above the headline
                colon_quote_paragraph = (open_quote, _BELOW)
            last = speaker
            continue
        raw.append((speaker, verb, quote, s.position, s.position, att.direct, via))
        last = speaker
        last_statement_by_placeholder = speaker if speaker.name is None else None
        if att.direct:
            if quote.startswith("«") and "»" not in quote:
                open_quote = len(raw) - 1
            elif not quote:  # the colon ends the line: the next paragraph, or a header's every line below
                below = att.verb is None and channel.opens(toks, att.subject)
                colon_quote_paragraph = (len(raw) - 1, _BELOW if below else None)
            else:
                colon_quote_paragraph = (len(raw) - 1, s.paragraph)
    said: dict[int, str] = {}
    for r in raw:
        said[id(r[0].root())] = f"{said.get(id(r[0].root()), '')} {text.search_form(r[2])}"
    speakers.settle_placeholders(registry, title_position, said)
    return speakers.finish(registry, [r for r in raw if r[2]])  # a colon with nothing after it says nothing


def _turn(s: SentenceIn, toks: list[Token], turn: interview.Turn, transcript: interview.Transcript,
          registry: Registry, raw: list) -> _Person | None:
    """Record the statement a labelled or «پاسخ:» turn opens; its speaker, or None."""
    if turn.label is not None:
        speaker = _speaker(Attribution(turn.label, None, None, True), registry, s.position, None, None)[0]
        transcript.speaker = speaker = speaker.root() if speaker is not None else None
    else:
        speaker = transcript.interviewee(registry.live())
    if speaker is None:
        return None
    speaker.quoted = True
    speaker.sentences.add(s.position)
    quote = s.text[toks[turn.colon + 1].start :].strip() if turn.colon + 1 < len(toks) else ""
    via = "context" if turn.label is None else "name" if turn.label.kind == "name" else turn.label.kind
    raw.append((speaker, "—", quote, s.position, s.position, True, via))
    transcript.index = len(raw) - 1
    return speaker


def _label(sentence: str, toks: list[Token], first: int, colon: int, known: set[str]) -> Mention | None:
    """A «NAME:»/«ROLE:» label opening a sentence with no verb of saying («سخنگوی دولت: ...»,
    «عباس عراقچی: ...»): the name or role alone before the colon, and a clause of a few words
    after it — a verb or a full stop — (not a credit line such as «خبرنگار: علی محمدی», nor a
    list entry «NAME: ROLE»), make the sentence a statement by that name or role."""
    label = subjects.subject_at(sentence, toks, first, known=known)
    if label is None or label.kind not in {"name", "surname", "role"}:
        return None
    if colon == len(toks) - 1:  # a channel's header line: what was said is on the lines below
        return label if channel.header_label(label, toks, known) else None
    if label.end != colon:
        return None
    if interview.interviewer_label(toks, first, colon):
        return None  # «خبرنگار: ...؟» is the reporter's question, even outside a transcript
    if interview.list_entry(toks, first, colon):
        return None  # «عضو کمیسیون ... تصریح می‌کند:» is no label; «حسن خسروی: دانشیار دانشگاه ...»
    return label if interview.clause_after(toks, colon) else None


def _whole_label(sentence: str, toks: list[Token], start: int, colon: int, known: set[str]) -> bool:
    """The words before a colon are a name or role, with at most an apposition or an adjunct
    («سخنگوی وزارت امور خارجه در نشست خبری امروز:»)."""
    label = subjects.subject_at(sentence, toks, _clause_start(toks, start, colon), known=known)
    return (label is not None and label.kind in {"name", "surname", "role"}
            and label.end <= colon and interview.label_tail(toks, label.end, colon))


def _lone_subject(sentence: str, toks: list[Token], first: int, registry: Registry) -> Mention | None:
    """Who a sentence without a verb of saying is about, for a later «او گفت»: its clause
    subject («تیم شی‌هی، سناتور آمریکایی ...»), or a short «NAME:»/«ROLE:» label that is no
    statement of its own («ترامپ: ...», «سخنگوی دولت: افزایش قیمت بنزین»)."""
    colon = next((i for i in range(first, min(first + 4, len(toks))) if toks[i] == ":"), None)
    subject = subjects.subject_at(sentence, toks, first, known=registry.known_surnames())
    if colon is not None:
        label = subject if subject is not None and subject.end == colon else subjects.phrase_subject(
            sentence, toks, first, colon)  # a role («سخنگوی دولت:») only subject_at knows
        return label if label is not None and label.kind in {"name", "surname", "role"} else None
    return subject if subject is not None and subject.kind != "pronoun" else None


def _speaker(att: Attribution, registry: Registry, position: int, last: _Person | None,
             placeholder: _Person | None, *, also: bool = False) -> tuple[_Person | None, str]:
    """Who an attribution's subject is. ``also``: the subject is followed by «نیز/هم»
    («معاون ... نیز ... گفت»), so it is someone other than the last speaker."""
    subject = att.subject
    if subject is None:
        return last, "context"
    if subject.kind == "pronoun":
        return last, "pronoun"
    if subject.kind == "source":
        return registry.note(subject, position), "source"
    if subject.kind == "role":
        holder = registry.by_role(subject.role or "")
        if (holder is None and last is not None and last.name and not also
                and att.verb is not None and att.verb.continues):
            _add_role(last.aliases if subject.epithet else last.roles, subject.role or "")
            last.sentences.add(position)
            return last, "role"  # «کامرانی گفت ...» then «استاندار فارس افزود»
        person = registry.note(subject, position)
        person.other |= also and person.name is None
        return person, "role"
    is_new = subject.surname is not None and registry.by_surname(subject.surname, lone=subject.kind == "surname") is None
    person = registry.note(subject, position)
    if (subject.kind == "surname" and is_new and placeholder is not None
            and placeholder.merged is None and att.verb is not None and att.verb.continues):
        placeholder.absorb(person)  # «مدیر روابط عمومی ... گفت» ... «عزیزی ادامه داد»
        return placeholder, "surname"
    return person, "name" if subject.kind == "name" else subject.kind


def _extend(raw: list, index: int, s: SentenceIn) -> None:
    speaker, verb, quote, first, _last, direct, via = raw[index]
    raw[index] = (speaker, verb, f"{quote} {s.text}".strip(), first, s.position, direct, via)
