"""Telegram posts (corpus texts from channel mirrors): headline, sentences and footer."""

from __future__ import annotations

from knowledge.parse.segment import segment

# 0813_tgakhbarefori_fla_khbri_az_tshilat.txt (shortened): an emoji line above the headline,
# an inline hashtag on its own line, emoji bullets between paragraphs, the handle below.
AKHBAREFORI = """ date 2026-08-10
♦️
فعلا خبری از تسهیلات کسب‌وکارهای اینترنتی نیست
رضا الفت‌نسب، رئیس اتحادیه کشوری کسب و کارهای مجازی در
#گفتگو
با خبرفوری:
🔹
با وجود پیگیری‌ها از نهادهای دولتی، فعلا برنامه جدیدی اعلام نشده است.
@Tv_Fori
"""

# 0766_tgfarsna_sazman_mll_jng_lih.txt (shortened): the headline broken over two lines,
# then the handle, «-» and «Link».
FARSNA = """ date 2026-06-05
سازمان ملل: جنگ علیه ایران میلیون‌ها نفر را در
معرض گرسنگی حاد قرار داده است
🔹
در صورت ادامهٔ درگیری‌ها در خاورمیانه، ۴۵ میلیون نفر ممکن است با ناامنی حاد غذایی روبه‌رو شوند.
@Farsna
-
Link
"""

# 0720_tgfarsna_vzgh_nadan_v_mar.txt (shortened): a tag line closes the post.
TAGGED = """ date 2026-05-25
وزغ نادان و مار پیر
🔹
مار با این حماقتِ پادشاه، به مقصود خود رسید.
#حکایت
@Farsna
"""


def test_headline_is_the_first_line_with_words() -> None:
    assert "فعلا خبری از تسهیلات کسب\u200cوکارهای اینترنتی نیست" == segment(AKHBAREFORI).title


def test_a_line_broken_mid_sentence_is_one_sentence_with_its_hashtag_as_a_word() -> None:
    texts = [s for _, s in segment(AKHBAREFORI).sentences]
    assert "رضا الفت\u200cنسب، رئیس اتحادیه کشوری کسب و کارهای مجازی در گفتگو با خبرفوری:" in texts


def test_footer_lines_are_not_sentences() -> None:
    for raw in (AKHBAREFORI, FARSNA, TAGGED):
        texts = [s for _, s in segment(raw).sentences]
        assert [] == [s for s in texts if "@" in s or s in {"-", "Link", "🔹", "♦️"} or s.startswith("#")]


def test_headline_broken_over_two_lines_is_joined() -> None:
    assert "سازمان ملل: جنگ علیه ایران میلیون\u200cها نفر را در معرض گرسنگی حاد قرار داده است" == segment(FARSNA).title


def test_tag_line_is_dropped_and_the_story_kept() -> None:
    assert ["وزغ نادان و مار پیر", "مار با این حماقت پادشاه، به مقصود خود رسید."] == [
        s for _, s in segment(TAGGED).sentences]
