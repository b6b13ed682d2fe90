"""Appeals: who an appeal is made to, whose help it asks for, and the call or plan "it" stands for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.coreference import ArticleMemory, Resolved
from kg.extract.frame_codes import ASKING
from kg.extract.frames import Frame
from kg.extract.target_checks import bad_target

if TYPE_CHECKING:
    from spacy.tokens import Token


__all__ = ["ADDRESSEE_VIA", "AID_WORDS", "ASKED", "asked_on", "asked_thing", "authors", "helpers"]


#: How the one asked attaches ("urged Iraq", "called on Iraq", "appealed to Iraq", "pleaded with Iraq").
ADDRESSEE_VIA = frozenset({"dobj", "dative", "prep:on", "prep:to", "prep:with"})


def asked_on(frame: Frame) -> tuple[Token, ...]:
    """The one an appeal is made to by a preposition ("called on the EU to sanction Iran": the EU,
    not Iran), which the frame keeps behind the object of the act asked for."""
    if frame.control not in ("appeal", "demand") or frame.lemma not in ASKING:
        return ()
    if not frame.target_via.startswith("xcomp:"):
        return ()
    return tuple(
        t
        for t in frame.alt_targets
        if t.dep_ == "pobj" and t.head.lower_ in ("on", "to", "with") and t.head.head.i == frame.trigger.i
    )


def asked_thing(frame: Frame, root: str) -> Token | None:
    """The call, plan or proposal named as an object in the sentence before, when "it" backed or
    welcomed is most likely that thing ("Russia dismissed the UN's call. The US supports it.").

    >>> import spacy
    >>> from kg.extract.frames import Frame
    >>> it = spacy.blank("en")("it")[0]
    >>> frame = Frame(it, "verb", "back", None, (), (it,), "dobj", (), None, (), (), False, mood=it)
    >>> asked_thing(frame, "05") is None  # no parse: no object
    True
    """
    if root != "05" or frame.target_via != "dobj" or len(frame.targets) != 1:
        return None
    it = frame.targets[0]
    if it.lower_ not in ("it", "this", "that") or it.dep_ != "dobj" or it.sent.start == 0:
        return None
    before = it.doc[it.sent.start - 1].sent
    return next(
        (
            t
            for t in before
            if t.pos_ == "NOUN" and t.dep_ in ("dobj", "nsubjpass") and t.lemma_.lower() in ASKED
        ),
        None,
    )


def authors(thing: Token, root: str, index: int, memory: ArticleMemory, own: str | None) -> list[Resolved]:
    """Support for a call or plan is support for its author when its owner names one ("the UN's
    plan"); otherwise for no one: the pronoun stands for the thing, not a party. Not the one who
    answered the call ("Russia dismissed its call": "its" is not Russia's own)."""
    answering = {
        a.actor.group
        for s in thing.head.children
        if s.dep_ == "nsubj"
        for a in memory.resolve(s, index - 1, nested=False)
    }
    return [
        a
        for owner in thing.children
        if owner.dep_ == "poss"
        for a in memory.resolve(owner, index - 1, nested=False, exclude=own)
        if not bad_target(a, root) and a.actor.group != own and a.actor.group not in answering
    ]


AID_WORDS = frozenset({"aid", "help", "funding", "fund", "donation", "assistance", "money", "relief"})


def helpers(frame: Frame) -> tuple[Token, ...]:
    """Whose help or support an appeal asks for ("begged for their help", "asked for Iraq's support")."""
    heads = [frame.trigger] + ([frame.noun_code] if frame.noun_code is not None else [])
    return tuple(
        g
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for pobj in prep.children
        if pobj.dep_ == "pobj" and pobj.lemma_.lower() in AID_WORDS | {"support", "protection", "backing"}
        for g in pobj.children
        if g.dep_ == "poss"
    )


#: What one side puts to another, so that accepting or rejecting it answers that side.
ASKED = frozenset(
    {"demand", "proposal", "call", "request", "offer", "plan", "idea", "condition", "ultimatum"}
    | {"suggestion", "initiative", "deal", "agreement", "treaty", "term", "invitation", "appeal", "claim"}
    | {"accusation", "allegation", "charge", "criticism", "warning", "threat", "pressure", "concern"}
    | {"position", "stance", "policy", "resolution", "plea", "bid", "approach", "overture"}
)
