"""Who said what, sentence by sentence: short agency-style excerpts and the statements a
reader expects from them (speaker, quoted text, how the speaker was found). Each case pins
one rule of :mod:`knowledge.parse.statements` that the mutation run showed untested."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.parse import parse

TODAY = dt.date(2025, 9, 9)


def _statements(raw: str) -> list[tuple[str, str, str]]:
    """(speaker name, statement text, how the speaker was found) of each statement, in order."""
    article = parse(raw, today=TODAY)
    return [(article.persons[s.speaker].name, s.text, s.via) for s in article.statements]


CASES = [
    # «می‌توان گفت» in the reporter's own sentence is a figure of speech: nobody speaks in it,
    # and it is not the last speaker's talk either
    ("مذاکرات ادامه دارد\n"
     "عباس عراقچی گفت: ما به توافق نزدیک هستیم.\n"
     "به اعتقاد کارشناسان، می‌توان گفت مذاکرات به مرحله تازه‌ای رسیده است.",
     [("عباس عراقچی", "ما به توافق نزدیک هستیم.", "name")]),
    # the same with the modal opening the sentence («باید گفت که ...»)
    ("مذاکرات ادامه دارد\n"
     "عباس عراقچی گفت: ما به توافق نزدیک هستیم.\n"
     "باید گفت که مذاکرات به مرحله تازه‌ای رسیده است.",
     [("عباس عراقچی", "ما به توافق نزدیک هستیم.", "name")]),
    # the quote first, then «؛ این را ROLE گفت»: the role holder said it
    ("مذاکرات ادامه دارد\n"
     "«ما به توافق نزدیک هستیم»؛ این را وزیر امور خارجه گفت.",
     [("وزیر امور خارجه", "«ما به توافق نزدیک هستیم»", "role")]),
    # the quote first, then «، اینها را NAME، ROLE گفت»
    ("مذاکرات ادامه دارد\n"
     "«ما به توافق نزدیک هستیم»، اینها را عباس عراقچی، وزیر امور خارجه گفت.",
     [("عباس عراقچی", "«ما به توافق نزدیک هستیم»", "name")]),
    # the quote first, then «؛ اینرا وی گفت»: «وی» is the person the lead named
    ("مذاکرات ادامه دارد\n"
     "عباس عراقچی در تهران حضور یافت.\n"
     "«ما به توافق نزدیک هستیم»؛ این را وی به خبرنگاران گفت.",
     [("عباس عراقچی", "«ما به توافق نزدیک هستیم»", "pronoun")]),
    # a sentence about «وی» with no verb of saying does not replace the person «او گفت» stands for
    ("سفر به مسکو\n"
     "عباس عراقچی روز دوشنبه وارد مسکو شد.\n"
     "وی سپس به هتل محل اقامت خود رفت.\n"
     "او گفت: سفر موفقی بود.",
     [("عباس عراقچی", "سفر موفقی بود.", "pronoun")]),
    # «همچنین گفت که ...» with no subject: the last speaker, found from the context
    ("مذاکرات ادامه دارد\n"
     "عباس عراقچی گفت: ما به توافق نزدیک هستیم.\n\n"
     "همچنین گفت که دور بعدی مذاکرات هفته آینده برگزار می‌شود.",
     [("عباس عراقچی", "ما به توافق نزدیک هستیم.", "name"),
      ("عباس عراقچی", "دور بعدی مذاکرات هفته آینده برگزار می‌شود.", "context")]),
    # an unnamed source («یک مقام آگاه») speaks for itself
    ("حمله به کاروان\n"
     "یک مقام آگاه به خبرنگار ما گفت که کاروان در مرز متوقف شده است.",
     [("یک مقام آگاه", "کاروان در مرز متوقف\u200cشده است.", "source")]),
    # «NAME گفت» then «ROLE افزود» with nobody holding the role yet: the same person goes on
    ("بارش‌های پاییزی در فارس\n"
     "علیرضا کامرانی در جلسه شورای آبفا گفت: ذخایر سدها کاهش یافته است.\n"
     "استاندار فارس افزود: مصرف آب باید کاهش یابد.",
     [("علیرضا کامرانی", "ذخایر سدها کاهش\u200cیافته است.", "name"),
      ("علیرضا کامرانی", "مصرف آب باید کاهش یابد.", "role")]),
    # the role's holder was named earlier: «ROLE افزود» is that holder, not the last speaker
    ("بارش‌های پاییزی در فارس\n"
     "محمد جعفری، استاندار فارس گفت: ذخایر سدها کاهش یافته است.\n"
     "علیرضا کامرانی گفت: وضعیت مناسب است.\n"
     "استاندار فارس افزود: مصرف آب باید کاهش یابد.",
     [("محمد جعفری", "ذخایر سدها کاهش\u200cیافته است.", "name"),
      ("علیرضا کامرانی", "وضعیت مناسب است.", "name"),
      ("محمد جعفری", "مصرف آب باید کاهش یابد.", "role")]),
    # an object-first verb: what stands between the subject and «تأکید کرد» is what was said,
    # without the «در ادامه» / «همچنین» / «در پایان» / «هم» in front of it
    ("مذاکرات ادامه دارد\n"
     "عباس عراقچی در ادامه بر ضرورت ادامه مذاکرات تأکید کرد.",
     [("عباس عراقچی", "بر ضرورت ادامه مذاکرات تأکید کرد.", "name")]),
    ("مذاکرات ادامه دارد\n"
     "عباس عراقچی همچنین بر ضرورت ادامه مذاکرات تأکید کرد.",
     [("عباس عراقچی", "بر ضرورت ادامه مذاکرات تأکید کرد.", "name")]),
    ("مذاکرات ادامه دارد\n"
     "عباس عراقچی در پایان از دیپلمات‌ها خواست تا مذاکرات را ادامه دهند.",
     [("عباس عراقچی", "از دیپلمات‌ها خواست تا مذاکرات را ادامه دهند.", "name")]),
    ("مذاکرات ادامه دارد\n"
     "عباس عراقچی هم از دیپلمات‌ها خواست تا مذاکرات را ادامه دهند.",
     [("عباس عراقچی", "از دیپلمات‌ها خواست تا مذاکرات را ادامه دهند.", "name")]),
    # «ROLE افزود» right after the second of two named speakers: it is that second speaker
    ("بارش‌های پاییزی در فارس\n"
     "محمد جعفری گفت: ذخایر سدها کاهش یافته است.\n"
     "علیرضا کامرانی گفت: وضعیت مناسب است.\n"
     "استاندار فارس افزود: مصرف آب باید کاهش یابد.",
     [("محمد جعفری", "ذخایر سدها کاهش\u200cیافته است.", "name"),
      ("علیرضا کامرانی", "وضعیت مناسب است.", "name"),
      ("علیرضا کامرانی", "مصرف آب باید کاهش یابد.", "role")]),
    # the quote first, then «اینها را ROLE گفت» / «اینرا ROLE گفت» (no name to fall back on)
    ("مذاکرات ادامه دارد\n"
     "«ما به توافق نزدیک هستیم»، اینها را وزیر امور خارجه گفت.",
     [("وزیر امور خارجه", "«ما به توافق نزدیک هستیم»", "role")]),
    ("مذاکرات ادامه دارد\n"
     "«ما به توافق نزدیک هستیم»؛ اینرا وزیر امور خارجه گفت.",
     [("وزیر امور خارجه", "«ما به توافق نزدیک هستیم»", "role")]),
    # «تأکید کرد و گفت: ...» with nothing between the subject and the verbs: the statement is
    # what follows the colon, not the verbs themselves
    ("مذاکرات ادامه دارد\n"
     "عباس عراقچی تأکید کرد و گفت: مذاکرات ادامه دارد.",
     [("عباس عراقچی", "مذاکرات ادامه دارد.", "name")]),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_statements_of_excerpt(raw: str, expected: list[tuple[str, str, str]]) -> None:
    assert expected == _statements(raw)


def test_role_continuing_a_named_speaker_becomes_their_role() -> None:
    # «کامرانی گفت ...» then «استاندار فارس افزود»: the reader learns Kamrani is the governor
    article = parse("بارش‌های پاییزی در فارس\n"
                    "علیرضا کامرانی در جلسه شورای آبفا گفت: ذخایر سدها کاهش یافته است.\n"
                    "استاندار فارس افزود: مصرف آب باید کاهش یابد.", today=TODAY)
    assert [("علیرضا کامرانی", ("استاندار فارس",))] == [(p.name, p.roles) for p in article.persons]
