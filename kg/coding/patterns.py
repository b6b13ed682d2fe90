"""Coding stage: CAMEO verb patterns (verb + particle + object + prepositional phrases → a specific code).

The patterns come from the PETRARCH verb dictionary (``cameo_patterns.tsv``, built by
``scripts/build_cameo_verbs.py``) plus kg's own (``verb_overrides.tsv`` rows with an object or a
preposition). A pattern's words must all be found in the phrase it constrains, and its last word
must be that phrase's head; ``&NAME`` stands for any phrase of a synonym set (``cameo_synsets.tsv``).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeAlias

from kg.coding.tables import data_rows

__all__ = ["Pattern", "PatternBook", "Phrase", "load_patterns", "singular"]

#: The kinds of match :meth:`PatternBook._candidates` prepares patterns for.
_OWN, _OWN_ONLY, _OTHER = 0, 1, 2
#: Candidate lists a book remembers before it starts afresh (bounds its memory).
_TRIED_MAX = 100_000


@functools.lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """A crude singular used on both sides of a comparison (dictionary words and text words).

    Examples:
        >>> [singular(w) for w in ("Sanctions", "troops", "militaries", "forces", "talks", "aid")]
        ['sanction', 'troop', 'military', 'force', 'talk', 'aid']
    """
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


@dataclass(frozen=True, slots=True)
class Phrase:
    """A phrase of the clause being coded: its head (lemma and form) and every word (lemmas and forms)."""

    head: str
    heads: frozenset[str] = field(default=frozenset())
    words: frozenset[str] = field(default=frozenset())

    @property
    def head_key(self) -> str:
        """The head in the form patterns are indexed by (singular)."""
        return singular(self.head)

    @classmethod
    def of(cls, head: str, words: Iterable[str] = ()) -> Phrase:
        """A phrase from its head and its words (lemmas or forms), compared in singular.

        Examples:
            >>> p = Phrase.of("Sanctions", ["new"])
            >>> sorted(p.heads), sorted(p.words)
            (['sanction'], ['new', 'sanction'])
        """
        heads = frozenset({singular(head)})
        return cls(head.lower(), heads, frozenset({*heads, *(singular(w) for w in words)}))


@dataclass(frozen=True, slots=True)
class Pattern:
    """One pattern of a verb block; ``code`` ``-`` cancels the event."""

    block: str
    verb: str
    subject: tuple[str, ...]
    particle: str
    obj: tuple[str, ...]
    preps: tuple[tuple[str, tuple[str, ...]], ...]
    code: str
    reverse: str
    source: str = "cameo"

    @property
    def specificity(self) -> int:
        """How much the pattern asks of the clause: more constraints win over fewer."""
        return (
            2 * len(self.obj)
            + sum(2 + len(words) for _, words in self.preps)
            + len(self.subject)
            + (1 if self.particle else 0)
            + (1 if self.verb else 0)
        )


#: Patterns a match tries: (order in the block, pattern, the prepositions it needs).
_Candidates: TypeAlias = tuple[tuple[int, Pattern, frozenset[str]], ...]
#: See ``_glance``.
_Glance: TypeAlias = tuple[tuple[str, str, frozenset[str], bool], ...]


class PatternBook:
    """Patterns by verb block, with the synonym sets they use.

    Examples:
        >>> book = load_patterns()
        >>> book.match("IMPOSE", "impose", obj=Phrase.of("sanctions")).code
        '163'
        >>> book.match("IMPOSE", "impose", obj=Phrase.of("taxes")).code
        '-'
        >>> book.match("IMPOSE", "impose", obj=Phrase.of("lunch")) is None
        True
    """

    def __init__(self, patterns: Iterable[Pattern], synsets: dict[str, frozenset[str]]) -> None:
        self.synsets = synsets
        self.by_block: dict[str, list[Pattern]] = defaultdict(list)
        for p in patterns:
            self.by_block[p.block].append(p)
        # Patterns by the head word their object needs (synsets expanded); the rest need none.
        self._by_head: dict[str, dict[str, list[tuple[int, Pattern]]]] = {}
        self._free: dict[str, list[tuple[int, Pattern]]] = {}
        for name, block in self.by_block.items():
            # kg's own patterns first, then the most specific; file order breaks ties.
            block.sort(key=lambda p: (p.source != "kg", -p.specificity))
            heads: dict[str, list[tuple[int, Pattern]]] = defaultdict(list)
            free: list[tuple[int, Pattern]] = []
            for order, p in enumerate(block):
                if not p.obj:
                    free.append((order, p))
                    continue
                last = p.obj[-1]
                words = {m.split()[-1] for m in synsets.get(last, ())} if last.startswith("&") else {last}
                for word in words:
                    heads[word].append((order, p))
            self._by_head[name] = dict(heads)
            self._free[name] = free
        # What each block's patterns ask at a glance (see _glance), without the object: see needs().
        self._free_glance = {name: _glance(free) for name, free in self._free.items()}
        # The candidates one kind of match tries, by (block, verb, object head, kind): see _candidates.
        self._heads: dict[str, frozenset[str]] = {}
        self._head_glance: dict[tuple[str, str], _Glance] = {}
        self._tried: dict[tuple[str, str, str | None, int], _Candidates] = {}

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_block.values())

    def _word(self, word: str, phrase: Phrase, *, head: bool) -> bool:
        if word.startswith("&"):
            members = self.synsets.get(word, frozenset())
            if head:
                return any(
                    m.split()[-1] in phrase.heads and all(w in phrase.words for w in m.split())
                    for m in members
                )
            return any(all(w in phrase.words for w in m.split()) for m in members)
        return word in phrase.heads if head else word in phrase.words

    def _phrase(self, words: Sequence[str], phrase: Phrase | None) -> bool:
        if not words:
            return True
        if phrase is None:
            return False
        *rest, last = words
        return self._word(last, phrase, head=True) and all(self._word(w, phrase, head=False) for w in rest)

    def match(
        self,
        block: str,
        verb: str,
        *,
        particle: str | None = None,
        obj: Phrase | None = None,
        preps: Sequence[tuple[str, Phrase | None]] = (),
        subject: Phrase | None = None,
        own_only: bool = False,
    ) -> Pattern | None:
        """The most specific pattern of ``block`` the clause satisfies, or None.

        Patterns noted under the verb itself (or under no verb) are tried first; then those noted
        under another verb of the block, if they ask for object or phrase words. ``own_only``: only
        the patterns noted under the verb itself.
        """
        found = self._match(block, verb, particle, obj, preps, subject, own=True, own_only=own_only)
        if found is not None or own_only:
            return found
        return self._match(block, verb, particle, obj, preps, subject, own=False)

    def heads(self, block: str) -> frozenset[str]:
        """The object heads (singular) that patterns of ``block`` name.

        Examples:
            >>> "sanction" in load_patterns().heads("IMPOSE")
            True
        """
        found = self._heads.get(block)
        if found is None:
            found = self._heads[block] = frozenset(self._by_head.get(block, ()))
        return found

    def needs(
        self, block: str, verb: str, head: str | None, *, particle: str | None = None, own_only: bool = False
    ) -> set[frozenset[str]]:
        """The prepositions that the patterns :meth:`match` tries of ``block``, for ``verb`` in a
        clause with that ``particle`` and an object headed by ``head`` (its singular; None for no
        object), need phrases of, one set per pattern: a clause with phrases of none of these sets
        matches no pattern, whatever its words (and with no set, no clause does).

        Examples:
            >>> book = load_patterns()
            >>> book.needs("IMPOSE", "impose", "sanction"), book.needs("IMPOSE", "impose", "lunch")
            ({frozenset()}, set())
        """
        glance = self._free_glance.get(block, ())
        if head is not None and head in self.heads(block):
            headed = self._head_glance.get((block, head))
            if headed is None:
                headed = self._head_glance[(block, head)] = _glance(self._by_head[block][head])
            glance = (*glance, *headed)
        kinds = (_OWN_ONLY,) if own_only else (_OWN, _OTHER)
        return {
            needs
            for kind in kinds
            for p_verb, p_particle, needs, asks_words in glance
            if (not p_particle or p_particle == particle) and _tries(p_verb, asks_words, verb, kind)
        }

    def _candidates(self, block: str, verb: str, head: str | None, kind: int) -> _Candidates:
        """The patterns of ``block`` a match of ``kind`` tries, in order, with the prepositions each
        needs: those needing no object or one headed by ``head``, and of them (kind ``_OWN``) the
        ones noted under ``verb`` or no verb, (``_OWN_ONLY``) under ``verb`` itself, or (``_OTHER``)
        under another verb and asking for object or phrase words. Worked out once per key.
        """
        headed = self._by_head.get(block)
        if head is None or headed is None or head not in headed:
            head = None  # no pattern's object is headed by it: the patterns needing none
        key = (block, verb, head, kind)
        found = self._tried.get(key)
        if found is not None:
            return found
        if head is None:
            kept = [(order, p, frozenset(q for q, _ in p.preps)) for order, p in self._free.get(block, [])]
            kept = [c for c in kept if _tried_by(c[1], verb, kind)]
        else:
            kept = [
                (order, p, frozenset(q for q, _ in p.preps))
                for order, p in headed[head]  # type: ignore[index]
                if _tried_by(p, verb, kind)
            ]
            kept = sorted([*self._candidates(block, verb, None, kind), *kept], key=lambda c: c[0])
        if len(self._tried) >= _TRIED_MAX:
            self._tried.clear()
        found = self._tried[key] = tuple(kept)
        return found

    def _match(
        self,
        block: str,
        verb: str,
        particle: str | None,
        obj: Phrase | None,
        preps: Sequence[tuple[str, Phrase | None]],
        subject: Phrase | None,
        *,
        own: bool,
        own_only: bool = False,
    ) -> Pattern | None:
        kind = (_OWN_ONLY if own_only else _OWN) if own else _OTHER
        candidates = self._candidates(block, verb, obj.head_key if obj is not None else None, kind)
        if not candidates:
            return None
        present = {q for q, _ in preps}
        for _, p, needs in candidates:
            if p.particle and p.particle != particle:
                continue
            if p.obj and not self._phrase(p.obj, obj):
                continue
            if p.subject and (
                subject is None or not all(self._word(w, subject, head=False) for w in p.subject)
            ):
                continue
            if not p.preps:
                return p
            if needs <= present and all(
                any(prep == q and self._phrase(words, pobj) for q, pobj in preps) for prep, words in p.preps
            ):
                return p
        return None


def _tried_by(p: Pattern, verb: str, kind: int) -> bool:
    """Whether a match of ``kind`` for ``verb`` tries pattern ``p`` (see :meth:`PatternBook._candidates`)."""
    return _tries(p.verb, _asks_words(p), verb, kind)


def _tries(p_verb: str, asks_words: bool, verb: str, kind: int) -> bool:
    """:func:`_tried_by` of a pattern noted under ``p_verb`` that asks for object or phrase words or not."""
    if kind == _OWN:
        return not p_verb or p_verb == verb
    if kind == _OWN_ONLY:
        return p_verb == verb
    return bool(p_verb) and p_verb != verb and asks_words


def _asks_words(p: Pattern) -> bool:
    return bool(p.obj or any(w for _, w in p.preps))


def _glance(patterns: Iterable[tuple[int, Pattern]]) -> _Glance:
    """What patterns ask that decides whether a match tries them, each distinct answer once: the
    verb they are noted under, their particle, the prepositions they need, whether they ask for
    object or phrase words."""
    return tuple(
        dict.fromkeys(
            (p.verb, p.particle, frozenset(q for q, _ in p.preps), _asks_words(p)) for _, p in patterns
        )
    )


def _pattern(row: dict[str, str], source: str) -> Pattern:
    preps = []
    for key in ("prep", "prep2"):
        if row.get(key):
            preps.append((row[key], _split_words(row.get(f"{key}_object") or "")))
    return Pattern(
        block=row["block"],
        verb=row.get("verb") or "",
        subject=tuple((row.get("subject") or "").split()),
        particle=row.get("particle") or "",
        obj=_split_words(row.get("object") or ""),
        preps=tuple(preps),
        code=row["code"],
        reverse=row.get("reverse") or "",
        source=source,
    )


def _split_words(text: str) -> tuple[str, ...]:
    return tuple(w if w.startswith("&") else singular(w) for w in text.split())


@functools.lru_cache(maxsize=1)
def load_patterns() -> PatternBook:
    """The dictionary's patterns and kg's own (the rows of ``verb_overrides.tsv`` with a phrase)."""
    synsets: dict[str, set[str]] = defaultdict(set)
    for r in data_rows("cameo_synsets.tsv"):
        synsets[r["synset"]].add(" ".join(singular(w) for w in r["phrase"].split()))
    patterns = [_pattern(r, "cameo") for r in data_rows("cameo_patterns.tsv")]
    for r in data_rows("verb_overrides.tsv"):
        if r.get("object") or r.get("prep"):
            patterns.append(_pattern({**r, "block": f"kg:{r['lemma']}", "verb": r["lemma"]}, "kg"))
    return PatternBook(patterns, {k: frozenset(v) for k, v in synsets.items()})
