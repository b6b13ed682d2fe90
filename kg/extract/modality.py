"""Extract stage: modality of an action ("could lead to", "plans to", "threatened to"); negation is in
``kg.extract.negation``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.datamodel import Modality
from kg.extract.attribution import SPEECH_VERBS, characterised_index
from kg.extract.negation import chain_indices, denied_index, shared_head, shared_head_index, verb_chain
from kg.extract.noun_moods import noun_modality, noun_mood
from kg.extract.questions import asked
from kg.extract.stances import guessed_index, idea_content_index, only_when_index, plan_content_index
from kg.extract.table import TokenTable, token_table

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

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


def _believed(t: TokenTable, i: int) -> bool:
    """An act in the "that" clause of a belief or doubt (on the verb or an adjective after "be")."""
    heads, dep, lemma = t.head, t.dep, t.spacy_lemma
    for _ in range(3):
        if dep[i] != "ccomp" or heads[i] == i:
            return False
        head = heads[i]
        if lemma[head] in _BELIEF_HEADS:
            return True
        if any(dep[c] == "acomp" and lemma[c] in _BELIEF_HEADS for c in t.children[head]):
            return True  # "is sceptical that …" parsed with the clause on "is"
        i = head
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


def _attempted(t: TokenTable, chain: list[int]) -> bool:
    """An act of result ("oust", "capture") under a verb of attempt ("started to oust", "is trying to
    capture"), ``chain`` as :func:`~kg.extract.negation.chain_indices`: its result is a goal, not a fact."""
    lemma = t.spacy_lemma
    return (
        len(chain) > 1
        and lemma[chain[0]] in _ACHIEVEMENTS
        and any(lemma[v] in _ATTEMPT_HEADS for v in chain[1:])
    )


def _quoted_after(verb: Token, clause: Token) -> bool:
    """A clause after the verb that opens a quotation: someone else's words, not the verb's
    condition ("accused them, warning the deal would collapse “unless the ministers move …”")."""
    start = clause.left_edge.i
    return start > verb.i and any(t.is_quote for t in verb.doc[verb.i + 1 : start + 1])


#: Nouns of a condition after "in": "in the event of strikes", "in case of an attack".
_CONDITION_NOUNS = frozenset({"event", "case"})


def _under_condition(t: TokenTable, token: Token, chain: list[int]) -> bool:
    """An act inside "in the event of …" / "in case of …" / "in the event that …": a condition.

    Walks up from the word through nouns, prepositions and clauses on a noun (not past a verb
    that carries the condition as its own adverbial: the consequence is caught elsewhere). A clause
    right after "in case" is one too, however the parser hung it ("troops wait in case the rebels
    try to cross …"). ``chain``: the :func:`~kg.extract.negation.chain_indices` of ``token``."""
    doc = token.doc
    heads, dep, lower = t.head, t.dep, t.lower
    for v in chain:
        start = doc[v].left_edge.i
        if start >= 2 and lower[start - 2] == "in" and lower[start - 1] == "case":
            return True
    i = token.i
    for _ in range(6):
        head = heads[i]
        if head == i:
            return False
        if (
            t.spacy_lemma[head] in _CONDITION_NOUNS
            and dep[head] == "pobj"
            and lower[heads[head]] == "in"
            and dep[i] in ("prep", "relcl", "acl", "pobj")
        ):
            return True
        if dep[i] not in ("pobj", "prep", "relcl", "acl", "compound", "amod", "conj"):
            return False
        i = head
    return False


#: Dependencies from a noun up to the clause it is part of.
_NOUN_UP = frozenset({"pobj", "prep", "compound", "amod", "nmod", "poss", "appos", "conj", "npadvmod"})


def _clause_of_noun(t: TokenTable, i: int) -> int | None:
    """The verb of the clause an event noun sits in through prepositions ("displaced within a day of
    a bombardment": displaced), else None."""
    heads, dep, pos = t.head, t.dep, t.pos
    for _ in range(6):
        if dep[i] not in _NOUN_UP or heads[i] == i:
            return None
        i = heads[i]
        if pos[i] in ("VERB", "AUX"):
            return i
    return None


def _own_subject(t: TokenTable, i: int) -> bool:
    dep = t.dep
    return any(dep[c] in ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark") for c in t.children[i])


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


def _inherited(t: TokenTable, doc: Doc, top: int, depth: int) -> Modality | None:
    """The mood the clause ``top`` takes from the clause it belongs to: a possible or conditional
    clause makes what it reports possible ("could say the army attacked", "must watch them march
    away"); a bare verb coordinated with another shares its mood ("would counterbalance Iran and
    keep up the fight")."""
    head = t.head[top]
    if depth > 6 or head == top:
        return None
    dep, lower, children, pos = t.dep, t.lower, t.children, t.pos
    if pos[top] == "NOUN":
        if any(
            dep[c] == "poss" or (dep[c] == "det" and lower[c] not in ("a", "an", "any"))
            for c in children[top]
        ):
            return None  # "his bombing of the towns", "the killing": an act that is known, not supposed
        clause = _clause_of_noun(t, top)
        if clause is None:
            return None
        mood = modality_of(doc[clause], _depth=depth + 1)
        return "hypothetical" if mood == "hypothetical" else None
    if pos[head] not in ("VERB", "AUX", "ADJ"):
        return None
    if dep[top] == "conj" and not _own_subject(t, top) and t.tag[top] in ("VB", "VBG"):
        if any(dep[c] == "cc" and lower[c] in ("but", "yet") and head < c < top for c in children[head]):
            return None
        sibling = _modal_sibling(doc[top])
        mood = modality_of(sibling if sibling is not None else doc[head], _depth=depth + 1)
        return mood if mood in ("hypothetical", "intended") else None
    if dep[top] == "ccomp" or (dep[top] == "advcl" and t.tag[top] == "VBG" and not _own_subject(t, top)):
        mood = modality_of(doc[head], _depth=depth + 1)
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


def modality_of(token: Token, *, _depth: int = 0) -> Modality:
    """``questioned``, ``hypothetical``, ``threatened``, ``intended`` or ``asserted``.

    Hypothetical: a condition (if, unless), a modal of possibility or obligation, "likely to", an
    act someone denies ("denied that its jets struck").
    Intended: "plans/wants/is willing to", a future (will, is set to), "would" in reported speech.
    """
    if asked(token):
        return "questioned"
    doc = token.doc
    t = token_table(doc)
    i = token.i
    shared = shared_head_index(t, i)
    if shared is not None:
        return modality_of(doc[shared], _depth=_depth + 1)
    chain = chain_indices(t, i)
    if (
        denied_index(t, i)
        or _believed(t, i)
        or _under_condition(t, token, chain)
        or characterised_index(t, i)
    ):
        return "hypothetical"
    if idea_content_index(t, i):
        return "hypothetical"
    own = noun_mood(t, i)
    if own is not None:
        return own
    if (
        _attempted(t, chain)
        or any(only_when_index(t, v) or guessed_index(t, v) for v in chain)
        or plan_content_index(t, chain[-1])
    ):
        return "hypothetical"
    mood = _own_mood(t, doc, chain)
    if mood in ("hypothetical", "questioned"):
        return mood
    inherited = _inherited(t, doc, chain[-1], _depth)
    if inherited == "hypothetical" or (inherited is not None and mood == "asserted"):
        return inherited
    return mood


def _own_mood(table: TokenTable, doc: Doc, chain: list[int]) -> Modality:
    """The mood the words of a verb chain (as indices) give it: its auxiliaries, heads and conditions."""
    intended = False
    dep, lower, children, tag = table.dep, table.lower, table.children, table.tag
    for position, v in enumerate(chain):
        lemma = table.lemma[v]
        if position > 0 and lemma in THREAT_HEADS:
            return "threatened"
        if position > 0 and lemma in _HYPOTHETICAL_HEADS:
            return "hypothetical"
        if position > 0 and lemma in INTENT_HEADS:
            intended = True
        if (
            position > 0
            and lemma == "be"
            and dep[chain[position - 1]] == "xcomp"
            and table.has_to(chain[position - 1])
        ):
            intended = True  # "is to visit", "are to meet": an arranged act, not a reported one
        if (
            position > 0
            and lemma == "have"
            and tag[v] not in ("VBD", "VBN")
            and dep[chain[position - 1]] == "xcomp"
            and table.has_to(chain[position - 1])
        ):
            return "hypothetical"  # "has to agree", "will have to agree": an obligation, as "must" is
        for c in children[v]:
            word, relation = lower[c], dep[c]
            if relation == "mark" and word in _CONDITIONAL_MARKS:
                return "hypothetical"
            if (
                relation == "advcl"
                and any(dep[g] == "mark" and lower[g] in ("if", "unless") for g in children[c])
                and not _quoted_after(doc[v], doc[c])
            ):
                return "hypothetical"  # the consequence of a condition
            if relation in ("aux", "auxpass"):
                if word in _HYPOTHETICAL_MODALS:
                    return "hypothetical"
                if word in _FUTURE:
                    intended = True
                if word == "would":
                    if dep[v] == "ccomp" and table.spacy_lemma[table.head[v]] in _SPEECH:
                        intended = True
                    else:
                        return "hypothetical"
        if dep[v] == "advcl" and any(lower[c] in _CONDITIONAL_MARKS for c in children[v]):
            return "hypothetical"
        if dep[v] == "relcl" and table.spacy_lemma[table.head[v]] in _SCENARIO_NOUNS:
            return "hypothetical"
    return "intended" if intended else "asserted"
