"""Update callbacks, a few lines each; the wiring is in :mod:`bot.app`."""
