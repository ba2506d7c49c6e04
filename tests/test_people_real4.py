"""Speakers on short excerpts of real corpus texts, fourth round: channel posts' header lines,
a colon that ends its paragraph, a role in the lead named by the headline's speaker
(/work/shared/corpus/articles, named in each case's comment). Found by the questions of
tests/realcopy/checks.tsv."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.models import ParsedArticle
from knowledge.parse import parse

TODAY = dt.date(2026, 12, 6)


def _parse(raw: str) -> ParsedArticle:
    return parse(raw, today=TODAY)


def _said(article: ParsedArticle) -> list[tuple[str, str]]:
    return [(article.persons[s.speaker].name, s.text) for s in article.statements]


# A line «NAME، ROLE:» (or «... در گفتگو با OUTLET:») with nothing after the colon: the lines
# below it are what the person said, all of them, until someone else speaks.
HEADERS = [
    # 0949_tgsorkhtimes_mhsn_khlili_mavn_vrzshi.txt: the header is the post's first line, each
    # answer after a 🎙 line; the line naming a player is still the vice-president's words
    (" date 2026-05-11\n📍\nمحسن خلیلی، معاون ورزشی پرسپولیس:\n🎙\n"
     "در مورد نیم فصل که بازیکن خوب جذب نشده باید بگویم که سرگیف را جذب کردیم. بازیکن آزاد در نیم فصل کم است\n🎙\n"
     "یکی از شروط ما برای جذب بازیکن این بود که در فصل گذشته حداکثر بازی ها را کرده باشد. "
     "فرزین معامله گری بازیکن با استعداد است و در سه پست می توانیم از او استفاده کنیم\n🎙\n"
     "ما به سازمان لیگ گفتیم از کجا میدانید پرسپولیس تا آخر فصل در رده ششم باقی می ماند؟\n@SorkhTimes",
     "محسن خلیلی", ["سرگیف", "سه پست", "رده ششم"]),
    # 0824_tgakhbarefori_tb_grani_bi_hd.txt: a headline, then «SURNAME، ROLE در گفتگو با خبرفوری:»
    (" date 2026-06-22\n♦️\nتب گرانی بی‌حد و حصر خودرو خوابید؛ افت ۷ درصدی خودروهای داخلی\n"
     "کرمی، رئیس اتحادیه خودرو در\n#گفتگو\nبا خبرفوری:\n🔹\n"
     "وضعیت بازار خودرو حباب داشت که مجدد مقداری از آن برگشت. فعلا بازار خودرو رکود است و خرید‌وفروش نمی‌شود.\n🔹\n"
     "حدودا قیمت خودروهای داخلی ۷ الی ۸ درصد و خودروهای خارجی ۱۰ الی ۱۵ درصد افت قیمت داشته است.\n@Tv_Fori",
     "کرمی", ["حباب", "۱۰ الی ۱۵ درصد"]),
    # 0780_tgakhbarefori_kvsri_5_bnd_tfahm.txt: the headline quotes him by surname; the header
    # names him in full with his role
    (" date 2026-06-21\n♦️\nکوثری: ۵ بند تفاهم‌نامه باید زودتر از بندهای دیگر عملیاتی شود\n"
     "اسماعیل کوثری، عضو کمیسیون امنیت ملی مجلس در\n#گفتگو\nبا خبرفوری:\n🔹\n"
     "اصل قضیه این است که ۵ بند زودتر از مذاکره باید عملیاتی شود؛ بندها ۱، ۴، ۵، ۱۰ و ۱۱.\n🔹\n"
     "طبق همان روال ما هم تنگه را بستیم و اعلام کردیم تا زمانی که آنها رعایت نکنند ما هم تنگه را باز نمی‌کنیم.\n@Tv_Fori",
     "اسماعیل کوثری", ["اصل قضیه", "تنگه را بستیم"]),
]


@pytest.mark.parametrize(("raw", "speaker", "words"), HEADERS)
def test_a_header_line_speaks_the_lines_below_it(raw: str, speaker: str, words: list[str]) -> None:
    said = _said(_parse(raw))
    for word in words:
        assert [speaker] == [name for name, quote in said if word in quote], word


def test_a_colon_ending_its_paragraph_quotes_the_next_one() -> None:
    # 0952_tgsorkhtimes_lig_brtr_brmi_grdd.txt: «اما تاج صریح گفت:» on a line of its own, the
    # words on the next; it was a statement with no words at all
    raw = (" date 2026-06-01\nلیگ برتر برمی‌گردد؛ حتی وسط آوار بحران\n"
           "مهدی تاج، رئیس فدراسیون فوتبال، می‌گوید تیم‌های صنعتی دیگر مثل قبل توان هزینه ندارند.\n"
           "سناریوی ۱۸ تیمی رد شد؛ بخشی از فوتبال ایران می‌خواست این فصل بسته شود.\n"
           "اما تاج صریح گفت:\n«امکانش نیست.»\nچشم‌ها به جام جهانی")
    said = _said(_parse(raw))
    assert ("مهدی تاج", "«امکانش نیست.»") in said
    assert [] == [quote for _name, quote in said if not quote]


@pytest.mark.parametrize("raw", [
    # 0040_fars_jmhvrit_v_aslamit_dr.txt: a label for a list of authors, no speaker
    "جمهوریت و اسلامیت در قانون اساسی\nچکیده:\nاصل اول قانون اساسی، نوع حکومت ایران را جمهوری اسلامی معرفی کرده است.\n"
    "نویسندگان:\nحسن خسروی: دانشیار دانشگاه پیام نور",
    # 0060_fars_200_nmaishgah_ktab_dr.txt: an outlet's name over its own report
    "۲۰۰ نمایشگاه کتاب در سوریه\nخبرگزاری فارس:\n200 نمایشگاه کتاب از سوی وزارت فرهنگ سوریه در این کشور برپا می‌شود.",
])
def test_a_line_ending_in_a_colon_that_names_nobody_makes_no_statement(raw: str) -> None:
    assert [] == _said(_parse(raw))


def test_a_role_in_the_lead_is_the_headline_speaker_named_after_it() -> None:
    # 0602_varzesh3_hmvdi_hgh_astghlal_pirvzi.txt: «حمودی:» in the headline, «مدافع تیم فوتبال
    # استقلال گفت» in the lead, «علی حمودی ... گفت» next; «خدا خواست که ...» is no speaker (the
    # role went to «خدا», a person of its own)
    raw = ("حمودی: حق استقلال پیروزی بود\n"
           "مدافع تیم فوتبال استقلال گفت: بازی خوبی انجام دادیم و مقابل سپاهان حق‌مان پیروزی بود.\n"
           "علی حمودی پس از تساوی یک بر یک تیمش مقابل سپاهان گفت: خواست خدا بود که این بازی مساوی شود.\n"
           "به گزارش فارس، وی اظهار داشت: همه چیز دست خداست موقعیت‌های زیادی داشتیم که از دست دادیم. "
           "خدا خواست که این بازی با تساوی به پایان برسد.")
    article = _parse(raw)
    assert [("علی حمودی", ("مدافع تیم فوتبال استقلال",))] == [(p.name, p.roles) for p in article.persons]


def test_common_first_names_missing_from_the_list_name_people() -> None:
    # 0684_tgvahidonline_mhsn_nghvi_vzir_kshvr.txt: «اسکندر» was no first name, so Iran's interior
    # minister in a list of officials was nobody («وزیر کشور ایران کیه؟» found only Pakistan's)
    raw = ("محسن نقوی، وزیر کشور پاکستان، عصر امروز با محمدباقر قالیباف، رئیس مجلس ایران در تهران دیدار کرد.\n"
           "به گفته سفارت پاکستان، آقای نقوی دیروز «نزدیک به سه ساعت در نهاد ریاست جمهوری حضور داشت» و اسکندر "
           "مومنی، وزیر کشور، و عباس عراقچی، وزیر امور خارجه نیز «در جریان این دیدار حضور داشتند.»")
    roles = {p.name: p.roles for p in _parse(raw).persons}
    assert ("وزیر کشور",) == roles.get("اسکندر مومنی"), roles


@pytest.mark.parametrize(("raw", "expected"), [
    # 0737_tgfarsna_skhngvi_vzart_kharjh_tdabir.txt: a «درحالی‌که ...،» clause before the subject
    # (it was the speaker «درحالی‌که حملات رژیم صهیونیستی»); «محکوم کرد» reports what he said
    ("سخنگوی وزارت خارجه: تدابیر لازم را اتخاذ می‌کنیم\n"
     "درحالی‌که حملات رژیم صهیونیستی به جنوب لبنان ادامه دارد، سخنگوی وزارت خارجه امروز عملیات‌های "
     "تجاوزکارانه رژیم صهیونیستی علیه مناطق مختلف لبنان را به شدت محکوم کرد.",
     [("سخنگوی وزارت خارجه", "عملیات‌های تجاوزکارانه")]),
    # 0743_tgfarsna_imn_bank_ahdafsh_lih.txt: a comma inside the «درحالی‌که» clause does not end it
    ("یمن بانک اهدافش علیه عربستان را گسترش می‌دهد\n"
     "درحالی‌که یمن به محاصره دریایی ادامه می‌دهد و در واکنش به تشدید تنش‌های نظامی، بنادر را هدف قرار "
     "داده است، وزیر دفاع یمن گفت: ده‌ها هدف دیگر به بانک اهداف اضافه شده است.",
     [("وزیر دفاع یمن", "ده‌ها هدف دیگر")]),
])
def test_a_subordinate_clause_before_the_subject_is_no_speaker(raw: str, expected: list[tuple[str, str]]) -> None:
    said = _said(_parse(raw))
    assert expected == [(name, word) for name, quote in said for _n, word in expected if word in quote], said


@pytest.mark.parametrize(("raw", "name"), [
    # 0266_fars_mrasm_tshii_pikr_hsin.txt: «فردا» after a name is when, not a surname part
    ("مراسم تشییع پیکر حسین عظیمی فردا برگزار می‌شود", "حسین عظیمی"),
    # the same text: «متولد» (born) after a name is no surname part
    ("حسین عظیمی متولد سال 1327 و دارای دکتری اقتصاد از دانشگاه آکسفورد بود.", "حسین عظیمی"),
])
def test_a_name_ends_before_a_word_of_time_or_birth(raw: str, name: str) -> None:
    assert [name] == [p.name for p in _parse(raw).persons]


@pytest.mark.parametrize(("raw", "name", "role"), [
    # 0266_fars_mrasm_tshii_pikr_hsin.txt: «استاد» after a name is his post, not the honorific of a
    # person «برجسته» (who was the only «person» with a role-like word, and عظیمی had no role)
    ("حسین عظیمی استاد برجسته اقتصاد توسعه و رئیس موسسه عالی آموزش و پژوهش روز پنجشنبه در تهران درگذشت.",
     "حسین عظیمی", "استاد برجسته اقتصاد توسعه"),
    # 0175_fars_dvlt_amsal_dh_hzar.txt style: «استاد دانشگاه» in apposition is a role
    ("مرتضی طبیبیان، استاد دانشگاه صنعتی شریف گفت: بودجه امسال به نفت وابسته است.", "مرتضی طبیبیان", "استاد دانشگاه صنعتی شریف"),
])
def test_a_professor_is_a_role_after_a_name(raw: str, name: str, role: str) -> None:
    people = {p.name: p.roles for p in _parse(raw).persons}
    assert [name] == list(people) and role in people[name], people
