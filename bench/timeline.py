"""Answer times of the issue-16 kinds on a generated store: a profile («X کیست؟»), a window
(«X پارسال درباره Y چه گفت؟»), a topic across people and the latest on a subject.

```
python -m bench.timeline 10000 /tmp/tl10k               # builds /tmp/tl10k/store.db once, then times
python -m bench.timeline 10000 /tmp/tl10k --per-kind 100
python -m bench.timeline 100000 /tmp/tl --store bench/out/store-100000.db   # a bench.run store, as it is
```

``--store`` times the questions on a store built by ``bench.run`` (or a copy of one) instead of
building one: bench.run generates with the same seed (1404, ``--seed`` otherwise), so the
questions name that store's people and topics; ``n`` must be the store's size. Besides the
wall times, the CPU time of this process per question (``time.process_time``, less moved by
other jobs on a shared machine) and a SHA-256 over every reply (``Answer.to_json``), so a
speed change can show it left the answers as they were.

Questions come from the generated articles (every 97th article gives one of each kind), so
they name real people, topics and provinces of the store. Times are wall ms of
``Library.ask`` after one warm-up question, p50/p95/p99 per kind; ``today`` is
bench.measure.TODAY (29 Esfand 1404), so «پارسال» is 1403 and «امسال» 1404.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections.abc import Sequence
from pathlib import Path

from bench.gen.articles import generate_articles
from bench.measure import TODAY, percentiles, settle

SEED = 1404


def questions(n: int, per_kind: int, seed: int = SEED) -> dict[str, list[str]]:
    asked: dict[str, list[str]] = {"profile": [], "window": [], "topic_people": [], "latest": []}
    for i, a in enumerate(generate_articles(n, seed=seed)):
        if i % 97 or not a.speakers:
            continue
        speaker = a.speakers[0]
        surname = speaker.name.split()[-1]
        topic = " ".join(a.event.split()[-2:])
        province = speaker.role.split()[-1]
        asked["profile"].append(f"{surname} کیست؟")
        asked["window"].append(f"{surname} پارسال درباره {topic} چه گفت؟")
        asked["topic_people"].append(f"چه کسانی درباره {topic} صحبت کردند؟")
        asked["latest"].append(f"آخرین خبرهای {province}" if i % 2 else f"تازه‌ترین اظهارات {speaker.name}")
        if len(asked["profile"]) >= per_kind:
            break
    return asked


def build(n: int, path: Path) -> float:
    from knowledge.library import Library
    from knowledge.parse.bulk import usable_cpus

    start = time.perf_counter()
    lib = Library.open(path, today=TODAY, seed=False)
    for result in lib.add_many((a.text for a in generate_articles(n, seed=SEED)), today=TODAY,
                               workers=usable_cpus()):
        if isinstance(result, Exception):
            raise result
    lib.close()
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int)
    parser.add_argument("workdir", type=Path)
    parser.add_argument("--per-kind", type=int, default=60)
    parser.add_argument("--store", type=Path, help="time on this bench.run store (or a copy) instead of building one")
    parser.add_argument("--seed", type=int, default=SEED, help="the generator's seed the store was built with")
    args = parser.parse_args(argv)
    from knowledge.library import Library

    args.workdir.mkdir(parents=True, exist_ok=True)
    path = args.store or args.workdir / "store.db"
    if args.store is None and not path.exists():
        print(f"building {args.n:,} articles: {build(args.n, path):.0f} s", flush=True)
    if not path.exists():
        parser.error(f"no store at {path}")
    lib = Library.open(path, today=TODAY, seed=False)
    settle(lib)
    report, replies = {}, []
    for kind, asked in questions(args.n, args.per_kind, args.seed).items():
        seconds, cpu, found, kinds = [], [], 0, set()
        for q in asked:
            start, used = time.perf_counter(), time.process_time()
            answer = lib.ask(q, today=TODAY)
            seconds.append(time.perf_counter() - start)
            cpu.append(time.process_time() - used)
            found += answer.found
            kinds.add(answer.kind)
            replies.append(json.dumps(answer.to_json(), ensure_ascii=False, sort_keys=True))
        report[kind] = {"questions": len(asked), "found": found, "kinds": sorted(kinds), **percentiles(seconds),
                        "cpu": percentiles(cpu)}
        print(kind, json.dumps(report[kind], ensure_ascii=False), flush=True)
    lib.close()
    print(f"replies SHA-256 {hashlib.sha256(chr(10).join(replies).encode()).hexdigest()} ({len(replies)} questions)")
    (args.workdir / "timeline.json").write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
