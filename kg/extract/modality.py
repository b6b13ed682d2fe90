"""Extract stage: negation and modality of an action ("will not bend", "could lead to", "plans to")."""

from __future__ import annotations

import bisect
import weakref
from typing import TYPE_CHECKING

from kg.datamodel import Modality
from kg.extract.attribution import SPEECH_VERBS, characterised

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["INTENT_HEADS", "THREAT_HEADS", "is_negated", "modality_of", "verb_chain"]

_NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
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


_NEGATIVE_HEADS = frozenset({"fail", "refrain", "stop", "spare", "avoid", "cease"})


def _shared_head(t: Token) -> Token | None:
    """The verb whose auxiliaries a coordinated bare verb shares ("will not invade and destroy":
    destroy is as future and as negated as invade), else None. A finite verb ("did not attack
    and withdrew") and a contrast ("but") have their own."""
    if t.dep_ != "conj" or t.head.pos_ not in ("VERB", "AUX") or t.tag_ not in ("VB", "VBN", "VBG"):
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "neg", "mark") for c in t.children):
        return None
    head = t.head
    if not any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return None
    if any(c.dep_ == "cc" and c.lower_ in ("but", "yet") and head.i < c.i < t.i for c in head.children):
        return None
    return head


#: Verbs that say an act did not happen ("denied that its jets had struck", "dismissed claims that").
_DENIAL = frozenset({"deny", "dispute", "refute", "dismiss", "reject", "rebut", "contest"})
_DENIED_PATH = frozenset({"ccomp", "conj", "xcomp", "acl", "pcomp", "pobj", "prep"})


def _denied(token: Token) -> bool:
    """An act inside what someone denies: reported as not having happened."""
    t = token
    for _ in range(6):
        head = t.head
        if head.i == t.i:
            return False
        if head.lemma_.lower() in _DENIAL and head.pos_ == "VERB":
            return t.dep_ in ("ccomp", "dobj", "xcomp", "advcl")
        if t.dep_ not in _DENIED_PATH:
            return False
        t = head
    return False


def verb_chain(token: Token) -> list[Token]:
    """The token and the words it is the complement of ("would never agree to veto": veto, agree).

    Follows xcomp, acomp and auxiliary heads ("is willing to talk": talk, willing, is).
    """
    chain = [token]
    while True:
        t = chain[-1]
        if t.dep_ in ("xcomp", "acomp") and t.head.i != t.i:
            chain.append(t.head)
            continue

        if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.pos_ in ("VERB", "ADJ"):
            # "refrained from attacking": the verb the preposition hangs from.
            chain.append(t.head.head)
            continue
        break
    return chain


def is_negated(token: Token) -> bool:
    """True when the word, or a word it is the complement of, carries a negation.

    "will not bend", "would never agree to veto" (veto is negated through agree), "failed to agree",
    "will not invade or destroy".
    """
    shared = _shared_head(token)
    if shared is not None:
        return is_negated(shared)
    chain = verb_chain(token)
    for v in chain:
        for child in v.children:
            if child.dep_ == "neg" or (child.dep_ in ("advmod", "preconj") and child.lower_ in _NEGATORS):
                return True
            if (
                child.dep_ == "advmod"
                and child.lower_ == "longer"
                and any(g.lower_ == "no" for g in child.children)
            ):
                return True  # "no longer wanted"
            if child.dep_ in ("nsubj", "nsubjpass") and any(
                g.lower_ in ("neither", "no", "none") and g.dep_ in ("preconj", "det") for g in child.children
            ):
                return True  # "Neither Lima nor Quito has granted approval"
    return any(v.lemma_.lower() in _NEGATIVE_HEADS for v in chain[1:])


#: Each parsed Doc's sentence starts (tokens marked as starting one), read once per Doc.
_SENT_STARTS: weakref.WeakKeyDictionary[Doc, list[int]] = weakref.WeakKeyDictionary()


