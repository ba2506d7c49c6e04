"""Admins: /add (four ways), /articles, /delete, /stats, and who counts as an admin — offline."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pytest

from bot import texts
from bot.handlers import admin

from .conftest import ADMIN, BOT, GROUP, USER, Call, Harness

pytestmark = pytest.mark.anyio

ARTICLE = """date 2025-11-09 خبرگزاری آزمون
هشدار مدیرعامل آب و فاضلاب شیراز درباره ذخایر سدها

به گزارش خبرگزاری آزمون، علی رضایی مدیرعامل شرکت آب و فاضلاب شیراز روز یکشنبه ۱۸ آبان در نشست خبری گفت: مصرف آب باید بیست درصد کاهش یابد و مردم همکاری کنند.

وی افزود: ذخایر سد درودزن به کمترین میزان در ده سال گذشته رسیده است.
"""
HTML_ARTICLE = ARTICLE.replace("هشدار مدیرعامل", "هشدار <b>مدیرعامل</b> &").replace(
    "بیست درصد", "<b>بیست درصد</b> & بیشتر")
ANONYMOUS = {"id": 1087968824, "is_bot": True, "first_name": "Group", "username": "GroupAnonymousBot"}


def sent(calls: list[Call], method: str = "sendMessage") -> list[Call]:
    return [c for c in calls if c.method == method]


def last_text(calls: list[Call]) -> str:
    return sent(calls)[-1].text


def document(file_id: str, name: str, size: int, mime: str = "text/plain") -> dict[str, Any]:
    return {"file_id": file_id, "file_unique_id": "u" + file_id, "file_name": name, "mime_type": mime,
            "file_size": size}


async def test_add_by_non_admin_is_refused_and_stores_nothing(harness: Harness) -> None:
    before = harness.stats()
    calls = await harness.send("/add\n" + ARTICLE, user=USER)
    assert last_text(calls) == texts.NOT_ADMIN
    assert harness.stats() == before


async def test_add_then_ask_about_the_new_article(harness: Harness) -> None:
    before = harness.stats()["articles"]
    summary = last_text(await harness.send("/add\n" + ARTICLE, user=ADMIN))
    assert harness.stats()["articles"] == before + 1
    assert f"خبر {before + 1}".translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")) in summary
    assert "<b>هشدار مدیرعامل آب و فاضلاب شیراز درباره ذخایر سدها</b>" in summary
    assert "۱۸ آبان ۱۴۰۴" in summary and "2025-11-09" in summary
    assert "علی رضایی — مدیرعامل شرکت آب و فاضلاب شیراز" in summary
    assert "گفته‌ها: ۲" in summary
    answer = last_text(await harness.send("رضایی چه گفت؟", user=USER))
    assert "علی رضایی" in answer and "مصرف آب باید بیست درصد کاهش یابد" in answer
    assert "هشدار مدیرعامل آب و فاضلاب شیراز" in answer  # cites the new article


async def test_add_same_article_twice_reports_the_first_id(harness: Harness) -> None:
    await harness.send("/add " + ARTICLE, user=ADMIN)
    count = harness.stats()["articles"]
    again = last_text(await harness.send("/add " + ARTICLE, user=ADMIN))
    assert "این خبر پیش‌تر با شناسه ۳ افزوده شده است" in again
    assert harness.stats()["articles"] == count


@pytest.mark.parametrize(("text", "reason"), [
    ("/add", texts.ADD_USAGE),
    ("/add The quick brown fox jumps over the lazy dog. " * 5, "فارسی"),
    ("/add ... !!! ---", None),
])
async def test_add_refuses_bad_text_with_a_persian_reason(harness: Harness, text: str, reason: str | None) -> None:
    before = harness.stats()
    reply = last_text(await harness.send(text, user=ADMIN))
    if reason:
        assert reason in reply
    assert any("\u0600" <= ch <= "\u06ff" for ch in reply) and "افزوده شد" not in reply
    assert harness.stats() == before


async def test_add_escapes_article_strings(harness: Harness) -> None:
    summary = last_text(await harness.send("/add\n" + HTML_ARTICLE, user=ADMIN))
    assert "&lt;b&gt;مدیرعامل" in summary and "&amp;" in summary
    assert "<b>" in summary  # the bot's own bold headline ...
    assert summary.count("<b>") == 1  # ... and no other tag
    answer = last_text(await harness.send("رضایی چه گفت؟"))
    assert "&lt;b&gt;بیست درصد" in answer and "&amp; بیشتر" in answer and "<" not in answer.replace("&lt;", "")


async def test_add_as_reply_to_a_message_with_the_article(harness: Harness) -> None:
    article = harness.message(ARTICLE, user=USER, chat=GROUP)["message"]
    calls = await harness.send("/add", user=ADMIN, chat=GROUP, reply_to_message=article)
    assert "افزوده شد" in last_text(calls) and "علی رضایی" in last_text(calls)


async def test_add_as_reply_to_a_txt_document(harness: Harness) -> None:
    harness.api.files["f9"] = ARTICLE.encode()
    holder = harness.message(None, user=USER, chat=GROUP, document=document("f9", "news.txt", len(ARTICLE.encode())))
    calls = await harness.send("/add", user=ADMIN, chat=GROUP, reply_to_message=holder["message"])
    assert "افزوده شد" in last_text(calls)


async def test_txt_document_is_downloaded_and_added(harness: Harness) -> None:
    data = ARTICLE.encode()
    harness.api.files["f1"] = data
    calls = await harness.process(harness.message(None, user=ADMIN, document=document("f1", "khabar.txt", len(data))))
    assert [c.method for c in calls if c.method in ("getFile", "download")] == ["getFile", "download"]
    assert "افزوده شد" in last_text(calls) and "علی رضایی" in last_text(calls)
    assert "رضایی" in last_text(await harness.send("رضایی چه گفت؟"))


async def test_windows_1256_document_is_read(harness: Harness) -> None:
    # issue 13: a cp1256 .txt (Arabic «ي», ASCII digits: what cp1256 can hold) is added, not refused
    data = ARTICLE.replace("ی", "ي").replace("۱۸", "18").encode("cp1256")
    harness.api.files["f8"] = data
    calls = await harness.process(harness.message(None, user=ADMIN, document=document("f8", "cp1256.txt", len(data))))
    assert "افزوده شد" in last_text(calls) and "علی رضایی" in last_text(calls)
    assert "بیست درصد" in last_text(await harness.send("رضایی درباره مصرف آب چه گفت؟"))


@pytest.mark.parametrize(("doc", "content", "reason"), [
    (document("f2", "khabar.pdf", 100, "application/pdf"), b"%PDF", texts.DOC_TYPE),
    (document("f3", "big.txt", 2_000_000), b"x", "بیش از حد بزرگ"),
    (document("f4", "bad.txt", 4), b"\xff\xfe\x00\x01", "UTF-8"),
    (document("f5", "short.txt", 36), "خبر فوری: باران آمد".encode(), "کوتاه"),  # Persian, too short
])
async def test_bad_documents_are_refused(harness: Harness, doc: dict[str, Any], content: bytes, reason: str) -> None:
    harness.api.files[doc["file_id"]] = content
    before = harness.stats()
    calls = await harness.process(harness.message(None, user=ADMIN, document=doc))
    assert reason in last_text(calls)
    assert harness.stats() == before


async def test_document_size_is_checked_after_download_too(make_harness: Callable[..., Any]) -> None:
    harness = await make_harness(max_document=100)
    harness.api.files["f5"] = ARTICLE.encode()
    doc = document("f5", "n.txt", 50)  # the declared size lies
    calls = await harness.process(harness.message(None, user=ADMIN, document=doc))
    assert "بیش از حد بزرگ" in last_text(calls)


async def test_document_from_non_admin_is_refused_without_download(harness: Harness) -> None:
    harness.api.files["f6"] = ARTICLE.encode()
    calls = await harness.process(harness.message(None, user=USER, document=document("f6", "n.txt", 10)))
    assert last_text(calls) == texts.NOT_ADMIN and not sent(calls, "getFile")


def forwarded(harness: Harness, text: str, user: dict[str, Any]) -> dict[str, Any]:
    origin = {"type": "channel", "date": 1762700000, "message_id": 55,
              "chat": {"id": -1009999, "type": "channel", "title": "خبرگزاری"}}
    return harness.message(text, user=user, forward_origin=origin)


async def test_forwarded_article_is_stored_only_after_confirmation(harness: Harness) -> None:
    before = harness.stats()["articles"]
    prompt = last_text_call = sent(await harness.process(forwarded(harness, ARTICLE, ADMIN)))[-1]
    assert texts.CONFIRM_ADD in prompt.text and "هشدار مدیرعامل" in prompt.text
    assert harness.stats()["articles"] == before
    yes, no = last_text_call.buttons()
    assert all(len(b["callback_data"].encode()) < 64 for b in (yes, no))
    assert ARTICLE[:20] not in yes["callback_data"]
    stranger = await harness.press(yes, on=prompt, user=USER)  # someone else's button: nothing pending for them
    assert stranger[0].params.get("text") == texts.PENDING_GONE
    assert harness.stats()["articles"] == before
    calls = await harness.press(yes, on=prompt, user=ADMIN)
    [edit] = sent(calls, "editMessageText")
    assert "افزوده شد" in edit.text and "علی رضایی" in edit.text
    assert harness.stats()["articles"] == before + 1
    again = await harness.press(yes, on=prompt, user=ADMIN)  # a double tap stores nothing twice
    assert again[0].params.get("text") == texts.PENDING_GONE


async def test_forwarded_article_cancelled(harness: Harness) -> None:
    before = harness.stats()
    prompt = sent(await harness.process(forwarded(harness, ARTICLE, ADMIN)))[-1]
    calls = await harness.press(prompt.buttons()[1], on=prompt, user=ADMIN)
    assert sent(calls, "editMessageText")[0].text == texts.CANCELLED
    assert harness.stats() == before


async def test_forwarded_message_from_a_user_is_just_a_question(harness: Harness) -> None:
    before = harness.stats()
    calls = await harness.process(forwarded(harness, "چه کسی گفت نگاه سیاه و سفید جامع نیست؟", USER))
    assert "کریمی" in last_text(calls) and harness.stats() == before


async def test_delete_with_confirmation(harness: Harness) -> None:
    before = harness.stats()["articles"]
    prompt = sent(await harness.send("/delete ۱", user=ADMIN))[-1]
    assert "خبر ۱ حذف شود؟" in prompt.text and "استاندار کرمان" in prompt.text
    yes, no = prompt.buttons()
    refused = await harness.press(yes, on=prompt, user=USER)
    assert refused[0].params["show_alert"] and harness.stats()["articles"] == before
    cancelled = await harness.press(no, on=prompt, user=ADMIN)
    assert sent(cancelled, "editMessageText")[0].text == texts.CANCELLED
    done = await harness.press(yes, on=prompt, user=ADMIN)
    assert sent(done, "editMessageText")[0].text == "خبر ۱ حذف شد."
    assert harness.stats()["articles"] == before - 1
    gone = await harness.press(yes, on=prompt, user=ADMIN)
    assert "پیدا نشد" in sent(gone, "editMessageText")[0].text


@pytest.mark.parametrize(("command", "reply"), [
    ("/delete", texts.DELETE_USAGE), ("/delete abc", texts.DELETE_USAGE), ("/delete 1.5", texts.DELETE_USAGE),
    ("/delete 99", "خبری با شناسه ۹۹ پیدا نشد."),
])
async def test_delete_bad_ids(harness: Harness, command: str, reply: str) -> None:
    assert last_text(await harness.send(command, user=ADMIN)) == reply


async def test_delete_and_stats_refused_for_users(harness: Harness) -> None:
    for command in ("/delete 1", "/stats", "/articles"):
        assert last_text(await harness.send(command, user=USER)) == texts.NOT_ADMIN
    assert harness.stats()["articles"] == 2


async def test_articles_paging(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(admin, "PAGE_SIZE", 1)
    first = sent(await harness.send("/articles", user=ADMIN))[-1]
    assert "استاندار کرمان" in first.text and "۱ تا ۱ از ۲" in first.text
    [next_button] = first.buttons()
    assert next_button["text"] == texts.NEXT
    second = sent(await harness.press(next_button, on=first, user=ADMIN), "editMessageText")[-1]
    assert "آموزش مدیریت فضای مجازی" in second.text and "۲ تا ۲ از ۲" in second.text
    assert [b["text"] for b in second.buttons()] == [texts.PREVIOUS]
    back = sent(await harness.press(second.buttons()[0], on=second, user=ADMIN), "editMessageText")[-1]
    assert "استاندار کرمان" in back.text


async def test_stats(harness: Harness) -> None:
    text = last_text(await harness.send("/stats", user=ADMIN))
    assert "خبرها: ۲" in text and "گفته‌ها:" in text


# -- group administrators -------------------------------------------------------------------


async def test_group_admins_trusted_only_when_enabled(make_harness: Callable[..., Any]) -> None:
    off = await make_harness(group_admins=False)
    off.api.members[(GROUP["id"], USER["id"])] = "administrator"
    calls = await off.send("/add\n" + ARTICLE, user=USER, chat=GROUP)
    assert last_text(calls) == texts.NOT_ADMIN and not sent(calls, "getChatMember")

    on = await make_harness(group_admins=True)
    on.api.members[(GROUP["id"], USER["id"])] = "administrator"
    calls = await on.send("/add\n" + ARTICLE, user=USER, chat=GROUP)
    assert sent(calls, "getChatMember") and "افزوده شد" in last_text(calls)
    assert calls[-1].params["reply_parameters"]["message_id"]  # replies to the admin's message


async def test_plain_group_member_refused_even_when_enabled(make_harness: Callable[..., Any]) -> None:
    harness = await make_harness(group_admins=True)
    before = harness.stats()
    calls = await harness.send("/add\n" + ARTICLE, user=USER, chat=GROUP)
    assert last_text(calls) == texts.NOT_ADMIN and harness.stats() == before
    private = await harness.send("/add\n" + ARTICLE, user=USER)  # group admin rights stop at the group
    assert last_text(private) == texts.NOT_ADMIN


@pytest.mark.parametrize(("enabled", "sender_chat", "stored"), [
    (True, GROUP, True),
    (False, GROUP, False),
    (True, {"id": -1005555, "type": "channel", "title": "another chat"}, False),
])
async def test_anonymous_group_admin(make_harness: Callable[..., Any], enabled: bool,
                                     sender_chat: dict[str, Any], stored: bool) -> None:
    harness = await make_harness(group_admins=enabled)
    before = harness.stats()["articles"]
    calls = await harness.send("/add\n" + ARTICLE, user=ANONYMOUS, chat=GROUP, sender_chat=sender_chat)
    assert ("افزوده شد" in last_text(calls)) is stored
    assert harness.stats()["articles"] == before + stored
    assert not sent(calls, "getChatMember")


async def test_configured_admin_needs_no_lookup(make_harness: Callable[..., Any]) -> None:
    harness = await make_harness(group_admins=True)
    calls = await harness.send("/stats", user=ADMIN, chat=GROUP)
    # (not «خبرها»: the refusal NOT_ADMIN holds that word too)
    assert last_text(calls).startswith(texts.STATS_HEADER) and not sent(calls, "getChatMember")
    assert BOT["id"] not in harness.app.bot_data["settings"].admins


async def test_long_plain_text_from_an_admin_is_offered_as_an_article(harness: Harness) -> None:
    before = harness.stats()
    long_article = ARTICLE + "\n" + "وی همچنین گفت: صرفه‌جویی در مصرف آب وظیفه همگانی است.\n" * 5
    assert len(long_article) > 500
    prompt = sent(await harness.send(long_article, user=ADMIN))[-1]
    assert texts.CONFIRM_ADD in prompt.text and harness.stats() == before
    short = sent(await harness.send("چه کسی گفت نگاه سیاه و سفید جامع نیست؟", user=ADMIN))[-1]
    assert "کریمی" in short.text  # an admin's question is still a question


async def test_long_text_from_a_user_is_a_question_not_an_article(harness: Harness) -> None:
    before = harness.stats()
    long_text = ARTICLE + "\n" + "وی همچنین گفت: صرفه‌جویی در مصرف آب وظیفه همگانی است.\n" * 5
    reply = last_text(await harness.send(long_text, user=USER))
    assert texts.CONFIRM_ADD not in reply and "بلند" in reply
    assert harness.stats() == before


async def test_admin_help_lists_admin_commands(harness: Harness) -> None:
    text = last_text(await harness.send("/help", user=ADMIN))
    assert "/add" in text and "/delete" in text and "/articles" in text and "/stats" in text


async def test_confirm_button_add_logs_the_admins_id(harness: Harness, caplog: pytest.LogCaptureFixture) -> None:
    # issue 13: the log named the bot (the confirm prompt's sender), not the admin who pressed
    prompt = sent(await harness.process(forwarded(harness, ARTICLE, ADMIN)))[-1]
    yes, _ = prompt.buttons()
    with caplog.at_level(logging.INFO, logger="bot.handlers.admin"):
        await harness.press(yes, on=prompt, user=ADMIN)
    stored = [r.getMessage() for r in caplog.records if "stored by user" in r.getMessage()]
    assert [f"by user {ADMIN['id']}"] == [m[m.index("by user"):] for m in stored]


async def test_group_owner_is_an_admin(make_harness: Callable[..., Any]) -> None:
    # The owner's getChatMember status is «creator» (ChatMemberOwner), not «administrator».
    harness = await make_harness(group_admins=True)
    harness.api.members[(GROUP["id"], USER["id"])] = "creator"
    calls = await harness.send("/stats", user=USER, chat=GROUP)
    assert last_text(calls).startswith(texts.STATS_HEADER)


async def test_group_admin_cache_expires(make_harness: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> None:
    # A demoted admin keeps rights for at most CACHE_SECONDS; within that, no second lookup.
    from bot import auth
    clock = [1000.0]
    monkeypatch.setattr(auth.time, "monotonic", lambda: clock[0])
    harness = await make_harness(group_admins=True)
    harness.api.members[(GROUP["id"], USER["id"])] = "administrator"
    first = await harness.send("/stats", user=USER, chat=GROUP)
    assert last_text(first).startswith(texts.STATS_HEADER) and 1 == len(sent(first, "getChatMember"))
    harness.api.members[(GROUP["id"], USER["id"])] = "member"  # demoted
    clock[0] += auth.CACHE_SECONDS - 1
    cached = await harness.send("/stats", user=USER, chat=GROUP)
    assert last_text(cached).startswith(texts.STATS_HEADER) and [] == sent(cached, "getChatMember")
    clock[0] += 1  # exactly CACHE_SECONDS later: expired
    expired = await harness.send("/stats", user=USER, chat=GROUP)
    assert texts.NOT_ADMIN == last_text(expired) and 1 == len(sent(expired, "getChatMember"))


async def test_group_rights_stop_at_the_group(make_harness: Callable[..., Any]) -> None:
    # Even with group admins on, a private chat asks nobody: only NEWSBOT_ADMINS count there.
    harness = await make_harness(group_admins=True)
    harness.api.members[(USER["id"], USER["id"])] = "administrator"
    calls = await harness.send("/stats", user=USER)
    assert texts.NOT_ADMIN == last_text(calls) and [] == sent(calls, "getChatMember")


@pytest.mark.parametrize(("user", "sender_chat"), [
    (USER, GROUP),  # a person's message carrying the group as sender_chat is not the anonymous admin
    (ANONYMOUS, None),  # GroupAnonymousBot without a sender_chat speaks for nobody
])
async def test_only_the_anonymous_admin_speaks_as_the_group(make_harness: Callable[..., Any], user: dict[str, Any],
                                                          sender_chat: dict[str, Any] | None) -> None:
    harness = await make_harness(group_admins=True)
    harness.api.members[(GROUP["id"], ANONYMOUS["id"])] = "administrator"
    calls = await harness.send("/stats", user=user, chat=GROUP, **({"sender_chat": sender_chat} if sender_chat else {}))
    assert texts.NOT_ADMIN == last_text(calls)


async def test_a_failed_admin_lookup_refuses_and_is_logged(make_harness: Callable[..., Any],
                                                           caplog: pytest.LogCaptureFixture) -> None:
    harness = await make_harness(group_admins=True)
    harness.api.members[(GROUP["id"], USER["id"])] = "administrator"
    harness.api.failing.add("getChatMember")
    with caplog.at_level("WARNING", logger="bot.auth"):
        calls = await harness.send("/stats", user=USER, chat=GROUP)
    assert texts.NOT_ADMIN == last_text(calls)
    assert [f"getChatMember failed for chat {GROUP['id']}"] == [
        r.getMessage().split(":")[0] for r in caplog.records if r.name == "bot.auth"]
