"""Hardening tests reuse the bot's offline harness (tests/bot/conftest.py) as it is.

Importing the fixtures here makes pytest register them for this directory too; the
harness itself (FakeBotAPI, Harness, the fixtures) is not copied, so it stays one thing.
Only ``store`` is overridden: the same fresh store holding the two seeds, copied from a
template seeded once per session instead of parsing the seeds again for every test.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge.library import Library
from tests.bot.conftest import (  # noqa: F401  (fixtures, registered by name)
    TODAY,
    anyio_backend,
    harness,
    make_harness,
    make_settings,
)


@pytest.fixture(scope="session")
def news_lib() -> Iterator[Library]:
    """Seeds, test articles and held-out articles (a pinned list: see articles.NEWS_FILES); read only."""
    from .articles import NEWS_FILES

    lib = Library.memory()
    for path in NEWS_FILES:
        lib.add(path.read_bytes(), today=TODAY)
    assert len(NEWS_FILES) == lib.store.count()
    yield lib
    lib.close()


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "seeded.db"
    Library.open(path, today=TODAY).close()
    assert not Path(f"{path}-wal").exists()  # closing checkpointed everything into the file
    return path


@pytest.fixture
def store(seeded_template: Path, tmp_path: Path) -> Path:
    """A fresh store holding the two seed articles (as tests/bot/conftest.py's ``store``)."""
    path = tmp_path / "t.db"
    shutil.copyfile(seeded_template, path)
    return path
