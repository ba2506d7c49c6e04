"""Hypothesis profiles and strategies for hostile input: what people paste into a news bot.

Profiles (used as parents in ``@settings(...)``, never loaded globally, so other tests
keep their own settings):

* ``hardening``: the default run, 150 examples per property;
* the slow tests pass ``max_examples=`` on top of it (see test_fuzz_library.py).

Both are derandomized and use no example database, so CI runs the same examples on
every machine and a failure reproduces from the test name alone.

Text strategies build from *tokens* rather than single characters, because a parser
only reaches its deep paths (datelines, «به گزارش», names, verbs of saying, quotes,
dates) when whole words line up: Persian words taken from the test articles and the
lexicons, random Persian letter runs, ZWNJ, three digit scripts, Persian punctuation,
Arabic ي/ك and diacritics, bidi and control characters, emoji, other scripts.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
ARTICLE_FILES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "articles").glob("*.txt"))
ARTICLE_TEXTS = [p.read_text(encoding="utf-8") for p in ARTICLE_FILES]

settings.register_profile(
    "hardening",
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.filter_too_much, HealthCheck.large_base_example],
)
PROFILE = settings.get_profile("hardening")

PERSIAN_LETTERS = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآئءأؤۀ"
ARABIC_VARIANTS = "يكةىإأٱ"
DIACRITICS = "".join(map(chr, range(0x064B, 0x0653))) + "\u0670\u0640"  # harakat, superscript alef, tatweel
DIGITS = "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩0123456789"
PUNCTUATION = "«»،؛:؟.!()[]-–—\"'…/٪*^+@#&<>_|\\{}"
ZWNJ = "\u200c"
INVISIBLE = ["\u200c", "\u200d", "\u200b", "\ufeff", "\u00ad", "\u2060"]
BIDI = ["\u200e", "\u200f", "\u061c", *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))]
CONTROL = [*map(chr, range(0x00, 0x20)), "\x7f", "\x85", "\u2028", "\u2029"]
WHITESPACE = [" ", " ", " ", "  ", "\n", "\n\n", "\n\n\n", "\t", "\r\n", "\r", "\u00a0", "\u2009", "\u3000"]
EMOJI = ["😀", "🇮🇷", "👨\u200d👩\u200d👧", "❤️", "🔥", "📰", "👍🏽", "🧑\u200d💻", "☪︎", "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F"]
OTHER_SCRIPTS = ["Hello", "NEWS", "iPhone", "Covid-19", "Привет", "中文新闻", "שלום", "ελληνικά", "हिन्दी",
                 "ﷺ", "ﻻ", "ﺳﻼﻡ", "ＡＢＣ", "𝐁𝐨𝐥𝐝", "Ꭰ", "ß", "İ"]
# Words that make the parser work: honorifics, roles, verbs of saying, dates, places, agencies.
KEY_PHRASES = [
    "آقای", "خانم", "دکتر", "مهندس", "حجت‌الاسلام", "استاندار", "فرماندار", "شهردار", "مدیرکل",
    "رییس", "رئیس", "سخنگوی دولت", "معاون", "وزیر", "گفت", "افزود", "ادامه داد", "تاکید کرد",
    "اظهار کرد", "خاطرنشان کرد", "خبر داد", "را ضروری دانست", "خواستار", "شد", "به گفته", "وی", "او",
    "ایشان", "این مقام", "به گزارش", "ایرنا", "خبرگزاری مهر", "از", "تهران", "کرمان", "تبریز", "شیراز",
    "استان", "امروز", "دیروز", "روز گذشته", "فردا", "شنبه", "یکشنبه", "۱۷ آبان ۱۴۰۴", "17 آبان 1404",
    "۲۲ اسفند ۱۴۰۰", "1404/08/17", "۱۴۰۴-۰۸-۱۷", "2025-11-08", "آبان", "دی", "مهر", "نشست", "جلسه",
    "کارگاه", "همایش", "برگزار", "در سالن", "تالار", "دانشگاه", ":", "«", "»", "،", ".", "؟", "و",
]
DATELINES = ["date 2025-11-09 خبرگزاری آزمون", "date 2025-13-45 ???", "date 9999-99-99", "date ", "date",
             "تاریخ انتشار: ۱۷ آبان ۱۴۰۴", "تاریخ انتشار:", "۱۴۰۴/۰۸/۱۷", "1404/13/40", "۳۱ اسفند ۱۴۰۳",
             "۳۰ اسفند ۱۴۰۴", "date 2025-02-29 x", "date 2024-02-29 کبیسه"]


def _vocabulary() -> list[str]:
    words = {w for t in ARTICLE_TEXTS for w in t.split() if not w.isascii()}
    return sorted(words | set(KEY_PHRASES))


VOCABULARY = _vocabulary()
ARTICLE_LINES = sorted({line for t in ARTICLE_TEXTS for line in t.splitlines() if line.strip()})

persian_letter_run = st.text(alphabet=PERSIAN_LETTERS + ZWNJ, min_size=1, max_size=12)
weird_char = st.sampled_from([*ARABIC_VARIANTS, *DIACRITICS, *DIGITS, *PUNCTUATION, *INVISIBLE, *BIDI, *CONTROL])
any_unicode = st.text(max_size=8)  # every code point but lone surrogates (see the surrogate test)

token = st.one_of(
    st.sampled_from(VOCABULARY), st.sampled_from(VOCABULARY), st.sampled_from(VOCABULARY),
    st.sampled_from(KEY_PHRASES),
    persian_letter_run,
    st.text(alphabet=DIGITS, min_size=1, max_size=6),
    weird_char,
    st.sampled_from(EMOJI),
    st.sampled_from(OTHER_SCRIPTS),
    any_unicode,
)
separator = st.one_of(st.sampled_from(WHITESPACE), st.sampled_from(WHITESPACE), weird_char)


@st.composite
def line(draw: st.DrawFn, max_tokens: int = 40) -> str:
    toks = draw(st.lists(token, min_size=1, max_size=max_tokens))
    seps = draw(st.lists(separator, min_size=len(toks), max_size=len(toks)))
    return "".join(t + s for t, s in zip(toks, seps))


@st.composite
def persian_article(draw: st.DrawFn) -> str:
    """Dateline? surtitle? headline, then paragraphs: random words, real lines and mixtures."""
    parts: list[str] = []
    if draw(st.booleans()):
        parts.append(draw(st.one_of(st.sampled_from(DATELINES), line(6))))
    paragraphs = draw(st.lists(st.one_of(line(), st.sampled_from(ARTICLE_LINES), line(8)), min_size=1, max_size=10))
    parts.extend(paragraphs)
    joiners = draw(st.lists(st.sampled_from(["\n", "\n\n", "\r\n", "\n \n", "\n\u200f\n", " "]),
                            min_size=len(parts), max_size=len(parts)))
    return "".join(p + j for p, j in zip(parts, joiners))


@st.composite
def mutated_article(draw: st.DrawFn) -> str:
    """A real article with hostile edits: insertions, deletions, swapped separators."""
    text = draw(st.sampled_from(ARTICLE_TEXTS))
    edits = draw(st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 40),
                                    st.one_of(token, separator, st.just(""))), max_size=12))
    for position, cut, insert in edits:
        at = position % (len(text) + 1)
        text = text[:at] + insert + text[at + cut:]
    if draw(st.booleans()):
        text = text.replace("\n", draw(st.sampled_from(["\r\n", "\r", "\u2028", "\x85", "\n\n", " "])))
    if draw(st.booleans()):
        text = re.sub("ی", "ي", text).replace("ک", "ك")
    return text


@st.composite
def long_line(draw: st.DrawFn, *, limit: int = 8_000) -> str:
    """One very long line (no newline), built by repetition so drawing stays cheap."""
    piece = draw(st.one_of(persian_letter_run, line(6), st.sampled_from(ARTICLE_LINES)))
    piece = piece.replace("\n", " ").replace("\r", " ")
    return piece * draw(st.integers(1, max(1, limit // max(1, len(piece)))))


@st.composite
def oversized(draw: st.DrawFn) -> str:
    """Just over the parser's limit (or far over it): must be refused as TooLarge, fast."""
    from knowledge.parse import MAX_CHARS

    piece = draw(st.sampled_from(ARTICLE_LINES)) + "\n"
    extra = draw(st.sampled_from([1, 2, 1000, MAX_CHARS]))
    return (piece * (MAX_CHARS // len(piece) + 2))[: MAX_CHARS + extra]


text_articles = st.one_of(
    persian_article(), persian_article(), mutated_article(), mutated_article(),
    long_line(), st.text(max_size=300), line(60), oversized(),
    st.sampled_from(["", " ", "\n\n", "\u200c" * 40, "ـ" * 50, "\u064b" * 40, "🇮🇷" * 30, "\x00", "\ufeff"]),
)


@st.composite
def byte_articles(draw: st.DrawFn) -> bytes:
    """What a file upload can hold: UTF-8 (with or without BOM), other encodings, raw bytes."""
    text = draw(st.one_of(persian_article(), mutated_article()))
    how = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1256", "raw", "truncated", "nul"]))
    if how == "raw":
        return draw(st.binary(max_size=2000))
    if how == "cp1256":  # Windows Arabic, as old Persian files are saved
        return text.encode("cp1256", errors="replace")
    data = text.encode("utf-8" if how in ("truncated", "nul") else how, errors="surrogatepass")
    if how == "truncated":  # cut inside a multi-byte character
        data = data[: draw(st.integers(0, len(data)))]
    if how == "nul":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + b"\x00" + data[at:]
    return data


# -- questions ------------------------------------------------------------------------------

TEMPLATES = [
    "{} چه گفت؟", "{} درباره {} چه گفت؟", "چه کسی گفت {}؟", "{} کی برگزار شد؟", "{} کجا بود؟",
    "{} کیست؟", "{} چه‌کاره است؟", "چه کسانی در {} صحبت کردند؟", "کدام خبر درباره {} بود؟",
    "وی دیگر چه گفت؟", "{} دیگر چه گفت؟", "{} روز {} کجا بود؟", "اخبار {} در {}", "{}",
]
NAMES = ["طالبی", "محمدعلی طالبی", "کریمی", "کامرانی", "استاندار کرمان", "رییس پلیس فتا", "رئيس پليس فتا",
         "سبزوادی", "استندار", "وی", "او", "نادیان اهور", "تهران", "کارگاه مدیریت فضای مجازی", "هوش مصنوعی"]
FTS_NOISE = ['"', '""', "AND", "OR", "NOT", "NEAR", "NEAR(", "NEAR/2", "*", "^", "(", ")", "-", "+", ":",
             "search:", "{search}:", "text:", "'", ";", "--", "/*", "%", "_", "\\", "DROP TABLE articles;"]

question_slot = st.one_of(st.sampled_from(NAMES), line(4), st.sampled_from(FTS_NOISE),
                          st.sampled_from(VOCABULARY), any_unicode)


@st.composite
def templated_question(draw: st.DrawFn) -> str:
    template = draw(st.sampled_from(TEMPLATES))
    slots = [draw(question_slot) for _ in range(template.count("{}"))]
    return template.format(*slots)


@st.composite
def noisy_question(draw: st.DrawFn) -> str:
    """A real question with FTS syntax, bidi marks or control characters sprinkled in."""
    words = draw(templated_question()).split(" ")
    noise = st.one_of(st.sampled_from(FTS_NOISE), weird_char, st.sampled_from(EMOJI))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(words)))
        words.insert(at, draw(noise))
    return " ".join(words)


questions = st.one_of(
    templated_question(), templated_question(), noisy_question(), noisy_question(),
    line(20), st.text(max_size=200), long_line(limit=2_000),
    st.sampled_from(["", " ", "؟", ":", '"', "*", "\x00", "\u200f", "ـ", "🇮🇷", "?" * 600, "ا" * 501, "ا" * 500]),
)
