"""knowledge.parse.bulk.parse_many: the same records as parse(), one result per text, in order."""

from __future__ import annotations

import datetime as dt

import pytest

from bench.generate import generate_articles
from knowledge.parse import bulk
from knowledge.errors import BadEncoding, EmptyArticle, KnowledgeError, NotPersian, TooLarge
from knowledge.parse import MAX_CHARS, parse

TODAY = dt.date(2026, 3, 20)
BAD: list[str | bytes] = ["", "   \n", "This is an English text, not Persian at all, long enough.",
                          b"\x00\x01binary", "خبر " * (MAX_CHARS // 3), b"\xff\xfe\xfa"]


def _texts(n: int) -> list[str | bytes]:
    texts: list[str | bytes] = [a.text for a in generate_articles(n)]
    for k, bad in enumerate(BAD):  # bad texts among good ones, one of them first
        texts.insert(k * 7, bad)
    texts.insert(12, texts[20])  # a duplicate text parses like any other
    texts.insert(15, texts[20].encode("utf-8"))  # bytes are accepted
    return texts


def _serial(texts: list[str | bytes]) -> list[object]:
    out: list[object] = []
    for raw in texts:
        try:
            out.append(parse(raw, today=TODAY))
        except KnowledgeError as exc:
            out.append(exc)
    return out


def _same(got: list[object], want: list[object]) -> None:
    assert len(got) == len(want)
    for g, w in zip(got, want):
        if isinstance(w, KnowledgeError):
            assert type(g) is type(w) and str(g) == str(w)
        else:
            assert g == w


def test_pool_gives_the_serial_records_in_order() -> None:
    texts = _texts(40)
    got = list(bulk.parse_many(texts, today=TODAY, workers=2, chunk=3))
    _same(got, _serial(texts))
    kinds = [type(g) for g in got[:8]]
    assert kinds[0] is EmptyArticle and kinds[7] is EmptyArticle
    assert {type(g) for g in got} >= {NotPersian, BadEncoding, TooLarge}


def test_an_iterator_is_read_as_it_goes() -> None:
    texts = _texts(30)
    got = list(bulk.parse_many(iter(texts), today=TODAY, workers=2, chunk=4))
    _same(got, _serial(texts))


def test_small_input_starts_no_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool was started")

    monkeypatch.setattr(bulk, "ProcessPoolExecutor", no_pool)
    texts = _texts(30)[: bulk.MIN_POOL - 1]
    _same(list(bulk.parse_many(texts, today=TODAY, workers=2)), _serial(texts))
    texts = _texts(30)  # one usable CPU: no pool either
    _same(list(bulk.parse_many(texts, today=TODAY, workers=1)), _serial(texts))


def test_unexpected_error_is_raised_in_its_turn(monkeypatch: pytest.MonkeyPatch) -> None:
    if bulk._context().get_start_method() != "fork":
        pytest.skip("the workers see the patched parse only when forked")
    texts = [a.text for a in generate_articles(30)]
    poison = texts[17]

    def parse_or_fail(raw: str | bytes, *, today: dt.date) -> object:
        if raw == poison:
            raise ValueError("a bug")
        return parse(raw, today=today)

    monkeypatch.setattr(bulk, "parse", parse_or_fail)
    seen = []
    with pytest.raises(ValueError, match="a bug"):
        for item in bulk.parse_many(texts, today=TODAY, workers=2, chunk=4):
            seen.append(item)
    assert len(seen) == 17


def test_stopping_early_shuts_the_pool_down() -> None:
    texts = [a.text for a in generate_articles(40)]
    results = bulk.parse_many(texts, today=TODAY, workers=2, chunk=2)
    first = [next(results) for _ in range(5)]
    results.close()
    assert [a.title for a in first] == [parse(t, today=TODAY).title for t in texts[:5]]  # type: ignore[union-attr]
