"""Extract stage: clauses that tell a stance, a guess, a condition or a plan, not an act done.

"The view that Ruritania will only help when …", "will probably strike", "set out the strategy,
saying the troops would …": what such a clause says may come to pass, but it is not reported as
having happened, so the act it names is hypothetical (see ``kg.extract.modality``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.attribution import SPEECH_VERBS
from kg.extract.table import token_table

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["guessed", "idea_content", "only_when", "plan_content"]

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
    t = token
    for _ in range(4):
        head = t.head
        if head.i == t.i:
            return False
        if (
            t.dep_ in ("acl", "ccomp", "appos", "relcl")
            and head.pos_ == "NOUN"
            and head.lemma_.lower() in _IDEA_NOUNS
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
        ):
            return True
        if t.dep_ not in ("conj", "xcomp"):
            return False
        t = head
    return False


#: Marks of a time clause that, with "only", set a condition ("will only help when …").
_TIME_CONDITIONS = frozenset({"when", "once", "until", "after", "unless", "if", "before"})


def only_when(verb: Token) -> bool:
    """A future or possible act with "only" and a time clause: a condition set on it ("the west will
    only pay once the talks succeed", "would only withdraw after …"), not a plan."""
    table = token_table(verb.doc)
    dep, lower = table.dep, table.lower
    if not any(dep[c] in ("aux", "auxpass") and lower[c] in _FUTURE_OR_MODAL for c in table.children[verb.i]):
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "only" for c in verb.children):
        return False
    return any(
        c.dep_ == "advcl"
        and any(g.dep_ in ("mark", "advmod") and g.lower_ in _TIME_CONDITIONS for g in c.children)
        for c in verb.children
    )


#: Adverbs of a guess: the act is thought likely, not reported ("will probably strike", "perhaps armed").
_GUESS_ADVERBS = frozenset(
    {"probably", "possibly", "perhaps", "maybe", "presumably", "conceivably", "supposedly", "likely"}
)
#: Adverbs that make a negated future a forecast of conduct ("will not easily give up").
_FORECAST_ADVERBS = frozenset({"quickly", "easily", "readily", "lightly", "necessarily", "soon", "ever"})


def guessed(verb: Token) -> bool:
    """An act told with an adverb of guessing, or a negated future told as a forecast of conduct."""
    table = token_table(verb.doc)
    dep, lower, kids = table.dep, table.lower, table.children[verb.i]
    adverbs = {lower[c] for c in kids if dep[c] == "advmod"}
    if adverbs & _GUESS_ADVERBS:
        return True
    future = any(dep[c] == "aux" and lower[c] in _FUTURE for c in kids)
    negated = any(dep[c] == "neg" for c in kids)
    return future and negated and bool(adverbs & _FORECAST_ADVERBS)


#: Objects a plan is told by ("outlined its strategy, saying the force would …").
_PLAN_NOUNS = frozenset(
    {"strategy", "plan", "vision", "policy", "proposal", "roadmap", "blueprint", "doctrine", "agenda"}
)


def plan_content(verb: Token) -> bool:
    """A clause reported as the content of a plan someone sets out ("set out the strategy, saying the
    troops would fight on"): how things are to go, not an act done or announced as its own."""
    t = verb
    for _ in range(3):
        if t.dep_ != "ccomp" or t.head.i == t.i:
            return False
        speech = t.head
        if speech.lemma_.lower() not in _SPEECH:
            t = speech
            continue
        holders = [speech] + ([speech.head] if speech.dep_ in ("advcl", "conj") else [])
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _PLAN_NOUNS for h in holders for c in h.children)
    return False
