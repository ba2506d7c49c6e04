"""Speakers on short excerpts of real corpus texts, fifth round (/work/shared/corpus/articles,
named in each case's comment): found by the fourth batch of tests/realcopy/checks.tsv."""

from __future__ import annotations

import pytest

from tests.test_people_real4 import _parse, _said  # the same clock and the same (speaker, statement) view


# A channel post's list item opens with a dash («- NAME، ROLE، ... گفت:»): the dash is the
# list's mark, not a word of the sentence, so the speaker is the name after it.
BULLETS = [
    # 0918_tgnewshut_dvnald_tramp_ryis_jmhvr.txt (shortened): the outlet's header, then items
    (" date 2026-07-28\n‼️\nاکسیوس:\n"
     "دونالد ترامپ، رئیس‌جمهور آمریکا، و بنیامین نتانیاهو، نخست‌وزیر اسرائیل، روز سه‌شنبه در کاخ سفید دیداری "
     "۹۰ دقیقه‌ای درباره موضوع ایران داشتند.\n"
     "- تزیپی هوتوولی، مدیر ارتباطات نتانیاهو، به خبرنگاران گفت: «این ادعا که اسرائیل در حال سوق دادن آمریکا "
     "به سمت‌وسویی خاص در مسئله ایران است، صحت ندارد.»\n"
     "- هوتوولی اظهار داشت که علاوه بر موضوع ایران، ترامپ و نتانیاهو درباره احتمال عادی‌سازی روابط عربستان "
     "سعودی با اسرائیل نیز گفتگو کردند.\n@News_Hut",
     {"صحت ندارد": "تزیپی هوتوولی", "عادی‌سازی": "تزیپی هوتوولی"}),
    # the same with the en dash and the bullet «•» some channels use
    (" date 2026-07-28\n‼️\nاکسیوس:\nدو رهبر روز سه‌شنبه در کاخ سفید دیدار کردند.\n"
     "– تزیپی هوتوولی، مدیر ارتباطات نتانیاهو، به خبرنگاران گفت: این ادعا صحت ندارد.\n"
     "• هوتوولی افزود: درباره عادی‌سازی روابط نیز گفتگو کردند.\n@News_Hut",
     {"صحت ندارد": "تزیپی هوتوولی", "عادی‌سازی": "تزیپی هوتوولی"}),
]


@pytest.mark.parametrize(("raw", "expected"), BULLETS)
def test_a_dash_opening_a_list_item_is_no_word_of_the_sentence(raw: str, expected: dict[str, str]) -> None:
    said = _said(_parse(raw))
    assert expected == {word: name for word in expected for name, quote in said if word in quote}, said


# A surname that reads as a second-person past verb («کشتی» = «you killed», «کردی», «رشتی»):
# after a first name it is a surname — nobody writes «محمد کشتی» for «Mohammad, you killed».
@pytest.mark.parametrize(("raw", "name"), [
    # 0118_fars_dv_dlil_kahsh_ghimt.txt: the union's head was nobody, his words went to another
    ("محمد کشتی آرای در گفت‌وگو با خبرنگار اقتصادی باشگاه خبری فارس «توانا» با اشاره به روند کاهش قیمت سکه "
     "و طلا در بازار اظهار داشت: ظرف یک هفته گذشته نزدیک به 89 دلار قیمت طلا کاهش یافته است.", "محمد کشتی آرای"),
    # the same pattern with «کردی» (a Kurdish surname) and «رشتی»
    ("علی کردی در نشست خبری گفت: برنامه امسال اجرا می‌شود.", "علی کردی"),
    ("حسن رشتی اظهار داشت: کار ادامه دارد.", "حسن رشتی"),
])
def test_a_surname_that_reads_as_a_second_person_verb(raw: str, name: str) -> None:
    said = _said(_parse(raw))
    assert [name] == [speaker for speaker, _q in said], said


