import copy
import datetime as dt

import pytest

from kg.actors import Resolver, normalize_name, resolve_actors


@pytest.fixture(scope="module")
def resolver():
    return Resolver()


@pytest.mark.parametrize(
    ("name", "actor_id", "country", "sector"),
    [
        ("Russia", "RUS", "RUS", None),
        ("Moscow", "RUSGOV", "RUS", "GOV"),  # a capital named as an actor: its government
        ("the Kremlin", "RUSGOV", "RUS", "GOV"),
        ("Russian troops", "RUSMIL", "RUS", "MIL"),
        ("Libyan opposition forces", "LBYREB", "LBY", "REB"),  # rebels, not the state's army
        ("Malian rebel fighters", "MLIREB", "MLI", "REB"),
        ("the Free Libya Army", "LBYREB", "LBY", "REB"),  # a "Free" army: rebels
        ("Turkish officials", "TURGOV", "TUR", "GOV"),
        ("NATO", "NATO", None, None),
        ("the United Nations", "UN", None, None),
        ("Kiev", "UKRGOV", "UKR", "GOV"),
        ("the White House", "USAGOV", "USA", "GOV"),
        ("the Pentagon", "USAMIL", "USA", "MIL"),
        ("Downing Street", "GBRGOV", "GBR", "GOV"),
        ("U.S. lawmakers", "USALEG", "USA", "LEG"),
        ("Nigerian police", "NGACOP", "NGA", "COP"),
        ("displaced Sudanese families", "SDNREF", "SDN", "REF"),
        ("Hezbollah", "HEZ", "LBN", "UAF"),
        ("the Islamic State group", "ISIS", None, "UAF"),
        ("Kurdish-led SDF", "SDF", "SYR", "REB"),
        ("US Deputy Secretary of State Wendy Sherman", "wendy-sherman", "USA", "GOV"),
        ("Malian Defence Minister Aminata Keita", "aminata-keita", "MLI", "GOV"),
        ("Kenya's ambassador to Japan", "KENGOV", "KEN", "GOV"),
        ("farmers in Ghana", "GHAAGR", "GHA", "AGR"),
    ],
)
def test_resolve(resolver, name, actor_id, country, sector):
    actor = resolver.resolve(name, date=dt.date(2022, 1, 13))
    assert actor is not None
    assert (actor.id, actor.country, actor.sector) == (actor_id, country, sector)


def test_cameo_codes_follow_camEO(resolver):
    assert resolver.resolve("Russian journalists").cameo == "RUSMED"  # CAMEO MED is the media
    assert resolver.resolve("Russian journalists").sector == "JRN"  # kg sectors are PLOVER codes
    assert resolver.resolve("the European Union").cameo == "IGOEUREEC"


def test_person_of_an_organisation_belongs_to_it(resolver):
    actor = resolver.resolve("NATO Secretary-General Jens Stoltenberg", date=dt.date(2020, 1, 1))
    assert actor.kind == "person"
    assert actor.group == "NATO"


def test_the_date_picks_a_role(resolver):
    as_defence = resolver.resolve("Jean-Yves Le Drian", date=dt.date(2015, 5, 10))
    as_foreign = resolver.resolve("Jean-Yves Le Drian", date=dt.date(2019, 5, 10))
    after = resolver.resolve("Jean-Yves Le Drian", date=dt.date(2024, 5, 10))
    assert (as_defence.country, as_defence.sector) == ("FRA", "GOV")
    assert (as_foreign.country, as_foreign.sector) == ("FRA", "GOV")
    assert after.sector == "ELI"  # a former minister


def test_surname_alone_needs_the_person_in_office(resolver):
    assert resolver.resolve("Blinken", date=dt.date(2022, 3, 1)).id == "antony-blinken"
    assert resolver.resolve("Blinken", date=dt.date(2010, 3, 1)) is None


def test_a_title_names_the_role(resolver):
    actor = resolver.resolve("former President Moon Jae-in", date=dt.date(2024, 1, 1))
    assert (actor.id, actor.country, actor.sector) == ("moon-jae-in", "KOR", "ELI")


@pytest.mark.parametrize("name", ["the weather", "prices", "", "  ", "it", "us", "yesterday"])
def test_non_actors_resolve_to_none(resolver, name):
    assert resolver.resolve(name) is None


def test_lower_case_words_are_not_names(resolver):
    assert resolver.resolve("police") is not None  # an agent word: police with no country
    assert resolver.resolve("police").country is None
    assert resolver.resolve("amnesty") is None  # the word, not Amnesty International


def test_unknown_group_is_unresolved_on_request(resolver):
    assert resolver.resolve("the Ruritanian Liberation Front") is None
    actor = resolver.resolve("the Ruritanian Liberation Front", allow_unresolved=True)
    assert actor is not None and not actor.resolved
    assert actor.kind == "unresolved" and actor.label == "the Ruritanian Liberation Front"


