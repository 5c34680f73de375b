"""Quote marks, dashes and the Russian pairing rules, written once.

Nothing here imports the rest of the package.
"""

from __future__ import annotations

# Marks that only open, only close, or may do either depending on what stands beside them.
# „ … “ is the Russian inner pair; “ … ” the English one, so “ opens or closes.
OPENERS = "«„‚"
CLOSERS = "»"
EITHER = "\"“”‘’'"  # decided by context
QUOTE_MARKS = OPENERS + CLOSERS + EITHER.replace("'", "")

# What each opener is properly closed by. Any other closer still pairs, but the quote is
# marked as repaired (a mixed pair such as « … ").
PAIRS: dict[str, str] = {
    "«": "»",
    "„": "“",
    "‚": "‘",
    '"': '"',
    "“": "”",
    "”": "”",
    "‘": "’",
}

DASHES = "—–-"
# A dash that joins speech and the author's words: —, –, - or -- (a typewriter's long dash).
JOIN_DASH = r"(?:—|–|--?)"

OPEN_BRACKETS = "([{"
CLOSE_BRACKETS = ")]}"

# Characters the scorer of QUOTE_SPEC.md strips from part ends before comparing boundaries.
BOUNDARY_STRIP = ".,;:!?…—–-\"«»“”„'()"

# Spaces that are not plain spaces but mean one.
SPACES = " \t\u00a0\u2009\u202f\u2007\u2002\u2003\u200b\ufeff"
