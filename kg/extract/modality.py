"""Extract stage: negation and modality of an action ("will not bend", "could lead to")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.datamodel import Modality

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["is_negated", "modality_of"]

_NEGATORS = frozenset({"not", "n't", "never", "no"})
_HYPOTHETICAL_MODALS = frozenset({"could", "might", "may", "would", "should"})
_CONDITIONAL_MARKS = frozenset({"if", "unless"})


def _verb_chain(verb: Token) -> list[Token]:
    """The verb and the verbs it hangs from through xcomp ("would never agree to veto")."""
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def is_negated(verb: Token) -> bool:
    """True when the verb, or a verb it is the complement of, carries a negation."""
    return any(
        child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in _NEGATORS)
        for v in _verb_chain(verb)
        for child in v.children
    )


def modality_of(verb: Token) -> Modality:
    """``hypothetical`` under a conditional or a modal of possibility, else ``asserted``."""
    for v in _verb_chain(verb):
        for child in v.children:
            if child.dep_ == "aux" and child.lower_ in _HYPOTHETICAL_MODALS:
                return "hypothetical"
            if child.dep_ == "mark" and child.lower_ in _CONDITIONAL_MARKS:
                return "hypothetical"
        if v.dep_ == "advcl" and any(c.lower_ in _CONDITIONAL_MARKS for c in v.children):
            return "hypothetical"
    return "asserted"
