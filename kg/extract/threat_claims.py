"""Claimed threats: a future act coded as a threat that someone other than its doer tells of."""

from __future__ import annotations

from kg.datamodel import Action, Modality
from kg.extract.attribution import announcer
from kg.extract.coreference import ArticleMemory, Resolved, generic
from kg.extract.frames import Frame
from kg.extract.modality import THREAT_HEADS

__all__ = ["claimed_threat"]


def claimed_threat(
    frame: Frame,
    action: Action,
    modality: Modality,
    sources: list[Resolved],
    index: int,
    memory: ArticleMemory,
) -> bool:
    """A future act coded as a threat (13) that someone other than its doer tells of: their claim
    or guess about it ("there is no doubt they meant to harm civilians", "Damascus will be
    determined to retake the town, an analyst said"). The writer's own account of an aim ("wants to
    attack") is kept, as CAMEO codes it."""
    if action.root != "13" or modality != "intended" or frame.lemma in THREAT_HEADS:
        return False
    speaker = announcer(frame.trigger, memory.quotes)
    if speaker is None:
        # In a quote whose speaker is not found, only "we" and "I" announce their own act.
        quoted = any(frame.trigger in q for q in memory.quotes)
        return quoted and not any(t.lower_ in _FIRST_PERSON for t in frame.sources)
    if speaker.lower_ in _FIRST_PERSON:
        # "I think the US will strike": the speaker's own guess, unless "we" are the doers
        return not any(t.lower_ in _FIRST_PERSON for t in frame.sources)
    # "The Dutch foreign minister, Anna Visser": the speaker's title or name may tell the side.
    names = [speaker] + [t for t in speaker.subtree if t.i != speaker.i and t.pos_ == "PROPN"]
    said_by = {
        r.actor.group for t in names for r in memory.resolve(t, index, nested=True) if not generic(r.actor)
    }
    if not said_by:
        return speaker.pos_ != "PRON"  # an analyst, a resident: no side, so not the doer's own word
    return not any(s.actor.group in said_by for s in sources)


_FIRST_PERSON = frozenset({"we", "i", "us", "me"})
