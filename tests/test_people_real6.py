"""Speakers on short excerpts of real corpus texts, sixth round (/work/shared/corpus/articles,
named in each case's comment): found by the fifth batch of tests/realcopy/checks.tsv."""

from __future__ import annotations

import pytest

from tests.test_people_real4 import _parse, _said  # the same clock and the same (speaker, statement) view


# A channel post with no headline of its own opens «NAME: ...» and goes on in the first person:
# the opening line is that person's words even when the name is a lone surname no list knows
# (a label such as «قیمت بنزین:» or «نکته:» is never followed by «کردم»).
OPENING_LABEL = [
    # 0853_tgalonews_ntaniahv_dishb_ba_ryis.txt (shortened): «گفتگو کردم» — he speaks of himself
    (" date 2026-05-26\n👈\nنتانیاهو: دیشب با رئیس‌جمهور ترامپ درباره یادداشت تفاهم برای گشودن تنگه هرمز "
     "گفتگو کردم.\n🔴\nسیاست من بدون تغییر باقی می‌ماند.\n✅\n@AloNews",
     [("نتانیاهو", "دیشب با رئیس‌جمهور ترامپ")]),
    # the first person in «مخالفم» (a predicate with «ـم»), the same
    (" date 2026-05-26\n👈\nترامپ: من با رفع تحریم‌های ایران در این دولت مخالفم.\n@AloNews",
     [("ترامپ", "من با رفع تحریم‌ها")]),
]
# ... but not when the opening clause is the reporter's own (third person): «ترامپ:» then a
# summary is only whom a later «او گفت» means (NOTES, Statements)
NO_OPENING_LABEL = [
    # 0866_tgalonews_tramp_amrika_salanh_40.txt (shortened)
    " date 2026-05-26\n👈\nترامپ: آمریکا سالانه ۴۰ میلیارد دلار به سوئیس می‌دهد.\n@AloNews",
    # a topic label over a first-person line is no person either
    " date 2026-05-26\n👈\nنکته: ما هم در جلسه دیروز مجلس بودیم و درباره بودجه رای دادیم.\n@AloNews",
]


@pytest.mark.parametrize(("raw", "expected"), OPENING_LABEL)
def test_a_post_opening_with_a_label_in_the_first_person(raw: str, expected: list[tuple[str, str]]) -> None:
    said = _said(_parse(raw))
    assert expected == [(name, quote[: len(expected[0][1])]) for name, quote in said][:1], said


@pytest.mark.parametrize("raw", NO_OPENING_LABEL)
def test_a_post_opening_with_a_label_in_the_third_person(raw: str) -> None:
    assert [] == _said(_parse(raw))


# «بار دیگر» (once again) after a role's words ends the role: it is no word of it.
@pytest.mark.parametrize(("raw", "expected"), [
    # 0853_tgalonews_ntaniahv_dishb_ba_ryis.txt (shortened): the role was «رئیس‌جمهور ترامپ بار»
    (" date 2026-05-26\nدیدار دو رهبر در کاخ سفید\nرئیس‌جمهور ترامپ بار دیگر بر حق اسرائیل برای دفاع از خود در "
     "برابر تهدیدها در همه جبهه‌ها تأکید کرد.",
     ["رئیس‌جمهور ترامپ"]),
    # «بار نخست» the same
    (" date 2026-05-26\nنشست شورای شهر\nشهردار تهران بار نخست بر ضرورت ساخت مترو در همه مناطق شهر تأکید کرد.",
     ["شهردار تهران"]),
])
def test_once_again_ends_a_role(raw: str, expected: list[str]) -> None:
    assert expected == [name for name, _ in _said(_parse(raw))]


