"""Persian news knowledge store: parse articles, store records, answer questions.

This package never imports telegram; the bot in ``bot/`` is one of its users.
"""

__version__ = "0.1.0"
