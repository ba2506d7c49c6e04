"""Where the time goes: cProfile of answering (and of ingest) on a store built by bench.run,
with the time of every SQL statement shape (execute + fetch, through ``Store.rows``).

    python -m bench.profile answers bench/out/store-10000.db --size 10000 [--questions 200]
    python -m bench.profile ingest bench/out/store-10000.db --size 10000 [--articles 300] [--pool]

``answers`` asks the question mix of the same size and seeds as bench.run (planned again
from the generator). ``ingest`` works on a copy of the store and adds the next articles of
the corpus (``--size`` onwards), so the store is as large as the size says. Standard library
only (cProfile); pyinstrument is not needed.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import re
import sqlite3
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Sequence

from bench.measure import TODAY, Options, _plan

_SQL_TIME: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])


def _shape(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip()[:150]


def _patch_store() -> None:
    from knowledge.store import Store

    original = Store.rows

    def rows(self: Store, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        t0 = time.perf_counter()
        try:
            return original(self, sql, params)
        finally:
            entry = _SQL_TIME[_shape(sql)]
            entry[0] += 1
            entry[1] += time.perf_counter() - t0

    Store.rows = rows  # type: ignore[method-assign]


def _report(prof: cProfile.Profile, wall: float, units: int, unit: str, top: int) -> str:
    out = io.StringIO()
    out.write(f"{units} {unit} in {wall:.2f} s ({wall / units * 1000:.1f} ms per {unit[:-1]})\n\n")
    stats = pstats.Stats(prof, stream=out)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    out.write("\nSQL through Store.rows (execute + fetch), by total time:\n")
    total_sql = sum(t for _, t in _SQL_TIME.values())
    out.write(f"all SQL: {total_sql:.2f} s = {total_sql / wall:.0%} of the wall time\n")
    for sql, (n, t) in sorted(_SQL_TIME.items(), key=lambda kv: -kv[1][1])[:15]:
        out.write(f"{t:8.2f} s {n:7d} calls {t / n * 1000:8.2f} ms/call  {sql}\n")
    text = out.getvalue()
    return re.sub(r"/\S*/site-packages/", "", text.replace(str(Path.cwd()) + "/", ""))


def profile_answers(store: Path, size: int, count: int, top: int, kind: str | None = None) -> str:
    from bench.gen.articles import generate_articles
    from knowledge.library import Library

    planner = _plan(size, Options(n=size, workdir=Path("."), questions=count))
    for a in generate_articles(size):
        planner.observe(a)
    questions = [q for q in planner.finish() if kind is None or q.kind == kind]
    lib = Library.open(store, today=TODAY, seed=False)
    lib.ask(questions[0].text, today=TODAY)
    _patch_store()
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    for q in questions:
        lib.ask(q.text, today=TODAY)
    prof.disable()
    return _report(prof, time.perf_counter() - t0, len(questions), "questions", top)


def profile_ingest(store: Path, size: int, count: int, top: int, pool: bool = False) -> str:
    from bench.gen.articles import generate_article
    from knowledge.library import Library

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "store.db"
        src = sqlite3.connect(store)
        dst = sqlite3.connect(copy)
        src.backup(dst)
        src.close()
        dst.close()
        lib = Library.open(copy, today=TODAY, seed=False)
        lib.add(generate_article(size).text, today=TODAY)  # warm-up: hazm's normalizer
        texts = [generate_article(size + 1 + i).text for i in range(count)]
        _patch_store()
        prof = cProfile.Profile()
        t0 = time.perf_counter()
        prof.enable()
        if pool:  # as bench.measure ingests: parsed in knowledge.parse.bulk's pool, stored here
            for _ in lib.add_many(texts, today=TODAY, workers=None):
                pass
        else:
            for t in texts:
                lib.add(t, today=TODAY)
        prof.disable()
        wall = time.perf_counter() - t0
        lib.close()
    head = "--pool: the parse runs in worker processes; this is the parent (stores, unpickling)\n" if pool else ""
    return head + _report(prof, wall, count, "articles", top)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=("answers", "ingest"))
    ap.add_argument("store", type=Path)
    ap.add_argument("--size", type=int, required=True, help="articles in the store (the bench.run size)")
    ap.add_argument("--questions", type=int, default=500)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--kind", help="answers: only the questions of this kind (who_said, what_said, when, ...)")
    ap.add_argument("--pool", action="store_true",
                    help="ingest through Library.add_many: parsed in a process pool (profiles the parent only)")
    args = ap.parse_args(argv)
    if args.what == "answers":
        print(profile_answers(args.store, args.size, args.questions, args.top, args.kind))
    else:
        if not args.store.exists():
            ap.error(f"no store at {args.store}")
        print(profile_ingest(args.store, args.size, args.articles, args.top, pool=args.pool))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
