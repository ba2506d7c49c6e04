"""Benchmark: answer latency, ingest rate and memory from 1k to 100k articles, beside the baselines.

    python -m bench.run                          # 1k and 10k
    python -m bench.run --full                   # and 100k (expect minutes; see --ingest-budget)
    python -m bench.run --sizes 2000 --questions 200 --out /tmp/r.md --workdir /tmp/bench

For each size N, in one run and on one store (``WORKDIR/store-N.db``, rebuilt): ingest through
``Library.add_many`` (parsed in a process pool, stored one by one); the generated question mix through ``Library.ask`` (p50/p95/p99, accuracy
of the first answer, by kind); the same questions as a raw FTS5 MATCH (the floor of any
store-backed lookup) and through the naive bot (rapidfuzz over every sentence; skipped
when N > 10k unless ``--naive-all``); peak RSS; store size; cold start of ``newsbot ask``.
Each size runs in a fresh subprocess (``--worker``) so its peak RSS is its own;
``--in-process`` skips that (no RSS column). Prints the table and writes ``--out``
(default ``bench/RESULTS.md``, the part between its markers) and the raw numbers beside it
(``.json``). No timing is asserted anywhere.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any, Sequence

from bench import report
from bench.measure import Options, measure

HERE = Path(__file__).resolve().parent
NAIVE_MAX = 10_000


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(s.replace("_", "").replace("k", "000")) for s in text.split(",") if s.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of sizes: {text!r}") from None
    if not sizes or any(n < 1 for n in sizes):
        raise argparse.ArgumentTypeError("sizes must be positive")
    return sizes


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=_sizes, default=[1000, 10_000], help="comma-separated (default 1000,10000)")
    ap.add_argument("--full", action="store_true", help="add 100,000 (minutes)")
    ap.add_argument("--questions", type=int, default=500, help="size of the question mix (default 500)")
    ap.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    ap.add_argument("--workdir", type=Path, default=HERE / "out", help="where the stores are built")
    ap.add_argument("--seed", type=int, default=1404, help="corpus seed")
    ap.add_argument("--question-seed", type=int, default=7)
    ap.add_argument("--naive-all", action="store_true", help=f"run the naive scan above {NAIVE_MAX:,} too")
    ap.add_argument("--no-naive", action="store_true", help="skip the naive scan everywhere")
    ap.add_argument("--naive-questions", type=int, default=100, help="questions for the naive scan (≥ 50)")
    ap.add_argument("--cold-runs", type=int, default=5, help="cold starts of newsbot ask (median; 0 skips)")
    ap.add_argument("--ingest-budget", type=float, default=None, metavar="SECONDS",
                    help="stop ingesting a size after this long, measure what was stored, extrapolate")
    ap.add_argument("--in-process", action="store_true", help="no subprocess per size (no peak RSS)")
    ap.add_argument("--merge", action="store_true",
                    help="keep the sizes of the previous --out .json that this run does not measure")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--worker", type=Path, default=None, help=argparse.SUPPRESS)  # JSON out, one size
    return ap


def options(args: argparse.Namespace, n: int, *, fresh: bool) -> Options:
    naive = not args.no_naive and (n <= NAIVE_MAX or args.naive_all)
    count = args.naive_questions if args.naive_questions >= 50 or args.questions < 50 else 50
    return Options(n=n, workdir=args.workdir, questions=args.questions, seed=args.seed,
                   question_seed=args.question_seed, naive=naive, naive_questions=count,
                   cold_runs=args.cold_runs, ingest_budget=args.ingest_budget,
                   fresh_process=fresh, progress=not args.quiet)


def run_worker(argv: Sequence[str], n: int, workdir: Path) -> dict[str, Any]:
    """The same command for one size, in a fresh interpreter; its JSON comes back in a file."""
    out = workdir / f"result-{n}.json"
    out.unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "bench.run", *argv, "--sizes", str(n), "--workdir", str(workdir),
           "--worker", str(out)]
    subprocess.run(cmd, check=True)
    return json.loads(out.read_text(encoding="utf-8"))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser().parse_args(argv)
    sizes = list(dict.fromkeys(args.sizes + ([100_000] if args.full else [])))
    if args.worker is not None:  # one size, in this fresh process
        result = measure(options(args, sizes[0], fresh=True))
        args.worker.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
        return 0
    command = "python -m bench.run" + (" " + shlex.join(argv) if argv else "")
    args.workdir.mkdir(parents=True, exist_ok=True)
    results = []
    for n in sorted(sizes):
        if args.in_process:
            result = measure(options(args, n, fresh=False))
        else:
            child = _without([a for a in argv if a != "--full"], "--sizes", "--out", "--workdir")
            result = run_worker(child, n, args.workdir)
        result["command"] = command
        result["code"] = report.code_version()
        results.append(result)
    raw = args.out.with_suffix(".json")
    if args.merge and raw.exists():
        measured = {r["n"] for r in results}
        results += [r for r in json.loads(raw.read_text(encoding="utf-8")) if r["n"] not in measured]
    results.sort(key=lambda r: r["n"])
    markdown = report.render(results, report.machine(command))
    print(markdown)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    report.write(args.out, markdown)
    raw.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def _without(argv: list[str], *options_with_value: str) -> list[str]:
    out, skip = [], False
    for a in argv:
        if skip:
            skip = False
            continue
        name = a.split("=", 1)[0]
        if name in options_with_value:
            skip = "=" not in a
            continue
        out.append(a)
    return out


if __name__ == "__main__":
    sys.exit(main())
