"""People whose first name no list knows (knowledge/parse/unlisted.py), on excerpts of real corpus
texts (/work/shared/corpus/articles, named in each case's comment) and near cases that must not
become people. Each case: the raw text, the people expected (name, its roles; a name missing from
the parse shows up as missing), and the statements' (speaker, start of the text)."""

from __future__ import annotations

import pytest

from tests.test_people_real4 import _parse, _said  # the same clock and the same (speaker, statement) view

NAMED = [
    # 0783_tgakhbarefori_ryis_jmhvr_krh_jnvbi.txt (whole): three unknown words before a title and no
    # verb of saying; «لی» alone later says «افزود» — the first word is his family name. The headline's
    # title and «او» are his too.
    (" date 2026-05-20\n♦️\nرئیس‌جمهور کره جنوبی: اسرائیل شهروند ما را ربوده است\n🔹\nلی جائه میونگ رئیس جمهور کره "
     "جنوبی در پی بازداشت یک فعال شهروند کره‌ای توسط نیروهای اسرائیلی در کاروان کمک‌رسانی به غزه (ناوگان صمود)، "
     "بیانیه‌ای تند علیه اسرائیل صادر کرد.\n🔹\nاو در این بیانیه اعلام کرد: اسرائیل یکی از شهروندان ما را در شرایطی "
     "ناعادلانه و برخلاف قوانین بین‌المللی ربوده است.\n🔹\nلی همچنین با اشاره به واکنش کشورهای اروپایی افزود: بیشتر "
     "کشورهای اروپایی می‌گویند ناچارند بنیامین نتانیاهو را بازداشت کنند؛ ما نیز باید تصمیم خودمان را بگیریم.\n"
     "@AkhbareFori",
     {"لی جائه میونگ": ("رئیس‌جمهور کره جنوبی",)},
     [("لی جائه میونگ", "اسرائیل شهروند"), ("لی جائه میونگ", "اسرائیل یکی"), ("لی جائه میونگ", "بیشتر کشورهای")]),
    # 0711_tgfarsna_snatvr_amrikaii_hdf_tramp.txt (first lines): a post's label «داک‌ورث:» under a
    # headline that is a title's label; the title was Trump's, the subject of her next sentence
    (" date 2026-05-15\n🎥\nسناتور آمریکایی: هدف ترامپ از جنگ با ایران، تسلیم بی‌قید‌وشرط و تغییر حکومت بود که "
     "هیچ‌کدام اتفاق نیفتاد\n🔹\nداک‌ورث: ترامپ، تنها در عرض ۲ ماه اهداف نهایی متعددی را ارائه داده است؛ او از "
     "«تسلیم بی‌قید و شرط» و «تغییر حکومت» در ایران سخن گفته که هیچ‌کدام اتفاق نیفتاده است.\n@Farsna",
     {"داک‌ورث": ("سناتور آمریکایی",)},
     [("داک‌ورث", "هدف ترامپ"), ("داک‌ورث", "ترامپ، تنها")]),
    # 0894_tgwithyashar_shhrvnd_airani_amrikaii_mmnv.txt (shortened): «دنا» is a first name no list
    # knows; «کراری» alone with an age in apposition makes «دنا کراری» a person
    (" date 2026-07-19\nشهروند ایرانی/آمریکایی ممنوع خروج شده با نام دنا کراری بعد از 566 روز به آمریکا رسید\n"
     "کراری، ۵۳ ساله ساکن کالیفرنیا، برای دیدار با خانواده به شیراز سفر کرده بود.",
     {"دنا کراری": ()},
     []),
    # a title, then the name right before the verb of saying (the form of 0783's lead with «گفت»)
    (" date 2026-05-20\nواکنش سئول\nرئیس‌جمهور کره جنوبی لی جائه میونگ گفت: اسرائیل شهروند ما را ربوده است.",
     {"لی جائه میونگ": ("رئیس‌جمهور کره جنوبی",)},
     [("لی جائه میونگ", "اسرائیل شهروند")]),
    # 0668/0674-like apposition after a preposition: the minister is a person, the sayer keeps his words
    (" date 2026-05-20\nدیدار در مسکو\nعباس عراقچی پس از دیدار با سرگئی لاوروف، وزیر خارجه روسیه گفت: گفتگوها "
     "سازنده بود.",
     {"سرگئی لاوروف": ("وزیر خارجه روسیه",), "عباس عراقچی": ()},
     [("عباس عراقچی", "گفتگوها")]),
    # 0447_tasnim_chshm_andaz_mbhm_mzakrat.txt (shortened): apposition at the subject, the surname later
    (" date 2025-09-03\nکانادا\nمارک کارنی، نخست‌وزیر کانادا، روز چهارشنبه اعلام کرد که انتظار دارد توافقات کوچکی "
     "حاصل شود.\nکارنی گفت مذاکرات او با ترامپ «خوب» بوده است.",
     {"مارک کارنی": ("نخست‌وزیر کانادا",)},
     [("مارک کارنی", "انتظار دارد"), ("مارک کارنی", "مذاکرات")]),
]


