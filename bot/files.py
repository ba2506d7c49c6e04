"""Reading an article file for ``newsbot add``: bounded, and only from a regular file or stdin.

A symlink to ``/dev/zero`` would otherwise be read until memory runs out, and a FIFO with no
writer would block forever. The file is checked with ``stat`` before it is opened, opened with
``O_NONBLOCK`` (so even a FIFO swapped in between the check and the open cannot block), checked
again on the open descriptor, and read up to ``limit + 1`` bytes: one byte more than allowed
is enough to know it is too big.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from collections.abc import Callable
from typing import BinaryIO


class Unreadable(Exception):
    """The file cannot be taken as an article; ``str(error)`` is the Persian reason."""


NOT_REGULAR = "یک فایل معمولی نیست (پوشه، FIFO، دستگاه یا سوکت)؛ فقط فایل متنی یا - برای ورودی استاندارد پذیرفته می‌شود"


_REASONS = {errno.EACCES: "اجازهٔ خواندن آن نیست", errno.ENOENT: "پیدا نشد",
            errno.ENOTDIR: "بخشی از مسیر پوشه نیست", errno.ELOOP: "پیوند نمادین حلقه دارد",
            errno.EISDIR: "پوشه است"}


def reason(exc: OSError) -> str:
    """The Persian reason for a failed open or read, with the system's words in brackets."""
    persian = _REASONS.get(exc.errno or 0)
    raw = exc.strerror or str(exc)
    return f"{persian} [{raw}]" if persian else raw


def too_big(limit: int) -> str:
    return f"بزرگ‌تر از حد مجاز است (بیش از {limit:,} بایت)؛ یک خبر این‌قدر بلند نیست"


def read_bounded(path: Path, limit: int, *, stdin: BinaryIO | None = None) -> bytes:
    """The bytes of ``path`` ("-" is ``stdin``), at most ``limit``; raises :class:`Unreadable`."""
    if str(path) == "-":
        if stdin is None:
            raise Unreadable(NOT_REGULAR)
        return _read(stdin.read, limit)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # follows symlinks: /dev/zero behind a link is refused
            raise Unreadable(NOT_REGULAR)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise Unreadable(reason(exc)) from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced between the check and the open
            raise Unreadable(NOT_REGULAR)
        with os.fdopen(fd, "rb", closefd=False) as f:
            return _read(f.read, limit)
    except OSError as exc:
        raise Unreadable(reason(exc)) from exc
    finally:
        os.close(fd)


def _read(read: Callable[[int], bytes], limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = read(min(1 << 16, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > limit:
        raise Unreadable(too_big(limit))
    return b"".join(chunks)
