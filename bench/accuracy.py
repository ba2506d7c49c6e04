"""Share of tests/questions.tsv answered correctly (first result), by kind.

    python -m bench.accuracy            # table by kind
    python -m bench.accuracy --failures # and every wrong answer with its reason
    python -m bench.accuracy --holdout  # the held-out set (tests/holdout), never tuned on
    python -m bench.accuracy --realcopy # tests/realcopy/checks.tsv on ten corpus texts, by score.py's rules
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter

from knowledge.library import Library
from pathlib import Path

from tests.conftest import article_files, stem_of
from tests.judge import cases, verdict

HOLDOUT = Path(__file__).resolve().parent.parent / "tests" / "holdout"

TODAY = dt.date(2025, 11, 10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="print every wrong answer")
    parser.add_argument("--holdout", action="store_true", help="judge tests/holdout/questions.tsv instead")
    parser.add_argument("--realcopy", action="store_true", help="judge tests/realcopy/checks.tsv (score.py's rules)")
    args = parser.parse_args()
    if args.realcopy:
        realcopy(failures=args.failures)
        return
    lib = Library.memory()
    files = article_files() + (sorted(HOLDOUT.glob("*.txt")) if args.holdout else [])
    ids = {stem_of(p): lib.add(p.read_bytes(), today=TODAY).article_id for p in files}
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for i, case in enumerate(cases(HOLDOUT / "questions.tsv") if args.holdout else cases()):
        answer = lib.ask(case.question, today=TODAY)
        reason = verdict(case, answer, ids)
        total[case.kind] += 1
        right[case.kind] += reason is None
        if reason and args.failures:
            print(f"{i:03d} [{case.kind}] {case.question}\n     {reason}\n     ({case.comment})")
    print(f"{'kind':<15}{'right':>7}{'total':>7}{'share':>8}")
    for kind in sorted(total):
        print(f"{kind:<15}{right[kind]:>7}{total[kind]:>7}{right[kind] / total[kind]:>8.0%}")
    n, r = sum(total.values()), sum(right.values())
    print(f"{'all':<15}{r:>7}{n:>7}{r / n:>8.0%}")


def realcopy(*, failures: bool) -> None:
    """The realcopy set as tests/test_realcopy.py judges it (needs ../shared beside the checkout)."""
    from tests import test_realcopy as rc

    grader = rc.grader()
    if grader is None or not rc.CORPUS.is_dir():
        raise SystemExit("needs ../shared/corpus and ../shared/devset beside the checkout")
    lib = rc.library()
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for i, row in enumerate(rc.rows()):
        answer = lib.ask(row["question"], today=rc.TODAY)
        ok = bool(grader.passes(row["check"], answer.to_json()))
        total[row["kind"]] += 1
        right[row["kind"]] += ok
        if failures and not ok:
            print(f"{i:03d} [{row['kind']}] {row['question']}\n     want: {row['check']}\n     got: {answer.text[:200]}")
    for kind in sorted(total):
        print(f"{kind:<15}{right[kind]:>7}{total[kind]:>7}{right[kind] / total[kind]:>8.0%}")
    n, r = sum(total.values()), sum(right.values())
    print(f"{'all':<15}{r:>7}{n:>7}{r / n:>8.0%}")


if __name__ == "__main__":
    main()
