"""Library.warm (the bot's start-up, bot/service.py) reads what answering otherwise reads on
the first question that needs it (issue 15): each word list and the store's two tables took
20–30 ms at 100k articles on the first question of some kind, a user's question."""

from __future__ import annotations

import datetime as dt

from knowledge import text
from knowledge.library import Library

from .conftest import ARTICLES

# the word lists of knowledge.text: each read once per process, on first use
WORD_LISTS = [
    text.known_words,  # hazm's lexicon: is a spoken word a known one
    text.verb_forms,  # hazm's verbs conjugated: «کی ... رفت» is a verb, not a name
    text._frequencies,  # hazm's word counts: spoken plurals of common nouns («مصدومای»)
    text.informal_words,  # spoken spellings («چی» → «چه»)
    text.stopwords,  # hazm's stop words
]


def test_warm_reads_every_word_list(fresh_lib: Library, today: dt.date) -> None:
    fresh_lib.add((ARTICLES / sorted(p.name for p in ARTICLES.glob("*.txt"))[0]).read_bytes(), today=today)
    for load in WORD_LISTS:
        load.cache_clear()
    fresh_lib.warm(today=today)
    for load in WORD_LISTS:
        assert 1 == load.cache_info().currsize, load.__name__  # read: the next question finds it


def test_warm_reads_the_store_words_and_names(fresh_lib: Library, today: dt.date) -> None:
    fresh_lib.add((ARTICLES / sorted(p.name for p in ARTICLES.glob("*.txt"))[0]).read_bytes(), today=today)
    store = fresh_lib.store
    numbered = store.db.execute("SELECT count(*) FROM form_words").fetchone()[0]
    names = {w for (key,) in store.db.execute("SELECT key FROM persons") for w in key.split("@")[0].split()}
    fresh_lib.warm(today=today)
    # the numbered words, as the text said's letter test scans (Words.holding)
    assert numbered == len(store.words.numbers) == len(store.words.starts) - 1
    # the words of every stored name, as retrieve.may_name compares a question's words with
    assert names == store.cache["name_words"]
    assert names  # the article names people
