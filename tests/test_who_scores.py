"""who._person_score: a score that cannot reach NAME_CUTOFF is not worked out to the end
(people() only asks whether it is below); every score at the cutoff or above is the full one."""

from __future__ import annotations

import importlib

import pytest

who = importlib.import_module("knowledge.answer.who")

TALEBI = ("محمدعلی طالبی", '["استاندار کرمان"]', '["طالبی", "استاندار کرمان"]',
          "محمدعلی طالبی استاندار کرمان طالبی استاندار کرمان")
REZAEI = ("حسن رضایی", "[]", '["رضایی"]', "حسن رضایی رضایی")

CASES = [
    # (query, (name, roles, aliases, search), names_only, at the cutoff or above)
    ("طالبی", TALEBI, False, True),  # the surname
    ("محمدعلی طالبی", TALEBI, True, True),  # the full name, names only
    ("استاندار کرمان", TALEBI, False, True),  # the title
    ("استاندار کرمان", TALEBI, True, False),  # the title where only names count
    ("فرماندار شیراز", TALEBI, False, False),  # another title: the words asked are not his
    ("طالبی", REZAEI, False, False),  # another name, no title to score
    ("استاندار کرمان", REZAEI, False, False),  # a title asked of someone with none
]


@pytest.mark.parametrize("query, person, names_only, high", CASES)
def test_a_score_below_the_cutoff_is_only_said_to_be_below(monkeypatch: pytest.MonkeyPatch, query: str,
                                                           person: tuple[str, str, str, str], names_only: bool,
                                                           high: bool) -> None:
    who._person_score.cache_clear()
    with monkeypatch.context() as m:
        m.setattr(who, "NAME_CUTOFF", -1.0)  # nothing is below: every score worked out to the end
        full = who._person_score(query, *person, names_only)
    who._person_score.cache_clear()
    score = who._person_score(query, *person, names_only)
    who._person_score.cache_clear()
    assert high == (full >= who.NAME_CUTOFF)
    if high:
        assert full == score
    else:
        assert score < who.NAME_CUTOFF and full <= score  # a bound, never more than the cutoff
