"""Actors inside noun phrases: possessives, nationality adjectives, titles and appositions."""

import pytest

from tests.extract.conftest import check

CASES = [
    ("Japan rejected Beijing's proposal.", [("JPN", "12", "CHN")]),
    ("Germany expelled Iranian diplomats.", [("DEU", "16", "IRN")]),
    ("On Wednesday, Chile expelled Bolivian diplomats.", [("CHL", "16", "BOL")]),
    ("French Foreign Minister Jean Dupont criticised Algeria.", [("FRA", "11", "DZA")]),
    ("Jean Dupont, the French foreign minister, criticised Algeria.", [("FRA", "11", "DZA")]),
    ('"We reject the ultimatum from Armenia," Azerbaijan\'s president said.', [("AZE", "12", "ARM")]),
]


@pytest.mark.parametrize(("text", "present"), CASES)
def test_actor_inside_noun_phrase(extract, text, present):
    check(extract(text), present)


def test_nationality_of_an_abstract_noun_is_no_target(extract):
    # "Ukrainian admission" is about Ukraine, not an act on it: the target is left to the article.
    events = extract("Spain rejected Ukrainian admission.")
    assert all(e.target is None or e.target.text != "Ukrainian admission" for e in events)
