"""Extract stage: a parsed Doc's token attributes as plain Python lists, built once per Doc.

The extraction rules walk the dependency parse thousands of times per article. Through spaCy's
``Token`` API every ``token.children``, ``token.head`` or ``token.dep_`` builds a new object or
looks a string up; here each attribute is one list index. The rules in
:mod:`kg.extract.clauses` and :mod:`kg.extract.spans` work on token indices over this table and
hand back real ``Token`` objects (``doc[i]``) only for what they return.

A table describes the Doc as it was when first asked for: it is meant for parsed Docs that are
read, not changed, afterwards (retokenizing a Doc after extraction leaves its table stale).
"""

from __future__ import annotations

import bisect
import functools
import operator
import weakref
from itertools import compress, repeat
from typing import TYPE_CHECKING

import numpy
from spacy.tokens import Span

from kg.coding.cameo import VERB_PREFIXES, load_verb_forms

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.strings import StringStore
    from spacy.tokens import Doc, Token

__all__ = ["TokenTable", "sentence_of", "token_table"]

_STRING_ATTRS = ("LOWER", "LEMMA", "POS", "TAG", "DEP", "ENT_TYPE")
#: Strings by spaCy hash (a hash is the same string in every StringStore), and lemmas lower-cased,
#: shared by the tables of all Docs; emptied when it grows past ``_MAX_NAMES``.
_NAMES: dict[int, str] = {}
_LOWERED: dict[int, str] = {}
_MAX_NAMES = 500_000


def _names(
    strings: StringStore, column: list[int], known: dict[int, str], lowered: bool = False
) -> list[str]:
    """The strings of a column of hashes, each distinct hash looked up once."""
    names: list[str | None] = list(map(known.get, column))  # most strings were met before
    if None in names:
        if len(known) > _MAX_NAMES:
            known.clear()
        for i in compress(range(len(names)), map(operator.is_, names, repeat(None))):
            key = column[i]
            name = known.get(key)
            if name is None:
                name = known[key] = strings[key].lower() if lowered else strings[key]
            names[i] = name
    return names  # type: ignore[return-value]


class _Labels:
    """The strings of hashes from a small set (parts of speech, tags, labels), for whole columns at
    once: each hash is found by binary search in a sorted array of the hashes met so far."""

    def __init__(self) -> None:
        self.keys = numpy.empty(0, dtype=numpy.uint64)
        self.names = numpy.empty(0, dtype=object)

    def columns(self, strings: StringStore, block: numpy.ndarray) -> list[list[str]]:
        """The strings of each column of ``block`` (tokens × columns, hashes as uint64).

        Examples:
            >>> from spacy.strings import StringStore
            >>> strings = StringStore(["NN", "VBD"])
            >>> block = numpy.array([[strings["NN"]], [strings["VBD"]], [strings["NN"]]], dtype=numpy.uint64)
            >>> _Labels().columns(strings, block)
            [['NN', 'VBD', 'NN']]
        """
        codes = self._codes(block)
        if codes is None:
            known = dict(zip(self.keys.tolist(), self.names.tolist(), strict=True))
            if len(known) > _MAX_NAMES:
                known.clear()
            for key in numpy.unique(block).tolist():
                if key not in known:
                    known[key] = strings[key]
            order = sorted(known)
            self.keys = numpy.array(order, dtype=numpy.uint64)
            self.names = numpy.empty(len(order), dtype=object)
            self.names[:] = [known[key] for key in order]
            codes = self._codes(block)
            assert codes is not None
        return self.names.take(codes.T).tolist()

    def _codes(self, block: numpy.ndarray) -> numpy.ndarray | None:
        """The positions of the hashes of ``block`` in ``keys``, or None if one is not there."""
        if not len(self.keys):
            return None if block.size else numpy.zeros(block.shape, dtype=numpy.intp)
        codes = numpy.minimum(numpy.searchsorted(self.keys, block), len(self.keys) - 1)
        return codes if (self.keys[codes] == block).all() else None


#: The strings of the columns of parts of speech, tags, dependency and entity labels.
_LABELS = _Labels()


#: Forms that are verbs of their own too ("rebound" is not re + bind, "refound" not re + find).
_NOT_STEMS = frozenset(
    {"bound", "found", "ground", "wound", "lay", "lie", "fell", "left", "rose", "symbolise"}
)


