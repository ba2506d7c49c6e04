"""Users: private questions, «بیشتر», groups, inline mode, limits, errors — offline."""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from typing import Any

import pytest

from bot import texts
from bot.render import tg_len
from knowledge.answer import Answer, Result

from .conftest import BOT, GROUP, USER, Harness

pytestmark = pytest.mark.anyio

KARIMI_Q = "چه کسی گفت نگاه سیاه و سفید جامع نیست؟"


def mention(text: str) -> list[dict[str, Any]]:
    at = "@" + BOT["username"]
    return [{"type": "mention", "offset": text.index(at), "length": len(at)}]


async def test_start_and_help_in_persian_with_examples(harness: Harness) -> None:
    for command in ("/start", "/help"):
        calls = await harness.send(command)
        [sent] = [c for c in calls if c.method == "sendMessage"]
        assert sent.params["parse_mode"] == "HTML"
        assert "سلام" in sent.text
        for example in texts.EXAMPLES:
            assert example in sent.text
        assert "/add" not in sent.text  # not an admin


async def test_start_up_freezes_what_it_made_out_of_full_collections(make_harness: Callable[..., Any]) -> None:
    # post_init warms the library and calls gc.freeze(): the long-lived start-up objects are
    # not walked again by every full collection during answering (bench/RESULTS.md)
    before = gc.get_freeze_count()  # the interpreter's own start-up objects
    harness = await make_harness()
    assert gc.get_freeze_count() > before
    calls = await harness.send(KARIMI_Q)  # and answers as before
    assert "sendMessage" == calls[-1].method


async def test_commands_menu_registered_in_persian(harness: Harness) -> None:
    menus = harness.api.sent("setMyCommands")
    assert menus, "setMyCommands was not called at start-up"
    default = menus[0].params["commands"]
    assert {c["command"] for c in default} >= {"start", "help", "ask"}
    assert all("\u0600" <= c["description"][0] <= "\u06ff" for c in default)
    admin_menu = [m for m in menus if m.params.get("scope", {}).get("type") == "chat"]
    assert admin_menu
    assert {"add", "delete", "articles", "stats"} <= {c["command"] for c in admin_menu[0].params["commands"]}


async def test_private_question_answered_with_speaker_and_citation(harness: Harness) -> None:
    calls = await harness.send(KARIMI_Q)
    assert [c.method for c in calls] == ["sendChatAction", "sendMessage"]
    assert calls[0].params["action"] == "typing"
    text = calls[1].text
    assert "کریمی" in text
    # issue 13: outlet (this article has no date), the headline short, once; the sentence behind a button
    assert text.endswith("📰 روابط عمومی دانشگاه علوم پزشکی تبریز — «آموزش مدیریت فضای مجازی، گامی به سوی جهاد تبیین»")
    assert "جمله" not in text
    assert [texts.SOURCE] == [b["text"] for b in calls[1].buttons()]


async def test_follow_up_uses_the_chat_context(harness: Harness) -> None:
    await harness.send("کریمی چه گفت؟")
    calls = await harness.send("وی دیگر چه گفت؟")
    assert "کریمی" in calls[-1].text


async def test_typing_failure_does_not_cost_the_answer(harness: Harness) -> None:
    harness.api.failing.add("sendChatAction")
    calls = await harness.send(KARIMI_Q)
    assert "کریمی" in calls[-1].text


async def test_more_button_pages_through_a_speakers_statements(harness: Harness) -> None:
    first = (await harness.send("طالبی چه گفت؟"))[-1]
    [button] = [b for b in first.buttons() if b["text"] == "بیشتر"]
    assert len(button["callback_data"].encode()) < 64
    seen = first.text
    pages = 0
    message = first
    while more_buttons(message):
        calls = await harness.press(more_buttons(message)[0], on=message)
        assert calls[0].method == "answerCallbackQuery"
        assert any(c.method == "editMessageReplyMarkup" for c in calls)  # old button removed
        message = [c for c in calls if c.method == "sendMessage"][-1]
        assert "طالبی" in message.text
        assert message.text not in seen
        seen += message.text
        pages += 1
        assert pages < 20
    assert pages >= 1
    # the chat context followed the pages: nothing more to tell now
    last = await harness.send("وی دیگر چه گفت؟")
    assert "طالبی" in last[-1].text