# The one named speaker takes a role-only speaker's words (NOTES: «exactly one named speaker,
# who has no role») — but not a role his own words name first: that is whom he speaks about.
@pytest.mark.parametrize(("raw", "expected"), [
    # 0853_tgalonews_ntaniahv_dishb_ba_ryis.txt (shortened): Netanyahu held «رئیس‌جمهور ترامپ»
    (" date 2026-05-26\n👈\nنتانیاهو: دیشب با رئیس‌جمهور ترامپ درباره یادداشت تفاهم برای گشودن تنگه هرمز "
     "گفتگو کردم.\n🔴\nرئیس‌جمهور ترامپ بار دیگر بر حق اسرائیل برای دفاع از خود در برابر تهدیدها تأکید کرد.\n@AloNews",
     [("نتانیاهو", ()), ("رئیس‌جمهور ترامپ", ("رئیس‌جمهور ترامپ",))]),
    # a role named only outside his words is still the one named speaker (as before)
    (" date 2026-05-26\nنشست خبری استانداری\nمدیر روابط عمومی استانداری گفت: نشست فردا برگزار می‌شود.\n"
     "علی عزیزی گفت: همه خبرنگاران دعوت شده‌اند.",
     [("علی عزیزی", ("مدیر روابط عمومی استانداری",))]),
])
def test_a_role_named_in_the_speakers_own_words_is_someone_else(raw: str, expected: list) -> None:
    article = _parse(raw)
    assert expected == [(p.name, tuple(p.roles)) for p in article.persons if any(
        article.persons[s.speaker] is p for s in article.statements)]


# A foreign name with its post and «فاش کرد» (revealed), a verb of saying; «نماینده مجلس X» later
# is the same post as «عضو مجلس X» (a member of parliament), so the same person.
@pytest.mark.parametrize(("raw", "expected"), [
    # 0450_tasnim_takid_br_hmdsti_dvlt.txt (shortened): «فاش کرد» was no verb of saying, so the
    # full name and post were never read, and «نماینده مجلس عوام انگلیس گفت» was someone else
    (" date 2025-09-06\nتاکید بر همدستی دولت انگلیس با رژیم صهیونیستی\n"
     "جرمی کوربین رهبر سابق حزب کارگر انگلیس و عضو مجلس عوام این کشور در گفتگو با شبکه الجزیره مباشر فاش کرد : "
     "دولت انگلیس به تبادل داده های اطلاعاتی با اسرائیل ادامه می دهد.\n"
     "کوربین خاطر نشان کرد دولت انگلیس همچنان به اسرائیل کمک می کند.\n"
     "نماینده مجلس عوام انگلیس گفت: راهپیمایی های که در حمایت از غزه برگزار می شود بی نهایت مهم است.",
     ["جرمی کوربین", "جرمی کوربین", "جرمی کوربین"]),
    # «عضو کمیسیون ... مجلس» is no «نماینده مجلس» of another person's post: two people stay two
    (" date 2025-09-06\nنشست مجلس\nعلی احمدی عضو کمیسیون عمران مجلس گفت: بودجه کافی نیست.\n"
     "نماینده مجلس شیراز گفت: طرح متوقف شده است.",
     ["علی احمدی", "نماینده مجلس شیراز"]),
])
def test_a_member_of_parliament_is_one_post(raw: str, expected: list[str]) -> None:
    assert expected == [name for name, _ in _said(_parse(raw))]


# «یک ROLE» in the lead («یک عضو مجلس عوام انگلیس فاش کرد») is the one named person who holds
# that post in the body; an unnamed official nobody names later stays a source.
@pytest.mark.parametrize(("raw", "expected"), [
    # 0450_tasnim_takid_br_hmdsti_dvlt.txt (shortened): the lead's words were a source's
    (" date 2025-09-06\nتاکید بر همدستی دولت انگلیس با رژیم صهیونیستی\n"
     "یک عضو مجلس عوام انگلیس فاش کرد که دولت انگلیس همچنان به اسرائیل کمک می‌کند.\n"
     "جرمی کوربین رهبر سابق حزب کارگر انگلیس و عضو مجلس عوام این کشور در گفتگو با شبکه الجزیره مباشر فاش کرد : "
     "دولت انگلیس به تبادل داده های اطلاعاتی با اسرائیل ادامه می دهد.",
     ["جرمی کوربین", "جرمی کوربین"]),
    # 0822_tgakhbarefori_krh_jnvbi_bh_airan.txt: nobody named holds the post — the source stays
    ("کره‌جنوبی: به ایران حمله دیپلماتیک می‌کنیم!\n"
     "یک مقام ارشد دولت کره مدعی شد که ایران به طور قطع پشت حمله به کشتی باری کره‌ای در تنگه هرمز است.\n"
     "او تاکید کرد تحقیقات هنوز در حال انجام است.",
     ["یک مقام ارشد دولت کره", "یک مقام ارشد دولت کره"]),
])
def test_an_indefinite_post_in_the_lead_is_its_named_holder(raw: str, expected: list[str]) -> None:
    assert expected == [name for name, _ in _said(_parse(raw))]


