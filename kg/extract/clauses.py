"""Extract stage: verb clauses → (subject, verb, object) candidates from the dependency parse."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.spans import conjuncts

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["TARGET_PREPS", "Clause", "verb_clauses"]

#: Prepositions whose object is the target of the action ("talks with Iran", "sanctions on Iran").
#: Place prepositions (in, at, into, near) are left out: "went to Syria" is handled by the caller.
TARGET_PREPS = frozenset({"with", "against", "on", "upon", "toward", "towards", "to", "over"})


@dataclass(frozen=True, slots=True)
class Clause:
    """One verb with the tokens that may be its source and target."""

    verb: Token
    particle: str | None
    subjects: tuple[Token, ...]
    objects: tuple[Token, ...]
    object_via: str
    passive: bool

    @property
    def sentence(self) -> Span:
        return self.verb.sent


def _subjects(verb: Token) -> tuple[list[Token], bool]:
    subjects: list[Token] = []
    passive = False
    for child in verb.children:
        if child.dep_ == "nsubj":
            subjects.extend(conjuncts(child))
        elif child.dep_ == "agent":
            passive = True
            subjects.extend(t for g in child.children if g.dep_ == "pobj" for t in conjuncts(g))
    head = verb
    while not subjects and head.dep_ in ("conj", "xcomp") and head.head.i != head.i:
        head = head.head
        for child in head.children:
            if child.dep_ == "nsubj":
                subjects.extend(conjuncts(child))
    if not subjects and verb.dep_ not in ("conj", "xcomp"):
        stranded = _stranded_subject(verb)
        if stranded is not None:
            subjects.append(stranded)
    return subjects, passive


_SKIP_BEFORE_VERB = frozenset({"aux", "auxpass", "neg", "advmod"})


def _stranded_subject(verb: Token) -> Token | None:
    """Repair a common parse error: the subject swallowed by a fronted phrase.

    In "Following the talks between A and B, Minister C has warned D", small parsers attach
    "Minister C" to "A" as a conjunct or apposition, and the verb loses its subject. The noun
    phrase that starts after the comma and ends right before the verb is the subject.
    """
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].dep_ in _SKIP_BEFORE_VERB and doc[i].head.i == verb.i:
        i -= 1
    if i < 1:
        return None
    for child in verb.children:
        if child.dep_ not in ("prep", "advcl") or child.i > verb.i:
            continue
        for tok in child.subtree:
            if (
                tok.dep_ in ("appos", "conj")
                and tok.pos_ in ("PROPN", "NOUN")
                and tok.right_edge.i == i
                and doc[tok.left_edge.i - 1].text == ","
            ):
                return tok
    return None


def _objects(verb: Token) -> tuple[list[Token], str]:
    direct = [t for c in verb.children if c.dep_ in ("dobj", "dative") for t in conjuncts(c)]
    if direct:
        return direct, "dobj"
    passive_subjects = [t for c in verb.children if c.dep_ == "nsubjpass" for t in conjuncts(c)]
    if passive_subjects:
        return passive_subjects, "nsubjpass"
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
            pobjs = [t for g in child.children if g.dep_ == "pobj" for t in conjuncts(g)]
            if pobjs:
                return pobjs, f"prep:{child.lower_}"
    for child in verb.children:
        if child.dep_ == "xcomp" and not any(g.dep_ == "nsubj" for g in child.children):
            inner, via = _objects(child)
            if inner:
                return inner, f"xcomp:{via}"
    return [], ""


def verb_clauses(sentence: Span) -> Iterator[Clause]:
    """Every verb of the sentence with its subjects and objects (which may be empty)."""
    for token in sentence:
        if token.pos_ != "VERB":
            continue
        subjects, passive = _subjects(token)
        objects, via = _objects(token)
        particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
        yield Clause(
            verb=token,
            particle=particle,
            subjects=tuple(subjects),
            objects=tuple(objects),
            object_via=via,
            passive=passive or via == "nsubjpass",
        )
