"""End to end: the real `newsbot run` process polling the telegram-test-api emulator.

Each test talks in its own chats so that no reply can be mistaken for another's.
"""

from __future__ import annotations

import json
import signal
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from bot import texts

from .conftest import ADMIN, BOT_ID, BOT_USERNAME, BotProcess, Client, Emulator, free_port, start_bot, stop

pytestmark = pytest.mark.e2e

KARIMI_Q = "چه کسی گفت نگاه سیاه و سفید جامع نیست؟"
ARTICLE = """date 2025-11-09 خبرگزاری آزمون
هشدار مدیرعامل آب و فاضلاب شیراز درباره ذخایر سدها

به گزارش خبرگزاری آزمون، علی رضایی مدیرعامل شرکت آب و فاضلاب شیراز روز یکشنبه ۱۸ آبان در نشست خبری گفت: مصرف آب باید بیست درصد کاهش یابد و مردم همکاری کنند.

وی افزود: ذخایر سد درودزن به کمترین میزان در ده سال گذشته رسیده است.
"""
OTHER_ARTICLE = """date 2025-11-09 خبرگزاری آزمون
برگزاری جشنواره کتاب کودک در همدان

به گزارش خبرگزاری آزمون، مریم احمدی دبیر جشنواره کتاب کودک همدان روز یکشنبه گفت: این جشنواره با حضور صد ناشر برگزار می‌شود و تا پایان هفته ادامه دارد.
"""


def user(uid: int, name: str = "کاربر") -> dict[str, Any]:
    return {"id": uid, "is_bot": False, "first_name": name}


def private(u: dict[str, Any]) -> dict[str, Any]:
    return {"id": u["id"], "type": "private", "first_name": u["first_name"]}


def group(gid: int) -> dict[str, Any]:
    return {"id": gid, "type": "supergroup", "title": "گروه آزمون"}


def texts_of(messages: list[dict[str, Any]]) -> str:
    return "\n---\n".join(str(m.get("text", "")) for m in messages)


def no_apology(messages: list[dict[str, Any]]) -> None:
    assert texts.APOLOGY not in texts_of(messages), texts_of(messages)


def test_start(bot: BotProcess, client: Client) -> None:
    u = user(3001)
    client.command("/start", user=u, chat=private(u))
    replies = client.replies(u["id"])
    assert len(replies) == 1, texts_of(replies)
    assert replies[0]["parse_mode"] == "HTML"
    assert "سلام" in replies[0]["text"] and texts.EXAMPLES[1] in replies[0]["text"]
    assert f"@{BOT_USERNAME}" in replies[0]["text"]


def test_private_question_names_the_speaker(bot: BotProcess, client: Client) -> None:
    u = user(3002)
    client.say(KARIMI_Q, user=u, chat=private(u))
    replies = client.replies(u["id"])
    no_apology(replies)
    assert len(replies) == 1 and "کریمی" in replies[0]["text"]
    assert "\n📰 روابط عمومی دانشگاه علوم پزشکی تبریز — «" in replies[0]["text"]  # outlet (no date), headline
    assert [texts.SOURCE] == [b["text"] for row in replies[0]["reply_markup"]["inline_keyboard"] for b in row]


def test_small_talk_through_the_real_process(bot: BotProcess, client: Client) -> None:
    # issue 13: a greeting, thanks, English, a lone «وی» — none reaches the engine's «not found»
    u = user(3012)
    expected = [texts.GREETING, texts.THANKS, texts.ASK_IN_PERSIAN, texts.WHO_DO_YOU_MEAN.format(pronoun="وی")]
    for text, want in zip(["سلام", "خیلی ممنون، عالی بود", "What did Talebi say?", "وی دیگر چه گفت؟"], expected):
        client.say(text, user=u, chat=private(u))
        [answer] = client.replies(u["id"])
        assert want in answer["text"], text


def test_more_button_round_trip(bot: BotProcess, client: Client) -> None:
    u = user(3003)
    client.say("طالبی چه گفت؟", user=u, chat=private(u))
    [first] = client.replies(u["id"])
    [button] = first["reply_markup"]["inline_keyboard"][0]  # «بیشتر»; «📰 متن خبر» on the next row
    assert button["text"] == "بیشتر" and len(button["callback_data"].encode()) < 64
    message = {"message_id": client.bot_message_ids(u["id"])[-1], "date": int(time.time()),
               "chat": private(u), "text": first["text"]}
    client.press(button["callback_data"], user=u, message=message)
    page = client.replies(u["id"])
    no_apology(page)
    assert page and "طالبی" in page[-1]["text"] and page[-1]["text"] != first["text"]


def test_group_ask_with_botname_replies_to_the_asker(bot: BotProcess, client: Client) -> None:
    u, g = user(3004), group(-1003004)
    text = f"/ask@{BOT_USERNAME} {KARIMI_Q}"
    client.command(text, user=u, chat=g)
    replies = client.replies(g["id"])
    no_apology(replies)
    assert len(replies) == 1 and "کریمی" in replies[0]["text"]
    assert replies[0]["reply_parameters"]["message_id"] == client.user_message_id(text)


