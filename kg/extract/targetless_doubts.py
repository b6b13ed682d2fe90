"""Events with no target that are held back: kinds whose counterpart the text left elsewhere.

A pledge, a refusal, a boycott or a deployment reported with no one on the other side was mostly
wrong in judged samples of ``kg extract`` over ../shared/corpus: the promise was recalled from an
earlier deal ("had promised to ..."), was a campaign pledge to voters or a policy pledge in a
speech, or was an assurance rather than a pledge ("promised the money would not ..."); the rejected
thing was named before ("rejected the demands", "dismissed its call"), so its author is the
counterpart kg missed. Such events cost enough confidence to fall below ``MIN_CONFIDENCE``
(``--min-confidence 0`` still shows them); plain pledges and rejections of something new ("agreed
to hold exercises", "rejected an appeal") stand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.drafts import Draft

if TYPE_CHECKING:
    from spacy.tokens import Token


__all__ = ["TARGETLESS_DOUBT", "targetless_doubt"]


#: The confidence a held-back event with no target loses: as much as a condition or a guess.
TARGETLESS_DOUBT = 0.5


#: Words that point back to something already told ("the plan", "these issues", "them").
_BACK_DETERMINERS = frozenset({"the", "this", "these", "that", "those"})
_BACK_PRONOUNS = frozenset({"them", "him", "her", "it", "this", "that", "these", "those"})
_POSSESSIVES = frozenset({"its", "his", "her", "their"})


#: Sectors whose promises are no state's pledge: a party's is a campaign's, and civilians or refugees
#: "agreeing" agree among themselves.
_NO_PLEDGE = frozenset({"PTY", "CVL", "REF"})


#: Sectors of actors that retreat under fire; a state or a government that "pulled out" with no
#: forces named left a deal or a process, not a battlefield.
_ARMED = frozenset({"MIL", "REB", "INS", "UAF", "SPY", "COP"})


def targetless_doubt(d: Draft) -> float:
    """The confidence an event with no target loses for being of a kind that is mostly wrong.

    Returns:
        :data:`TARGETLESS_DOUBT` for a held-back kind, else 0.
    """
    if d.target is not None:
        return 0.0
    root = d.action.root
    held = False
    if root == "03":
        held = _doubtful_pledge(d)
    elif root == "12":
        held = _doubtful_refusal(d)
    elif root == "14":
        held = any(t.lemma_.lower() == "impose" for t in (d.frame.trigger, d.frame.trigger.head))
    elif root == "15":
        # "the deployment, targeting …", "X's expanding presence"; "struggling to muster", "a deal to
        # allow Ankara to send troops": a posture tried or planned, not taken
        held = d.frame.kind == "noun" or any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in d.frame.trigger.children
        )
    elif d.action.cameo == "0874":
        held = d.frame.kind == "verb" and d.frame.obj is None and not _armed(d)
    if root in ("18", "19", "20") and d.frame.kind == "verb":
        held = any(c.dep_ == "auxpass" for c in d.frame.trigger.children)  # who suffered it is unnamed
    return TARGETLESS_DOUBT if held else 0.0


def _armed(d: Draft) -> bool:
    actor = d.source.actor
    return actor.sector in _ARMED or actor.kind == "group"


def _doubtful_pledge(d: Draft) -> bool:
    """A pledge recalled ("had promised"), a campaign's, an assurance or a shared view ("promised the
    money would not ...", "agreed the regime had ..."), an offer not made ("is yet to offer"), one
    made in a speech or only to try, a bare "agreed" (to what someone said before), or one about
    something told before ("to release them")."""
    frame = d.frame
    trigger = frame.trigger
    if d.source.actor.sector in _NO_PLEDGE:
        return True
    if trigger.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in trigger.children):
        return True
    clause = next((c for c in trigger.children if c.dep_ == "ccomp"), None)
    deps = {c.dep_ for c in trigger.children}
    # "promised the budget would not shrink" (often parsed with "the budget" as the object)
    if (clause is not None and "xcomp" not in deps) and (
        "dobj" not in deps or not any(c.dep_.startswith("nsubj") for c in clause.children)
    ):
        return True
    if _not_yet(trigger) or _in_speech(trigger):
        return True
    if frame.embedded is not None and frame.embedded.lemma_.lower() in _EFFORT:
        return True  # "promised to try to …": an effort, with whom it is made left untold
    if frame.kind == "verb" and not any(c.dep_ in _COMPLEMENTS for c in trigger.children):
        return True
    objects = _pledged_objects(d)
    if any(t.lemma_.lower() in _ANSWERS for t in objects):
        return True  # "promised a strong response": a warning, not an offer
    return any(_points_back(t, possessive=False) for t in objects)


#: Verbs of trying: a promise to try is no pledge to anyone.
_EFFORT = frozenset({"try", "attempt", "endeavour", "endeavor", "strive"})


#: Addresses to the public at large: a pledge made in one has no counterpart.
_SPEECHES = frozenset(
    {"speech", "address", "interview", "statement", "article", "column", "broadcast", "rally", "tweet"}
)


def _in_speech(verb: Token) -> bool:
    """ "In his speech, X pledged …", "pledged at a rally …": a promise to the public, not to a party."""
    return any(
        p.dep_ == "prep" and p.lower_ in ("in", "at", "during") and g.lemma_.lower() in _SPEECHES
        for p in verb.children
        for g in p.children
        if g.dep_ == "pobj"
    )


#: What a promise of which is a warning: a response to someone's act.
_ANSWERS = frozenset({"response", "retaliation", "reprisal", "consequence", "decision", "answer"})


def _pledged_objects(d: Draft) -> list[Token]:
    """The objects of the pledge and of the verbs of its complement ("to drill and discipline them",
    "to press for ending the embargo")."""
    frame = d.frame
    found = [t for t in (frame.obj, frame.embedded_obj) if t is not None]
    if frame.embedded is None:
        return found
    verbs = [frame.embedded]
    while verbs:
        verb = verbs.pop()
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") and c not in found:
                found.append(c)
            elif c.dep_ in ("conj", "pcomp", "xcomp") and c.pos_ == "VERB":
                verbs.append(c)
            elif c.dep_ == "prep":
                verbs.extend(p for p in c.children if p.dep_ == "pcomp" and p.pos_ == "VERB")
    return found


_COMPLEMENTS = frozenset({"dobj", "xcomp", "ccomp", "prep", "dative", "attr", "advcl"})


def _not_yet(verb: Token) -> bool:
    """ "is yet to offer", "has yet to agree": the act has not happened."""
    head = verb.head if verb.dep_ == "xcomp" else verb
    return any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children) and head.i < verb.i


def _doubtful_refusal(d: Draft) -> bool:
    """A refusal to act ("refused to discuss …": whoever asked is told elsewhere) or a rejection of
    something told before ("opposed the plan", "dismissed its call", "will boycott the event")."""
    frame = d.frame
    if frame.control == "refusal" and frame.embedded is not None:
        return True
    rejected = frame.obj
    if rejected is None:
        rejected = next((c for c in frame.trigger.children if c.dep_ == "nsubjpass"), None)
    return rejected is not None and _points_back(rejected, possessive=True)


def _points_back(token: Token, *, possessive: bool) -> bool:
    """Whether a noun phrase refers to something already told: a definite or demonstrative
    determiner on a noun the phrase itself does not describe ("the plan", not "the rule of law"), a
    personal pronoun, or (when ``possessive``) a possessive pronoun ("its call").

    Names are no back-reference ("the UN"): they name the actor themselves.
    """
    if token.pos_ == "PRON":
        return token.lower_ in _BACK_PRONOUNS
    if token.pos_ == "PROPN" or token.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"):
        return False
    described = any(c.dep_ in ("prep", "acl", "relcl") for c in token.children)  # "the rule of law"
    for c in token.children:
        if c.dep_ == "det" and c.lower_ in _BACK_DETERMINERS and not described:
            return True
        if possessive and c.dep_ == "poss" and c.lower_ in _POSSESSIVES | {"my", "our", "your"}:
            return True
    return False
