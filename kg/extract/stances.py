"""Extract stage: clauses that tell a stance, a guess, a condition or a plan, not an act done.

"The view that Ruritania will only help when …", "will probably strike", "set out the strategy,
saying the troops would …": what such a clause says may come to pass, but it is not reported as
having happened, so the act it names is hypothetical (see ``kg.extract.modality``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.attribution import SPEECH_VERBS
from kg.extract.table import TokenTable, token_table

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "guessed",
    "guessed_index",
    "idea_content",
    "idea_content_index",
    "only_when",
    "only_when_index",
    "plan_content",
    "plan_content_index",
]

_FUTURE = frozenset({"will", "'ll", "shall", "wo"})
_FUTURE_OR_MODAL = _FUTURE | {"would", "could", "might", "may", "should", "must", "can"}
_SPEECH = SPEECH_VERBS | {"promise", "pledge", "vow", "repeat"}

#: Nouns whose "that" clause is a stance, an idea or a claim, not a reported act ("the position that
#: it will help", "fears that the army may attack", "the claim that Ruritania armed them").
_IDEA_NOUNS = frozenset(
    {"position", "stance", "view", "belief", "idea", "notion", "assumption", "hope", "fear", "worry"}
    | {"concern", "suspicion", "speculation", "expectation", "prospect", "possibility", "risk", "danger"}
    | {"likelihood", "chance", "suggestion", "theory", "argument", "claim", "allegation", "assertion"}
    | {"accusation", "charge", "denial"}
    | {"insistence", "impression", "perception", "rumour", "rumor", "premise", "condition", "promise"}
)


def idea_content(token: Token) -> bool:
    """An act in the "that" clause of a noun of stance or belief ("the view that Ruritania will only
    help when …", "allegations that its jets struck …"): what someone holds, not what happened."""
    return idea_content_index(token_table(token.doc), token.i)


def idea_content_index(t: TokenTable, i: int) -> bool:
    """:func:`idea_content` for token ``i``."""
    heads, dep, lower, children = t.head, t.dep, t.lower, t.children
    for _ in range(4):
        head = heads[i]
        if head == i:
            return False
        if (
            dep[i] in ("acl", "ccomp", "appos", "relcl")
            and t.pos[head] == "NOUN"
            and t.spacy_lemma[head] in _IDEA_NOUNS
            and any(dep[c] == "mark" and lower[c] == "that" for c in children[i])
        ):
            return True
        if dep[i] not in ("conj", "xcomp"):
            return False
        i = head
    return False


#: Marks of a time clause that, with "only", set a condition ("will only help when …").
_TIME_CONDITIONS = frozenset({"when", "once", "until", "after", "unless", "if", "before"})


def only_when(verb: Token) -> bool:
    """A future or possible act with "only" and a time clause: a condition set on it ("the west will
    only pay once the talks succeed", "would only withdraw after …"), not a plan."""
    return only_when_index(token_table(verb.doc), verb.i)


def only_when_index(table: TokenTable, i: int) -> bool:
    """:func:`only_when` for token ``i``."""
    dep, lower, children = table.dep, table.lower, table.children
    kids = children[i]
    if not any(dep[c] in ("aux", "auxpass") and lower[c] in _FUTURE_OR_MODAL for c in kids):
        return False
    if not any(dep[c] == "advmod" and lower[c] == "only" for c in kids):
        return False
    return any(
        dep[c] == "advcl"
        and any(dep[g] in ("mark", "advmod") and lower[g] in _TIME_CONDITIONS for g in children[c])
        for c in kids
    )


#: Adverbs of a guess: the act is thought likely, not reported ("will probably strike", "perhaps armed").
_GUESS_ADVERBS = frozenset(
    {"probably", "possibly", "perhaps", "maybe", "presumably", "conceivably", "supposedly", "likely"}
)
#: Adverbs that make a negated future a forecast of conduct ("will not easily give up").
_FORECAST_ADVERBS = frozenset({"quickly", "easily", "readily", "lightly", "necessarily", "soon", "ever"})


def guessed(verb: Token) -> bool:
    """An act told with an adverb of guessing, or a negated future told as a forecast of conduct."""
    return guessed_index(token_table(verb.doc), verb.i)


def guessed_index(table: TokenTable, i: int) -> bool:
    """:func:`guessed` for token ``i``."""
    dep, lower, kids = table.dep, table.lower, table.children[i]
    adverbs = {lower[c] for c in kids if dep[c] == "advmod"}
    if adverbs & _GUESS_ADVERBS:
        return True
    if not adverbs & _FORECAST_ADVERBS:
        return False
    future = any(dep[c] == "aux" and lower[c] in _FUTURE for c in kids)
    negated = any(dep[c] == "neg" for c in kids)
    return future and negated


#: Objects a plan is told by ("outlined its strategy, saying the force would …").
_PLAN_NOUNS = frozenset(
    {"strategy", "plan", "vision", "policy", "proposal", "roadmap", "blueprint", "doctrine", "agenda"}
)


def plan_content(verb: Token) -> bool:
    """A clause reported as the content of a plan someone sets out ("set out the strategy, saying the
    troops would fight on"): how things are to go, not an act done or announced as its own."""
    return plan_content_index(token_table(verb.doc), verb.i)


def plan_content_index(t: TokenTable, i: int) -> bool:
    """:func:`plan_content` for token ``i``."""
    heads, dep, lemma = t.head, t.dep, t.spacy_lemma
    for _ in range(3):
        if dep[i] != "ccomp" or heads[i] == i:
            return False
        speech = heads[i]
        if lemma[speech] not in _SPEECH:
            i = speech
            continue
        holders = [speech] + ([heads[speech]] if dep[speech] in ("advcl", "conj") else [])
        return any(dep[c] == "dobj" and lemma[c] in _PLAN_NOUNS for h in holders for c in t.children[h])
    return False
