"""Words around names that change the actor: sponsors, causes, relations, compass words, titles."""

import datetime as dt

import pytest

from kg.actors import Resolver
from kg.actors.compounds import compound_readings
from kg.actors.modifiers import relation_after, sponsor_position

DAY = dt.date(2019, 3, 14)


@pytest.fixture(scope="module")
def resolver():
    return Resolver()


def _key(actor):
    """A country's sector as (country, sector); a group's sector, an organisation or a person by id."""
    if actor is None:
        return None
    if actor.kind == "sector" and actor.id == f"{actor.country or '---'}{actor.sector}":
        return (actor.country, actor.sector)
    return actor.id


@pytest.mark.parametrize(
    ("mention", "context", "expected"),
    [
        # a sponsor is not the actor: the head, of the country the sentence puts it in, or of none
        ("pro-Moscow separatists", "", (None, "REB")),
        ("pro-Moscow separatists", "Shelling by pro-Moscow separatists in Ukraine went on.", ("UKR", "REB")),
        ("Tehran-backed militias", "Tehran-backed militias in Iraq fired rockets.", ("IRQ", "PRM")),
        ("US-trained rebels", "", (None, "REB")),
        ("the Turkish-backed Syrian rebels", "", ("SYR", "REB")),
        ("the US-backed Syrian Democratic Forces", "", "SDF"),
        ("the Iran-aligned Houthi movement", "", "HOUTHI"),
        # a leader sponsoring forces: they are of the leader's country where the sentence says so
        ("pro-Assad militias", "Pro-Assad militias advanced in Syria.", ("SYR", "PRM")),
        # a cause ("anti-X") is not the actor either
        ("anti-Taliban fighters", "", (None, "UAF")),
        # a led coalition is its leader's
        ("the Saudi-led coalition", "", ("SAU", "MIL")),
        # someone's partners are not that someone (but an alliance's allies are its members)
        ("Assad's allies", "The alliance and Assad's allies met.", None),
        ("Nato allies", "", "NATO"),
        # a group named beside a nationality is the actor
        ("the Lebanese Hezbollah", "", "HEZ"),
        ("Syrian YPG fighters", "", "YPGUAF"),
        # a leader's name before "government" stands for the country's government
        ("the Merkel government", "", ("DEU", "GOV")),
    ],
)
def test_sponsors_causes_relations(resolver, mention, context, expected):
    day = dt.date(2015, 6, 1) if "Merkel" in mention else DAY
    assert _key(resolver.resolve(mention, date=day, context=context)) == expected


@pytest.mark.parametrize(
    ("mention", "context", "expected"),
    [
        # GeoNames' East London is South African; in a British story it is the east of London
        ("East London", "Teenagers from East London flew to Turkey, British police said.", ("GBR", "CVL")),
        ("East London", "Floods hit East London in South Africa's Eastern Cape.", ("ZAF", "CVL")),
        # no context: never a silent guess
        ("East London", "", "unresolved-east-london"),
        # a compass word in lower case describes the city: a place, not the seat of government
        ("east London", "", ("GBR", "CVL")),
        ("London", "", ("GBR", "GOV")),
    ],
)
def test_compound_places(resolver, mention, context, expected):
    assert _key(resolver.resolve(mention, context=context, allow_unresolved=True)) == expected


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        # an organisation's title: its official, not their home country
        ("EU commissioner Johannes Hahn", ("EU", "GOV")),
        ("the EU's migration commissioner Dimitris Avramopoulos", ("EU", "GOV")),
        # accredited to the UN is not the UN's: the person's own role decides
        ("UN ambassador Nikki Haley", ("USA", "GOV")),
        ("the UN ambassador Maria Fakename", (None, "GOV")),
        # organisation names are no people's names
        ("the Syrian Popular Front", ("SYR", None)),
        ("the European Community", ("EU", None)),
    ],
)
def test_titles_and_organisations(resolver, mention, expected):
    actor = resolver.resolve(mention, date=DAY, allow_unresolved=True)
    assert (actor.affiliation if actor.kind == "person" else actor.id, actor.sector) == expected


