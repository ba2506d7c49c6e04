"""Segmenting pasted text: datelines, surtitles, headlines, hard wraps, footers."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.parse.segment import segment, split_sentences

HEADERS = [
    (" date 2025-11-08 پخش زنده\nتیتر خبر\nمتن خبر اول است.", dt.date(2025, 11, 8)),  # seed 000 style, leading space
    ("تاریخ انتشار: ۱۷ آبان ۱۴۰۴\nتیتر خبر\nمتن خبر اول است.", dt.date(2025, 11, 8)),  # Jalali in Persian digits
    ("تیتر خبر\nمتن خبر اول است.", None),  # no dateline
]


@pytest.mark.parametrize("raw, published", HEADERS)
def test_dateline(raw: str, published: dt.date | None) -> None:
    assert published == segment(raw).published


def test_hard_wrapped_paragraphs_are_rejoined() -> None:
    raw = (
        "عنوان خبر\n\n"
        "به گزارش ایرنا، وزیر بهداشت در نشست امروز با اشاره به\n\n"
        "افزایش موارد آنفلوآنزا در کشور گفت: مردم باید واکسن\n\n"
        "بزنند و در مکان‌های شلوغ ماسک بزنند.\n\n"
        "وی افزود: واکسن رایگان است.\n"
    )
    seg = segment(raw)
    assert "عنوان خبر" == seg.title
    texts = [s for _, s in seg.sentences]
    assert any("با اشاره به افزایش موارد" in s and "ماسک بزنند." in s for s in texts)  # one sentence again
    assert "وی افزود: واکسن رایگان است." == texts[-1]


def test_one_paragraph_a_line_is_not_joined() -> None:
    raw = "تیتر\nوی افزود: باید آموزش داده شود\nبه گفته طالبی، تولید محتوا ضعیف است.\n"
    texts = [s for _, s in segment(raw).sentences]
    assert ["تیتر", "وی افزود: باید آموزش داده شود", "به گفته طالبی، تولید محتوا ضعیف است."] == texts


SURTITLES = [
    ("در آیین گشایش هفته پژوهش مطرح شد\nرییس دانشگاه: بودجه دو برابر شد\nبه گزارش ایسنا، متن.", "در آیین گشایش هفته پژوهش مطرح شد"),  # «مطرح شد»
    ("در اولین کارگاه عنوان شد:\nتیتر اصلی\nمتن خبر است.", "در اولین کارگاه عنوان شد:"),  # colon
    ("تیتر اصلی\nبه گزارش ایسنا، متن خبر است.\nجمله دوم.", None),  # headline only
]


@pytest.mark.parametrize("raw, surtitle", SURTITLES)
def test_surtitle(raw: str, surtitle: str | None) -> None:
    assert surtitle == segment(raw).surtitle


def test_agency_footer_is_dropped() -> None:
    raw = "تیتر\nبه گزارش ایسنا، وزیر گفت: کار تمام شد.\nانتهای پیام/\n"
    assert ((0, "تیتر"), (1, "به گزارش ایسنا، وزیر گفت: کار تمام شد.")) == segment(raw).sentences


SPLITS = [
    ("جمله اول. جمله دوم؟ جمله سوم!", ["جمله اول.", "جمله دوم؟", "جمله سوم!"]),  # three end marks, each kept
    ("نرخ ۲.۵ درصد شد.", ["نرخ ۲.۵ درصد شد."]),  # a decimal point is not an end
    ("محدودیت‌های تردد و ...، ضرورت دارد.", ["محدودیت‌های تردد و ...، ضرورت دارد."]),  # an ellipsis inside a sentence
]


@pytest.mark.parametrize("paragraph, expected", SPLITS)
def test_split_sentences(paragraph: str, expected: list[str]) -> None:
    assert expected == split_sentences(paragraph)
