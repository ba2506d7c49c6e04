"""Question + store → :class:`Answer`, with :func:`answer` as its door.

question (kind and slots) → who (people lookup) and said (who said what) and facts
(when, where, how many) in the engine → reply (the cited text). The records that flow
between them live in types.
"""

from .engine import MAX_QUESTION, answer, prepare, who
from .reply import result_text
from .types import Answer, Context, Result

__all__ = ["MAX_QUESTION", "Answer", "Context", "Result", "answer", "prepare", "result_text", "who"]
