"""One size of the benchmark, on one store: ingest, answers, the two baselines, memory, cold start.

:func:`measure` builds a fresh on-disk store of ``n`` generated articles through
``Library.add_many`` (parsed in knowledge.parse.bulk's process pool, one transaction per article;
``Library.add`` one by one on code from before issue 5), then asks the generated
question mix through ``Library.ask`` and the same questions through (a) a raw FTS5 MATCH on
the question's words and (b) the naive bot (rapidfuzz over every sentence held in memory).
It returns plain data (JSON-able); :mod:`bench.report` turns it into the table.

Run by :mod:`bench.run`, normally in a fresh subprocess per size (``--worker``) so that
``ru_maxrss`` is this size's peak and nothing else's.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import inspect
import json
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Iterator

from bench.gen.articles import generate_article, generate_articles
from bench.gen.questions import _Planner
from bench.gen.records import Question
from bench.gen.text import answer_matches

TODAY = dt.date(2026, 3, 20)  # 29 Esfand 1404: after every generated publication date
FTS_SQL = "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY rank LIMIT 20"
KINDS = ("who_said", "what_said", "when", "where", "role_of", "person_role")


@dataclass
class Options:
    n: int
    workdir: Path
    questions: int = 500
    seed: int = 1404
    question_seed: int = 7
    naive: bool = True  # run the naive baseline at this size
    naive_questions: int = 100  # at least 50 is the rule; fewer only when the mix is smaller
    cold_runs: int = 5  # `newsbot ask` cold starts (median); 0 skips
    ingest_budget: float | None = None  # seconds; ingest stops there and the rest is extrapolated
    fresh_process: bool = False  # True in a --worker subprocess: ru_maxrss is this size's own
    progress: bool = True


def percentiles(seconds: list[float]) -> dict[str, float | int | None]:
    """p50/p95/p99 and mean in milliseconds (nearest rank), and the sample size."""
    if not seconds:
        return {"n": 0, "p50": None, "p95": None, "p99": None, "mean": None}
    xs = sorted(seconds)

    def rank(p: float) -> float:
        return xs[min(len(xs) - 1, max(0, math.ceil(p * len(xs)) - 1))] * 1000

    return {"n": len(xs), "p50": rank(0.50), "p95": rank(0.95), "p99": rank(0.99),
            "mean": statistics.fmean(xs) * 1000}


def maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def _log(opt: Options, message: str) -> None:
    if opt.progress:
        print(f"[bench {opt.n:,}] {message}", file=sys.stderr, flush=True)


def _remove_store(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _plan(n: int, opt: Options) -> _Planner:
    return _Planner(n, opt.questions, opt.question_seed, functools.partial(generate_article, seed=opt.seed))


def ingest(lib: Any, opt: Options) -> tuple[dict[str, Any], list[Question]]:
    """Add the articles; the question planner observes the same stream.

    Through ``Library.add_many`` when it takes ``workers`` (since issue 5: parsed in
    knowledge.parse.bulk's process pool, one worker per CPU, stored one transaction each, in order,
    as ``newsbot add`` does); on older code through ``Library.add`` one by one. Either way the
    rate is articles stored / wall seconds of the whole loop (it includes generating the
    articles, about 0.2 ms each).
    """
    planner = _plan(opt.n, opt)
    first_add = None
    done = 0
    start = time.perf_counter()
    next_report = start + 30

    def stream() -> Iterator[str]:
        for a in generate_articles(opt.n, seed=opt.seed):
            planner.observe(a)
            yield a.text

    if "workers" in inspect.signature(lib.add_many).parameters:
        from knowledge.parse.bulk import usable_cpus

        workers = usable_cpus()
        mode = f"Library.add_many, {workers} workers"
        results = iter(lib.add_many(stream(), today=TODAY, workers=workers))
    else:
        workers = 1
        mode = "Library.add"
        results = (lib.add(text, today=TODAY) for text in stream())
    for result in results:
        if isinstance(result, Exception):
            raise result  # generated articles are never refused
        done += 1
        now = time.perf_counter()
        first_add = now - start if first_add is None else first_add
        if now >= next_report:
            rate = done / (now - start)
            _log(opt, f"ingested {done:,} ({rate:.1f} articles/s, ETA {(opt.n - done) / rate / 60:.1f} min)")
            next_report = now + 30
        if opt.ingest_budget is not None and now - start > opt.ingest_budget and done < opt.n:
            _log(opt, f"ingest budget of {opt.ingest_budget:.0f} s spent after {done:,} articles")
            break
    close = getattr(results, "close", None)
    if close is not None:
        close()  # stops the pool when the budget ended the loop
    wall = time.perf_counter() - start
    if done < opt.n:  # questions must be answerable from what was stored: plan over the prefix
        planner = _plan(done, opt)
        for a in generate_articles(done, seed=opt.seed):
            planner.observe(a)
    stats = {
        "requested": opt.n, "articles": done, "partial": done < opt.n, "mode": mode, "workers": workers,
        "add_seconds": wall, "wall_seconds": wall, "first_add_seconds": first_add,
        "rate": done / wall if wall else None,
        "extrapolated_seconds": opt.n * wall / done if done else None,
        # the pool's workers, joined by now: the largest one's peak RSS
        "rss_workers_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 if workers > 1 else None,
    }
    return stats, planner.finish()


def store_size(lib: Any, path: Path) -> dict[str, float]:
    lib.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db = path.stat().st_size
    wal = Path(f"{path}-wal").stat().st_size if Path(f"{path}-wal").exists() else 0
    return {"db_mb": db / 2**20, "wal_mb": wal / 2**20, "total_mb": (db + wal) / 2**20}


def first_answer_text(answer: Any) -> str:
    """The first result as the bot says it on its own, without its citation line (an article
    title that happens to hold the expected word must not count); the whole text when nothing
    was found."""
    from knowledge.answer import result_text

    return result_text(answer.results[0]).split("\n")[0] if answer.results else answer.text


def settle(lib: Any, *, freeze: bool = True) -> None:
    """Start answering as the bot does (bot/app.py post_init): the lazy loads done by one
    question, then what exists so far frozen out of the collector's full passes
    (``gc.freeze``), so a question's time is not a full pass over the bench's own data."""
    lib.warm(today=TODAY)
    if freeze:
        gc.freeze()


def answers(lib: Any, questions: list[Question]) -> dict[str, Any]:
    settle(lib)  # warm-up: lazy imports, caches, the page cache
    latencies: list[float] = []
    right: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    total: Counter[str] = Counter()
    found = 0
    for q in questions:
        t0 = time.perf_counter()
        answer = lib.ask(q.text, today=TODAY)
        latencies.append(time.perf_counter() - t0)
        total[q.kind] += 1
        found += bool(answer.found)
        right[q.kind] += answer_matches(q, first_answer_text(answer))
        shown[q.kind] += answer_matches(q, answer.text)
    n = len(questions)
    return {
        "latency": percentiles(latencies),
        "accuracy": sum(right.values()) / n,
        "accuracy_shown": sum(shown.values()) / n,  # any result in the text the bot sends
        "found": found / n,
        "by_kind": {k: {"right": right[k], "total": total[k]} for k in KINDS if total[k]},
    }


def fts_baseline(lib: Any, questions: list[Question]) -> dict[str, Any]:
    """The floor of any store-backed lookup: the question's words ORed into one MATCH."""
    from knowledge import text
    from knowledge.store import fts_query

    conn = lib.store.db.conn
    queries = [q for q in (fts_query(text.tokens(x.text)) for x in questions) if q]
    conn.execute(FTS_SQL, [queries[0]]).fetchall()  # warm-up
    latencies = []
    hits = 0
    for query in queries:
        t0 = time.perf_counter()
        rows = conn.execute(FTS_SQL, [query]).fetchall()
        latencies.append(time.perf_counter() - t0)
        hits += len(rows)
    return {"latency": percentiles(latencies), "mean_rows": hits / len(queries) if queries else 0}


