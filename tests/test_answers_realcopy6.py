"""Answers on short excerpts of the corpus texts of realcopy batch 6 (tests/realcopy/checks.tsv;
/work/shared/corpus/articles, named in each case's comment)."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer import Answer
from tests.conftest import ask_over

TODAY = dt.date(2026, 12, 6)


def _ask(question: str, *copies: str) -> Answer:
    return ask_over(question, *copies, today=TODAY)


# 0951_tgsorkhtimes_afshagri_tazh_aijnt_askvchich.txt (shortened): a channel post, the figures on
# lines of their own as the mirror breaks them
AGENT = (" date 2026-07-02\n⭕️\nافشاگری تازه؛ ایجنت اسکوچیچ و درخواست جنجالی ۱.۸ میلیون دلاری\n🔴\n"
         "شنیده‌ها حاکی از آن است که ایجنت دراگان اسکوچیچ به دنبال عقد قراردادی\n۱.۸ میلیون دلاری\n"
         "برای این سرمربی است؛ رقمی که فاصله قابل‌توجهی با قراردادهای قبلی او در تراکتور دارد.\n❗️\n"
         "اسکوچیچ در فصل قهرمانی با تراکتور قراردادی\n۷۰۰ هزار دلار\nداشت.\n@SorkhTimes")


@pytest.mark.parametrize(("question", "expected"), [
    # «پول» asked, «دلار» written (data/wording.tsv): the sum the agent asks for; nothing was found
    ("ایجنت اسکوچیچ چقد پول میخواد؟", "۱.۸ میلیون دلار"),
    # the same typed formally
    ("ایجنت اسکوچیچ چقدر پول می‌خواهد؟", "۱.۸ میلیون دلار"),
    # the unit itself asked, as before: the contract of the title season
    ("قرارداد اسکوچیچ تو فصل قهرمانی چند دلار بود؟", "۷۰۰ هزار دلار"),
])
def test_money_asked_currency_written(question: str, expected: str) -> None:
    answer = _ask(question, AGENT)
    assert ("quantity", True) == (answer.kind, expected in answer.text), answer.text


# 0412_hamshahrionline_rbvdh_shdn_ik_rvhani.txt (shortened): a police commander's call on the public
POLICE = (" date 2025-08-23\nربوده شدن یک روحانی با سلاح گرم توسط افراد ناشناس + واکنش پلیس\n"
          "به گزارش همشهری آنلاین، سرهنگ مرتضی نوری‌پناه فرمانده انتظامی شهرستان ایرانشهر اظهار کرد: "
          "پلیس با همه توان در حال پیگیری موضوع است.\n"
          "سرهنگ نوری‌پناه از شهروندان خواست ضمن حفظ آرامش در صورت مشاهده هرگونه مورد مشکوک، مراتب را "
          "در سریع‌ترین زمان ممکن از طریق سامانه ۱۱۰ به پلیس اطلاع دهند.")


@pytest.mark.parametrize(("question", "expected"), [
    # «مردم» asked, «شهروندان» written (data/wording.tsv): what he asked of them; it said
    # he had said nothing «درباره مردم»
    ("فرمانده انتظامی ایرانشهر از مردم چی خواست؟", "مورد مشکوک"),
    # the text's own word, as before
    ("نوری پناه از شهروندان چی خواست؟", "مورد مشکوک"),
])
def test_people_asked_citizens_written(question: str, expected: str) -> None:
    answer = _ask(question, POLICE)
    assert ("what_said", True) == (answer.kind, expected in answer.text), answer.text
