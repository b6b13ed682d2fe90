"""Actors stage: the capitalised words an article writes right before a word ("Tariq" before "Rabbah").

``ArticleResolver`` asks, for a one-word name, whether the article writes it after a capitalised
word. A regex built for each word (``\\b([A-Z][\\w’'-]+) WORD\\b``) costs a compile per word and
thrashes ``re``'s cache; :func:`capitalised_before` finds the same matches with ``str.find`` and
a few fixed patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["capitalised_before"]

_BOUNDARY = re.compile(r"\b")
_NAME_CHAR = re.compile(r"[\w’'-]")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def capitalised_before(text: str, word: str) -> Iterator[str]:
    """The group of each match of ``\\b([A-Z][\\w’'-]+) WORD\\b`` in ``text`` (``WORD`` taken
    literally), in order, as ``re.finditer`` finds them: matches do not overlap.

    Examples:
        >>> text = "Tariq Rabbah spoke; al-Hadi Rabbah's son met O'Neil Rabbah Rabbah."
        >>> list(capitalised_before(text, "Rabbah"))
        ['Tariq', 'Hadi', "O'Neil"]
        >>> list(capitalised_before(text, "son")), list(capitalised_before(text, "Tariq"))
        (["Rabbah's"], [])
    """
    searched = 0  # where the previous match ended: the next one starts there or later
    i = text.find(" " + word)
    while i >= 0:
        end = i + 1 + len(word)
        if _BOUNDARY.match(text, end):
            first = _first_capital(text, searched, i)
            if first is not None:
                yield text[first:i]
                searched = end
        i = text.find(" " + word, i + 1)


def _first_capital(text: str, lowest: int, end: int) -> int | None:
    """Where the first word of two or more name characters that starts with a capital at a word
    boundary, at ``lowest`` or later, begins within the run of name characters ending at ``end``."""
    start = end
    while start > lowest and _NAME_CHAR.match(text, start - 1):
        start -= 1
    for p in range(start, end - 1):
        if text[p] in _CAPITALS and _BOUNDARY.match(text, p):
            return p
    return None
