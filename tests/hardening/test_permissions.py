"""Who may change the store: every admin entry point refused for everyone else, everywhere.

Admin entry points (bot/handlers/admin.py and callbacks.py): /add (text, or as a reply),
/delete, /articles, /stats, a .txt document, a forwarded or article-sized text, and the
buttons ``del:`` (delete), ``arts:`` (page the list), ``add:`` (store a forwarded text) and
their «✖️ انصراف» twins. A non-admin gets the Persian refusal (``texts.NOT_ADMIN``) — as a
message, or as an alert on a button — and nothing is stored, deleted or listed.

Anonymous group admins (bot/auth.py): with NEWSBOT_GROUP_ADMINS on, a message sent *as the
group itself* (from @GroupAnonymousBot, sender_chat == that group) is an admin's; with it
off, or sent as another chat, or a user's message dressed up with the group as
sender_chat, it is not.

Logs: over a run that answers questions (private, group, inline), adds articles (text and
document), refuses a non-admin, rate-limits and fails once, nothing at INFO or above holds
the token or what users wrote.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pytest

from bot import texts
from tests.bot.conftest import ADMIN, BOT, GROUP, TOKEN, USER, Call, Harness
from tests.bot.test_admin import ANONYMOUS, ARTICLE, document

pytestmark = pytest.mark.anyio

BASIC_GROUP = {"id": -4005006007, "type": "group", "title": "گروه ساده"}
OTHER_GROUP = {"id": -1009990001, "type": "supergroup", "title": "گروهی دیگر"}
LINKED_CHANNEL = {"id": -1005555, "type": "channel", "title": "کانال خبر"}
TELEGRAM_SERVICE = {"id": 777000, "is_bot": False, "first_name": "Telegram"}  # posts a linked channel's messages

# (chat, NEWSBOT_GROUP_ADMINS) a non-admin writes from: in groups the user is a plain member.
PLACES = [
    pytest.param(None, False, id="private"),
    pytest.param(None, True, id="private-group-admins-on"),
    pytest.param(GROUP, False, id="supergroup"),
    pytest.param(GROUP, True, id="supergroup-group-admins-on"),
    pytest.param(BASIC_GROUP, True, id="basic-group-group-admins-on"),
]


def sent(calls: list[Call], method: str = "sendMessage") -> list[Call]:
    return [c for c in calls if c.method == method]


def state(harness: Harness) -> tuple[Any, ...]:
    library = harness.knowledge.library
    return library.stats(), library.export()


def add_as_reply(h: Harness, chat: dict[str, Any] | None) -> dict[str, Any]:
    holder = h.message(ARTICLE, user=USER, chat=chat)["message"]
    return h.command("/add", user=USER, chat=chat, reply_to_message=holder)


# An admin command sent by a non-admin: how to build it.
COMMANDS: list[Any] = [
    pytest.param(lambda h, chat: h.command("/add\n" + ARTICLE, user=USER, chat=chat), id="add"),
    pytest.param(add_as_reply, id="add-as-reply"),
    pytest.param(lambda h, chat: h.command("/add@" + BOT["username"] + " " + ARTICLE, user=USER, chat=chat),
                 id="add-with-botname"),
    pytest.param(lambda h, chat: h.command("/delete 1", user=USER, chat=chat), id="delete"),
    pytest.param(lambda h, chat: h.command("/delete ۱", user=USER, chat=chat), id="delete-persian-digits"),
    pytest.param(lambda h, chat: h.command("/articles", user=USER, chat=chat), id="articles"),
    pytest.param(lambda h, chat: h.command("/stats", user=USER, chat=chat), id="stats"),
]


@pytest.mark.parametrize(("chat", "group_admins"), PLACES)
@pytest.mark.parametrize("build", COMMANDS)
async def test_admin_command_refused_for_non_admin(make_harness: Callable[..., Any], build: Any,
                                                   chat: dict[str, Any] | None, group_admins: bool) -> None:
    harness = await make_harness(group_admins=group_admins)
    before = state(harness)
    calls = await harness.process(build(harness, chat))
    assert [texts.NOT_ADMIN] == [c.text for c in sent(calls)]
    assert [] == sent(calls, "getFile") + sent(calls, "download")
    assert before == state(harness)
    if chat is not None:  # in a group the refusal answers the command it refuses
        assert calls[-1].params["reply_parameters"]["message_id"]


@pytest.mark.parametrize("group_admins", [False, True])
async def test_document_from_non_admin_refused_before_download(make_harness: Callable[..., Any],
                                                               group_admins: bool) -> None:
    harness = await make_harness(group_admins=group_admins)
    harness.api.files["d1"] = ARTICLE.encode()
    before = state(harness)
    calls = await harness.process(harness.message(None, user=USER, document=document("d1", "k.txt", 100)))
    assert [texts.NOT_ADMIN] == [c.text for c in sent(calls)]
    assert [] == sent(calls, "getFile") + sent(calls, "download")
    assert before == state(harness)


def forwarded(harness: Harness, text: str, user: dict[str, Any]) -> dict[str, Any]:
    origin = {"type": "channel", "date": 1762700000, "message_id": 55, "chat": LINKED_CHANNEL}
    return harness.message(text, user=user, forward_origin=origin)


@pytest.mark.parametrize("make", [
    pytest.param(lambda h: forwarded(h, ARTICLE, USER), id="forwarded-article"),
    pytest.param(lambda h: h.message(ARTICLE + "\n" + "وی افزود: این خبر ادامه دارد.\n" * 8, user=USER),
                 id="article-sized-text"),
])
async def test_articles_from_non_admins_are_questions_not_offers(harness: Harness, make: Any) -> None:
    before = state(harness)
    calls = await harness.process(make(harness))
    [reply] = sent(calls)
    assert texts.CONFIRM_ADD not in reply.text and not reply.buttons()
    assert before == state(harness)


# -- buttons -------------------------------------------------------------------------------


async def admin_prompt(harness: Harness, command: str, chat: dict[str, Any] | None) -> Call:
    return sent(await harness.send(command, user=ADMIN, chat=chat))[-1]


@pytest.mark.parametrize("chat", [pytest.param(None, id="private"), pytest.param(GROUP, id="group")])
async def test_delete_button_refused_for_non_admin(harness: Harness, chat: dict[str, Any] | None) -> None:
    prompt = await admin_prompt(harness, "/delete 1", chat)
    yes = prompt.buttons()[0]
    assert "del:1" == yes["callback_data"]
    before = state(harness)
    calls = await harness.press(yes, on=prompt, user=USER)
    assert [(texts.NOT_ADMIN, True)] == [(c.params["text"], c.params["show_alert"])
                                         for c in sent(calls, "answerCallbackQuery")]
    assert [] == sent(calls, "editMessageText") + sent(calls)
    assert before == state(harness)


@pytest.mark.parametrize("data", ["arts:0", "arts:10"])
@pytest.mark.parametrize("chat", [pytest.param(None, id="private"), pytest.param(GROUP, id="group")])
async def test_articles_buttons_refused_for_non_admin(harness: Harness, chat: dict[str, Any] | None,
                                                      data: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.handlers import admin

    monkeypatch.setattr(admin, "PAGE_SIZE", 1)  # two seeds: two pages, so there are buttons
    prompt = await admin_prompt(harness, "/articles", chat)
    calls = await harness.press({"text": texts.NEXT, "callback_data": data}, on=prompt, user=USER)
    assert [(texts.NOT_ADMIN, True)] == [(c.params["text"], c.params["show_alert"])
                                         for c in sent(calls, "answerCallbackQuery")]
    assert [] == sent(calls, "editMessageText")  # the list is not shown to them


async def test_add_buttons_of_an_admins_forward_do_nothing_for_others(harness: Harness) -> None:
    """The pending text lives in the admin's user_data: for anyone else the key leads nowhere."""
    prompt = sent(await harness.process(forwarded(harness, ARTICLE, ADMIN)))[-1]
    yes, no = prompt.buttons()
    before = state(harness)
    for button in (yes, no):
        calls = await harness.press(button, on=prompt, user=USER)
        assert [texts.PENDING_GONE] == [c.params.get("text") for c in sent(calls, "answerCallbackQuery")]
        assert [] == sent(calls, "editMessageText")
    assert before == state(harness)
    assert "افزوده شد" in sent(await harness.press(yes, on=prompt, user=ADMIN), "editMessageText")[0].text


