"""The article's own characters for what users see; hazm's form for what the parser reads.

hazm's normaliser (:func:`knowledge.text.normalize`) respaces punctuation (``</b>`` →
``< / b>``, ``alert(1)`` → ``alert (1)``), turns ``"…"`` into «…», puts half-spaces into
``می رود`` and drops some characters. The parser depends on that form (people and places are
found in it), so it keeps reading it; a sentence or a quote shown to users is cut out of the
*shown* paragraph — the text after :func:`knowledge.text.clean` only, white space made single
spaces — at the place an alignment of the two texts gives.

The alignment walks both texts at once: equal characters pair up; a space or half-space on
one side only is one that hazm inserted or removed; a space against a half-space is one hazm
changed; anything else (a letter hazm mapped, «» for ``"``, a character it dropped or
expanded) is bridged to the next place where both texts agree again, and ``difflib`` aligns
what is left when no such place is near.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

_GAPS = frozenset(" \u200c\n")
_RESYNC = 24  # characters looked ahead on each side for a place where both texts agree again
_AGREE = 3  # characters that must agree there


@dataclass(frozen=True)
class Alignment:
    """``normal`` (hazm's form) against ``shown`` (the article's characters).

    ``starts[i]``: where in ``shown`` a span that starts with ``normal[i]`` starts;
    ``ends[i]``: where a span whose last character is ``normal[i - 1]`` ends (both
    ``len(normal) + 1`` long, never decreasing).
    """

    normal: str
    shown: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Where ``normal[start:end]`` stands in ``shown``, white space at its edges left out."""
        a, b = self.starts[start], max(self.starts[start], self.ends[end])
        while a < b and self.shown[a].isspace():
            a += 1
        while b > a and self.shown[b - 1].isspace():
            b -= 1
        return a, b

    def cut(self, start: int, end: int) -> str:
        """The shown text of ``normal[start:end]``."""
        a, b = self.span(start, end)
        return self.shown[a:b]

    def part(self, start: int, end: int) -> Alignment:
        """The alignment of ``normal[start:end]`` against its shown text."""
        a, b = self.span(start, end)
        width = b - a

        def local(values: Sequence[int]) -> tuple[int, ...]:
            return tuple(min(max(v - a, 0), width) for v in values)

        return Alignment(self.normal[start:end], self.shown[a:b],
                         local(self.starts[start : end + 1]), local(self.ends[start : end + 1]))

    def shown_of(self, piece: str) -> str | None:
        """The shown text of ``piece`` (a piece of ``normal``, found at its first place);
        None when ``normal`` does not hold it."""
        at = self.normal.find(piece) if piece else -1
        return self.cut(at, at + len(piece)) if at >= 0 else None


def join(parts: Sequence[Alignment], sep: str = " ") -> Alignment:
    """The alignment of ``sep.join`` of both sides of ``parts``."""
    normal, shown = sep.join(p.normal for p in parts), sep.join(p.shown for p in parts)
    starts: list[int] = []
    ends: list[int] = [0]
    offset = 0
    for k, p in enumerate(parts):
        if k:
            starts += [offset + i for i in range(len(sep))]  # the separator pairs with itself
            ends += [offset + i + 1 for i in range(len(sep))]
            offset += len(sep)
        starts += [offset + s for s in p.starts[:-1]]
        ends += [offset + e for e in p.ends[1:]]
        offset += len(p.shown)
    starts.append(len(shown))
    return Alignment(normal, shown, tuple(starts), tuple(ends))


def align(normal: str, shown: str) -> Alignment:
    """Pair the characters of ``normal`` with those of ``shown`` (see the module's text)."""
    n, m = len(normal), len(shown)
    if normal == shown:
        same = tuple(range(n + 1))
        return Alignment(normal, shown, same, same)
    starts = [0] * (n + 1)
    ends = [0] * (n + 1)
    i = j = 0
    while i < n and j < m:
        a, b = normal[i], shown[j]
        if a == b or (a in _GAPS and b in _GAPS):
            starts[i], ends[i + 1] = j, j + 1
            i, j = i + 1, j + 1
        elif a in _GAPS:  # hazm put a space or half-space here
            starts[i] = ends[i + 1] = j
            i += 1
        elif b in _GAPS:  # hazm took one out
            j += 1
        else:
            found = _agree(normal, shown, i, j)
            if found is None:
                _bridge(normal, shown, i, j, n, m, starts, ends)
                i, j = n, m
                break
            di, dj = found
            if di:
                _spread(i, i + di, j, j + dj, starts, ends)
            elif i:
                ends[i] = j + dj  # shown characters hazm dropped stay with what comes before
            i, j = i + di, j + dj
    for k in range(i, n):  # hazm's text goes on where the shown one has ended
        starts[k], ends[k + 1] = m, m
    if j < m:
        ends[n] = m  # the shown text's tail belongs to the last span
    starts[0], starts[n] = 0, m
    return Alignment(normal, shown, tuple(starts), tuple(ends))


def _agree(normal: str, shown: str, i: int, j: int) -> tuple[int, int] | None:
    """The nearest (by characters skipped on both sides) offsets after which both texts agree
    for ``_AGREE`` characters, or reach their ends together."""
    for total in range(1, 2 * _RESYNC + 1):
        for di in range(max(0, total - _RESYNC), min(total, _RESYNC) + 1):
            dj = total - di
            a, b = normal[i + di : i + di + _AGREE], shown[j + dj : j + dj + _AGREE]
            if a == b and (len(a) == _AGREE or (i + di + len(a) == len(normal) and j + dj + len(b) == len(shown))):
                return di, dj
    return None


def _spread(i1: int, i2: int, j1: int, j2: int, starts: list[int], ends: list[int]) -> None:
    """``normal[i1:i2]`` stands for ``shown[j1:j2]``: spread one over the other."""
    width, count = j2 - j1, i2 - i1
    for k in range(count):
        starts[i1 + k] = j1 + k * width // count
        ends[i1 + k + 1] = j1 + -(-(k + 1) * width // count)


def _bridge(normal: str, shown: str, i: int, j: int, n: int, m: int, starts: list[int], ends: list[int]) -> None:
    """The rest of both texts, aligned by difflib (no agreeing place was near)."""
    matcher = difflib.SequenceMatcher(None, normal[i:], shown[j:], autojunk=False)
    for _tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if i2 > i1:
            _spread(i + i1, i + i2, j + j1, j + j2, starts, ends)
        elif j2 > j1 and i + i1 > 0:
            ends[i + i1] = j + j2  # shown characters hazm dropped stay with what comes before
