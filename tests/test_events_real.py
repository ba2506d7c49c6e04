"""Events and venues on short excerpts of real corpus texts found by tests/realcopy/checks.tsv
(/work/shared/corpus/articles, named in each case's comment)."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.parse import parse

TODAY = dt.date(2026, 12, 6)

# 0299_fars_nmaishgah_khvshnvisi_dr_sghz.txt (shortened): an exhibition in a gallery, and a
# conference «فردا» told of in the lead («در آستانه برگزاری همایش ...») and again at the end
# as «همایشی ... در محل سالن اجتماعات ...» with its date
SAQQEZ = (" date 2016-08-15\nنمایشگاه خوشنویسی در سقز برپا شده است\n"
          "به گزارش خبرگزاری فارس از سقز، نمایشگاه خوشنویسی در آستانه برگزاری همایش بزرگداشت شیخ حسن "
          "مولان‌آباد توسط 7 خوشنویس سقزی در این شهر برپا شد.\n"
          "این نمایشگاه به مدت یک هفته در محل نگارخانه اداره فرهنگ و ارشاد اسلامی شهرستان سقز در دو وقت "
          "زمانی صبح و عصر دایر و پذیرای عموم همشهریان هنردوست می باشد.\n"
          "فردا سه شنبه بیست و ششم مردادماه 95 همایشی در بزرگداشت آن عالم ربانی در محل سالن اجتماعات "
          "دانشگاه آزاد اسلامی واحد سقز با حضور اندیشمندان داخل و خارج از استان برگزار می‌شود.")


@pytest.mark.parametrize(("name", "expected"), [
    # «نگارخانه» (a gallery) is a venue head; the exhibition was only «سقز»
    ("نمایشگاه خوشنویسی", (None, "نگارخانه اداره فرهنگ و ارشاد اسلامی")),
    # «توسط» ends the name (it was «... مولان‌آباد توسط»); «همایشی» later in the text is the same
    # conference, with its own date and hall (it had the dateline's day and no venue)
    ("همایش بزرگداشت شیخ حسن مولان\u200cآباد", ("1395-05-26", "سالن اجتماعات دانشگاه آزاد اسلامی واحد")),
])
def test_event_date_and_venue(name: str, expected: tuple[str | None, str | None]) -> None:
    events = {e.name: (e.jalali, e.venue) for e in parse(SAQQEZ, today=TODAY).events}
    assert expected == events.get(name), events
