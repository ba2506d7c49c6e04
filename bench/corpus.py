"""Corpus report: what the parser makes of real agency copy (issue 11).

    python -m bench.corpus ../shared/corpus                 # readable report
    python -m bench.corpus ../shared/corpus --json out.json  # and the figures as JSON
    python -m bench.corpus ../shared/corpus --limit 100 --sample 40 --seed 7

Every ``*.txt`` under ``DIR/articles`` (or ``DIR`` itself) goes, sorted by name, through the
parser's public door (``knowledge.parse.parse``, in ``knowledge.bulk``'s process pool) with
a fixed ``today`` (:data:`TODAY`, or ``--today``); the corpus's ``date`` lines give the
publication date, so the report does not depend on the clock. Only the records of
``knowledge.models`` are read. The verb detection, the folding and the heuristics below are
this module's own, independent of the parser's word lists, so the report can see what the
parser misses.

**Folding** (:func:`fold`): Arabic ي/ى/ئ → ی, ك → ک, ة/ۀ → ه, أ/إ/آ/ٱ → ا, ؤ → و, ء and
diacritics, tatweel and bidi marks dropped, half-space (ZWNJ) removed (so «می‌گوید» =
«میگوید», «تأکید» = «تاکید», «گفت‌وگو» = «گفتوگو», which is not «گفت»), other spaces
(NBSP ...) made plain spaces.

**A verb of saying** (:data:`SAYING`) is one of the six the issue counts, as a whole word on
the folded text, in a third-person finite form:

* گفت: گفت (not «گفت و گو»)، گفتند، گفته است/اند، گفته بود(ند)، می‌گوید/می‌گویند;
* افزود: افزود، افزودند، افزوده است/اند، می‌افزاید/می‌افزایند;
* اظهار کرد / اظهار داشت، تصریح کرد، خاطرنشان (خاطر نشان) کرد، تأکید کرد: the noun, an
  optional space, and کرد (داشت for اظهار only) in the same forms — کرد، کردند، کرده است/اند،
  کرده بود، می‌کند/می‌کنند (داشت، داشتند، داشته است/اند، می‌دارد).

Not counted: a bare «گفته» («به گفته وی»: no finite verb), negatives («نگفت»), and a verb after
a modal or future auxiliary — «باید گفت»، «می‌توان گفت»، «خواهد گفت» — which reports nobody's
words. The issue's own baseline (548 texts with such a verb) used a plainer rule; the
report also gives the figures for :data:`STRICT` (the six verbs in the simple past singular
only: گفت، افزود، اظهار کرد/داشت، تصریح کرد، خاطرنشان کرد، تأکید کرد) under ``strict``.

A *text* has a verb of saying when one of the parser's sentences has one (headline included);
a *sentence* sits in a statement when its position is inside some statement's
``first_sentence..last_sentence``.

**Speaker kinds** (:func:`speaker_kind`, on the :class:`~knowledge.models.Person` a statement
points to), first match wins:

* ``none`` — the name is empty or «?» (the parser gave no name and no role);
* ``unnamed_source`` — the name's first word, after یک/این/برخی/چند, is a source word
  (منبع، منابع، مقام، مقامات، رسانه، خبرگزاری، روزنامه، شبکه، وزارت، دولت، کاخ، ارتش، گزارش،
  تهیه‌کنندگان، بیانیه ...: :data:`SOURCE_WORDS`), or its last word ends like an outlet (تایمز، پست،
  نیوز، ژورنال ...), or it is a known outlet (سی‌ان‌ان، رویترز، بی‌بی‌سی ...): not a person
  («سخنگوی وزارت خارجه» starts with a role word, so it is a role);
* ``role`` — the name is one of the person's roles (a role-only speaker) or starts with a
  role word (:data:`ROLE_WORDS`);
* ``named`` — two words or more; ``single`` — one word (a surname, or a wrong «name»).

**Suspicious names** (:func:`name_flags`), over every person of every article: ``verb`` (a word
after the first is a verb form: one of :data:`VERB_WORDS` (است، بود، شد، کرد، خواهد، باشد، یابد ...), or
ends in ‌شده/‌کرده, or starts with می‌گو/می‌کن/می‌شو/...; the first word is left alone, since
first names such as بهبود or مهرداد end like verbs), ``digit``, ``stopword_end`` / ``stopword_start`` (و، در، به، از، که، را، با ...),
``too_long`` (more than four words), ``role_word`` (a role word inside the name of a person
that is not role-only), ``punct`` («»:؛()!؟ ...), ``latin``, ``common_word`` (the whole name is a
common noun or a place: اظهارات، دانشگاه، ایران ...), ``short`` (one letter or two).

**Sample**: ``--sample N`` items of each list, drawn with ``random.Random(seed)`` from the
list sorted by file and position, so the same corpus and code give the same sample.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.errors import KnowledgeError
from knowledge.models import ParsedArticle, Person

TODAY = dt.date(2026, 12, 6)  # resolves relative dates in texts without a date line

# ---------------------------------------------------------------------------- folding

_LETTERS = str.maketrans({
    "ي": "ی", "ى": "ی", "ئ": "ی", "ې": "ی", "ك": "ک", "ڪ": "ک", "ة": "ه", "ۀ": "ه",
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ء": None, "\u0640": None,
    "\u200c": None, "\u200b": None, "\u200d": None, "\u200e": None, "\u200f": None,
    "\ufeff": None, "\u00ad": None,
    **{chr(c): None for c in range(0x064B, 0x0660)}, "\u0670": None,
    **{chr(c): None for c in range(0x202A, 0x202F)}, **{chr(c): None for c in range(0x2066, 0x206A)},
})
_SPACES = re.compile(r"[^\S\n]+")


def fold(text: str) -> str:
    """The text with letter variants, half-spaces and marks folded (see the module doc)."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).translate(_LETTERS))


