"""Extract stage: negation of an action ("will not bend", "failed to agree", "denied that it struck").

Also the chain of words an action is the complement of ("would never agree to veto": veto, agree),
which both negation and modality read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.table import TokenTable, token_table

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "chain_indices",
    "denied",
    "denied_index",
    "is_negated",
    "shared_head",
    "shared_head_index",
    "verb_chain",
]

_NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
_NEGATIVE_HEADS = frozenset({"fail", "refrain", "stop", "spare", "avoid", "cease"})


def shared_head(token: Token) -> Token | None:
    """The verb whose auxiliaries a coordinated bare verb shares ("will not invade and destroy":
    destroy is as future and as negated as invade), else None. A finite verb ("did not attack
    and withdrew") and a contrast ("but") have their own."""
    head = shared_head_index(token_table(token.doc), token.i)
    return None if head is None else token.doc[head]


def shared_head_index(t: TokenTable, i: int) -> int | None:
    """:func:`shared_head` of token ``i``, as an index."""
    dep, tag, children = t.dep, t.tag, t.children
    head = t.head[i]
    if dep[i] != "conj" or t.pos[head] not in ("VERB", "AUX"):
        return None
    if tag[i] not in ("VB", "VBN", "VBG") and not (tag[i] == "VBP" and tag[head] == "VB"):
        return None  # (a present tense after a bare verb is the same form, mistagged: "to go and agree")
    if any(dep[c] in ("aux", "auxpass", "nsubj", "nsubjpass", "neg", "mark") for c in children[i]):
        return None
    if not any(dep[c] in ("aux", "auxpass") for c in children[head]):
        return None
    lower = t.lower
    if any(dep[c] == "cc" and lower[c] in ("but", "yet") and head < c < i for c in children[head]):
        return None
    return head


#: Verbs that say an act did not happen ("denied that its jets had struck", "dismissed claims that").
_DENIAL = frozenset({"deny", "dispute", "refute", "dismiss", "reject", "rebut", "contest"})
_DENIED_PATH = frozenset({"ccomp", "conj", "xcomp", "acl", "pcomp", "pobj", "prep"})


def denied(token: Token) -> bool:
    """An act inside what someone denies: reported as not having happened."""
    return denied_index(token_table(token.doc), token.i)


def denied_index(t: TokenTable, i: int) -> bool:
    """:func:`denied` for token ``i``."""
    heads, dep, lemma, pos = t.head, t.dep, t.spacy_lemma, t.pos
    for _ in range(6):
        head = heads[i]
        if head == i:
            return False
        if lemma[head] in _DENIAL and pos[head] == "VERB":
            return dep[i] in ("ccomp", "dobj", "xcomp", "advcl")
        if dep[i] not in _DENIED_PATH:
            return False
        i = head
    return False


def verb_chain(token: Token) -> list[Token]:
    """The token and the words it is the complement of ("would never agree to veto": veto, agree).

    Follows xcomp, acomp and auxiliary heads ("is willing to talk": talk, willing, is).
    """
    doc = token.doc
    return [token, *(doc[j] for j in chain_indices(token_table(doc), token.i)[1:])]


def chain_indices(t: TokenTable, i: int) -> list[int]:
    """:func:`verb_chain` of token ``i``, as indices."""
    head, dep, pos = t.head, t.dep, t.pos
    chain = [i]
    while True:
        if dep[i] in ("xcomp", "acomp") and head[i] != i:
            i = head[i]
            chain.append(i)
            continue
        if dep[i] == "pcomp" and dep[head[i]] == "prep" and pos[head[head[i]]] in ("VERB", "ADJ"):
            # "refrained from attacking": the verb the preposition hangs from.
            i = head[head[i]]
            chain.append(i)
            continue
        break
    return chain


def is_negated(token: Token) -> bool:
    """True when the word, or a word it is the complement of, carries a negation.

    "will not bend", "would never agree to veto" (veto is negated through agree), "failed to agree",
    "will not invade or destroy".
    """
    return _negated(token_table(token.doc), token.i)


def _negated(t: TokenTable, i: int) -> bool:
    shared = shared_head_index(t, i)
    if shared is not None:
        return _negated(t, shared)
    dep, lower, children = t.dep, t.lower, t.children
    chain = chain_indices(t, i)
    for v in chain:
        for child in children[v]:
            relation = dep[child]
            if relation == "neg" or (relation in ("advmod", "preconj") and lower[child] in _NEGATORS):
                return True
            if (
                relation == "advmod"
                and lower[child] == "longer"
                and any(lower[g] == "no" for g in children[child])
            ):
                return True  # "no longer wanted"
            if relation in ("nsubj", "nsubjpass") and any(
                lower[g] in ("neither", "no", "none") and dep[g] in ("preconj", "det")
                for g in children[child]
            ):
                return True  # "Neither Lima nor Quito has granted approval"
    lemma = t.spacy_lemma
    return any(lemma[v] in _NEGATIVE_HEADS for v in chain[1:])
