"""Extract stage: modality of an action ("could lead to", "plans to", "threatened to"); negation is in
``kg.extract.negation``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.datamodel import Modality
from kg.extract.attribution import SPEECH_VERBS, characterised
from kg.extract.negation import denied, shared_head, verb_chain
from kg.extract.questions import asked
from kg.extract.stances import guessed, idea_content, only_when, plan_content
from kg.extract.table import token_table

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "INTENT_HEADS",
    "THREAT_HEADS",
    "modality_of",
    "noun_modality",
    "predicted",
]

_HYPOTHETICAL_MODALS = frozenset({"could", "might", "may", "should", "must", "ought", "can"})
_FUTURE = frozenset({"will", "'ll", "shall", "wo"})
_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
#: Words whose complement is an intended act ("plans to visit", "is willing to talk", "is set to meet").
INTENT_HEADS = frozenset(
    {
        "want",
        "plan",
        "intend",
        "aim",
        "seek",
        "hope",
        "prepare",
        "wish",
        "mean",
        "try",
        "attempt",
        "strive",
        "decide",
        "agree",
        "offer",
        "promise",
        "pledge",
        "vow",
        "willing",
        "ready",
        "prepared",
        "determined",
        "keen",
        "eager",
        "set",
        "due",
        "poised",
        "going",
        "schedule",
        "scheduled",
        "expect",
    }
)
#: Words whose complement is a threatened act ("threatened to impose").
THREAT_HEADS = frozenset({"threaten", "warn"})
_HYPOTHETICAL_HEADS = frozenset(
    {
        "likely",
        "unlikely",
        "expect",
        "expected",
        "possible",
        "able",
        "could",
        "discuss",
        "consider",
        "debate",
        "propose",
        "imagine",
        "weigh",
        "mull",
        "suggest",
        "impossible",
        "happy",
    }
)
#: Nouns whose relative clause describes a possible world, not a fact ("a scenario where Russia hits").
_SCENARIO_NOUNS = frozenset(
    {"scenario", "situation", "world", "case", "possibility", "prospect", "plan", "deal"}
)
#: Words whose "that" clause is a belief or a doubt, not a report ("is sceptical that X will strike",
#: "fears X may attack"): what the clause says has not been shown to happen.
_BELIEF_HEADS = frozenset(
    {"sceptical", "skeptical", "doubtful", "unsure", "uncertain", "convinced", "confident", "optimistic"}
    | {"pessimistic", "believe", "think", "doubt", "suspect", "fear", "wonder", "speculate", "guess"}
    | {"assume", "imagine", "predict", "expect", "hope", "worry", "worried", "afraid", "concerned"}
)
_SPEECH = SPEECH_VERBS | {"promise", "pledge", "vow", "repeat"}


def _believed(token: Token) -> bool:
    """An act in the "that" clause of a belief or doubt (on the verb or an adjective after "be")."""
    t = token
    for _ in range(3):
        if t.dep_ != "ccomp" or t.head.i == t.i:
            return False
        head = t.head
        if head.lemma_.lower() in _BELIEF_HEADS:
            return True
        if any(c.dep_ == "acomp" and c.lemma_.lower() in _BELIEF_HEADS for c in head.children):
            return True  # "is sceptical that …" parsed with the clause on "is"
        t = head
    return False


#: Verbs that name an attempt or a first step, not the act achieved ("tried to oust", "began to topple").
_ATTEMPT_HEADS = frozenset(
    {"try", "attempt", "seek", "strive", "endeavour", "endeavor", "struggle", "start", "begin", "move"}
)
#: Acts that are done only when their result is reached: an attempt at one has not done it.
_ACHIEVEMENTS = frozenset(
    {"oust", "topple", "overthrow", "depose", "unseat", "remove", "capture", "seize", "retake"}
    | {"recapture", "conquer", "annex", "defeat", "crush", "destroy", "eliminate", "expel", "overrun"}
    | {"liberate", "occupy", "take", "isolate", "dislodge", "evict", "wipe", "eradicate", "subdue"}
)


def _attempted(chain: list[Token]) -> bool:
    """An act of result ("oust", "capture") under a verb of attempt ("started to oust", "is trying to
    capture"): its result is a goal, not a fact."""
    return (
        len(chain) > 1
        and chain[0].lemma_.lower() in _ACHIEVEMENTS
        and any(v.lemma_.lower() in _ATTEMPT_HEADS for v in chain[1:])
    )


def _quoted_after(verb: Token, clause: Token) -> bool:
    """A clause after the verb that opens a quotation: someone else's words, not the verb's
    condition ("accused them, warning the deal would collapse “unless the ministers move …”")."""
    start = clause.left_edge.i
    return start > verb.i and any(t.is_quote for t in verb.doc[verb.i + 1 : start + 1])


#: Words before an event noun that make it planned ("the planned offensive", "an upcoming visit").
_PLANNED_WORDS = frozenset({"planned", "proposed", "upcoming", "scheduled", "intended", "forthcoming"})
#: Words before an event noun that make it a guess ("an anticipated strike", "a possible attack").
_GUESSED_WORDS = frozenset(
    {
        "anticipated",
        "expected",
        "possible",
        "potential",
        "likely",
        "feared",
        "hypothetical",
        "mooted",
        "rumoured",
        "imminent",
        "impending",
        "looming",
    }
)
#: Nouns of a condition after "in": "in the event of strikes", "in case of an attack".
_CONDITION_NOUNS = frozenset({"event", "case"})


def _under_condition(token: Token) -> bool:
    """An act inside "in the event of …" / "in case of …" / "in the event that …": a condition.

    Walks up from the word through nouns, prepositions and clauses on a noun (not past a verb
    that carries the condition as its own adverbial: the consequence is caught elsewhere). A clause
    right after "in case" is one too, however the parser hung it ("troops wait in case the rebels
    try to cross …")."""
    doc = token.doc
    for v in verb_chain(token):
        start = v.left_edge.i
        if start >= 2 and doc[start - 2].lower_ == "in" and doc[start - 1].lower_ == "case":
            return True
    t = token
    for _ in range(6):
        head = t.head
        if head.i == t.i:
            return False
        if (
            head.lemma_.lower() in _CONDITION_NOUNS
            and head.dep_ == "pobj"
            and head.head.lower_ == "in"
            and t.dep_ in ("prep", "relcl", "acl", "pobj")
        ):
            return True
        if t.dep_ not in ("pobj", "prep", "relcl", "acl", "compound", "amod", "conj"):
            return False
        t = head
    return False


#: Verbs whose "as" phrase is a name given to something ("characterised the talks as …").
def _noun_mood(token: Token) -> Modality | None:
    """The mood an event noun's own modifiers give it ("the planned offensive", "a possible strike")."""
    if token.pos_ != "NOUN":
        return None
    words = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i}
    if words & _GUESSED_WORDS:
        return "hypothetical"
    if words & _PLANNED_WORDS:
        return "intended"
    return None


