"""The SQLite store: schema and migrations, writes and reads (store), FTS5 candidates
(retrieve), backup and check (maintenance). The only package that imports sqlite-utils;
never imports the answer engine.
"""

from .store import SCHEMA_VERSION, Store, fts_query, migrations, trigram_query

__all__ = ["SCHEMA_VERSION", "Store", "fts_query", "migrations", "trigram_query"]
