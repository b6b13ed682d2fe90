"""Extract stage: a verb's objects and prepositional phrases: its targets, places and coding nouns.

Token indices over the Doc's :class:`~kg.extract.table.TokenTable`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.clause_words import QUANTITY_NOUNS
from kg.extract.places import prep_role
from kg.extract.spans import conjunct_indices
from kg.extract.table import TokenTable

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "FIGHTING",
    "POSTING",
    "aimed_at",
    "hosts",
    "look_through",
    "objects",
    "particle",
    "possessed",
    "prep_arguments",
    "preps",
    "relcl_objects",
]

#: Intransitive fighting whose aim names the enemy ("fought alongside the SDF to oust Isis").
FIGHTING = frozenset({"fight", "battle"})
_AGAINST = frozenset(
    {"oust", "defeat", "drive", "expel", "retake", "recapture", "liberate", "destroy", "attack"}
)
#: Verbs of a stance on an act: the act's "to" phrase names whom it concerns, not the stance's target.
_STANCES = frozenset(
    {"oppose", "object", "condemn", "criticise", "criticize", "denounce", "reject", "protest"}
)
#: Help one's side gets: "with the backing of X" names X as a helper, never the target.
_HELP = frozenset({"backing", "support", "help", "aid", "assistance", "blessing", "cover", "protection"})
#: Diplomatic posts, and verbs that open or close them: the country that hosts one is the target.
_POSTS = frozenset({"embassy", "mission", "consulate", "legation"})
POSTING = frozenset({"open", "reopen", "close", "shut", "establish", "upgrade", "downgrade"})


def look_through(t: TokenTable, noun: int) -> int:
    """ "a series of demands" → demands."""
    if t.lemma[noun] in QUANTITY_NOUNS:
        dep, children = t.dep, t.children
        for c in children[noun]:
            if dep[c] == "prep" and t.lower[c] == "of":
                for g in children[c]:
                    if dep[g] == "pobj":
                        return g
    return noun


def possessed(t: TokenTable, noun: int) -> int:
    """The head of a noun phrase the parser split at a possessive: in "the Syrian president Bashar
    al-Assad's main backers" it hangs "backers" on "president" as an apposition without a comma;
    the phrase is about the backers, the president only owns them."""
    for c in t.children[noun]:
        if t.dep[c] == "appos" and c > noun and t.pos[noun + 1] != "PUNCT":
            owner = t.kid(c, "poss")
            if owner is not None and noun < owner < c:
                return c
    return noun


def preps(t: TokenTable, i: int) -> list[tuple[str, int | None]]:
    """The prepositions hanging on token ``i`` with their objects (None when they have none)."""
    out: list[tuple[str, int | None]] = []
    dep, children = t.dep, t.children
    for c in children[i]:
        if dep[c] == "prep":
            pobj = next((g for g in children[c] if dep[g] in ("pobj", "pcomp")), None)
            out.append((t.lower[c], pobj))
    return out


def prep_arguments(
    t: TokenTable, lemma: str, i: int, obj: str | None, *, on_noun: bool = False
) -> tuple[list[tuple[str, int]], list[int]]:
    """(prep, object) pairs of token ``i``'s prepositional phrases that are targets, and the places.

    With ``on_noun`` the phrases hang from the verb's object noun: "aid to Myanmar" names the
    recipient unless the verb moves forces ("sent troops to Latvia").
    """
    targets: list[tuple[str, int]] = []
    places: list[int] = []
    phrases = preps(t, i)
    against = any(prep == "against" for prep, _ in phrases)
    for prep, pobj in phrases:
        if pobj is None or t.dep[pobj] != "pobj":
            continue
        if prep == "between" and t.conjuncts(pobj):
            continue
        if prep == "with" and ((t.lemma[pobj] in _HELP and not on_noun) or against):
            continue  # "took the port with the backing of militias", "fought with Chad against X": helpers
        if prep == "with" and not against:
            enemy = [q for p, q in preps(t, pobj) if p == "against" and q is not None and t.dep[q] == "pobj"]
            if enemy:
                # "fought with Chadian soldiers against Boko Haram", "against" hung on the ally
                targets.extend(("against", j) for q in enemy for j in conjunct_indices(t, q))
                continue
        role = prep_role(lemma, prep, obj=obj)
        if on_noun and prep == "to" and role == "other" and lemma not in _STANCES:
            role = "target"  # not "opposed an invitation to the Kurds": a stance is at who invites
        if role == "target":
            targets.extend((prep, j) for j in conjunct_indices(t, possessed(t, pobj)))
        elif role == "place":
            places.extend(conjunct_indices(t, pobj))
    return targets, places


def aimed_at(t: TokenTable, v: int) -> list[int]:
    """The enemy a fight is aimed at: the object of its "to oust/defeat/retake …" clause."""
    dep = t.dep
    for c in t.children[v]:
        if dep[c] not in ("advcl", "xcomp") or t.lemma[c] not in _AGAINST:
            continue
        if t.has_to(c):
            for obj in t.children[c]:
                if dep[obj] == "dobj":
                    return conjunct_indices(t, obj)
    return []


def objects(t: TokenTable, v: int) -> tuple[list[int], str, int | None]:
    """Direct targets, how they attach, and the object head that codes with the verb."""
    dep, children = t.dep, t.children
    dobj = dative = None
    for c in children[v]:
        if dobj is None and dep[c] == "dobj":
            dobj = c
        elif dative is None and dep[c] == "dative":
            dative = c
    if dative is not None and t.pos[dative] == "ADP":
        # "sent aid to Haiti": the parser marks the preposition itself as the dative.
        dative = next((g for g in children[dative] if dep[g] == "pobj"), None)
    if dative is not None:
        # "gave Iran weapons": Iran is the target, weapons code the action.
        return conjunct_indices(t, dative), "dative", look_through(t, dobj) if dobj is not None else None
    if dobj is not None:
        owned = possessed(t, dobj)
        return conjunct_indices(t, owned), "dobj", look_through(t, owned)
    passive = t.kid(v, "nsubjpass")
    if passive is not None:
        return conjunct_indices(t, passive), "nsubjpass", look_through(t, passive)
    return [], "", None


def hosts(doc: Doc, t: TokenTable, v: int, obj: int) -> list[int]:
    """The places named as hosts of the diplomatic posts ``obj`` names ("missions in Baghdad, Kabul
    in Afghanistan and Pyongyang"): every place name in the phrases of the post or the verb."""
    if t.lemma[obj] not in _POSTS:
        return []
    found: list[int] = []
    for prep in [*t.children[obj], *t.children[v]]:
        if t.dep[prep] != "prep" or t.lower[prep] not in ("in", "on", "at", "to"):
            continue
        found.extend(j for j in t.subtree(prep) if _place_name_head(doc, t, j))
    return found


def _place_name_head(doc: Doc, t: TokenTable, i: int) -> bool:
    """The last word of a place name ("North Korea" → Korea), which heads it."""
    return t.ent[i] == "GPE" and (i + 1 >= t.n or doc[i + 1].ent_iob_ != "I")


def particle(t: TokenTable, v: int) -> str | None:
    """The verb's particle ("carry out" → out), or None."""
    c = t.kid(v, "prt")
    return t.lower[c] if c is not None else None


def relcl_objects(t: TokenTable, noun: int) -> list[int]:
    """Objects of a relative clause on an event noun: "demands which aim to prevent NATO …"."""
    found: list[int] = []
    dep, children = t.dep, t.children
    for c in children[noun]:
        if dep[c] not in ("relcl", "acl"):
            continue
        stack = [c]
        while stack:
            h = stack.pop()
            for k in children[h]:
                if dep[k] in ("dobj", "dative"):
                    found.extend(conjunct_indices(t, k))
                elif dep[k] == "xcomp":
                    stack.append(k)
    return found
