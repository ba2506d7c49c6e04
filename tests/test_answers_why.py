"""«Why» questions answered on short excerpts of real corpus texts (/work/shared/corpus/articles,
named in each excerpt's comment): the reason clause the report gives, in the sentence that covers
the question or the one beside it, or a plain «not said» with the nearest sentence cited."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer import Answer
from knowledge.answer.reasons import NOT_SAID, UNKNOWN, reason_in
from knowledge.answer.reply import NOT_FOUND
from tests.conftest import ask_over

TODAY = dt.date(2026, 12, 6)


def _ask(question: str, *copies: str) -> Answer:
    return ask_over(question, *copies, today=TODAY)


# 0029_fars_lghv_jlsh_kmith_tfhs.txt (the lead): the reason before the main clause
MEETING = (" date 2011-05-25\nلغو جلسه كميته تفحص مجلس با مشايي و ملك‌زاده\n"
           "خبرگزاري فارس: رئيس كميته تفحص مجلس از شوراي عالي ايرانيان گفت: به‎دليل انتخابات هيئت رئيسه "
           "مجلس جلسه‌اي كه قرار بود كميته تفحص مجلس با حضور مشايي و ملك‌زاده برگزار كند، لغو شد.")
# 0058_fars_airan_khvastar_tsri_ahdas.txt (one sentence of the body)
PIPELINE = (" date 2014-09-22\nایران خواستار تسریع احداث بخش پاکستانی خط لوله صلح شد\n"
            "در فوریه 1999، توافقی میان ایران و هند به امضا رسید اما به علت فشارهای آمریکا، دهلی‌نو از این "
            "پروژه در سال 2009 کناره گرفت.")
# 0157_fars_vazhgvni_ik_lnj_msafrbri.txt (the lead): «بر اثر», Arabic letters as the agency wrote them
BOAT = (" date 2005-11-04\nواژگوني يك لنج مسافربري نزديك آب‌هاي پاكستان 60 كشته برجاي گذاشت\n"
        "خبرگزاري فارس: بر اثر واژگون شدن يك لنج مسافربري در درياي عربي نزديك آبهاي پاكستان، حداقل 60 تن "
        "كشته شدند.")
# 0319_fars1402_davr_pnalti_astghlal_mghabl.txt (one sentence): «به همین دلیل», the reason before it
REFEREE = (" date 2023-08-23\nداور پنالتی استقلال مقابل سپاهان را ندید؟\n"
           "اعتراض جواد نکونام هم در این صحنه بی‌مورد بود به همین دلیل داور کنار زمین آمد و سرمربی استقلال "
           "را با کارت زرد جریمه کرد.")
# 0373_fars1402_gftgvi_tfsili_mhdi_pvr.txt (one answer of the interview): «علت ... این بود که»
PRESS = (" date 2023-08-12\nگفتگوی تفصیلی| مهدی‌پور: اهالی رسانه از سال‌ها پیش خواهان احیای جشنواره مطبوعات بودند\n"
         "علت اینکه نمایشگاه مطبوعات با تاخیر برگزار شد، این بود که قصد داشتیم نمایشگاه مطبوعات در کنار "
         "نمایشگاه کتاب برگزار شود.")
# 0118_fars_dv_dlil_kahsh_ghimt.txt (headline and lead): «X را عامل Y دانست»; the headline's
# «دو دلیل» announces reasons and gives none
GOLD = (" date 2013-05-19\nدو دلیل کاهش قیمت طلا/ اثرگذاری تحویل سکه‌های پیش‌فروش بر قیمت‌ها\n"
        "رئیس اتحادیه کشوری طلا و جواهر بهبود بورس در آمریکا و افزایش ارزش دلار را عامل کاهش قیمت طلا "
        "دانست و گفت: ‌در دو روز اخیر سکه کاهش ۵۰ هزار تومانی داشته است.")
# 0114_fars_knaih_tvyitri_khtib_zadh.txt (two sentences of a quote): the reason opens the next sentence
DEAL = (" date 2020-10-14\nکنایه توئیتری خطیب‌زاده به ترامپ\n"
        "ولی به شما بگویم احتمالاً اولین تماسی که من بعد از پیروزی در انتخابات دریافت کنم از جانب ایران "
        "خواهد بود که بدجور تشنه توافق هستند. چون تولید ناخالص داخلی آنها ۲۸ درصد افت پیدا کرده است.")
# 0649_tgvahidonline_rvznamh_sazndgi_rvz_shnbh.txt (one sentence): «در نتیجه», the reason before it
STAYED = (" date 2026-08-08\nروزنامه سازندگی روز شنبه به نقل از یک منبع آگاه اعلام کرد\n"
          "با این حال سازندگی تأیید کرده که ذوالقدر پیش‌تر استعفای خود را ارائه کرده بود «اما این استعفا با "
          "مخالفت مسعود پزشکیان روبه‌رو شد و در نتیجه او همچنان در سمت خود باقی ماند».")
# 0018_fars_msr_az_vrvd_ik.txt (one sentence): the trip was cancelled «با خودداری ...», no reason marker
TRIP = (" date 2011-11-10\nمصر از ورود یک نماینده اسلام‌ستیز هلندی به قاهره جلوگیری کرد\n"
        "کمیته دائمی روابط خارجی در اتاق دوم پارلمان هلند اخیرا تصمیم گرفته بود تا هیئتی را به مصر اعزام "
        "کند تا از اوضاع این کشور بویژه در آستانه انتخابات پارلمانی آگاه شوند، اما با خودداری مقامات مصری "
        "از اعطای ویزا به یکی از اعضای این هیئت، این سفر لغو شد.")

# 0533_hamshahrirss_arf_az_chh_chizi.txt (the lead): «به این دلیل X کرد که Y», Y the reason
REFORM = ("عارف از چه چیزی دلخور است؟ | اصلاح‌طلبان در تدارک بازسازی گفتمان\n"
          "شکستِ اصلاح‌طلبان در انتخابات اما به‌ واقع پای صندوق رای رقم نخورد. آنها اگر شکست خوردند، بخشی "
          "به عملکرد بد خودشان در سال‌های گذشته باختند و بخشی مهم‌تر، به این دلیل قافیه را به رقیب باختند که "
          "مطالبات پایگاه رای‌شان به‌واسطه شعارهایی که از جانب کاندیداهای غیراصلاح‌طلب مورد حمایت اصلاحات "
          "مطرح شده بود، بالا رفت.")
# 0430_khabaronline_rzmaish_mghtdranh_nirvhai_mslh.txt (one sentence): «چنان X کرد که Y»: X is
# why Y; the report writes «رژیم صهیونیستی» for Israel
TRUCE = (" date 2025-08-22\nرزمایش مقتدرانه نیروهای مسلح، پیام قدرت به دشمنان مخابره کرد\n"
         "به گزارش خبرگزاری خبرآنلاین، علی اکبر علیزاده نماینده دامغان، با اشاره نخستین رزمایش مقتدرانه "
         "نیروهای مسلح کشورمان بعد از جنگ ۱۲ روزه با رژیم صهیونیستی گفت: ایران اسلامی در جنگ ۱۲ روزه، چنان "
         "پوزه رژیم صهیونیستی را به خاک مالید که با عجز و التماس به شیطان بزرگ خواهان برقراری آتش بس شد.")


@pytest.mark.parametrize(("question", "copy", "reason"), [
    # the reason clause, up to the comma that ends it
    ("چرا جلسه کمیته تفحص لغو شد؟", MEETING, "دلیل انتخابات هیئت رئیسه مجلس جلسه‌ای که قرار بود"),
    # the same asked in speech
    ("واسه چی جلسه کمیته تفحص لغو شد؟", MEETING, "دلیل انتخابات هیئت رئیسه مجلس"),
    # «به علت ...،» between two clauses: the reason alone
    ("چرا دهلی نو از پروژه کناره گرفت؟", PIPELINE, "«به علت فشارهای آمریکا»"),
    # «علت ... چه بود»: the «بر اثر» clause, in Persian letters
    ("علت کشته شدن ۶۰ نفر در دریای عربی چه بود؟", BOAT, "«بر اثر واژگون شدن یک لنج مسافربری در دریای عربی"),
    # «به همین دلیل»: the clause before it is the reason
    ("واسه چی سرمربی استقلال کارت زرد گرفت؟", REFEREE, "«اعتراض جواد نکونام هم در این صحنه بی‌مورد بود»"),
    # «علت اینکه X، این بود که Y»: the noun's clause and the one that states it
    ("چرا نمایشگاه مطبوعات با تاخیر برگزار شد؟", PRESS, "این بود که قصد داشتیم نمایشگاه مطبوعات در کنار"),
    # «X را عامل Y دانست» in the lead, not the headline's «دو دلیل»
    ("علت کاهش قیمت طلا چیست؟", GOLD, "بهبود بورس در آمریکا و افزایش ارزش دلار را عامل کاهش قیمت طلا دانست»"),
    # «در نتیجه»: the clause before is the reason of what follows, which the question asks about
    ("چرا ذوالقدر در سمتش باقی ماند؟", STAYED, "این استعفا با مخالفت مسعود پزشکیان روبه‌رو شد»"),
    # the next sentence opens with «چون»: it gives the reason of this one
    ("چرا ایران تشنه توافق است؟", DEAL, "«چون تولید ناخالص داخلی آنها ۲۸ درصد افت پیدا کرده است»"),
    # «به این دلیل ... که Y»: the «که» clause after it is the reason, not the sentence before
    ("چرا اصلاح طلبا تو انتخابات شکست خوردن؟", REFORM, "«به این دلیل قافیه را به رقیب باختند که مطالبات پایگاه رای‌شان"),
    # «چنان X کرد که Y»: X, asked about Y in the report's own words
    ("چرا رژیم صهیونیستی خواهان آتش بس شد؟", TRUCE, "«چنان پوزه رژیم صهیونیستی را به خاک مالید»"),
    # «به گفته X چرا ...» (according to X) asks why, not what X said; «اسرائیل» asked is the
    # report's «رژیم صهیونیستی»
    ("به گفته علیزاده چرا اسرائیل اتش بس خواست", TRUCE, "«چنان پوزه رژیم صهیونیستی را به خاک مالید»"),
])
def test_reason_answered(question: str, copy: str, reason: str) -> None:
    answer = _ask(question, copy)
    first = answer.text.splitlines()[0]
    assert ("why", True, True) == (answer.kind, first.startswith("دلیل، "), reason in first), answer.text


# 0117_fars_astandar_thran_bh_jlsh.txt (one sentence): the report itself says it is not known why
GOVERNOR = (" date 2012-08-07\nاستاندار تهران به جلسه نیامد/انتقاد شدید اعضای شورای شهر\n"
            "رئیس شورای اسلامی شهر تهران افزود: بنده به‌طور شخصی نیز از وی دعوت کرده بودم تا در جلسه امروز "
            "شورا حاضر شود اما مشخص نیست استاندار تهران به چه دلیلی در این جلسه حاضر نشد.")


@pytest.mark.parametrize(("question", "copy", "quoted"), [
    # «با خودداری ...» is no reason marker: the bot says the report gives none, never guesses
    ("چرا سفر هیئت هلندی به مصر لغو شد؟", TRIP, "این سفر لغو شد"),
    # «در نتیجه» gives the reason of staying, not of the resignation the question asks about
    ("به چه دلیل ذوالقدر استعفا داد؟", STAYED, "استعفای خود را ارائه کرده بود"),
    # «مشخص نیست ... به چه دلیلی»: the report says nobody knows; its sentence is quoted
    ("چرا استاندار تهران در جلسه شورا حاضر نشد؟", GOVERNOR, "مشخص نیست استاندار تهران به چه دلیلی"),
])
def test_no_reason_is_said_plainly_with_the_nearest_sentence(question: str, copy: str, quoted: str) -> None:
    answer = _ask(question, copy)
    lines = answer.text.splitlines()
    assert (NOT_SAID, True, True) == (lines[0], quoted in lines[1], lines[2].startswith("📰")), answer.text


def test_cause_not_known_is_no_reason() -> None:
    # 0635_tgvahidonline_si_an_an_mnab.txt: «مشخص نیست که ... دلایل اصلی ... بوده‌اند»
    sentence = ("در حال حاضر مشخص نیست که آیا این نگرانی یا هشدار درباره تشدید جنگ، دلایل اصلی توقف حملات "
                "پیاپی شبانه آمریکا بوده‌اند یا اینکه این توقف ادامه خواهد یافت.")
    found = reason_in(sentence, ("توقف", "حملات"))
    assert UNKNOWN == (found.kind if found else None)


def test_nothing_on_the_topic_is_not_found() -> None:
    # no sentence covers the question: the usual «not found», no sentence of another topic
    answer = _ask("چرا مسابقه فوتبال لغو شد؟", PIPELINE)
    assert (False, NOT_FOUND) == (answer.found, answer.text)


@pytest.mark.parametrize(("sentence", "reason"), [
    # 0015_fars_atmad_az_shhrdari_ahiai.txt: «به خاطر دارم» is «I remember»; «زیرا» gives the reason
    ("من امیدوارم شهردار تهران نظر ویژه‌ای به این موضوع داشته باشد، زیرا به خاطر دارم ایشان از احیای "
     "فرهنگی هنری «لاله‌زار» استقبال کردند.",
     "زیرا به خاطر دارم ایشان از احیای فرهنگی هنری «لاله‌زار» استقبال کردند"),
    # 0163_fars_thrim_hai_jdid_lih.txt: the marker nearest the question's words wins
    ("رویترز اعلام کرد:درحالی‌که قیمت نفت روز گذشته به علت تحریم‌های ایران بالا رفت، طی هفته گذشته نیز "
     "افزایش 2 درصدی را ثبت کرد.", "به علت تحریم‌های ایران بالا رفت"),
    # 0168_fars_ps_az_tfahm_ba.txt (shortened): «علت این امر ...»: from the noun on, not the clause before it
    ("وی ادامه داد: من این موضوع را برای شما روشن می‌کنم که من هم مورد تهدید داعش قرار گرفته‌ام و علت "
     "این امر دوستی من با پاپ فرانسیسکو است.", "علت این امر دوستی من با پاپ فرانسیسکو است"),
    # 0080_fars_prvndh_hai_mhm_ahtkar.txt: «اقلامی چون ...» is «such as», no reason
    ("پرونده‌های مهم احتکار در یک هفته گذشته در مورد اقلامی چون انواع سوخت، برنج، پوشک بچه، رب گوجه فرنگی "
     "و لاستیک بود که توسط گشت‌های تعزیرات در استان‌های مختلف کشور کشف شدند.", None),
    # 0118 headline: a count of reasons with no verb gives none
    ("دو دلیل کاهش قیمت طلا/ اثرگذاری تحویل سکه‌های پیش‌فروش بر قیمت‌ها", None),
    # 0431_khabaronline_aia_mahi_ha_niz.txt (shortened): «به این دلیل که Y» gives Y
    ("پرسش از یک ماهی درباره‌ی داشتن زبان، معمولاً پاسخی به همراه ندارد؛ نه‌تنها به این دلیل که ماهی "
     "نمی‌تواند صحبت کند، بلکه چون پاسخ این پرسش کمی پیچیده است.", "به این دلیل که ماهی نمی‌تواند صحبت کند"),
    # 0063_fars_hiat_brzkhi_az_didgah.txt (shortened): «چنان‌که» is «as», no reason
    ("برخی از آیات قرآن به‌روشنی بیانگر وجود عالم برزخ و ویژگی‌های آن است، چنان‌که حیات جاویدان شهیدان "
     "راه خدا و پاداش‌های آنان گواه روشنی بر عالم برزخ است.", None),
    # 0928_tgnewshut_hgst_vzir_jng_amrika.txt: «به همین دلیل است که» looks back (the sentence
    # before is the reason), never ahead to the «که» clause
    ("به همین دلیل است که ما سعی نکرده‌ایم جامعه ایران را از نو بسازیم", None),
])
def test_reason_in_a_sentence(sentence: str, reason: str | None) -> None:
    found = reason_in(sentence, ("قیمت", "نفت"))
    assert reason == (found.text if found else None)
