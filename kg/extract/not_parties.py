"""Phrases in an act's target slots that name no party it is aimed at.

The parser and the resolver offer as targets words that only say what the act is about or where it
happened: the receiver of a thing whose giving is criticised ("opposed an invitation to the Kurds":
the inviter is judged), whom a vetoed measure is against, the matter a solution is to, the country
troops are to withdraw from, and the subject of the next clause that the parser hung on the object as a
conjunct ("Syria objected to the invasion and Russia urged restraint"). In judged samples of
``kg extract`` over ../shared/corpus each of these paired the source with the wrong side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.coreference import Resolved


__all__ = ["left", "next_subject", "not_party", "topic"]


def not_party(r: Resolved, root: str) -> bool:
    """Whether the target ``r`` of an act of CAMEO root ``root`` names no party it is aimed at."""
    token = r.span.root
    # A withdrawal done yields the place to whoever holds it (CAMEO 08, as the dev gold codes it);
    # a plan or a pledge to withdraw is aimed at no one there.
    return topic(token, root) or (root != "08" and left(r)) or next_subject(token)


#: Things one party gives or extends to another: "to X" after one names who receives it.
_GIVEN = frozenset(
    {"invitation", "invite", "offer", "aid", "support", "sale", "delivery", "transfer", "loan", "grant"}
    | {"concession", "visa", "asylum", "access", "permission", "assistance", "arms"}
)


#: Nouns whose "to X" names the matter, not a party ("a solution to the crisis in X").
_MATTER_OF = frozenset({"solution", "settlement", "end", "fix"})


def topic(token: Token, root: str) -> bool:
    """Whether ``token`` names what an act is about rather than whom it is aimed at: who receives a
    thing whose giving is disapproved ("criticised arms sales to X", "opposed an invitation to X":
    the giver is the one judged), whom a rejected or disapproved measure is against or on ("vetoed
    resolutions against X", "condemned a ban on X's refugees"), where the people an act is about
    come from ("condemned the plight of refugees from X"), or the matter a solution is to ("a
    solution to X").

    A refusal to give is aimed at who would receive ("refused access to X"): there the source gives.
    """
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    thing, word = prep.head, prep.lower_
    lemma = thing.lemma_.lower()
    if word == "to" and lemma in _MATTER_OF:
        return True
    if root not in ("11", "12") or thing.pos_ not in ("NOUN", "PROPN"):
        return False
    if word == "to":
        return root == "11" and lemma in _GIVEN and thing.dep_ in ("dobj", "nsubjpass", "pobj")
    if word in ("against", "on"):
        return lemma in _MEASURES
    return word == "from" and lemma in _MOVERS


#: Measures taken against someone: to reject or oppose one is to side with whom it is against.
_MEASURES = frozenset(
    {"resolution", "sanction", "motion", "measure", "embargo", "ban", "bill", "draft", "vote"}
    | {"case", "complaint", "lawsuit", "charge", "proceeding", "action", "step", "tariff"}
)


#: People described by where they come from ("refugees from X"): X is their origin, not a party.
_MOVERS = frozenset(
    {"refugee", "migrant", "immigrant", "traveller", "traveler", "visitor", "civilian", "citizen"}
    | {"people", "student", "worker", "national", "family", "asylum-seeker", "seeker"}
)


#: Words of leaving a place: "from X" after one names where troops were, not a party.
_LEAVING = frozenset({"withdraw", "withdrawal", "pull", "pullout", "retreat", "exit", "evacuate"})


def left(r: Resolved) -> bool:
    """A country or a place a withdrawal leaves ("pull troops out of X", "withdraw from X"); a body
    left is a party ("withdrew from the treaty", "from the EU")."""
    token = r.span.root
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("from", "of"):
        return False
    if r.actor.kind != "country" and r.actor.sector != "CVL":
        return False
    head = prep.head
    if prep.lower_ == "of":  # "pulled its troops out of X"
        if head.lower_ != "out":
            return False
        head = head.head
    if head.pos_ == "NOUN" and head.lemma_.lower() not in _LEAVING:
        head = head.head  # "the withdrawal of troops from X"
    if head.lemma_.lower() not in _LEAVING:
        return False
    # forces leave a place; an ambassador withdrawn is a message to a party
    return all(c.lemma_.lower() in _FORCES for c in head.children if c.dep_ == "dobj")


#: What leaves a place when it is withdrawn.
_FORCES = frozenset({"troop", "force", "soldier", "military", "personnel", "presence", "unit", "army"})


#: Tags of a finite verb or auxiliary: one that begins a clause of its own.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def next_subject(token: Token) -> bool:
    """Whether a conjunct the parser hung on an object is the subject of the next clause: it is
    followed at once by a finite verb or auxiliary whose clause has no subject of its own ("objected
    to the invasion and Russia had urged restraint", "backs the government and the US supports …").
    """
    if token.dep_ != "conj":
        return False
    doc = token.doc
    after = token.right_edge.i + 1
    if after >= len(doc) or after >= token.sent.end:
        return False
    verb = doc[after]
    if verb.tag_ not in _FINITE or verb.pos_ not in ("VERB", "AUX"):
        return False
    clause = verb.head if verb.dep_ in ("aux", "auxpass") else verb
    return clause.i > token.i and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