def _irregular_lemmas(
    lemma: list[str], lower: list[str], tag: list[str], verbs: Iterable[int] | None = None
) -> None:
    """Give past forms the lemmatiser left as they were ("retook", "overran") their lemma, from the
    irregular forms the verb dictionary lists (``cameo_verb_forms.tsv``), with a verb prefix
    ("re" + "took" → retake) when the form itself is not listed. ``verbs``: the positions to look
    at, if not all (the others must not be verbs left as they were).

    Examples:
        >>> lemmas = ["army", "retook", "it"]
        >>> _irregular_lemmas(lemmas, ["army", "retook", "it"], ["NN", "VBP", "PRP"])
        >>> lemmas
        ['army', 'retake', 'it']
    """
    for i in range(len(tag)) if verbs is None else verbs:
        t = tag[i]
        if not t.startswith("VB") or lemma[i] != lower[i]:
            continue  # the tagger may call an unknown past form a present one ("retook" VBP)
        word = lower[i]
        if word in _NOT_STEMS and t != "VBD" and t != "VBN":
            continue  # "they found a party", "lay down arms"
        found = _past_lemma(word)
        if found is not None:
            lemma[i] = found


@functools.lru_cache(maxsize=65536)
def _past_lemma(word: str) -> str | None:
    """The lemma of an irregular verb form (:func:`_irregular_lemmas`), or None if it is not one.

    Examples:
        >>> _past_lemma("overran"), _past_lemma("attack")
        ('overrun', None)
    """
    forms = load_verb_forms()
    found = forms.get(word)
    if found is None:
        for prefix in VERB_PREFIXES:
            if not word.startswith(prefix):
                continue
            rest = word[len(prefix) :].lstrip("-")
            if rest in forms and rest not in _NOT_STEMS:
                return prefix + forms[rest]
    return found


class TokenTable:
    """Per-token attributes of one Doc, indexed by token position.

    Attributes:
        n: the number of tokens.
        lower, lemma, pos, tag, dep, ent: ``token.lower_``, ``lemma_`` lower-cased, ``pos_``, ``tag_``,
            ``dep_`` and ``ent_type_``.
        head: ``token.head.i``.
        children: ``token.children`` as indices, in order.
        punct, quote: ``token.is_punct`` and ``token.is_quote`` (1 or 0).
        sentence_starts: the indices of the tokens that start a sentence, in order.
        phrases: the bounds of noun phrases worked out so far (:func:`kg.extract.spans.phrase_bounds`).
    """

    __slots__ = (
        "n",
        "lower",
        "lemma",
        "spacy_lemma",
        "pos",
        "tag",
        "dep",
        "ent",
        "head",
        "children",
        "punct",
        "quote",
        "sentence_starts",
        "_conjuncts",
        "_words",
        "_lemmas",
        "phrases",
        "__weakref__",
    )

    def __init__(self, doc: Doc) -> None:
        n = len(doc)
        self.n = n
        array = doc.to_array([*_STRING_ATTRS, "HEAD", "IS_PUNCT", "IS_QUOTE", "SENT_START"])
        columns: list[list[int]] = array[:, :2].T.tolist()
        strings = doc.vocab.strings
        self.lower = _names(strings, columns[0], _NAMES)
        self.lemma = _names(strings, columns[1], _LOWERED, lowered=True)
        self.pos, self.tag, self.dep, self.ent = _LABELS.columns(strings, array[:, 2 : len(_STRING_ATTRS)])
        self.spacy_lemma = self.lemma.copy()
        verb_tags = {t for t in set(self.tag) if t.startswith("VB")}
        lemma, lower = self.lemma, self.lower
        verbs = compress(range(n), map(verb_tags.__contains__, self.tag))
        as_is = [i for i in verbs if lemma[i] == lower[i]]  # verbs the lemmatiser left as they were
        _irregular_lemmas(lemma, lower, self.tag, as_is)
        head: list[int] = (array[:, 6].view("int64") + numpy.arange(n)).tolist()
        self.head = head
        self.punct: list[int] = array[:, 7].tolist()
        self.quote: list[int] = array[:, 8].tolist()
        self.sentence_starts: list[int] = numpy.flatnonzero(array[:, 9] == 1).tolist()
        children: list[tuple[int, ...]] = [()] * n
        for i, h in enumerate(head):
            if h != i:
                children[h] += (i,)
        self.children = children
        self._conjuncts: dict[int, tuple[int, ...]] = {}
        self._words: frozenset[str] | None = None
        self._lemmas: frozenset[str] | None = None
        self.phrases: dict[int, tuple[int, int]] = {}

    def words(self) -> frozenset[str]:
        """The Doc's words, lower-cased (a quick "does the Doc say X anywhere" before a rule walks it)."""
        if self._words is None:
            self._words = frozenset(self.lower)
        return self._words

    def lemmas(self) -> frozenset[str]:
        """The Doc's lemmas (as in :attr:`lemma`)."""
        if self._lemmas is None:
            self._lemmas = frozenset(self.lemma)
        return self._lemmas

    def kids(self, i: int, dep: str) -> list[int]:
        """The children of token ``i`` attached as ``dep``."""
        d = self.dep
        return [c for c in self.children[i] if d[c] == dep]

    def kid(self, i: int, dep: str) -> int | None:
        """The first child of token ``i`` attached as ``dep``, or None."""
        d = self.dep
        for c in self.children[i]:
            if d[c] == dep:
                return c
        return None

    def has_to(self, i: int) -> bool:
        """Whether token ``i`` has an infinitive "to" (``aux`` child "to")."""
        d, low = self.dep, self.lower
        for c in self.children[i]:  # noqa: SIM110 (a loop: no generator in this hot check)
            if d[c] == "aux" and low[c] == "to":
                return True
        return False

    def subtree(self, i: int) -> list[int]:
        """``token.subtree`` as indices, in spaCy's order: left children's subtrees, ``i``, right ones'."""
        out: list[int] = []
        kids = self.children[i]
        for c in kids:
            if c < i:
                out.extend(self.subtree(c))
        out.append(i)
        for c in kids:
            if c > i:
                out.extend(self.subtree(c))
        return out

    def conjuncts(self, i: int) -> tuple[int, ...]:
        """``token.conjuncts`` as indices: the tokens coordinated with ``i``, without ``i``."""
        found = self._conjuncts.get(i)
        if found is None:
            head, dep, children = self.head, self.dep, self.children
            start = i
            while head[start] != start and dep[start] == "conj":
                start = head[start]
            queue = [start]
            output = [start]
            for word in queue:
                for child in children[word]:
                    if child > word and dep[child] == "conj":
                        output.append(child)
                        queue.append(child)
            if len(output) == 1:  # most words: coordinated with none
                found = () if start == i else (start,)
            else:
                found = tuple([w for w in output if w != i])
            self._conjuncts[i] = found
        return found


