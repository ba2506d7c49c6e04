"""The parser against truth files written by a human reader, independently of the parser.

Each fact in ``tests/articles/*.truth.json`` is one test, so a failure names the fact.
Facts the parser does not get yet are listed in ``tests/truth_known_gaps.txt`` and run
as strict xfails: fixing one turns its xfail into a failure until the list is updated.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from knowledge import text
from knowledge.match import phrase_score
from knowledge.parse.venues import is_setting
from tests.conftest import ARTICLES, ROOT, TODAY

GAPS_FILE = Path(__file__).with_name("truth_known_gaps.txt")
KNOWN_GAPS = {
    line.split("#")[0].strip()
    for line in GAPS_FILE.read_text(encoding="utf-8").splitlines()
    if line.split("#")[0].strip()
} if GAPS_FILE.exists() else set()


HOLDOUT = Path(__file__).with_name("holdout")


def _truths() -> list[tuple[str, Path, dict]]:
    out = []
    for path in sorted(ARTICLES.glob("*.truth.json")) + sorted(HOLDOUT.glob("*.truth.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        stem = path.name.removesuffix(".truth.json")
        source = ROOT / truth["article_file"] if truth.get("article_file") else path.with_name(stem + ".txt")
        out.append((stem, source, truth))
    return out


def _key(s: str) -> str:
    return text.search_form(s).replace(" ", "")


def _facts() -> list[pytest.param]:
    params = []
    for stem, source, truth in _truths():
        facts = [("title", truth["title"]), ("source", truth.get("source")), ("published", truth.get("published"))]
        facts += [(f"person:{p['name']}", p) for p in truth["people"]]
        facts += [(f"statement:{i}:{s['speaker']}", s) for i, s in enumerate(truth["statements"])]
        facts += [(f"date:{d['jalali']}", d) for d in truth["dates"]]
        facts += [(f"place:{p}", p) for p in truth["places"]]
        facts += [(f"event:{e['name']}", e) for e in truth["events"]]
        for name, fact in facts:
            fact_id = f"{stem}/{name}"
            marks = ([pytest.mark.xfail(strict=True, raises=AssertionError, reason="known gap")]
                     if fact_id in KNOWN_GAPS else [])
            params.append(pytest.param(stem, str(source), name, fact, id=fact_id, marks=marks))
    return params


def test_every_known_gap_is_a_fact_of_a_truth_file() -> None:
    # A gap id whose fact left the truth files (renamed, fixed in the file) would never run.
    assert set() == KNOWN_GAPS - {p.id for p in _facts()}


@pytest.fixture(scope="module")
def parsed(loaded_lib):  # type: ignore[no-untyped-def]
    cache = {}

    def get(stem: str) -> dict:
        if stem not in cache:
            cache[stem] = loaded_lib.show(loaded_lib.ids[stem])
        return cache[stem]

    return get


def _person(records: dict, name: str) -> dict | None:
    """The extracted person a truth name denotes: same name, or same surname."""
    key = _key(name)
    for p in records["people"]:
        if _key(p["name"]) == key or any(_key(a) == key for a in p["aliases"]):
            return p
    for p in records["people"]:
        if phrase_score(text.search_form(name), text.search_form(p["name"])) >= 90:
            return p
    return None


@pytest.mark.parametrize("stem, source, name, fact", _facts())
def test_fact(parsed, stem: str, source: str, name: str, fact) -> None:  # type: ignore[no-untyped-def]
    rec = parsed(stem)
    kind = name.split(":")[0]
    if kind == "title":
        assert _key(fact) == _key(rec["article"]["title"])
    elif kind == "source":
        got = rec["article"]["source"]
        assert (fact is None) == (got is None), got
        if fact:
            assert phrase_score(text.search_form(fact), text.search_form(got)) >= 90, got
    elif kind == "published":
        assert fact == rec["article"]["published"]
    elif kind == "person":
        person = _person(rec, fact["name"])
        assert person is not None, [p["name"] for p in rec["people"]]
        assert fact["quoted"] == person["quoted"]
        held = [text.search_form(r) for r in person["roles"] + person["aliases"]]
        for role in fact.get("roles", []):
            assert any(phrase_score(text.search_form(role), h) >= 85 for h in held), (role, held)
    elif kind == "statement":
        needle = _key(fact["contains"])
        sentences = {s["position"]: _key(s["text"]) for s in rec["sentences"]}
        covering = [s for s in rec["statements"]
                    if any(needle in sentences.get(i, "") for i in range(s["first_sentence"], s["last_sentence"] + 1))]
        assert covering, f"no statement covers «{fact['contains']}»"
        speaker = _person(rec, fact["speaker"])
        assert speaker is not None, f"speaker {fact['speaker']} not found"
        assert speaker["name"] in [s["speaker"] for s in covering], [s["speaker"] for s in covering]
    elif kind == "date":
        assert fact["jalali"] in [d["jalali"] for d in rec["dates"]]
        assert fact["gregorian"] in [d["iso"] for d in rec["dates"]]
    elif kind == "place":
        names = [p["name"] for p in rec["places"]] + [rec["article"]["place"] or ""]
        assert any(_key(n).endswith(_key(fact)) for n in names), names  # «مرز پرویزخان» names «پرویزخان»
    elif kind == "event":
        best = max(rec["events"], key=lambda e: phrase_score(text.search_form(fact["name"]), text.search_form(e["name"])), default=None)
        assert best is not None
        assert phrase_score(text.search_form(fact["name"]), text.search_form(best["name"])) >= 80, best["name"]
        if fact.get("jalali"):
            assert fact["jalali"] == best["jalali"]
        if fact.get("place"):
            assert _key(fact["place"]) in (_key(best["place"] or ""), _key(best["venue"] or "")), (best["place"], best["venue"])


# -- extras: what the parser adds that the reader did not write down ----------------------
#
# Recall above; precision here. Per article, the people, places and venues extracted that
# no truth entry names are counted, and each count has a ceiling in tests/truth_extras.json
# (the counts when the ceilings were recorded): a parser change that adds garbage people or
# venues fails. Lower counts pass; lower the ceiling with them (NEWSBOT_UPDATE_EXTRAS=1
# rewrites the file with today's counts, never raising one without a reviewer's diff).

EXTRAS_FILE = Path(__file__).with_name("truth_extras.json")


def _named(name: str, truth_names: list[str]) -> bool:
    key = _key(name)
    return any(key == t or key.endswith(t) or t.endswith(key) or t in key for t in map(_key, truth_names) if t)


def extras(rec: dict, truth: dict) -> dict[str, list[str]]:
    """The extracted people, places and venues of one article that its truth file does not name."""
    truth_people = [p["name"] for p in truth["people"]]
    people = sorted({p["name"] for p in rec["people"]
                     if not any(_person({"people": [p]}, t) for t in truth_people)})
    truth_places = truth["places"] + [e[k] for e in truth["events"] for k in ("place", "venue") if e.get(k)]
    matched = [p for p in rec["places"] if _named(p["name"], truth_places)]
    provinces = {p["province"] for p in matched if p["province"]}  # a named city's province is implied
    places = sorted({p["name"] for p in rec["places"] if p["kind"] != "venue" and p not in matched
                     and p["name"] not in provinces})
    venue_names = {p["name"] for p in rec["places"] if p["kind"] == "venue"} | {e["venue"] for e in rec["events"] if e["venue"]}
    unnamed = [v for v in venue_names if not _named(v, truth_places)]
    # settings («جمع خبرنگاران», «حاشیه بازدید ...», «نشست خبری») came after the truth files,
    # which do not list them: counted apart, with ceilings of their own
    settings = sorted(v for v in unnamed if is_setting(v))
    venues = sorted(v for v in unnamed if not is_setting(v))
    return {"people": people, "places": places, "venues": venues, "settings": settings}


def _stems() -> list[str]:
    return [stem for stem, _, _ in _truths()]


@pytest.mark.parametrize("stem", _stems())
def test_extras_stay_under_their_ceiling(parsed, stem: str) -> None:  # type: ignore[no-untyped-def]
    truth = next(t for s, _, t in _truths() if s == stem)
    found = extras(parsed(stem), truth)
    counts = {k: len(v) for k, v in found.items()}
    if os.environ.get("NEWSBOT_UPDATE_EXTRAS") == "1":
        ceilings = json.loads(EXTRAS_FILE.read_text(encoding="utf-8")) if EXTRAS_FILE.exists() else {}
        ceilings[stem] = counts
        EXTRAS_FILE.write_text(json.dumps(ceilings, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        return
    ceiling = json.loads(EXTRAS_FILE.read_text(encoding="utf-8"))[stem]
    for kind in ("people", "places", "venues", "settings"):
        assert counts[kind] <= ceiling[kind], (kind, found[kind])


def test_every_extras_ceiling_is_an_article_with_a_truth_file() -> None:
    assert sorted(_stems()) == sorted(json.loads(EXTRAS_FILE.read_text(encoding="utf-8")))
