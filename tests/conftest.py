"""Shared fixtures: an in-memory library, the seed and test articles, a fixed clock."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from knowledge.answer import Answer
from knowledge.library import Library
from knowledge.parse import parse
from knowledge.store import Store, migrations

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ARTICLES = Path(__file__).resolve().parent / "articles"
TODAY = dt.date(2025, 11, 10)  # the clock every test uses


HOLDOUT = Path(__file__).resolve().parent / "holdout"


def article_files(*, holdout: bool = False) -> list[Path]:
    """Seeds first, then the test articles, each with a stable stem (000_seed, 101_...);
    with ``holdout``, the held-out articles too (201_...)."""
    files = sorted(SEEDS.glob("*.txt")) + sorted(ARTICLES.glob("*.txt"))
    return files + (sorted(HOLDOUT.glob("*.txt")) if holdout else [])


def stem_of(path: Path) -> str:
    return f"{path.name[:3]}_seed" if path.parent == SEEDS else path.stem


@pytest.fixture
def today() -> dt.date:
    return TODAY


@pytest.fixture
def fresh_lib() -> Library:
    lib = Library.memory()
    yield lib
    lib.close()


def ask_over(question: str, *copies: str, today: dt.date) -> Answer:
    """The answer to ``question`` over an in-memory store holding only ``copies`` (raw texts)."""
    lib = Library.memory()
    try:
        for raw in copies:
            lib.add(raw.encode(), today=today)
        return lib.ask(question, today=today)
    finally:
        lib.close()


@pytest.fixture(scope="session")
def loaded_lib() -> Library:
    """A library holding the seeds and every test article; article ids map from stems."""
    lib = Library.memory()
    lib.ids = {}  # type: ignore[attr-defined]
    for path in article_files(holdout=True):
        result = lib.add(path.read_bytes(), today=TODAY)
        lib.ids[stem_of(path)] = result.article_id  # type: ignore[attr-defined]
    yield lib
    lib.close()


def _library(files: list[Path]) -> Library:
    lib = Library.memory()
    lib.ids = {}  # type: ignore[attr-defined]
    for path in files:
        lib.ids[stem_of(path)] = lib.add(path.read_bytes(), today=TODAY).article_id  # type: ignore[attr-defined]
    return lib


@pytest.fixture(scope="session")
def table_lib() -> Library:
    """The seeds and the test articles, without the held-out ones: what tests/questions.tsv is
    answered from (a held-out article must not answer a table question by chance)."""
    lib = _library(article_files())
    yield lib
    lib.close()


@pytest.fixture(scope="session")
def holdout_lib() -> Library:
    """Only the held-out articles: what tests/holdout/questions.tsv is answered from."""
    lib = _library(sorted(HOLDOUT.glob("*.txt")))
    yield lib
    lib.close()


def store_before(migration: str, path: Path, texts: list[Path], *, added: str | None = None) -> sqlite_utils.Database:
    """A store as the code before ``migration`` left it: the schema up to it, and the rows of
    ``texts`` written as that code wrote them (``Store.add`` checks which columns there are)."""
    db = sqlite_utils.Database(sqlite3.connect(path))
    migrations.apply(db, stop_before=migration)
    store = Store.__new__(Store)
    store.db, store.cache = db, {}
    for p in texts:
        store.add(parse(p.read_bytes(), today=TODAY), added=added)
    db.conn.commit()
    return db
