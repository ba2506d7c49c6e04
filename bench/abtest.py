"""Before/after a speed change: the generated questions of a bench.run store, timed per kind,
with a SHA-256 over every reply (``Answer.to_json``), so "same answers, faster" can be shown.

    python -m bench.abtest bench/out/store-10000.db --size 10000 [--questions 500] [--repeat 2]

Wall and CPU time (``time.process_time``) per question: the CPU time of this one process is
much less moved by other jobs on the machine than the wall time. Run it for each version of the code on its own copy of the store (a newer version may migrate
it), alternating the runs: the machine is shared, so one run's timings alone say little.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Sequence

from bench.measure import TODAY, Options, _plan, percentiles, settle


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.abtest", description=__doc__.splitlines()[0])
    ap.add_argument("store", type=Path)
    ap.add_argument("--size", type=int, required=True, help="articles in the store (the bench.run size)")
    ap.add_argument("--questions", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=1, help="passes over the questions (timings only)")
    ap.add_argument("--replies", type=Path, help="write every question and its reply's JSON here, one a line "
                    "(to see which answers a change moved when the SHA differs)")
    ap.add_argument("--no-freeze", action="store_true", help="leave the start-up objects in the collector's "
                    "full passes (the bot freezes them, bench.measure.settle; figures before 2026-12-06 did not)")
    args = ap.parse_args(argv)
    from bench.gen.articles import generate_articles
    from knowledge.library import Library

    planner = _plan(args.size, Options(n=args.size, workdir=Path("."), questions=args.questions))
    for a in generate_articles(args.size):
        planner.observe(a)
    questions = planner.finish()
    lib = Library.open(args.store, today=TODAY, seed=False)
    settle(lib, freeze=not args.no_freeze)
    times: dict[str, list[float]] = defaultdict(list)
    cpu: dict[str, list[float]] = defaultdict(list)  # this process's CPU time: less hit by other jobs
    replies = []
    for run in range(args.repeat):
        for q in questions:
            t0, c0 = time.perf_counter(), time.process_time()
            answer = lib.ask(q.text, today=TODAY)
            took, used = time.perf_counter() - t0, time.process_time() - c0
            for key in (q.kind, "all"):
                times[key].append(took)
                cpu[key].append(used)
            if run == 0:
                replies.append(json.dumps(answer.to_json(), ensure_ascii=False, sort_keys=True))
    lib.close()
    if args.replies:
        args.replies.write_text("".join(f"{q.kind}\t{q.text}\t{r}\n" for q, r in zip(questions, replies)),
                                encoding="utf-8")
    print(f"replies SHA-256 {hashlib.sha256(chr(10).join(replies).encode()).hexdigest()} ({len(replies)} questions)")
    for label, series in (("wall", times), ("CPU", cpu)):
        print(f"{label} time per question:")
        for kind, xs in sorted(series.items()):
            p = percentiles(xs)
            print(f"  {kind:12s} n={p['n']:4d} p50 {p['p50']:7.1f}  p95 {p['p95']:7.1f}  p99 {p['p99']:7.1f}"
                  f"  mean {p['mean']:7.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