#: Tables of the Docs still alive: a Doc's table goes with it. Tables hold no reference to their Doc.
_TABLES: weakref.WeakKeyDictionary[Doc, TokenTable] = weakref.WeakKeyDictionary()
#: The Doc last asked about and its table (this one Doc is kept alive until another is asked about).
#: One tuple, replaced at once, so that threads extracting other Docs never see a Doc with another's table.
_last: tuple[Doc, TokenTable] | None = None


def sentence_of(token: Token) -> Span:
    """``token.sent``, found in the table's sentence starts rather than by walking the Doc (spaCy's
    own walk when the Doc has hooks or no sentence starts).

    Examples:
        >>> from spacy.tokens import Doc
        >>> from spacy.vocab import Vocab
        >>> doc = Doc(Vocab(), words=["Talks", "failed", ".", "Troops", "left"],
        ...           sent_starts=[True, False, False, True, False])
        >>> sentence_of(doc[4])
        Troops left
        >>> all(sentence_of(t) == t.sent for t in doc)
        True
    """
    doc = token.doc
    starts = token_table(doc).sentence_starts
    if not starts or doc.user_hooks or doc.user_token_hooks or doc.user_span_hooks:
        return token.sent
    after = bisect.bisect_right(starts, token.i)
    start = starts[after - 1] if after else 0
    return Span(doc, start, starts[after] if after < len(starts) else len(doc))


def token_table(doc: Doc) -> TokenTable:
    """The :class:`TokenTable` of ``doc``, built the first time it is asked for.

    Examples:
        >>> from spacy.tokens import Doc
        >>> from spacy.vocab import Vocab
        >>> doc = Doc(Vocab(), words=["NATO", "met", "Russia"], heads=[1, 1, 1],
        ...           deps=["nsubj", "ROOT", "dobj"])
        >>> table = token_table(doc)
        >>> table.dep, table.head, table.children[1]
        (['nsubj', 'ROOT', 'dobj'], [1, 1, 1], (0, 2))
        >>> token_table(doc) is table
        True
    """
    global _last
    last = _last
    if last is not None and last[0] is doc:
        return last[1]
    table = _TABLES.get(doc)
    if table is None:
        table = _TABLES[doc] = TokenTable(doc)
    _last = (doc, table)
    return table
