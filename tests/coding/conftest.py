"""Fixtures of the coding tests: whole sentences through the real parser, resolver and coder."""

import pytest

from kg.actors import Resolver
from kg.coding import CameoCoder
from kg.datamodel import Article
from kg.extract import extract_events


@pytest.fixture(scope="module")
def events_of(nlp):
    """(text, article date) → the events kg extracts from it (one resolver and coder per module)."""
    resolver, coder = Resolver(), CameoCoder()

    def run(text, date):
        article = Article(id="t", text=text, date=date)
        return list(extract_events(nlp(text), article, resolver=resolver, coder=coder))

    return run
