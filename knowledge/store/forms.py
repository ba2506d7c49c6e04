"""Search forms kept as word numbers (migration 015 on).

A sentence's search form is a few dozen words out of a few thousand (5,600 in the 10k bench
store, 20,300 in the real corpus): the store keeps each word once (``form_words``, numbered
from 1 in the order first stored, never renumbered) and a form as its words' numbers, one
character each (``chr`` of the number, skipping the surrogates, which UTF-8 cannot hold): 1 byte
a word for the first 127 words, 2 up to 2,047, 3 up to 65,535. At 10k articles the forms took
0.96× the article text as text and take 0.15× as numbers.

``Words`` is a connection's copy of the list; ``register`` makes it and the SQL functions the
views and triggers call: ``form_text(code)`` (the form back) and ``form_code(form)`` (its
numbers, NULL when a word is not numbered yet: the row then keeps the form itself). Only
``Words.number`` adds words, inside the writer's transaction (``Store._insert``, the
migration), so another process's words are read when a number is not known yet.

An article's body is kept deflated (migration 017: ``article_rows.body_z``, zlib as the SQLite
archive format keeps a file): ``sqlar_uncompress`` reads it back for the view ``articles`` (and
through it the sentences' and statements' texts, cut from the body); the ``sqlite3`` shell has
the same two functions built in. ``pack`` makes it (``Store._insert``).
"""

from __future__ import annotations

import bisect
import functools
import sqlite3
import zlib
from collections.abc import Iterable

import sqlite_utils

_GAP, _GAP_END = 0xD800, 0xE000  # surrogates: not characters of a UTF-8 text
_LAST = 0x10FFFF - (_GAP_END - _GAP)  # the most words numbers can name
CACHED = 4096  # forms kept decoded (a few MB)
LONGEST_CLASS = 160  # characters of holding's GLOB pattern, past which every form is read back instead


def _char(number: int) -> str:
    return chr(number if number < _GAP else number + (_GAP_END - _GAP))


