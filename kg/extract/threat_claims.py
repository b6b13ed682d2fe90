"""Claims: a future act told by someone other than its doer (a claimed threat, a forecast), and a
side's own claim of a war won ("We have defeated Isis")."""

from __future__ import annotations

from kg.datamodel import Action, Modality
from kg.extract.attribution import announcer
from kg.extract.coreference import ArticleMemory, Resolved, generic
from kg.extract.frames import Frame
from kg.extract.modality import THREAT_HEADS
from kg.extract.target_checks import town

__all__ = ["claimed_threat", "claimed_victory", "others_word"]

#: Acts that end a war or an enemy: claimed in the first person, a verdict rather than a report.
_VICTORY = frozenset({"defeat", "beat", "crush", "vanquish", "rout", "eradicate", "annihilate", "win"})


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
    return others_word(frame, sources, index, memory, unknown=True)


def others_word(
    frame: Frame, sources: list[Resolved], index: int, memory: ArticleMemory, *, unknown: bool = False
) -> bool:
    """Whether the act is told by someone other than its doers (``sources``, with any party to the act
    added): a speaker of another side or a quote whose "we" are not the doers; a speaker of no known
    side (an analyst, "the statement") counts as another only when ``unknown``."""
    speaker = announcer(frame.trigger, memory.quotes)
    if speaker is None:
        if not unknown:
            return False
        # In a quote whose speaker is not found, only "we" and "I" announce their own act.
        quoted = any(frame.trigger in q for q in memory.quotes)
        return quoted and not any(t.lower_ in _FIRST_PERSON for t in frame.sources)
    if speaker.lower_ in _FIRST_PERSON:
        # "I think the US will strike": the speaker's own guess, unless "we" are the doers
        if any(t.lower_ in _FIRST_PERSON for t in frame.sources):
            return False
        we = {r.actor.group for r in memory.resolve(speaker, index, nested=True) if not generic(r.actor)}
        return not any(s.actor.group in we for s in sources)
    # "The Dutch foreign minister, Anna Visser": the speaker's title or name may tell the side.
    names = [speaker] + [t for t in speaker.subtree if t.i != speaker.i and t.pos_ == "PROPN"]
    said_by = {
        r.actor.group
        for t in names
        for r in memory.resolve(t, index, nested=True)
        if not generic(r.actor) and (unknown or not town(r, ""))  # not "the Sochi conference"
    }
    if not said_by:
        # an analyst, a resident: no side, so not the doer's own word
        return unknown and speaker.pos_ != "PRON"
    return not any(s.actor.group in said_by for s in sources)


_FIRST_PERSON = frozenset({"we", "i", "us", "me"})


def claimed_victory(frame: Frame, memory: ArticleMemory) -> bool:
    """A side's own verdict on a war, quoted: "we have defeated Isis", "I have beaten them" (the
    first person, the present perfect, no time): a claim of victory, not an act reported."""
    t = frame.trigger
    if frame.kind != "verb" or t.lemma_.lower() not in _VICTORY:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in t.children):
        return False
    if not any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBP", "VBZ") for c in t.children
    ):
        return False
    told = (c for c in t.children if c.dep_ not in ("ccomp", "parataxis"))  # not "tweeted on Monday"
    if any(g.ent_type_ in ("DATE", "TIME") for c in told for g in c.subtree):
        return False  # "we have beaten them today": an act of the day
    return any(t in q for q in memory.quotes)
