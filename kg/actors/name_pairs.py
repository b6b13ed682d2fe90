"""Actors stage: the capitalised words an article writes right before a word, indexed once per article.

``ArticleResolver`` asks, for a one-word name, whether the article writes it after a capitalised
word ("Tariq Rabbah"). Scanning the whole text with a regex built for each word costs a compile and
a pass per word; :class:`NamePairs` finds every "word word" pair in one pass and answers each word
from its pairs, exactly as the regex ``\\b([A-Z][\\w’'-]+) WORD\\b`` would under ``re.finditer``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["NamePairs"]

#: A run of word characters, apostrophes and hyphens followed by one space, and the word
#: characters the next run starts with (the word a following name would be).
_PAIR = re.compile(r"([\w’'-]+) (?=(\w+))")
_WORD = re.compile(r"\w+")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_JOINERS = frozenset("’'-")


class NamePairs:
    """The pairs of an article's text, to find the capitalised words written before a word.

    Examples:
        >>> pairs = NamePairs("Tariq Rabbah spoke; al-Hadi Rabbah's son and O'Neil Rabbah too.")
        >>> list(pairs.before("Rabbah"))
        ['Tariq', 'Hadi', "O'Neil"]
        >>> list(pairs.before("son")), list(pairs.before("Tariq"))
        (["Rabbah's"], [])
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._pairs: dict[str, list[tuple[int, int, int]]] | None = None

    def _index(self) -> dict[str, list[tuple[int, int, int]]]:
        """word → (start, end of the run before it, end of the word), in text order."""
        pairs: dict[str, list[tuple[int, int, int]]] = {}
        for m in _PAIR.finditer(self.text):
            pairs.setdefault(m.group(2), []).append((m.start(1), m.end(1), m.end(2)))
        return pairs

    def before(self, word: str) -> Iterator[str]:
        """The group of each match of ``\\b([A-Z][\\w’'-]+) WORD\\b`` in the text, in order.

        Matches do not overlap (as ``re.finditer``'s): in "Ali Hassan Hassan", "Hassan" is found
        after "Ali" only.
        """
        if not _WORD.fullmatch(word):
            for m in re.finditer(rf"\b([A-Z][\w’'-]+) {re.escape(word)}\b", self.text):
                yield m.group(1)
            return
        if self._pairs is None:
            self._pairs = self._index()
        text, searched = self.text, 0
        for start, end, word_end in self._pairs.get(word, ()):
            first = _first_capital(text, max(start, searched), start, end)
            if first is not None:
                yield text[first:end]
                searched = word_end

    def __repr__(self) -> str:
        return f"NamePairs({len(self.text)} characters)"


def _first_capital(text: str, lowest: int, start: int, end: int) -> int | None:
    """The first position from ``lowest`` of the run ``text[start:end]`` where a capitalised word of
    two or more characters begins at a word boundary (the run's start, or after an apostrophe or
    hyphen)."""
    for p in range(lowest, end - 1):
        if text[p] in _CAPITALS and (p == start or text[p - 1] in _JOINERS):
            return p
    return None
