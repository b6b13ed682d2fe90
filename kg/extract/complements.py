"""Extract stage: a verb's complement clauses: what it asks, claims or aims at, and whether the verb
is itself only the complement (or aim) of another.

Token indices over the Doc's :class:`~kg.extract.table.TokenTable`; :func:`sent_to_strike` is the
same over spaCy tokens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.attribution import NEUTRAL_SPEECH
from kg.extract.clause_words import AIMING_VERBS, CONTROL_VERBS, INTENT_LIKE, OBJECT_CONTROL, RAISING_VERBS
from kg.extract.places import FORCE_OBJECTS
from kg.extract.spans import conjunct_indices
from kg.extract.table import TokenTable, token_table

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "ALLEGING",
    "aim",
    "alleged",
    "alleged_clause",
    "claimed",
    "complement",
    "infinitive_clause",
    "obligation_clause",
    "obliged",
    "purpose",
    "sent_to_strike",
    "strikes_when_sent",
    "stray_gerund",
    "that_clause",
    "under_claim",
]

#: Verbs that, with a clause saying what someone is doing, accuse them ("warned X were trying to").
ALLEGING = frozenset({"warn", "allege", "claim", "charge", "complain"})
_ASSERTED_AUX = frozenset({"is", "are", "was", "were", "has", "have", "had", "been", "be", "'s", "'re"})
_OBLIGATION = frozenset({"must", "should"})
_NO_SUBJECT = frozenset({"it", "there", "this", "that", "we", "i", "you"})
#: Verbs that put forces to use ("sent in aircraft to attack").
_DEPLOYING = frozenset({"send", "dispatch", "deploy", "use", "mobilise", "mobilize", "scramble"})
#: Acts of force concrete enough that forces sent to do them are doing them (not aims such as
#: "defeat" or "fight", which may never happen).
_STRIKING = frozenset(
    {"attack", "strike", "bomb", "shell", "hit", "target", "raid", "pound", "bombard", "storm", "assault"}
)


def _aux(t: TokenTable, clause: int) -> list[int]:
    dep = t.dep
    return [c for c in t.children[clause] if dep[c] in ("aux", "auxpass")]


def alleged_clause(t: TokenTable, v: int) -> int | None:
    """The clause a claim or warning reports as going on or done (see :func:`alleged`)."""
    dep, pos = t.dep, t.pos
    for clause in t.children[v]:
        if dep[clause] != "ccomp" or pos[clause] not in ("VERB", "AUX"):
            continue
        aux = _aux(t, clause)
        if aux and all(t.lower[a] in _ASSERTED_AUX and dep[a] == "aux" for a in aux):
            return clause
    return None


def alleged(t: TokenTable, v: int, objects: list[int]) -> list[int]:
    """Who a warning or claim says is doing something: "warned the governments were trying to …".

    The clause must report an act as going on or done (not "would face consequences", a threat).
    Small parsers make the accused the verb's object and leave the clause without a subject.
    """
    dep, pos, lower = t.dep, t.pos, t.lower
    for clause in t.children[v]:
        if dep[clause] != "ccomp" or pos[clause] not in ("VERB", "AUX"):
            continue
        aux = _aux(t, clause)
        if (
            not aux
            or any(lower[a] not in _ASSERTED_AUX for a in aux)
            or any(dep[a] == "auxpass" for a in aux)
        ):
            continue  # only an act someone did: "claimed he had been killed" accuses no one
        subjects = t.kids(clause, "nsubj")
        if subjects and lower[subjects[0]] not in ("it", "there", "this", "that"):
            return conjunct_indices(t, subjects[0])
        if not subjects and objects:
            return objects
    return []


def _clause_subject(t: TokenTable, clause: int) -> int | None:
    dep = t.dep
    subject = next((c for c in t.children[clause] if dep[c] in ("nsubj", "nsubjpass")), None)
    if subject is None or t.lower[subject] in _NO_SUBJECT:
        return None
    return subject


def that_clause(t: TokenTable, v: int) -> int | None:
    """The clause of a demand with its own subject, in the form of a demand: a bare verb or one
    with should/must ("demanded that Israel ease restrictions"), not a report ("told X that Y had")."""
    dep, pos = t.dep, t.pos
    for c in t.children[v]:
        if dep[c] != "ccomp" or pos[c] not in ("VERB", "AUX") or _clause_subject(t, c) is None:
            continue
        aux = {t.lower[a] for a in _aux(t, c)}
        if (_bare(t, c) and not aux - {"should", "must", "to", "be"}) or aux & _OBLIGATION:
            return c
    return None


def _bare(t: TokenTable, clause: int) -> bool:
    """A bare verb, active or passive: "that Iraq withdraw", "that Iran be excluded"."""
    if t.tag[clause] == "VB":
        return True
    return t.tag[clause] == "VBN" and any(
        t.dep[c] == "auxpass" and t.tag[c] == "VB" for c in t.children[clause]
    )


#: Speech verbs whose bare clause is what the speaker wants done ("insisted that Iraq withdraw"),
#: not what they say is so.
_MANDATIVE = frozenset({"insist"})


def obliged(t: TokenTable, clause: int) -> bool:
    """A clause of obligation without must/should: "ought to leave", "has to leave" (present only)."""
    if t.lower[clause] == "ought":
        return True
    dep, kids = t.dep, t.children[clause]
    if t.lemma[clause] != "have" or any(dep[c] == "dobj" for c in kids):
        return False
    if t.tag[clause] not in ("VBZ", "VBP") or any(dep[c] == "aux" for c in kids):
        return False  # "said they had to flee", "would have to": what was or might be, not a demand
    return any(dep[c] == "xcomp" and t.has_to(c) for c in kids)


def _mandate(t: TokenTable, clause: int) -> bool:
    """A bare clause with no auxiliary: "insisted that Iraq withdraw" (not "insists Iraq is ready")."""
    return t.tag[clause] == "VB" and not any(t.dep[c] in ("aux", "auxpass") for c in t.children[clause])


def obligation_clause(t: TokenTable, v: int) -> int | None:
    """A reported clause saying someone must do something ("said Sudan must return the helicopter")."""
    dep, lower = t.dep, t.lower
    for c in t.children[v]:
        if dep[c] != "ccomp" or _clause_subject(t, c) is None:
            continue
        if any(dep[a] == "aux" and lower[a] in _OBLIGATION for a in t.children[c]) or obliged(t, c):
            return c
        if t.lemma[v] in _MANDATIVE and _mandate(t, c):
            return c
    return None


def claimed(t: TokenTable, v: int) -> bool:
    """Whether the verb is the clause a demand or an obligation claims (coded with that demand)."""
    if t.dep[v] != "ccomp" or _clause_subject(t, v) is None:
        return False
    h = t.head[v]
    head = t.lemma[h]
    if head in ALLEGING:
        return alleged_clause(t, h) == v  # an alleged act, coded as the allegation
    if CONTROL_VERBS.get(head) in ("demand", "appeal"):
        return that_clause(t, h) == v and head not in OBJECT_CONTROL
    return head in NEUTRAL_SPEECH and obligation_clause(t, h) == v


def under_claim(t: TokenTable, v: int) -> bool:
    """A verb inside a clause a claim or demand reports ("claimed the government is attempting to
    push them back": push)."""
    i = v
    while t.dep[i] in ("xcomp", "conj") and t.head[i] != i:
        i = t.head[i]
        if claimed(t, i):
            return True
    return False


def sent_to_strike(verb: Token) -> bool:
    """ "Ruritania has flown in bombers to hit the port": forces sent to strike are striking; the
    attack is reported, with the mood of the sending."""
    return strikes_when_sent(token_table(verb.doc), verb.i)


def strikes_when_sent(t: TokenTable, v: int) -> bool:
    """:func:`sent_to_strike` of verb ``v``."""
    if t.dep[v] != "advcl" or t.lemma[v] not in _STRIKING:
        return False
    h = t.head[v]
    return t.lemma[h] in _DEPLOYING and any(t.lemma[c] in FORCE_OBJECTS for c in _sent(t, h))


def _sent(t: TokenTable, v: int) -> list[int]:
    """What a verb sends: its object, also when the parser reads "sent in jets" as a preposition."""
    dep, children = t.dep, t.children
    found = [c for c in children[v] if dep[c] == "dobj"]
    for c in children[v]:
        if dep[c] in ("prep", "prt") and t.lower[c] in ("in", "out") and c == v + 1:
            found.extend(g for g in children[c] if dep[g] == "pobj")
    return found


def purpose(t: TokenTable, v: int) -> bool:
    """A "to" infinitive that states an aim rather than a reported act: not the complement of a
    verb of intent, threat, demand or the like ("agreed to cut", "is willing to talk")."""
    if not t.has_to(v):
        return False
    if strikes_when_sent(t, v):
        return False
    h = t.head[v]
    dep = t.dep[v]
    if dep == "conj" and h != v and t.has_to(h):
        return purpose(t, h)  # "came to stay and to challenge the US": the second aim as the first
    head = t.lemma[h]
    if dep in ("xcomp", "ccomp") and (
        head in CONTROL_VERBS or head in INTENT_LIKE or t.pos[h] == "ADJ" or head in RAISING_VERBS
    ):
        return False
    return dep in ("advcl", "xcomp", "acl", "relcl")


def stray_gerund(t: TokenTable, v: int) -> bool:
    """A gerund the parser coordinated with a finite verb although it continues that verb's
    "of …-ing" complement ("accused Moscow of violating the deal, and breaching the treaty")."""
    h = t.head[v]
    if t.dep[v] != "conj" or t.tag[v] != "VBG" or t.tag[h] == "VBG":
        return False
    dep, tag = t.dep, t.tag
    for prep in t.children[h]:
        if (
            dep[prep] == "prep"
            and prep < v
            and any(dep[c] == "pcomp" and tag[c] == "VBG" for c in t.children[prep])
        ):
            return True
    return False


def infinitive_clause(t: TokenTable, v: int) -> int | None:
    """A "someone to do" clause parsed with its own subject ("wants Putin to attack")."""
    dep = t.dep
    for c in t.children[v]:
        if (
            dep[c] == "ccomp"
            and t.pos[c] == "VERB"
            and c > v
            and t.has_to(c)
            and t.kid(c, "nsubj") is not None
        ):
            return c
    return None


def complement(t: TokenTable, v: int) -> int | None:
    """The verb of a "to …" complement of ``v`` (through "is willing to" as well)."""
    dep, pos = t.dep, t.pos
    for c in t.children[v]:
        if dep[c] == "xcomp" and pos[c] in ("VERB", "AUX"):
            return c
    return None


def aim(t: TokenTable, v: int) -> bool:
    """A participle stating the aim of the act it hangs on ("…, aiming to force …")."""
    return t.dep[v] == "advcl" and t.tag[v] == "VBG" and t.lemma[v] in AIMING_VERBS