def test_article_scope_remembers_people(resolver):
    scope = resolver.scoped("")
    assert scope.resolve("Lemaire") is None
    first = scope.resolve("Ruritanian envoy Anna Lemaire")
    assert first is not None and first.id == "anna-lemaire"
    assert scope.resolve("Ms Lemaire").id == "anna-lemaire"
    assert resolver.scoped("").resolve("Lemaire") is None  # a new article forgets


def test_resolve_actors_shares_one_scope():
    found = resolve_actors(["Ruritanian envoy Anna Lemaire", "Lemaire", "the weather"])
    assert [a.id if a else None for a in found] == ["anna-lemaire", "anna-lemaire", None]


def test_normalize_name_is_idempotent():
    for name in ["The Kremlin's", "  U.S. ", "“NATO”", "Jüri Ratas"]:
        once = normalize_name(name)
        assert normalize_name(once) == once


def test_without_a_date_people_are_read_as_the_table_knows_them_now(resolver):
    # No date: the people table's own day (AS_OF): the current office of who holds one, the
    # latest office, as a former official, of who has left.
    assert (resolver.resolve("Sergei Lavrov").country, resolver.resolve("Sergei Lavrov").sector) == (
        "RUS",
        "GOV",
    )
    left = resolver.resolve("Antony Blinken")
    assert (left.id, left.country, left.sector) == ("antony-blinken", "USA", "ELI")
    assert resolver.resolve("Blinken") is None  # a surname alone needs someone in office that day
    # With a date, the date picks the role.
    dated = resolver.resolve("Antony Blinken", date=dt.date(2022, 3, 1))
    assert (dated.country, dated.sector) == ("USA", "GOV")
    assert resolver.resolve("Blinken", date=dt.date(2022, 3, 1)).id == "antony-blinken"


@pytest.mark.parametrize(
    ("name", "actor_id"),
    [
        ("Beijing", "CHNGOV"),
        ("Ankara", "TURGOV"),
        ("Damascus", "SYRGOV"),
        ("TEHRAN", "IRNGOV"),
        ("Kyiv's", "UKRGOV"),
        ("Moscow residents", "RUSCVL"),  # the people of the city, not its government
        ("protesters in Moscow", "RUSCVL"),
        ("Moscow police", "RUSCOP"),
        ("Moscow-based analysts", "RUSCVL"),  # the city as a place
        ("Singapore", "SGP"),  # a city state's name stays the country
        ("Monaco's forces", "MCOMIL"),
    ],
)
def test_capitals_named_as_actors_are_governments(resolver, name, actor_id):
    actor = resolver.resolve(name)
    assert actor is not None and actor.id == actor_id
    assert actor.group == actor_id[:3]  # the country level rolls the government up to the country


def test_washington_keeps_its_context_rule(resolver):
    us = resolver.resolve("Washington", context="Washington and Moscow traded accusations at the UN.")
    assert us is not None and us.id == "USAGOV"
    state = resolver.resolve(
        "Washington", context="Wildfires spread near Spokane in eastern Washington state."
    )
    assert state is not None and not state.resolved  # the US state: no actor of kg's, never USAGOV


def test_memo_gives_the_same_answers_and_keeps_dates_and_contexts_apart():
    r = Resolver()
    first = [r.resolve(n) for n in ("Russian troops", "the weather", "Kenyan police")]
    again = [r.resolve(n) for n in ("Russian troops", "the weather", "Kenyan police")]
    assert again == first
    assert r.memo_stats() == (3, 3)
    # A person's role depends on the day: a remembered answer for one day is not given for another.
    assert r.resolve("Jean-Yves Le Drian", date=dt.date(2019, 5, 10)).sector == "GOV"
    assert r.resolve("Jean-Yves Le Drian", date=dt.date(2024, 5, 10)).sector == "ELI"
    assert r.resolve("Jean-Yves Le Drian", date=dt.date(2019, 5, 10)).sector == "GOV"
    # An ambiguous name depends on the sentence: never answered from the memo.
    eu = r.resolve("Brussels", context="Brussels and the European Commission proposed new rules.")
    belgium = r.resolve(
        "Brussels", context="Brussels said Belgian ports would stay open, Belgium's premier said."
    )
    assert (eu.id, belgium.id) == ("EU", "BELGOV")


def test_memo_is_forgotten_when_the_index_changes():
    from kg.actors.cache import load_gazetteer
    from kg.actors.gazetteer import RANK_USER, NameEntry

    base = load_gazetteer()
    g = copy.copy(base)
    g._names, g._span, g._entry_memo = dict(base._names), dict(base._span), {}
    r = Resolver(g)
    assert r.resolve("Zenda Council") is None
    g.add_name("Zenda Council", NameEntry("RUS", "GOV", rank=RANK_USER))
    assert r.resolve("Zenda Council").id == "RUSGOV"


@pytest.mark.parametrize("name", ["US", "U.S.", "the US", "the U.S."])
def test_us_in_capitals_is_the_united_states_not_the_pronoun(resolver, name):
    assert resolver.resolve(name).id == "USA"


@pytest.mark.parametrize("name", ["us", "Us", "it", "they"])
def test_pronouns_name_no_actor(resolver, name):
    assert resolver.resolve(name) is None
