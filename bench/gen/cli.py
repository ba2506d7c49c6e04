"""``python -m bench.generate N OUTDIR``: article files, ``questions.tsv``, ``articles.tsv``."""

from __future__ import annotations

import argparse
import functools
import os
import queue
import sys
import threading
import time
from pathlib import Path
from typing import Sequence

from .articles import generate_article, generate_articles
from .questions import _Planner
from .records import GeneratedArticle

DESCRIPTION = ("Deterministic generator of Persian agency-style news articles, with questions whose "
               "answers it knows.")


def _tsv(*cells: object) -> str:
    return "\t".join(str(c).replace("\t", " ").replace("\n", " ") for c in cells) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.generate", description=DESCRIPTION)
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=1404, help="corpus seed (default 1404)")
    ap.add_argument("--questions", type=int, default=500, help="number of questions (default 500)")
    ap.add_argument("--question-seed", type=int, default=7)
    args = ap.parse_args(argv)
    if args.n < 0:
        ap.error("n must be >= 0")
    out: Path = args.outdir
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    planner = _Planner(args.n, args.questions, args.question_seed,
                       functools.partial(_indexed, seed=args.seed))
    t1 = time.perf_counter()
    writer = _FileWriter(out)
    with open(out / "articles.tsv", "w", encoding="utf-8") as manifest, writer:
        manifest.write(_tsv("key", "published", "jalali", "place", "event", "speakers"))
        for a in generate_articles(args.n, seed=args.seed):
            writer.add(f"{a.key}.txt", a.text)
            planner.observe(a)
            people = " ; ".join(f"{s.name} | {s.role}" for s in a.speakers)
            manifest.write(_tsv(a.key, a.published.isoformat(), a.jalali, a.place, a.event, people))
    t2 = time.perf_counter()
    questions = planner.finish()
    with open(out / "questions.tsv", "w", encoding="utf-8") as f:
        f.write(_tsv("kind", "variant", "article_key", "question", "expect"))
        for q in questions:
            f.write(_tsv(q.kind, q.variant, q.article_key, q.text, q.expect))
    t3 = time.perf_counter()
    print(f"{args.n} articles in {t2 - t1:.1f} s, {len(questions)} questions "
          f"(planning {t1 - t0:.1f} s, checking {t3 - t2:.1f} s) -> {out}", file=sys.stderr)
    return 0


class _FileWriter:
    """Writes the article files from a background thread: creating 100k small files is
    system-call time, which releases the GIL and so overlaps with generating the next ones."""

    BATCH = 256

    def __init__(self, outdir: Path) -> None:
        self.outdir = outdir
        self.batch: list[tuple[str, str]] = []
        self.queue: queue.Queue[list[tuple[str, str]] | None] = queue.Queue(maxsize=8)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="bench-writer", daemon=True)

    def __enter__(self) -> "_FileWriter":
        self.thread.start()
        return self

    def add(self, name: str, text: str) -> None:
        self.batch.append((name, text))
        if len(self.batch) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        if self.error is not None:
            raise RuntimeError("writing article files failed") from self.error
        self.queue.put(self.batch)
        self.batch = []

    def _run(self) -> None:
        while (batch := self.queue.get()) is not None:
            if self.error is not None:
                continue  # keep draining so the producer never blocks
            try:
                for name, text in batch:
                    # os.write: Path.write_text costs three times as much CPU per small file
                    fd = os.open(self.outdir / name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
                    try:
                        os.write(fd, text.encode("utf-8"))
                    finally:
                        os.close(fd)
            except BaseException as exc:  # reported to the producer
                self.error = exc

    def __exit__(self, *exc_info: object) -> None:
        if self.batch:
            self.queue.put(self.batch)
            self.batch = []
        self.queue.put(None)
        self.thread.join()
        if self.error is not None and exc_info[0] is None:
            raise RuntimeError("writing article files failed") from self.error


def _indexed(i: int, *, seed: int) -> GeneratedArticle:
    return generate_article(i, seed=seed)
