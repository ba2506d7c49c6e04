"""The store's size, continued (issue 15): a place kept once with its mentions as ids
(migration 011), an article's lead and surtitle as where they are in its body (012), an
appearance's aliases without the roles they repeat (013). Nothing
stored is lost on the way: every place, article and record reads back as it was, and a deleted
article takes the place names only it held with it.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from knowledge.library import Library
from knowledge.parse import parse
from knowledge.store import Store
from knowledge.store.schema3 import _ALIASES, aliases_after_roles

from .conftest import ARTICLES, TODAY, store_before

PLACES = "SELECT article_id, sentence, name, province, kind, via FROM places ORDER BY article_id, id"
ARTICLE_ROWS = ("SELECT id, title, surtitle, lead, source, published, published_jalali, place, province, body, "
                "text_hash, added FROM articles ORDER BY id")
APPEARANCES = "SELECT id, person_id, article_id, idx, name, honorifics, roles, aliases, quoted, sentences, search " \
              "FROM appearances ORDER BY id"
# 103 and 105 have a surtitle, 101 none
TEXTS = [ARTICLES / name for name in ("101_shiraz_water_crisis.txt", "103_isfahan_research_week.txt",
                                      "105_kermanshah_border_exports.txt")]


def store_at_010(path: Path, texts: list[Path]) -> sqlite_utils.Database:
    return store_before("011_place_names", path, texts, added=TODAY.isoformat())


def test_upgrade_keeps_every_place_article_and_record(tmp_path: Path) -> None:
    db = store_at_010(tmp_path / "old.db", TEXTS)
    places, articles = db.execute(PLACES).fetchall(), db.execute(ARTICLE_ROWS).fetchall()
    appearances = db.execute(APPEARANCES).fetchall()
    old = Store.__new__(Store)
    old.db, old.cache = db, {}
    records = [old.records(i) for i in (1, 2, 3)]
    assert places and all(a[2] for a in articles[1:])  # the test has places and surtitles to keep
    upgraded = Store(db)
    assert places == db.execute(PLACES).fetchall()
    # a place's id counts within its article, in the order stored
    assert [n for a in (1, 2, 3) for n in range(1, sum(p[0] == a for p in places) + 1)] == [
        r[0] for r in db.execute("SELECT id FROM places ORDER BY article_id, id")]
    assert articles == db.execute(ARTICLE_ROWS).fetchall()
    assert appearances == db.execute(APPEARANCES).fetchall()
    assert records == [upgraded.records(i) for i in (1, 2, 3)]  # as `newsbot show` and export give them
    # each (name, province, kind, via) once; no lead or surtitle kept as a second copy
    names = db.execute("SELECT count(*) FROM place_names").fetchone()[0]
    assert names == len({p[2:] for p in places}) < len(places)
    assert (0, 0) == db.execute("SELECT count(lead_text), count(surtitle_text) FROM articles").fetchone()
    # the aliases that end with the roles keep only what comes before them
    assert 0 < db.execute("SELECT count(*) FROM appearances WHERE aliases_roles = 1").fetchone()[0]
    assert [] == db.execute("SELECT id FROM appearances WHERE aliases_roles = 1 AND roles != '[]' "
                            "AND instr(aliases_own, substr(roles, 2, length(roles) - 2)) > 0").fetchall()


def test_new_articles_keep_lead_and_surtitle_in_the_body() -> None:
    lib = Library.memory()
    parsed = [parse(p.read_bytes(), today=TODAY) for p in TEXTS]
    for p in TEXTS:
        lib.add(p.read_bytes(), today=TODAY)
    shown = [lib.show(i)["article"] for i in (1, 2, 3)]
    # what a reader sees: the lead and surtitle as parsed, the columns in the order they had
    assert [(p.surtitle, p.lead) for p in parsed] == [(a["surtitle"], a["lead"]) for a in shown]
    assert ["id", "title", "surtitle", "lead", "source", "published", "published_jalali", "place", "province",
            "body", "text_hash", "added"] == list(shown[0])
    assert [(None, None, 1), (None, None, 1), (None, None, 1)] == lib.store.db.execute(
        "SELECT lead_text, surtitle_text, lead_start IS NOT NULL FROM articles ORDER BY id").fetchall()


def test_a_lead_not_in_the_body_is_kept_as_it_is() -> None:
    lib = Library.memory()
    parsed = parse(TEXTS[0].read_bytes(), today=TODAY)
    # cases: a lead the body does not hold; an empty surtitle (not «found» at the body's start)
    lib.store.add(dataclasses.replace(parsed, lead="لیدی که در متن نیست", surtitle=""))
    assert ("لیدی که در متن نیست", "") == (lib.show(1)["article"]["lead"], lib.show(1)["article"]["surtitle"])
    assert ("لیدی که در متن نیست", "", None) == lib.store.db.execute(
        "SELECT lead_text, surtitle_text, lead_start FROM articles").fetchone()


def test_new_places_read_back_and_names_are_kept_once() -> None:
    lib = Library.memory()
    parsed = [parse(p.read_bytes(), today=TODAY) for p in TEXTS[:2]]
    for p in TEXTS[:2]:
        lib.add(p.read_bytes(), today=TODAY)
    got = lib.store.db.execute("SELECT article_id, sentence, name, province, kind, via FROM places "
                               "ORDER BY article_id, id").fetchall()
    assert [(i + 1, m.sentence, m.name, m.province, m.kind, m.via) for i, a in enumerate(parsed)
            for m in a.places] == got
    assert len(set(p[2:] for p in got)) == lib.store.db.execute("SELECT count(*) FROM place_names").fetchone()[0]
    # a place with no province (NULL) mentioned twice is one name too
    for article_id in (1, 2):
        lib.store.db.execute("INSERT INTO places (article_id, sentence, name, province, kind, via) "
                             "VALUES (?, 0, 'جایی', NULL, 'venue', NULL)", [article_id])
    assert [(1,), (2,)] == lib.store.db.execute(
        "SELECT article_id FROM places WHERE name = 'جایی' AND province IS NULL ORDER BY article_id").fetchall()
    assert 1 == lib.store.db.execute("SELECT count(*) FROM place_names WHERE name = 'جایی'").fetchone()[0]


def test_a_deleted_article_takes_its_own_place_names_with_it() -> None:
    lib = Library.memory()
    for p in TEXTS[:2]:
        lib.add(p.read_bytes(), today=TODAY)
    db = lib.store.db
    second = set(db.execute("SELECT name, province, kind, via FROM places WHERE article_id = 2").fetchall())
    only_first = set(db.execute("SELECT name, province, kind, via FROM places WHERE article_id = 1").fetchall()) - second
    assert only_first and second
    lib.delete(1)
    assert second == set(db.execute("SELECT name, province, kind, via FROM place_names").fetchall())
    assert [] == db.execute("SELECT id FROM places WHERE article_id = 1").fetchall()


# (aliases, roles, what is stored: the aliases before the roles and whether the roles follow)
ALIASES = [
    (["حافظی", "استاندار فارس"], ["استاندار فارس"], ('["حافظی"]', 1)),  # the usual: surname, then the role
    (["استاندار فارس"], ["استاندار فارس"], ("[]", 1)),  # only the role
    (["استاندار فارس", "حافظی"], ["استاندار فارس"], ('["استاندار فارس", "حافظی"]', 0)),  # the role not at the end
    (["حافظی"], [], ('["حافظی"]', 0)),  # no role
    ([], [], ("[]", 0)),  # nothing
    (["الف", "ب", "ج"], ["ب", "ج"], ('["الف"]', 1)),  # two roles, in order
    (["الف", "ج", "ب"], ["ب", "ج"], ('["الف", "ج", "ب"]', 0)),  # two roles, in another order
]


@pytest.mark.parametrize(("aliases", "roles", "stored"), ALIASES)
def test_aliases_are_stored_without_the_roles_they_end_with(aliases: list[str], roles: list[str],
                                                           stored: tuple[str, int]) -> None:
    assert stored == aliases_after_roles(aliases, roles)
    # and read back as they were, by the generated column
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (roles TEXT, aliases_own TEXT, aliases_roles INTEGER)")
    db.execute(f"ALTER TABLE t ADD COLUMN aliases TEXT GENERATED ALWAYS AS ({_ALIASES}) VIRTUAL")
    db.execute("INSERT INTO t (roles, aliases_own, aliases_roles) VALUES (?, ?, ?)",
               [json.dumps(roles, ensure_ascii=False), *stored])
    assert aliases == json.loads(db.execute("SELECT aliases FROM t").fetchone()[0])


def test_new_appearances_read_back_their_aliases() -> None:
    lib = Library.memory()
    parsed = [parse(p.read_bytes(), today=TODAY) for p in TEXTS]
    for p in TEXTS:
        lib.add(p.read_bytes(), today=TODAY)
    assert [list(p.aliases) for a in parsed for p in a.persons] == [
        r["aliases"] for i in (1, 2, 3) for r in lib.show(i)["people"]]
    assert 0 < lib.store.db.execute("SELECT count(*) FROM appearances WHERE aliases_roles = 1").fetchone()[0]
