"""Helpers for extraction tables: run the real pipeline on a text, read events as (source, root, target)."""

from __future__ import annotations

import datetime as dt

import pytest

#: The publication date used by the tables: a Friday.
PUBLISHED = dt.date(2020, 5, 8)


def key(ref):
    """An actor compared as the evaluation does: by country or organisation."""
    from kg.evaluate import actor_key

    return actor_key(ref.to_dict()) if ref is not None else None


def triples(events):
    return [(key(e.source), e.action.root, key(e.target)) for e in events]


@pytest.fixture(scope="session")
def extract(nlp):
    """text → the events kg extracts from it (real spaCy model, resolver and coder)."""
    from kg.actors import Resolver
    from kg.coding import CameoCoder
    from kg.datamodel import Article
    from kg.extract import extract_events

    resolver, coder = Resolver(), CameoCoder()

    def run(text, date=PUBLISHED, **options):
        article = Article(id="t", text=text, date=date)
        return list(extract_events(nlp(text), article, resolver=resolver, coder=coder, **options))

    return run


def check(events, present=(), absent=()):
    """Every triple of ``present`` is found; no event pairs the actors of an ``absent`` pair."""
    found = triples(events)
    for triple in present:
        assert triple in found, f"{triple} not in {found}"
    for source, target in absent:
        assert not any(s == source and t == target for s, _, t in found), f"{source}->{target} in {found}"
