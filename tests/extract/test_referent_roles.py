"""Referents told by the roles around them: the government an opposition acts on is its own,
"he" after someone placed only by their title is that person, forces a state keeps or withdraws
are its own, and a helper ("with the backing of") is no target. Sentences are our own."""

import pytest

from tests.extract.conftest import check

#: (text, triples that must be found, (source, target) pairs that must not be).
CASES = [
    # "The government" an opposition leader accuses is their own country's, not the one named before.
    (
        "Russia rejected the British claims. Labour leader Jeremy Corbyn criticised the government "
        "over its silence.",
        [("GBR", "11", "GBR")],
        [("GBR", "RUS")],
    ),
    # ... while a government's own minister speaks of the government named before.
    (
        "Chile expelled two diplomats. The Peruvian foreign minister condemned the government.",
        [("PER", "11", "CHL")],
        [],
    ),
    # Troops a state keeps in a country are its own: "they" is no army of that country.
    (
        "France has about 900 troops in Mali and has said they will remain in the country until the "
        "jihadists are beaten.",
        [],
        [("FRA", "MLI")],
    ),
    # A helper is no target: "with the backing of" names who fought on the same side.
    (
        "The town was recaptured by the Malian army with the backing of French troops.",
        [],
        [("MLI", "FRA")],
    ),
    # ... and so is the side one fights with against another.
    (
        "Nigerian troops fought with Chadian soldiers against Boko Haram.",
        [("NGA", "19", "NGA")],
        [("NGA", "TCD")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_referents_by_role(extract, text, present, absent):
    check(extract(text, min_confidence=0), present, absent)


def test_he_is_the_person_placed_by_title_not_one_named_before(extract):
    """ "he" after someone the resolver placed only by their title ("the opposition's chief
    negotiator") is that person, not the president named in the sentence before."""
    text = (
        "Bashar al-Assad spoke in Damascus on Monday. Omar Kadri, the opposition's chief negotiator, "
        "said he welcomed the plan. He urged Russia to pressure Damascus."
    )
    sources = [e.source.actor.id for e in extract(text, min_confidence=0)]
    assert "bashar-al-assad" not in sources, sources
