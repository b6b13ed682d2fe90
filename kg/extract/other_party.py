"""The other party of a pledge or a rejection when the text names it inside the act's own phrases.

A pledge names whom it is for ("pledged a package for Ghana", "offered troops to Mali", "agreed to
hold drills with Peru") or, when it is to buy, who sells ("pledged to buy Brazilian jets"); a
rejection names whose proposal it turns down ("rejected Moscow's demands", "dismissed an appeal
from the president", "rejected the names the envoy wanted"). When kg found no target in the usual
places, that party is the counterpart.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.coreference import ArticleMemory, Resolved, generic
from kg.extract.drafts import Draft
from kg.extract.target_checks import same_side

if TYPE_CHECKING:
    from spacy.tokens import Token


__all__ = ["other_party"]


#: Prepositions naming whom a pledge is for or with.
_PLEDGED_TO = frozenset({"for", "to", "with"})


#: Prepositions naming whose proposal is turned down.
_PROPOSED_BY = frozenset({"from", "by"})


def other_party(d: Draft, memory: ArticleMemory) -> Resolved | None:
    """The counterpart a pledge (03) or a rejection (12) with no target names in its own phrases.

    Only countries, bodies, armed groups and sectors of a country count, never the source's side,
    places or people with no known affiliation.
    """
    if d.target is not None or d.negated:
        return None
    if d.action.root == "03":
        tokens = [*_pledged_to(d), *_seller(d)]
    elif d.action.root == "12":
        tokens = list(_proposer(d))
    else:
        return None
    for token in tokens:
        for r in memory.resolve(token, d.index, nested=True):
            actor = r.actor
            if not actor.resolved or generic(actor) or actor.sector in ("MED", "JRN"):
                continue
            if any(m.place for m in memory.history if m.sentence == d.index and m.token == token.i):
                continue
            if not same_side(actor, d.source.actor) and actor.group != d.source.actor.group:
                return r
    return None


def _heads(d: Draft) -> Iterator[Token]:
    frame = d.frame
    for t in (frame.trigger, frame.obj, frame.embedded, frame.embedded_obj, frame.noun_code):
        if t is not None:
            yield t


def _pledged_to(d: Draft) -> Iterator[Token]:
    """Objects of "for", "to" and "with" on the pledge, its object, its complement's verb or object."""
    for head in _heads(d):
        for prep in head.children:
            if prep.dep_ in ("prep", "dative") and prep.lower_ in _PLEDGED_TO:
                yield from (c for c in prep.children if c.dep_ == "pobj")


#: Verbs of buying: a pledge to buy is a deal with whoever sells.
_BUYING = frozenset({"buy", "purchase", "acquire", "import", "order"})


def _seller(d: Draft) -> Iterator[Token]:
    """Who sells what a pledge is to buy: the country named on the goods ("to buy Chinese drones",
    "to purchase US jets")."""
    trigger = d.frame.trigger
    verbs = [d.frame.embedded] + [c for c in trigger.children if c.dep_ in ("advcl", "xcomp")]
    verb = next((v for v in verbs if v is not None and v.lemma_.lower() in _BUYING), None)
    if verb is None:
        return
    for c in verb.children:
        if c.dep_ == "dobj":
            yield from (
                m
                for m in c.children
                if (m.dep_ in ("compound", "nmod") and m.pos_ == "PROPN")
                or (m.dep_ == "amod" and m.ent_type_ in ("NORP", "GPE"))
            )


def _proposer(d: Draft) -> Iterator[Token]:
    """Who made what is rejected: its owner ("Moscow's demands", "a UN appeal"), "from"/"by" whom,
    or the subject of the clause that describes it ("the names the envoy wanted")."""
    frame = d.frame
    rejected = frame.obj
    if rejected is None:
        rejected = next((c for c in frame.trigger.children if c.dep_ == "nsubjpass"), None)
    if rejected is None or rejected.pos_ == "PRON":
        return
    for c in rejected.children:
        if c.dep_ in ("poss", "compound") or (c.dep_ == "amod" and c.ent_type_ == "NORP"):
            yield c
        elif c.dep_ == "prep" and c.lower_ in _PROPOSED_BY:
            yield from (p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ in ("relcl", "acl"):
            for s in c.children:
                if s.dep_ == "nsubj":
                    yield s
                elif s.dep_ == "agent":
                    yield from (p for p in s.children if p.dep_ == "pobj")
