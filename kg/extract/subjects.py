"""Extract stage: who does what a verb says, written on the clause or inherited from another.

The rules work on token indices over the Doc's :class:`~kg.extract.table.TokenTable`;
:func:`subjects_of` is the same over spaCy tokens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.clause_words import SUBJECT_CONTROL
from kg.extract.places import MOTION_VERBS
from kg.extract.spans import conjunct_indices
from kg.extract.table import TokenTable, token_table

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["own_subjects", "subject_indices", "subjects_of"]

_WH = frozenset({"which", "who", "that", "whom", "whose"})
_LOCATING = frozenset({"in", "at", "near", "around", "outside", "inside"})
_SKIP_BEFORE_VERB = frozenset({"aux", "auxpass", "neg", "advmod"})


def own_subjects(t: TokenTable, v: int) -> tuple[list[int], bool]:
    """Subjects written on verb ``v`` itself: nsubj (+conjuncts) or a passive's agent."""
    subjects: list[int] = []
    passive = False
    dep, children = t.dep, t.children
    for c in children[v]:
        d = dep[c]
        if d == "nsubj":
            subjects.extend(conjunct_indices(t, c))
        elif d == "agent":
            passive = True
            for g in children[c]:
                if dep[g] == "pobj":
                    subjects.extend(conjunct_indices(t, g))
        elif d in ("nsubjpass", "auxpass"):
            passive = True
    return subjects, passive


def _antecedent(t: TokenTable, i: int) -> int:
    """The noun a relative pronoun stands for ("forces who attacked" → forces)."""
    if t.lower[i] in _WH:
        dep, head = t.dep, t.head
        h = head[i]
        while dep[h] not in ("relcl", "acl") and head[h] != h:
            h = head[h]
        if dep[h] in ("relcl", "acl"):
            return _past_place(t, head[h])
    return i


def _past_place(t: TokenTable, noun: int) -> int:
    """The noun a place phrase locates, when a relative clause hangs on the place: in "the attack in
    Homs, which killed 20", the attack killed, not Homs; in "troops in Homs, who …" the troops."""
    prep = t.head[noun]
    if (
        t.dep[noun] == "pobj"
        and t.ent[noun] in ("GPE", "LOC", "FAC")
        and t.lower[prep] in _LOCATING
        and t.pos[t.head[prep]] in ("NOUN", "PROPN")
    ):
        return t.head[prep]
    return noun


def _stranded_subject(doc: Doc, t: TokenTable, v: int) -> int | None:
    """Repair a common parse error: the subject swallowed by a fronted phrase.

    In "Following the talks between A and B, Minister C has warned D", small parsers attach
    "Minister C" to "B" as a conjunct or apposition, and the verb loses its subject. The noun
    phrase that starts after the comma and ends right before the verb is the subject.
    """
    dep, head = t.dep, t.head
    i = v - 1
    while i >= 0 and dep[i] in _SKIP_BEFORE_VERB and head[i] == v:
        i -= 1
    if i < 1:
        return None
    for c in t.children[v]:
        if dep[c] not in ("prep", "advcl") or c > v:
            continue
        dated = _dated_name(t, c, i)
        if dated is not None:
            return dated
        for j in t.subtree(c):
            if dep[j] in ("appos", "conj") and t.pos[j] in ("PROPN", "NOUN"):
                tok = doc[j]
                if tok.right_edge.i == i and doc[tok.left_edge.i - 1].text == ",":
                    return j
    return None


def _dated_name(t: TokenTable, prep: int, last: int) -> int | None:
    """ "In September Turkey persuaded …": small parsers read "September Turkey" as one name, the
    object of "In". A name right before the verb whose modifier is a date is the verb's subject."""
    dep, ent = t.dep, t.ent
    if dep[prep] != "prep":
        return None
    for p in t.children[prep]:
        if (
            dep[p] == "pobj"
            and p == last
            and t.pos[p] == "PROPN"
            and ent[p] not in ("DATE", "TIME", "")
            and any(dep[c] == "compound" and ent[c] in ("DATE", "TIME") for c in t.children[p])
        ):
            return p
    return None


def subjects_of(verb: Token) -> tuple[list[Token], bool]:
    """The subjects of a verb, inherited where the clause has none of its own.

    A coordinated verb shares its head's subject; a complement ("to …") takes its controller's
    (the head's object if it has one: "urged Lebanon to think" → Lebanon); a relative clause takes
    the noun it modifies; a participle clause ("…, killing …") its head's subject.
    """
    doc = verb.doc
    found, passive = subject_indices(doc, token_table(doc), verb.i)
    return [doc[i] for i in found], passive