# A first-person sentence after a statement goes on with it (NOTES) — unless it names that
# speaker's post in the third person («میان من و رئیس‌جمهور ترامپ»): its «من» is someone else.
@pytest.mark.parametrize(("raw", "expected"), [
    # 0853_tgalonews_ntaniahv_dishb_ba_ryis.txt (shortened): Netanyahu's lines went to Trump's statement
    (" date 2026-05-26\nدیدار دو رهبر\nرئیس‌جمهور ترامپ بار دیگر بر حق اسرائیل برای دفاع از خود تأکید کرد.\n"
     "مشارکت میان من و رئیس‌جمهور ترامپ هرگز قوی‌تر از این نبوده است.",
     [("رئیس‌جمهور ترامپ", "بار دیگر بر حق اسرائیل برای دفاع از خود تأکید کرد.")]),
    # a first-person sentence that does not name him goes on with his words, as before
    (" date 2026-05-26\nدیدار دو رهبر\nرئیس‌جمهور ترامپ بار دیگر بر حق اسرائیل برای دفاع از خود تأکید کرد.\n"
     "ما هرگز از این حق کوتاه نمی‌آییم.",
     [("رئیس‌جمهور ترامپ", "بار دیگر بر حق اسرائیل برای دفاع از خود تأکید کرد. ما هرگز از این حق کوتاه نمی‌آییم.")]),
])
def test_a_first_person_line_naming_the_speaker_is_not_his(raw: str, expected: list[tuple[str, str]]) -> None:
    assert expected == _said(_parse(raw))


@pytest.mark.parametrize(("raw", "expected"), [
    # 0863_tgalonews_pzshkian_astfai_ma_msylh.txt (shortened): the president naming his own post
    # («چون رئیس‌جمهور شده‌ام») goes on speaking
    (" date 2026-05-26\nنشست خبری رئیس‌جمهور\nرئیس‌جمهور در نشست خبری گفت: استعفای ما مسئله‌ای نیست.\n"
     "من به قدرت نچسبیده‌ام و این‌گونه نیست که چون رئیس‌جمهور شده‌ام، تغییر کرده باشم.",
     [("رئیس‌جمهور", "استعفای ما مسئله‌ای نیست. من به قدرت نچسبیده‌ام و این‌گونه نیست که چون رئیس‌جمهور شده‌ام، "
                     "تغییر کرده باشم.")]),
])
def test_a_speaker_naming_his_own_post_goes_on(raw: str, expected: list[tuple[str, str]]) -> None:
    assert expected == _said(_parse(raw))


# A post opened by «NAME: ... کردم» is in NAME's voice: a later line with no speaker of its own in
# the first person singular is NAME's too, even after someone else's statement.
@pytest.mark.parametrize(("raw", "expected"), [
    # 0853_tgalonews_ntaniahv_dishb_ba_ryis.txt (shortened): these lines were nobody's, then Trump's
    (" date 2026-05-26\n👈\nنتانیاهو: دیشب با رئیس‌جمهور ترامپ درباره یادداشت تفاهم برای گشودن تنگه هرمز "
     "گفتگو کردم.\n🔴\nرئیس‌جمهور ترامپ بار دیگر بر حق اسرائیل برای دفاع از خود تأکید کرد.\n🔴\n"
     "سیاست من، همانند سیاست رئیس‌جمهور ترامپ، بدون تغییر باقی می‌ماند: ایران هرگز سلاح هسته‌ای نخواهد داشت.\n@AloNews",
     ["نتانیاهو", "رئیس‌جمهور ترامپ", "نتانیاهو"]),
    # a post with no such opening: the line stays nobody's (as before)
    (" date 2026-05-26\nدیدار دو رهبر\nرئیس‌جمهور ترامپ بار دیگر بر حق اسرائیل برای دفاع از خود تأکید کرد.\n"
     "🔴\nسیاست من، همانند سیاست رئیس‌جمهور ترامپ، بدون تغییر باقی می‌ماند.",
     ["رئیس‌جمهور ترامپ"]),
])
def test_a_post_in_one_voice(raw: str, expected: list[str]) -> None:
    assert expected == [name for name, _ in _said(_parse(raw))]
