"""Deterministic generator of Persian agency-style news articles, with questions whose answers it knows.

The code lives in the package :mod:`bench.gen` (one module per concern); this module keeps the
original import path and command line: ``python -m bench.generate N OUTDIR``.
"""

from __future__ import annotations

import sys

from bench.gen import *  # noqa: F401,F403 - the public API, unchanged
from bench.gen import DATA_DIR, MONTHS, WEEKDAYS, ZWNJ, __all__, main  # noqa: F401

if __name__ == "__main__":
    sys.exit(main())
