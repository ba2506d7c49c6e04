"""said's letter test over the forms' word numbers (forms.holding): ``code GLOB pattern`` finds
exactly the forms whose text holds a topic word's start, as ``instr`` over the decoded text did
(said._with_spans before), so only those are read back as text — with the start in the middle
of a word, words whose numbers are the characters GLOB treats specially (``-``, ``]``, ``^``),
starts made of such characters, a start held by nearly every word, and words numbered after
the pattern was made.
"""

from __future__ import annotations

import random
import sqlite3

import pytest

from knowledge.library import Library
from knowledge.store import forms
from knowledge.store.forms import Words, holding

from .conftest import ARTICLES, TODAY

# words numbered first to last: fillers, and at chosen numbers the words a test looks for
SPECIAL = {
    44: "پیش‌نفتی",  # the start in the middle of a word
    45: "نفتکش",  # number 45 is «-», a range inside a GLOB class
    46: "آبنفت",
    93: "بی‌نفت",  # 93 is «]», the end of a class
    94: "نفت",  # 94 is «^», «not» at a class's start
    95: "a*b",  # GLOB's own wildcards inside a word
    96: "[نفت]",
    97: "?x",
    0xD7FF: "نفتی",  # the last number before the surrogates, whose characters UTF-8 cannot hold
    0xD800: "انفت",  # the first after them
}
LAST = 0xD810


def _store() -> tuple[sqlite3.Connection, list[str]]:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE form_words (id INTEGER PRIMARY KEY, word TEXT NOT NULL)")
    conn.execute("CREATE TABLE cells (id INTEGER PRIMARY KEY, code TEXT)")
    words = forms.functions(conn)
    ordered = [SPECIAL.get(n, f"w{n}") for n in range(1, LAST + 1)]
    words.number([" ".join(ordered)])
    assert "نفت" == words.text(forms._char(94))  # the numbers are the ones meant
    rnd = random.Random(15)
    texts = [" ".join(rnd.choice(ordered) for _ in range(rnd.randint(1, 8))) for _ in range(4000)]
    texts += [*SPECIAL.values(), "w1 w2", "w12 w345"]
    conn.executemany("INSERT INTO cells (code) VALUES (?)", [(words.code(t),) for t in texts])
    return conn, texts


def _instr(conn: sqlite3.Connection, starts: list[str]) -> list[int]:
    """The old test: instr over each form's text."""
    holds = " OR ".join(["instr(form_text(code), ?) > 0"] * len(starts))
    return [r[0] for r in conn.execute(f"SELECT id FROM cells WHERE {holds} ORDER BY id", starts)]


def _glob(conn: sqlite3.Connection, starts: list[str]) -> list[int]:
    return [r[0] for r in conn.execute("SELECT id FROM cells WHERE code GLOB ? ORDER BY id",
                                       [holding(conn, starts)])]


CASES = [
    (["نفت"],),  # in the middle, at the start, at 45/93/94 and either side of the surrogates
    (["نفتک"],),  # only number 45: «-» alone in the class
    (["بی‌ن"],),  # only 93: «]» alone
    (["نفت", "w9"],),  # a class with ranges (w9, w90..w99, w900..) and the three specials
    (["*"],),  # a start GLOB reads as a wildcard is only a letter here
    (["["], ),  # as is a class's opening
    (["?"],),
    (["w"],),  # nearly every word: the class names the few others («not» them)
    (["w", "نفت"],),  # every known word but a* b, [نفت] and ?x
    (["ندارد"],),  # no word: no form
    ([""],),  # the empty start every text holds
]


@pytest.mark.parametrize(("starts",), CASES, ids=[" ".join(c[0]) or "empty" for c in CASES])
def test_glob_over_numbers_finds_what_instr_over_text_found(starts: list[str]) -> None:
    conn, _ = _store()
    expected = _instr(conn, starts)
    assert expected == _glob(conn, starts)


def test_a_start_across_words_reads_every_form_and_the_text_decides() -> None:
    conn, texts = _store()
    starts = ["w1 w"]
    assert list(range(1, len(texts) + 1)) == _glob(conn, starts)
    rows = dict(conn.execute("SELECT id, form_text(code) FROM cells"))
    expected = _instr(conn, starts)
    assert expected  # «w1 w2» and some generated ones hold it
    assert expected == [i for i in _glob(conn, starts) if any(s in rows[i] for s in starts)]


def test_the_pattern_names_a_word_numbered_after_it() -> None:
    conn, texts = _store()
    pattern = holding(conn, ["نفت"])
    words = Words(conn)  # another writer's connection
    words.load()
    words.number(["تازه‌نفت", "تازه"])
    conn.executemany("INSERT INTO cells (id, code) VALUES (?, ?)",
                     [(9001, words.code("تازه‌نفت w1")), (9002, words.code("تازه"))])
    taken = [r[0] for r in conn.execute("SELECT id FROM cells WHERE code GLOB ? AND id > 9000", [pattern])]
    assert [9001, 9002] == taken  # both read back as text, where «تازه» is then found not to hold it


def test_the_real_sentences_hit_as_before() -> None:
    lib = Library.memory()
    for path in sorted(ARTICLES.glob("*.txt")):
        lib.add(path.read_bytes(), today=TODAY)
    conn = lib.store.db.conn
    forms_ = [str(r[0]) for r in conn.execute("SELECT search FROM sentence_rows ORDER BY id")]
    words = sorted({w for f in forms_ for w in f.split()})
    assert len(words) > 500  # real articles' words
    rnd = random.Random(16)
    starts = [[w[:4]] for w in rnd.sample(words, 60)] + [[w[1:4]] for w in rnd.sample(words, 60) if len(w) > 3]
    starts += [["ا"], ["ی"], ["است", "شهر", "آب"], ["زابراهیم"]]
    for case in starts:
        holds = " OR ".join(["instr(t.search, ?) > 0"] * len(case))
        expected = [r[0] for r in conn.execute(f"SELECT t.id FROM sentence_rows t WHERE {holds} ORDER BY t.id", case)]
        got = [r[0] for r in conn.execute("SELECT id FROM sentence_cells WHERE code GLOB ? ORDER BY id",
                                          [holding(conn, case)])]
        assert expected == got, case
