"""Mutual acts: when coordinated sources act on each other ("Chad and Niger met") rather than together."""

from __future__ import annotations

from kg.datamodel import Modality
from kg.extract.frames import Frame

__all__ = ["mutual"]


#: Verbs of hostility: coordinated subjects may be enemies or allies fighting side by side.
_HOSTILE = frozenset({"fight", "battle", "clash", "spar", "quarrel", "feud", "compete", "war"})


#: Words that make them enemies ("fought each other", "fought a war").
_EACH_OTHER = frozenset({"other", "another", "war"})


_TOGETHER = frozenset({"alongside", "together", "beside"})


def mutual(frame: Frame, n_sources: int, modality: Modality) -> bool:
    """Whether coordinated sources act on each other ("Chad and Niger met", "talks between A and B").

    Not in a description ("their citizens fighting in Syria"), a condition or a question ("are
    happy to discuss"); hostility needs two sides, not a list, and a sign that they fought each
    other rather than together ("fought alongside the SDF").
    """
    if not frame.reciprocal or n_sources < 2:
        return False
    if frame.kind == "noun":
        return True
    verb = frame.trigger
    if modality in ("hypothetical", "questioned") or verb.dep_ in ("acl", "amod"):
        return False
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return False  # "… , fighting in Syria": a description of the subject, not what it did
    if frame.lemma not in _HOSTILE:
        return True
    if n_sources != 2 or any(c.lower_ in _TOGETHER for c in verb.children):
        return False
    if frame.lemma in ("fight", "battle", "war"):
        return any(t.lemma_.lower() in _EACH_OTHER for t in verb.subtree if t.i > verb.i)
    return True
