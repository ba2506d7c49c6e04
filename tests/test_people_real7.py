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


# A subhead run into the next sentence (the dataset lost its line break) ends at its copula:
# the role after it, up to «نیز گفت», is the speaker, and the named man of the next sentence
# holds that role — not the report's first speaker, who took it when no subject was found.
RUN_IN_SUBHEAD = [
    # 0393_borna_stad_nmazjmh_gnbdkavs_prchmdar.txt (shortened): «گلستان الگوی ... است» is the subhead
    (" date 2025-09-05\nستاد نمازجمعه گنبدکاووس\nسلیمان هاشمی فرماندار ویژه شهرستان گنبدکاووس اظهار کرد: احترام به "
     "عقاید شیعه و سنی رمز وحدت است. گلستان الگوی همزیستی اقوام و مذاهب است رئیس مرکز اسلامی گلستان نیز گفت: گلستان "
     "با تنوع قومی و مذهبی کم‌نظیر خود، نمونه‌ای موفق از همزیستی است. حجت الاسلام دیلم افزود: پیامبر اکرم (ص) نیز "
     "وحدت را سرچشمه رحمت دانسته‌اند.",
     [("سلیمان هاشمی", "احترام"), ("دیلم", "گلستان با تنوع"), ("دیلم", "پیامبر")]),
    # a plain copula inside the quote's own sentence is no subhead: the subject opens the clause
    (" date 2025-09-05\nنشست شورا\nعلی رضایی فرماندار گرگان گفت: این طرح مهم است. محمد کریمی نیز گفت: طرح دوم هم "
     "آماده است.",
     [("علی رضایی", "این طرح"), ("محمد کریمی", "طرح دوم")]),
]


@pytest.mark.parametrize(("raw", "expected"), RUN_IN_SUBHEAD)
def test_a_run_in_subhead_is_no_subject(raw: str, expected: list[tuple[str, str]]) -> None:
    said = _said(_parse(raw))
    assert expected == [(name, quote[: len(e[1])]) for (name, quote), e in zip(said, expected)] + said[len(expected):]


# A name reported inside the paragraph of someone's «X ادامه داد: ...» talk (no quote marks, no
# colon of its own) is what X tells of him: X's talk goes on after it, and the next paragraph's
# «وی» is still X — it was the man X spoke about, who then «said» X's own account of the camp.
NESTED_REPORT = [
    # 0601_varzesh3_ghrar_bvd_hghighi_ain.txt (shortened)
    ("قرار بود حقیقی این بار به تیم ملی دعوت شود\nسرپرست تیم فوتبال فجرسپاسی شیراز گفت: حقیقی بی‌انگیزه بود.\n"
     "احمد عاری در گفتگویی تصریح کرد: حقیقی یک مقدار از نظر روحی به هم ریخته بود.\n"
     "عاری ادامه داد: یاوری بعد از سفر با حقیقی حرف زد. یاوری تاکید داشت اگر امروز با تو برخورد نکنم دیگر "
     "فردایی نخواهی داشت. خوشبختانه حقیقی هم صحبت‌های یاوری را پذیرفت.\n"
     "وی در ادامه با اشاره به اردوی تیم فجر در بوشهر خاطرنشان کرد: دوشنبه هفته گذشته عازم بوشهر شدیم.",
     [("احمد عاری", "حقیقی بی"), ("احمد عاری", "حقیقی یک"), ("احمد عاری", "یاوری بعد از سفر با حقیقی حرف زد. خوشبختانه"),
      ("یاوری", "اگر امروز"), ("احمد عاری", "دوشنبه")]),
    # «نیز» makes the second name the reporter's next speaker: the next «وی» is his
    ("نشست شورا\nعلی رضایی گفت: این طرح مهم است.\nرضایی ادامه داد: بودجه آماده است. محمد کریمی نیز تاکید کرد که "
     "طرح دوم هم آماده است.\nوی افزود: کار از فردا آغاز می‌شود.",
     [("علی رضایی", "این طرح"), ("علی رضایی", "بودجه"), ("محمد کریمی", "طرح دوم"), ("محمد کریمی", "کار از فردا")]),
]


@pytest.mark.parametrize(("raw", "expected"), NESTED_REPORT)
def test_a_name_reported_inside_someones_talk(raw: str, expected: list[tuple[str, str]]) -> None:
    said = _said(_parse(raw))
    assert expected == [(name, quote[: len(e[1])]) for (name, quote), e in zip(said, expected)] + said[len(expected):]
