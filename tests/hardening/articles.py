"""Many distinct articles made from the test articles, and what a clean parse of each holds.

Variant ``k`` is test article ``k % 15`` with a closing paragraph «این گزارش با شماره K در
بایگانی ثبت شد.» (K = k + 1 in Persian digits): the search form differs, so no two variants
are duplicates, and the number tells which file a stored article came from.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from knowledge.parse import parse

ROOT = Path(__file__).resolve().parents[2]
TEST_ARTICLES = sorted((ROOT / "tests" / "articles").glob("*.txt"))
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
_FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_MARK = re.compile(r"این گزارش با شماره ([۰-۹]+) در بایگانی ثبت شد")
HOLDOUT = ROOT / "tests" / "holdout"
# The articles the answer tests here run on, pinned (new test or held-out articles added later
# do not shift these tests' answers): the seeds, tests/articles 101-115, tests/holdout 201-212.
NEWS_FILES = SEEDS + [p for p in TEST_ARTICLES if int(p.name[:3]) <= 115] + sorted(
    p for p in HOLDOUT.glob("*.txt") if int(p.name[:3]) <= 212)
RECORD_TABLES = ("sentences", "appearances", "statements", "dates", "places", "events")


def variant(k: int) -> str:
    source = TEST_ARTICLES[k % len(TEST_ARTICLES)].read_text(encoding="utf-8").rstrip("\n")
    return f"{source}\n\nاین گزارش با شماره {str(k + 1).translate(_FA)} در بایگانی ثبت شد.\n"


def write_variants(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(n):
        path = folder / f"news_{k:03d}.txt"
        path.write_text(variant(k), encoding="utf-8")
        paths.append(path)
    return paths


def variant_number(sentence_texts: list[str]) -> int | None:
    """k of the variant whose closing sentence is among ``sentence_texts`` (None: a seed)."""
    for s in sentence_texts:
        m = _MARK.search(s)
        if m:
            return int(m.group(1).translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))) - 1
    return None


@dataclass(frozen=True)
class Expected:
    """What a whole article holds: its hash, title and the number of records of each kind."""

    text_hash: str
    title: str
    counts: tuple[tuple[str, int], ...]


def expected_of(raw: str, today: dt.date) -> Expected:
    p = parse(raw, today=today)
    counts = {"sentences": len(p.sentences), "appearances": len(p.persons), "statements": len(p.statements),
              "dates": len(p.dates), "places": len(p.places), "events": len(p.events)}
    return Expected(p.search_hash, p.title, tuple(counts.items()))


@functools.cache
def expected_variant(k: int, today: dt.date) -> Expected:
    return expected_of(variant(k), today)


@functools.cache
def expected_seeds(today: dt.date) -> dict[str, Expected]:
    found = [expected_of(p.read_text(encoding="utf-8"), today) for p in SEEDS]
    return {e.text_hash: e for e in found}


def stored_articles(conn: sqlite3.Connection) -> dict[int, tuple[str, str, dict[str, int], int | None]]:
    """id → (text_hash, title, record counts, variant k or None) of every stored article."""
    counts: dict[int, dict[str, int]] = {}
    for table in RECORD_TABLES:
        for article_id, n in conn.execute(f"SELECT article_id, count(*) FROM {table} GROUP BY article_id"):
            counts.setdefault(article_id, {})[table] = n
    out = {}
    for article_id, text_hash, title in conn.execute("SELECT id, text_hash, title FROM articles ORDER BY id"):
        texts = [r[0] for r in conn.execute(
            "SELECT text FROM sentences WHERE article_id = ? ORDER BY position DESC LIMIT 3", [article_id])]
        have = {t: counts.get(article_id, {}).get(t, 0) for t in RECORD_TABLES}
        out[article_id] = (text_hash, title, have, variant_number(texts))
    return out
