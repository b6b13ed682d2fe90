"""Who an act is aimed at when the clause's objects do not say: victims of force, the other side of
a surrender or an alert, the common enemy of allies, and people only described in passing."""

import pytest

from kg.extract.counterparts import described_in_passing, needs_counterpart, victim_tokens
from kg.extract.places import prep_role
from tests.extract.conftest import check, triples


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # The target phrase of an event noun that a light verb takes.
        ("Russian planes resumed their bombing of Kharkiv.", [("RUS", "19", "UKR")]),
        # An object the parser hangs on a participle after a coordinated verb.
        ("Boko Haram gunmen shot and injured escaping civilians outside Maiduguri.", [("NGA", "19", "NGA")]),
        # Force that only names where it hit: whoever holds the place.
        ("Israeli aircraft also struck in the south of the Gaza Strip.", [("ISR", "19", "PSE")]),
        (
            "Fighting spread across Yemen on Monday, and aid agencies in Yemen warned of famine. "
            "Saudi jets also struck inside the mountains of the north.",
            [("SAU", "19", "YEM")],
        ),
    ],
)
def test_force_hits_a_victim_or_a_place(extract, text, present):
    check(extract(text), present=present)


def test_fighting_in_a_place_names_no_victim(extract):
    assert all(t != "SYR" for _, _, t in triples(extract("Kurdish fighters fought in Syria on Monday.")))


def test_alert_is_against_the_feared_side(extract):
    check(
        extract("India put its border troops on high alert amid fears of an attack by Pakistani forces."),
        present=[("IND", "15", "PAK")],
    )


def test_surrender_to_the_reporting_side(extract):
    events = extract("A Somali army commander said dozens of al-Shabaab militants had surrendered overnight.")
    assert [(e.source.actor.id, e.action.root, e.target.actor.group) for e in events if e.target] == [
        ("SHABAAB", "08", "SOM")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters surrendered on Tuesday.",  # to whom is not told
        "Japan placed its forces on alert on Sunday.",  # against whom is not told
    ],
)
def test_half_told_acts_are_held_back(extract, text):
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Chad and Niger allied against Boko Haram last month.", [("TCD", "NGA"), ("NER", "NGA")]),
        ("Kenya formed a coalition against al-Shabaab with Ethiopia.", [("KEN", "SOM")]),
    ],
)
def test_the_common_enemy_of_allies_is_no_partner(extract, text, absent):
    events = extract(text, min_confidence=0)
    check(events, absent=absent)
    assert not any(
        e.action.root in ("05", "06") and e.target and e.target.actor.id == "SHABAAB" for e in events
    )


def test_allies_cooperate_with_each_other(extract):
    check(extract("Chad and Niger allied against Boko Haram last month."), present=[("TCD", "05", "NER")])


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers killed fighting the Taliban last year include a nurse from Oslo.",
        "Egyptian troops, who had fought Libyan militias, now guard the border.",
        "How can Europe work with a Serbian leader who has killed thousands of Bosnian civilians?",
    ],
)
def test_people_described_in_passing_did_nothing_reported(extract, text):
    assert extract(text, min_confidence=0) == []


@pytest.mark.parametrize(
    ("verb", "prep", "obj", "role"),
    [
        ("ally", "against", None, "other"),
        ("cooperate", "against", None, "other"),
        ("join", "against", "force", "other"),
        ("form", "against", "coalition", "other"),
        ("protest", "against", None, "target"),
        ("join", "against", "protest", "target"),
    ],
)
def test_against_after_allying_is_the_common_enemy(verb, prep, obj, role):
    assert prep_role(verb, prep, obj=obj) == role


@pytest.mark.parametrize(
    ("lemma", "cameo", "needed"),
    [
        ("surrender", "0874", True),
        ("capitulate", "0874", True),
        ("withdraw", "0874", False),
        ("put", "152", True),
    ],
)
def test_acts_that_need_the_other_side(lemma, cameo, needed):
    assert needs_counterpart(lemma, cameo) is needed


@pytest.mark.parametrize(
    ("text", "verb", "passing"),
    [
        ("Soldiers killed in the ambush last week include two medics.", "killed", True),
        ("The militias, which had backed the army, now oppose it.", "backed", True),
        ("The army killed two recruits in the raid.", "killed", False),
        ("The militias that backed the army took the town.", "backed", False),
        ("Nobody trusts a general who has shelled his own towns.", "shelled", True),
        ("The general who shelled the towns resigned.", "shelled", False),
        ("Peru hosted a summit at which Chile pleaded with Bolivia.", "pleaded", False),
    ],
)
def test_described_in_passing(nlp, text, verb, passing):
    token = next(t for t in nlp(text) if t.text == verb)
    assert described_in_passing(token) is passing


def test_victims_hung_on_a_participle(nlp):
    doc = nlp("The gunmen shot and injured escaping villagers.")
    shot = next(t for t in doc if t.text == "shot")
    assert [t.text for t in victim_tokens(shot)] == ["villagers"]


@pytest.mark.parametrize(
    "text",
    [
        "The gunmen stormed the depot and seized the trucks.",  # the verb has its own object
        "The pilots bombed the bridge, then photographed the convoy.",
    ],
)
def test_no_victims_borrowed_from_other_verbs(nlp, text):
    doc = nlp(text)
    verb = next(t for t in doc if t.pos_ == "VERB")
    assert victim_tokens(verb) == []


def test_surrendering_a_thing_is_no_capitulation(extract):
    events = extract(
        "Critics say the Canadian premier is surrendering a key veto to Brussels.", min_confidence=0
    )
    assert not any(e.action.cameo == "0874" for e in events), triples(events)


def test_fighting_back_answers_the_attacker(extract):
    events = extract(
        "Gunmen from al-Shabaab attacked a Kenyan army base near the border on Monday. "
        "Kenyan soldiers fought back."
    )
    check(events, present=[("SOM", "19", "KEN"), ("KEN", "19", "SOM")])


def test_fighting_back_at_no_one_named_is_held_back(extract):
    assert extract("Kenyan soldiers fought back.") == []


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Iraqi troops recaptured the city of Mosul from Isis on Sunday.", [("IRQ", "19", "ISIS")]),
    ],
)
def test_a_place_taken_from_a_side_targets_that_side(extract, text, present):
    events = extract(text)
    check(events, present=present, absent=[("IRQ", "IRQ")])


def test_an_idiom_is_no_place_of_force(extract):
    text = (
        "Fighting spread across Yemen on Monday, and aid agencies in Yemen warned of famine. "
        "Villagers hid the radios in case Saudi jets raided the market."
    )
    assert all(t != "YEM" for s, _, t in triples(extract(text, min_confidence=0)) if s == "SAU")