def test_group_mention_answered_and_chatter_ignored(bot: BotProcess, client: Client) -> None:
    u, g = user(3005), group(-1003005)
    client.say("سلام به همه، جلسه فردا ساعت چند است؟", user=u, chat=g)  # chatter
    text = f"@{BOT_USERNAME} {KARIMI_Q}"
    client.say(text, user=u, chat=g, entities=[{"offset": 0, "length": len(BOT_USERNAME) + 1, "type": "mention"}])
    replies = client.replies(g["id"], settle=1.5)
    no_apology(replies)
    assert len(replies) == 1, texts_of(replies)  # only the mention was answered
    assert "کریمی" in replies[0]["text"]
    assert replies[0]["reply_parameters"]["message_id"] == client.user_message_id(text)


def test_group_reply_to_the_bot(bot: BotProcess, client: Client) -> None:
    u, g = user(3006), group(-1003006)
    bot_user = {"id": BOT_ID, "is_bot": True, "first_name": "Bot", "username": BOT_USERNAME}
    earlier = {"message_id": 1, "date": int(time.time()), "chat": g, "from": bot_user, "text": "پاسخ پیشین"}
    client.say(KARIMI_Q, user=u, chat=g, reply_to_message=earlier)
    replies = client.replies(g["id"])
    assert len(replies) == 1 and "کریمی" in replies[0]["text"]


def test_non_admin_add_is_refused_and_nothing_stored(bot: BotProcess, client: Client) -> None:
    u = user(3007)
    before = bot.articles()
    client.command("/add\n" + OTHER_ARTICLE, user=u, chat=private(u))
    replies = client.replies(u["id"])
    assert [m["text"] for m in replies] == [texts.NOT_ADMIN]
    assert bot.articles() == before
    client.say("مریم احمدی چه گفت؟", user=u, chat=private(u))
    answer = texts_of(client.replies(u["id"]))
    assert "صد ناشر" not in answer


def test_admin_add_then_question_about_the_new_article(bot: BotProcess, client: Client) -> None:
    before = bot.articles()
    client.command("/add\n" + ARTICLE, user=ADMIN, chat=private(ADMIN))
    [summary] = client.replies(ADMIN["id"])
    assert "افزوده شد" in summary["text"], summary["text"]
    assert "هشدار مدیرعامل آب و فاضلاب شیراز" in summary["text"] and "علی رضایی" in summary["text"]
    assert "۱۸ آبان ۱۴۰۴" in summary["text"] and "2025-11-09" in summary["text"]
    assert bot.articles() == before + 1
    u = user(3008)
    client.say("رضایی درباره مصرف آب چه گفت؟", user=u, chat=private(u))
    replies = client.replies(u["id"])
    no_apology(replies)
    assert "علی رضایی" in replies[0]["text"] and "بیست درصد" in replies[0]["text"]


def test_token_never_logged(bot: BotProcess, client: Client) -> None:
    u = user(3009)
    client.say("طالبی درباره هوش مصنوعی چه گفت؟", user=u, chat=private(u))
    assert client.replies(u["id"])
    log = bot.log_text()
    assert "Application started" in log and bot.token not in log
    assert "طالبی درباره هوش مصنوعی" not in log  # users' texts stay out of INFO logs


def test_sigterm_shuts_down_cleanly(emulator: Emulator, tmp_path: Path) -> None:
    process = start_bot(emulator, tmp_path, token="987654321:AAE2E-second-bot-for-the-sigterm-test")
    process.proc.send_signal(signal.SIGTERM)
    assert stop(process.proc, grace=20, signalled=True) == 0
    log = process.log_text()
    assert "Application is stopping" in log and "store closed" in log and process.token not in log


def test_second_sigterm_during_shutdown_still_closes_the_store(emulator: Emulator, tmp_path: Path) -> None:
    process = start_bot(emulator, tmp_path, token="987654322:AAE2E-third-bot-for-the-double-sigterm")
    process.proc.send_signal(signal.SIGTERM)
    time.sleep(0.02)
    process.proc.send_signal(signal.SIGTERM)
    assert stop(process.proc, grace=20, signalled=True) is not None  # exited by itself, not killed
    assert process.log_text().count("store closed") == 1


def test_webhook_rejects_updates_without_the_secret(emulator: Emulator, tmp_path: Path) -> None:
    token = "555555555:AAE2E-webhook-bot-for-the-secret-test"
    port = free_port()
    url = f"http://127.0.0.1:{port}/hook"
    process = start_bot(emulator, tmp_path, token=token,
                        extra=["--webhook-url", url, "--listen", "127.0.0.1", "--port", str(port),
                               "--secret-token", "s3cret-TOKEN_1"])
    exit_code: int | None = -1
    try:
        u = user(3010)
        update = {"update_id": 1, "message": {"message_id": 1, "date": int(time.time()), "from": u,
                                                "chat": private(u), "text": KARIMI_Q}}

        def post(headers: dict[str, str]) -> int:
            request = urllib.request.Request(url, json.dumps(update).encode(),
                                             {"Content-Type": "application/json", **headers})
            try:
                with urllib.request.urlopen(request, timeout=10) as response:
                    return int(response.status)
            except urllib.error.HTTPError as exc:
                return int(exc.code)

        assert post({}) == 403
        assert post({"X-Telegram-Bot-Api-Secret-Token": "wrong"}) == 403
        assert post({"X-Telegram-Bot-Api-Secret-Token": "s3cret-TOKEN_1"}) == 200
        replies = Client(emulator, token).replies(u["id"])
        assert len(replies) == 1 and "کریمی" in replies[0]["text"]
    finally:
        exit_code = stop(process.proc, grace=20)
    assert exit_code == 0
