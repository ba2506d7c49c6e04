"""The sentences' search forms kept as word numbers (migration 015, issue 15): every sentence,
statement and search reads back as before the upgrade, a new store keeps no form as text, and
words numbered by another connection, or by a write that failed, read back right.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from knowledge.library import Library
from knowledge.parse import parse
from knowledge.store import Store
from knowledge.store.forms import Words

from .conftest import ARTICLES, TODAY, store_before

SENTENCES = "SELECT id, article_id, position, paragraph, text, search FROM sentences ORDER BY id"
STATEMENTS = ("SELECT id, article_id, person_id, verb, text, search, first_sentence, last_sentence, direct, via "
              "FROM statements ORDER BY id")
TEXTS = sorted(ARTICLES.glob("*.txt"))[:3]


def test_upgrade_keeps_every_sentence_statement_and_search(tmp_path: Path) -> None:
    db = store_before("015_sentence_form_numbers", tmp_path / "old.db", TEXTS)
    sentences, statements = db.execute(SENTENCES).fetchall(), db.execute(STATEMENTS).fetchall()
    old = Store.__new__(Store)
    old.db, old.cache = db, {}
    found = [r["id"] for r in old.search("sentences", '"استان"*', limit=50)]
    assert sentences and statements and found  # the test has rows to keep
    upgraded = Store(db)
    assert sentences == db.execute(SENTENCES).fetchall()
    assert statements == db.execute(STATEMENTS).fetchall()
    assert found == [r["id"] for r in upgraded.search("sentences", '"استان"*', limit=50)]
    # no form kept as text: each as its words' numbers, each word once
    assert (len(sentences), 0) == db.execute("SELECT count(code), count(search) FROM sentence_cells").fetchone()
    words = {w for row in sentences for w in row[5].split(" ")}
    assert len(words) == db.execute("SELECT count(*) FROM form_words").fetchone()[0]
    # FTS5 finds in the index exactly what the view reads back
    db.execute("INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('integrity-check', 1)")
    upgraded.delete(1)
    assert [] == [i for i in (r["id"] for r in upgraded.search("sentences", '"استان"*', limit=50))
                  if i in {row[0] for row in sentences if row[1] == 1}]
    db.execute("INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('integrity-check', 1)")


def test_a_new_store_keeps_the_parsed_forms_as_numbers() -> None:
    lib = Library.memory()
    parsed = [parse(p.read_bytes(), today=TODAY) for p in TEXTS]
    for p in TEXTS:
        lib.add(p.read_bytes(), today=TODAY)
    assert [s.search for a in parsed for s in a.sentences] == [
        r["search"] for r in lib.store.rows("SELECT search FROM sentences ORDER BY id")]
    assert (0, sum(len(a.sentences) for a in parsed)) == lib.store.db.execute(
        "SELECT count(search), count(code) FROM sentence_cells").fetchone()
    # a form is a few bytes a word: far less than the form as text
    coded, text = lib.store.db.execute("SELECT sum(length(CAST(c.code AS BLOB))), "
                                       "sum(length(CAST(s.search AS BLOB))) FROM sentence_cells c "
                                       "JOIN sentences s ON s.id = c.id").fetchone()
    assert coded * 3 < text


def test_words_numbered_by_another_connection_read_back(tmp_path: Path) -> None:
    """The bot reads while ``newsbot add`` (another process) stores an article with new words."""
    path = tmp_path / "store.db"
    reader, writer = Store.open(path), Store.open(path)
    writer.add(parse(TEXTS[0].read_bytes(), today=TODAY))
    assert reader.rows("SELECT search FROM sentences ORDER BY id") == writer.rows(
        "SELECT search FROM sentences ORDER BY id")
    writer.add(parse(TEXTS[1].read_bytes(), today=TODAY))  # words the reader has not read yet
    expected = [s.search for p in TEXTS[:2] for s in parse(p.read_bytes(), today=TODAY).sentences]
    assert expected == [r["search"] for r in reader.rows("SELECT search FROM sentences ORDER BY id")]
    reader.close()
    writer.close()


def test_words_of_a_failed_write_are_not_kept(tmp_path: Path) -> None:
    """An article whose write fails takes its new words with it; words numbered later by
    another connection under the same numbers read back as theirs."""
    path = tmp_path / "store.db"
    first, other = Store.open(path), Store.open(path)
    first.add(parse(TEXTS[0].read_bytes(), today=TODAY))
    failing = parse(TEXTS[1].read_bytes(), today=TODAY)
    broken = dataclasses.replace(failing, statements=(None,))  # fails after its sentences are written
    with pytest.raises(Exception):
        first.add(broken)
    assert 1 == first.count()
    other.add(parse(TEXTS[2].read_bytes(), today=TODAY))  # numbers new words from where the list ends
    expected = [s.search for p in (TEXTS[0], TEXTS[2]) for s in parse(p.read_bytes(), today=TODAY).sentences]
    assert expected == [r["search"] for r in first.rows("SELECT search FROM sentences ORDER BY id")]
    first.close()
    other.close()


def test_words_keep_their_numbers() -> None:
    """A word's number is given once, in the order first stored, and one byte for the first ones."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE form_words (id INTEGER PRIMARY KEY, word TEXT NOT NULL)")
    words = Words(conn)
    words.number(["استاندار فارس گفت", "فارس"])
    assert [(1, "استاندار"), (2, "فارس"), (3, "گفت")] == conn.execute(
        "SELECT id, word FROM form_words").fetchall()
    assert "\x02\x01" == words.code("فارس استاندار")
    assert "فارس استاندار" == words.text("\x02\x01")
    assert words.code("کرمان") is None  # not numbered: the row keeps the form itself
