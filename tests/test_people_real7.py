"""Speakers on short excerpts of real corpus texts, seventh round (/work/shared/corpus/articles,
named in each case's comment): found by the seventh batch of tests/realcopy/checks.tsv."""

from __future__ import annotations

import pytest

from tests.test_people_real4 import _parse, _said  # the same clock and the same (speaker, statement) view


# An agency's desk after its dashed dateline («برنا - گروه اجتماعی؛») is no speaker: the role
# after it speaks, and the one named speaker of the report takes that role's words.
DESK_CREDIT = [
    # 0396_borna_166_milivn_sfr_tabstani.txt (shortened): «گروه اجتماعی» was read as a person who
    # said the lead, and «رئیس پلیس راهور فراجا» stayed nameless beside «سردار تیمور حسینی»
    (" date 2025-09-06\n۱۶۶ میلیون سفر تابستانی\nبرنا - گروه اجتماعی؛ رئیس پلیس راهور فراجا با اشاره به حجم "
     "بالای سفر‌های تابستانی اعلام کرد: از ابتدای تیرماه تاکنون بیش از ۱۶۶ میلیون سفر در کشور ثبت شده است.\n"
     "سردار تیمور حسینی، با تشریح آخرین وضعیت گفت: یکی از طرح‌های مهم ما طرح تابستانی است.",
     [("تیمور حسینی", "از ابتدای تیرماه"), ("تیمور حسینی", "یکی از طرح")]),
    # the desk closed by a colon, two words long (the 0400/0401 Borna form «برنا - گروه ورزشی:»)
    (" date 2025-09-06\nقهرمانی اسکیت\nبرنا - گروه ورزشی: رئیس فدراسیون اسکیت گفت: تیم ملی در مسابقات آسیایی "
     "سه مدال طلا گرفت.\nمحمد کریمی افزود: اردوی بعدی در تبریز است.",
     [("محمد کریمی", "تیم ملی"), ("محمد کریمی", "اردوی بعدی")]),
]


@pytest.mark.parametrize(("raw", "expected"), DESK_CREDIT)
def test_an_agency_desk_is_no_speaker(raw: str, expected: list[tuple[str, str]]) -> None:
    said = _said(_parse(raw))
    # the statement's start only; a statement beyond the expected ones shows up whole
    assert expected == [(name, quote[: len(e[1])]) for (name, quote), e in zip(said, expected)] + said[len(expected):]
