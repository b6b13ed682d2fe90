"""Extract stage: opinion polls and surveys, which tell what people think, not what a country did.

"Most voters back strikes on Ruritania, a survey found" reports a finding about opinion: neither the
country's backing nor its strikes happened. A clause is a poll's finding when it is what a poll or
a survey shows or finds, or when a share of the public ("61% of voters", "a majority of
respondents") holds it as an opinion (supports, opposes, fears …); a vote ("a majority of MPs
rejected the deal") is an act and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["POLL_NOUNS", "poll_finding"]

#: Nouns of a measure of opinion.
POLL_NOUNS = frozenset({"poll", "polling", "survey", "pollster", "questionnaire"})
#: Nouns of the people a poll asks.
_PUBLIC_NOUNS = frozenset({"voter", "respondent", "electorate", "public", "majority", "minority", "adult"})
#: Verbs by which a poll tells its finding.
_FINDING_VERBS = frozenset({"show", "find", "suggest", "reveal", "indicate", "say", "put"})


#: Verbs of opinion: with a share of the public as subject they report a poll's figure.
#: Verbs of a vote ("a majority of MPs rejected the deal") are acts and are left out.
_ATTITUDES = frozenset(
    {"support", "back", "oppose", "favour", "favor", "want", "think", "believe", "trust", "fear"}
    | {"expect", "prefer", "feel", "like", "blame", "distrust", "dislike"}
)


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _share_of_public(subject: Token) -> bool:
    """ "22% of Britons", "most voters", "a majority of respondents", "the public"."""
    words = list(subject.subtree)
    if any(t.ent_type_ == "PERCENT" or t.text == "%" or t.lower_ == "percent" for t in words):
        return True
    return any(t.lemma_.lower() in _PUBLIC_NOUNS and t.pos_ == "NOUN" for t in words)


def _polled(verb: Token) -> bool:
    """A clause of a poll: a poll finds or shows it, or a share of the public holds the opinion."""
    lemma = verb.lemma_.lower()
    if lemma in _FINDING_VERBS and any(s.lemma_.lower() in POLL_NOUNS for s in _subjects(verb)):
        return True
    if lemma in _ATTITUDES and any(_share_of_public(s) for s in _subjects(verb)):
        return True
    return any(
        c.dep_ in ("advcl", "parataxis", "ccomp")
        and c.i > verb.i
        and c.lemma_.lower() in _FINDING_VERBS
        and any(s.lemma_.lower() in POLL_NOUNS for s in _subjects(c))
        for c in verb.children
    )  # "…, a survey found"


def poll_finding(token: Token) -> bool:
    """Whether ``token`` is part of what an opinion poll or survey found ("a poll shows that most
    voters back strikes") or of an opinion held by a share of the public ("61% of voters oppose
    the deal"): an opinion, not an act.

    Walks up from the word to the root of its sentence.
    """
    t = token
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") and _polled(t):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False
