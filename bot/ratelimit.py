"""Per-user question limit: at most N questions in any sliding 60-second window.

Telegram's own limits on what the bot *sends* are handled by AIORateLimiter; this
keeps one user from keeping the answering engine busy. A user over the limit is
told so once per window, with the seconds until the window frees up, then ignored
until then. Only questions count: /start, /help and admin commands never pass here.
"""

from __future__ import annotations

import enum
import math
import time
from collections import deque
from collections.abc import Callable


class Verdict(enum.Enum):
    ALLOW = "allow"
    WARN = "warn"  # over the limit: say so
    DROP = "drop"  # over the limit and already told


class RateLimiter:
    def __init__(self, per_window: int, *, window: float = 60.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.per_window = per_window
        self.window = window
        self.clock = clock
        self._hits: dict[int, deque[float]] = {}
        self._warned: dict[int, float] = {}

    def check(self, user_id: int) -> Verdict:
        now = self.clock()
        if len(self._hits) > 10_000:
            self.prune()
        hits = self._hits.setdefault(user_id, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) < self.per_window:
            hits.append(now)
            self._warned.pop(user_id, None)
            return Verdict.ALLOW
        if user_id in self._warned and self._warned[user_id] > now - self.window:
            return Verdict.DROP
        self._warned[user_id] = now
        return Verdict.WARN

    def retry_after(self, user_id: int) -> int:
        """Whole seconds until ``user_id`` may ask again (at least 1)."""
        hits = self._hits.get(user_id)
        if not hits or len(hits) < self.per_window:
            return 1
        return max(1, math.ceil(hits[0] + self.window - self.clock()))

    def prune(self) -> None:
        """Forget users idle for a whole window (keeps memory bounded)."""
        cutoff = self.clock() - self.window
        for user_id in [u for u, h in self._hits.items() if not h or h[-1] <= cutoff]:
            del self._hits[user_id]
            self._warned.pop(user_id, None)
