"""Extract stage: opinion polls and surveys, which tell what people think, not what a country did.

"Most voters back strikes on Ruritania, a survey found" reports a finding about opinion: neither the
country's backing nor its strikes happened. A clause is a poll's finding when it is what a poll or
a survey shows or finds, or when a share of the public ("61% of voters", "a majority of
respondents") holds it as an opinion (supports, opposes, fears …); a vote ("a majority of MPs
rejected the deal") is an act and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.table import TokenTable, token_table

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


def _subjects(t: TokenTable, verb: int) -> list[int]:
    dep = t.dep
    return [c for c in t.children[verb] if dep[c] in ("nsubj", "nsubjpass")]


def _share_of_public(t: TokenTable, subject: int) -> bool:
    """ "22% of Britons", "most voters", "a majority of respondents", "the public"."""
    words = t.subtree(subject)
    ent, lower = t.ent, t.lower
    if any(ent[w] == "PERCENT" or lower[w] == "%" or lower[w] == "percent" for w in words):
        return True
    lemma, pos = t.lemma, t.pos
    return any(lemma[w] in _PUBLIC_NOUNS and pos[w] == "NOUN" for w in words)


def _polled(t: TokenTable, verb: int, polls: bool) -> bool:
    """A clause of a poll: a poll finds or shows it, or a share of the public holds the opinion.
    ``polls``: whether the Doc has a word of :data:`POLL_NOUNS` at all."""
    lemma, dep = t.lemma, t.dep
    word = lemma[verb]
    if polls and word in _FINDING_VERBS and any(lemma[s] in POLL_NOUNS for s in _subjects(t, verb)):
        return True
    if word in _ATTITUDES and any(_share_of_public(t, s) for s in _subjects(t, verb)):
        return True
    return polls and any(
        dep[c] in ("advcl", "parataxis", "ccomp")
        and c > verb
        and lemma[c] in _FINDING_VERBS
        and any(lemma[s] in POLL_NOUNS for s in _subjects(t, c))
        for c in t.children[verb]
    )  # "…, a survey found"


def poll_finding(token: Token) -> bool:
    """Whether ``token`` is part of what an opinion poll or survey found ("a poll shows that most
    voters back strikes") or of an opinion held by a share of the public ("61% of voters oppose
    the deal"): an opinion, not an act.

    Walks up from the word to the root of its sentence.
    """
    t = token_table(token.doc)
    pos, head = t.pos, t.head
    i = token.i
    polls = not POLL_NOUNS.isdisjoint(t.lemmas())
    for _ in range(12):
        if pos[i] in ("VERB", "AUX") and _polled(t, i, polls):
            return True
        if head[i] == i:
            return False
        i = head[i]
    return False
