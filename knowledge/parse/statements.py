"""Who said what in an article: speakers, coreference and quote spans.

For each sentence :func:`knowledge.parse.attribution.attribute` gives the verb of saying,
the clause's subject and where the quote starts; the resolver walks the article's sentences
and decides who that subject is:

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
from . import apposition, channel, context, interview, speakers, subjects, unlisted
from .attribution import Attribution, attribute, clause_start
from ..models import Person, Statement
from .people import Mention
from .registry import Person as _Person
from .registry import Registry
from .registry import add_role as _add_role
from ..text import Token

_INTERVIEW = frozenset({"گفتگو", "گفتوگو", "مصاحبه"})  # a header «... در گفتگو با X:»: the post is an interview
_BELOW = -1  # a header line's statement: it takes every paragraph below until someone else speaks


_LEADING = re.compile(r"^(?:(?:نیز|همچنین|هم|سپس|در ادامه|ضمن اینکه)[\s،]+)+")


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
    headline_by: _Person | None = None  # whose interview's header line is right under the headline
    transcript = interview.Transcript(sentences)
    paragraphs = len({s.paragraph for s in sentences})  # two (headline, body): the dataset lost the line breaks
    unlisted_names = unlisted.find([
        unlisted.Line(s.text, text.spans(s.text), body_starts.get(s.position, 0),
                      i == 0 or sentences[i - 1].paragraph != s.paragraph, s.position == title_position)
        for i, s in enumerate(sentences)])  # people whose first name no list knows
    for s in sentences:
        before, previous = previous, s
        toks = text.spans(s.text)
        mentions = apposition.all_names(s.text, toks)
        extra = unlisted.mentions(s.text, toks, unlisted_names, mentions) if unlisted_names else []
        mentions = sorted(mentions + extra, key=lambda m: m.start)
        noted = [registry.note(mention, s.position) for mention in mentions]
        for mention, person in zip(mentions, noted):
            if any(mention is e for e in extra):  # the last word names him too: «لی» alone, «لی جائه میونگ» in full
                person.surnames.add(text.search_form(mention.name or "").split()[-1])
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
                subject = _lone_subject(s.text, toks, clause_start(toks, start), registry)
                if subject is not None:
                    antecedent = (subject, s.position)
            continue
        outer, colon_quote_paragraph = colon_quote_paragraph, None
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
        if (outer is not None and outer[1] == s.paragraph and paragraphs > 2 and not att.direct and not also
                and verb != "به گفته" and att.subject is not None and att.subject.kind in {"name", "surname"}
                and raw[outer[0]][0].root() is not speaker):
            # «عاری ادامه داد: ... یاوری تاکید داشت اگر ...»: a name reported inside the
            # paragraph of someone's «X: ...» talk is what X tells of him; the talk goes on, and
            # the next «وی» is still X
            colon_quote_paragraph = outer
            continue
        last = speaker
        last_statement_by_placeholder = speaker if speaker.name is None else None
        if att.direct:
            if quote.startswith("«") and "»" not in quote:
                open_quote = len(raw) - 1
            elif not quote:  # the colon ends the line: the next paragraph, or a header's every line below
                below = att.verb is None and channel.opens(toks, att.subject)
                colon_quote_paragraph = (len(raw) - 1, _BELOW if below else None)
                if below and title_position is not None and s.position == title_position + 1 and any(
                        t in _INTERVIEW for t in toks):  # «NAME، ROLE در #گفتگو با خبرفوری:» under the headline
                    headline_by = speaker
            else:
                colon_quote_paragraph = (len(raw) - 1, s.paragraph)
    title = next((s for s in sentences if s.position == title_position), None)
    if headline_by is not None and title is not None and not any(r[3] <= title.position <= r[4] for r in raw):
        # a post's headline over an interview's header is the gist of what the interviewee said
        # («طلاسازها هم راننده اسنپ شده‌اند» over «نادر بذرافشان، رئیس اتحادیه ... در #گفتگو با خبرفوری:»)
        raw.insert(0, (headline_by, "—", title.text, title.position, title.position, False, "headline"))
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
        if last is not None and speakers.member(last) and not (att.verb is not None and att.verb.continues):
            return None, "context"  # «یکی از داوطلبان ... می‌گوید» is not who «... خواستار ... شد» later
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