class Words:
    """A store's numbered words, as this connection last read them."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.numbers: dict[str, int] = {}
        self.table: list[str | None] = [None]  # code point -> "word " (str.translate's table)
        # the forms last read: a query may read one row's form several times (said's letter
        # test over a span's sentences reads it once a topic word, then to return it)
        self.text = functools.lru_cache(maxsize=CACHED)(self._text)
        self.flat = ""  # the words numbered, each followed by a space (holding)
        self.starts = [0]  # where each begins in it, and where the next one will

    def load(self) -> None:
        """Read the words numbered since the last read (all of them when the list shrank:
        a rolled-back transaction's words are forgotten)."""
        if not self._exists():
            return
        known = len(self.numbers)
        row = self.conn.execute("SELECT id, word FROM form_words ORDER BY id DESC LIMIT 1").fetchone()
        last = int(row[0]) if row else 0
        if last < known or (known and self.table[ord(_char(known))] != self._at(known)):
            self.reset()  # words of a transaction rolled back: read them all again
            known = 0
        if last == known:
            return
        for number, word in self.conn.execute("SELECT id, word FROM form_words WHERE id > ? ORDER BY id", [known]):
            self._add(int(number), str(word))

    def _at(self, number: int) -> str | None:
        row = self.conn.execute("SELECT word FROM form_words WHERE id = ?", [number]).fetchone()
        return None if row is None else str(row[0]) + " "

    def reset(self) -> None:
        """Forget the list (after a rollback): the next ``load`` reads it again."""
        self.numbers.clear()
        self.table = [None]
        self.flat, self.starts = "", [0]
        self.text.cache_clear()

    def _exists(self) -> bool:
        if not self.__dict__.get("exists"):  # made once, by 015, never dropped
            self.exists = self.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'form_words'").fetchone() is not None
        return bool(self.exists)

    def _add(self, number: int, word: str) -> None:
        if number != len(self.numbers) + 1:
            raise RuntimeError(f"form_words: word {number} after {len(self.numbers)}")
        self.numbers[word] = number
        point = ord(_char(number))
        if point >= len(self.table):
            self.table.extend([None] * (point + 1 - len(self.table)))
        self.table[point] = word + " "

    def number(self, forms: Iterable[str]) -> None:
        """Give every word of ``forms`` a number (inside the caller's write transaction)."""
        self.load()
        new = [w for w in dict.fromkeys(w for form in forms for w in form.split(" ")) if w not in self.numbers]
        new = new[: max(0, _LAST - len(self.numbers))]
        if new:
            first = len(self.numbers) + 1
            self.conn.executemany("INSERT INTO form_words (id, word) VALUES (?, ?)",
                                  [(first + i, w) for i, w in enumerate(new)])
            for i, w in enumerate(new):
                self._add(first + i, w)

    def code(self, form: str | None) -> str | None:
        """The numbers of ``form``'s words, or None when one has none."""
        if form is None:
            return None
        numbers = self.numbers
        try:
            return "".join([_char(numbers[w]) for w in form.split(" ")])
        except KeyError:
            return None

    def holding(self, starts: list[str]) -> tuple[list[int], int]:
        """The numbers of the words holding one of ``starts`` (none holds a space), found in
        the words as one text (``str.find``: 0.1 ms over 12k words, a scan of ``form_words``
        with ``instr`` 2 ms), and the last number read."""
        self.load()
        words = list(self.numbers)
        for w in words[len(self.starts) - 1 :]:
            self.flat += w + " "
            self.starts.append(len(self.flat))
        found: set[int] = set()
        for start in starts:
            at = self.flat.find(start)
            while at >= 0:
                i = bisect.bisect_right(self.starts, at)  # the word's number (the first is 1)
                found.add(i)
                at = self.flat.find(start, self.starts[i])
        return sorted(found), len(words)

    def _text(self, code: str | None) -> str | None:
        """The form ``code`` stands for (``text``, which keeps the last ``CACHED``)."""
        if code is None:
            return None
        if code and ord(max(code)) >= len(self.table):  # numbered by another connection since the last read
            self.load()
            if ord(max(code)) >= len(self.table):
                raise RuntimeError("form_words: a form names a word the store does not hold")
        return code.translate(self.table)[:-1]


BODIES = 1024  # bodies kept inflated (~3 MB): a question reads the sentences of dozens of articles
LEVEL = 6  # zlib's default: level 9 keeps 0.01 % more of a 2 KB body at twice the time


def pack(body: str) -> tuple[bytes, int]:
    """An article's body as kept in ``article_rows`` (``body_z``, ``body_size``): the UTF-8
    bytes deflated as the SQLite archive format keeps a file (zlib), or as they are when that
    is no shorter, and their length."""
    data = body.encode("utf-8")
    return sqlar_compress(data), len(data)


def sqlar_compress(data: bytes | str | None) -> bytes | None:
    """The ``sqlite3`` shell's ``sqlar_compress``: zlib of the bytes, or the bytes when no shorter."""
    if data is None:
        return None
    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    packed = zlib.compress(raw, LEVEL)
    return packed if len(packed) < len(raw) else raw


@functools.lru_cache(maxsize=BODIES)
def sqlar_uncompress(data: bytes | None, size: int | None) -> bytes | None:
    """The ``sqlite3`` shell's ``sqlar_uncompress`` (the view ``articles`` reads a body through it,
    as UTF-8 text): the bytes ``sqlar_compress`` kept (9 µs for a 2 KB body, the last ``BODIES``
    kept). The shell has its own, so it reads ``articles`` without ours."""
    if data is None or size is None or size <= 0 or size == len(data):
        return data
    return zlib.decompress(data)


def register(db: sqlite_utils.Database) -> Words:
    """The store's ``Words`` (one a connection, kept on ``db``) and the SQL functions over it."""
    words = getattr(db, "newsbot_words", None)
    if not isinstance(words, Words):
        words = db.newsbot_words = functions(db.conn)  # type: ignore[attr-defined]
    return words


def functions(conn: sqlite3.Connection) -> Words:
    """Register ``form_text``, ``form_code``, ``sqlar_uncompress``, ``sqlar_compress`` and
    ``span_terms`` (018's triggers) on a connection of its own (a tool's, a test's): without
    them SQLite refuses the views and triggers that read or write sentences' forms and
    articles' bodies (and statements: their terms in ``statement_words``)."""
    words = Words(conn)
    conn.create_function("form_text", 1, words.text, deterministic=True)
    conn.create_function("form_code", 1, words.code, deterministic=True)
    conn.create_function("sqlar_uncompress", 2, sqlar_uncompress, deterministic=True)
    conn.create_function("sqlar_compress", 1, sqlar_compress, deterministic=True)
    conn.create_function("span_terms", 3, span_terms, deterministic=True)
    return words


def span_terms(person_id: int, codes: str | None, uncoded: int | None) -> str:
    """A statement's document in ``statement_words`` (migration 018): ``p`` and its speaker's id,
    the numbers of the distinct words of its span's forms (``codes``: their codes one after
    another), and ``u`` when a sentence of the span keeps its form as text (``uncoded``)."""
    numbers = sorted({ord(c) if ord(c) < _GAP else ord(c) - (_GAP_END - _GAP) for c in codes or ""})
    return " ".join([f"p{person_id}", *map(str, numbers), *(["u"] if uncoded else [])])


def holding(words: Words, starts: list[str]) -> str | None:
    """A GLOB pattern over forms' numbers (``code GLOB pattern``) true for a form whose text
    holds one of ``starts`` (as ``instr`` over the text finds it: a start holds no space, so
    it lies inside one word), or that names a word numbered after this read (a writer's, since):
    the numbers of the words holding a start (``Words.holding``) as one character class, so a
    form's hit is told by SQLite without its text. The caller keeps the forms of the codes
    matched only when their text does hold a start (the newer words'); None when no form can."""
    if any(not s or " " in s for s in starts):
        return "*"  # every form (a start across words, or the empty one every text holds)
    hits, last = words.holding(starts)
    runs = _runs(hits)
    misses, prev = [], 0  # the runs of the other words
    for lo, hi in runs:
        if lo > prev + 1:
            misses.append((prev + 1, lo - 1))
        prev = hi
    if prev < last:
        misses.append((prev + 1, last))
    if last < _LAST:
        runs.append((last + 1, _LAST))
    held = "*[" + _members(runs) + "]*" if runs != [(ord("^"),) * 2] else "*^*"
    other = "*[^" + _members(misses) + "]*" if misses else "*"  # a code naming a word not among them
    pattern = min(held, other, key=len) if runs else None
    # SQLite reads a class through for each word of a form: past ~200 characters that costs
    # more than reading the form back as text (100k store: 22 characters 1.6 µs a form, 306
    # 9.6 µs, the text 7.3 µs)
    return "*" if pattern is not None and len(pattern) > LONGEST_CLASS else pattern


def _runs(numbers: list[int]) -> list[tuple[int, int]]:
    """Sorted word numbers as runs of consecutive ones (first, last)."""
    runs: list[tuple[int, int]] = []
    for n in numbers:
        if runs and runs[-1][1] == n - 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


_SPECIAL = "]-^"  # what a GLOB character class reads as its end, a range, or (first) «not»


def _members(runs: list[tuple[int, int]]) -> str:
    """The inside of a GLOB character class holding the characters of words numbered in
    ``runs``: ``]`` first (where it is one of them), then ``-`` (first or after ``]``, it is
    one), the rest as characters or ranges, ``^`` last (never first, where it means «not»)."""
    numbers = {ord(c) for c in _SPECIAL}  # words 45, 93 and 94: their characters are these
    held = [c for c in _SPECIAL if any(lo <= ord(c) <= hi for lo, hi in runs)]
    body = []
    for lo, hi in runs:
        for a, b in _split(lo, hi, numbers):
            first, last = _char(a), _char(b)
            body.append(first if a == b else first + last if b == a + 1 else f"{first}-{last}")
    head = "".join(c for c in "]-" if c in held)
    return head + "".join(body) + ("^" if "^" in held else "")


def _split(lo: int, hi: int, out: set[int]) -> list[tuple[int, int]]:
    """The run lo..hi without the numbers ``out``."""
    parts, start = [], lo
    for n in sorted(x for x in out if lo <= x <= hi):
        if start < n:
            parts.append((start, n - 1))
        start = n + 1
    if start <= hi:
        parts.append((start, hi))
    return parts