def naive_baseline(lib: Any, questions: list[Question], count: int) -> dict[str, Any]:
    """The naive bot: rapidfuzz WRatio of the question against every sentence in memory.

    Its answer is the best sentence as stored (what such a bot would reply, cited); it is
    judged with answer_matches on that sentence's text.
    """
    from rapidfuzz import fuzz, process

    from knowledge import text

    t0 = time.perf_counter()
    rows = lib.store.db.conn.execute("SELECT search, text FROM sentences ORDER BY id").fetchall()
    searches = [r[0] for r in rows]
    texts = [r[1] for r in rows]
    del rows
    load = time.perf_counter() - t0
    asked = questions[:count]

    def ask(q: Question) -> list[tuple[str, float, int]]:
        return process.extract(text.search_form(q.text), searches, scorer=fuzz.WRatio,
                               processor=None, limit=5)

    ask(asked[0])  # warm-up
    latencies = []
    right = 0
    for q in asked:
        t1 = time.perf_counter()
        found = ask(q)
        latencies.append(time.perf_counter() - t1)
        right += bool(found) and answer_matches(q, texts[found[0][2]])
    return {"latency": percentiles(latencies), "accuracy": right / len(asked) if asked else None,
            "questions": len(asked), "sentences": len(searches), "load_seconds": load,
            "rss_mb": maxrss_mb()}


