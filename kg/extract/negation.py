"""Extract stage: negation of an action ("will not bend", "failed to agree", "denied that it struck").

Also the chain of words an action is the complement of ("would never agree to veto": veto, agree),
which both negation and modality read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["denied", "is_negated", "shared_head", "verb_chain"]

_NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
_NEGATIVE_HEADS = frozenset({"fail", "refrain", "stop", "spare", "avoid", "cease"})


def shared_head(t: Token) -> Token | None:
    """The verb whose auxiliaries a coordinated bare verb shares ("will not invade and destroy":
    destroy is as future and as negated as invade), else None. A finite verb ("did not attack
    and withdrew") and a contrast ("but") have their own."""
    if t.dep_ != "conj" or t.head.pos_ not in ("VERB", "AUX"):
        return None
    if t.tag_ not in ("VB", "VBN", "VBG") and not (t.tag_ == "VBP" and t.head.tag_ == "VB"):
        return None  # (a present tense after a bare verb is the same form, mistagged: "to go and agree")
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "neg", "mark") for c in t.children):
        return None
    head = t.head
    if not any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return None
    if any(c.dep_ == "cc" and c.lower_ in ("but", "yet") and head.i < c.i < t.i for c in head.children):
        return None
    return head


#: Verbs that say an act did not happen ("denied that its jets had struck", "dismissed claims that").
_DENIAL = frozenset({"deny", "dispute", "refute", "dismiss", "reject", "rebut", "contest"})
_DENIED_PATH = frozenset({"ccomp", "conj", "xcomp", "acl", "pcomp", "pobj", "prep"})


def denied(token: Token) -> bool:
    """An act inside what someone denies: reported as not having happened."""
    t = token
    for _ in range(6):
        head = t.head
        if head.i == t.i:
            return False
        if head.lemma_.lower() in _DENIAL and head.pos_ == "VERB":
            return t.dep_ in ("ccomp", "dobj", "xcomp", "advcl")
        if t.dep_ not in _DENIED_PATH:
            return False
        t = head
    return False


def verb_chain(token: Token) -> list[Token]:
    """The token and the words it is the complement of ("would never agree to veto": veto, agree).

    Follows xcomp, acomp and auxiliary heads ("is willing to talk": talk, willing, is).
    """
    chain = [token]
    while True:
        t = chain[-1]
        if t.dep_ in ("xcomp", "acomp") and t.head.i != t.i:
            chain.append(t.head)
            continue

        if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.pos_ in ("VERB", "ADJ"):
            # "refrained from attacking": the verb the preposition hangs from.
            chain.append(t.head.head)
            continue
        break
    return chain


def is_negated(token: Token) -> bool:
    """True when the word, or a word it is the complement of, carries a negation.

    "will not bend", "would never agree to veto" (veto is negated through agree), "failed to agree",
    "will not invade or destroy".
    """
    shared = shared_head(token)
    if shared is not None:
        return is_negated(shared)
    chain = verb_chain(token)
    for v in chain:
        for child in v.children:
            if child.dep_ == "neg" or (child.dep_ in ("advmod", "preconj") and child.lower_ in _NEGATORS):
                return True
            if (
                child.dep_ == "advmod"
                and child.lower_ == "longer"
                and any(g.lower_ == "no" for g in child.children)
            ):
                return True  # "no longer wanted"
            if child.dep_ in ("nsubj", "nsubjpass") and any(
                g.lower_ in ("neither", "no", "none") and g.dep_ in ("preconj", "det") for g in child.children
            ):
                return True  # "Neither Lima nor Quito has granted approval"
    return any(v.lemma_.lower() in _NEGATIVE_HEADS for v in chain[1:])
