"""Persian text forms: the only module that imports hazm.

Two forms of every text:

* the *display* form (:func:`normalize`) is what we store and cite: hazm's
  Normalizer fixes half-spaces it knows about, Arabic letters and spacing around
  punctuation; digits keep their script.
* the *search* form (:func:`search_form`) is what we match on, built the same way
  for articles, names, roles and questions: Arabic letter variants folded, every
  digit script turned into ASCII digits, diacritics, tatweel and bidi marks dropped,
  half-spaces removed and detached affixes (``می``, ``ها``, ``های``, ``ای`` ...)
  glued to their word, so ``فرصت‌ها``, ``فرصت ها`` and ``فرصتها`` all become
  ``فرصتها``. :func:`stem` strips plural and ezafe endings for prefix search.

Building hazm's Normalizer costs one to three seconds, so it is built once, on
first use; questions never need it (they only need :func:`search_form`).
"""

from __future__ import annotations

import functools
import re
import unicodedata

ZWNJ = "\u200c"

# Letter variants that FTS5 and rapidfuzz treat as different letters.
_LETTERS = {
    "ي": "ی", "ى": "ی", "ې": "ی", "ئ": "ی", "ك": "ک", "ڪ": "ک", "ة": "ه", "ۀ": "ه",
    "ہ": "ه", "ۃ": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ء": "",
}
_DIGITS = {c: str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")} | {
    c: str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")
}
# Harakat, superscript alef, tatweel and invisible format characters.
_DROP = dict.fromkeys(
    [*range(0x064B, 0x0660), 0x0670, 0x0640, 0x200B, 0x200D, 0x200E, 0x200F,
     *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF, 0x00AD]
)
_FOLD_TABLE = str.maketrans({**_LETTERS, **_DIGITS}) | _DROP
_DISPLAY_TABLE = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", **{chr(c): None for c in _DROP if c != 0x0640}})


class Translator:
    """``str.translate(table)`` as one regex over the characters the table changes.

    The same result, 10-20 times faster on Persian text: CPython's ``translate`` with a dict
    looks every character of a non-ASCII string up in the table, while the regex only stops
    at the few characters that change.
    """

    def __init__(self, table: dict[int, int | str | None]) -> None:
        self.table = table
        self._map = {chr(k): "" if v is None else chr(v) if isinstance(v, int) else v for k, v in table.items()}
        self._chars = re.compile("[" + "".join(re.escape(c) for c in sorted(self._map)) + "]")

    def __call__(self, text: str) -> str:
        mapping = self._map
        return self._chars.sub(lambda m: mapping[m.group()], text)


_fold_chars = Translator(_FOLD_TABLE)
_display_chars = Translator(_DISPLAY_TABLE)

