"""Clauses: active and passive, objects, verb chains, coordination, relative clauses, light verbs."""

import pytest

from tests.extract.conftest import check

CASES = [
    # active, passive with agent
    ("Turkey accused Syria of shelling the border.", [("TUR", "11", "SYR")], []),
    ("Russian diplomats were expelled by Britain.", [("GBR", "16", "RUS")], [("RUS", "GBR")]),
    # prepositional objects
    ("Germany held talks with Iran on Monday.", [("DEU", "04", "IRN")], []),
    ("The European Union imposed sanctions against Iran.", [("EU", "16", "IRN")], []),
    ("Kenya appealed to the United Nations for help.", [("KEN", "02", "UN")], []),
    ("Canada sent aid to Haiti.", [("CAN", "07", "HTI")], []),
    # verb chains
    ("France warned Moscow that it would pay a heavy price.", [("FRA", "13", "RUS")], []),
    ("Japan agreed to cut its aid to Myanmar.", [("JPN", "16", "MMR")], []),
    ("Washington threatened to impose sanctions on Venezuela.", [("USA", "13", "VEN")], []),
    ("Turkey threatened to attack Syria.", [("TUR", "13", "SYR")], []),
    # coordinated verbs share the subject
    ("Pakistan condemned India and recalled its ambassador.", [("PAK", "11", "IND")], [("IND", "PAK")]),
    # coordinated actors act each on their own ...
    ("Italy and Germany criticised Hungary.", [("ITA", "11", "HUN"), ("DEU", "11", "HUN")], [("ITA", "DEU")]),
    ("Italy and Spain favour closer ties with Morocco.", [], [("ITA", "ESP"), ("ESP", "ITA")]),
    ("Chile and Peru are among the largest copper producers.", [], [("CHL", "PER"), ("PER", "CHL")]),
    # ... except where the verb is mutual
    ("India and Pakistan resumed talks.", [("IND", "04", "PAK"), ("PAK", "04", "IND")], []),
    ("Ukraine and Poland signed an agreement.", [("UKR", "05", "POL"), ("POL", "05", "UKR")], []),
    # relative clauses
    ("China issued demands which aim to stop Taiwan from holding the vote.", [("CHN", "10", "TWN")], []),
    (
        "Britain expelled two Russian envoys, which the Kremlin retaliated against.",
        [("GBR", "16", "RUS"), ("RUS", "16", "GBR")],
        [],
    ),
    # a subject the parser glued to a fronted date ("In September Turkey" as one name)
    ("In September Turkey persuaded Iran to delay the vote.", [("TUR", "02", "IRN")], []),
    # asking for an act the dictionary cannot code is still an appeal
    ("Chile persuaded Peru to hold off from a strike.", [("CHL", "02", "PER")], []),
    # forces sent to strike are striking; an aim ("to defeat") is no act
    ("Moscow has sent in jets to bomb the rebel-held town of Daraa.", [("RUS", "19", "SYR")], []),
    ("Russia will send jets to bomb Aleppo.", [("RUS", "13", "SYR")], []),
    ("The US sent troops to defeat Isis.", [], [("USA", "ISIS")]),
    ("Serbia came to stay in Bosnia and to challenge Croatia.", [], [("SRB", "HRV")]),
    # fighting whose aim names the enemy
    ("British troops fought alongside Iraqi forces to oust Isis from Mosul.", [("GBR", "19", "ISIS")], []),
    # coordinated actors: allies fighting side by side, a list, a shared wish are no pairs ...
    ("British and French commandos fought alongside Kurdish forces.", [], [("GBR", "FRA"), ("FRA", "GBR")]),
    (
        "Italy, Spain and Greece are happy to discuss sanctions on Belarus.",
        [],
        [("ITA", "ESP"), ("ESP", "GRC")],
    ),
    ("Germany and Austria will prosecute their citizens.", [], [("DEU", "AUT"), ("AUT", "DEU")]),
    # ... enemies are
    ("Armenia and Azerbaijan fought each other in 2020.", [("ARM", "19", "AZE"), ("AZE", "19", "ARM")], []),
    ("Erdogan and Putin clashed over Idlib.", [("TUR", "11", "RUS"), ("RUS", "11", "TUR")], []),
    # the countries that host diplomatic posts opened or closed are the targets
    (
        "The Canadian government has opened new embassies in Hanoi, Kabul in Afghanistan and Pyongyang.",
        [("CAN", "05", "VNM"), ("CAN", "05", "AFG"), ("CAN", "05", "PRK")],
        [],
    ),
    # "its" on the act the verb carries out is the actor's own, not a target
    ("Turkey stepped up its offensive against the YPG.", [("TUR", "19", "YPG")], [("TUR", "TUR")]),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_clauses(extract, text, present, absent):
    check(extract(text), present, absent)


def test_passive_without_agent_has_no_source(extract):
    assert extract("Two Iranian diplomats were expelled on Monday.") == []


def test_light_verb_takes_the_code_of_its_noun(extract):
    (event,) = [e for e in extract("India and Pakistan resumed talks.") if e.source.actor.group == "IND"]
    assert event.action.root == "04"
    assert "resumed" in event.action.text


@pytest.mark.parametrize(
    "text",
    [
        # an act with no one on the receiving end is kept only for force, protest, posture,
        # pledges and refusals stated plainly
        "Kenya released a video on Monday.",
        "A Briton serving with Kurdish forces died.",
        "Japan fired its finance minister.",
    ],
)
def test_no_event(extract, text):
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The British ambassador, Jane Hill, clashed with President Trump.",
        # a party or an assembly holds no arms: it attacks even a country with words
        "A Green MEP attacked the Hungarian government.",
        "The Liberal Democrats attacked China over its trade policy.",
    ],
)
def test_politicians_attack_with_words(extract, text):
    events = extract(text)
    assert [e.action.root for e in events if e.target is not None] == ["11"]


def test_armies_still_attack_with_force(extract):
    events = extract("The Greek army attacked Turkish positions.")
    assert [e.action.root for e in events if e.target is not None] == ["19"]


def test_a_gerund_of_the_accusation_is_no_act_of_the_accuser(extract):
    events = extract(
        "Speaking in Berlin, Rex Tillerson blamed Moscow for ignoring a chemical weapons deal "
        "and breaching a missile treaty."
    )
    assert [(e.source.actor.country, e.action.root) for e in events] == [("USA", "11")]


def test_an_appeal_for_money_needs_no_addressee(extract):
    (event,) = extract("Unicef launched an appeal for $2bn for children in Yemen.")
    assert event.action.root == "02" and event.target is None