async def test_delete_cancel_button_refused_for_non_admin_in_group(harness: Harness) -> None:
    """Found here: «✖️ انصراف» was not admin-checked, any member could cancel; fixed in 1561645."""
    prompt = await admin_prompt(harness, "/delete 1", GROUP)
    no = prompt.buttons()[1]
    assert "del-no:1" == no["callback_data"]
    calls = await harness.press(no, on=prompt, user=USER)
    assert [] == sent(calls, "editMessageText")
    assert [(texts.NOT_ADMIN, True)] == [(c.params.get("text"), c.params.get("show_alert"))
                                         for c in sent(calls, "answerCallbackQuery")]


# -- anonymous group admins ------------------------------------------------------------------

# The admin command sent as the group, and what an accepted one answers.
ANONYMOUS_COMMANDS = [
    pytest.param("/add\n" + ARTICLE, "افزوده شد", id="add"),
    pytest.param("/delete 1", "خبر ۱ حذف شود؟", id="delete"),
    pytest.param("/articles", "۱ تا ۲ از ۲", id="articles"),
    pytest.param("/stats", texts.STATS_HEADER, id="stats"),
]
# (NEWSBOT_GROUP_ADMINS, sender, sender_chat, chat, accepted)
ANONYMOUS_SENDERS = [
    pytest.param(True, ANONYMOUS, GROUP, GROUP, True, id="as-the-group"),
    pytest.param(False, ANONYMOUS, GROUP, GROUP, False, id="as-the-group-but-setting-off"),
    pytest.param(True, ANONYMOUS, OTHER_GROUP, GROUP, False, id="as-another-group"),
    pytest.param(True, TELEGRAM_SERVICE, LINKED_CHANNEL, GROUP, False, id="linked-channel-post"),
    pytest.param(True, USER, GROUP, GROUP, False, id="user-with-the-group-as-sender-chat"),
]