# ---------------------------------------------------------------------------- verbs of saying

_AUX = r"(?: ?(?:است|اند|بود|بودند))"
_KARD = rf"(?:کرد(?:ند)?|کرده{_AUX}|می ?کن(?:د|ند))"
_DASHT = rf"(?:داشت(?:ند)?|داشته{_AUX}|می ?دار(?:د|ند))"
SAYING = re.compile(
    r"(?<!\w)(?:"
    rf"گفت(?:ند)?(?! ?و ?گو)|گفته{_AUX}|می ?گوی(?:د|ند)"
    rf"|افزود(?:ند)?|افزوده{_AUX}|می ?افزای(?:د|ند)"
    rf"|اظهار ?(?:{_KARD}|{_DASHT})"
    rf"|(?:تصریح|خاطر ?نشان|تاکید) ?{_KARD}"
    r")(?!\w)"
)
# the plainer count: the six verbs in the simple past singular only
STRICT = re.compile(r"(?<!\w)(?:گفت(?! ?و ?گو)|افزود|اظهار ?(?:کرد|داشت)|(?:تصریح|خاطر ?نشان|تاکید) ?کرد)(?!\w)")
# a modal or future auxiliary before the verb: «باید گفت», «می‌توان گفت», «خواهد گفت»
_MODAL = re.compile(
    r"(?<!\w)(?:باید|نباید|میبایست|بایستی|بایست|میتوان|نمیتوان|بتوان|نتوان|توان|"
    r"خواهم|خواهی|خواهد|خواهیم|خواهید|خواهند|نخواهد|نخواهند) $"
)


def saying_verbs(text: str, *, strict: bool = False) -> list[str]:
    """The verbs of saying in ``text`` (folded forms), in order; ``strict``: :data:`STRICT`'s."""
    folded = fold(text)
    pattern = STRICT if strict else SAYING
    return [m.group() for m in pattern.finditer(folded) if not _MODAL.search(folded[: m.start()])]


def has_saying_verb(text: str) -> bool:
    return bool(saying_verbs(text))


# ---------------------------------------------------------------------------- speakers and names

