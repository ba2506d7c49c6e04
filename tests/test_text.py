"""The search form: every spelling of a word meets, for articles and questions alike."""

from __future__ import annotations

import pytest

from knowledge import spoken, text

SAME_SEARCH_FORM = [
    ("فرصت‌ها", "فرصتها"),  # half-space vs missing half-space
    ("فرصت ها", "فرصتها"),  # detached plural suffix
    ("كرمان", "کرمان"),  # Arabic kaf
    ("رئيس", "رییس"),  # hamza seat and Arabic yeh
    ("رئیس", "رییس"),  # hamza seat
    ("تأکید", "تاکید"),  # hamza on alef
    ("۱۴۰۴", "1404"),  # Persian digits
    ("١٤٠٤", "1404"),  # Arabic-Indic digits
    ("می تواند", "میتواند"),  # detached verb prefix
    ("می‌تواند", "میتواند"),  # verb prefix with half-space
    ("کارگاه های", "کارگاههای"),  # detached plural with ezafe
    ("رسانه ای", "رسانهای"),  # detached indefinite/adjective suffix
    ("مَدرسه", "مدرسه"),  # diacritics dropped
    ("ســلام", "سلام"),  # tatweel dropped
    ("\u200fسلام\u200e", "سلام"),  # bidi marks dropped
]


@pytest.mark.parametrize("written, expected", SAME_SEARCH_FORM)
def test_search_form_folds_spellings(written: str, expected: str) -> None:
    assert expected == text.search_form(written)


STEMS = [
    ("فرصتها", "فرصت"),  # plural
    ("دستگاههای", "دستگاه"),  # plural + ezafe
    ("کرمان", "کرمان"),  # a place is not a plural in «ان»
    ("طالبی", "طالبی"),  # a surname is not an ezafe «ی»
    ("ها", "ها"),  # too short to strip
]


@pytest.mark.parametrize("token, expected", STEMS)
def test_stem_is_conservative(token: str, expected: str) -> None:
    assert expected == text.stem(token)


COLLOQUIAL = [
    ("طالبی چی گفت", ["طالبی", "چه", "گفت"]),  # چی → چه
    ("نباید فضای مجازی رو تهدید بدونیم", ["نباید", "فضای", "مجازی", "را", "تهدید", "بدانیم"]),  # رو، بدونیم
    ("رییس پلیس کیه", ["رییس", "پلیس", "کیست"]),  # کیه → کیست
    ("کی گفت هدف ندارن", ["کی", "گفت", "هدف", "ندارند"]),  # verb plural in «ن»
    ("جوونا چی گفتن", ["جوانها", "چه", "گفتند"]),  # «ون» for «ان», then the spoken plural
    ("خطبه ها کی خونده شد", ["خطبهها", "کی", "خوانده", "شد"]),  # «خونده»: a lexicon word unused beside «خوانده»
    ("گلرو این حرفارو کجا زد", ["گلرو", "این", "حرفها", "را", "کجا", "زد"]),  # object marker after a plural; a name ending in «رو» kept
    ("نظرشو گفت", ["نظرش", "را", "گفت"]),  # object marker after a possessive
    ("صحبتاش", ["صحبتهایش"]),  # plural + possessive
    ("خط لوله چند کیلومتره", ["خط", "لوله", "چند", "کیلومتر", "است"]),  # «-ه» for «است»
    ("تا حالا چند تا", ["تا", "حالا", "چند", "تا"]),  # «حالا» is a word, not a plural of «حال»
    ("کرونای زائرها", ["کرونای", "زایرها"]),  # an ezafe after «ا», a written plural: unchanged
]


@pytest.mark.parametrize("question, expected", COLLOQUIAL)
def test_formalize_colloquial_question(question: str, expected: list[str]) -> None:
    assert expected == spoken.formalize(text.tokens(question))


def test_spans_keep_offsets() -> None:
    s = "وی افزود: «فرصت‌ها» مهم است."
    toks = text.spans(s)
    assert ["وی", "افزود", ":", "«", "فرصتها", "»", "مهم", "است", "."] == list(toks)
    assert all(text.fold(s[t.start:t.end]).replace(text.ZWNJ, "") == t for t in toks)


@pytest.mark.parametrize(
    "sample, persian",
    [
        ("استاندار کرمان گفت", True),  # plain Persian
        ("The governor said", False),  # English
        ("iPhone ۱۵ در ایران", True),  # mixed, mostly Persian letters
        ("", False),  # nothing
    ],
)
def test_persian_share(sample: str, persian: bool) -> None:
    assert persian == (text.persian_share(sample) >= 0.5)


# -- speed-ups that must not change a character (issue 5) --------------------------------

