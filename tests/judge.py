"""How a question of ``tests/questions.tsv`` is judged; shared by the tests and bench/accuracy.py.

A question is answered correctly when it is read as the table's kind, the first result
comes from the expected article and the answer text contains the expected string (both
compared in the search form, so ي/ی, رئیس/رییس, digits and half-spaces do not matter).
The expected string is looked for in the answer without its citations (the cited
articles' titles are cut out), so a title that happens to hold it does not make a wrong
answer right — except for ``which_article``, whose answer is the title. A ``not_found``
question is answered correctly when the bot says it has no answer.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from knowledge import text

QUESTIONS = Path(__file__).with_name("questions.tsv")
_CITED_OUTLET = re.compile(r"📰 [^«\n]* — «")


@dataclass(frozen=True)
class Case:
    question: str
    kind: str
    article: str
    expect: str
    comment: str


def cases(path: Path = QUESTIONS) -> list[Case]:
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [Case(r["question"], r["kind"], r["article"] or "", r["expect"] or "", r["comment"] or "") for r in rows]


def _key(s: str) -> str:
    return text.search_form(s).replace(" ", "")


def verdict(case: Case, answer: object, ids: dict[str, int]) -> str | None:
    """None when the answer is right, else a short reason."""
    found = getattr(answer, "found")
    results = getattr(answer, "results")
    # The citation's outlet and date («📰 ایرنا، ۳۰ بهمن ۱۴۰۳ — «…»») are the article's, not the
    # answer: judged without them (a date there once passed a «when» question answered wrongly).
    body = _CITED_OUTLET.sub("📰 «", getattr(answer, "text"))
    if case.kind == "not_found":
        return None if not found else f"answered although the store has no answer: {body[:120]}"
    if case.kind and getattr(answer, "kind") != case.kind:
        return f"read as {getattr(answer, 'kind')}, expected {case.kind}"
    if case.kind != "which_article":
        for title in {r.article_title for r in results}:  # judge the answer, not the titles it cites:
            body = "".join(body.rsplit(title, 1))  # the citation is the title's last occurrence
    if case.expect and _key(case.expect) not in _key(body):
        return f"«{case.expect}» not in the answer: {body[:160]}"
    if case.article and results and results[0].article_id != ids[case.article]:
        return f"first result from article {results[0].article_id}, expected {case.article}"
    if case.article and not results and "حضور دارد" not in body:
        return f"no result: {body[:120]}"
    return None


def known_gaps(path: Path) -> set[str]:
    """The questions of a known-gaps file (the question, two spaces, «#» and why)."""
    return {
        line.split("  #")[0].strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }


def gap_params(cases_: list[Case], gaps: set[str]) -> list:  # type: ignore[type-arg]
    """One pytest param per case, a known gap as a strict xfail that only a wrong answer
    (an AssertionError) satisfies."""
    import pytest

    return [
        pytest.param(c, id=f"{i:03d}-{c.kind}",
                     marks=[pytest.mark.xfail(strict=True, raises=AssertionError, reason="known gap")]
                     if c.question in gaps else [])
        for i, c in enumerate(cases_)
    ]
