"""The SQLite store: schema steps (schemaN, numbered in steps), writes and reads (store), FTS5 candidates
(retrieve), backup and check (maintenance). The only package that imports sqlite-utils;
never imports the answer engine.
"""

from .steps import SCHEMA_VERSION, migrations
from .store import Store, fts_query, trigram_query

__all__ = ["SCHEMA_VERSION", "Store", "fts_query", "migrations", "trigram_query"]
