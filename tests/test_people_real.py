"""Who speaks and what they said, on short excerpts of real corpus texts
(/work/shared/corpus/articles, named in each case's comment)."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.parse import parse

TODAY = dt.date(2025, 9, 9)


def _speakers(raw: str) -> list[tuple[str, tuple[str, ...], str]]:
    """(speaker name, speaker roles, statement text) of each statement, in order."""
    article = parse(raw, today=TODAY)
    return [(article.persons[s.speaker].name, article.persons[s.speaker].roles, s.text) for s in article.statements]


SPEAKERS = [
    # 0041_fars_msyvl_frvsh_blit_jam.txt: a foreign name, known only by its apposition to a role
    ("مسئول فروش بلیت جام جهانی از آلمان اخراج شد\n"
     "مارکوس زیگلر، سخنگوی فیفا در این خصوص گفت: بحمی مسئول تقسیم و فروش بلیت مسابقات بوده است.",
     "مارکوس زیگلر", "سخنگوی فیفا", "بحمی مسئول تقسیم"),
    # 0496_radiofarda_rkvrd_dh_salh_hjm.txt: a rarer first name («اتابک») before «، ROLE»; a perfect verb
    ("رکورد ده ساله حجم آب دریاچه ارومیه شکست\n"
     "اتابک جعفری، مدیرعامل شرکت آب‌ منطقه‌ای آذربایجان غربی گفته است با رسیدن آب دریاچه ارومیه به ۵ "
     "میلیارد متر مکعب، رکورد حجم آب این دریاچه شکسته شد.",
     "اتابک جعفری", "مدیرعامل شرکت آب منطقه‌ای آذربایجان غربی", "با رسیدن آب دریاچه"),
    # 0800_tgakhbarefori_afshai_gri_v_bhanh.txt: a source that is not a named person
    ("افشاگری درباره مدرسه میناب\n"
     "یک مقام آمریکایی با شرط فاش نشدن نام به آسوشیتدپرس گفت که پنتاگون از همان ابتدا می‌دانست که "
     "مدرسه میناب مورد اصابت قرار گرفته است.",
     "یک مقام آمریکایی", None, "پنتاگون از همان ابتدا"),
    # 0205_fars_40_drsd_az_rshd.txt: «خبرگزاری فارس:» is a label, the role after it speaks
    ("۴۰ درصد از رشد بهره‌وری\n"
     "خبرگزاری فارس: قائم‌مقام مدیر عامل گروه شرکتهای همکاران سیستم گفت: نتایج مطالعات دانشگاه هاروارد "
     "نشان می‌دهد، ۴۰ درصد از رشد بهره‌وری ناشی از فناوری اطلاعات بوده است.",
     "قائم‌مقام مدیر عامل گروه شرکتهای همکاران سیستم", None, "نتایج مطالعات دانشگاه"),
]


@pytest.mark.parametrize(("raw", "name", "role", "said"), SPEAKERS)
def test_speaker_of_real_excerpts(raw: str, name: str, role: str | None, said: str) -> None:
    found = _speakers(raw)
    assert found, "no statement"
    speaker, roles, text = found[-1]
    assert name == speaker
    if role is not None:
        assert role in roles
    assert text.startswith(said)


LEAD_INS = [
    # 0809_tgakhbarefori_ablagh_piam_vizhh_rhbr.txt: «بر ... تأکید کرد و گفت:» — what was stressed is said too
    ("ابلاغ پیام ویژه رهبر\n"
     "نماینده اعزامی رهبر معظم انقلاب به سیستان و بلوچستان، ضمن ابلاغ پیام ایشان به مردم منطقه، بر نقش "
     "راهبردی وحدت، ایثار و حضور مستمر در صحنه تأکید کرد و گفت: وحدت میان مردم شیعه و سنی رمز امنیت است.",
     "بر نقش راهبردی وحدت", "رمز امنیت است"),
]


@pytest.mark.parametrize(("raw", "stressed", "end"), LEAD_INS)
def test_lead_in_belongs_to_the_statement(raw: str, stressed: str, end: str) -> None:
    text = _speakers(raw)[-1][2]
    assert stressed in text
    assert end == text.rstrip(".")[-len(end):]


def test_role_only_mention_joins_its_named_holder() -> None:
    # 09-style shape seen across the corpus (e.g. 0496_radiofarda_rkvrd_dh_salh_hjm.txt): the lead names the
    # role only, the body gives «NAME، ROLE»; both statements belong to the named person
    raw = ("رکورد ده ساله حجم آب دریاچه ارومیه شکست\n"
           "مدیرعامل شرکت آب منطقه‌ای آذربایجان غربی گفت: حجم آب دریاچه ارومیه به ۵ میلیارد متر مکعب رسید.\n\n"
           "به گزارش ایرنا، اتابک جعفری، مدیرعامل شرکت آب منطقه‌ای آذربایجان غربی با اشاره به بارندگی‌ها "
           "افزود: تراز دریاچه ۲۱ سانتی‌متر افزایش یافته است.")
    found = _speakers(raw)
    assert ["اتابک جعفری", "اتابک جعفری"] == [name for name, _, _ in found]
