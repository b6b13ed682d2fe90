"""Extract stage, coreference: which side a country's unnamed commanders are on, and whose army "a
Nato army" is.

"Syrian commanders" are the state's military officers in a passage about the army, but the rebels'
in a passage about the armed opposition ("dozens of rebel groups joined …; divisions led by Syrian
commanders"): REB is not the state's MIL. The passage decides: rebel words in the sentence or the
one before, and no word for the regime's or government's forces in the sentence.

"A Nato army" or "an EU state" is one member's, which the phrase does not say: not the alliance.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.table import token_table

if TYPE_CHECKING:
    import datetime as dt

    from spacy.tokens import Span, Token

    from kg.datamodel import Actor, ActorResolver

__all__ = ["one_member", "rebel_side"]

#: Nouns for one member of an alliance or union ("a Nato army", "an EU state").
_MEMBER_NOUNS = frozenset({"army", "military", "country", "state", "nation", "member", "ally", "government"})
#: Nouns for military leaders a nationality names without saying whose forces they lead.
_LEADERS = frozenset({"commander", "officer"})
#: Words of a passage about a country's armed opposition.
_REBEL_WORDS = frozenset({"rebel", "rebels", "opposition", "insurgent", "insurgents", "faction", "factions"})
#: Words of a passage about the state's own forces.
_STATE_WORDS = frozenset({"regime", "loyalist", "loyalists", "pro-government", "pro-regime", "government"})


def rebel_side(
    token: Token,
    span: Span,
    actor: Actor,
    sentences: list[Span],
    resolver: ActorResolver,
    date: dt.date | None,
) -> Actor:
    """``actor`` (what a nationality and a leader noun resolved to, as "Syrian commanders" →
    SYRMIL) as the country's rebels when the passage is about its armed opposition; else unchanged.

    Args:
        token: the head of the mention ("commanders").
        span: the mention's words.
        actor: the resolver's reading.
        sentences: the mention's sentence and the one before (either may be missing).
        resolver: the article's resolver, for the country's rebels.
        date: the article's day.
    """
    if actor.sector != "MIL" or not actor.country or token.lemma_.lower() not in _LEADERS:
        return actor
    if any(t.i != token.i and t.pos_ not in ("DET", "ADJ") and t.ent_type_ != "NORP" for t in span):
        return actor  # "Syrian army commanders", "Assad's commanders": said whose
    here = {t.lower_ for t in sentences[-1]} if sentences else set()
    if here & _STATE_WORDS:
        return actor
    if not any({t.lower_ for t in s} & _REBEL_WORDS for s in sentences):
        return actor
    rebels = resolver.resolve(f"{actor.country} rebels", date=date)
    if rebels is None or rebels.country != actor.country or rebels.sector != "REB":
        return actor
    return rebels


def one_member(span: Span, actor: Actor) -> bool:
    """Whether ``span`` names one unnamed member of the organisation ``actor`` stands for: "a Nato
    army", "an EU state" is some member's army or state, not the alliance or union itself.

    Args:
        span: the mention's words.
        actor: the resolver's reading (the organisation, or one of its sectors).
    """
    if actor.country or not len(span) or token_table(span.doc).lower[span.start] not in ("a", "an"):
        return False
    if actor.kind != "organization" and not (actor.kind == "sector" and actor.affiliation):
        return False
    head = span.root
    return head.lemma_.lower() in _MEMBER_NOUNS and any(t.i != head.i and t.pos_ == "PROPN" for t in span)