def _table_samples(table: dict[int, int | str | None]) -> list[str]:
    changed = "".join(chr(k) for k in table)
    return ["", "abc ABC 123", changed, changed[::-1] + " سلام " + changed, "\u200c".join(changed),
            "خبرگزاري كرمان ۱۴۰۴ ئ ؤ إ أ آ ة ۀ ً ٌ ـ \u200f\u202b\ufeff\u00ad ]^-\\ end"]


@pytest.mark.parametrize("table", [text._FOLD_TABLE, text._DISPLAY_TABLE], ids=["fold", "display"])
def test_translator_is_str_translate(table: dict[int, int | str | None]) -> None:
    translate = text.Translator(table)
    for sample in _table_samples(table):
        assert translate(sample) == sample.translate(table)


def test_normalizer_is_hazms() -> None:
    """Our Normalizer builds hazm's translation table once; the text must be hazm's own."""
    from hazm import Normalizer
    from hazm.constants import TRANSLATION_DST, TRANSLATION_SRC
    from hazm.utils import maketrans

    from bench.generate import generate_articles

    ours = text._normalizer()
    lines = [line for a in generate_articles(60) for line in a.text.split("\n")]
    lines += _table_samples(maketrans(TRANSLATION_SRC, TRANSLATION_DST))
    lines += ["اعلاممممم کَرد : « زمین لرزه ای به بُزرگیِ 6 دهم ریشتر ...»", "نمیدانم چه میگفت", "کتاب ها"]
    for line in lines:
        assert ours.normalize(line) == Normalizer.normalize(ours, line), line


def test_spans_are_fresh_lists() -> None:
    """spans() is cached; every caller still gets a list of its own."""
    first = text.spans("استاندار فارس گفت")
    first.append(text.Token("x", 0, 0))
    assert len(text.spans("استاندار فارس گفت")) == 3


# Words around the two checks that read the counts: «== 0» / «> 0» (colloquial plurals) and
# «< 2000» (a second surname word in people.py).
WORD_COUNT_TABLE = ["کارگر", "کارگرا", "مدیر", "مدیرا", "کارمند", "کارمندا", "دانشجو", "دانشجوها",
                    "احمدی", "طالبی", "نادیان", "اهور", "یوسفی", "پور", "زاده", "کریمی", "استاندار",
                    "فارس", "تهران", "گفت", "اقای", "رییس", "ریيس", "xyz", "", "ا", "اا",
                    "اباحه", "سبکمغز", "خانهبرانداز", "اجرایی"]  # counts 3, 1992, 2000, 2017


def test_word_counts_file_agrees_with_hazm() -> None:
    """data/word_counts.tsv (python -m bench.word_counts) holds hazm's counts for every word."""
    from bench.word_counts import counts_from_hazm

    hazm_counts = counts_from_hazm()
    for word in WORD_COUNT_TABLE:
        assert text.word_frequency(word) == hazm_counts.get(word, 0), word
    assert [w for w, n in hazm_counts.items() if text.word_frequency(w) != n] == []
    assert {w for w, n in hazm_counts.items() if n > 0} == set(text._frequencies())


COLLOQUIAL_PLURALS = [
    # (word, its formal form), written out, not recomputed the way text.py decides
    ("کارگرا", "کارگرها"),  # spoken plural «-ا» of a known word
    ("کارمندا", "کارمندها"),
    ("مدیرا", "مدیران"),  # «مدیران» is the form the corpus uses
    ("کارگر", "کارگر"),  # the singular stays
    ("دانشجوها", "دانشجوها"),  # already a written plural
    ("اباحه", "اباحه"),  # a word of its own, not a plural
    ("اجرایی", "اجرایی"),  # ends in «ایی», not a plural
    ("مصدومای", "مصدومهای"),  # the spoken plural with its ezafe («مصدومای مینی بوس»), 0138_fars
    ("مربیای", "مربیهای"),  # «مربیای سابق صبا», 0613_varzesh3
    ("برای", "برای"),  # a word of its own
]


@pytest.mark.parametrize(("word", "formal"), COLLOQUIAL_PLURALS)
def test_colloquial_plural(word: str, formal: str) -> None:
    assert [formal] == spoken.formalize([word])


@pytest.mark.parametrize(("sample", "persian", "share"), [
    ("", 0, 0.0),  # nothing to count
    ("abc", 0, 0.0),  # Latin letters only
    ("سلام دنیا 123", 8, 1.0),  # digits and spaces are not letters
    ("ـــ١٢ ﷲ İ x_y", 4, 4 / 7),  # the ligature ﷲ is four letters; tatweel and digits none; İ x y are three others
    ("خبر" * 20 + " news", 60, 60 / 64),  # 60 Persian letters of 64
])
def test_letter_counts(sample: str, persian: int, share: float) -> None:
    assert (persian, share) == (text.persian_letters(sample), pytest.approx(text.persian_share(sample)))
