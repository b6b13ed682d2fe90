"""Extract stage: the candidate events found in the parse, before actors are resolved and coded."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, NamedTuple

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Control", "Frame", "FrameKind", "FrameWords"]

FrameKind = Literal["verb", "noun"]
#: How a verb governs the verb of its complement: its code comes from both ("threatened to impose").
Control = Literal["", "intent", "threat", "refusal", "appeal", "demand"]


@dataclass(frozen=True, slots=True)
class Frame:
    """A verb or event noun with the tokens that may name its source, target and place.

    Attributes:
        trigger: the verb or noun that names the action.
        kind: ``verb`` or ``noun``.
        lemma: the lemma coded.
        particle: the verb's particle ("carry out").
        sources: heads of the noun phrases that may be the source.
        targets: heads of the noun phrases that may be the target, best first.
        target_via: how the first targets attach (``dobj``, ``prep:on``, ``nsubjpass``, ``between``).
        alt_targets: weaker target candidates, used when ``targets`` name no actor (prepositional
            objects after a direct object, the object of a relative clause on an event noun).
        obj: the head of the phrase that decides the code with the verb ("impose" + "sanctions").
        preps: prepositional phrases of the verb and its object, for the code's patterns.
        places: heads of place phrases ("in Idlib", "at the border").
        reciprocal: the action is mutual: two sources and no target make a pair acting on each
            other ("A and B met", "talks between A and B", "the two sides discussed").
        mood: the word whose negation and modality the event takes.
        noun_code: the event noun that codes a light verb ("held talks", "imposed sanctions").
        reactive: the verb answers an earlier act (retaliate): its target is that act's source.
        control: how ``embedded`` (the verb of the complement) changes the code.
        embedded: the complement's verb ("impose" in "threatened to impose sanctions").
        embedded_obj: the complement's object head, for the code's patterns.
        statement: for a statement about someone ("said Mr Ortega had learned …"), the reported
            clause; the frame is coded as a public statement (010).
    """

    trigger: Token
    kind: FrameKind
    lemma: str
    particle: str | None
    sources: tuple[Token, ...]
    targets: tuple[Token, ...]
    target_via: str
    alt_targets: tuple[Token, ...]
    obj: Token | None
    preps: tuple[tuple[str, Token | None], ...]
    places: tuple[Token, ...]
    reciprocal: bool
    mood: Token
    noun_code: Token | None = None
    reactive: bool = False
    control: Control = ""
    embedded: Token | None = None
    embedded_obj: Token | None = None
    statement: Token | None = None


class FrameWords(NamedTuple):
    """The words that code a verb's frame, found before its actors are looked for (what
    :func:`~kg.extract.clauses.verb_frames` asks its ``wanted`` about); the attributes are the
    :class:`Frame`'s of the same name, all that coding a frame reads of it."""

    trigger: Token
    kind: FrameKind
    lemma: str
    particle: str | None
    obj: Token | None
    preps: tuple[tuple[str, Token | None], ...]
    noun_code: Token | None
    reactive: bool
    control: Control
    embedded: Token | None
    embedded_obj: Token | None
