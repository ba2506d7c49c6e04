"""A Persian question → its kind and slots.

The question goes through the same search form as the articles (:mod:`knowledge.text`),
then colloquial spellings are made formal («چی» → «چه», «بدونیم» → «بدانیم»). The kind
comes from question words and verbs; the slots are what is left:

=============  ==========================================  ==========================
kind           example                                     slots
=============  ==========================================  ==========================
who_said       چه کسی گفت نگاه سیاه و سفید جامع نیست؟        words (the statement)
what_said      طالبی درباره هوش مصنوعی چه گفت؟               subject, words (the topic)
when           کارگاه مدیریت فضای مجازی کی برگزار شد؟          words (the event)
where          جلسه کجا بود؟                                 words (the event)
role_of        رییس پلیس فتا کیست؟                           subject (a role)
person_role    عزیزی چه‌کاره است؟                            subject (a name)
list_people    چه کسانی در کارگاه صحبت کردند؟                 words (the event/topic)
which_article  کدام خبر درباره نقشه راه بود؟                 words (the topic)
quantity       امسال چند تن زعفران صادر شده؟                 words (the figure's sentence)
why            چرا جلسه لغو شد؟                              words (the topic; knowledge.answer.reasons)
topic          هوش مصنوعی                                   words
=============  ==========================================  ==========================
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from .. import spoken, text
from ..parse import lexicon, places, venues
from ..parse.date_filter import DateRange
from . import question_forms as forms
from . import reasons
from . import window
from .question_words import asks_holder, asks_list, event_words, starts_with_event, stopwords

_WHO = r"(?:چه کسی|چه کسانی|چه شخصی|چه فردی|کدام فرد|کدام شخص|کدام مقام|کدام مسیول|کی|کسی که)"
_LIST = r"(?:چه کسانی|چه افرادی|کدام افراد|چه کسایی|کسانی که|(?:افرادی|ادمهایی|ادمایی|اشخاصی) که|چه مقاماتی|چه مسیولانی|کیها|کیاها|کی ها|چه کسای|چه کسانیاند)"
# (Questions are read in search form: «مسئول» is «مسیول» here, as in _JOB.)
# «گوینده این حرف کیست: ...», «این جمله مال کیه: ...»: who said the words quoted after it
_SPEECH = r"(?:حرف|حرفها|سخن|سخنان|مطلب|جمله|جملات|گفته|گفتهها|صحبت|صحبتها|اظهارات|نقل قول)"
_ASKS_WHO = r"(?:کیست|کیه|کی است|کی بود|چه کسی است|چه کسی بود|چه کسیه|کی|چه کسی)"
_WHOSE_WORDS = (rf"(?:(?:گوینده|صاحب) (?:این |اون |ان )?{_SPEECH} {_ASKS_WHO}"
                rf"|(?:این |اون |ان )?{_SPEECH} (?:مال|از|متعلق به|از طرف) {_ASKS_WHO})")
# «OBJECT رو کی VERB» with a past singular verb asks who did it («گلای استقلال رو کی زد؟»)
_DOER = re.compile(r" (?:را|رو) کی (?:\S+ )?(\S+(?<!ن)(?<!است)(?<!هست)[دت])$")
# «کی به X ... داد؟» at the start, the verb one that takes whom it is done to with «به» (gave
# an order, sent, sold, paid) in the past singular: who did it to X («کی به بسنت دستور
# فشار حداکثری داد؟»); a plural or present verb is «they», and «کی» stays «when» («کی به کارگران
# حقوق دادند»), as with _DOER; a verb of going («کی به تهران سفر کرد») stays «when».
_GIVER = re.compile(r"^کی (به (?:\S+ ){1,8}(?:داد|زد|فرستاد|سپرد|بخشید|فروخت|پرداخت))$")
_UNTIL = r"(?:تا|از) (?:کی|کیست|چه زمانی|چه تاریخی|چه روزی|چه موقع|کی است)"  # «مهلت ... تا کیه؟»
# «تا کی ادامه داره/دایره/طول میکشه؟»: the verb of lasting, not what lasts (a report's «در ادامه» is «next»)
_LASTING = frozenset({"ادامه", "دایر", "برقرار", "طول"})
_WHEN = rf"(?:کی|(?:چه روزی|چه تاریخی|چه ساعتی){forms.COPULA}|چه زمانی|چه موقعی|چه موقع|کدام روز|چه وقت|چه سالی|چه ماهی|در چه تاریخی|تاریخ|زمان)"
_WHERE = (rf"(?:کجا|کجاست|کدام (?:شهر|شهرستان|استان|کشور|روستا)(?:ها)?{forms.COPULA}|چه شهری|چه استانی|کدام محل|چه مکانی|چه جایی|محل|مکان|کدام دانشگاه)")
_WHO_IS = r"(?:کیست|کیستند|کی است|کی هست|چه کسی است|چه کسی بود|کی بود|کیه)"
_JOB = (r"(?:چه کاره|چکاره|چیکاره|چه کارست|چه کارهست|چه کارس(?= |$)|(?:چه تیمی|کدام تیم) (?:بازی|توپ)(?: \S+)?|عضو (?:کدام|چه) \S+(?: (?:است|هست|بود))?|چه سمتی|چه مسیولیتی|چه شغلی|(?:سمت|شغل|مسیولیت|مسولیت|نقش|عنوان|پست)"
        r"(?:ش|شان|ها|های|هایی|هاش|هایش|ی)?)")
_PUBLISHED = r"(?:منتشر|انتشار|مخابره|منتشره)"  # «کی منتشر شد؟»: the report's own date
_NAME_OF = r"(?:نام|اسم)"  # «نام فرماندار رزن چیست؟» asks who holds the role
_QUANTITY = r"(?:چقدر|چقد|چقدره|چه قدر|چند|چندتا|چه میزان|چه مقدار|چه تعداد|چند درصد|چه حجمی|چه رقمی)"
_WHICH_REPORT = r"(?:کدام خبر|کدام گزارش|کدام مطلب|خبری که|گزارشی که|مطلبی که|کدام اخبار)"
_ARTICLE = r"(?:کدام خبر|کدام اخبار|چه خبری|کدام گزارش|کدام مطلب|خبری|خبرهایی|کدام مقاله)"
_ABOUT = ("درباره", "دربارهی", "در مورد", "در باره", "راجع به", "پیرامون", "در خصوص", "در زمینه", "در رابطه با", "از")
_WHAT = r"(?:چه|چه چیزی|چیست|چه مطلبی|چه نکته ای|چه نکاتی|چها)"
_GENERIC_VERBS = frozenset({"گفت", "صحبت کرد", "سخنرانی کرد", "حرف زد", "اظهار کرد", "اظهار داشت", "بیان کرد",
                            "بیان داشت", "عنوان کرد", "افزود", "ادامه داد"})
_EVENTISH = r"(?:چه اتفاقی|چه اتفاقاتی|چه رویدادی|چه رویدادهایی|چه خبر|چه خبرهایی|چه اتفاقی افتاد|چه شد)"
# «چه کارگاهی برگزار شد؟», «چه همایشی برگزار میشود؟» with a date: which gathering was held then
# (the noun without its «ی»: «کارگاه»), a report of that day, not a topic
_WHAT_HELD = re.compile(r"(?:^| )چه (\S{3,}?)ی (?=(?:برگزار|افتتاح|تشکیل|اجرا) )")
_RELATIVE_TIME = frozenset({"امسال", "پارسال", "امروز", "دیروز", "فردا", "پریروز", "اخیرا", "ماه", "سال"})
# Words of time that never name a person: dropped from a question's subject
# («اژه‌ای هفته گذشته چی گفت؟»).
_TIME_WORDS = _RELATIVE_TIME | frozenset({"هفته", "گذشته", "پیش", "قبل", "اخیر", "تازگی", "تازگیها", "حالا", "الان"})
# Words after the verb of saying that make the rest the question («X گفت چند اثر رسید؟»).
_ASKING = frozenset({"چند", "چندتا", "چقدر", "چرا", "چه", "چیست", "چطور", "چگونه", "کدام", "کجا", "کی", "کیست"})
PRONOUNS = frozenset({"وی", "او", "ایشان", "اون", "نامبرده"})


@dataclass(frozen=True)
class Question:
    raw: str
    kind: str
    words: tuple[str, ...]  # content words (search form)
    subject: tuple[str, ...] = ()  # a person or role, when the kind has one
    pronoun: bool = False  # the subject is «وی»/«او»: use the conversation's person
    more: bool = False  # «دیگر چه گفت»: skip what was already shown
    dates: DateRange | None = None
    place: str | None = None
    verb: str | None = None  # a specific verb of saying asked about («ضروری دانست», «خواست»)
    setting: tuple[str, ...] = ()  # «X در نشست Y درباره Z چه گفت»: where it was said (Y)
    numeric: bool = False  # «چند/چقدر/چه تعداد»: the answer is a figure
    unit: str | None = None  # «چند تا غرفه»: what the figure counts («۵۲ غرفه»)
    report: bool = False  # «این خبر کی منتشر شد؟»: about the report itself, not what it tells


def _verbs_in(joined: str) -> list[lexicon.Verb]:
    """The verbs of saying that may be in ``joined``, in the lexicon's order: those whose first
    word is in it (a text without that word cannot match the verb's pattern), so that only
    these few of the 70 patterns are tried."""
    return [v for v in lexicon.saying_verbs() if v.first in joined]


def _has(pattern: str, joined: str) -> re.Match[str] | None:
    return re.search(rf"(?:^| ){pattern}(?= |$)", joined)


def _counted(unit: str) -> bool:
    """Whether the word after «چند (تا)» is what the question counts («چند تا اثر» → «اثر»)."""
    return unit not in forms.NOT_UNITS and not text.is_verb(unit) and len(unit) > 1


def _which_venue(joined: str) -> re.Match[str] | None:
    """«کدام» before a venue's head noun («کدام بیمارستان», «کدام ورزشگاه»): a where-question;
    the match is «کدام» alone, so the head stays a word of the question."""
    for m in re.finditer(r"(?<!\S)کدام (?=(\S+))", joined):
        if (m.group(1),) in venues.heads():
            return m
    return None


_HOW_MUCH = frozenset({"چقدر", "چقد", "چقدره", "چه قدر"})
_BECOME = frozenset({"شد", "شده", "شود", "میشود", "میشه", "رفت", "رفته", "امد", "امده", "است", "هست"})


def _predicate(asked: str, after: list[str]) -> bool:
    """«چقدر ارزان شد», «چقدر گران شده»: the word after «چقدر» is an adjective with its verb."""
    return asked.strip() in _HOW_MUCH and len(after) > 1 and (after[1] in _BECOME or text.is_verb(after[1]))


def content(words: list[str]) -> tuple[str, ...]:
    """Words that carry meaning: no stop words, no question words, no verbs of saying."""
    drop = stopwords()
    joined = " ".join(words)
    gap_words: set[str] = set()
    for verb in lexicon.saying_verbs():
        if verb.first not in joined:
            continue  # cannot match: its first word is not in the text (as in _verbs_in)
        if "*" in verb.phrase:  # «خواستار ... شد»: the words between are what was asked for
            if verb.pattern.search(joined):
                gap_words |= set(verb.phrase.split()) - {"*"}
            continue
        joined = verb.pattern.sub(" ", joined)
    out = joined.split()
    return tuple(w for i, w in enumerate(out) if (w not in drop and w not in gap_words and len(w) > 1)
                 or _given_count(out, i, drop))


# Number words a question gives («این دو تا تصادف», «تو دو روز»): they tell which report or
# sentence is meant («دو سانحه رانندگی», «در دو روز گذشته»), so they are words to match.
_COUNTS = frozenset("دو سه چهار پنج شش هفت هشت نه ده".split())


def _given_count(words: list[str], i: int, drop: frozenset[str]) -> bool:
    """``words[i]`` is a number word before the noun it counts («دو تا تصادف»)."""
    if words[i] not in _COUNTS:
        return False
    j = i + 2 if i + 1 < len(words) and words[i + 1] == "تا" else i + 1
    return j < len(words) and words[j] not in drop and len(words[j]) > 1 and not text.is_verb(words[j])


def _split_about(words: list[str]) -> tuple[list[str], list[str]]:
    """(before, after) «درباره/در مورد ...»."""
    joined = " ".join(words)
    for marker in _ABOUT:
        m = re.search(rf"(?:^| ){marker}(?= )", joined)
        if m:  # at the start: no speaker named, the whole question is the topic
            return joined[: m.start()].split(), joined[m.end():].split()
    return words, []


# Search syntax people paste into a Persian question: FTS5 operators and column filters.
_SYNTAX = re.compile(
    r"(?i)(?<![\w])(?:and|or|not|near)(?:/\d+)?(?![\w])"
    r"|\{?\b(?:search|text|name|key|rank|rowid|sentences|statements|appearances|events|persons)\b[\s\w]*\}?\s*:")


def parse_question(raw: str, *, today: dt.date) -> Question:
    raw = _SYNTAX.sub(" ", raw)
    words = spoken.formalize(text.tokens(raw))
    joined = _IN_THIS_REPORT.sub(" ", " ".join(words)).strip()
    joined = forms.as_reported(joined)  # «همو دیدن»: «دیدار»; «اومده پایین»: «کاهش»
    words = joined.split()
    why = reasons.asks_why(raw, joined)  # «چرا ...», «به چه دلیل ...», «علت ... چه بود»
    numeric = _has(_QUANTITY, joined)
    unit = next((w for w in joined[numeric.end():].split() if w not in ("تا", "عدد")), None) if numeric else None
    if numeric and unit and _predicate(numeric.group(0), joined[numeric.end():].split()):
        unit = None  # «چقد ارزون شد»: how much cheaper, «ارزان» is no unit
    date_range, span_words = window.find_window(raw, today=today)  # «هفته گذشته», «از مهر تا آذر»
    date_words = (set(text.tokens(date_range.label)) | _RELATIVE_TIME | span_words) if date_range else set()
    pronoun = bool(set(words) & PRONOUNS)
    more = "دیگر" in words or "دیگه" in words
    verbs = [v for v in _verbs_in(joined) if v.pattern.search(joined)]  # the verbs of saying it holds
    said = bool(verbs)
    spoke = said or bool(_has(forms.STANCE, joined))  # «چه کسی با ... مخالفت کرد»
    verb = next((v.phrase for v in verbs if v.phrase not in _GENERIC_VERBS), None)
    act = next((w for w in words if w in forms.ACT_NOUNS), None)
    if act and (_has(_WHAT, joined) or said):
        verb = verb or forms.ACT_NOUNS[act]
        words = [w for w in words if w != act] + (["گفت"] if not said else [])
        joined = " ".join(words)
        said = True
    found_places = [p for p in places.find_places(raw) if p.kind != "venue"]
    place = found_places[0].name if found_places else None

    def make(kind: str, *, words_: list[str] | tuple[str, ...] = (), subject: list[str] | tuple[str, ...] = (),
             setting: list[str] | tuple[str, ...] = (), implied: bool = False) -> Question:
        body = tuple(w for w in content(list(words_)) if w not in date_words and w not in PRONOUNS)
        subj = tuple(w for w in content(forms.join_surname_suffix(list(subject))) if w not in PRONOUNS and w not in _TIME_WORDS
                     and w not in span_words)
        where = tuple(w for w in content(list(setting)) if w not in date_words)
        return Question(raw, kind, body, subj, (pronoun or implied) and not subj, more, date_range, place, verb, where,
                        bool(numeric), unit if unit and _counted(unit) else None,
                        bool(_has(_PUBLISHED, joined)))

    if m := _has(_WHICH_REPORT, joined):  # «خبری که میگه ... کدومه؟»
        return make("which_article", words_=(joined[: m.start()] + " " + joined[m.end():]).split())
    if why is not None:
        return make("why", words_=why)
    if (held := asks_holder(joined)) is not None:  # «برگزارکننده X کیه؟», «X رو کی برگزار کرد؟»
        return make("organiser", words_=held)
    if m := _has(_LIST, joined):
        # «کشورای میانجی کیا بودن؟»: which ones; «با کیا بازی دوستانه کرد؟»: whom, in what was done
        if forms.names_things(joined[: m.start()].split()) or joined[: m.start()].split()[-1:] == ["با"]:
            return make("topic", words_=(joined[: m.start()] + " " + joined[m.end():]).split())
        return make("list_people", words_=(joined[: m.start()] + " " + joined[m.end():]).split())
    if (m := _ACCORDING.match(joined)) and (asked := _according_to(joined[m.end():].split())):
        return make("what_said", words_=asked[1], subject=asked[0], implied=True)  # «به گفته X ... کی ...؟»
    if (m := _has(_WHOSE_WORDS, joined)) and content((joined[: m.start()] + " " + joined[m.end():]).split()):
        return make("who_said", words_=(joined[: m.start()] + " " + joined[m.end():]).split())
    if m := _has(_UNTIL, joined):  # «مهلت ارسال آثار تا کیه؟»; «ادامه داره» is how long, no topic word
        return make("when", words_=[w for w in (joined[: m.start()] + " " + joined[m.end():]).split()
                                    if w not in _LASTING])
    if words and words[0] in ("نام", "اسم") and (m := _has(r"(?:چیست|کیست|چه است)", joined)):
        subject = joined[: m.start()].split()[1:]  # «نام فرماندار رزن چیست؟»
        return make("role_of" if starts_with_role(subject) else "person_role", subject=subject)
    if said and (m := _has(_WHERE, joined)) and not _has(_WHAT, joined):  # «X کجا صحبت کرد؟»
        return make("where", words_=(joined[: m.start()] + " " + joined[m.end():]).split())
    if spoke and (m := _when_of_speaker(joined)):  # «نتانیاهو کی با ترامپ گفتگو کرد؟»: when X spoke
        title = joined[: m.start()].split()  # «رئیس شورای ملی زعفران کی ...»: the speaker by title
        return make("when", words_=(joined[: m.start()] + " " + joined[m.end():]).split(),
                    subject=title if starts_with_role(title) else ())
    if spoke and (m := _has(_WHO, joined)) and not _has(_WHAT + r" (?:گفت|گفتند)", joined):
        return make("who_said", words_=(joined[: m.start()] + " " + joined[m.end():]).split())
    if said and numeric and numeric.start() == 0 and unit:  # «چند تا باشگاه گفتن ...؟»: how many said it
        return make("quantity", words_=joined[numeric.end():].split())
    # «نظر X درباره Y»: a view; not «سالار نظری چه کاره‌ست؟», a surname before a question of post
    if said or (_has(r"(?:نظر|نظری|نظرش|نظرشان|دیدگاه|موضع)", joined) and not _has(_JOB, joined)):
        if asked := _asked_after_verb(joined):  # «مرادی پناه گفت چند دانش‌آموز ...؟»
            subject, setting = _split_setting(asked[0])
            return make("what_said", words_=asked[1], subject=subject, setting=setting, implied=True)
        # «طالبی کجا چه گفت»: «کجا» is a question word here, not a topic to match
        rest = re.sub(rf"(?:^| )(?:{_WHAT}|کجا)(?= |$)", " ", joined).split()
        subject, about = _split_about(rest)
        if not about and not pronoun:
            subject, about = _subject_split(subject)
        whole = subject
        subject, setting = _split_setting(subject)
        if not said and not about and setting and 0 < len(subject) < len(whole) and whole[len(subject)] in _SETTING:
            about, setting = setting, []  # «به نظر ترامپ تو فوتبال چی مهمه؟»: his view of football, said nowhere
        # no speaker named: Persian drops the subject («درباره X چه گفت؟» is «what did he
        # say about X»), so it is the conversation's person, as with «وی»
        return make("what_said", words_=about, subject=subject, setting=setting, implied=True)
    if m := _has(_WHERE, joined):
        return make("where", words_=(joined[: m.start()] + " " + joined[m.end():]).split())
    if (listed := asks_list(joined)) is not None:  # «X تو چه قالب‌هایی ...؟»: the sentence that enumerates
        return make("list", words_=listed)
    if m := _which_venue(joined):  # «کدوم بیمارستان بردن؟»: where, and «بیمارستان» a word to match
        return make("where", words_=(joined[: m.start()] + " " + joined[m.end():]).split())
    if m := _GIVER.search(joined):  # «کی به X دستور داد؟»: who gave the order
        return make("topic", words_=m.group(1).split())
    if m := _DOER.search(joined):  # who did it, as «چه کسی ... را زد»; «رو کی افتتاح کردن» is when
        return make("topic", words_=(joined[: m.start()] + " " + joined[m.start(1):]).split())
    who_is = _has(_WHO_IS, joined)
    # «کیه/کی بود» after an event or a happening asks when («اولین جلسه دادگاه ... کیه؟»)
    dated = bool(who_is) and _is_dated(joined[: who_is.start()].split() if who_is else [])
    if (m := _has(_WHEN, joined) or (who_is if dated else None)) and (not who_is or dated):
        return make("when", words_=(joined[: m.start()] + " " + joined[m.end():]).split())
    if (m := _has(_QUANTITY, joined)) and not _has(_WHO_IS, joined):
        return make("quantity", words_=(joined[: m.start()] + " " + joined[m.end():]).split())
    if m := _has(_JOB, joined):
        return make("person_role", subject=(joined[: m.start()] + " " + joined[m.end():]).split())
    if m := who_is:
        subject = forms.join_spaced_heads(joined[: m.start()].split(), _one_word_roles(), dropped=stopwords())
        kind = "role_of" if starts_with_role(subject) else "person_role"
        return make(kind, subject=subject)
    if date_range and (m := _WHAT_HELD.search(joined)):  # «2022-03-13 چه کارگاهی برگزار شد؟»: the reports of that day
        rest = (joined[: m.start()] + " " + m.group(1) + " " + joined[m.end(1) + 1:]).split()
        return make("which_article", words_=[w for w in rest if not w.isdigit()])
    if (m := _has(_ARTICLE, joined)) or (m := _has(_EVENTISH, joined)):
        return make("which_article", words_=(joined[: m.start()] + " " + joined[m.end():]).split())
    if asked := forms.asks_for_report(words):  # «خبر X رو بیار», «خبر X کدومه؟»
        return make("which_article", words_=asked)
    return make("topic", words_=words)


def _is_dated(before: list[str]) -> bool:
    return starts_with_event(before) or forms.is_happening([w for w in before if w not in stopwords()])


# Words before «کی» that make it «who»: a preposition or object marker («با کی», «رو کی»), a
# topic («درباره ... کی») or a setting («در جلسه کی»).
_NOT_SPEAKER = frozenset({"را", "رو", "با", "از", "به", "بر", "برای", "در", "تو", "توی", "درباره", "دربارهی",
                          "مورد", "راجع", "پیرامون", "خصوص", "که", "گردن"})


def _when_of_speaker(joined: str) -> re.Match[str] | None:
    """«کی» right after one to three words that name the speaker («نتانیاهو کی با ترامپ گفتگو
    کرد؟», «طالبی کی درباره آب صحبت کرد؟»): the question names who spoke, so it asks when.
    Not after a preposition, a topic or a setting («با کی», «درباره X کی»), and not before
    «چه گفت» (what he said)."""
    m = re.search(r"(?<= )کی(?= |$)", joined)
    if m is None or _has(_WHAT + r" (?:گفت|گفتند)", joined):
        return None
    before = joined[: m.start()].split()
    named = len(before) <= 3 or (len(before) <= 6 and starts_with_role(before))  # «رئیس شورای ملی زعفران کی»
    return m if before and named and not set(before) & _NOT_SPEAKER else None


@functools.cache
def _one_word_roles() -> set[str]:
    return {h[0] for h in lexicon.role_heads().heads if len(h) == 1}


def starts_with_role(words: list[str]) -> bool:
    """Whether search-form words open with a title («مدیرعامل باشگاه ...»): a name that is a role."""
    from ..parse.people import match_phrase

    words = [w for w in forms.join_spaced_heads(words, _one_word_roles()) if w not in stopwords()]
    toks = [text.Token(w, 0, 0) for w in words]
    heads = lexicon.role_heads().heads
    if toks and match_phrase(toks, 0, heads) is not None:
        return True
    # a misspelt head («استندار»): compare the first word with every role head
    from ..match import word_score

    return bool(words) and any(len(h) == 1 and word_score(words[0], h[0]) >= 80 for h in heads)


_SETTING = frozenset({"در", "تو", "توی", "طی", "ضمن", "به", "برای", "خطاب"})
_IN_THIS_REPORT = re.compile(r"(?:^| )(?:در|تو|توی) (?:این|همین) (?:خبر|گزارش|مطلب|متن)(?= |$)")


# «به گفته X، ...» opening a question (after formalize «گفته» is «گفت»): X named as the speaker
_ACCORDING = re.compile(r"^به گفت(?:ه)? ")


def _according_to(rest: list[str]) -> tuple[list[str], list[str]] | None:
    """(speaker, topic) of «به گفته نوروزی فشار آب شیراز کی کم میشه؟»: what X said of it,
    «کی» a word of the asking, not «who» (X is named); the speaker is the word after «به گفته»,
    two with a first name («به گفته حسن نوروزی»). None when no «کی» follows or nothing but
    question words does."""
    n = 2 if len(rest) > 2 and rest[0] in lexicon.first_names() else 1
    if "کی" not in rest[n:] or not set(content(rest[n:])) - _ASKING:
        return None  # without «کی» the question reads as it did («به گفته داک ورث ... چی بود»)
    return rest[:n], [w for w in rest[n:] if w not in _ASKING]


def _asked_after_verb(joined: str) -> tuple[list[str], list[str]] | None:
    """(speaker, topic) of «X گفت <a question or the said words>»: the words before the
    first verb of saying name the speaker (none when the verb opens the question), and what
    follows the verb, with a «درباره Y» before it, is the topic. None when nothing but
    question words follows the verb («طالبی درباره آب چه گفت؟»)."""
    found = [m for v in _verbs_in(joined) if (m := v.pattern.search(joined))]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    # from the verb on: content() drops the verb itself, and a gap verb's inside
    # («خواستار توقف شد» → «توقف») is what was asked for, said words too
    after = joined[first.start():].split()
    if not set(content(after)) - _ASKING:
        return None
    before, about = _split_about(joined[: first.start()].split())
    return before, about + after


def _split_setting(words: list[str]) -> tuple[list[str], list[str]]:
    """(who, where) of «طالبی در کارگاه فضای مجازی»: split at the first «در/تو/طی/ضمن».
    The answer engine joins them again when «who» alone names nobody («نماینده مردم
    شیراز در مجلس» is one title)."""
    for i, word in enumerate(words):
        if word in _SETTING and 0 < i < len(words) - 1:
            return words[:i], words[i + 1:]
    kept = content(words)
    if words and words[0] in _SETTING and len(kept) > 1:
        # «در کارگاه طالبی چه گفت»: an opening setting runs up to the speaker, who stands
        # last, right before the question word and the verb
        return list(kept[-1:]), list(kept[:-1])
    return words, []


def _subject_split(words: list[str]) -> tuple[list[str], list[str]]:
    """«طالبی هوش مصنوعی چه گفت» has no «درباره»: the first name-like words are the subject."""
    return words, []