def newsbot_script() -> str:
    here = Path(sys.executable).parent / "newsbot"
    found = str(here) if here.exists() else shutil.which("newsbot")
    if not found:
        raise RuntimeError("the newsbot script is not installed (pip install -e .)")
    return found


# Times one child and reads its peak RSS with wait4. It runs in a small interpreter of its own:
# a child spawned straight from this (large) process would report this process's RSS as its
# peak, since Linux keeps the high-water mark of the memory the child was forked from.
_TIMER = """
import json, os, subprocess, sys, time
t0 = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = proc.stdout.read(), proc.stderr.read()
_, status, usage = os.wait4(proc.pid, 0)
wall = time.perf_counter() - t0
print(json.dumps({"wall": wall, "rss_mb": usage.ru_maxrss / 1024, "code": os.waitstatus_to_exitcode(status),
                  "out": out.decode("utf-8", "replace")[:300], "err": err.decode("utf-8", "replace")[-500:]}))
"""


def cold_start(path: Path, question: str, runs: int) -> dict[str, Any]:
    """Wall time of `newsbot ask --db STORE QUESTION` from process start to exit (median of
    ``runs``), and that process's peak RSS."""
    script = newsbot_script()
    walls, rss = [], []
    last: dict[str, Any] = {}
    # The bench store was built without seeds; the CLI fills a store it has never seeded from
    # seeds/, which would add articles to it and time a parse: point it at no seeds.
    no_seeds = path.parent / "no-seeds"
    no_seeds.mkdir(exist_ok=True)
    env = {**os.environ, "NEWSBOT_SEEDS": str(no_seeds)}
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", _TIMER, script, "ask", "--db", str(path), question],
                              capture_output=True, text=True, check=True, env=env)
        last = json.loads(done.stdout)
        if last["code"] != 0:
            raise RuntimeError(f"newsbot ask failed ({last['code']}): {last['err']}")
        walls.append(last["wall"])
        rss.append(last["rss_mb"])
    return {"median_s": statistics.median(walls), "min_s": min(walls), "max_s": max(walls),
            "runs": runs, "rss_mb": max(rss), "answer": last["out"].strip()[:200]}


def measure(opt: Options) -> dict[str, Any]:
    from knowledge.library import Library

    opt.workdir.mkdir(parents=True, exist_ok=True)
    path = opt.workdir / f"store-{opt.n}.db"
    _remove_store(path)
    result: dict[str, Any] = {"n": opt.n, "options": {k: str(v) for k, v in asdict(opt).items()},
                              "load_before": os.getloadavg(), "started": dt.datetime.now().isoformat(timespec="seconds")}
    _log(opt, f"ingesting into {path}")
    lib = Library.open(path, today=TODAY, seed=False)
    result["ingest"], questions = ingest(lib, opt)
    result["store"] = store_size(lib, path)
    result["store"]["path"] = str(path)
    result["counts"] = lib.stats()
    result["rss_ingest_mb"] = maxrss_mb() if opt.fresh_process else None
    if not questions:
        raise RuntimeError("the corpus is too small to support any question")
    result["questions"] = len(questions)
    result["kinds"] = dict(Counter(q.kind for q in questions))
    _log(opt, f"{result['ingest']['articles']:,} articles in {result['ingest']['add_seconds']:.0f} s; "
              f"asking {len(questions)} questions")
    result["answers"] = answers(lib, questions)
    result["fts"] = fts_baseline(lib, questions)
    result["rss_mb"] = maxrss_mb() if opt.fresh_process else None  # ingest + answers: the bot's peak
    a, f = result["answers"]["latency"]["p50"], result["fts"]["latency"]["p50"]
    result["ratio_answer_fts"] = a / f if a and f else None
    if opt.cold_runs:
        _log(opt, "cold starts of newsbot ask")
        result["cold"] = cold_start(path, questions[0].text, opt.cold_runs)
    if opt.naive:
        _log(opt, f"naive baseline over every sentence, {min(opt.naive_questions, len(questions))} questions")
        result["naive"] = naive_baseline(lib, questions, opt.naive_questions)
        if not opt.fresh_process:
            result["naive"]["rss_mb"] = None
        nv = result["naive"]["latency"]["p50"]
        result["ratio_naive_answer"] = nv / a if nv and a else None
    lib.close()
    result["load_after"] = os.getloadavg()
    return result