SOURCE_WORDS = frozenset(fold(w) for w in """
منبع منابع منبعی مقام مقامات رسانه رسانه‌ها رسانه‌های خبرگزاری روزنامه هفته‌نامه
شبکه تلویزیون رادیو پایگاه سایت وبسایت وب‌سایت نشریه مجله وزارت وزارتخانه دولت کاخ ارتش
گزارش تهیه‌کنندگان بیانیه اطلاعیه کانال صفحه حساب
""".split())
OUTLET_ENDINGS = tuple(fold(w) for w in "تایمز پست نیوز ژورنال گاردین اکونومیست پرس".split())
OUTLETS = frozenset(fold(w) for w in """
سی‌ان‌ان رویترز بی‌بی‌سی آسوشیتدپرس آکسیوس بلومبرگ الجزیره العربیه اسپوتنیک تاس فاکس‌نیوز
ایرنا ایسنا ایلنا مهر تسنیم فارس
""".split())
ROLE_WORDS = frozenset(fold(w) for w in """
رئیس رییس ریيس مدیر مدیرکل مدیرعامل معاون معاونت وزیر استاندار فرماندار بخشدار شهردار دهیار
سخنگو سخنگوی دبیر دبیرکل نماینده نمایندگان فرمانده رئیس‌جمهور رییس‌جمهور نخست‌وزیر سفیر
عضو اعضای نایب مشاور کارشناس مسئول مسوول سرپرست قائم‌مقام دادستان رهبر امام‌جمعه امام
سرمربی مربی کاپیتان بازیکن رئیس‌کل رییس‌کل جانشین دستیار مدیرکل‌ سرکنسول کنسول وزرای
فرماندهی رئیسه هیئت هیأت شورای مجلس استاد دانشیار پژوهشگر فعال نویسنده کارگردان
""".split())
STOPWORDS = frozenset(fold(w) for w in """
و در به از که را با این آن برای تا هم نیز یا بر اما ولی اگر چون هر همه وی او ایشان
""".split())
COMMON_WORDS = frozenset(fold(w) for w in """
اظهارات سخنان گفته گفته‌های دانشگاه ایران آمریکا امریکا روسیه چین اسرائیل اسراییل دولت مجلس
شورا سازمان وزارت مردم کشور استان شهر تهران جهان منطقه بهبود عملیات گزارش خبر خبرنگار
جلسه نشست مراسم برنامه طرح پروژه مدیریت همچنین
""".split())
VERB_WORDS = frozenset(fold(w) for w in """
است هست نیست بود بودند باشد نباشد شد شدند شده کرد کردند کرده داشت داشته گفت گفتند افزود نمود داد دادند
خواهد نخواهد خواهند یابد یابند بخشد دارد دارند ماست آنهاست اوست میشود میکند نمیشود نمیکند میتوان
""".split())
_VERB_SUFFIX = ("شده", "کرده", "گردید", "میشود", "میکند")
_VERB_START = ("میگو", "میکن", "میشو", "میده", "میخوا", "میتوا", "میباش", "نمیگو", "نمیکن", "نمیشو",
               "نمیتوا", "نیافت")
_PUNCT = re.compile(r"[«»:؛;()\[\]!؟?\"'،,.]")
_DIGIT = re.compile(r"\d")
_LATIN = re.compile(r"[A-Za-z]")

_DETERMINERS = frozenset(fold(w) for w in "یک یکی این آن برخی چند دو".split())
SPEAKER_KINDS = ("named", "single", "role", "unnamed_source", "none")


def _words(name: str) -> list[str]:
    return fold(name).split()


def speaker_kind(person: Person) -> str:
    """``named``, ``single``, ``role``, ``unnamed_source`` or ``none`` (see the module doc)."""
    name = person.name.strip()
    if not name or name == "?":
        return "none"
    words = _words(name)
    folded = " ".join(words)
    content = [w for w in words if w not in _DETERMINERS] if words[0] in _DETERMINERS else words
    if content and (content[0] in SOURCE_WORDS or folded in OUTLETS or content[-1].endswith(OUTLET_ENDINGS)):
        return "unnamed_source"
    roles = {" ".join(_words(r)) for r in person.roles}
    if folded in roles or words[0] in ROLE_WORDS:
        return "role"
    return "named" if len(words) >= 2 else "single"


