"""Three classes of question about news, each answered by a sentence of a certain shape, on short
excerpts of /work/shared/corpus/articles (named in each case's comment):

* amounts — «برای X چقدر خرج شد؟», «بودجه X چنده؟», «چند نفر ...؟»: the sentence that gives the figure
  with its unit (a currency for a sum of money, «نفر» for people), the whole before a part;
* organisers — «برگزارکننده/متولی X کیه؟», «X رو کی برگزار کرد؟»: the sentence that says who held it;
* lists — «X تو چه قالب‌هایی ...؟»: the sentence that enumerates them.

Near cases keep their reading: «X کی برگزار شد؟» is when, «چه کسانی ...» the people of a report."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer import Answer
from knowledge.answer.question import parse_question
from tests.conftest import ask_over

TODAY = dt.date(2026, 12, 7)


def _ask(question: str, *copies: str) -> Answer:
    return ask_over(question, *copies, today=TODAY)


# -- amounts ---------------------------------------------------------------------------------------

# 0171_fars_80_dlal_darvi_tghlbi.txt (shortened): a count of the fake drugs and their worth in rials
DRUGS = (" date 2006-07-02\n80 دلال داروي تقلبي در خيابان ناصرخسرو دستگير شدند\n"
         "سردار طلايي در جمع خبرنگاران اعلام كرد: كشف 700 هزار قلم داروي تقلبي و غير مجاز كه سلامت جامعه را "
         "هدف گرفته، از اقدامات آگاهي تهران است.\n"
         "طلايي ارزش تقريبي داروهاي تقلبي كشف شده را 10 ميليارد ريال عنوان كرد.\n")

# 0183_fars_sal_90_sal_paih.txt (shortened): a part of the dormitory's money, its capacity, the whole's
DORM = (" date 2011-08-28\nسال 90، سال پایه برای ورزش آبادان است\n"
        "خبرگزاری فارس: رئیس تریبت‌بدنی آبادان گفت: سال 90 سال پایه برای ورزش آبادان به شمار می‌رود.\n"
        "تهذیبی: بله،100 میلیون تومان برای ساخت یک طبقه خوابگاه تربیت‌بدنی در سال 87 مصوب شد. "
        "در سال89 پیگیری کردیم و وی را مجاب کردیم تا این خوابگاه در سه طبقه ساخته شود."
        "ظرفیت آن را از 80نفر به 250 نفر ارتقاء دادیم. "
        "کلنگ ساخت این خوابگاه مصادف با سالگرد اولین نماز جمعه جمهوری اسلامی، تاریخ پنجم مرداد 1390 زده شد تا "
        "خوابگاه تربیت بدنی آبادان با اعتبار 550 میلیون تومانی ساخته شود.\n")

# 0878_tgalonews_aksivs_gzarsh_dad_shrkt.txt (shortened): the missile's unveiling (its name holds a
# figure, «PAC-3») and its cost in dollars
PAC = (" date 2026-07-29\n👈\nآکسیوس گزارش داد شرکت لاکهید مارتین از موشک رهگیر جدید PAC-3 ACE رونمایی کرده "
       "است؛ محصولی که با هدف پاسخ به افزایش تقاضا برای سامانه‌های پدافند هوایی، کاهش هزینه تولید و مقابله با "
       "تهدیداتی مانند پهپادها، موشک‌های کروز و موشک‌های بالستیک توسعه یافته است.\n🔴\n"
       "بر اساس این گزارش، هزینه هر فروند PAC-3 ACE حدود ۲ میلیون دلار و کمتر از نصف مدل فعلی PAC-3 MSE "
       "برآورد می‌شود.\n")

# 0311_fars1402_ahia_hvit_mhlat_ba.txt (shortened): the city's help for mosques, its budget, a count
MOSQUES = (" date 2023-08-21\nاحیاء هویت محلات با محوریت مساجد\n"
           "شهرداری تهران با همین رویکرد، یکسری تسهیلات را برای تشویق مردم به مسجد سازی درنظر گرفته است که از آن "
           "جمله می توان به کمک مالی برای ساخت مسجد، اهداء زمین، عدم دریافت هزینه های مربوط به صدور پروانه احداث "
           "مسجد، رفع موانع موجود و.\n"
           "وی گفت: در همین راستا، سال گذشته حدود 40 میلیارد تومان بودجه برای این مهم تخصیص یافت که کل این مبلغ جذب "
           "شد و این بودجه در سال جاری به حدود 350 میلیارد تومان افزایش یافت، البته کمک های مالی ما برای احداث "
           "مساجد حدود 30 الی 40 درصد هزینه ها را شامل می شود و مابقی هزینه ها می بایست توسط مردم تامین شود.\n"
           "همچنین در سال جاری، احداث حداقل 20 مسجد در دستور کار قرار داد.\n")

# 0099_fars_kmbvd_atbar_mhmtrin_mshkl.txt (shortened): families, a shop's money, coupons per person
EMDAD = (" date 2012-01-28\nکمبود اعتبار مهمترین مشکل امداد برای پرداخت عیدی به مددجویان است\n"
         "به گزارش خبرنگار اجتماعی فارس؛ حسین انواری در حاشیه افتتاح فروشگاه نوروزی امداد گفت: کمیته امداد "
         "جشن خودکفایی را برای ۸۰ هزار خانواده برگزار خواهد کرد.\n"
         "عضو شورای مرکزی کمیته امداد در خصوص فروشگاه نوروزی امسال مجموعه امداد تأکید کرد: حدود ۴ میلیارد "
         "تومان اعتبار برای امسال در نظر گرفته شده است که به صورت بن در اختیار مددجویان قرار می‌گیرد.\n"
         "سرپرست کمیته امداد گفت: در فروشگاه نوروزی بین یک الی دو بن به هر نفر داده می‌شود.\n")


@pytest.mark.parametrize(("question", "copy", "expected"), [
    # worth asked: the rials, not the count of the drugs that holds the same words
    ("ارزش داروهای تقلبی کشف شده چقدر بود؟", DRUGS, "10 میلیارد ریال"),
    # «چقدر خرج شد»: the dormitory's 550 million, not the one floor's 100 million
    ("برای ساخت خوابگاه تربیت بدنی آبادان چقدر خرج شد؟", DORM, "550 میلیون"),
    # the cost in dollars, not the unveiling that holds «هزینه تولید» and the figure of «PAC-3»
    ("هزینه تولید موشک رهگیر PAC-3 ACE چقدره؟", PAC, "۲ میلیون دلار"),
    # «ساخت» asked, «احداث» written, «خرج» asked, «هزینه» written (data/wording.tsv): the budget in
    # tomans, not the count of mosques
    ("شهرداری برای ساخت مساجد چقدر خرج میکنه؟", MOSQUES, "350 میلیارد تومان"),
    # «بودجه X چنده؟»: the money of the shop, in tomans
    ("بودجه فروشگاه نوروزی امداد چنده؟", EMDAD, "۴ میلیارد"),
    # near case, as before: «چند خانواده» is the count of families, no currency asked
    ("جشن خودکفایی برای چند خانواده برگزار میشه؟", EMDAD, "۸۰ هزار خانواده"),
])
def test_amount_with_its_unit(question: str, copy: str, expected: str) -> None:
    answer = _ask(question, copy)
    assert ("quantity", True) == (answer.kind, expected in answer.text), answer.text


# -- organisers ------------------------------------------------------------------------------------

# 0441_khabaronline_akhrin_fhrst_rah_iaftgan.txt (shortened): the festival's finalists, then who holds it
MUSIC = (" date 2025-08-22\nآخرین فهرست راه‌یافتگان به مرحله نهایی جشنواره موسیقی جوان اعلام شد\n"
         "دبیرخانه هجدهمین جشنواره ملی موسیقی جوان اسامی راه‌یافتگان در بخش موسیقی دستگاهی ساز عود را اعلام کرد.\n"
         "اسامی برگزیدگان بخش‌های آهنگسازی، پیانوی ایرانی و ویُلن ایرانی در اختتامیه هجدهمین جشنواره ملی "
         "موسیقی جوان اعلام خواهد شد.\n"
         "هجدهمین جشنواره ملی موسیقی جوان به دبیری حمیدرضا اردلان توسط انجمن موسیقی ایران با حمایت دفتر موسیقیِ "
         "معاونت امور هنری وزارت فرهنگ و ارشاد اسلامی برگزار می‌شود و تاریخ دقیق و محل برگزاری مرحله دوم "
         "متعاقباً اعلام خواهد شد.\n")

# 0213_fars_brgzari_ardvi_tfrihi_amvzshi.txt (shortened): a camp held by the welfare office
CAMP = (" date 2015-12-03\nبرگزاری اردوی تفریحی آموزشی برای دانش‌آموزان معلول قیروکارزین\n"
        "به گزارش خبرگزاری فارس از قیروکارزین، عصر امروز و به مناسبت روز جهانی معلولان، اردوی تفریحی آموزشی "
        "دانش‌آموزان معلول در کانون پرورش فکری کودکان و نوجوانان آغاز شد.\n"
        "اردوی تفریحی آموزشی برای دانش‌آموزان معلول قیروکارزین توسط بهزیستی این شهرستان با همکاری مدرسه "
        "استثنایی برگزار شد.\n"
        "در این اردو دانش‌آموزان با فعالیت‌های کانون آشنا شدند.\n")

# 0254_fars_khshm_khtrnak_trin_ahsas.txt (shortened): a workshop «به همت» a staff
WORKSHOP = (" date 2020-01-11\nخشم، خطرناک ترین احساس منفی در زندگی/ همسران موفق اهل گذشت هستند\n"
            "مرتضی روحانی مدرس دانشگاه و مشاور خانواده در کارگاه آموزشی «مهروماه» به تبیین نحوه مدیریت روابط "
            "همسران پرداخت.\n"
            "به گزارش خبرنگار تشکل‌های خبرگزاری فارس، به همت ستاد ازدواج دانشجویی نهاد نمایندگی مقام معظم رهبری "
            "در دانشگاه‌ها، کارگاه آموزشی «مهروماه» ویژه زوج های شرکت کننده در ازدواج دانشجویی برگزار شد.\n")


@pytest.mark.parametrize(("question", "copy", "expected"), [
    # «برگزارکننده X کیه؟»: the body «توسط ... برگزار می‌شود», not the finalists' sentences
    ("برگزارکننده جشنواره موسیقی جوان کیه؟", MUSIC, "انجمن موسیقی ایران"),
    # «X رو کی برگزار میکنه؟» (singular): who, not when
    ("جشنواره ملی موسیقی جوان رو کی برگزار میکنه؟", MUSIC, "انجمن موسیقی ایران"),
    # «X رو کی برگزار کرد؟», the welfare office
    ("اردوی تفریحی دانش‌آموزان معلول رو کی برگزار کرد؟", CAMP, "توسط بهزیستی"),
    # «متولی X کیه؟»
    ("متولی اردوی دانش‌آموزان معلول قیروکارزین کی بود؟", CAMP, "توسط بهزیستی"),
    # «X به همت چه کسی برگزار شد؟»
    ("کارگاه مهروماه به همت چه کسی برگزار شد؟", WORKSHOP, "ستاد ازدواج دانشجویی"),
    # «چه نهادی X رو برگزار کرد؟»
    ("چه نهادی کارگاه آموزشی مهروماه رو برگزار کرد؟", WORKSHOP, "ستاد ازدواج دانشجویی"),
])
def test_organiser(question: str, copy: str, expected: str) -> None:
    answer = _ask(question, copy)
    assert ("organiser", True) == (answer.kind, expected in answer.text), answer.text


# -- lists -----------------------------------------------------------------------------------------

# 0085_fars_arsal_1000_asr_bh.txt (shortened): the count of works, then the fields they came in
MASAF = (" date 2014-07-13\nارسال ۱۰۰۰ اثر به نخستین جشنواره فرهنگی و هنری «مصاف»\n"
         "دبیر نخستین جشنواره «مصاف» با اعلام ارسال ۱۰۰۰ اثر به دبیرخانه این جشنواره، استقبال مخاطبان را از "
         "بخش‌های مختلف جشنواره مصاف بسیار چشمگیر دانست.\n"
         "به گفته وی، تاکنون بیش از 1000 اثر در حوزه‌هایی همچون داستان کوتاه و بلند، شعر، نمایشنامه و فیلمنامه، "
         "پوستر، کاریکاتور، فیلم داستانی، مستند، انیمیشن، یادداشت و مقالات علمی به دبیرخانه جشنواره ارسال شده است.\n"
         "حسینی ادامه داد: مهلت ارسال آثار به جشنواره مصاف تا پایان تیر سال جاری خواهد بود.\n")


@pytest.mark.parametrize(("question", "expected"), [
    # «تو چه حوزه‌هایی»: the enumeration, not the sentence of «بخش‌های مختلف»
    ("آثار جشنواره مصاف تو چه حوزه‌هایی بود؟", "کاریکاتور"),
    # «چه بخش‌هایی» typed without the half-space
    ("جشنواره مصاف چه بخش هایی داره؟", "کاریکاتور"),
    # «کدام قالب‌ها»
    ("آثار جشنواره مصاف در کدام قالب‌ها ارسال شده؟", "کاریکاتور"),
])
def test_list(question: str, expected: str) -> None:
    answer = _ask(question, MASAF)
    assert ("list", True) == (answer.kind, expected in answer.text), answer.text


@pytest.mark.parametrize(("question", "kind"), [
    # when it was held, not who: no holder noun, no «رو کی ... کرد»
    ("جشنواره موسیقی جوان کی برگزار میشه؟", "when"),
    ("اردوی دانش‌آموزان معلول کی برگزار شد؟", "when"),
    # a plural verb after «رو کی» stays «when», as «رو کی افتتاح کردن»
    ("جشنواره رو کی برگزار کردن؟", "when"),
    # the people of a report, the report's news and its happenings keep their kinds
    ("چه کسانی در کارگاه مهروماه صحبت کردند؟", "list_people"),
    ("چه خبرهایی درباره جشنواره مصاف هست؟", "which_article"),
    # a figure, «چقدر» without money, stays a quantity
    ("جشنواره مصاف چند اثر داشت؟", "quantity"),
])
def test_near_cases_keep_their_reading(question: str, kind: str) -> None:
    assert kind == parse_question(question, today=TODAY).kind


@pytest.mark.parametrize(("question", "kind"), [
    # places asked in the plural stay «where» («کدام شهرها»), as in the singular
    ("جشنواره در کدام شهرها برگزار شد؟", "where"),
])
def test_places_stay_where(question: str, kind: str) -> None:
    assert kind == parse_question(question, today=TODAY).kind


@pytest.mark.parametrize(("question", "kind"), [
    # one thing with «ای» («برنامه‌ای», search form «برنامهای») is no plural: not a list
    ("برای دانشجوها چه برنامه‌ای دارن؟", "topic"),
    # a person's posts stay person_role
    ("حسین مظفری چه سمت هایی داره؟", "person_role"),
])
def test_no_list(question: str, kind: str) -> None:
    assert kind == parse_question(question, today=TODAY).kind


# 0045_fars_tbdil_alaindh_hai_rngi.txt (shortened): «مجری این طرح» is a person's title
TEXTILE = (" date 2015-07-11\nتبدیل آلاینده‌های رنگی پساب نساجی به آب و دی اکسید کربن\n"
           "محققان دانشکده مهندسی نساجی دانشگاه صنعتی امیرکبیر روش پیشرفته‌ای را برای حذف آلاینده‌های رنگی "
           "پساب‌های صنایع نساجی ابداع کردند.\n"
           "به گزارش گروه دانشگاه خبرگزاری فارس به نقل از روابط عمومی دانشگاه صنعتی امیرکبیر، المیرا پژوتن مجری "
           "این طرح با بیان اینکه در این مطالعات تلاش شد تا روشی برای تصفیه پساب صنایع نساجی ارائه شود، گفت: "
           "پساب‌های نساجی، رنگی، کدر و دارای ذرات معلق هستند.\n")


def test_holder_title_is_a_person() -> None:
    # «مجری طرح X کیه؟»: the sentence that names the person who holds the title
    answer = _ask("مجری طرح تصفیه پساب نساجی کیه؟", TEXTILE)
    assert ("organiser", True) == (answer.kind, "المیرا پژوتن مجری این طرح" in answer.text), answer.text
