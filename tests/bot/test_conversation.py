"""Issue 13: messages that are not questions, captions, one length limit, rate-limit wording,
context per user in groups, operators' messages — through the handlers, offline."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pytest

from bot import texts
from bot.handlers.talk import Kind, classify, strip_greeting
from knowledge.answer import MAX_QUESTION
from knowledge.display import fa

from .conftest import ADMIN, BOT, GROUP, USER, Harness

pytestmark = pytest.mark.anyio

NOT_FOUND = "پاسخ این پرسش در خبرهای موجود نیست."
OTHER = dict(USER, id=3003, first_name="Ali")


@pytest.mark.parametrize(("expected", "text"), [
    (Kind.GREETING, "سلام"),  # the plain greeting
    (Kind.GREETING, "سلام، خوبی؟"),  # with a how-are-you
    (Kind.GREETING, "درود"),  # the formal greeting
    (Kind.GREETING, "صبح بخیر"),  # time of day
    (Kind.THANKS, "ممنون"),  # thanks
    (Kind.THANKS, "خیلی ممنون، عالی بود"),  # thanks with praise
    (Kind.THANKS, "مرسی"),  # the loan word
    (Kind.THANKS, "دستت درد نکنه"),  # the colloquial thanks
    (Kind.NOT_PERSIAN, "What did Talebi say?"),  # an English question
    (Kind.NOT_PERSIAN, "salam"),  # Finglish
    (Kind.MORE, "بیشتر"),  # the button's word typed
    (Kind.MORE, "ادامه"),  # its synonym
    (Kind.MORE, "بیشتر بگو"),  # with a verb
    (Kind.QUESTION, "طالبی چه گفت؟"),  # a real question
    (Kind.QUESTION, "سلامت روان چیست؟"),  # «سلامت» is no greeting
    (Kind.QUESTION, "سلام، طالبی چه گفت؟"),  # a greeting before a question is a question
    (Kind.QUESTION, "بیشتر درباره هوش مصنوعی"),  # «بیشتر» inside a question
    (Kind.QUESTION, "رییس پلیس فتا کیست؟"),  # no small talk here
])
def test_classify(expected: Kind, text: str) -> None:
    assert expected == classify(text)


def test_greeting_before_a_question_is_dropped() -> None:
    assert "طالبی چه گفت؟" == strip_greeting("سلام، طالبی چه گفت؟")
    assert "سلام" == strip_greeting("سلام")  # nothing else: kept


async def test_greeting_gets_a_friendly_reply_with_an_example_once(harness: Harness) -> None:
    first = (await harness.send("سلام"))[-1].text
    assert texts.GREETING in first and texts.EXAMPLES[0] in first and "سلامت" not in first
    second = (await harness.send("سلام"))[-1].text
    assert texts.GREETING_AGAIN == second


@pytest.mark.parametrize("text", ["ممنون", "خیلی ممنون، عالی بود"])
async def test_thanks_gets_a_short_reply(harness: Harness, text: str) -> None:
    calls = await harness.send(text)
    assert ["sendMessage"] == [c.method for c in calls]  # no «typing», no search
    assert texts.THANKS == calls[0].text


async def test_latin_script_is_asked_in_persian(harness: Harness) -> None:
    calls = await harness.send("What did Talebi say about AI?")
    assert texts.ASK_IN_PERSIAN == calls[-1].text


async def test_a_greeting_before_the_question_still_answers_it(harness: Harness) -> None:
    text = (await harness.send("سلام، کریمی چه گفت؟"))[-1].text
    assert "کریمی" in text


async def test_typed_more_continues_like_the_button(harness: Harness) -> None:
    first = (await harness.send("طالبی چه گفت؟"))[-1]
    assert first.buttons()
    typed = (await harness.send("بیشتر"))[-1]
    assert NOT_FOUND not in typed.text and "طالبی" in typed.text and typed.text != first.text
    # the button under the first answer was the same page: it is used up now
    pressed = await harness.press(first.buttons()[0], on=first)
    assert "sendMessage" not in [c.method for c in pressed]


async def test_typed_more_with_nothing_before(harness: Harness) -> None:
    assert texts.NO_MORE == (await harness.send("ادامه"))[-1].text


async def test_pronoun_without_an_earlier_person_asks_whom(harness: Harness) -> None:
    calls = await harness.send("وی دیگر چه گفت؟")
    assert ["sendMessage"] == [c.method for c in calls]
    assert texts.WHO_DO_YOU_MEAN.format(pronoun="وی") == calls[0].text
    await harness.send("کریمی چه گفت؟")
    assert "کریمی" in (await harness.send("او دیگر چه گفت؟"))[-1].text  # now there is someone


async def test_photo_caption_is_a_question(harness: Harness) -> None:
    photo = [{"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 90}]
    calls = await harness.process(harness.message(caption="کریمی چه گفت؟", photo=photo))
    assert "کریمی" in calls[-1].text


async def test_photo_caption_mentioning_the_bot_in_a_group(harness: Harness) -> None:
    photo = [{"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 90}]
    caption = f"@{BOT['username']} کریمی چه گفت؟"
    calls = await harness.process(harness.message(caption=caption, photo=photo, chat=GROUP))
    assert "کریمی" in calls[-1].text


async def test_photo_without_caption_asks_for_text(harness: Harness) -> None:
    photo = [{"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 90}]
    calls = await harness.process(harness.message(photo=photo))
    assert texts.TEXT_ONLY == calls[-1].text


@pytest.mark.parametrize("length", [MAX_QUESTION + 1, 3999, 4001])  # just over, the two cases
async def test_one_length_limit_stated_once(harness: Harness, length: int) -> None:
    calls = await harness.send(("طالبی " * 800)[:length])
    [sent] = [c for c in calls if c.method == "sendMessage"]
    assert texts.TOO_LONG.format(limit=fa(MAX_QUESTION)) == sent.text


async def test_rate_limit_says_when_to_try_again(make_harness: Callable[..., Any]) -> None:
    harness = await make_harness(rate=1)
    await harness.send("کریمی چه گفت؟")
    warning = (await harness.send("کریمی چه گفت؟"))[-1].text
    assert "ثانیهٔ دیگر" in warning
    seconds = int(warning.split("ثانیهٔ دیگر")[0].split()[-1].translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")))
    assert 1 <= seconds <= 60
    for command in ("/start", "/help"):  # never dropped
        assert "سلام" in (await harness.send(command))[-1].text


async def test_rate_limit_never_drops_admin_commands(make_harness: Callable[..., Any]) -> None:
    harness = await make_harness(rate=1)
    for _ in range(3):
        await harness.send("کریمی چه گفت؟", user=ADMIN)
    assert "آمار" in (await harness.send("/stats", user=ADMIN))[-1].text


async def test_group_context_is_per_user(harness: Harness) -> None:
    text = f"@{BOT['username']} کریمی چه گفت؟"
    await harness.send(text, chat=GROUP)
    follow = f"@{BOT['username']} وی دیگر چه گفت؟"
    mine = (await harness.send(follow, chat=GROUP))[-1].text
    theirs = (await harness.send(follow, chat=GROUP, user=OTHER))[-1].text
    assert "کریمی" in mine
    assert texts.WHO_DO_YOU_MEAN.format(pronoun="وی") == theirs  # Ali never named anyone


async def test_group_answers_send_no_chat_action(harness: Harness) -> None:
    text = f"@{BOT['username']} کریمی چه گفت؟"
    calls = await harness.send(text, chat=GROUP)
    assert ["sendMessage"] == [c.method for c in calls]


async def test_no_admins_warns_and_start_tells_the_operator(make_harness: Callable[..., Any],
                                                           caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO):
        harness = await make_harness(admins=frozenset())
    assert any(r.levelno == logging.WARNING and "NEWSBOT_ADMINS" in r.getMessage() for r in caplog.records)
    assert "NEWSBOT_ADMINS" in (await harness.send("/start"))[-1].text
    assert "NEWSBOT_ADMINS" not in (await harness.send("/start", chat=GROUP))[-1].text  # not to a group


async def test_admins_configured_no_operator_note(harness: Harness) -> None:
    assert "NEWSBOT_ADMINS" not in (await harness.send("/start"))[-1].text


async def test_welcome_when_added_to_a_group(harness: Harness) -> None:
    calls = await harness.process(harness.message(chat=GROUP, new_chat_members=[BOT]))
    [sent] = [c for c in calls if c.method == "sendMessage"]
    assert texts.GROUP_WELCOME in sent.text and f"@{BOT['username']}" in sent.text and "/ask" in sent.text
    other = await harness.process(harness.message(chat=GROUP, new_chat_members=[OTHER]))
    assert [] == other  # someone else joining is not the bot's business


async def test_context_survives_a_restart(make_harness: Callable[..., Any]) -> None:
    # issue 13: «وی» and a typed «بیشتر» keep working after the bot restarts
    first = await make_harness()
    answer = (await first.send("طالبی چه گفت؟"))[-1]
    assert answer.buttons()
    await first.app.shutdown()  # writes the chats' state, as a stop does
    second = await make_harness()
    typed = (await second.send("بیشتر"))[-1].text
    assert "طالبی" in typed and texts.NO_MORE != typed
    assert "طالبی" in (await second.send("وی دیگر چه گفت؟"))[-1].text


async def test_old_context_is_forgotten() -> None:
    from bot.context import CONTEXT_MAX_AGE, get_conversation, set_conversation
    data: dict[str, Any] = {}
    set_conversation(data, "c", "ctx")
    saved_at = data["c"][0]
    assert "ctx" == get_conversation(data, "c", now=saved_at + CONTEXT_MAX_AGE - 1)  # still fresh
    assert get_conversation(data, "c", now=saved_at + CONTEXT_MAX_AGE + 1) is None  # too old


async def test_source_button_shows_the_sentence_in_its_paragraph(harness: Harness) -> None:
    answer = (await harness.send("کریمی چه گفت؟"))[-1]
    [button] = [b for b in answer.buttons() if b["text"] == texts.SOURCE]
    shown = [c for c in await harness.press(button, on=answer) if c.method == "sendMessage"][-1].text
    lines = shown.split("\n")
    assert "📰 روابط عمومی دانشگاه علوم پزشکی تبریز — بی‌تاریخ" == lines[0]  # outlet — date (this one has none)
    assert "<b>آموزش مدیریت فضای مجازی، گامی به سوی جهاد تبیین</b>" == lines[1]  # the whole headline, here
    assert "<b>" in lines[3] and "نگاه سیاه و سفید" in lines[3].split("<b>")[1]  # the cited sentence, bold


async def test_source_button_for_a_deleted_article(harness: Harness) -> None:
    answer = (await harness.send("کریمی چه گفت؟"))[-1]
    [button] = [b for b in answer.buttons() if b["text"] == texts.SOURCE]
    await harness.knowledge.delete(int(button["callback_data"].split(":")[1]))
    calls = await harness.press(button, on=answer)
    assert [texts.SOURCE_GONE] == [c.params["text"] for c in calls if c.method == "answerCallbackQuery"]


async def test_more_keeps_the_source_button(harness: Harness) -> None:
    first = (await harness.send("طالبی چه گفت؟"))[-1]
    [more] = [b for b in first.buttons() if b["text"] == texts.MORE]
    calls = await harness.press(more, on=first)
    [edit] = [c for c in calls if c.method == "editMessageReplyMarkup"]
    assert [texts.SOURCE] == [b["text"] for b in edit.buttons()]
