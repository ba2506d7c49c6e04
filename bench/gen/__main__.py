"""``python -m bench.gen N OUTDIR`` (the same as ``python -m bench.generate``)."""

import sys

from .cli import main

sys.exit(main())