def subject_indices(doc: Doc, t: TokenTable, v: int) -> tuple[list[int], bool]:
    """:func:`subjects_of` verb ``v``, as indices."""
    subjects, passive = own_subjects(t, v)
    if subjects:
        return [_antecedent(t, s) for s in subjects], passive
    if passive:
        return [], True
    dep, heads, children = t.dep, t.head, t.children
    h = v
    seen = {v}
    while heads[h] != h and heads[h] not in seen:
        d = dep[h]
        parent = heads[h]
        seen.add(parent)
        if d == "conj":
            swallowed = _swallowed_subject(t, v, parent) if h == v else None
            if swallowed is not None:
                return [swallowed], passive
            if h == v and _resumed(t, v, parent):
                return [], passive
            own, _ = own_subjects(t, parent)
            if own:
                return [_antecedent(t, s) for s in own], passive
            h = parent
            continue
        purpose = d == "advcl" and t.has_to(h)
        if d in ("xcomp", "acomp") or (d == "advcl" and t.tag[h] == "VBG") or purpose:
            if purpose:
                recipient = _recipient(t, parent)
                if recipient is not None:
                    return conjunct_indices(t, recipient), passive
            if d == "xcomp" and not purpose:
                objects = [c for c in children[parent] if dep[c] in ("dobj", "dative")]
                if objects and t.lemma[parent] not in SUBJECT_CONTROL:
                    return conjunct_indices(t, objects[0]), passive
            own, _ = own_subjects(t, parent)
            if own:
                return [_antecedent(t, s) for s in own], passive
            h = parent
            continue
        if d in ("relcl", "acl") and t.pos[parent] in ("NOUN", "PROPN"):
            if d == "acl" and t.tag[h] == "VBN":
                return [], True
            return conjunct_indices(t, _past_place(t, parent)), passive
        break
    if dep[v] not in ("conj", "xcomp", "relcl", "acl"):
        stranded = _stranded_subject(doc, t, v)
        if stranded is not None:
            return [stranded], passive
    return [], passive


def _resumed(t: TokenTable, v: int, parent: int) -> bool:
    """Whether verb ``v``, coordinated with a relative clause, has an object pronoun: in "fighters
    that we captured and put them on trial" the pronoun shows "put" is no part of the clause on
    "fighters" (that would leave a gap), so its subject is not the clause's."""
    if t.dep[parent] != "relcl":
        return False
    return any(t.dep[c] == "dobj" and t.pos[c] == "PRON" for c in t.children[v])


def _phrase_before(t: TokenTable, v: int) -> int | None:
    """The head of the noun phrase that ends right before verb ``v`` (past commas and adverbs), or
    None when a noun does not end there."""
    dep, head, pos = t.dep, t.head, t.pos
    i = v - 1
    while i >= 0 and (pos[i] == "PUNCT" or (dep[i] in _SKIP_BEFORE_VERB and head[i] == v)):
        i -= 1
    if i < 0 or pos[i] not in ("PROPN", "NOUN"):
        return None
    while dep[i] in ("appos", "compound") and head[i] < i:
        i = head[i]  # "the minister, Anna Lemaire," → minister
    return i


def _swallowed_subject(t: TokenTable, v: int, parent: int) -> int | None:
    """A person named right before a coordinated verb, whom the parser coordinated with a noun of
    the clause before: in "A and B have troops there and A's minister, C, rejected …" the minister
    rejected, not A and B."""
    j = _phrase_before(t, v)
    if j is None or j < parent or t.dep[j] != "conj" or t.pos[t.head[j]] not in ("NOUN", "PROPN"):
        return None
    if t.pos[v - 1] != "PUNCT":
        return None  # "… and Homs and hit": a plain list
    ent, dep = t.ent, t.dep
    if ent[j] == "PERSON" or any(dep[c] == "appos" and ent[c] == "PERSON" for c in t.children[j]):
        return j
    return None


def _recipient(t: TokenTable, v: int) -> int | None:
    """The named recipient of a verb ("gave permission to Russia to help": Russia does the helping);
    never the destination of a movement ("travelled to Syria to join")."""
    if t.lemma[v] in MOTION_VERBS:
        return None
    dep, pos, ent = t.dep, t.pos, t.ent
    for c in t.children[v]:
        if dep[c] == "dative" and (pos[c] == "PROPN" or ent[c]):
            return c
        if dep[c] == "prep" and t.lower[c] == "to":
            for g in t.children[c]:
                if dep[g] == "pobj" and (pos[g] == "PROPN" or ent[g] in ("GPE", "ORG", "NORP", "PERSON")):
                    return g
    return None