def _sentence_end(token: Token) -> int:
    """The index of the last token before the next sentence start (or of the doc's last token)."""
    doc = token.doc
    starts = _SENT_STARTS.get(doc)
    if starts is None:
        starts = _SENT_STARTS[doc] = [i for i, s in enumerate(doc.to_array("SENT_START").tolist()) if s == 1]
    after = bisect.bisect_right(starts, token.i)
    return (starts[after] if after < len(starts) else len(doc)) - 1


def _in_question(token: Token) -> bool:
    doc = token.doc
    end = _sentence_end(token)
    last = next(
        (t for t in map(doc.__getitem__, range(end, token.i - 1, -1)) if not t.is_space and not t.is_quote),
        None,
    )
    if last is None or last.text != "?":
        return False
    # Only the clause that carries the question, not a quoted statement inside it.
    root = token
    while root.head.i != root.i:
        root = root.head
    return token.i == root.i or root in verb_chain(token) or token.head.i == root.i


def _quoted_after(verb: Token, clause: Token) -> bool:
    """A clause after the verb that opens a quotation: someone else's words, not the verb's
    condition ("accused them, warning the deal would collapse “unless the ministers move …”")."""
    start = clause.left_edge.i
    return start > verb.i and any(t.is_quote for t in verb.doc[verb.i + 1 : start + 1])


#: Words before an event noun that make it planned ("the planned offensive", "an upcoming visit").
_PLANNED_WORDS = frozenset(
    {"planned", "proposed", "upcoming", "scheduled", "intended", "imminent", "forthcoming"}
)
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
    }
)
#: Nouns of a condition after "in": "in the event of strikes", "in case of an attack".
_CONDITION_NOUNS = frozenset({"event", "case"})


def _under_condition(token: Token) -> bool:
    """An act inside "in the event of …" / "in case of …" / "in the event that …": a condition.

    Walks up from the word through nouns, prepositions and clauses on a noun (not past a verb
    that carries the condition as its own adverbial: the consequence is caught elsewhere)."""
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


def modality_of(token: Token) -> Modality:
    """``questioned``, ``hypothetical``, ``threatened``, ``intended`` or ``asserted``.

    Hypothetical: a condition (if, unless), a modal of possibility or obligation, "likely to", an
    act someone denies ("denied that its jets struck").
    Intended: "plans/wants/is willing to", a future (will, is set to), "would" in reported speech.
    """
    if _in_question(token):
        return "questioned"
    shared = _shared_head(token)
    if shared is not None:
        return modality_of(shared)
    if _denied(token) or _believed(token) or _under_condition(token) or characterised(token):
        return "hypothetical"
    noun_mood = _noun_mood(token)
    if noun_mood is not None:
        return noun_mood
    chain = verb_chain(token)
    if _attempted(chain):
        return "hypothetical"
    intended = False
    for position, v in enumerate(chain):
        lemma = v.lemma_.lower()
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
        for child in v.children:
            word = child.lower_
            if child.dep_ == "mark" and word in _CONDITIONAL_MARKS:
                return "hypothetical"
            if (
                child.dep_ == "advcl"
                and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in child.children)
                and not _quoted_after(v, child)
            ):
                return "hypothetical"  # the consequence of a condition
            if child.dep_ in ("aux", "auxpass"):
                if word in _HYPOTHETICAL_MODALS:
                    return "hypothetical"
                if word in _FUTURE:
                    intended = True
                if word == "would":
                    if v.dep_ == "ccomp" and v.head.lemma_.lower() in _SPEECH:
                        intended = True
                    else:
                        return "hypothetical"
        if v.dep_ == "advcl" and any(c.lower_ in _CONDITIONAL_MARKS for c in v.children):
            return "hypothetical"
        if v.dep_ == "relcl" and v.head.lemma_.lower() in _SCENARIO_NOUNS:
            return "hypothetical"
    return "intended" if intended else "asserted"