def name_flags(person: Person) -> list[str]:
    """Why ``person.name`` looks wrong, or [] (see the module doc). Role-only and source
    «names» are judged only by the flags that still apply to a phrase (verb, digit, punct ...)."""
    name = person.name.strip()
    words = _words(name)
    if not words or name == "?":
        return []
    kind = speaker_kind(person)
    flags = []
    if any(w in VERB_WORDS or w.endswith(_VERB_SUFFIX) or w.startswith(_VERB_START) for w in words[1:]):
        flags.append("verb")
    if _DIGIT.search(name):
        flags.append("digit")
    if words[-1] in STOPWORDS:
        flags.append("stopword_end")
    if words[0] in STOPWORDS:
        flags.append("stopword_start")
    if kind in ("named", "single"):
        if len(words) > 4:
            flags.append("too_long")
        if any(w in ROLE_WORDS for w in words):
            flags.append("role_word")
        if " ".join(words) in COMMON_WORDS or (len(words) == 1 and words[0] in COMMON_WORDS):
            flags.append("common_word")
        if len(words) == 1 and len(words[0]) <= 2:
            flags.append("short")
    if _PUNCT.search(name):
        flags.append("punct")
    if _LATIN.search(name):
        flags.append("latin")
    return flags


# ---------------------------------------------------------------------------- one text

@dataclass
class TextReport:
    """What one text gave: the figures are sums of these."""

    file: str
    refused: str | None = None  # the KnowledgeError's class name
    sentences: int = 0
    verb_sentences: list[tuple[int, str, str]] = field(default_factory=list)  # (position, verb, text)
    uncovered: list[tuple[int, str, str]] = field(default_factory=list)  # verb sentences in no statement
    strict_sentences: int = 0  # sentences with a verb by STRICT
    strict_uncovered: int = 0
    statements: int = 0
    speaker_kinds: Counter[str] = field(default_factory=Counter)
    persons: int = 0
    named_persons: int = 0  # kind named or single
    suspicious: list[tuple[str, list[str]]] = field(default_factory=list)  # (name, flags)

    @property
    def has_verb(self) -> bool:
        return bool(self.verb_sentences)


def analyse(file: str, item: ParsedArticle | KnowledgeError) -> TextReport:
    """One text's counts, from what the parser returned for it."""
    if isinstance(item, KnowledgeError):
        return TextReport(file=file, refused=type(item).__name__)
    covered = set()
    for st in item.statements:
        covered.update(range(st.first_sentence, st.last_sentence + 1))
    report = TextReport(file=file, sentences=len(item.sentences), statements=len(item.statements))
    for s in item.sentences:
        verbs = saying_verbs(s.text)
        if verbs:
            entry = (s.position, verbs[0], s.text)
            report.verb_sentences.append(entry)
            if s.position not in covered:
                report.uncovered.append(entry)
            if saying_verbs(s.text, strict=True):
                report.strict_sentences += 1
                report.strict_uncovered += s.position not in covered
    for st in item.statements:
        report.speaker_kinds[speaker_kind(item.persons[st.speaker])] += 1
    report.persons = len(item.persons)
    for p in item.persons:
        if speaker_kind(p) in ("named", "single"):
            report.named_persons += 1
        flags = name_flags(p)
        if flags:
            report.suspicious.append((p.name, flags))
    return report


# ---------------------------------------------------------------------------- the figures