#: Dependencies from a noun up to the clause it is part of.
_NOUN_UP = frozenset({"pobj", "prep", "compound", "amod", "nmod", "poss", "appos", "conj", "npadvmod"})


def _clause_of_noun(noun: Token) -> Token | None:
    """The verb of the clause an event noun sits in through prepositions ("displaced within a day of
    a bombardment": displaced), else None."""
    t = noun
    for _ in range(6):
        if t.dep_ not in _NOUN_UP or t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark") for c in verb.children)


_MODAL_AUX = _FUTURE | _HYPOTHETICAL_MODALS | {"would", "'d"}


def _modal_sibling(verb: Token) -> Token | None:
    """For a bare verb the parser coordinated with a past tense ("outlined the plan, saying they
    would hold the town, keep fighting …": "keep" hung on "outlined"), the verb with a modal between
    them that it belongs with; a bare infinitive does not coordinate with a past tense. Else None."""
    head = verb.head
    if verb.tag_ != "VB" or head.tag_ not in ("VBD", "VBN") or verb.i < head.i:
        return None
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODAL_AUX | {"to"} for c in head.children):
        return None
    doc = verb.doc
    for t in (doc[i] for i in range(verb.i - 1, head.i, -1)):
        if (
            t.pos_ == "VERB"
            and t.tag_ == "VB"
            and head.is_ancestor(t)
            and any(c.dep_ == "aux" and c.lower_ in _MODAL_AUX for c in t.children)
        ):
            return t
    return None


def _inherited(top: Token, depth: int) -> Modality | None:
    """The mood the clause ``top`` takes from the clause it belongs to: a possible or conditional
    clause makes what it reports possible ("could say the army attacked", "must watch them march
    away"); a bare verb coordinated with another shares its mood ("would counterbalance Iran and
    keep up the fight")."""
    if depth > 6 or top.head.i == top.i:
        return None
    head = top.head
    if top.pos_ == "NOUN":
        if any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in ("a", "an", "any")) for c in top.children
        ):
            return None  # "his bombing of the towns", "the killing": an act that is known, not supposed
        clause = _clause_of_noun(top)
        if clause is None:
            return None
        mood = modality_of(clause, _depth=depth + 1)
        return "hypothetical" if mood == "hypothetical" else None
    if head.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    if top.dep_ == "conj" and not _own_subject(top) and top.tag_ in ("VB", "VBG"):
        if any(c.dep_ == "cc" and c.lower_ in ("but", "yet") and head.i < c.i < top.i for c in head.children):
            return None
        head = _modal_sibling(top) or head
        mood = modality_of(head, _depth=depth + 1)
        return mood if mood in ("hypothetical", "intended") else None
    if top.dep_ == "ccomp" or (top.dep_ == "advcl" and top.tag_ == "VBG" and not _own_subject(top)):
        mood = modality_of(head, _depth=depth + 1)
        return "hypothetical" if mood == "hypothetical" else None
    return None


