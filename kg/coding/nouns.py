"""Coding stage: nouns that name events ("talks", "strikes", "sanctions", "deployment")."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from kg.coding.patterns import singular
from kg.coding.tables import data_rows

__all__ = ["NounEntry", "NounLexicon", "load_nouns"]

#: Lemmas a lexicon remembers its answers for before it starts afresh (bounds its memory).
_MEMO_MAX = 100_000

#: Modifiers that turn an event noun into another event ("hunger strike": 142, "general strike": 143),
#: or into none ("-": "advance warning" of one's own act is notice given, not a threat).
_WITH = {
    "warning": {"advance": "-", "early": "-"},
    "notice": {"advance": "-"},
    "strike": {
        "hunger": "142",
        **dict.fromkeys(
            ("general", "labour", "labor", "rail", "teacher", "worker", "nationwide", "national"), "143"
        ),
    },
}


@dataclass(frozen=True, slots=True)
class NounEntry:
    """An event noun: its code, the prepositions that mark its target, and how it behaves."""

    noun: str
    code: str
    target_preps: frozenset[str]
    reciprocal: bool
    standalone: bool
    modified: dict[str, str] | None = None

    def code_with(self, words: Iterable[str]) -> str:
        """The code with the noun's modifiers: "strike" is an air strike, "hunger strike" is not.

        Examples:
            >>> load_nouns().lookup("strike").code_with(["hunger"])
            '142'
            >>> load_nouns().lookup("warning").code_with(["advance"])
            '-'
        """
        for word in words:
            found = (self.modified or {}).get(word.lower())
            if found is not None:
                return found
        return self.code


class NounLexicon:
    """Event nouns by lemma (singular).

    Examples:
        >>> nouns = load_nouns()
        >>> e = nouns.lookup("Talks")
        >>> e.code, e.reciprocal, sorted(e.target_preps)
        ('040', True, ['with'])
        >>> nouns.lookup("weather") is None
        True
    """

    def __init__(self, entries: dict[str, NounEntry]) -> None:
        self._entries = entries
        #: Answers by the lemma asked for: extraction looks up every noun of every sentence.
        self._found: dict[str, NounEntry | None] = {}

    def lookup(self, lemma: str) -> NounEntry | None:
        try:
            return self._found[lemma]
        except KeyError:
            pass
        key = lemma.lower()
        found = self._entries.get(key) or self._entries.get(singular(key))
        if len(self._found) >= _MEMO_MAX:
            self._found.clear()
        self._found[lemma] = found
        return found

    def __len__(self) -> int:
        return len(self._entries)


@functools.lru_cache(maxsize=1)
def load_nouns() -> NounLexicon:
    """kg's event-noun table (``event_nouns.tsv``)."""
    entries = {}
    for r in data_rows("event_nouns.tsv"):
        entries[r["noun"]] = NounEntry(
            noun=r["noun"],
            code=r["code"],
            target_preps=frozenset(p for p in r["target"].split(",") if p),
            reciprocal=r["reciprocal"] == "1",
            standalone=r["standalone"] == "1",
            modified=_WITH.get(r["noun"]),
        )
    return NounLexicon(entries)
