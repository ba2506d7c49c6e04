"""Answers in a busy group: in the order asked, paced to Telegram's 20 messages a minute.

Telegram lets a bot send about 20 messages a minute into one group. AIORateLimiter enforces
that by holding a send until the group's allowance frees up, but a send held there is
invisible to the people waiting and cannot be interrupted by a shutdown. So an answer to a
group waits here first, in the same leaky bucket as AIORateLimiter's group limiter (20 per
60 s, one more every 3 s once spent), and in the order the questions arrived:

- each question takes a ticket when it arrives; its answer leaves after every earlier one;
- when the group's allowance is spent while answers are waiting, the group is told once per
  waiting burst (a burst ends when the queue empties) that questions are queued;
- once the application stops, what still waits is dropped at once (``wait`` returns False).

AIORateLimiter stays in place as the safety net for everything else the bot sends.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

GROUP_RATE = 20  # messages per group per PER seconds: Telegram's limit, as AIORateLimiter's default
PER = 60.0
POLL = 0.2  # seconds between checks of the stopping flag while waiting


@dataclass
class _Group:
    level: float = 0.0  # the leaky bucket's fill (messages)
    at: float = 0.0  # when ``level`` was last brought up to date
    issued: int = 0  # tickets handed out
    serving: int = 0  # the ticket whose answer may leave next
    finished: set[int] = field(default_factory=set)  # tickets done out of turn (errors, drops)
    noticed: bool = False  # this waiting burst's notice has gone out
    changed: asyncio.Event = field(default_factory=asyncio.Event)


class GroupQueue:
    def __init__(self, rate: int = GROUP_RATE, per: float = PER,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.rate, self.per, self.clock = rate, per, clock
        self._groups: dict[int, _Group] = {}

    def take(self, chat_id: int) -> int:
        """A ticket for a question that just arrived (call before the first ``await``)."""
        if len(self._groups) > 10_000:
            self.prune()
        group = self._groups.setdefault(chat_id, _Group(at=self.clock()))
        group.issued += 1
        return group.issued - 1

    def waiting(self, chat_id: int) -> int:
        """Questions asked in the group whose answers have not left yet."""
        group = self._groups.get(chat_id)
        return 0 if group is None else group.issued - group.serving - len(group.finished)

    def free(self, chat_id: int) -> int:
        """Messages the group can receive right now without Telegram's limit holding them."""
        group = self._groups.get(chat_id)
        if group is None:
            return self.rate
        self._leak(group)
        return int(self.rate - group.level)

    async def wait(self, chat_id: int, ticket: int, stopping: Callable[[], bool],
                   notify: Callable[[int], Awaitable[None]] | None = None) -> bool:
        """Wait for ``ticket``'s turn and a free message; False when the application stops.

        ``notify(waiting)`` sends the queue notice; it is called at most once per waiting
        burst, in a slot of its own, when this answer would otherwise wait for the allowance
        (or takes its last free message while others wait behind it).
        """
        group = self._groups[chat_id]
        while group.serving != ticket:
            if stopping():
                return False
            group.changed.clear()
            try:
                await asyncio.wait_for(group.changed.wait(), POLL)
            except TimeoutError:
                pass
        behind = self.waiting(chat_id) - 1
        free = self.free(chat_id)
        if notify is not None and not group.noticed and (free <= 0 or (free == 1 and behind > 0)):
            if not await self._slot(group, stopping):
                return False
            group.noticed = True
            await notify(behind + 1)
        return await self._slot(group, stopping)

    def done(self, chat_id: int, ticket: int) -> None:
        """The ticket's answer was sent, dropped or failed: let the next one go."""
        group = self._groups.get(chat_id)
        if group is None:
            return
        group.finished.add(ticket)
        while group.serving in group.finished:
            group.finished.discard(group.serving)
            group.serving += 1
        if group.serving == group.issued:
            group.noticed = False  # the queue emptied: the burst is over
        group.changed.set()

    def prune(self) -> None:
        """Forget groups with nothing waiting and a drained allowance (keeps memory bounded)."""
        for chat_id, group in list(self._groups.items()):
            self._leak(group)
            if group.serving == group.issued and group.level <= 0:
                del self._groups[chat_id]

    async def _slot(self, group: _Group, stopping: Callable[[], bool]) -> bool:
        """Take one message of the allowance, waiting (interruptibly) until one is free."""
        while True:
            if stopping():
                return False
            self._leak(group)
            if group.level + 1 <= self.rate:
                group.level += 1
                return True
            await asyncio.sleep(min(POLL, (group.level + 1 - self.rate) * self.per / self.rate))

    def _leak(self, group: _Group) -> None:
        now = self.clock()
        group.level = max(0.0, group.level - (now - group.at) * self.rate / self.per)
        group.at = now
