"""Answers on short excerpts of the corpus texts of realcopy batch 8 (tests/realcopy/checks.tsv;
/work/shared/corpus/articles, named in each case's comment)."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer import Answer
from knowledge.answer.question import parse_question
from tests.conftest import ask_over
from tests.test_people_real4 import _parse

TODAY = dt.date(2026, 12, 6)


def _ask(question: str, *copies: str) -> Answer:
    return ask_over(question, *copies, today=TODAY)


# Spoken «چنده» («چند است»: how much is it) asks for a figure, as «چقدره» does; it is no word
# of the topic.
HOW_MUCH = [
    # 0439_khabaronline_ghimt_jdid_tla_v.txt: the price of a gram of gold
    ("یه گرم طلای ۱۸ عیار چنده؟", ("quantity", True), ("گرم", "طلای", "18", "عیار")),
    # the same, with no figure in the question
    ("سکه امامی چنده", ("quantity", True), ("سکه", "امامی")),
    # «چقدره» was already read so: the same reading
    ("سکه امامی چقدره؟", ("quantity", True), ("سکه", "امامی")),
]


@pytest.mark.parametrize(("question", "kind", "words"), HOW_MUCH)
def test_spoken_chande_asks_how_much(question: str, kind: tuple[str, bool], words: tuple[str, ...]) -> None:
    q = parse_question(question, today=TODAY)
    assert (kind, words) == ((q.kind, q.numeric), q.words)


# 0439_khabaronline_ghimt_jdid_tla_v.txt (shortened): a price table («label» line, then the
# figure line) after the sentence that gives the price
GOLD = (" date 2025-08-23\nقیمت جدید طلا و سکه اول شهریورماه ۱۴۰۴\nقیمت طلا و سکه در بازار تهران اعلام شد.\n"
        "هر گرم طلای ۱۸عیار در بازار تهران نیز با کاهش ۸۰ هزار تومانی به قیمت ۷ میلیون و ۷۶۴ هزار تومان به فروش رفت.\n"
        "نوع\nقیمت\nسکه امامی\n۸۶ میلیون و ۲۱۰ هزار تومان\nگرم طلای ۱۸ عیار\n۷ میلیون و ۷۶۴ هزار تومان")


def test_chande_is_answered_by_the_sentence_with_the_price() -> None:
    # the table's label line «گرم طلای ۱۸ عیار» (no price of its own) was answered
    answer = _ask("یه گرم طلای ۱۸ عیار چنده؟", GOLD)
    assert True == ("۷ میلیون و ۷۶۴ هزار" in answer.text), answer.text


# A common first name the list lacked: «نادره رضایی معاون امورهنری این وزارتخانه» was nobody
# (the apposition of a known name, «مریم رضایی معاون ...», was read)
NAMES = [
    # 0419_hamshahrionline_jnjal_driafti_97000000_tvmani.txt (shortened)
    (" date 2025-08-21\nجنجال دریافتی خانم مدیر\nبه گزارش همشهری‌آنلاین،روز گذشته خبری با محوریت فیش حقوقی یکی "
     "از معاونان وزارت فرهنگ و ارشاد اسلامی منتشر شد؛ خبری که ارتباط فیش با نادره رضایی معاون امورهنری این "
     "وزارتخانه را تایید می‌کرد.",
     ("نادره رضایی", ("معاون امورهنری",))),
    # 0272_fars_sil_mhrbani_chhrh_ha.txt (shortened): a list of guests, each with a title
    (" date 2019-04-09\nسیل مهربانی\nدر این برنامه سید محمدعلی آل‌هاشم امام جمعه تبریز، جلیل محب بیزنجانی "
     "کارشناس مسائل سیاسی، نادره رضایی فعال حوزه زنان، بهروز نعمتی سیاستمدار، امید رشیدی کارشناس قضایی حضور داشتند.",
     ("نادره رضایی", ("فعال حوزه زنان",))),
]


@pytest.mark.parametrize(("raw", "expected"), NAMES)
def test_nadereh_is_a_first_name(raw: str, expected: tuple[str, tuple[str, ...]]) -> None:
    persons = {p.name: p.roles for p in _parse(raw).persons}
    assert expected[1] == persons.get(expected[0]), persons


# The noun of a compound verb after a name («... تائید شد»: was confirmed) is no third word of
# the name: the word list lacks the spelling «تایید», so its rarity made it a surname's second part
LIGHT_VERB = [
    # 0419_hamshahrionline_jnjal_driafti_97000000_tvmani.txt: the headline gave «نادره رضایی تائید»
    (" date 2025-08-21\nجنجال دریافتی خانم مدیر؛ فیش نادره رضایی تائید شد | اصل ماجرا چیست؟\nخبری که ارتباط "
     "فیش با نادره رضایی معاون امورهنری این وزارتخانه را تایید می‌کرد.",
     ["نادره رضایی"]),
    # the same with «تأیید» and another name
    (" date 2025-08-21\nحکم علی کریمی تأیید شد\nدادگاه حکم را صادر کرد.", ["علی کریمی"]),
    # a rare second surname word before a plain verb still joins the name
    (" date 2025-08-21\nدیدار\nعلی بنی هاشمی نسب گفت: این دیدار مهم بود.", ["علی بنی هاشمی نسب"]),
]


@pytest.mark.parametrize(("raw", "names"), LIGHT_VERB)
def test_a_compound_verbs_noun_is_no_part_of_a_name(raw: str, names: list[str]) -> None:
    assert names == [p.name for p in _parse(raw).persons]


# A question's everyday «خانم‌ها» is the reports' «بانوان/زنان» (data/wording.tsv): the answer
# holds every other word of the question and the figure that counts what it asks.
# 0399_borna_astandar_mazndran_nvan_krd.txt (shortened), with 0419's headline as the decoy
# that holds «خانم» and «مدیر» (it won once both were in the store)
WOMEN = (" date 2025-09-06\nاستاندار مازندران عنوان کرد: بکارگیری ۶۲ بانو در مناصب مدیریتی مازندران\n"
         "یونسی با تأکید براینکه سهم مدیریتی زنان باید به ۵۰ درصد برسد، یادآور شد: تاکنون ۶۲ پست مدیریتی به "
         "بانوان اختصاص یافته است.")
SLIP = (" date 2025-08-21\nجنجال دریافتی ۹۷۰۰۰۰۰۰ تومانی خانم مدیر؛ فیش نادره رضایی تائید شد | اصل ماجرا چیست؟\n"
        "نکته مورد توجه در این فیش حقوقی پاداش ۴۴ میلیون تومانی رضایی در خردادماه بود.")


def test_khanoma_is_the_reports_banovan() -> None:
    answer = _ask("چند تا پست مدیریتی به خانوما داده شده؟", WOMEN, SLIP)
    assert (True, False) == ("۶۲ پست" in answer.text, "۹۷۰۰۰۰۰۰" in answer.text), answer.text
