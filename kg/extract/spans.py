"""Extract stage: noun phrases that can name actors, and the actors nested inside them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["NP_DEPS", "conjuncts", "nested_actor_tokens", "noun_phrase"]

#: Children that belong to the name of an actor ("US Deputy Secretary of State Wendy Sherman").
NP_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "det", "nummod", "quantmod"})
_NAME_PREPS = frozenset({"of"})


def noun_phrase(token: Token) -> Span:
    """The span naming ``token``'s noun phrase: its modifiers and ``of`` phrases, no clauses.

    Conjuncts, relative clauses, appositions and other prepositions are left out, so
    "NATO and Russia" gives "NATO" for the first token.
    """
    doc = token.doc
    keep = {token.i}
    stack = [token]
    while stack:
        t = stack.pop()
        for child in t.children:
            if (
                child.dep_ in NP_DEPS
                or (child.dep_ == "prep" and child.lower_ in _NAME_PREPS and t.pos_ == "PROPN")
                or child.dep_ == "pobj"
                and t.dep_ == "prep"
                and t.i in keep
            ):
                keep.add(child.i)
                stack.append(child)
    start, end = min(keep), max(keep) + 1
    # Keep the span contiguous and drop punctuation at its edges.
    while start < end - 1 and doc[start].is_punct:
        start += 1
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


def conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("NATO and Russia")."""
    return [token, *token.conjuncts]


def nested_actor_tokens(token: Token) -> Iterator[Token]:
    """Tokens inside a non-actor noun phrase that may name the actor it belongs to.

    "Moscow's demands" → Moscow; "demands of Russia" → Russia; "Russian presence" → Russian.
    """
    for child in token.children:
        if child.dep_ == "poss":
            yield child
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "by"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    yield grandchild
    for child in token.children:
        if child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE", "ORG"):
            yield child
