"""Issue 13, busy groups and shutdown, through the real `newsbot run` on the emulator (times printed).

A 10-user, 30-question /ask burst in one supergroup: every question answered, in the order
asked, the last within 70 s (Telegram's 20 messages a minute per group), the waiting users told
once that they are queued. Then a SIGTERM under the same load: the bot exits within 10 s.
"""

from __future__ import annotations

import signal
import time
from pathlib import Path
from typing import Any

import pytest

from bot import texts

from .conftest import BOT_USERNAME, Client, Emulator, start_bot, stop

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

QUESTIONS = ["چه کسی گفت نگاه سیاه و سفید جامع نیست؟", "طالبی چه گفت؟", "طالبی درباره هوش مصنوعی چه گفت؟"]
USERS = [{"id": 5001 + i, "is_bot": False, "first_name": f"کاربر {i}"} for i in range(10)]
QUEUED_MARK = texts.QUEUED.split(":")[0]  # «⏳ در صف پاسخ هستید»


def burst(client: Client, chat: dict[str, Any]) -> list[str]:
    """30 /ask from 10 users, as fast as the emulator takes them; the texts in the order sent."""
    sent = []
    for i in range(30):
        text = f"/ask@{BOT_USERNAME} {QUESTIONS[i % 3]} ({i + 1})"
        client.command(text, user=USERS[i % 10], chat=chat)
        sent.append(text)
    return sent


def collect(client: Client, chat_id: int, want: int, started: float, timeout: float) -> list[tuple[float, dict[str, Any]]]:
    """The bot's messages to ``chat_id`` with the second each arrived, until ``want`` answers."""
    got: list[tuple[float, dict[str, Any]]] = []
    while sum(1 for _, m in got if "reply_parameters" in m) < want and time.monotonic() - started < timeout:
        batch = client.emulator.post("/getUpdates", {"token": client.token, "chatId": chat_id})["result"]
        now = time.monotonic() - started
        got += [(now, item["message"]) for item in batch]
        time.sleep(0.05)
    return got


def test_thirty_questions_from_ten_users_in_one_group(emulator: Emulator, tmp_path: Path) -> None:
    token = "777777771:AAE2E-busy-group-bot-for-the-burst-test"
    process = start_bot(emulator, tmp_path, token=token)
    try:
        client, chat = Client(emulator, token), {"id": -1005001, "type": "supergroup", "title": "گروه شلوغ"}
        started = time.monotonic()
        sent = burst(client, chat)
        got = collect(client, chat["id"], 30, started, timeout=100)
    finally:
        stop(process.proc)
    answers = [(t, m) for t, m in got if "reply_parameters" in m]
    notices = [(t, m) for t, m in got if QUEUED_MARK in str(m.get("text", ""))]
    print(f"\nburst: {len(answers)} answers; first {answers[0][0]:.1f} s, 20th {answers[19][0]:.1f} s, "
          f"last {answers[-1][0]:.1f} s; queue notices at {[round(t, 1) for t, _ in notices]} s")
    assert 30 == len(answers)
    asked = [client.user_message_id(text) for text in sent]
    assert asked == [m["reply_parameters"]["message_id"] for _, m in answers]  # answered in the order asked
    assert texts.APOLOGY not in "".join(str(m.get("text")) for _, m in got)
    assert answers[-1][0] <= 70.0  # the bound: Telegram's 20 a minute, nothing else in the way
    assert 1 == len(notices)  # one burst, one notice
    assert answers[18][0] <= notices[0][0] <= answers[20][0]  # when the allowance ran out, before the waiting answers
    assert "۱۰ پرسش" in notices[0][1]["text"] or "۱۱ پرسش" in notices[0][1]["text"]


def test_sigterm_under_load_stops_within_ten_seconds(emulator: Emulator, tmp_path: Path) -> None:
    token = "777777772:AAE2E-busy-group-bot-for-the-sigterm-test"
    process = start_bot(emulator, tmp_path, token=token)
    client, chat = Client(emulator, token), {"id": -1005002, "type": "supergroup", "title": "گروه شلوغ"}
    started = time.monotonic()
    burst(client, chat)
    got = collect(client, chat["id"], 21, started, timeout=60)  # the allowance is spent; 9 answers wait
    process.proc.send_signal(signal.SIGTERM)
    signalled = time.monotonic()
    code = stop(process.proc, grace=30, signalled=True)
    took = time.monotonic() - signalled
    log = process.log_text()
    answered = sum(1 for _, m in got if "reply_parameters" in m)
    print(f"\nSIGTERM with {30 - answered} answers queued: exited with {code} after {took:.2f} s")
    assert 0 == code
    assert took <= 10.0  # the bound (deploy files give 30 s)
    assert "store closed" in log and "Application is stopping" in log
    assert "Traceback" not in log, log[-3000:]
