"""Coding stage: the CAMEO code table and the verb lexicon that maps verb phrases to codes."""

from __future__ import annotations

import csv
import functools
import importlib.resources
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["CameoCode", "CameoTable", "VerbEntry", "VerbLexicon", "load_cameo", "load_verbs"]


def _rows(name: str) -> Iterator[dict[str, str]]:
    path = importlib.resources.files("kg.coding") / "data" / name
    with path.open(encoding="utf-8") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t")


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code with its Goldstein score and QuadClass."""

    code: str
    label: str
    goldstein: float
    root: str
    root_label: str
    quad_class: int
    level: str


class CameoTable:
    """All 315 CAMEO codes, looked up by code.

    Examples:
        >>> table = load_cameo()
        >>> table["120"].root, table["120"].quad_class
        ('12', 3)
        >>> table["1"] if "1" in table else None
    """

    def __init__(self, codes: dict[str, CameoCode]) -> None:
        self._codes = codes

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __getitem__(self, code: str) -> CameoCode:
        return self._codes[code]

    def __iter__(self) -> Iterator[CameoCode]:
        return iter(self._codes.values())

    def __len__(self) -> int:
        return len(self._codes)


@functools.lru_cache(maxsize=1)
def load_cameo() -> CameoTable:
    """The CAMEO code table shipped with kg (derived from ``cameo_codes.tsv``)."""
    rows = list(_rows("cameo_codes.tsv"))
    scores = {r["code"]: r["goldstein"] for r in rows}

    def goldstein(code: str) -> float:
        # A few sub-codes have no score of their own: they take their parent's.
        while code and not scores.get(code):
            code = code[:-1]
        return float(scores[code]) if code else 0.0

    codes = {
        r["code"]: CameoCode(
            code=r["code"],
            label=r["label"],
            goldstein=goldstein(r["code"]),
            root=r["root"],
            root_label=r["root_label"],
            quad_class=int(r["quad_class"]),
            level=r["level"],
        )
        for r in rows
    }
    return CameoTable(codes)


@dataclass(frozen=True, slots=True)
class VerbEntry:
    """A verb (with optional particle) and the CAMEO code it takes by default."""

    lemma: str
    particle: str
    code: str


class VerbLexicon:
    """Verb lemma (+ particle) → default CAMEO code.

    Examples:
        >>> verbs = load_verbs()
        >>> verbs.lookup("reject").code
        '120'
        >>> verbs.lookup("add") is None
        True
    """

    def __init__(self, entries: dict[tuple[str, str], VerbEntry]) -> None:
        self._entries = entries

    def lookup(self, lemma: str, particle: str | None = None) -> VerbEntry | None:
        lemma = lemma.lower()
        if particle:
            entry = self._entries.get((lemma, particle.lower()))
            if entry is not None:
                return entry
        return self._entries.get((lemma, ""))

    def __len__(self) -> int:
        return len(self._entries)


@functools.lru_cache(maxsize=1)
def load_verbs() -> VerbLexicon:
    """The verb lexicon: the PETRARCH-derived table with kg's overrides applied."""
    entries: dict[tuple[str, str], VerbEntry] = {}
    for r in _rows("cameo_verbs.tsv"):
        key = (r["lemma"], r["particle"] or "")
        entries[key] = VerbEntry(r["lemma"], r["particle"] or "", r["code"])
    for r in _rows("verb_overrides.tsv"):
        key = (r["lemma"], r["particle"] or "")
        if r["code"] == "-":
            entries.pop(key, None)
        else:
            entries[key] = VerbEntry(r["lemma"], r["particle"] or "", r["code"])
    return VerbLexicon(entries)