# Affixes that people write detached, with a space or a half-space.
PREFIXES = frozenset({"می", "نمی", "بی"})
SUFFIXES = frozenset({
    "ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان",
    "ای", "ایی", "ی", "ام", "ات", "اش", "مان", "تان", "شان", "تر", "ترین", "گر", "گری",
})
_TOKEN = re.compile(r"[\w\u200c]+", re.UNICODE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Every invisible format character (Unicode category Cf: zero-width space, word joiner, bidi
# marks, tags, ...) except ZWNJ, the half-space of «می‌رود»: a zero-width character between
# letters would otherwise split words and sentences the reader never sees split.
_FORMAT = re.compile("[" + "".join(
    re.escape(chr(c)) for c in range(0x110000)
    if unicodedata.category(chr(c)) == "Cf" and chr(c) != ZWNJ) + "]")
PERSIAN_LETTER = re.compile(r"[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]")


def clean(raw: str) -> str:
    """Line endings unified, control and bidi characters removed, Arabic ي/ك folded."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _FORMAT.sub("", _CONTROL.sub("", text))
    return _display_chars(text)


@functools.cache
def _normalizer():  # type: ignore[no-untyped-def]
    from hazm import Normalizer
    from hazm.constants import TRANSLATION_DST, TRANSLATION_SRC
    from hazm.utils import maketrans

    class _Normalizer(Normalizer):  # type: ignore[misc]
        """hazm's Normalizer with its translation table built once (hazm 0.12 builds it, a
        ``maketrans`` of 400 characters, on every call) and applied by :class:`Translator`.
        The steps and their order are hazm's own ``normalize``; tests/test_text.py checks
        that both give the same text."""

        _translate = Translator(maketrans(TRANSLATION_SRC, TRANSLATION_DST))

        _STEPS = ("persian_style", "persian_number", "remove_diacritics", "correct_spacing",
                  "unicodes_replacement", "remove_specials_chars", "decrease_repeated_chars", "seperate_mi")

        def normalize(self, text: str) -> str:
            text = self._translate(text)
            for step in self._STEPS:  # hazm's order; each on when hazm's flag ``_<step>`` is
                if getattr(self, f"_{step}"):
                    text = getattr(self, step)(text)
            return text

    # persian_numbers=False: digits keep their script (the search form folds them).
    return _Normalizer(persian_numbers=False)


def normalize(line: str) -> str:
    """The display form of one line (or paragraph) of article text."""
    line = clean(line).strip()
    if not line:
        return ""
    return _normalizer().normalize(line)


def fold(text: str) -> str:
    """Letters and digits folded to one spelling, invisible marks removed, lower-cased."""
    return _fold_chars(unicodedata.normalize("NFKC", text)).lower()


def tokens(text: str) -> list[str]:
    """Folded words with half-spaces removed and detached affixes glued back on."""
    raw = [t.replace(ZWNJ, "") for t in _TOKEN.findall(fold(text).replace("_", " "))]
    out: list[str] = []
    glue_next = False
    for tok in raw:
        if not tok:
            continue
        if glue_next and out:
            out[-1] += tok
            glue_next = False
            continue
        if tok in SUFFIXES and out and not out[-1].isdigit() and len(out[-1]) > 1:
            out[-1] += tok
            continue
        out.append(tok)
        glue_next = tok in PREFIXES
    return out


def search_form(text: str) -> str:
    """The form stored in the full-text index and used for every comparison."""
    return " ".join(tokens(text))


_PLURAL_ENDINGS = ("هایشان", "هایمان", "هایتان", "هایش", "هایی", "های", "ها")


@functools.cache
def stem(token: str) -> str:
    """Strip the unambiguous plural endings (``ها`` and its forms) of a search token.

    hazm's Stemmer also cuts ``ان`` and ``ی``, which turns «کرمان» into «کرم» and
    «طالبی» into «طالب»; for names and places that is worse than no stemming, so
    prefix search plus the fuzzy re-ranking handle the other endings.
    """
    for ending in _PLURAL_ENDINGS:
        if token.endswith(ending) and len(token) - len(ending) >= 2:
            return token[: -len(ending)]
    return token


_PERSIAN_LETTERS = re.compile(r"[\u0621-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]")
# Their complements: counting what is left after removing the rest is 3x faster than findall.
_NOT_LETTER = re.compile(r"[\W\d_]")
_NOT_PERSIAN_LETTER = re.compile("[^" + _PERSIAN_LETTERS.pattern[1:])


def persian_letters(text: str) -> int:
    """How many Persian/Arabic-script letters ``text`` holds."""
    return len(_NOT_PERSIAN_LETTER.sub("", text))


def persian_share(text: str) -> float:
    """The share of letters in ``text`` that are Persian/Arabic-script letters."""
    letters = len(_NOT_LETTER.sub("", text))
    return persian_letters(text) / letters if letters else 0.0


def to_persian_digits(text: str) -> str:
    return text.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


def to_ascii_digits(text: str) -> str:
    return text.translate(str.maketrans(_DIGITS))


_SPAN = re.compile(r"[\w\u200c]+|[^\w\s\u200c]", re.UNICODE)


class Token(str):
    """A folded word (or punctuation mark) that remembers where it stood in the display text."""

    start: int
    end: int
    is_word: bool  # starts with a letter or digit (set once: the parser asks for every token)

    def __new__(cls, form: str, start: int, end: int) -> Token:
        tok = super().__new__(cls, form)
        tok.start, tok.end, tok.is_word = start, end, form[:1].isalnum()
        return tok


def spans(display: str) -> list[Token]:
    """Folded tokens of display text with their character offsets (no affix gluing)."""
    return list(_spans(display))


@functools.lru_cache(maxsize=1024)
def _spans(display: str) -> tuple[Token, ...]:
    # cached: the parser asks for the tokens of every sentence four times (parse, statements,
    # events, venues); callers get their own list, and nothing changes a Token.
    out = []
    for m in _SPAN.finditer(display):
        form = _fold_token(m.group())
        if form:
            out.append(Token(form, m.start(), m.end()))
    return tuple(out)


@functools.lru_cache(maxsize=200_000)
def _fold_token(word: str) -> str:
    return fold(word).replace(ZWNJ, "")


@functools.cache
def _frequencies() -> dict[str, int]:
    """``data/word_counts.tsv``: hazm's word counts for the folded words that have one (written
    by ``python -m bench.word_counts``; loading hazm's whole list took about 2 s and 80 MB)."""
    from importlib import resources

    data = resources.files("knowledge").joinpath("data", "word_counts.tsv").read_text(encoding="utf-8")
    return {word: int(count) for word, _, count in
            (line.partition("\t") for line in data.splitlines() if line and not line.startswith("#"))}


def word_frequency(word: str) -> int:
    """How common a folded word is in hazm's bundled word list (0 when unknown)."""
    return _frequencies().get(word, 0)


@functools.cache
def informal_words() -> dict[str, str]:
    """Colloquial → formal spellings: hazm's bundled list plus ``data/colloquial.tsv``."""
    from importlib import resources

    from hazm import informal_words as hazm_file  # a path to hazm's iwords.dat

    pairs: dict[str, str] = {}
    lines = open(hazm_file, encoding="utf-8").read().splitlines()
    lines += resources.files("knowledge").joinpath("data", "colloquial.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines:
        informal_part, sep, formal_part = line.partition("\t") if "\t" in line else line.partition(" ")
        if sep and informal_part.strip() and formal_part.strip() and not line.startswith("#"):
            if len(informal_part.split()) > 1:
                continue  # one informal word at a time
            informal, formal = fold(informal_part.strip()).replace(ZWNJ, ""), fold(formal_part.strip())
            pairs[informal] = formal.replace(ZWNJ, "")
    return pairs


@functools.cache
def known_words() -> frozenset[str]:
    """Every word of hazm's bundled lexicon (words.dat, about 190k), in the search form;
    read as plain lines (0.1 s), not through hazm's ``words_list`` (2 s)."""
    from hazm.utils import default_words

    with open(default_words, encoding="utf-8") as f:
        return frozenset(fold(line.partition("\t")[0]).replace(ZWNJ, "") for line in f if line.strip())


@functools.cache
def tagged_words() -> dict[str, int]:
    """The words of hazm's lexicon that carry a part of speech or a count (about 35k of its 190k:
    the untagged rest holds names and rare forms as well as words), in the search form, each with
    its highest count over the spellings that fold to it («کره», «نام»: word_frequency keeps the
    last spelling's count, which may be 0)."""
    from hazm.utils import default_words

    found: dict[str, int] = {}
    with open(default_words, encoding="utf-8") as f:
        for line in f:
            word, _, rest = line.rstrip("\n").partition("\t")
            count, _, tags = rest.partition("\t")
            n = int(count) if count.strip().isdigit() else 0
            if n or tags.strip() not in {"", "0"}:
                key = fold(word).replace(ZWNJ, "")
                found[key] = max(found.get(key, 0), n)
    return found


@functools.cache
def stopwords() -> frozenset[str]:
    """hazm's stop words in the search form."""
    from hazm import stopwords_list

    return frozenset(fold(w).replace(ZWNJ, "").replace("_", "") for w in stopwords_list())


_ENDINGS_PRESENT = ("م", "ی", "د", "یم", "ید", "ند")
_ENDINGS_PAST = ("", "م", "ی", "یم", "ید", "ند", "ه")


@functools.cache
def verb_forms() -> frozenset[str]:
    """Common conjugated forms of hazm's bundled verbs, in the search form («میرود», «گفتند»)."""
    from hazm import verbs_list

    forms: set[str] = set()
    for entry in verbs_list():
        past, _, present = entry.partition("#")
        past, present = fold(past).replace(ZWNJ, ""), fold(present).replace(ZWNJ, "")
        for neg in ("", "ن"):
            if past:
                forms.update(neg + past + e for e in _ENDINGS_PAST)
                forms.update(neg + "می" + past + e for e in _ENDINGS_PAST)
            if present:
                forms.update(neg + "می" + present + e for e in _ENDINGS_PRESENT)
                forms.update("ب" + present + e for e in _ENDINGS_PRESENT)
    return frozenset(f for f in forms if len(f) > 2)


def is_verb(word: str) -> bool:
    return word in verb_forms()


def load_word_lists() -> None:
    """Read every word list above now (hazm's lexicon, verbs, word counts, spoken forms and
    stop words: about 0.1 s), rather than on the first question that needs each one."""
    for load in (known_words, verb_forms, _frequencies, informal_words, stopwords):
        load()
