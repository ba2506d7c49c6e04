"""Benchmark over real text: ``../shared/corpus`` (921 agency texts) plus the devset's articles.

    python -m bench.realcorpus                                   # build bench/out/store-real.db, measure
    python -m bench.realcorpus --store bench/out/store-real.db   # measure an existing store (no ingest)
    python -m bench.realcorpus --json out.json --repeat 3        # several passes over the questions

What it measures, on one store:

- **ingest**: every text of ``CORPUS/articles`` and ``DEVSET/articles`` through
  ``Library.add_many`` (the process pool, one transaction per article, as ``newsbot add``),
  articles stored / wall seconds; ``today`` is fixed at 2026-12-06 (bench.corpus's date);
  no seeds, so the store holds exactly those texts.
- **store size per byte of text**: the store after a WAL checkpoint over the UTF-8 bytes of
  the input files, and (when SQLite has ``dbstat``) the bytes of every table and index.
- **answers**: the devset's questions (``checks.tsv``, its kinds who/what/when/where/role/
  which-article) and questions of our own derived from the stored records with a fixed seed
  (``own:`` kinds, below), each asked through ``Library.ask``; p50/p95/p99 overall and per kind
  (nearest rank, after one warm-up question), the devset's first-answer score with
  ``score.py``'s rules, and a SHA-256 over every reply's JSON (``Answer.to_json``) so a
  change meant to be speed-only can show that no answer moved.

Our own questions (latency, not accuracy: the records they come from may be the parser's
mistakes): ``own:person_role`` «<full name> چه سمتی دارد؟» for a person with a role;
``own:role_of`` «<role> کیست؟»; ``own:when`` / ``own:where`` «<event> کی/کجا برگزار شد؟»
for an event with a date / place; ``own:who_said`` «کی گفت <five words of a statement>؟»;
``own:what_said`` «<speaker's last name> درباره <two words of the statement> چه گفت؟».
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Sequence

from bench.measure import percentiles, settle

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
TODAY = dt.date(2026, 12, 6)
OWN_PER_KIND = 40


def _texts(corpus: Path, devset: Path) -> list[Path]:
    return sorted((corpus / "articles").glob("*.txt")) + sorted((devset / "articles").glob("*.txt"))


def ingest(path: Path, files: list[Path]) -> dict[str, Any]:
    from knowledge.library import Library
    from knowledge.parse.bulk import usable_cpus

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    lib = Library.open(path, today=TODAY, seed=False)
    stored = refused = 0
    t0 = time.perf_counter()
    for result in lib.add_many((f.read_bytes() for f in files), today=TODAY, workers=usable_cpus()):
        if isinstance(result, Exception):
            refused += 1
        else:
            stored += result.created
    wall = time.perf_counter() - t0
    lib.close()
    return {"texts": len(files), "stored": stored, "refused": refused, "seconds": wall,
            "rate": len(files) / wall if wall else None}


def sizes(lib: Any, path: Path, text_bytes: int) -> dict[str, Any]:
    db = lib.store.db.conn
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    total = path.stat().st_size + (Path(f"{path}-wal").stat().st_size if Path(f"{path}-wal").exists() else 0)
    objects: dict[str, int] = {}
    try:
        for name, size in db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"):
            objects[str(name)] = int(size)
    except Exception:  # SQLite built without dbstat
        pass
    return {"store_bytes": total, "text_bytes": text_bytes, "per_text_byte": total / text_bytes,
            "objects": objects}


def devset_questions(checks: Path) -> list[tuple[str, str, str]]:
    rows = list(csv.DictReader(checks.open(encoding="utf-8"), delimiter="\t"))
    return [(r["kind"], r["question"], r["check"]) for r in rows]


def own_questions(lib: Any, *, per_kind: int = OWN_PER_KIND, seed: int = 15) -> list[tuple[str, str, str]]:
    """Questions built from the stored records (see the module's docstring), sorted, sampled."""
    from knowledge import text

    store = lib.store
    stop = text.stopwords()
    rng = random.Random(seed)
    out: dict[str, list[str]] = defaultdict(list)
    for r in store.rows("SELECT name, roles FROM appearances WHERE roles != '[]' ORDER BY id"):
        roles = json.loads(r["roles"])
        if len(r["name"].split()) >= 2 and r["name"] not in roles:
            out["own:person_role"].append(f"{r['name']} چه سمتی دارد؟")
            out["own:role_of"].append(f"{roles[0]} کیست؟")
    for r in store.rows("SELECT name, iso, place FROM events ORDER BY id"):
        if r["iso"]:
            out["own:when"].append(f"{r['name']} کی برگزار شد؟")
        if r["place"]:
            out["own:where"].append(f"{r['name']} کجا برگزار شد؟")
    for r in store.rows("SELECT s.text, a.name FROM statements s JOIN appearances a "
                        "ON a.person_id = s.person_id AND a.article_id = s.article_id ORDER BY s.id"):
        words = [w for w in r["text"].split() if len(w) > 3 and text.fold(w) not in stop]
        if len(words) >= 6:
            out["own:who_said"].append("کی گفت " + " ".join(words[:5]) + "؟")
            if len(r["name"].split()) >= 2:
                out["own:what_said"].append(f"{r['name'].split()[-1]} درباره {' '.join(words[1:3])} چه گفت؟")
    questions = []
    for kind in sorted(out):
        pool = sorted(set(out[kind]))
        for q in rng.sample(pool, min(per_kind, len(pool))):
            questions.append((kind, q, ""))
    return questions


def ask_all(lib: Any, questions: list[tuple[str, str, str]], repeat: int, devset: Path) -> dict[str, Any]:
    sys.path.insert(0, str(devset))
    try:
        import score  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    settle(lib)
    times: dict[str, list[float]] = defaultdict(list)
    replies: list[str] = []
    right = total = 0
    for run in range(repeat):
        for kind, question, check in questions:
            t0 = time.perf_counter()
            answer = lib.ask(question, today=TODAY)
            took = time.perf_counter() - t0
            times[kind].append(took)
            times["all"].append(took)
            times["devset" if not kind.startswith("own:") else "own"].append(took)
            if run == 0:
                reply = answer.to_json()
                replies.append(json.dumps(reply, ensure_ascii=False, sort_keys=True))
                if check:
                    total += 1
                    right += bool(score.passes(check, reply))
    digest = hashlib.sha256("\n".join(replies).encode()).hexdigest()
    return {"latency": {k: percentiles(v) for k, v in sorted(times.items())},
            "devset_right": right, "devset_total": total, "replies_sha256": digest}


def markdown(result: dict[str, Any]) -> str:
    size = result["size"]
    lat = result["answers"]["latency"]
    lines = ["| measure | value |", "|---|---:|"]
    if result.get("ingest"):
        i = result["ingest"]
        lines.append(f"| texts → stored (refused) | {i['texts']:,} → {i['stored']:,} ({i['refused']}) |")
        lines.append(f"| ingest rate (articles/s, wall) | {i['rate']:.1f} ({i['seconds']:.1f} s) |")
    lines.append(f"| article text (UTF-8 bytes of the files) | {size['text_bytes']:,} |")
    lines.append(f"| store on disk (bytes, after checkpoint) | {size['store_bytes']:,} |")
    lines.append(f"| store bytes per byte of text | {size['per_text_byte']:.2f} |")
    for kind, p in lat.items():
        lines.append(f"| answer p50 / p95 / p99 ms, {kind} (n={p['n']}) | "
                     f"{p['p50']:.1f} / {p['p95']:.1f} / {p['p99']:.1f} |")
    a = result["answers"]
    lines.append(f"| devset first answer (score.py's rules) | {a['devset_right']}/{a['devset_total']} |")
    lines.append(f"| SHA-256 of the replies | `{a['replies_sha256'][:16]}` |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.realcorpus", description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    ap.add_argument("--devset", type=Path, default=SHARED / "devset")
    ap.add_argument("--store", type=Path, default=None, help="measure this store as it is (no ingest)")
    ap.add_argument("--out-store", type=Path, default=HERE / "out" / "store-real.db")
    ap.add_argument("--repeat", type=int, default=1, help="passes over the questions (latency only)")
    ap.add_argument("--own", type=int, default=OWN_PER_KIND, help="own questions per kind")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    from knowledge.library import Library

    files = _texts(args.corpus, args.devset)
    text_bytes = sum(f.stat().st_size for f in files)
    result: dict[str, Any] = {"ingest": None}
    path = args.store
    if path is None:
        path = args.out_store
        path.parent.mkdir(parents=True, exist_ok=True)
        result["ingest"] = ingest(path, files)
    lib = Library.open(path, today=TODAY, seed=False)
    result["size"] = sizes(lib, path, text_bytes)
    questions = devset_questions(args.devset / "checks.tsv") + own_questions(lib, per_kind=args.own)
    result["answers"] = ask_all(lib, questions, args.repeat, args.devset)
    lib.close()
    print(markdown(result))
    print("\nlargest objects (bytes):", ", ".join(
        f"{k} {v:,}" for k, v in list(result["size"]["objects"].items())[:12]))
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
