"""The store's schema steps, in order (sqlite-utils ``Migrations``), and how a store applies them.

Each step lives in a ``schemaN`` module; this one only numbers them and runs the pending ones
under one write lock (``migrate``). ``SCHEMA_VERSION`` is the number of steps a store opened by
this code has applied.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

from . import schema1, schema2, schema3, schema4, schema5

SCHEMA_VERSION = 17
migrations = Migrations("newsbot")

# The numbered steps, in order; a step's name is its function's without the «m» ("001_initial", ...).
STEPS = (
    schema1.m001_initial,
    schema1.m002_event_venue,
    schema1.m003_person_trigrams,
    schema1.m004_meta,
    schema1.m005_place_indexes,
    schema1.m006_article_ids_never_reused,
    schema2.m007_date_indexes,
    schema2.m008_sentence_text_from_body,
    schema2.m009_statement_text_from_body,
    schema2.m010_statement_search_from_sentence,
    schema3.m011_place_names,
    schema3.m012_lead_from_body,
    schema3.m013_aliases_after_roles,
    schema4.m015_sentence_form_numbers,  # (014, a names index, was planned and not needed)
    schema3.m016_statements_person_spans,
    schema4.m017_bodies_deflated,
    schema5.m018_statement_words,
)
for _step in STEPS:
    migrations(name=_step.__name__[1:])(_step)


def migrate(db: sqlite_utils.Database) -> None:
    """Apply the pending migrations under one write lock.

    Two processes opening a new store (or the bot starting while a CLI command upgrades it)
    would otherwise both see the same migration pending and both run it. ``BEGIN IMMEDIATE``
    takes the write lock first (a second process waits, up to the busy timeout), and the
    pending list is read again inside it: whoever comes second finds nothing left to do.
    """
    if not migrations.pending(db):
        return
    conn = db.conn
    conn.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction: set before it
    conn.execute("BEGIN IMMEDIATE")
    try:
        migrations.apply(db)  # re-reads what is applied, now under the lock
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
