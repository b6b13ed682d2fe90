"""Extract stage, coreference: a speaker's surname that the resolver reads as a place.

Places other than countries and their seats of power rarely speak: in "Bali said" the subject of a
speech verb named by a one-word alias of a region, island or town is someone's surname, not the
country that holds the place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.actors.gazetteer import RANK_DICT
from kg.actors.names import tokenize
from kg.extract.attribution import SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span

    from kg.actors.gazetteer import Gazetteer
    from kg.datamodel import Actor
    from kg.extract.coref_memory import MemoryBase

__all__ = ["place_speaking", "spokesperson_before"]

#: Words for someone who speaks for a body ("a spokesman for the SDF").
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})

#: Verbs of saying a named person is the subject of, beyond those that introduce a quote.
_SPEAKING = SPEECH_VERBS | frozenset({"tweet", "write", "post", "insist", "argue", "claim", "reply"})


def place_speaking(span: Span, actor: Actor, gazetteer: Gazetteer | None) -> bool:
    """Whether ``span``, one name the resolver read as the country ``actor`` by a minor place's
    name (not the country's own name, nor its capital), is the subject of a verb of saying.

    Args:
        span: the name's words in the sentence.
        actor: what the resolver made of them.
        gazetteer: the resolver's name index (None: no way to tell, so False).
    """
    if gazetteer is None or actor.kind != "country" or len(span) != 1:
        return False
    word = span.root
    if word.pos_ != "PROPN" or word.dep_ != "nsubj" or word.head.lemma_.lower() not in _SPEAKING:
        return False
    keys = [t.key for t in tokenize(word.text)]
    if len(keys) != 1:
        return False
    entry = gazetteer.lookup(keys[0])
    return entry is not None and entry.rank <= RANK_DICT and entry.sector is None and not entry.acronym


def spokesperson_before(memory: MemoryBase, span: Span) -> Actor | None:
    """The body an unnamed spokesperson spoke for in this sentence or the two before ("A spokesman
    for the SDF said …. Bali said": Bali is that spokesman), when there is one such body."""
    doc = span.doc
    here = memory._sentence_of.get(span.start)
    if here is None:
        return None
    bodies: dict[str, Actor] = {}
    for m in memory.history:
        if not here - 2 <= m.sentence <= here or m.token >= span.start or not m.subject:
            continue
        word = doc[m.token]
        if word.lemma_.lower() not in _SPOKESPEOPLE:
            continue
        if any(c.dep_ in ("appos", "compound") for c in word.children):
            continue  # "spokesman Ali Hassan": a named one, found by name
        for prep in word.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "of"):
                continue
            for pobj in prep.children:
                found = memory._mention_at(pobj) if pobj.dep_ == "pobj" else None
                if found is not None and found.actor.kind != "person":
                    bodies[found.actor.group] = found.actor
    return next(iter(bodies.values())) if len(bodies) == 1 else None
