import pytest

from kg.actors import Resolver, normalize_name


@pytest.fixture(scope="module")
def resolver():
    return Resolver()


@pytest.mark.parametrize(
    ("name", "actor_id", "country", "sector"),
    [
        ("Russia", "RUS", "RUS", None),
        ("Moscow", "RUS", "RUS", None),
        ("the Kremlin", "RUSGOV", "RUS", "GOV"),
        ("Russian troops", "RUSMIL", "RUS", "MIL"),
        ("Turkish officials", "TURGOV", "TUR", "GOV"),
        ("NATO", "NATO", None, None),
        ("the United Nations", "UN", None, None),
        ("Kyiv", "UKR", "UKR", None),
        ("US Deputy Secretary of State Wendy Sherman", "wendy-sherman", "USA", "GOV"),
    ],
)
def test_resolve(resolver, name, actor_id, country, sector):
    actor = resolver.resolve(name)
    assert actor is not None
    assert (actor.id, actor.country, actor.sector) == (actor_id, country, sector)


def test_person_of_an_organisation_belongs_to_it(resolver):
    actor = resolver.resolve("NATO Secretary-General Jens Stoltenberg")
    assert actor.kind == "person"
    assert actor.group == "NATO"


@pytest.mark.parametrize("name", ["the weather", "prices", "", "  "])
def test_non_actors_resolve_to_none(resolver, name):
    assert resolver.resolve(name) is None


def test_normalize_name_is_idempotent():
    for name in ["The Kremlin's", "  U.S. ", "“NATO”"]:
        once = normalize_name(name)
        assert normalize_name(once) == once
