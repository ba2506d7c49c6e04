"""bot/groupqueue.py: group answers leave in the order asked, within the allowance, told once when queued.

The bucket is shrunk (2 messages per 0.3 s) so that the waits are short; the order of what
is sent is asserted, never how long it took.
"""

from __future__ import annotations

import asyncio

from bot.groupqueue import GroupQueue

CHAT = -100123


async def run(queue: GroupQueue, finish_order: list[int], *, stop_after: int | None = None) -> list[str]:
    """Tickets 0..n-1 taken in order; their answers computed in ``finish_order``; what was sent."""
    sent: list[str] = []
    tickets = [queue.take(CHAT) for _ in finish_order]
    stopping = {"now": False}

    async def notify(count: int) -> None:
        sent.append(f"notice {count}")

    async def one(ticket: int) -> None:
        await asyncio.sleep(0.01 * finish_order.index(ticket))  # the engine finishes them in this order
        try:
            if await queue.wait(CHAT, ticket, lambda: stopping["now"], notify):
                sent.append(f"answer {ticket}")
                if stop_after is not None and len([s for s in sent if s.startswith("answer")]) == stop_after:
                    stopping["now"] = True
        finally:
            queue.done(CHAT, ticket)

    await asyncio.gather(*(one(t) for t in tickets))
    return sent


def test_answers_leave_in_the_order_asked() -> None:
    # the engine finished ticket 2 first, then 0, then 1: still sent 0, 1, 2 (within the allowance)
    queue = GroupQueue(rate=5, per=0.3)
    assert ["answer 0", "answer 1", "answer 2"] == asyncio.run(run(queue, [2, 0, 1]))


def test_one_notice_when_the_allowance_runs_out() -> None:
    # rate 2: the first answer, then the last free message is the notice («3 waiting»), then the rest, paced
    queue = GroupQueue(rate=2, per=0.3)
    want = ["answer 0", "notice 3", "answer 1", "answer 2", "answer 3"]
    assert want == asyncio.run(run(queue, [0, 1, 2, 3]))


def test_a_new_burst_gets_a_new_notice() -> None:
    async def two_bursts() -> list[str]:
        queue = GroupQueue(rate=2, per=0.3)
        await run(queue, [0, 1, 2])
        return await run(queue, [3, 4, 5])  # the queue emptied in between: a new burst

    second = asyncio.run(two_bursts())
    assert 1 == sum(s.startswith("notice") for s in second)
    assert ["answer 3", "answer 4", "answer 5"] == [s for s in second if s.startswith("answer")]


def test_stopping_drops_what_still_waits() -> None:
    # stop right after the first answer: the four waiting behind it are dropped, not sent late
    queue = GroupQueue(rate=2, per=60.0)
    sent = asyncio.run(asyncio.wait_for(run(queue, [0, 1, 2, 3, 4], stop_after=1), 5))
    assert ["answer 0"] == sent
    assert 0 == queue.waiting(CHAT)


def test_a_quiet_group_is_not_told_anything() -> None:
    # two questions, five free messages: no notice
    queue = GroupQueue(rate=5, per=60.0)
    assert ["answer 0", "answer 1"] == asyncio.run(run(queue, [0, 1]))
