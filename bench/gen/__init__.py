"""Deterministic generator of Persian agency-style news articles, with questions whose answers it knows.

Used by the benchmarks (answer latency, ingest rate and memory from 1k to 100k articles).
Pure standard library; every random choice comes from a ``random.Random`` seeded per article
with ``(seed mod 2**32, i)``, so article ``i`` is the same whatever ``n`` is, and the corpus can be
streamed without holding it (no global random state is touched).

The "world" is shared between articles: every official role (``استاندار فارس``, ``فرماندار
شهرستان بم`` ...) has a holder drawn from ``Random(f"{seed}|role|{role}")``, and about a third of
the roles change holder once during 1400–1404, like real officials do. Experts and other
non-unique roles (``کارشناس حوزه آب``) get a fresh person in every article.

Field conventions of :class:`GeneratedArticle`:

* ``text`` is the article as a file would hold it, noise included (Arabic ``ي``/``ك`` in about
  10 %, missing half-spaces in about 30 % and half-spaces typed as spaces in about 10 %, hard
  wrapping in about 10 %, Persian or Latin digits);
* ``Speaker.statements`` are the statement texts exactly as printed (same noise), so each one is a
  substring of ``" ".join(text.split())`` (hard wrapping only changes whitespace);
* names, roles, ``event`` and ``place`` are canonical (standard ``ی``/``ک``, half-spaces,
  ``رئیس``): compare them with the copy after :func:`fold` and without half-spaces and spaces;
* ``jalali`` is the Jalali date of the event, formatted like ``۱۷ آبان ۱۴۰۴``; ``published`` is the
  Gregorian publication date (shown in the ``date YYYY-MM-DD`` dateline when there is one). When
  the lead gives the day without a year, or says «امروز»/«دیروز», the article has a dateline.

:class:`Question` ``expect`` strings use Persian letters and digits (a what_said expect keeps the
article's half-space spelling); judge answers with :func:`answer_matches`, which folds letters,
digits and half-spaces on both sides.

Command line: ``python -m bench.generate N OUTDIR`` writes ``N`` ``<key>.txt`` files,
``questions.tsv`` and ``articles.tsv`` (a manifest) into ``OUTDIR``.

Modules: ``records`` (the dataclasses), ``dates`` (Jalali calendar), ``text`` (folding,
:func:`answer_matches`), ``templates`` and ``vocab`` (the raw material), ``world`` (who holds
which office), ``speech`` and ``articles`` (the copy), ``qforms`` and ``questions`` (questions
and their uniqueness check), ``cli``. ``bench.generate`` re-exports the public API.
"""

from .articles import generate_article, generate_articles
from .cli import main
from .dates import MONTHS, WEEKDAYS, from_jalali, jalali_text, to_jalali
from .questions import generate_questions
from .records import DATA_DIR, ZWNJ, GeneratedArticle, Question, Speaker
from .text import answer_matches, fold
from .vocab import vocabulary_sizes

__all__ = [
    "GeneratedArticle",
    "Question",
    "Speaker",
    "answer_matches",
    "fold",
    "from_jalali",
    "generate_article",
    "generate_articles",
    "generate_questions",
    "jalali_text",
    "to_jalali",
    "vocabulary_sizes",
]
