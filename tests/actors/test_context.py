import pytest

from kg.actors import Resolver


@pytest.fixture(scope="module")
def resolver():
    return Resolver()


@pytest.mark.parametrize(
    ("name", "article", "expected"),
    [
        ("Brussels", "The EU's member states met; Brussels proposed new rules for the bloc.", "EU"),
        ("Brussels", "NATO allies gathered as Brussels hosted the alliance's defence ministers.", "NATO"),
        ("Brussels", "The Belgian government said Brussels would raise taxes.", "BELGOV"),
        ("Washington", "The White House said Washington would answer Moscow's letter.", "USAGOV"),
        ("Georgia", "Tbilisi accused Russia of moving the border markers in Georgia.", "GEO"),
        ("the West", "The Kremlin says sanctions show the West wants Russia weak.", "WST"),
        ("the alliance", "NATO leaders said the alliance would not close its door.", "NATO"),
    ],
)
def test_context_decides(resolver, name, article, expected):
    actor = resolver.scoped(article).resolve(name, context=article)
    assert actor is not None and actor.id == expected


@pytest.mark.parametrize(
    ("name", "article"),
    [
        ("Brussels", "Brussels said it would reply next week."),
        ("Washington", "Washington voters chose a new governor in Seattle and Spokane."),
        ("Georgia", "Atlanta voters in Georgia went to the polls in the runoff."),
        ("the alliance", "The opposition alliance named its candidate."),
    ],
)
def test_context_that_does_not_decide_leaves_the_name_unresolved(resolver, name, article):
    actor = resolver.scoped(article).resolve(name, context=article)
    assert actor is not None and not actor.resolved and actor.kind == "unresolved"


def test_west_as_a_direction_is_no_actor(resolver):
    assert resolver.resolve("the west", context="Rain moved to the west of the country.") is None