def more_buttons(message: Any) -> list[dict[str, Any]]:
    return [b for b in message.buttons() if b["text"] == texts.MORE]


async def test_stale_more_button(harness: Harness) -> None:
    first = (await harness.send("طالبی چه گفت؟"))[-1]
    stale = dict(first.buttons()[0], callback_data="more:doesnotexist")
    calls = await harness.press(stale, on=first)
    assert calls[0].method == "answerCallbackQuery" and calls[0].params["text"] == texts.MORE_GONE


async def test_more_shows_results_the_text_left_out(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    def result(event: str) -> Result:
        return Result(None, None, None, "جمله", "2022-03-13", "1400-12-22", "تبریز", event, 2, "عنوان", 1.0, 1)

    async def ask(question: str, context: Any = None) -> Answer:
        return Answer(question, "when", True, "کارگاه یکم: ...", (result("کارگاه یکم"), result("کارگاه دوم")))

    monkeypatch.setattr(harness.knowledge, "ask", ask)
    first = (await harness.send("کارگاه کی بود؟"))[-1]
    calls = await harness.press(first.buttons()[0], on=first)
    page = [c for c in calls if c.method == "sendMessage"][-1]
    assert "کارگاه دوم" in page.text and "۲۲ اسفند ۱۴۰۰" in page.text and not page.buttons()


async def test_long_answers_split_at_4096_on_line_boundaries(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [f"سطر {i}: " + "گفته‌ای بلند " * 12 for i in range(120)]

    async def ask(question: str, context: Any = None) -> Answer:
        return Answer(question, "what_said", True, "\n".join(lines))

    monkeypatch.setattr(harness.knowledge, "ask", ask)
    sent = [c for c in await harness.send("پرسش") if c.method == "sendMessage"]
    assert len(sent) >= 3
    assert all(tg_len(c.text) <= 4096 for c in sent)
    assert "\n".join(c.text for c in sent).split("\n") == lines


async def test_user_and_article_strings_are_escaped(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    async def ask(question: str, context: Any = None) -> Answer:
        return Answer(question, "who_said", True, f"شما پرسیدید {question}\n📰 خبر ۱: «<b>آب</b> & برق»")

    monkeypatch.setattr(harness.knowledge, "ask", ask)
    [*_, sent] = await harness.send("<i>سلام</i> & <a href='x'>")
    assert "<" not in sent.text.replace("&lt;", "")
    assert "&lt;i&gt;سلام&lt;/i&gt; &amp; &lt;a href='x'&gt;" in sent.text
    assert "«&lt;b&gt;آب&lt;/b&gt; &amp; برق»" in sent.text


# -- groups -------------------------------------------------------------------------


async def test_group_ask_with_botname_replies_to_the_asker(harness: Harness) -> None:
    update = harness.command(f"/ask@{BOT['username']} {KARIMI_Q}", chat=GROUP)
    calls = await harness.process(update)
    sent = [c for c in calls if c.method == "sendMessage"]
    assert len(sent) == 1 and "کریمی" in sent[0].text
    assert sent[0].params["reply_parameters"]["message_id"] == update["message"]["message_id"]


async def test_group_ask_for_another_bot_is_ignored(harness: Harness) -> None:
    assert await harness.send(f"/ask@OtherBot {KARIMI_Q}", chat=GROUP) == []


async def test_group_ask_without_question_explains(harness: Harness) -> None:
    calls = await harness.send("/ask", chat=GROUP)
    assert "/ask" in calls[-1].text


async def test_group_ask_in_reply_to_a_question(harness: Harness) -> None:
    question = harness.message(KARIMI_Q, chat=GROUP)["message"]
    calls = await harness.send("/ask", chat=GROUP, reply_to_message=question)
    assert "کریمی" in calls[-1].text


async def test_group_mention_is_answered(harness: Harness) -> None:
    text = f"@{BOT['username']} {KARIMI_Q}"
    update = harness.message(text, chat=GROUP, entities=mention(text))
    calls = await harness.process(update)
    assert "کریمی" in calls[-1].text
    assert calls[-1].params["reply_parameters"]["message_id"] == update["message"]["message_id"]


async def test_group_mention_in_the_middle_without_entities(harness: Harness) -> None:
    calls = await harness.send(f"سلام @{BOT['username'].lower()} {KARIMI_Q}", chat=GROUP)
    assert "کریمی" in calls[-1].text


async def test_group_reply_to_the_bot_is_answered(harness: Harness) -> None:
    bot_message = {"message_id": 90, "date": 1762760000, "chat": GROUP, "from": BOT, "text": "پاسخ پیشین"}
    calls = await harness.send(KARIMI_Q, chat=GROUP, reply_to_message=bot_message)
    assert "کریمی" in calls[-1].text


@pytest.mark.parametrize("make", [
    lambda h: h.message("سلام بچه‌ها، امروز جلسه داریم؟", chat=GROUP),
    lambda h: h.message(KARIMI_Q, chat=GROUP),
    lambda h: h.message("@SomeoneElse نظرت چیه؟", chat=GROUP),
    lambda h: h.message(KARIMI_Q, chat=GROUP, reply_to_message={
        "message_id": 91, "date": 1762760000, "chat": GROUP, "from": USER, "text": "x"}),
])
async def test_group_chatter_is_ignored(harness: Harness, make: Callable[[Harness], dict[str, Any]]) -> None:
    assert await harness.process(make(harness)) == []


async def test_an_edited_question_edits_the_earlier_answer(harness: Harness) -> None:
    # issue 13: an edit that fixes the question is answered, in place of the earlier reply
    update = harness.message("کریمی درباره چه گفت؟ ")
    first = [c for c in await harness.process(update) if c.method == "sendMessage"][-1]
    edited = update["message"] | {"text": KARIMI_Q, "edit_date": 1762760100}
    calls = await harness.process({"edited_message": edited})
    [edit] = [c for c in calls if c.method == "editMessageText"]
    assert "کریمی" in edit.text and [] == [c for c in calls if c.method == "sendMessage"]
    assert int(edit.params["chat_id"]) == USER["id"] and first.text != edit.text


async def test_an_edited_message_without_an_earlier_reply_is_answered(harness: Harness) -> None:
    # a group message edited to add the mention: nothing to edit, so a fresh reply
    text = f"@{BOT['username']} {KARIMI_Q}"
    message = harness.message(text, chat=GROUP, entities=mention(text))["message"] | {"edit_date": 1762760100}
    calls = await harness.process({"edited_message": message})
    assert "کریمی" in calls[-1].text and "sendMessage" == calls[-1].method


# -- inline mode ----------------------------------------------------------------------


async def _inline(harness: Harness, query: str) -> dict[str, Any]:
    calls = await harness.process({"inline_query": {"id": "iq1", "from": USER, "query": query, "offset": ""}})
    [answer] = [c for c in calls if c.method == "answerInlineQuery"]
    return answer.params


async def test_inline_query_lists_statements(harness: Harness) -> None:
    params = await _inline(harness, "طالبی")
    results = params["results"]
    assert 1 <= len(results) <= 50 and params["cache_time"] == 30
    assert len({r["id"] for r in results}) == len(results)
    # issue 16: a name's profile comes first (tests/bot/test_timeline_bot.py), the statements after it
    assert "who" == results[0]["id"]
    results = results[1:]
    assert len(results) > 3  # follow-ups gather more than one answer's worth
    for r in results:
        assert r["type"] == "article" and r["title"].startswith("محمدعلی طالبی — ")  # speaker — quote
        quote, _, article = r["description"].partition("» — ")
        assert quote.startswith("«") and article.startswith("استاندار کرمان گفت")  # «quote» — article title
        assert len(r["title"]) <= 120 and len(r["description"]) <= 250
        content = r["input_message_content"]
        assert content["parse_mode"] == "HTML" and "\n📰 خبرگزاری صداوسیمای مرکز کرمان، ۱۷ آبان ۱۴۰۴ — «استاندار کرمان گفت" in content["message_text"]


async def test_inline_results_capped_at_50(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    many = [Result("الف", None, "گفته", "جمله", None, None, None, None, 1, "عنوان", 1.0, i, "گفت", i, 1)
            for i in range(80)]
    seen: list[int] = []

    async def search(query: str, *, limit: int) -> list[Result]:
        seen.append(limit)
        return many

    monkeypatch.setattr(harness.knowledge, "search", search)
    params = await _inline(harness, "الف")
    assert seen == [50] and len(params["results"]) == 50


async def test_empty_inline_query_shows_a_hint(harness: Harness) -> None:
    [result] = (await _inline(harness, "  "))["results"]
    assert texts.INLINE_HINT_TITLE == result["title"]
    assert texts.EXAMPLES[0] in result["input_message_content"]["message_text"]


async def test_inline_query_without_a_match_shows_a_hint(harness: Harness) -> None:
    [result] = (await _inline(harness, "زرافه‌های قطبی"))["results"]
    assert texts.INLINE_NO_MATCH_TITLE.format(query="زرافه‌های قطبی") == result["title"]


# -- limits and failures ---------------------------------------------------------------


async def test_rate_limit_answers_once_then_stays_quiet(make_harness: Callable[..., Any]) -> None:
    harness = await make_harness(rate=2)
    for _ in range(2):
        assert "کریمی" in (await harness.send(KARIMI_Q))[-1].text
    third = await harness.send(KARIMI_Q)
    assert [c.method for c in third] == ["sendMessage"] and "آهسته‌تر" in third[0].text
    assert await harness.send(KARIMI_Q) == []
    other = dict(USER, id=3003)
    assert "کریمی" in (await harness.send(KARIMI_Q, user=other))[-1].text  # per user


async def test_overlong_question_gets_a_persian_message(make_harness: Callable[..., Any]) -> None:
    harness = await make_harness(max_message=100)
    calls = await harness.send("طالبی " * 40)
    assert [c.method for c in calls] == ["sendMessage"] and "بیش از حد بلند" in calls[0].text


async def test_unknown_command_in_private(harness: Harness) -> None:
    assert texts.UNKNOWN_COMMAND in (await harness.send("/frobnicate"))[-1].text


async def test_error_handler_apologises_and_logs_without_user_text(
        harness: Harness, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    async def broken(question: str, context: Any = None) -> Answer:
        raise RuntimeError("database is on fire")

    monkeypatch.setattr(harness.knowledge, "ask", broken)
    with caplog.at_level(logging.INFO):
        calls = await harness.send("پرسش محرمانه کاربر")
    assert calls[-1].text == texts.APOLOGY
    assert "database is on fire" in caplog.text and "failure while handling update" in caplog.text
    assert "پرسش محرمانه کاربر" not in caplog.text
    assert harness.app.bot.token not in caplog.text


async def test_non_text_message_in_private(harness: Harness) -> None:
    sticker = {"file_id": "s1", "file_unique_id": "us1", "type": "regular", "width": 512, "height": 512,
               "is_animated": False, "is_video": False}
    calls = await harness.process(harness.message(None, sticker=sticker))
    assert [c.text for c in calls] == [texts.TEXT_ONLY]
