"""Parse many articles at once, in a process pool; the caller stores them.

    for item in parse_many(texts, today=today):
        if isinstance(item, KnowledgeError):
            ...                      # this text was refused (empty, not Persian, too large ...)
        else:
            store.add(item, ...)     # a ParsedArticle: the writes stay in the caller, serial

Results come back in the order of ``texts``, one per text: a
:class:`~knowledge.models.ParsedArticle`, or the :class:`~knowledge.errors.KnowledgeError`
that :func:`knowledge.parse.parse` raised for it. Any other exception (a bug) is raised when
its text's turn comes, as a serial loop would raise it.

Parsing is pure CPU work in Python, so threads cannot help; worker processes each parse a
chunk of texts. Fewer than :data:`MIN_POOL` texts (or one usable CPU) are parsed here, with no
pool: starting one costs more than it saves. The first text is always parsed in this process,
which loads hazm's normalizer and the word lists; on Linux the workers are forked after it
and start with them loaded (with other threads running, fork is unsafe and they are spawned
instead, and load them again). At most ``2 × workers`` chunks are in flight, so a long
iterator is read as it goes, not all at once.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from ..errors import KnowledgeError
from ..models import ParsedArticle
from .pipeline import parse

MIN_POOL = 20  # fewer texts than this are parsed without a pool
CHUNK = 8  # texts per task: about 0.1 s of parsing, so the pool's overhead stays small

Item = ParsedArticle | KnowledgeError


class _Crash:
    """An unexpected exception in a worker, carried back to be raised in the text's turn."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


def usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def parse_one(raw: str | bytes, today: dt.date) -> Item:
    """:func:`parse`, with a refused text returned instead of raised."""
    try:
        return parse(raw, today=today)
    except KnowledgeError as exc:
        return exc


def _parse_chunk(texts: list[str | bytes], today: dt.date) -> list[Item | _Crash]:
    out: list[Item | _Crash] = []
    for raw in texts:
        try:
            out.append(parse_one(raw, today))
        except Exception as exc:  # noqa: BLE001 - raised again in the parent, in order
            out.append(_Crash(exc))
    return out


def _unwrap(item: Item | _Crash) -> Item:
    if isinstance(item, _Crash):
        raise item.error
    return item


def _die_with_parent(parent: int) -> None:
    """A worker ends with the process that started it: a killed ``newsbot add`` must not
    leave workers parsing (and holding its stdout open) forever. On Linux the kernel sends
    SIGKILL when the parent dies; elsewhere the pool's own shutdown is all there is."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def parse_many(texts: Iterable[str | bytes], *, today: dt.date, workers: int | None = None,
               chunk: int = CHUNK, min_pool: int = MIN_POOL) -> Iterator[Item]:
    """Parse every text, in a pool of ``workers`` processes (default: the usable CPUs) when
    there are ``min_pool`` texts or more; yield one result per text, in order."""
    workers = usable_cpus() if workers is None else workers
    it = iter(texts)
    head = list(islice(it, max(min_pool, 1)))
    if workers <= 1 or len(head) < min_pool:
        for raw in head:
            yield _unwrap(_parse_chunk([raw], today)[0])
        yield from (_unwrap(_parse_chunk([raw], today)[0]) for raw in it)
        return
    # the first text here: it loads what parsing needs before the workers are forked
    yield _unwrap(_parse_chunk([head[0]], today)[0])
    rest = _chunks([iter(head[1:]), it], chunk)
    pending: deque[Future[list[Item | _Crash]]] = deque()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context(),
                               initializer=_die_with_parent, initargs=(os.getpid(),))
    try:
        for part in islice(rest, 2 * workers):
            pending.append(pool.submit(_parse_chunk, part, today))
        while pending:
            done = pending.popleft().result()
            part = next(rest, None)
            if part is not None:
                pending.append(pool.submit(_parse_chunk, part, today))
            for item in done:
                yield _unwrap(item)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _chunks(sources: list[Iterator[str | bytes]], size: int) -> Iterator[list[str | bytes]]:
    for source in sources:
        while part := list(islice(source, size)):
            yield part
