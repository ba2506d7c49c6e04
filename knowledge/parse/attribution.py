"""One sentence's attribution: the verb of saying, the speaker and where the quote starts and ends.

:func:`attribute` finds the verb of saying that introduces the quote (the last one before
«:»; otherwise the last one in the sentence, or «به گفته X،»), then the clause's subject: a
name, a surname, a role phrase or an anaphor («وی», «این مقام»); a «NAME:»/«ROLE:» label
with no verb speaks too. Who the subject is in the article is
:func:`knowledge.parse.statements.resolve`'s part.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import apposition, channel, context, interview, lexicon, subjects
from .people import Mention
from ..text import Token

_SKIP_WORDS = frozenset({"همچنین", "سپس", "همچنان", "نیز", "اما", "ولی", "البته", "ضمنا",
                         "حالا", "اکنون"})  # «حالا تاج می‌گوید»: now, then the sayer
_ADVERBIAL_OPENERS = frozenset({"این", "همین", "ادامه", "پایان", "اغاز", "ابتدای", "حاشیه", "جریان", "خلال"})
_PREFERRED_CONNECTORS = frozenset({"که", "تا"})


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


def clause_start(toks: list[Token], i: int, limit: int | None = None) -> int:
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
            and (colon - start <= 4 or _whole_label(sentence, toks, start, colon, known))
            and not _known_label(sentence, toks, start, colon, known)):
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
            label = None if verbs and not _known_label(sentence, toks, start, colon, known) else _label(
                sentence, toks, clause_start(toks, start, colon), colon, known)
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
    first = clause_start(toks, start, limit)
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
        subject = _after_copula(sentence, toks, first, limit, known)
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


_COPULAS = frozenset({"است", "بود", "هستند", "بودند"})


def _after_copula(sentence: str, toks: list[Token], first: int, limit: int, known: set[str]) -> Mention | None:
    """A subhead run into the next sentence («گلستان الگوی همزیستی اقوام و مذاهب است رئیس مرکز
    اسلامی گلستان نیز گفت: ...»): after its closing copula, a name or role that reaches the
    verb (past «نیز/هم») is the speaker; the subhead's first word is no subject."""
    for j in range(first + 1, limit):
        if toks[j - 1] not in _COPULAS:
            continue
        mention = subjects.subject_at(sentence, toks, j, known=known)
        end = mention.end if mention is not None else j
        while end < limit and toks[end] in {"نیز", "هم"}:
            end += 1
        if mention is not None and mention.kind != "pronoun" and end == limit:
            return mention
    return None


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
    label = subjects.subject_at(sentence, toks, clause_start(toks, start, colon), known=known)
    return (label is not None and label.kind in {"name", "surname", "role"}
            and label.end <= colon and interview.label_tail(toks, label.end, colon))


def _known_label(sentence: str, toks: list[Token], start: int, colon: int, known: set[str]) -> bool:
    """«داک‌ورث: ترامپ ... سخن گفته که ...»: a label that is the surname of someone the article
    already names is that person speaking, not an outlet relaying a report."""
    label = subjects.subject_at(sentence, toks, start, known=known)
    return (label is not None and label.kind == "surname" and label.end == colon and label.surname in known
            and label.surname not in toks[colon + 1:])  # «میرزابیگی: ... علی میرزابیگی ... اظهار داشت:»
