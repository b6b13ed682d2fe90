"""Sentence → (source, root, target) table for the baseline clause rules."""

import datetime as dt

import pytest

from kg.actors import Resolver
from kg.coding import CameoCoder
from kg.datamodel import Article
from kg.extract import extract_events


@pytest.fixture(scope="module")
def run(nlp):
    resolver, coder = Resolver(), CameoCoder()

    def _run(text):
        article = Article(id="t", text=text, date=dt.date(2020, 5, 6))
        doc = nlp(text)
        return [
            (e.source.actor.group, e.action.root, e.target.actor.group if e.target else None, e.negated)
            for e in extract_events(doc, article, resolver=resolver, coder=coder)
        ]

    return _run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey accused Syria of shelling the border.", ("TUR", "11", "SYR", False)),
        ("Russian diplomats were expelled by Britain.", ("GBR", "17", "RUS", False)),
        ("The Kremlin rejected Washington's demands.", ("RUS", "12", "USA", False)),
        ("Iran will not meet France this year.", ("IRN", "04", "FRA", True)),
        ("Germany condemned Iran.", ("DEU", "11", "IRN", False)),
    ],
)
def test_clause_rules(run, text, expected):
    assert expected in run(text)


@pytest.mark.parametrize(
    "text",
    [
        "The weather was fine in Paris.",
        "Prices rose sharply last year.",
    ],
)
def test_no_event_without_two_actors(run, text):
    assert run(text) == []
