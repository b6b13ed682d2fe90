"""The actors a sentence names: remembered in order, resolved one per coordinated country or delegation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.clauses import QUANTITY_NOUNS
from kg.extract.coreference import DESCRIPTION_WORDS, ArticleMemory, Resolved
from kg.extract.spans import PEOPLE_NOUNS
from kg.extract.table import token_table

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.datamodel import Actor


__all__ = ["observe", "own_party", "praises_own_party", "resolve_all"]


_MENTION_DEPS = frozenset(
    {
        "nsubj",
        "nsubjpass",
        "dobj",
        "dative",
        "pobj",
        "poss",
        "conj",
        "appos",
        "attr",
        "npadvmod",
        "ROOT",
        "agent",
    }
)


#: Entity labels that can name actors (places name the country that holds them).
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


_DELEGATES = frozenset(
    {
        "delegation",
        "delegate",
        "official",
        "minister",
        "leader",
        "representative",
        "envoy",
        "negotiator",
        "force",
    }
)


_GENERIC = frozenset({"people", "person", "man", "woman", "child", "someone", "anyone", "everyone"})


def observe(tokens: Sequence[Token], index: int, memory: ArticleMemory) -> None:
    """Resolve and remember, in order, the actors the sentence names."""
    if not tokens:
        return
    table = token_table(tokens[0].doc)
    dep, pos, ent, lemmas, children = table.dep, table.pos, table.ent, table.lemma, table.children
    for token in tokens:
        i = token.i
        tag = pos[i]
        if dep[i] not in _MENTION_DEPS or tag not in ("PROPN", "NOUN", "PRON"):
            continue
        label = ent[i]
        if label and label not in _ACTOR_LABELS:
            continue  # dates, numbers, money, works
        if tag == "NOUN":
            lemma = lemmas[i]
            if lemma in _GENERIC or not (
                label in _ACTOR_LABELS
                or lemma in PEOPLE_NOUNS
                or lemma in DESCRIPTION_WORDS
                or any(ent[c] or pos[c] == "PROPN" for c in children[i] if c < i)
            ):
                continue
        found = memory.resolve(token, index, nested=False)
        for r in found:
            memory.remember(r.actor, token, index, r.span)
        if not found:
            memory.block(token, index)


def _split_modifiers(token: Token) -> list[Token]:
    """ "Russian and Syrian planes" → Russian, Syrian: one source per coordinated nationality."""
    doc, i = token.doc, token.i
    t = token_table(doc)
    dep, lower, children = t.dep, t.lower, t.children
    for c in children[i]:
        if dep[c] in ("amod", "compound") and t.ent[c] in ("NORP", "GPE") and t.conjuncts(c):
            return [doc[c], *(doc[j] for j in t.conjuncts(c))]
    lemma = token.lemma_.lower()
    if lemma in QUANTITY_NOUNS:
        for c in children[i]:
            if dep[c] == "prep" and lower[c] == "of":
                return [doc[g] for g in children[c] if dep[g] == "pobj"] or [token]
    if lemma in _DELEGATES:
        # "delegations from Sudan and Chad": one source per country named.
        for c in children[i]:
            if dep[c] == "prep" and lower[c] in ("from", "of"):
                pobj = next((g for g in children[c] if dep[g] == "pobj"), None)
                if pobj is not None and t.conjuncts(pobj):
                    return [doc[pobj], *(doc[j] for j in t.conjuncts(pobj))]
    return [token]


def resolve_all(
    tokens: tuple[Token, ...],
    index: int,
    memory: ArticleMemory,
    *,
    nested: bool,
    exclude: str | None = None,
) -> list[Resolved]:
    found: list[Resolved] = []
    for token in tokens:
        for part in _split_modifiers(token):
            for r in memory.resolve(part, index, nested=nested, exclude=exclude):
                if all(r.actor.id != f.actor.id for f in found):
                    found.append(r)
    return found


def own_party(source: Resolved, target: Resolved, root: str) -> bool:
    """:func:`praises_own_party` of two resolved mentions."""
    return praises_own_party(source.actor, target.actor, root)


def praises_own_party(source: Actor, target: Actor, root: str) -> bool:
    """Whether a person praises a party of their own country: their own side, no act towards
    another party ("the prime minister hailed Labour's record"). Criticism goes the other way (an
    opposition MP attacking Labour attacks a rival), so only praise and endorsement (05) count.

    Examples:
        >>> from kg.datamodel import Actor
        >>> pm = Actor("ana-lemaire", "Ana Lemaire", "person", country="RUR", sector="GOV")
        >>> party = Actor("RURPTY", "Ruritanian Labour", "organization", country="RUR", sector="PTY")
        >>> praises_own_party(pm, party, "05"), praises_own_party(pm, party, "11")
        (True, False)
    """
    return (
        root == "05"
        and source.kind == "person"
        and target.sector == "PTY"
        and bool(source.country)
        and source.country == target.country
    )
