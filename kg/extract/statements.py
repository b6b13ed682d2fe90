"""Extract stage: statements about another actor ("the minister said Mr Ortega had learned …").

A neutral reporting verb is no event: the clause it reports is coded with its own actors. When that
clause holds no event but is about another actor (its subject, or the subject of a clause inside
it), the speaker has made a public statement about that actor: CAMEO 010, as analysts code the
comments leaders make on each other. The extractor keeps such a frame only when nothing in the
reported clause was coded.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from kg.extract.clauses import subjects_of
from kg.extract.frames import Frame
from kg.extract.modality import is_negated
from kg.extract.spans import conjuncts

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["STATEMENT_VERBS", "statement_frame", "statement_frames"]

#: Verbs that report what the speaker says or holds about someone.
STATEMENT_VERBS = frozenset(
    {
        "say",
        "tell",
        "add",
        "state",
        "declare",
        "note",
        "explain",
        "confirm",
        "stress",
        "reiterate",
        "insist",
        "claim",
        "argue",
        "write",
        "tweet",
        "comment",
        "remark",
        "suggest",
        "believe",
        "think",
        "acknowledge",
        "admit",
        "concede",
        "point",
        "assert",
        "emphasise",
        "emphasize",
        "understand",
        "feel",
        "maintain",
        "contend",
    }
)
#: Verbs whose object is the person told ("told Mr Ortega that …").
_ADDRESSED = frozenset({"tell", "assure", "inform", "remind"})
_EXPLETIVE = frozenset({"there", "it", "this", "that", "what", "which"})
_DEPTH = 3


def _reported(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX"):
            return child
    return None


def _about(clause: Token) -> list[Token]:
    """The actors a reported clause may be about, nearest first: its subjects, the noun after an
    expletive ("there has been a change of Ruritanian policy"), then the same inside a view it
    reports in turn ("said he believed the president was keen …")."""
    found: list[Token] = []
    c: Token | None = clause
    for _ in range(_DEPTH):
        if c is None:
            break
        for child in c.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in _EXPLETIVE:
                found.extend(conjuncts(child))
        if any(child.dep_ == "expl" or child.lower_ == "there" for child in c.children):
            found.extend(child for child in c.children if child.dep_ == "attr")
        # Deeper only through the speaker's own view ("he believed …"), not a hope or a fear.
        c = _reported(c) if c.lemma_.lower() in STATEMENT_VERBS else None
    return found


def _reports_another(clause: Token) -> bool:
    """A reported clause that is someone else's statement: "said Mr Ortega told …", or a parse
    turned inside out ("He understood that …, Mr Ortega told the paper"). "He believed …" after
    "said" is the speaker's own belief."""
    if clause.lemma_.lower() not in STATEMENT_VERBS:
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in clause.children)


def statement_frame(verb: Token) -> Frame | None:
    """The statement a reporting verb makes about the actor its clause is about, or None.

    Not for a negated verb ("did not say"), nor for a verb that itself reports inside another
    statement (the outer one speaks for both).
    """
    lemma = verb.lemma_.lower()
    if lemma not in STATEMENT_VERBS or verb.pos_ != "VERB":
        return None
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in STATEMENT_VERBS:
        return None
    clause = _reported(verb)
    if clause is None or is_negated(verb) or _reports_another(clause):
        return None
    sources, passive = subjects_of(verb)
    if passive or not sources:
        return None
    about = _about(clause)
    if lemma in _ADDRESSED:
        about = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + about
    if not about:
        return None
    return Frame(
        trigger=verb,
        kind="verb",
        lemma=lemma,
        particle=None,
        sources=tuple(sources),
        targets=tuple(about),
        target_via="ccomp",
        alt_targets=(),
        obj=None,
        preps=(),
        places=(),
        reciprocal=False,
        mood=verb,
        statement=clause,
    )


def statement_frames(sentence: Iterable[Token]) -> Iterator[Frame]:
    """The statement frames of the sentence's reporting verbs."""
    for token in sentence:
        frame = statement_frame(token)
        if frame is not None:
            yield frame
