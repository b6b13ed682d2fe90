"""Events with no target: which acts stand without a counterpart (protests, pledges, refusals, appeals)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.appeals import AID_WORDS
from kg.extract.attribution import SPEECH_VERBS, speaker_of
from kg.extract.coreference import ArticleMemory
from kg.extract.drafts import Draft
from kg.extract.frames import Frame

if TYPE_CHECKING:
    from spacy.tokens import Token


__all__ = ["TARGETLESS_ROOTS", "aid_appeal", "public_advice", "targetless_ok"]


#: Roots of acts that make sense without a target ("protested", "mobilised", "shot and wounded
#: fleeing families"); and codes ("declared a truce", "retreated").
TARGETLESS_ROOTS = frozenset({"14", "15", "18", "19", "20"})


_TARGETLESS_CODES = frozenset({"0871", "0873", "0874"})


_PLEDGES = frozenset({"promise", "pledge", "vow", "offer", "agree", "commit", "guarantee"})


def public_advice(d: Draft) -> bool:
    """Advice against something with no one advised ("has advised against all travel to the
    region"): a government's word to its own public, not an appeal to the place named."""
    if d.action.root != "02" or d.frame.kind != "verb":
        return False
    trigger = d.frame.trigger
    return any(t.dep_ == "prep" and t.lower_ == "against" for t in trigger.subtree) and not any(
        c.dep_ in ("dobj", "dative") for c in trigger.children
    )


def aid_appeal(d: Draft) -> bool:
    """An appeal for money or aid ("launched an appeal for $3.3bn"), addressed to no one in particular."""
    if d.action.root != "02" or d.negated or d.modality != "asserted":
        return False
    heads = [d.frame.trigger] + ([d.frame.noun_code] if d.frame.noun_code is not None else [])
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "for":
                for pobj in prep.children:
                    if (
                        pobj.dep_ == "pobj"
                        and (pobj.ent_type_ == "MONEY" or pobj.lemma_.lower() in AID_WORDS)
                        and not any(g.dep_ == "poss" for g in pobj.children)
                    ):
                        return True
    return False


def targetless_ok(d: Draft, memory: ArticleMemory) -> bool:
    """An event with no target: protests, force postures, military retreats and truces by a named
    actor; other acts only when the sentence's main statement reports them plainly (not in a quote,
    a relative clause, a condition or a negation). Acts with no one on the receiving end buried in
    long sentences proved mostly noise in unseen news."""
    if d.source.how in ("pronoun", "speaker", "description"):
        return False
    if d.action.root in ("14", "15") or d.action.cameo in _TARGETLESS_CODES:
        return True
    if aid_appeal(d):
        return _main_statement(d.frame.trigger)  # "launched an appeal for $3bn": to donors at large
    if d.action.root not in ("03", "12", "18", "19", "20") or d.negated:
        return False  # only pledges and refusals, stated plainly, stand without a counterpart
    if d.action.root == "03" and d.frame.lemma not in _PLEDGES:
        return False  # "tried to get out", "sought to organise": plans, not pledges
    if d.action.root == "12" and not _refused_something(d.frame):
        return False
    if d.modality not in ("asserted", "intended") or d.frame.kind != "verb":
        return False
    if speaker_of(d.frame.trigger, memory.quotes) is not None:
        return False
    return _main_statement(d.frame.trigger)


#: Verbs of denial, and what a denial about oneself denies ("denies any link", "denied the reports"):
#: with no one named, that is a statement, not the refusal of something ("denied access").
_DENYING = frozenset({"deny", "dispute", "refute", "rebut"})


_CLAIMS = frozenset(
    {"link", "affiliation", "tie", "involvement", "connection", "role", "responsibility", "claim"}
    | {"report", "allegation", "accusation", "charge", "rumour", "rumor", "suggestion", "knowledge"}
)


_NOTHING = frozenset({"anything", "nothing", "something", "everything", "it", "this", "that"})


def _refused_something(frame: Frame) -> bool:
    """A refusal with no counterpart stands only when it names what is refused ("refused to sign the
    treaty", "vetoed the plan"); not a denial about oneself or a refusal to act at all ("refused to
    get involved", "refused to be pinned down", "refused to do anything")."""
    if frame.trigger.dep_ in ("acl", "relcl") and frame.trigger.tag_ == "VBN":
        return False
    if frame.lemma in _DENYING:
        obj = frame.obj
        return obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() not in _CLAIMS
    if frame.control != "refusal" or frame.embedded is None:
        return frame.obj is not None or frame.noun_code is not None or frame.kind == "noun"
    obj = frame.embedded_obj
    return obj is not None and obj.lemma_.lower() not in _NOTHING and obj.pos_ != "PRON"


def _main_statement(verb: Token) -> bool:
    """The sentence's main verb, a verb coordinated with it, or what its main verb reports or aims at."""
    t = verb
    while t.dep_ in ("xcomp", "conj") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "ccomp" and t.head.dep_ == "ROOT" and t.head.lemma_.lower() in SPEECH_VERBS:
        return True
    return t.dep_ == "ROOT"
