"""Migrations from 018 on: steps.py registers them after schema4's, in this order.

018 indexes every statement by its speaker and the words of its span's sentences
(``statement_words``): what_said's letter test over a common surname's namesakes (1,500–4,900
statements at 100k articles) asked SQLite to read every one of their sentences, a page a
statement; the index answers «which of these people's statements hold one of these words»
from a few doclists (said_pool._topic_hits).
"""

from __future__ import annotations

import sqlite_utils

from . import forms

# a statement's terms (forms.span_terms): its speaker, the numbers of its span's words, and
# «u» when a sentence of it keeps its form as text (a word without a number): read from its
# sentences as they are now (a trigger's ``new`` or ``old`` row, or ``r`` in a SELECT)
TERMS = ("(SELECT span_terms({s}.person_id, group_concat(t.code, ''), max(t.code IS NULL)) FROM sentence_cells t "
         "WHERE t.article_id = {s}.article_id AND t.position BETWEEN {s}.first_sentence AND {s}.last_sentence)")
_DELETE = "INSERT INTO statement_words (statement_words, rowid, terms) "


def m018_statement_words(db: sqlite_utils.Database) -> None:
    """Statements by speaker and word (said_pool._topic_hits): an FTS5 index with no copy of
    its text (contentless) and no positions (``detail=none``), one document a statement:
    ``p<person id>`` and the numbers of the distinct words of its span's sentences (21 MB at
    100k articles: 0.11× the article text, the store 2.65× → 2.76×; built in ~30 s). Kept by
    triggers: a statement stored, changed or deleted (by itself or with its article, read
    before the article's rows go), and a sentence whose form changes under statements. A contentless index forgets a document only when told
    its terms, so each delete reads them from the sentences as they still are."""
    forms.register(db)
    # no docsize record a statement either (``columnsize=0``): nothing ranks these rows (5.9 MB at 100k)
    db.execute("CREATE VIRTUAL TABLE statement_words USING fts5(terms, content='', detail=none, columnsize=0, "
               "tokenize='ascii')")
    db.execute(f"INSERT INTO statement_words (rowid, terms) SELECT r.id, {TERMS.format(s='r')} "
               "FROM statement_rows r ORDER BY r.id")
    db.execute("INSERT INTO statement_words (statement_words) VALUES ('optimize')")
    new, old = TERMS.format(s="new"), TERMS.format(s="old")
    alive = "WHERE EXISTS (SELECT 1 FROM article_rows WHERE id = old.article_id)"  # not deleted with its article
    db.execute("CREATE TRIGGER statement_words_ai AFTER INSERT ON statement_rows BEGIN "
               f"INSERT INTO statement_words (rowid, terms) VALUES (new.id, {new}); END")
    db.execute("CREATE TRIGGER statement_words_ad AFTER DELETE ON statement_rows BEGIN "
               f"{_DELETE} SELECT 'delete', old.id, {old} {alive}; END")
    db.execute("CREATE TRIGGER statement_words_au AFTER UPDATE OF article_id, person_id, first_sentence, "
               "last_sentence ON statement_rows BEGIN "
               f"{_DELETE} SELECT 'delete', old.id, {old} {alive}; "
               f"INSERT INTO statement_words (rowid, terms) VALUES (new.id, {new}); END")
    db.execute("CREATE TRIGGER statement_words_article_bd BEFORE DELETE ON article_rows BEGIN "
               f"{_DELETE} SELECT 'delete', r.id, {TERMS.format(s='r')} FROM statement_rows r "
               "WHERE r.article_id = old.id; END")
    # a sentence's form changed in place (by hand: the bot never does): the statements over it
    # forget their terms as they were (its old form in its place) and take the new ones
    over = ("FROM statement_rows r WHERE r.article_id = new.article_id "
            "AND new.position BETWEEN r.first_sentence AND r.last_sentence")
    was = ("(SELECT span_terms(r.person_id, group_concat(CASE WHEN t.id = old.id THEN old.code ELSE t.code END, ''), "
           "max((CASE WHEN t.id = old.id THEN old.code ELSE t.code END) IS NULL)) FROM sentence_cells t "
           "WHERE t.article_id = r.article_id AND t.position BETWEEN r.first_sentence AND r.last_sentence)")
    db.execute("CREATE TRIGGER statement_words_sentence_au AFTER UPDATE OF code, search ON sentence_cells "
               "WHEN old.article_id = new.article_id AND old.position = new.position BEGIN "
               f"{_DELETE} SELECT 'delete', r.id, {was} {over}; "
               f"INSERT INTO statement_words (rowid, terms) SELECT r.id, {TERMS.format(s='r')} {over}; END")
