"""Extract stage: the name of the place an event happened in, from its prepositional phrase.

A phrase of place after a verb ("in Moscow", "near the border") is kept as the event's place only
when it names a place: a place entity (a country, a city, a region, a building), or a phrase whose
head is one ("the Baltic port of Gdansk", "Homs province"). Times, topics and manners that
share the same prepositions ("in recent weeks", "in response to", "in public") are no place.
"""

from __future__ import annotations

from collections.abc import Container, Iterable

from spacy.tokens import Span, Token

__all__ = ["PLACE_ENTITIES", "place_name"]

#: Entity labels that name places.
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _entity(token: Token, *, any_label: bool = False) -> Span | None:
    """The place entity ``token`` is part of, if any (``any_label``: an entity of any label)."""
    if not token.ent_type_ or (token.ent_type_ not in PLACE_ENTITIES and not any_label):
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _named(token: Token, known: Container[int]) -> Span | None:
    """The place ``token`` names: itself, its "of" ("the town of Manbij") or a compound ("Homs province").

    A proper noun the gazetteer knows as a place (``known``) counts whatever the tagger labelled it.
    """
    own = _entity(token)
    if own is not None:
        return own
    if token.i in known and token.pos_ == "PROPN":
        return _entity(token, any_label=True) or token.doc[token.i : token.i + 1]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and _entity(pobj) is not None:
                    return _entity(pobj)
    for child in token.children:
        if child.dep_ == "compound" and _entity(child) is not None:
            return token.doc[child.left_edge.i : token.i + 1]
    return None


def place_name(tokens: Iterable[Token], known: Container[int] = ()) -> str | None:
    """The name of the first of ``tokens`` (heads of phrases of place) that names a place.

    Args:
        tokens: heads of the phrases of place, in order.
        known: indices of tokens the gazetteer resolves to a place by name, whatever their entity label.

    Examples:
        >>> import spacy
        >>> nlp = spacy.blank("en")
        >>> doc = nlp("They met in Paris")
        >>> doc.ents = [Span(doc, 3, 4, label="GPE")]
        >>> place_name([doc[3]])
        'Paris'
        >>> place_name([doc[0]]) is None
        True
    """
    for token in tokens:
        span = _named(token, known)
        if span is not None:
            return span.text.strip(" ,")
    return None
