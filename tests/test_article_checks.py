"""knowledge/parse/pipeline.py's input checks: decoding (UTF-8, then Windows-1256) and the refusals."""

from __future__ import annotations

import pytest

from knowledge.errors import BadEncoding, EmptyArticle, NotPersian, TooShort
from knowledge.parse.pipeline import MIN_PERSIAN_LETTERS, check, decode

PERSIAN = "به گزارش ایرنا، محمد احمدی شهردار شیراز گفت: خط دوم قطار شهری تا پایان سال آماده می‌شود."


@pytest.mark.parametrize(("data", "expected"), [
    (PERSIAN.encode("utf-8"), PERSIAN),  # UTF-8
    (b"\xef\xbb\xbf" + PERSIAN.encode("utf-8"), PERSIAN),  # UTF-8 with a BOM (Notepad)
    (PERSIAN.replace("ی", "ي").encode("cp1256"), PERSIAN.replace("ی", "ي")),  # Windows-1256: ZWNJ kept
])
def test_decode_reads_utf8_then_windows_1256(data: bytes, expected: str) -> None:
    assert expected == decode(data)


@pytest.mark.parametrize("data", [
    PERSIAN.encode("utf-8")[:-3] + b"\xff\xfe",  # broken UTF-8: as cp1256 it is «ط³ظ„…», half symbols
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",  # binary
    "The weather in London – a café report".encode("cp1252"),  # another legacy encoding, not Persian
])
def test_decode_refuses_what_is_not_persian_text(data: bytes) -> None:
    with pytest.raises(BadEncoding):
        decode(data)


@pytest.mark.parametrize(("raw", "error"), [
    ("", EmptyArticle),  # nothing
    ("خبر فوری: باران آمد", TooShort),  # Persian, under the minimum: too short, not «not Persian»
    ("Breaking: it rained in London today, and the whole city came out to watch.", NotPersian),  # English
    ("ok", NotPersian),  # short and not Persian: «not Persian» says more than «too short»
])
def test_check_names_the_reason(raw: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        check(raw)


def test_too_short_names_the_minimum_in_persian() -> None:
    with pytest.raises(TooShort) as caught:
        check("خبر فوری: باران آمد")
    assert "متن خبر بیش از حد کوتاه است (کمتر از ۲۰ حرف فارسی)؛ متن کامل خبر را بفرستید." == str(caught.value)
    assert 20 == MIN_PERSIAN_LETTERS


def test_a_persian_article_just_long_enough_passes() -> None:
    assert PERSIAN == check(PERSIAN)
