"""1,000 questions from 50 chats at once, while articles are added: none lost, none doubled.

The application is the one ``build_application`` makes (``concurrent_updates(True)``),
started with ``app.start()`` so that its own update fetcher takes the updates from
``app.update_queue`` and runs up to 256 at a time, exactly as under polling or webhooks.
Nothing leaves the process: the Bot API is tests/bot/conftest.py's FakeBotAPI.

Meanwhile an admin sends /add messages (interleaved with the questions) and a second
connection — ``newsbot add`` on the server — adds other articles to the same file.

Checked: every question gets exactly one reply (private chats: one sendMessage per
question in that chat; groups: one reply quoting each question's message id), every /add
one «افزوده شد», no apology, no rate-limit or size refusals, no record at ERROR, and the
words «database is locked» nowhere — not in logs, replies or the second writer. Each chat
asks about its own person only, so a «وی دیگر چه گفت؟» that names another chat's person
would show conversations leaking between chats.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import logging
import random
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from telegram import Update
from telegram.ext import AIORateLimiter

from bot import texts
from bot.context import GROUPS as GROUP_QUEUE
from bot.groupqueue import GroupQueue
from knowledge.library import Library

from tests.bot.conftest import ADMIN, BOT, Harness
from .articles import variant

pytestmark = [pytest.mark.anyio, pytest.mark.slow]

QUESTIONS, PRIVATE_CHATS, GROUPS = 1_000, 40, 10
BOT_ADDS, SIDE_ADDS = 15, 10
# Each chat asks about one person (surname, full name as stored).
PEOPLE = [("طالبی", "محمدعلی طالبی"), ("کریمی", "محمدصادق کریمی"), ("عزیزی", "عزیزی"),
          ("محمودی", "محمودی"), ("ادهم", "ادهم")]
ABOUT = ["{} چه گفت؟", "{} چی گفت", "{} درباره فضای مجازی چه گفت؟", "نظر {} چه بود؟"]
FOLLOW_UP = "وی دیگر چه گفت؟"
# Questions whose answers name no person, so they leave a chat's conversation as it was
# (checked before and after the run: a topic like «سلام» would answer with statements).
NEUTRAL = ["جلسه کجا بود؟", "کارگاه مدیریت فضای مجازی کی برگزار شد؟", "کدام خبر درباره هوش مصنوعی بود؟",
           "کدام خبر درباره سد بود؟", "نشست خبری کجا بود؟", "زلزله کی بود؟", "؟", "😀", '"*" ^ (', "AND OR"]


def chat_of(c: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Chat number c: (chat, its users). 0-39 private, 40-49 groups with four members each."""
    if c < PRIVATE_CHATS:
        user = {"id": 50_000 + c, "is_bot": False, "first_name": f"U{c}", "language_code": "fa"}
        return {"id": user["id"], "type": "private", "first_name": user["first_name"]}, [user]
    group = {"id": -100_777_000 - c, "type": "supergroup", "title": f"گروه {c}"}
    users = [{"id": 60_000 + 10 * c + i, "is_bot": False, "first_name": f"G{c}{i}"} for i in range(4)]
    return group, users


def assert_neutral(harness: Harness) -> None:
    library = harness.knowledge.library
    for q in NEUTRAL:
        answer = library.ask(q, today=dt.date(2025, 11, 10))
        assert [] == [r.person_id for r in answer.results if r.person_id], q


def side_writer(db: Path, stop: threading.Event, errors: list[BaseException], added: list[int]) -> None:
    """`newsbot add` on the server: another connection adding other articles, one by one."""
    try:
        lib = Library.open(db, today=dt.date(2025, 11, 10))
        try:
            for k in range(100, 100 + SIDE_ADDS):
                if stop.is_set():
                    break
                added.append(lib.add(variant(k), today=dt.date(2025, 11, 10)).article_id)
                time.sleep(0.05)
        finally:
            lib.close()
    except BaseException as exc:  # reported by the test
        errors.append(exc)


