"""Migrations from 011 on: store.py registers them after schema2's, in this order.

011 keeps each place once: an article's place mentions repeat a few thousand names (a city,
its province, a venue) in every article, so the row of a mention keeps the id of its
(name, province, kind, via) in ``place_names`` and the view ``places`` reads them back under
the old names. 012 keeps an article's title, surtitle and lead as where they are in its body
(they are its first paragraphs), as 008 did for sentences. 013 keeps an appearance's aliases
without the roles they repeat.
"""

from __future__ import annotations

import json

import sqlite_utils

# the place of a mention: one row per different (name, province, kind, via)
_SAME_PLACE = "n.name = {n}.name AND n.province IS {n}.province AND n.kind = {n}.kind AND n.via IS {n}.via"


def m011_place_names(db: sqlite_utils.Database) -> None:
    """Places: a mention was 57 bytes and three indexes (0.75× the article text at 10k
    articles, 16 KB pages); now a row of ids and an index by place (0.24× with the names).
    The queries keep their SQL: ``places`` is a view; a name or province is looked up in the
    small table first, then its mentions by ``place_rows_place``; an article's mentions are
    the rows of ``place_rows`` under its id, a table kept in that order (WITHOUT ROWID), which
    needs no index of its own (tests/test_query_plans.py). A mention's ``id`` counts within
    its article (1, 2, ... in the order stored): every query orders an article's places by
    it, none reads one place by id."""
    sql = str(db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'places'").fetchone()[0])
    if "name TEXT NOT NULL, province TEXT, kind TEXT NOT NULL, via TEXT" not in sql:
        raise RuntimeError("011: unexpected places table")
    db.execute("CREATE TABLE place_names (id INTEGER PRIMARY KEY, name TEXT NOT NULL, province TEXT, "
               "kind TEXT NOT NULL, via TEXT)")
    db.execute("""CREATE TABLE place_rows (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, id INTEGER NOT NULL,
        sentence INTEGER, place_id INTEGER NOT NULL REFERENCES place_names(id),
        PRIMARY KEY (article_id, id)) WITHOUT ROWID""")
    # names in the order first mentioned, so that ids grow with the archive as before
    db.execute("INSERT INTO place_names (name, province, kind, via) SELECT name, province, kind, via FROM places "
               "GROUP BY name, province, kind, via ORDER BY min(id)")
    db.execute("CREATE INDEX place_names_name ON place_names(name, province, kind, via)")
    db.execute("CREATE INDEX place_names_province ON place_names(province)")
    old = "(SELECT p.*, row_number() OVER (PARTITION BY p.article_id ORDER BY p.id) AS n FROM places p) p"
    db.execute("INSERT INTO place_rows (article_id, id, sentence, place_id) SELECT p.article_id, p.n, p.sentence, "
               f"(SELECT n.id FROM place_names n WHERE {_SAME_PLACE.format(n='p')}) FROM {old} ORDER BY p.id")
    wrong = db.execute(f"SELECT count(*) FROM {old} LEFT JOIN place_rows r ON r.article_id = p.article_id "
                       "AND r.id = p.n LEFT JOIN place_names n ON n.id = r.place_id WHERE r.sentence IS NOT p.sentence "
                       "OR n.name IS NOT p.name OR n.province IS NOT p.province OR n.kind IS NOT p.kind "
                       "OR n.via IS NOT p.via").fetchone()[0]
    if wrong or db.execute("SELECT (SELECT count(*) FROM places) - (SELECT count(*) FROM place_rows)").fetchone()[0]:
        raise RuntimeError("011: a place would not read back as it was")
    db.execute("DROP TABLE places")  # and its indexes places_article, places_name, places_province
    db.execute("CREATE INDEX place_rows_place ON place_rows(place_id)")  # the key (article_id, id) comes with it
    db.execute("CREATE VIEW places AS SELECT r.id AS id, r.article_id, r.sentence, n.name, n.province, n.kind, n.via "
               "FROM place_rows r JOIN place_names n ON n.id = r.place_id")
    db.execute("CREATE TRIGGER places_insert INSTEAD OF INSERT ON places BEGIN "
               "INSERT INTO place_names (name, province, kind, via) SELECT new.name, new.province, new.kind, new.via "
               f"WHERE NOT EXISTS (SELECT 1 FROM place_names n WHERE {_SAME_PLACE.format(n='new')}); "
               "INSERT INTO place_rows (article_id, id, sentence, place_id) VALUES (new.article_id, "
               "coalesce((SELECT max(r.id) FROM place_rows r WHERE r.article_id = new.article_id), 0) + 1, "
               f"new.sentence, (SELECT n.id FROM place_names n WHERE {_SAME_PLACE.format(n='new')})); END")


# An article's piece kept as where it is in the body (``{c}_start``, 0-based, and ``{c}_length``,
# in characters, as ``substr`` counts them), or as itself (``{c}_text``) when the body does not
# hold it as it is: the column ``{c}`` is a generated one that reads it back (computed when read,
# never stored), so every query and ``SELECT *`` see the column as before.
BODY_PIECES = ("lead", "surtitle")
_PIECE = ("CASE WHEN {c}_start IS NULL THEN {c}_text "
          "ELSE substr(body, {c}_start + 1, {c}_length) END")


def m012_lead_from_body(db: sqlite_utils.Database) -> None:
    """Articles: the lead (the first paragraph of the body, a fifth of the article text) and the
    surtitle were second copies of a piece of the body. The title is a piece of the body too,
    but it stays a column of its own: scripts and tools write it as one (``UPDATE articles SET
    title``), and a generated column cannot be written."""
    for c in BODY_PIECES:
        db.execute(f"ALTER TABLE articles RENAME COLUMN {c} TO {c}_text")
        db.execute(f"ALTER TABLE articles ADD COLUMN {c}_start INTEGER")
        db.execute(f"ALTER TABLE articles ADD COLUMN {c}_length INTEGER")
        db.execute(f"UPDATE articles SET {c}_start = instr(body, {c}_text) - 1, {c}_length = length({c}_text) "
                   f"WHERE {c}_text != '' AND instr(body, {c}_text) > 0")
        wrong = db.execute(f"SELECT count(*) FROM articles WHERE {c}_start IS NOT NULL "
                           f"AND substr(body, {c}_start + 1, {c}_length) IS NOT {c}_text").fetchone()[0]
        if wrong:
            raise RuntimeError(f"012: a {c} would not read back as it was")
        db.execute(f"UPDATE articles SET {c}_text = NULL WHERE {c}_start IS NOT NULL")
        db.execute(f"ALTER TABLE articles ADD COLUMN {c} TEXT GENERATED ALWAYS AS ({_PIECE.format(c=c)}) VIRTUAL")


def in_body(body: str, piece: str | None) -> tuple[int | None, int | None, str | None]:
    """``{c}_start, {c}_length, {c}_text`` of a piece of an article (see ``BODY_PIECES``)."""
    at = body.find(piece) if piece else -1
    return (at, len(piece), None) if piece and at >= 0 else (None, None, piece)


# An appearance's aliases end with its roles, mostly («حافظی», then the role): ``aliases_own``
# keeps the others, and ``aliases_roles`` = 1 says the roles follow them (the JSON of the two
# lists joined is the JSON of the whole, as ``json.dumps`` writes lists: ``", "`` between items).
_ALIASES = ("CASE WHEN aliases_roles = 0 THEN aliases_own WHEN aliases_own = '[]' THEN roles "
            "ELSE substr(aliases_own, 1, length(aliases_own) - 1) || ', ' || substr(roles, 2) END")


def m013_aliases_after_roles(db: sqlite_utils.Database) -> None:
    """Appearances: the aliases repeated the roles (85 % of the generated appearances, 0.06× of
    the article text at 10k). ``aliases`` is a generated column reading them back."""
    db.execute("ALTER TABLE appearances RENAME COLUMN aliases TO aliases_own")
    db.execute("ALTER TABLE appearances ADD COLUMN aliases_roles INTEGER NOT NULL DEFAULT 0")
    # the aliases without the roles at their end, where they end so: changed only where
    # joining them back gives the same text
    own = ("CASE WHEN aliases_own = roles THEN '[]' "
           "ELSE substr(aliases_own, 1, length(aliases_own) - length(roles) - 1) || ']' END")
    joined = _ALIASES.replace("aliases_roles = 0", "0").replace("aliases_own", "({own})").format(own=own)
    db.execute(f"UPDATE appearances SET aliases_own = {own}, aliases_roles = 1 WHERE roles != '[]' "
               f"AND (aliases_own = roles OR substr(aliases_own, -length(roles) - 1) = ', ' || substr(roles, 2)) "
               f"AND {joined} = aliases_own")
    db.execute(f"ALTER TABLE appearances ADD COLUMN aliases TEXT GENERATED ALWAYS AS ({_ALIASES}) VIRTUAL")


def aliases_after_roles(aliases: tuple[str, ...] | list[str], roles: tuple[str, ...] | list[str]) -> tuple[str, int]:
    """``aliases_own, aliases_roles`` of an appearance (see ``m013_aliases_after_roles``)."""
    aliases, roles = list(aliases), list(roles)
    if roles and aliases[len(aliases) - len(roles):] == roles:
        return _json(aliases[: len(aliases) - len(roles)]), 1
    return _json(aliases), 0


def _json(items: list[str]) -> str:
    return json.dumps(items, ensure_ascii=False)  # as Store writes its lists


def forget_places(db: sqlite_utils.Database) -> None:
    """Take out the place names no mention holds any more (after an article is deleted): what
    a deleted report named does not stay in the store."""
    db.execute("DELETE FROM place_names WHERE NOT EXISTS "
               "(SELECT 1 FROM place_rows r WHERE r.place_id = place_names.id)")


def m016_statements_person_spans(db: sqlite_utils.Database) -> None:
    """A person's statements with where they stand, read from one index (said._light): the
    namesakes of a common surname hold thousands of statements (4,600 for «احمدی» at 100k
    articles), and reading each one's row cost a page a statement; the index holds what the
    topic's letter test needs (the span, and where the statement's form is cut from its first
    sentence) in the person's order. It replaces ``statements_person`` (its first column)."""
    db.execute("CREATE INDEX statements_person_spans ON statement_rows(person_id, article_id, first_sentence, "
               "last_sentence, search_start, search_length)")
    db.execute("DROP INDEX statements_person")
