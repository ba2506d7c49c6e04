"""Speakers, names and statement spans on short excerpts of real corpus texts, third round
(/work/shared/corpus/articles, named in each case's comment)."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.models import ParsedArticle
from knowledge.parse import parse

TODAY = dt.date(2025, 9, 9)


def _parse(raw: str) -> ParsedArticle:
    return parse(raw, today=TODAY)


# The speaker's talk goes on after the statement, with no verb of saying, in the first person
CONTINUED = [
    # 0666_tgvahidonline_skhngvi_vzart_kharjh_airan.txt: «او افزود ...» then two sentences in the
    # spokesman's voice («ما ... مطرح کردیم»); the reporter's next sentence about him is not his
    ("سخنگوی وزارت خارجه ایران می‌گوید روند مذاکرات تهران و واشینگتن، «ادامه‌دار» است.\n"
     "اسماعیل بقائی در نشست خبری روز دوشنبه ۲۸ اردیبهشت گفت: هفته گذشته، علی‌رغم این‌که طرف‌های آمریکایی "
     "به‌صورت علنی اعلام کردند طرح پیشنهادی ایران مردود است «اما ما از طرف میانجی پاکستانی مجموعه نکات و "
     "ملاحظات اصلاحی را از نظر آن‌ها دریافت کردیم».\n"
     "او افزود ایران بعد از این‌که طرح ۱۴ بندی خود را ارائه کرد، «طرف آمریکایی ملاحظاتش را مطرح کرد. "
     "متقابلاً ما نیز ملاحظات خود را مطرح کردیم. از روز بعد از ارسال نقطه‌نظر آمریکایی از طرف پاکستان، ما "
     "با مجموعه‌ای از پیشنهادات طرف مقابل مواجه شدیم که در این چند روز بررسی شد».\n"
     "بقائی جزئیاتی در مورد اصلاحات مدنظر ایالات متحده ارائه نکرد.",
     "اسماعیل بقائی", "ما با مجموعه‌ای از پیشنهادات", "جزئیاتی در مورد اصلاحات"),
]


@pytest.mark.parametrize(("raw", "speaker", "continued", "narration"), CONTINUED)
def test_first_person_sentences_continue_the_statement(raw: str, speaker: str, continued: str,
                                                       narration: str) -> None:
    article = _parse(raw)
    holding = [s for s in article.statements if continued in s.text]
    assert [speaker] == [article.persons[s.speaker].name for s in holding]
    assert [] == [s.text for s in article.statements if narration in s.text]


# Names and the roles given with them
NAMES = [
    # 0214_fars_takid_shhrdar_mshhd_br.txt: a surname of three words, «نسب» written apart
    ("تأكيد شهردار مشهد بر رفع مزاحمت‌هاي مشاغل شهري\n"
     "به گزارش خبرگزاري فارس از مشهد هاشم بني هاشمي نسب گذشته در آيين معرفي مديرعامل جديد سازمان ميادين "
     "شهرداري افزود: ساماندهي مشاغل شهري دسترسي مردم را به خدمات و امكانات فراهم مي سازد.",
     "هاشم بنی هاشمی نسب", None),
    # 0064_fars_kmith_fni_vatrplv_tshkil.txt: the role in parentheses after the name
    ("كميته فني واترپلو تشكيل جلسه داد\n"
     "به گزارش خبرگزاري فارس، در اين نشست كه با حضور خسرو اميني (نايب رئيس فدراسيون)، داورد سلطاني (رئيس "
     "كميته فني واترپلو) و اعضاي اين كميته در محل فدراسيون برگزار شد، تصميمات نهايي گرفته شد.",
     "خسرو امینی", "نایب‌رئیس فدراسیون"),
    # 0666_tgvahidonline_skhngvi_vzart_kharjh_airan.txt: «به‌دلیل آنچه ...» after the role is not part of it
    ("اسماعیل بقائی در نشست خبری گفت: روند مذاکرات ادامه دارد.\n"
     "سخنگوی وزارت خارجه ایران به‌دلیل آنچه تبادل «نقطه‌نظرات متقابل» طرفین به یکدیگر نامیده، تأکید کرد "
     "که «بنابراین، روند [مذاکرات ]از طریق پاکستان ادامه دارد».",
     "اسماعیل بقائی", "سخنگوی وزارت خارجه ایران"),
]


@pytest.mark.parametrize(("raw", "name", "role"), NAMES)
def test_names_and_roles(raw: str, name: str, role: str | None) -> None:
    people = {p.name: p.roles for p in _parse(raw).persons}
    assert name in people
    if role is not None:
        assert role in people[name]


def test_role_with_also_is_another_person() -> None:
    # 0214_fars_takid_shhrdar_mshhd_br.txt: «معاون ... نیز ... گفت» after the mayor has spoken is a
    # second person, not one more title of the mayor
    raw = ("تأكيد شهردار مشهد بر رفع مزاحمت‌هاي مشاغل شهري\n"
           "خبرگزاري فارس: شهردار مشهد گفت: سازمان ميادين ميوه و تره بار در رفع مزاحمت هاي مشاغل شهري اقدامي جدي كند.\n"
           "به گزارش خبرگزاري فارس از مشهد هاشم بني هاشمي نسب گذشته در آيين معرفي مديرعامل جديد سازمان ميادين "
           "شهرداري افزود: ساماندهي مشاغل شهري دسترسي مردم را به خدمات و امكانات فراهم مي سازد.\n"
           "معاون خدمات شهري شهرداري مشهد نيز دراين مراسم از ساماندهي 17هزار شغل مزاحم در مشهد خبر داد و گفت: "
           "اين مشاغل در سطوح برون شهري، درون شهري و حاشيه شهر ساماندهي شدند.")
    article = _parse(raw)
    speakers = [article.persons[s.speaker] for s in article.statements]
    assert ["هاشم بنی هاشمی نسب", "هاشم بنی هاشمی نسب", "معاون خدمات شهری شهرداری مشهد"] == [
        p.name for p in speakers]
    assert ("شهردار مشهد",) == speakers[0].roles


def test_split_goft_o_gu_is_no_verb_of_saying() -> None:
    # 0053_fars_ghlh_nvii_angar_mrtkb.txt: «گفت و گویی ... انجام داد» is the noun «گفت‌وگو», not «گفت»
    raw = ("قلعه نویی: انگار مرتکب جنایت شده‌ام\n"
           "خبرگزاری فارس: سرمربی تیم فوتبال استقلال گفت: من یک امتیاز در دربی گرفتم و انگار جنایت مرتکب شده‌ام.\n"
           "به گزارش خبرگزاری فارس، امیر قلعه نویی که در یکی از مصاحبه هایش برخی خبرنگاران را اجنبی پرست خوانده "
           "بود در برنامه 90 شب گذشته گفت و گویی با فردوسی پور به صورت تلفنی انجام داد که متن آن را در زیر می "
           "خوانید؛")
    # the headline «NAME: ...» and the lead's «گفت:»; nothing from «گفت و گویی»
    assert ["انگار مرتکب جنایت", "من یک امتیاز"] == [" ".join(s.text.split()[:3]) for s in _parse(raw).statements]


def test_role_in_parentheses_and_led_by_in_a_place_adjunct() -> None:
    # devset 03_iust_jihad_tabyin_workshop.txt (no corpus text has the shape): «دکتر انبیاء (رئیس دانشگاه)»
    # gives the role; «ستاد ... را در دانشگاه به ریاست مهندس نقره‌کار» does not make نقره‌کار «رئیس دانشگاه»,
    # so the role-only speaker is انبیاء
    raw = ("جهاد تبیین و نقش اساتید در دانشگاه اسلامی\n"
           "دکتر انبیاء (رئیس دانشگاه)، در خصوص اهمیت و ضرورت اسلامی شدن دانشگاه، نکاتی را متذکر شد.\n"
           "رئیس دانشگاه با تاکید بر اینکه برای اسلامی شدن دانشگاه‌ها ملازماتی نیاز است، تصریح کرد: دانشگاه علم و "
           "صنعت ایران، از حیث اساتید دانشگاه، غنی‌ترین دانشگاه در سطح کشور است.\n"
           "دکتر انبیاء گفت: ما ستاد تبیین و اقدام را در دانشگاه به ریاست مهندس نقره‌کار شکل داده‌ایم.")
    article = _parse(raw)
    assert ["انبیاء", "انبیاء", "انبیاء"] == [article.persons[s.speaker].name for s in article.statements]
    roles = {p.name: p.roles for p in article.persons}
    assert ("رئیس دانشگاه",) == roles["انبیاء"]
    assert () == roles.get("نقره‌کار", ())


# A role-only mention is the one named person who holds that role, even when an earlier role-only
# mention of the same post is still waiting for its name
ROLE_HOLDERS = [
    # 0096_fars_tramp_ba_rf_thrim.txt: lead and a later sentence name the role only
    ("ترامپ: با رفع تحریم‌های ایران مخالفت کردم\n"
     "رئیس‌جمهور آمریکا  مدعی شد که ایران از او خواسته تا برای دیدار با روحانی  تحریم‌ها را رفع کند.\n"
     "به گزارش گروه بین‌الملل خبرگزاری فارس، دونالد ترامپ رئیس‌جمهور آمریکا در توئیتی مدعی شد که ایران از "
     "او خواسته تا برای دیدار با روحانی تحریم‌ها را رفع کند.\n"
     "رئیس‌جمهور آمریکا در توئیتر نوشت: «ایران از من خواست تا برای دیدار [با روحانی] تحریم‌های اعمال شده "
     "بر آنها را رفع کنم. من البته گفتم نه!»",
     "دونالد ترامپ"),
    # 0101_fars_amadgi_ik_shrkt_dakhli.txt: «عضو کمیسیون بهداشت و درمان مجلس» in the lead, the shorter
    # «عضو کمیسیون بهداشت مجلس» with the name and again alone
    ("آمادگی یک شرکت داخلی برای تولید تجهیزات پزشکی کشور\n"
     "خبرگزاری فارس: عضو کمیسیون بهداشت و درمان مجلس گفت: مسئولان شرکت صنایع الکترونیک صاشیراز گفتند که "
     "می‌توانند انواع تجهیزات پزشکی را در درون کشور تولید کنند.\n"
     "عابد فتاحی نماینده مردم ارومیه و عضو کمیسیون بهداشت مجلس در گفت‌وگو با خبرنگار پارلمانی خبرگزاری "
     "فارس اظهار داشت: در ابتدای جلسه در خصوص تولید و ساخت تجهیزات پزشکی بحث شد.\n"
     "عضو کمیسیون بهداشت مجلس تصریح کرد: بعد از نشست جلسه‌ای را با رئیس دیوان محاسبات داشتیم.",
     "عابد فتاحی"),
]


@pytest.mark.parametrize(("raw", "holder"), ROLE_HOLDERS)
def test_role_only_mentions_join_the_named_holder(raw: str, holder: str) -> None:
    article = _parse(raw)
    assert {holder} == {article.persons[s.speaker].name for s in article.statements}


# A name that took one word too many is cut back when the text uses the surname alone
OVERLONG = [
    # 0065_fars_mtbvat_ba_ngah_kmk.txt: «شامگاه دوشنبه» after the name is a time, not a surname
    ("مطبوعات با نگاه کمک به تقویت نظام فعالیت کنند\n"
     "به گزارش خبرنگار اعزامی فارس کرمان از هجدهمین نمایشگاه بین‌المللی مطبوعات و خبرگزاری‌ها، محمدرضا "
     "پورابراهیمی شامگاه دوشنبه در بازدید از غرفه اداره‌ کل فرهنگ و ارشاد اسلامی استان کرمان اظهار داشت: "
     "برگزاری این نمایشگاه کار بسیار ارزشمندی است که هر ساله انجام می‌شود.\n"
     "پورابراهیمی تصریح کرد: در این نمایشگاه انتقال تجربه‌ها به خوبی می‌تواند، انجام شود و نشریات با "
     "یکدیگر همکاری متقابل داشته باشند.",
     "محمدرضا پورابراهیمی", None),
    # 0399_borna_astandar_mazndran_nvan_krd.txt: «مهدی یونسی رستمی، استاندار ...» then «یونسی با تأکید
    # ...»: one person, the full form kept among the aliases
    ("استاندار مازندران عنوان کرد: بکارگیری ۶۲ بانو در مناصب مدیریتی مازندران\n"
     "به گزارش خبرگزاری برنا از مازندران ، مهدی یونسی رستمی، استاندار مازندران در نشست با مدیران بانو در "
     "دولت چهاردهم، اظهار داشت: یکی از مهم‌ترین معیارهای درجه توسعه‌یافتگی یک کشور، جایگاه و اعتباری است "
     "که زنان در آن کشور برخوردارند.\n"
     "یونسی با تأکید براینکه سهم مدیریتی زنان باید به ۵۰ درصد برسد، یادآور شد: تاکنون ۶۲ پست مدیریتی به "
     "بانوان اختصاص یافته است.",
     "مهدی یونسی", "مهدی یونسی رستمی"),
]


@pytest.mark.parametrize(("raw", "name", "alias"), OVERLONG)
def test_surname_alone_cuts_an_overlong_name(raw: str, name: str, alias: str | None) -> None:
    article = _parse(raw)
    speakers = [article.persons[s.speaker] for s in article.statements]
    assert {name} == {p.name for p in speakers}
    if alias is not None:
        assert alias in speakers[-1].aliases


def test_role_ends_where_a_far_reaching_verb_opens() -> None:
    # 0200_fars_avl_baid_slah_hai.txt: «خواستار ... شد» with its object of twenty words: the role stops at
    # «خواستار», and the sentence is a statement of the role's holder (named later: بلیکس)
    raw = ("اول بايد سلاح هاي كشتار جمعي آمريكا، انگليس، فرانسه و روسيه منهدم شود\n"
           "خبرگزاري فارس :\n"
           "رئيس گروه بازرسان تسليحاتي سازمان ملل خواستار نابودي سلاح هاي كشتار جمعي قدرت هاي اصلي جهان به "
           "ويژه آمريكا، انگليس، فرانسه، روسيه و چين شد.\n"
           "وي كه با روزنامه آساهي ژاپن گفت و گو مي كرد افزود: تا اين 5 كشور سلاح هاي اتمي و مرگبار خود را نابود "
           "نكنند ، نمي توان به نابودي آن در جهان اميدي داشت.")
    article = _parse(raw)
    assert ("رئیس گروه بازرسان تسلیحاتی سازمان ملل",) == article.persons[article.statements[0].speaker].roles
    assert article.statements[0].text.startswith("خواستار نابودی")
    assert 2 == len(article.statements)


def test_considered_as_is_part_of_the_statement() -> None:
    # 0202_fars_dvlt_nhm_daih_dar.txt: «... را رمز موفقیت ... دانست و افزود: ...» — what the speaker held
    # something to be is what he said, before the colon's quote
    raw = ("دولت نهم داعيه‌دار رعايت ارزش‌هاي اسلامي است\n"
           "رئيس مجلس خبرگان رهبري همچنين ارتباط مستمر و دايمي مسئولان با خدا و راز و نياز به درگاه الهي را رمز "
           "موفقيت و كمك خداوند به آنها در حل مسايل و مشكلات دانست و افزود: با ايمان و اتكا به خداوند متعال و "
           "اخلاص، مشكلات و مسايل با سرعت بيشتري رفع خواهد شد.")
    found = [s.text for s in _parse(raw).statements]
    assert 1 == len(found)
    assert found[0].startswith("ارتباط مستمر")
    assert "رمز موفقیت" in found[0]


def test_pronoun_after_a_sentence_about_someone_governed_by_a_preposition() -> None:
    # devset 04_univ_postcorona_webinar.txt (university PR copy; no corpus text has the shape): the sentence
    # before is about فرهنگ, not about شیرزادی after «پس از»; «ایشان ... دانست» is his, and the next
    # sentence in his voice («بهتر است ما ...») goes on with it
    raw = ("گزارش سومین وبینار مجموعه طرحی برای فردای بهتر\n"
           "پس از آقای دکتر شیرزادی، آقای دکتر شاهین فرهنگ، روانشناس و پژوهشگر، سخنان خود را آغاز نمودند.\n"
           "در قسمت بعدی ایشان با اشاره به شرایط پیش آمده، بیماری کرونا را یک بزنگاه تاریخی دانست، که ما باید "
           "برای پس از آن خود را آماده کنیم.\n"
           "درست است که تعدادی از انسان ها در این مورد دچار آسیب شدند، اما بیماری کرونا به هر حال تمام می شود و "
           "بهتر است ما برای شرایط پس از کرونا آمده شویم.")
    article = _parse(raw)
    assert [("شاهین فرهنگ", True)] == [(article.persons[s.speaker].name, "به هر حال تمام" in s.text)
                                       for s in article.statements]


def test_outlet_relaying_a_speaker_and_advice() -> None:
    # 0426_khabaronline_mraghb_bimari_msri_srmakhvrdgi.txt: «مهر در خبری نوشت:وی ادامه داد: ...» — the
    # outlet only relays; the doctor speaks. «به والدین توصیه کرد:» is a verb of saying.
    raw = ("مراقب بیماری مسری «سرماخوردگی چشمی» باشید\n"
           "به گزارش خبرآنلاین،محسن ده‌یوده با بیان اینکه «ادما ویروس» ابتدا یک چشم را درگیر می‌کند و سپس چشم "
           "دیگر نیز علائم بیماری را نشان می‌دهد، اظهار کرد: مهم‌ترین نشانه‌های ابتلاء شامل سوزش چشم و ترشحات "
           "چسبناک است.\n"
           "مهر در خبری نوشت:وی ادامه داد: راه اصلی انتقال این بیماری استفاده مشترک از وسایل شخصی مانند حوله، "
           "تماس دست‌ها و ترشحات بزاق فرد بیمار است.\n"
           "وی همچنین به والدین توصیه کرد: با توجه به استفاده گسترده کودکان از گوشی‌های هوشمند، بهتر است کودکان "
           "زیر ۵ سال به حد امکان از این وسایل استفاده نکنند.")
    article = _parse(raw)
    found = [(article.persons[s.speaker].name, " ".join(s.text.split()[:3])) for s in article.statements]
    assert [("محسن ده‌یوده", "مهم‌ترین نشانه‌های ابتلاء"), ("محسن ده‌یوده", "راه اصلی انتقال"),
            ("محسن ده‌یوده", "به والدین توصیه")] == found


def test_quoted_name_after_an_opener_with_two_roles() -> None:
    # 0414_hamshahrionline_zr_arshd_hmas_dst.txt: «در همین ارتباط، «NAME» ROLE و ROLE نیز ... هشدار داد و
    # افزود:» — the quoted name after the opener speaks, with both roles, not the last speaker
    raw = ("عضر ارشد حماس دست نتانیاهو را رو کرد\n"
           "در همین ارتباط، «عامیت هالوی» نماینده کنست و عضو کمیته امور خارجی و دفاعی رژیم صهیونیستی نیز نسبت "
           "به شکست طرح اشغال شهر غزه هشدار داد و افزود: مرحله دوم عملیات ارابه‌های گدعون مانند مرحله اول شکست "
           "خواهد خورد و بهای سنگینی را بر اسرائیل تحمیل خواهد کرد.")
    article = _parse(raw)
    speaker = article.persons[article.statements[0].speaker]
    assert "عامیت هالوی" == speaker.name
    assert ("نماینده کنست", "عضو کمیته امور خارجی و دفاعی رژیم صهیونیستی") == speaker.roles
    assert article.statements[0].text.startswith("نسبت به شکست طرح")


def test_role_only_subject_with_two_roles() -> None:
    # devset 07_borna_minab_mango_festival.txt (no corpus lead has the shape): «معاون استاندار و فرماندار
    # ویژه میناب، به ... تأکید کرد» — both roles are the subject; the statement starts after them
    raw = ("یازدهمین جشنواره انبه و یاسمین گل میناب؛ نماد پیوند فرهنگ و اقتصاد منطقه است\n"
           "معاون استاندار و فرماندار ویژه میناب، به ظرفیت‌های بی‌بدیل گردشگری و کشاورزی این شهرستان، بر نقش "
           "جشنواره انبه و یاسمین گل در معرفی قابلیت‌های منطقه تأکید کرد.")
    article = _parse(raw)
    speaker = article.persons[article.statements[0].speaker]
    assert {"معاون استاندار", "فرماندار ویژه میناب"} == set(speaker.roles)
    assert article.statements[0].text.startswith("به ظرفیت‌های بی‌بدیل")