@pytest.mark.parametrize(("group_admins", "sender", "sender_chat", "chat", "accepted"), ANONYMOUS_SENDERS)
@pytest.mark.parametrize(("command", "answer"), ANONYMOUS_COMMANDS)
async def test_anonymous_group_admin(make_harness: Callable[..., Any], command: str, answer: str,
                                     group_admins: bool, sender: dict[str, Any], sender_chat: dict[str, Any],
                                     chat: dict[str, Any], accepted: bool) -> None:
    harness = await make_harness(group_admins=group_admins)
    before = state(harness)
    calls = await harness.send(command, user=sender, chat=chat, sender_chat=sender_chat)
    [reply] = sent(calls)
    assert [] == sent(calls, "getChatMember")  # decided from the message alone
    if accepted:
        assert answer in reply.text
    else:
        assert texts.NOT_ADMIN == reply.text
        assert before == state(harness)


async def test_anonymous_admins_delete_confirmed_by_a_group_admin_only(make_harness: Callable[..., Any]) -> None:
    """The prompt an anonymous admin gets is pressed by a person: a group admin may, a member may not."""
    harness = await make_harness(group_admins=True)
    group_admin = dict(USER, id=4004, first_name="Mina")
    harness.api.members[(GROUP["id"], group_admin["id"])] = "administrator"
    prompt = sent(await harness.send("/delete 1", user=ANONYMOUS, chat=GROUP, sender_chat=GROUP))[-1]
    yes = prompt.buttons()[0]
    refused = await harness.press(yes, on=prompt, user=USER)
    assert [texts.NOT_ADMIN] == [c.params["text"] for c in sent(refused, "answerCallbackQuery")]
    assert 2 == harness.stats()["articles"]
    done = await harness.press(yes, on=prompt, user=group_admin)
    assert ["خبر ۱ حذف شد."] == [c.text for c in sent(done, "editMessageText")]
    assert 1 == harness.stats()["articles"]


# -- what reaches the logs -----------------------------------------------------------------------

OTHER_USER = dict(USER, id=2112, first_name="Reza")
THIRD_USER = dict(USER, id=2113, first_name="Neda")
SECRET_QUESTIONS = ["طالبی درباره پروژه محرمانه زاگرس چه گفت؟", "کریمی درباره رمز عبور ۹۸۷۶۵۴ چه گفت؟",
                    "جلسه سری کاشان کجا بود؟"]


async def test_token_and_user_texts_not_logged_at_info(make_harness: Callable[..., Any],
                                                       caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    harness = await make_harness(rate=3)
    article_line = ARTICLE.splitlines()[1]
    doc_text = ARTICLE.replace("رضایی", "نیک‌نامی").replace("شیراز", "کاشان")
    harness.api.files["lg"] = doc_text.encode()
    await harness.send("/start")
    for q in SECRET_QUESTIONS:
        await harness.send(q)
    await harness.send(SECRET_QUESTIONS[0])  # over the rate: warned
    await harness.send(f"/ask@{BOT['username']} پرسش گروهی درباره تالار شهید بهشتی", chat=GROUP, user=OTHER_USER)
    await harness.process({"inline_query": {"id": "iq", "from": USER, "query": "جستجوی خصوصی طالبی",
                                            "offset": ""}})
    await harness.send("/add\n" + ARTICLE, user=ADMIN)
    await harness.process(harness.message(None, user=ADMIN, document=document("lg", "k.txt", len(doc_text.encode()))))
    await harness.send("/add\n" + ARTICLE.replace("رضایی", "کامیاب"), user=USER)  # refused
    harness.api.failing.add("sendMessage")  # a failure: logged with its traceback
    await harness.send("پرسشی که پاسخش نرسید درباره کرمان", user=THIRD_USER)
    assert harness.stats()["articles"] == 4  # the run did what it should
    assert any(r.levelno >= logging.ERROR for r in caplog.records)  # and the failure was logged

    logged = caplog.text + "\n".join(
        (r.exc_text or "") + str(r.args) for r in caplog.records if r.levelno >= logging.INFO)
    leaks = [s for s in [TOKEN, TOKEN.split(":")[1], *SECRET_QUESTIONS, "تالار شهید بهشتی", "جستجوی خصوصی",
                         article_line, "نیک‌نامی", "کامیاب", "پرسشی که پاسخش نرسید"] if s in logged]
    assert [] == leaks
