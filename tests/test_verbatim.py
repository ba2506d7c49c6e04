"""Issue 13: quotes are verbatim. What users see (the quoted statement, the cited sentence, the
article's paragraphs) is the article's own characters after knowledge.text.clean only; the parser
and the search forms still read hazm's normal form."""

from __future__ import annotations

import re

import pytest

from knowledge import text
from knowledge.library import Library
from knowledge.parse import parse, verbatim
from tests.conftest import TODAY

QUOTE = ("«کاربران پیامی با متن </b> و alert(1) دریافت کرده اند؛ این کد از ساعت 10:30 در 12 کانال دیده شد "
         "و \"هشدار\" ما این است که روی پيوندهاي ناشناس كليك نكنيد و فرصتها را از دست ندهید».")
ARTICLE = f"""هشدار پلیس فتا درباره کدهای مخرب در پیام رسان ها

به گزارش خبرگزاری ایرنا، سرهنگ رضا ناصری رئیس پلیس فتا استان گیلان روز شنبه در نشست خبری گفت: {QUOTE}
وی افزود: «بیش از 2500 نفر این پیام را دیدند. پیام ها   را باز نکنید!»
"""

# (expected as shown, as the article writes it, what hazm's form had instead) — expected first
AS_WRITTEN = [
    ("</b>", "< / b>"),  # an HTML tag in a quote is not respaced
    ("alert(1)", "alert (1)"),  # nor is a call
    ('"هشدار"', "«هشدار»"),  # straight quotes stay straight
    ("کرده اند", "کرده\u200cاند"),  # a word written without its half-space keeps its space
    ("10:30 در 12 کانال", None),  # Latin digits as written
    ("فرصتها", None),  # a half-space missing altogether stays missing (hazm keeps it too)
    # Arabic ي/ك are folded by knowledge.text.clean at the boundary (before anything is stored
    # or parsed): they show as ی/ک, the one change to the letters users see
    ("روی پیوندهای ناشناس کلیک نکنید", None),
]


@pytest.fixture
def naseri(fresh_lib: Library) -> Library:
    fresh_lib.add(ARTICLE.encode(), today=TODAY)
    return fresh_lib


@pytest.mark.parametrize("shown, hazm", AS_WRITTEN)
def test_the_answer_quotes_as_written(naseri: Library, shown: str, hazm: str | None) -> None:
    answer = naseri.ask("ناصری چه گفت؟", today=TODAY)
    first = answer.text.split("\n\n")[0]
    assert first.startswith("رضا ناصری (رئیس پلیس فتا استان گیلان) گفت: «کاربران پیامی با متن")
    assert shown in first
    if hazm:
        assert hazm not in answer.text


@pytest.mark.parametrize("shown, hazm", AS_WRITTEN)
def test_stored_sentence_statement_and_body_as_written(naseri: Library, shown: str, hazm: str | None) -> None:
    record = naseri.show(1)
    [sentence] = [s for s in record["sentences"] if s["position"] == 1]
    [statement] = [s for s in record["statements"] if s["first_sentence"] == 1]
    for stored in (sentence["text"], statement["text"], record["article"]["body"], record["article"]["lead"]):
        assert shown in stored
        if hazm:
            assert hazm not in stored
    # the whole quote, character for character (after the boundary's ي/ك folding)
    assert text.clean(QUOTE) == statement["text"]


def test_search_forms_stay_hazms(naseri: Library) -> None:
    """Matching reads the normal form's search form, as before: the answers do not change."""
    parsed = parse(ARTICLE, today=TODAY)
    rows = naseri.store.rows("SELECT search FROM statements ORDER BY id")
    assert [text.search_form(s.text) for s in parsed.statements] == [r["search"] for r in rows]
    rows = naseri.store.rows("SELECT search FROM sentences ORDER BY position")
    assert [text.search_form(s.text) for s in parsed.sentences] == [r["search"] for r in rows]
    assert "< / b>" in parsed.sentences[1].text  # the parser still reads hazm's form


def test_a_quote_over_two_sentences_as_written() -> None:
    parsed = parse(ARTICLE, today=TODAY)
    [second] = [s for s in parsed.statements if s.verb == "افزود"]
    assert (2, 3) == (second.first_sentence, second.last_sentence)
    # white space runs are made one space; «پیام ها» keeps its space (hazm: «پیام‌ها»)
    assert "«بیش از 2500 نفر این پیام را دیدند. پیام ها را باز نکنید!»" == second.shown


def test_the_same_text_again_is_the_same_article(naseri: Library) -> None:
    """The duplicate check hashes hazm's form, as before: stores made before keep matching."""
    assert not naseri.add(ARTICLE.replace("پیام رسان ها", "پیام‌رسان‌ها").encode(), today=TODAY).created


# (expected shown text of each word of the normal form, paragraph as written) — expected first
ALIGNED = [
    (["<", "/", "b>"], "</b>"),  # spaces hazm put in are not shown
    (["alert", "(1)"], "alert(1)"),
    (["گفت :", "«سلام»"], "گفت :«سلام»"),  # spaces hazm took out are shown
    (["کارگاه های"], "کارگاه های"),  # a ZWNJ hazm put for a space: the space as written
    (["می رود"], "می رود"),
    (["..."], "..."),  # hazm's ellipsis character stands for the three dots written
    (['"این"'], '"این"'),  # «» for straight quotes
    (["😀", "خوب"], "😀 خوب"),
    ([], ""),  # nothing
]


@pytest.mark.parametrize("expected, written", ALIGNED)
def test_alignment_cuts_each_word_as_written(expected: list[str], written: str) -> None:
    normal = text.normalize(written)
    alignment = verbatim.align(normal, written)
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", normal)]
    assert expected == [alignment.cut(a, b) for a, b in words]
    assert written.strip() == alignment.cut(0, len(normal))


def test_every_test_articles_sentences_are_pieces_of_the_body() -> None:
    """Over the test, held-out and seed articles: every sentence shown is a piece of the stored
    body, and holds the same letters and digits as its hazm form."""

    from tests.conftest import article_files

    def letters(s: str) -> str:
        return re.sub(r"[\W_]+", "", text.fold(s))

    files = article_files() + article_files(holdout=True)
    assert len(files) > 20
    for path in files:
        parsed = parse(path.read_bytes(), today=TODAY)
        assert [] == [s.shown for s in parsed.sentences if s.shown not in parsed.body], path.name
        assert [] == [s.shown for s in parsed.sentences if letters(s.shown) != letters(s.text)], path.name
        assert [] == [s.shown for s in parsed.statements if letters(s.shown) != letters(s.text)], path.name


# (expected, sentence as stored — as written —, date phrase as the parser found it in hazm's form)
BRACKETED = [
    (True, "نشست (۱۷ آبان ) برگزار شد", "۱۷ آبان"),  # a space before «)» hazm would have taken out
    (True, "نشست (روز  شنبه ۱۷آبان) بود", "روز شنبه ۱۷ آبان"),  # spacing inside the phrase differs
    (False, "نشست ۱۷ آبان (شنبه) بود", "۱۷ آبان"),  # the date before the brackets
]


@pytest.mark.parametrize("expected, sentence, phrase", BRACKETED)
def test_a_date_in_brackets_is_found_in_the_written_sentence(expected: bool, sentence: str, phrase: str) -> None:
    """«When» answers prefer a date outside brackets; the stored sentence is now as written."""
    from knowledge.answer.facts import _bracketed

    assert expected == _bracketed(sentence, phrase)