async def test_1000_questions_from_50_chats_while_articles_are_added(
        make_harness: Callable[..., Any], caplog: pytest.LogCaptureFixture) -> None:
    harness: Harness = await make_harness(rate=1_000_000)
    app = harness.app
    # Telegram's flood limits (30 messages/s, 20/min per group) are AIORateLimiter's business
    # and would stretch this test to minutes; the application keeps a rate limiter, unlimited.
    app.bot._rate_limiter = AIORateLimiter(overall_max_rate=0, group_max_rate=0)  # type: ignore[attr-defined]
    app.bot_data[GROUP_QUEUE] = GroupQueue(rate=1_000_000)  # the bot's own group pacing (issue 13), likewise
    rng = random.Random(6)

    questions: list[tuple[int, dict[str, Any]]] = []  # (chat number, payload)
    for n in range(QUESTIONS):
        c = n % (PRIVATE_CHATS + GROUPS)
        chat, users = chat_of(c)
        surname = PEOPLE[c % len(PEOPLE)][0]
        roll = rng.random()
        q = (rng.choice(ABOUT).format(surname) if roll < 0.4 else FOLLOW_UP if roll < 0.65 else rng.choice(NEUTRAL))
        user = rng.choice(users)
        if chat["type"] == "private":
            payload = harness.message(q, user=user)
        else:
            payload = harness.command(f"/ask@{BOT['username']} {q}", user=user, chat=chat)
        questions.append((c, payload))
    adds = [harness.command("/add\n" + variant(k), user=ADMIN) for k in range(BOT_ADDS)]
    updates = list(questions)
    for i, payload in enumerate(adds):  # spread the /add messages through the stream
        updates.insert((i + 1) * len(updates) // (BOT_ADDS + 1), (-1, payload))

    assert_neutral(harness)
    before = harness.stats()["articles"]
    stop, side_errors, side_added = threading.Event(), [], []
    writer = threading.Thread(target=side_writer, args=(harness.db, stop, side_errors, side_added))
    update_ids = itertools.count(1)
    caplog.set_level(logging.DEBUG)
    started = time.monotonic()
    await app.start()
    try:
        writer.start()
        for _, payload in updates:
            await app.update_queue.put(Update.de_json({"update_id": next(update_ids), **payload}, app.bot))
        await asyncio.wait_for(app.update_queue.join(), timeout=300)
    finally:
        stop.set()
        await app.stop()
        writer.join(timeout=120)
    took = time.monotonic() - started

    sent = [c for c in harness.api.calls if c.method == "sendMessage"]
    by_chat: dict[int, list[str]] = defaultdict(list)
    quoted: Counter[tuple[int, int]] = Counter()
    for call in sent:
        chat_id = int(call.params["chat_id"])
        by_chat[chat_id].append(call.text)
        if chat_id < 0:
            quoted[(chat_id, int(call.params["reply_parameters"]["message_id"]))] += 1
    expected_private: Counter[int] = Counter()
    expected_quoted: Counter[tuple[int, int]] = Counter()
    for c, payload in questions:
        message = payload["message"]
        if c < PRIVATE_CHATS:
            expected_private[message["chat"]["id"]] += 1
        else:
            expected_quoted[(message["chat"]["id"], message["message_id"])] += 1

    assert [] == side_errors
    assert expected_private == Counter({chat: len(by_chat[chat]) for chat in expected_private})
    assert expected_quoted == quoted  # every group question answered once, as a reply to itself
    admin_replies = by_chat[ADMIN["id"]]
    assert BOT_ADDS == len(admin_replies) and all("افزوده شد" in t for t in admin_replies), admin_replies
    assert before + BOT_ADDS + len(side_added) == harness.stats()["articles"]
    assert SIDE_ADDS == len(side_added)

    all_text = "\n".join(call.text for call in sent)
    for refusal in (texts.APOLOGY, "آهسته‌تر", "بیش از حد بلند"):
        assert refusal not in all_text
    assert [] == [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert "locked" not in caplog.text and "locked" not in all_text

    assert_neutral(harness)
    for c in range(PRIVATE_CHATS + GROUPS):  # conversations stay in their chat
        chat, _ = chat_of(c)
        mine = PEOPLE[c % len(PEOPLE)][1]
        others = [full for _, full in PEOPLE if full != mine]
        leaked = [t for t in by_chat[chat["id"]] if any(o in t for o in others)]
        assert [] == leaked, f"chat {c} (asks about {mine}) was told about someone else"
    print(f"{len(updates)} updates processed in {took:.1f} s; {len(sent)} messages sent")
