"""The search form: every spelling of a word meets, for articles and questions alike."""

from __future__ import annotations

import pytest

from knowledge import text

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
]


@pytest.mark.parametrize("question, expected", COLLOQUIAL)
def test_formalize_colloquial_question(question: str, expected: list[str]) -> None:
    assert expected == text.formalize(text.tokens(question))


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
