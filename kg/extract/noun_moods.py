"""Extract stage: the mood an event noun's own words give it ("the planned offensive", "a possible
strike", "most voters back strikes"), which its clause does not show."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.table import TokenTable, token_table

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.datamodel import Modality

__all__ = ["noun_modality", "noun_mood"]

#: Words before an event noun that make it planned ("the planned offensive", "an upcoming visit").
_PLANNED_WORDS = frozenset({"planned", "proposed", "upcoming", "scheduled", "intended", "forthcoming"})
#: Words before an event noun that make it a guess ("an anticipated strike", "a possible attack").
_GUESSED_WORDS = frozenset(
    {
        "anticipated",
        "expected",
        "possible",
        "potential",
        "likely",
        "feared",
        "hypothetical",
        "mooted",
        "rumoured",
        "imminent",
        "impending",
        "looming",
    }
)


def noun_mood(t: TokenTable, i: int) -> Modality | None:
    """The mood an event noun's own modifiers give it ("the planned offensive", "a possible strike")."""
    if t.pos[i] != "NOUN":
        return None
    dep, lower = t.dep, t.lower
    words = {lower[c] for c in t.children[i] if dep[c] in ("amod", "compound", "nmod") and c < i}
    if words & _GUESSED_WORDS:
        return "hypothetical"
    if words & _PLANNED_WORDS:
        return "intended"
    return None


#: Verbs of wanting, rejecting or preventing: a bare event noun as their object is not done
#: ("voters back strikes", "urged new sanctions").
_WISHING = frozenset(
    {"support", "back", "favour", "favor", "oppose", "want", "urge", "demand", "seek", "propose"}
    | {"advocate", "endorse", "approve", "request", "recommend", "prefer", "welcome", "rule", "prevent"}
)
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def noun_modality(noun: Token) -> Modality | None:
    """The mood of an event noun that its own clause does not show: a bare or indefinite event noun
    wished for or opposed ("most voters back strikes on Ruritania") is hypothetical, and so is one
    its own words call expected ("fled an imminent offensive"), whatever the verb it hangs from
    says. None otherwise."""
    own = noun_mood(token_table(noun.doc), noun.i)
    if own is not None:
        return own
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _WISHING:
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in noun.children):
        return None  # "backed the strikes", "opposed Ruritania's offensive": acts that exist
    return "hypothetical"