def predicted(token: Token) -> bool:
    """Whether the act is told as a future ("will strike", "would withdraw") rather than as an aim of
    its doer ("plans to strike", "vowed to …"): told by anyone but the doer, such a future is a
    forecast."""
    chain = verb_chain(token)
    shared = shared_head(chain[-1])
    if shared is not None:
        chain = chain + verb_chain(shared)
    if any(v.lemma_.lower() in INTENT_HEADS | THREAT_HEADS for v in chain[1:]):
        return False
    return any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE | {"would", "'d"}
        for v in chain
        for c in v.children
    )


#: Verbs of wanting, rejecting or preventing: a bare event noun as their object is not done
#: ("voters back strikes", "urged new sanctions").
_WISHING = frozenset(
    {"support", "back", "favour", "favor", "oppose", "want", "urge", "demand", "seek", "propose"}
    | {"advocate", "endorse", "approve", "request", "recommend", "prefer", "welcome", "rule", "prevent"}
)
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def noun_modality(noun: Token) -> Modality | None:
    """The mood of an event noun that its own clause does not show: a bare or indefinite event noun
    wished for or opposed ("most voters back strikes on Ruritania") is hypothetical, and so is one
    its own words call expected ("fled an imminent offensive"), whatever the verb it hangs from
    says. None otherwise."""
    own = _noun_mood(noun)
    if own is not None:
        return own
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _WISHING:
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in noun.children):
        return None  # "backed the strikes", "opposed Ruritania's offensive": acts that exist
    return "hypothetical"


def modality_of(token: Token, *, _depth: int = 0) -> Modality:
    """``questioned``, ``hypothetical``, ``threatened``, ``intended`` or ``asserted``.

    Hypothetical: a condition (if, unless), a modal of possibility or obligation, "likely to", an
    act someone denies ("denied that its jets struck").
    Intended: "plans/wants/is willing to", a future (will, is set to), "would" in reported speech.
    """
    if asked(token):
        return "questioned"
    shared = shared_head(token)
    if shared is not None:
        return modality_of(shared, _depth=_depth + 1)
    if denied(token) or _believed(token) or _under_condition(token) or characterised(token):
        return "hypothetical"
    if idea_content(token):
        return "hypothetical"
    noun_mood = _noun_mood(token)
    if noun_mood is not None:
        return noun_mood
    chain = verb_chain(token)
    if _attempted(chain) or any(only_when(v) or guessed(v) for v in chain) or plan_content(chain[-1]):
        return "hypothetical"
    mood = _own_mood(chain)
    if mood in ("hypothetical", "questioned"):
        return mood
    inherited = _inherited(chain[-1], _depth)
    if inherited == "hypothetical" or (inherited is not None and mood == "asserted"):
        return inherited
    return mood


def _own_mood(chain: list[Token]) -> Modality:
    """The mood the words of a verb chain give it: its auxiliaries, heads and conditions."""
    intended = False
    table = token_table(chain[0].doc)
    dep, lower, children = table.dep, table.lower, table.children
    for position, v in enumerate(chain):
        lemma = table.lemma[v.i]
        if position > 0 and lemma in THREAT_HEADS:
            return "threatened"
        if position > 0 and lemma in _HYPOTHETICAL_HEADS:
            return "hypothetical"
        if position > 0 and lemma in INTENT_HEADS:
            intended = True
        if (
            position > 0
            and lemma == "be"
            and chain[position - 1].dep_ == "xcomp"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in chain[position - 1].children)
        ):
            intended = True  # "is to visit", "are to meet": an arranged act, not a reported one
        if (
            position > 0
            and lemma == "have"
            and v.tag_ not in ("VBD", "VBN")
            and chain[position - 1].dep_ == "xcomp"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in chain[position - 1].children)
        ):
            return "hypothetical"  # "has to agree", "will have to agree": an obligation, as "must" is
        for c in children[v.i]:
            word, relation = lower[c], dep[c]
            if relation == "mark" and word in _CONDITIONAL_MARKS:
                return "hypothetical"
            if (
                relation == "advcl"
                and any(dep[g] == "mark" and lower[g] in ("if", "unless") for g in children[c])
                and not _quoted_after(v, v.doc[c])
            ):
                return "hypothetical"  # the consequence of a condition
            if relation in ("aux", "auxpass"):
                if word in _HYPOTHETICAL_MODALS:
                    return "hypothetical"
                if word in _FUTURE:
                    intended = True
                if word == "would":
                    if v.dep_ == "ccomp" and v.head.lemma_.lower() in _SPEECH:
                        intended = True
                    else:
                        return "hypothetical"
        if dep[v.i] == "advcl" and any(lower[c] in _CONDITIONAL_MARKS for c in children[v.i]):
            return "hypothetical"
        if dep[v.i] == "relcl" and v.head.lemma_.lower() in _SCENARIO_NOUNS:
            return "hypothetical"
    return "intended" if intended else "asserted"
