"""Coding stage: the CAMEO code table and the verb lexicon that maps verb phrases to codes."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kg.coding.tables import data_rows

__all__ = [
    "CameoCode",
    "CameoTable",
    "VerbEntry",
    "VERB_PREFIXES",
    "VerbLexicon",
    "load_cameo",
    "load_verb_forms",
    "load_verbs",
]


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
    rows = list(data_rows("cameo_codes.tsv"))
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
    """A verb (with optional particle), its verb block and the CAMEO code it takes by default.

    ``code`` is empty when the verb codes an event only through a pattern ("hold talks");
    ``reverse`` is the code of the target's act back in a paired event (visit 042 → host 043);
    ``own``: only the patterns the dictionary notes under this verb apply, not its block's general
    ones or those of the block's other verbs (a verb filed with unlike verbs).
    """

    lemma: str
    particle: str
    code: str
    block: str = ""
    reverse: str = ""
    own: bool = False


class VerbLexicon:
    """Verb lemma (+ particle) → verb block and default CAMEO code.

    Examples:
        >>> verbs = load_verbs()
        >>> verbs.lookup("reject").code
        '120'
        >>> verbs.lookup("add") is None
        True
        >>> verbs.entry("hold").block, verbs.entry("hold").code
        ('CONFINE', '')
    """

    def __init__(self, entries: dict[tuple[str, str], VerbEntry]) -> None:
        self._entries = entries

    def entry(self, lemma: str, particle: str | None = None) -> VerbEntry | None:
        """The verb's entry, with or without a default code (the particle's entry first)."""
        lemma = lemma.lower()
        if particle:
            found = self._entries.get((lemma, particle.lower()))
            if found is not None:
                return found
        return self._entries.get((lemma, ""))

    def lookup(self, lemma: str, particle: str | None = None) -> VerbEntry | None:
        """The verb's entry if it codes an event by default, else None."""
        found = self.entry(lemma, particle)
        return found if found is not None and found.code else None

    def __len__(self) -> int:
        return sum(1 for e in self._entries.values() if e.code)


@functools.lru_cache(maxsize=1)
def load_verbs() -> VerbLexicon:
    """The verb lexicon: the PETRARCH-derived table with kg's overrides applied.

    An override row without object or preposition sets the verb's default code; ``-`` removes
    the default (the verb's patterns still apply). Its ``block`` column ``own`` keeps only the
    patterns noted under the verb itself; ``-`` leaves the dictionary's block (kg's patterns only).

    Examples:
        >>> verbs = load_verbs()
        >>> verbs.entry("need").code, verbs.entry("need").own
        ('', True)
        >>> verbs.entry("relate").block, verbs.lookup("arm").code
        ('', '072')
    """
    entries: dict[tuple[str, str], VerbEntry] = {}
    for r in data_rows("cameo_verbs.tsv"):
        key = (r["lemma"], r["particle"])
        entries[key] = VerbEntry(r["lemma"], r["particle"], r["code"], r["block"], r["reverse"])
    for r in data_rows("verb_overrides.tsv"):
        if r.get("object") or r.get("prep"):
            continue
        key = (r["lemma"], r["particle"])
        old = entries.get(key) or entries.get((r["lemma"], ""))
        code = "" if r["code"] == "-" else r["code"]
        placement = r.get("block") or ""
        entries[key] = VerbEntry(
            r["lemma"],
            r["particle"],
            code,
            "" if placement == "-" or old is None else old.block,
            r.get("reverse") or (old.reverse if old and code == old.code else ""),
            own=placement == "own",
        )
    return VerbLexicon(entries)


#: Prefixes of verbs built on another verb ("retook": re + took), tried when a form is not a lemma.
VERB_PREFIXES = ("re", "over", "under", "with", "out", "up", "fore", "mis")


@functools.lru_cache(maxsize=1)
def load_verb_forms() -> dict[str, str]:
    """Irregular verb forms the dictionary lists, form → lemma (``cameo_verb_forms.tsv``).

    Examples:
        >>> load_verb_forms()["took"], load_verb_forms()["withdrew"]
        ('take', 'withdraw')
    """
    return {r["form"]: r["lemma"] for r in data_rows("cameo_verb_forms.tsv")}


def base_form(word: str, known: Callable[[str], bool]) -> str | None:
    """The lemma of an irregular form a lemmatiser left as it was ("retook" → retake, "overran" →
    overrun), if ``known`` knows it; else None.

    Examples:
        >>> base_form("retook", lambda w: w == "retake"), base_form("retook", lambda w: False)
        ('retake', None)
    """
    forms = load_verb_forms()
    word = word.lower()
    found = forms.get(word)
    if found is not None and known(found):
        return found
    for prefix in VERB_PREFIXES:
        rest = word[len(prefix) :].lstrip("-")
        if word.startswith(prefix) and rest in forms and known(prefix + forms[rest]):
            return prefix + forms[rest]
    return None