@pytest.mark.parametrize(("raw", "people", "said"), NAMED)
def test_a_name_no_list_knows_is_a_person(raw: str, people: dict[str, tuple[str, ...]],
                                          said: list[tuple[str, str]]) -> None:
    article = _parse(raw)
    found = {p.name: p.roles for p in article.persons}
    assert people == {name: found.get(name, ("missing",)) for name in people}
    got = _said(article)
    assert said == [(name, quote[: len(e[1])]) for (name, quote), e in zip(got, said)] + got[len(said):]


NOT_NAMED = [
    # 0183_fars_sal_90_sal_paih.txt: two words before a title with no comma, neither used alone
    (" date 2023-08-01\nتربیت بدنی آبادان\nاصالت خانوادگی رئیس امروز تربیت بدنی آبادان به کدام منطقه باز می‌گردد؟",
     "اصالت خانوادگی"),
    # 0271_fars_anjmn_ghlm_az_mrdm.txt: common nouns before a comma and a title
    (" date 2024-02-01\nانتخابات\nبه لطف ذات اقدس پروردگار، رئیس جمهور آینده با کسب حداکثر آرا انتخاب می‌شود.",
     "پروردگار"),
    # 0681_tgvahidonline_msahbh_tramp_ba_nivivrk.txt: «در جریان این گفت‌وگو، رئیس‌جمهور ...»
    (" date 2026-05-01\nمصاحبه\nدر جریان این گفت‌وگو، رئیس‌جمهور حال‌وهوایی شادمانه داشت.", "گفت‌وگو"),
    # 0492_radiofarda_ukraine_fm_says_position_on.txt: an outlet before a comma and a title
    (" date 2024-02-01\nاوکراین\nبه گزارش اختصاصی رادیوفردا، وزیر خارجه اوکراین روز پنج‌شنبه تاکید کرد که موضع ما "
     "تغییر نکرده است.", "رادیوفردا"),
    # 0844_tgalonews_mjri_drbarh_amzai_tfahm.txt: «فردی نامشخص، وزیر اطلاعات» (an unknown person)
    (" date 2026-05-01\nرای‌ها\n- فردی نامشخص، وزیر اطلاعات : موافق", "نامشخص"),
    # a post's label under a headline that is no title's label: an outlet or a topic, not a sayer
    (" date 2026-05-01\nخبر فوری\nآکسیوس: تنگه هرمز امروز برای کشتی‌ها باز است.", "آکسیوس"),
]


@pytest.mark.parametrize(("raw", "word"), NOT_NAMED)
def test_near_cases_are_no_people(raw: str, word: str) -> None:
    names = [p.name for p in _parse(raw).persons]
    assert [] == [n for n in names if n and word in n]
