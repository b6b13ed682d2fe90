"""Coding stage: turn a verb phrase into a coded Action (CAMEO code, Goldstein, QuadClass, PLOVER)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kg.coding.cameo import CameoTable, VerbEntry, VerbLexicon, base_form, load_cameo, load_verbs
from kg.coding.nouns import NounEntry, NounLexicon, load_nouns
from kg.coding.patterns import PatternBook, Phrase, load_patterns, singular
from kg.coding.plover import plover_for
from kg.datamodel import Action

__all__ = ["CameoCoder", "PrepPhrase", "code_action"]

#: A prepositional phrase of the clause: (preposition, head lemma of its object, words of its object).
PrepPhrase = tuple[str, str | None, Sequence[str]]
#: Verb phrases whose code a coder remembers before it starts afresh (bounds its memory).
_MEMO_MAX = 100_000
_MISS = object()
#: A verb's patterns at a glance (see ``CameoCoder._blocks_of``).
_Blocks = tuple[str, VerbEntry | None, frozenset[str], tuple[frozenset[str], ...]]


class CameoCoder:
    """Codes verb phrases with the verb lexicon, its patterns and the CAMEO table (an ``ActionCoder``).

    Examples:
        >>> coder = CameoCoder()
        >>> a = coder.code("reject", text="rejected")
        >>> (a.cameo, a.root, a.quad_class, a.plover)
        ('120', '12', 3, 'REJECT')
        >>> coder.code("sing") is None
        True
        >>> coder.code("impose", obj="sanction", obj_words=["sanctions"]).cameo
        '163'
        >>> coder.code("visit").cameo, coder.code("visit", reverse=True).cameo
        ('042', '043')
    """

    def __init__(
        self,
        verbs: VerbLexicon | None = None,
        table: CameoTable | None = None,
        patterns: PatternBook | None = None,
        nouns: NounLexicon | None = None,
    ) -> None:
        self.verbs = verbs if verbs is not None else load_verbs()
        self.table = table if table is not None else load_cameo()
        self.patterns = patterns if patterns is not None else load_patterns()
        self.nouns = nouns if nouns is not None else load_nouns()
        self._memo: dict[tuple[object, ...], tuple[str, str, bool] | None] = {}
        self._known_verbs: dict[str, bool] = {}
        self._may: dict[tuple[str, str | None], bool] = {}
        self._entries: dict[tuple[str, str | None], tuple[str, VerbEntry | None]] = {}
        self._noun_roles: dict[str, object] = {}
        self._blocks: dict[tuple[str, str | None], _Blocks] = {}
        self._needs: dict[tuple[str, str | None, str], tuple[frozenset[str], ...]] = {}

    def code_of(
        self,
        verb: str,
        *,
        particle: str | None = None,
        obj: str | None = None,
        obj_words: Sequence[str] = (),
        preps: Sequence[PrepPhrase] = (),
        subject_words: Sequence[str] = (),
    ) -> tuple[str, str, bool] | None:
        """(code, reverse code, from a pattern) for a verb phrase, or None when it codes no event.

        Answers are remembered per phrase (verb, particle, object and phrase words).
        """
        if not self.words_matter(verb, particle=particle, obj=obj, preps=[p for p, _, _ in preps]):
            return self.default_of(verb, particle)
        phrases = tuple((p, h, tuple(w)) for p, h, w in preps)
        key = (verb, particle, obj, tuple(obj_words), phrases, tuple(subject_words))
        found = self._memo.get(key, _MISS)
        if found is _MISS:
            if len(self._memo) >= _MEMO_MAX:
                self._memo.clear()
            found = self._memo[key] = self._code_of(
                verb,
                particle=particle,
                obj=obj,
                obj_words=obj_words,
                preps=preps,
                subject_words=subject_words,
            )
        return found  # type: ignore[return-value]

    def _code_of(
        self,
        verb: str,
        *,
        particle: str | None = None,
        obj: str | None = None,
        obj_words: Sequence[str] = (),
        preps: Sequence[PrepPhrase] = (),
        subject_words: Sequence[str] = (),
    ) -> tuple[str, str, bool] | None:
        verb, entry = self._entry_of(verb, particle)
        obj_phrase = Phrase.of(obj, obj_words) if obj else None
        prep_phrases = [(p.lower(), Phrase.of(h, w) if h else None) for p, h, w in preps]
        subject = Phrase.of("", subject_words) if subject_words else None
        pattern = self.patterns.match(
            f"kg:{verb}", verb, particle=particle, obj=obj_phrase, preps=prep_phrases, subject=subject
        )
        if entry is not None and entry.block:
            # The dictionary's pattern wins over kg's only when it asks more of the clause
            # ("provide financial support" over "provide support").
            found = self.patterns.match(
                entry.block,
                verb,
                particle=particle,
                obj=obj_phrase,
                preps=prep_phrases,
                subject=subject,
                own_only=entry.own,
            )
            if found is not None and (pattern is None or found.specificity > pattern.specificity):
                pattern = found
        if pattern is not None:
            if pattern.code == "-" or not (pattern.code or pattern.reverse):
                return None
            return self._known(pattern.code), self._known(pattern.reverse), True
        return self._default(entry)

    def words_matter(
        self, verb: str, *, particle: str | None = None, obj: str | None = None, preps: Iterable[str] = ()
    ) -> bool:
        """Whether the answer of :meth:`code_of` for ``verb`` with this particle, object head and
        prepositions may depend on the words of its object and phrases: when False no pattern of
        the verb can match, and the answer is :meth:`default_of` whatever the words.

        Examples:
            >>> coder = CameoCoder()
            >>> coder.words_matter("impose", obj="sanctions"), coder.words_matter("impose", obj="lunch")
            (True, False)
        """
        needs = self._prep_needs(verb, particle, obj)
        if not needs:
            return False
        if not needs[0]:
            return True  # a pattern needs no phrase
        present = {p.lower() for p in preps}
        return any(n <= present for n in needs)

    def _prep_needs(self, verb: str, particle: str | None, obj: str | None) -> tuple[frozenset[str], ...]:
        """The sets of prepositions the patterns of the verb's blocks (see :meth:`words_matter`)
        need phrases of; the empty set first when a pattern needs none. Worked out once per verb
        and particle for an object no pattern names, else once per object head."""
        blocks = self._blocks.get((verb, particle))
        if blocks is None:
            if len(self._blocks) >= _MEMO_MAX:
                self._blocks.clear()
            blocks = self._blocks[(verb, particle)] = self._blocks_of(verb, particle)
        lemma, entry, heads, needs = blocks
        head = singular(obj) if obj else None
        if head is None or head not in heads:
            return needs  # the patterns that need no object
        key = (verb, particle, head)
        found = self._needs.get(key)
        if found is None:
            if len(self._needs) >= _MEMO_MAX:
                self._needs.clear()
            found = self._needs[key] = self._needs_of(lemma, entry, particle, head)
        return found

    def _blocks_of(self, verb: str, particle: str | None) -> _Blocks:
        """The verb as the dictionary knows it, its entry, the object heads its patterns name,
        and the prepositions needed by its patterns that need no object."""
        lemma, entry = self._entry_of(verb, particle)
        heads = self.patterns.heads(f"kg:{lemma}")
        if entry is not None and entry.block:
            heads = heads | self.patterns.heads(entry.block)
        return lemma, entry, heads, self._needs_of(lemma, entry, particle, None)

    def _needs_of(
        self, lemma: str, entry: VerbEntry | None, particle: str | None, head: str | None
    ) -> tuple[frozenset[str], ...]:
        found = self.patterns.needs(f"kg:{lemma}", lemma, head, particle=particle)
        if entry is not None and entry.block:
            found |= self.patterns.needs(entry.block, lemma, head, particle=particle, own_only=entry.own)
        return tuple(sorted(found, key=len))

    def default_of(self, verb: str, particle: str | None = None) -> tuple[str, str, bool] | None:
        """What :meth:`code_of` answers for ``verb`` when no pattern matches: its own code, or None.

        Examples:
            >>> CameoCoder().default_of("reject"), CameoCoder().default_of("hold")
            (('120', '', False), None)
        """
        return self._default(self._entry_of(verb, particle)[1])

    def _default(self, entry: VerbEntry | None) -> tuple[str, str, bool] | None:
        if entry is None or not entry.code:
            return None
        return self._known(entry.code), self._known(entry.reverse), False

    def _entry_of(self, verb: str, particle: str | None) -> tuple[str, VerbEntry | None]:
        """:meth:`_entry`, worked out once per verb and particle."""
        key = (verb, particle)
        found = self._entries.get(key)
        if found is None:
            if len(self._entries) >= _MEMO_MAX:
                self._entries.clear()
            found = self._entries[key] = self._entry(verb, particle)
        return found

    def _entry(self, verb: str, particle: str | None) -> tuple[str, VerbEntry | None]:
        """The verb as the dictionary knows it, and its entry (None when it has none)."""
        verb = verb.lower()
        entry = self.verbs.entry(verb, particle)
        if entry is None and f"kg:{verb}" not in self.patterns.by_block:
            # "retook": a form the lemmatiser left as it was
            verb = base_form(verb, self._lemma_known) or verb
            entry = self.verbs.entry(verb, particle)
        if entry is None and verb.startswith("re-") and len(verb) > 5:
            # "re-examine": the verb without its prefix ("reclaim" is not "claim" again).
            bare = verb[3:]
            if self.verbs.entry(bare, particle) is not None:
                verb, entry = bare, self.verbs.entry(bare, particle)
        return verb, entry

    def may_code(self, verb: str, particle: str | None = None) -> bool:
        """Whether some phrase of ``verb`` could code an event: when False, :meth:`code_of` answers
        None whatever the object and phrases (neither its default nor any of its patterns codes).

        Examples:
            >>> coder = CameoCoder()
            >>> coder.may_code("impose"), coder.may_code("sing")
            (True, False)
        """
        key = (verb, particle)
        found = self._may.get(key)
        if found is None:
            if len(self._may) >= _MEMO_MAX:
                self._may.clear()
            lemma, entry = self._entry(verb, particle)
            blocks = (f"kg:{lemma}", entry.block if entry is not None else "")
            found = self._may[key] = (entry is not None and bool(entry.code)) or any(
                p.code != "-" and bool(p.code or p.reverse)
                for block in blocks
                if block
                for p in self.patterns.by_block.get(block, ())
            )
        return found

    def knows(self, verb: str) -> bool:
        """Whether ``verb`` can code an event at all (by default, a pattern or kg's own rows).

        Examples:
            >>> CameoCoder().knows("reject"), CameoCoder().knows("hold"), CameoCoder().knows("sing")
            (True, True, False)
            >>> CameoCoder().knows("retook")  # the lemmatiser's leftover form of "retake"
            True
        """
        found = self._known_verbs.get(verb)
        if found is None:
            if len(self._known_verbs) >= _MEMO_MAX:
                self._known_verbs.clear()
            found = self._known_verbs[verb] = self._knows(verb.lower())
        return found

    def _knows(self, verb: str) -> bool:
        if verb.startswith("re-") and len(verb) > 5 and self.verbs.entry(verb[3:]) is not None:
            return True
        return self._lemma_known(verb) or base_form(verb, self._lemma_known) is not None

    def _lemma_known(self, verb: str) -> bool:
        return self.verbs.entry(verb) is not None or f"kg:{verb}" in self.patterns.by_block

    def _known(self, code: str) -> str:
        """The code, or its nearest parent in the CAMEO table ('' if none)."""
        while code and code not in self.table:
            code = code[:-1]
        return code

    def code(
        self,
        verb: str,
        *,
        particle: str | None = None,
        obj: str | None = None,
        text: str = "",
        obj_words: Sequence[str] = (),
        preps: Sequence[PrepPhrase] = (),
        subject_words: Sequence[str] = (),
        reverse: bool = False,
    ) -> Action | None:
        """The Action for lemma ``verb`` with its particle, object head (and words) and prepositional
        phrases, or None if the phrase is not an event. ``reverse``: the target's act back in a paired
        event (the host's side of a visit), None when the event has no such side.
        """
        found = self.code_of(
            verb, particle=particle, obj=obj, obj_words=obj_words, preps=preps, subject_words=subject_words
        )
        return self.action_of(found, verb=verb, text=text, reverse=reverse)

    def action_of(
        self, found: tuple[str, str, bool] | None, *, verb: str, text: str = "", reverse: bool = False
    ) -> Action | None:
        """The Action for a result of :meth:`code_of` (None when it codes no event)."""
        if found is None:
            return None
        code = found[1] if reverse else found[0]
        if not code:
            return None
        return code_action(self.table, code, verb=verb.lower(), text=text or verb)

    def noun(self, lemma: str) -> NounEntry | None:
        """The event-noun entry of ``lemma`` ("talks" → talk), or None."""
        return self.nouns.lookup(lemma)

    def noun_roles(self, lemma: str) -> tuple[frozenset[str], bool, bool] | None:
        """(target prepositions, reciprocal, standalone) of the event noun ``lemma``, or None when
        it names no event; remembered per lemma.

        Examples:
            >>> CameoCoder().noun_roles("talks"), CameoCoder().noun_roles("weather")
            ((frozenset({'with'}), True, True), None)
        """
        found = self._noun_roles.get(lemma, _MISS)
        if found is _MISS:
            if len(self._noun_roles) >= _MEMO_MAX:
                self._noun_roles.clear()
            entry = self.nouns.lookup(lemma)
            found = self._noun_roles[lemma] = (
                (entry.target_preps, entry.reciprocal, entry.standalone) if entry is not None else None
            )
        return found  # type: ignore[return-value]

    def code_noun(self, noun: str, *, text: str = "", words: Sequence[str] = ()) -> Action | None:
        """The Action a noun names on its own ("strikes", "sanctions"), or None if it names no event.

        Examples:
            >>> CameoCoder().code_noun("strike", text="air strikes").root
            '19'
            >>> CameoCoder().code_noun("strike", words=["hunger"]).cameo
            '142'
        """
        entry = self.nouns.lookup(noun)
        if entry is None:
            return None
        code = entry.code_with(words)
        code = self._known(code) if code != "-" else ""
        return code_action(self.table, code, verb=entry.noun, text=text or noun) if code else None


def code_action(table: CameoTable, code: str, *, verb: str, text: str) -> Action:
    """An Action for a known CAMEO ``code``, with its label, root, QuadClass, Goldstein, PLOVER."""
    c = table[code]
    return Action(
        verb=verb,
        text=text,
        cameo=c.code,
        root=c.root,
        label=c.label,
        plover=plover_for(c.code),
        quad_class=c.quad_class,
        goldstein=c.goldstein,
    )
