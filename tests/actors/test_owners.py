"""Who owns a mention: an organisation's own sector, a place that is only where forces are, an
unknown body whose name holds a country's, and a quantifier that is also a town's name."""

import datetime as dt

import pytest

from kg.actors import Resolver

DAY = dt.date(2018, 6, 1)


@pytest.fixture(scope="module")
def resolver():
    return Resolver()


@pytest.mark.parametrize(
    ("mention", "actor_id", "sector"),
    [
        # A generic head ("leader", "official", "spokesman") keeps a party's or group's own sector.
        ("an SDF leader", "SDF", "REB"),
        ("a Labour spokesman", "LABOUR", "PTY"),
        ("Amnesty officials", "AMNESTY", "NGO"),
        # ... an opposition politician named with the party is no government official.
        ("Labour leader Jeremy Corbyn", "jeremy-corbyn", "OPP"),
        # A state's seat and an intergovernmental body still have officials of their own.
        ("Kremlin officials", "RUSGOV", "GOV"),
        ("UN officials", "UNGOV", "GOV"),
        # A telling head still gives the sector.
        ("a YPG commander", "YPGMIL", "MIL"),
        # Forces are not the country they are in; other people in a country are its own.
        ("troops in Iraq", "---MIL", "MIL"),
        ("British troops in Iraq", "GBRMIL", "MIL"),
        ("farmers in Kenya", "KENAGR", "AGR"),
        # "Most" is a Czech town's name, and a quantifier at a sentence's start.
        ("Most Swedes", "SWE", None),
    ],
)
def test_owner_and_sector(resolver, mention, actor_id, sector):
    actor = resolver.resolve(mention, date=DAY)
    assert actor is not None, mention
    assert (actor.id, actor.sector) == (actor_id, sector)


@pytest.mark.parametrize("mention", ["MSA-UK", "the MSA-UK", "Peru Friendship UK", "Chile Civil Watch"])
def test_an_unknown_body_named_after_a_country_is_not_the_country(resolver, mention):
    actor = resolver.resolve(mention, date=DAY, allow_unresolved=True)
    assert actor is not None and not actor.resolved, actor


@pytest.mark.parametrize(
    ("mention", "country"),
    [("the Peruvian Popular Front", "PER"), ("UK", "GBR"), ("the Chilean navy", "CHL"), ("Peru", "PER")],
)
def test_a_people_named_by_adjective_keeps_its_country(resolver, mention, country):
    actor = resolver.resolve(mention, date=DAY, allow_unresolved=True)
    assert actor is not None and actor.country == country, actor


def test_a_place_name_written_after_a_first_name_is_that_persons_surname(resolver):
    """A one-word place the article gave a first name to ("Tariq Rabbah", "Lena Renas") is a
    person's surname when it stands alone; a place after a preposition or a direction is not."""
    scoped = resolver.scoped("Tariq Rabbah, 31, said so. In Aleppo they agreed. East Manbij was calm.")
    found = scoped.resolve("Rabbah", date=DAY, allow_unresolved=True)
    assert found is not None and not found.resolved, found
    assert scoped.resolve("Rabbah", date=DAY) is None
    assert scoped.resolve("Aleppo", date=DAY).country == "SYR"
    assert scoped.resolve("Manbij", date=DAY).country == "SYR"
