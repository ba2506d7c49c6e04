"""Article text → :class:`knowledge.models.ParsedArticle`: the parser, with :func:`parse` as its door.

segment (dateline, headline, paragraphs, sentences) → people (names, honorifics, roles,
aliases) → statements (verbs of saying, «وی», roles) → dates → places and venues →
events, over the vocabulary in lexicon; bulk parses many articles in a process pool.
Never imports the store or the answer engine.
"""

from .bulk import parse_many
from .pipeline import MAX_BYTES, MAX_CHARS, parse

__all__ = ["MAX_BYTES", "MAX_CHARS", "parse", "parse_many"]