def test_article_keeps_the_titled_reading_and_surnames_beat_places(resolver):
    scope = resolver.scoped("")
    assert scope.resolve("EU commissioner Johannes Hahn", date=DAY).affiliation == "EU"
    assert scope.resolve("Hahn", date=DAY).affiliation == "EU"
    # "Bali" is an island, but after "spokesman Mustafa Bali" it is the spokesman
    assert resolver.resolve("Bali").id == "IDN"
    spokesman = scope.resolve("SDF spokesman Mustafa Bali", date=DAY)
    assert spokesman.kind == "person"
    assert scope.resolve("Bali", date=DAY).id == spokesman.id


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Sources", None),  # a sentence's first word, not a name
        ("Analysts close to the government", None),
        ("Residents", None),
        ("The Zorvanian Liberation Front", "unresolved-the-zorvanian-liberation-front"),
        ("Zorvania", "unresolved-zorvania"),
    ],
)
def test_ordinary_words_are_no_unknown_actor(resolver, mention, expected):
    actor = resolver.resolve(mention, allow_unresolved=True)
    assert (actor.id if actor is not None and not actor.resolved else None) == expected


def test_region_names_keep_their_first_word():
    # "Free State" is written "Free" nowhere: the adjective alone names no South African region.
    actor = Resolver().resolve("the Free Syrian Army")
    assert actor is not None and actor.country == "SYR"
    assert Resolver().resolve("Free") is None


@pytest.mark.parametrize(
    ("keys", "start", "end", "sponsor"),
    [
        (["pro", "kremlin", "media"], 1, 2, True),
        (["anti", "government", "protesters"], 1, 2, True),
        (["china", "funded", "port"], 0, 1, True),
        (["china", "led", "bank"], 0, 1, False),
        (["chinese", "troops"], 0, 1, False),
    ],
)
def test_sponsor_position(keys, start, end, sponsor):
    assert sponsor_position(keys, start, end) is sponsor


def test_relation_after():
    assert relation_after(["putin", "critics"], 1)
    assert not relation_after(["putin", "said"], 1)


def test_compound_readings_need_a_much_bigger_place_elsewhere():
    places = {
        "north springfield": ("AAA", 60_000),
        "springfield": ("BBB", 900_000),
        "west harbor": ("AAA", 100_000),
        "harbor": ("BBB", 150_000),  # not five times bigger: the compound stays a place of AAA
        "south gotham": ("CCC", 50_000),
        "gotham": ("CCC", 5_000_000),  # the same country: nothing ambiguous
    }
    names = {"AAA": ["aaland"], "BBB": ["bbland", "springfield"], "CCC": ["ccland"]}
    found = compound_readings(places, {}, names)
    assert list(found) == ["north springfield"]
    first, second = found["north springfield"].readings
    assert (first.actor_id, second.actor_id) == ("AAA", "BBB")
    assert second.place and not second.cues.search("springfield") and second.cues.search("bbland")


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        # a place's name inside a person's name: first names and surnames that are towns
        ("Martin Fakeman", "unresolved-martin-fakeman"),  # Martin, Slovakia
        ("the lawyer Clive Stafford Smith", "clive-stafford-smith"),  # Stafford, England
        ("Nigerian lawyer George Fakeman", "george-fakeman"),  # George, South Africa
        ("David Davis", "unresolved-david-davis"),  # David (Panama) and Davis (California)
        # but a place with its own place words stays a place, of the city's country
        ("Damascus airport", ("SYR", "CVL")),
        ("Tripoli's suburbs", ("LBY", "CVL")),
        ("west London", ("GBR", "CVL")),
        ("Damascus", ("SYR", "GOV")),
        # someone's allies are no alliance
        ("its allies", None),
        ("US allies", None),
        # demonyms the dictionaries miss
        ("we Brits", "GBR"),
    ],
)
def test_names_of_people_and_places(resolver, mention, expected):
    actor = resolver.resolve(mention, date=DAY, context="NATO allies met in Brussels.", allow_unresolved=True)
    assert _key(actor) == expected