@pytest.mark.parametrize("raw", [
    # 0751_tgfarsna_vghti_kvchk_ha_bzrg.txt: «در کمال شگفتی» (to everyone's surprise): «کمال» is
    # a first name that is also an everyday noun, so a verb-like word after it is no surname
    "وقتی همه جمع شدند، در کمال شگفتی همگان، تپه‌ای بزرگ و قابل توجه از هیزم در برابرشان ظاهر شد.",
])
def test_an_everyday_noun_and_a_verb_like_word_are_nobody(raw: str) -> None:
    assert [] == [p.name for p in _parse(raw).persons]


@pytest.mark.parametrize(("excerpt", "expected"), [
    # 0918_tgnewshut_dvnald_tramp_ryis_jmhvr.txt: «کاخ» (a palace: کاخ سفید، کاخ کرملین ...) is a
    # venue's head, and an indefinite event noun after the name («دیداری») opens the object, not
    # a word of the name
    ("دونالد ترامپ و بنیامین نتانیاهو روز سه‌شنبه در دفتر بیضی‌شکل کاخ سفید دیداری ۹۰ دقیقه‌ای درباره "
     "موضوع ایران داشتند.", [("کاخ سفید", None)]),
    ("رئیس‌جمهور آمریکا در کاخ سفید به خبرنگاران گفت: گفتگوها ادامه دارد.", [("کاخ سفید", "در")]),
])
def test_a_palace_is_a_venue_and_its_name_ends_before_an_indefinite_event(
        excerpt: str, expected: list[tuple[str, str | None]]) -> None:
    from knowledge.parse.venues import find_venues

    assert expected == [(v.name, v.via) for v in find_venues(excerpt)]


def test_an_everyday_noun_after_a_role_is_no_holder_named() -> None:
    # 0118_fars_dv_dlil_kahsh_ghimt.txt (shortened): «بهبود» (improvement; a first name too, as
    # in «کمیته بهبود کیفیت») after the union's title named its head «بهبود بورس», who got every
    # statement; the head is «محمد کشتی آرای», named in the next sentence
    raw = (" date 2013-05-19\nدو دلیل کاهش قیمت طلا\n"
           "رئیس اتحادیه کشوری طلا و جواهر بهبود بورس در آمریکا و افزایش ارزش دلار را عامل کاهش قیمت طلا دانست "
           "و گفت: ‌در دو روز اخیر سکه کاهش ۵۰ هزار تومانی داشته است.\n"
           "محمد کشتی آرای در گفت‌وگو با خبرنگار اقتصادی باشگاه خبری فارس «توانا» اظهار داشت: ظرف یک هفته "
           "گذشته نزدیک به 89 دلار قیمت طلا کاهش یافته است.\n"
           "وی تاکید کرد: واگذاری پیش از موعد سکه‌های پیش فروش بانک مرکزی نیز در کاهش قیمت‌ها موثر است.")
    said = _said(_parse(raw))
    assert ["محمد کشتی آرای"] * 3 == [name for name, _q in said], said


@pytest.mark.parametrize(("excerpt", "expected"), [
    # 0885_tgwithyashar_aksivs_amrika_airan_v.txt: an adverb in «-اً» opens the clause's predicate
    ("قطر، پاکستان و عربستان نیز در میانجی‌گری مشارکت داشته‌اند و کاخ سفید مستقیماً در مذاکرات حضور داشته است.",
     ["کاخ سفید"]),
    # 0460_radiofarda_mshavr_kakh_sfid_antzar.txt: «منفی شدن»: a compound infinitive, no name
    ("مشاور کاخ سفید منفی شدن قیمت نفت آمریکا را پدیده‌ای «بسیار کوتاه مدت» دانست.", ["کاخ سفید"]),
    # 0686_tgvahidonline_dvnald_tramp_dr_psti.txt: a title after «و» is someone else's
    ("«جرد کوشنر»، مشاور ارشد پیشین کاخ سفید و مشاور غیررسمی رئیس‌جمهور، در این دیدار حضور داشت.",
     ["کاخ سفید"]),
])
def test_a_venue_name_ends_at_an_adverb_an_infinitive_or_another_title(excerpt: str, expected: list[str]) -> None:
    from knowledge.parse.venues import find_venues

    assert expected == [v.name for v in find_venues(excerpt) if v.name.startswith("کاخ")]