def _pct(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def figures(reports: list[TextReport]) -> dict:
    """The report's figures, as a JSON-ready dict."""
    parsed = [r for r in reports if r.refused is None]
    with_verb = [r for r in parsed if r.has_verb]
    yielding = [r for r in with_verb if r.statements]
    verb_sentences = sum(len(r.verb_sentences) for r in parsed)
    covered = verb_sentences - sum(len(r.uncovered) for r in parsed)
    strict_texts = [r for r in parsed if r.strict_sentences]
    strict_yielding = sum(1 for r in strict_texts if r.statements)
    strict_sentences = sum(r.strict_sentences for r in parsed)
    strict_covered = strict_sentences - sum(r.strict_uncovered for r in parsed)
    kinds: Counter[str] = Counter()
    for r in parsed:
        kinds.update(r.speaker_kinds)
    statements = sum(r.statements for r in parsed)
    persons = [r.persons for r in parsed]
    named = [r.named_persons for r in parsed]
    total_persons = sum(persons)
    suspicious = sum(len(r.suspicious) for r in parsed)
    flag_counts: Counter[str] = Counter(f for r in parsed for _, flags in r.suspicious for f in flags)
    return {
        "texts": len(reports),
        "parsed": len(parsed),
        "refused": dict(sorted(Counter(r.refused for r in reports if r.refused).items())),
        "texts_with_saying_verb": len(with_verb),
        "texts_with_verb_and_statement": len(yielding),
        "texts_with_verb_and_statement_pct": _pct(len(yielding), len(with_verb)),
        "texts_with_statement": sum(1 for r in parsed if r.statements),
        "sentences": sum(r.sentences for r in parsed),
        "verb_sentences": verb_sentences,
        "verb_sentences_in_statement": covered,
        "verb_sentences_in_statement_pct": _pct(covered, verb_sentences),
        "strict": {
            "texts_with_saying_verb": len(strict_texts),
            "texts_with_verb_and_statement": strict_yielding,
            "texts_with_verb_and_statement_pct": _pct(strict_yielding, len(strict_texts)),
            "verb_sentences": strict_sentences,
            "verb_sentences_in_statement": strict_covered,
            "verb_sentences_in_statement_pct": _pct(strict_covered, strict_sentences),
        },
        "statements": statements,
        "speakers": {k: kinds[k] for k in SPEAKER_KINDS},
        "speakers_pct": {k: _pct(kinds[k], statements) for k in SPEAKER_KINDS},
        "persons": total_persons,
        "persons_per_text_mean": round(statistics.fmean(persons), 2) if persons else None,
        "persons_per_text_median": statistics.median(persons) if persons else None,
        "named_persons_per_text_mean": round(statistics.fmean(named), 2) if named else None,
        "named_persons_per_text_median": statistics.median(named) if named else None,
        "suspicious_names": suspicious,
        "suspicious_names_pct": _pct(suspicious, total_persons),
        "suspicious_flags": dict(flag_counts.most_common()),
    }


def samples(reports: list[TextReport], n: int, seed: int) -> dict[str, list[dict]]:
    """``n`` seeded examples of each kind of miss, each with its file."""
    parsed = [r for r in reports if r.refused is None]
    no_statement = [{"file": r.file, "sentence": r.verb_sentences[0][0], "verb": r.verb_sentences[0][1],
                     "text": r.verb_sentences[0][2]}
                    for r in parsed if r.has_verb and not r.statements]
    uncovered = [{"file": r.file, "sentence": pos, "verb": verb, "text": text}
                 for r in parsed if r.statements for pos, verb, text in r.uncovered]
    suspicious = [{"file": r.file, "name": name, "flags": flags}
                  for r in parsed for name, flags in r.suspicious]

    def pick(items: list[dict]) -> list[dict]:
        if len(items) <= n:
            return items
        chosen = sorted(random.Random(seed).sample(range(len(items)), n))
        return [items[i] for i in chosen]

    return {"verb_but_no_statement": pick(no_statement),
            "verb_sentence_in_no_statement": pick(uncovered),
            "suspicious_names": pick(suspicious)}


# ---------------------------------------------------------------------------- reading and printing

def corpus_files(directory: Path, limit: int | None = None) -> list[Path]:
    base = directory / "articles" if (directory / "articles").is_dir() else directory
    files = sorted(base.glob("*.txt"))
    return files[:limit] if limit is not None else files


def parse_files(files: list[Path], today: dt.date) -> Iterator[ParsedArticle | KnowledgeError]:
    """Each file through the parse door, in knowledge's process pool when it has one."""
    texts = (f.read_bytes() for f in files)
    try:
        from knowledge.bulk import parse_many
    except ImportError:  # no pool: the door itself, one by one
        from knowledge.parse import parse

        def serial(items: Iterable[bytes]) -> Iterator[ParsedArticle | KnowledgeError]:
            for raw in items:
                try:
                    yield parse(raw, today=today)
                except KnowledgeError as exc:
                    yield exc
        yield from serial(texts)
        return
    yield from parse_many(texts, today=today)


def render(fig: dict, sample: dict[str, list[dict]], seconds: float | None = None) -> str:
    out = []
    add = out.append
    add(f"texts: {fig['texts']}   parsed: {fig['parsed']}   refused: "
        + (", ".join(f"{k} {v}" for k, v in fig["refused"].items()) or "none"))
    add(f"texts with a verb of saying: {fig['texts_with_saying_verb']}; yielding a statement: "
        f"{fig['texts_with_verb_and_statement']} ({fig['texts_with_verb_and_statement_pct']}%, target ≥ 95%)")
    add(f"texts with any statement: {fig['texts_with_statement']}")
    add(f"sentences: {fig['sentences']}; holding a verb of saying: {fig['verb_sentences']}; inside a "
        f"statement's span: {fig['verb_sentences_in_statement']} ({fig['verb_sentences_in_statement_pct']}%, "
        "target ≥ 90%)")
    st = fig["strict"]
    add(f"strict (simple past only, as the issue's baseline): texts {st['texts_with_saying_verb']}, yielding "
        f"{st['texts_with_verb_and_statement']} ({st['texts_with_verb_and_statement_pct']}%); sentences "
        f"{st['verb_sentences']}, in a statement {st['verb_sentences_in_statement']} "
        f"({st['verb_sentences_in_statement_pct']}%)")
    add(f"statements: {fig['statements']}; by speaker: "
        + ", ".join(f"{k} {fig['speakers'][k]} ({fig['speakers_pct'][k]}%)" for k in SPEAKER_KINDS))
    add(f"persons: {fig['persons']}; per text mean {fig['persons_per_text_mean']}, median "
        f"{fig['persons_per_text_median']}; named (not role-only, not a source) per text mean "
        f"{fig['named_persons_per_text_mean']}, median {fig['named_persons_per_text_median']}")
    add(f"suspicious names: {fig['suspicious_names']} ({fig['suspicious_names_pct']}% of persons); flags: "
        + ", ".join(f"{k} {v}" for k, v in fig["suspicious_flags"].items()))
    if seconds is not None:
        add(f"parsed in {seconds:.1f} s")
    titles = {"verb_but_no_statement": "texts with a verb of saying and no statement (first such sentence)",
              "verb_sentence_in_no_statement": "sentences with a verb of saying in no statement",
              "suspicious_names": "suspicious person names"}
    for key, items in sample.items():
        add("")
        add(f"— sample: {titles[key]} ({len(items)})")
        for it in items:
            if key == "suspicious_names":
                add(f"  {it['file']}: «{it['name']}» [{', '.join(it['flags'])}]")
            else:
                text = it["text"] if len(it["text"]) <= 300 else it["text"][:300] + " …"
                add(f"  {it['file']} #{it['sentence']} [{it['verb']}]: {text}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, help="a directory of .txt files, or one with articles/")
    ap.add_argument("--json", type=Path, metavar="PATH", help="write the figures and the sample as JSON")
    ap.add_argument("--limit", type=int, metavar="N", help="only the first N files (by name)")
    ap.add_argument("--sample", type=int, default=20, metavar="N", help="examples of each miss (default 20)")
    ap.add_argument("--seed", type=int, default=11, help="seed of the sample (default 11)")
    ap.add_argument("--today", type=dt.date.fromisoformat, default=TODAY,
                    help=f"date for texts without a date line (default {TODAY})")
    args = ap.parse_args(argv)
    files = corpus_files(args.corpus, args.limit)
    if not files:
        print(f"no .txt files in {args.corpus}", file=sys.stderr)
        return 2
    start = time.perf_counter()
    reports = [analyse(f.name, item) for f, item in zip(files, parse_files(files, args.today), strict=True)]
    seconds = time.perf_counter() - start
    fig = figures(reports)
    sample = samples(reports, args.sample, args.seed)
    print(render(fig, sample, seconds))
    if args.json:
        args.json.write_text(json.dumps({"figures": fig, "sample": sample}, ensure_ascii=False, indent=1) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
