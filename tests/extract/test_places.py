"""Places are not targets ("went to Syria", "in Moscow"); "attacked Syria" is."""

import pytest

from kg.extract import prep_role
from tests.extract.conftest import check, triples


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The Iraqi prime minister went to Syria.", [("IRQ", "SYR")]),
        ("Turkish troops were deployed in Iraq.", [("TUR", "IRQ")]),
        ("Canada sent troops to Latvia.", [("CAN", "LVA")]),
        ("The French president met Chinese officials in Moscow.", [("FRA", "RUS")]),
    ],
)
def test_places_are_not_targets(extract, text, absent):
    check(extract(text), absent=absent)


def test_attacked_country_is_a_target(extract):
    check(extract("Israel attacked Syria."), [("ISR", "19", "SYR")])


def test_meeting_place_is_kept_as_place(extract):
    events = extract("The French president met Chinese officials in Moscow.")
    check(events, [("FRA", "04", "CHN")])
    assert any(e.place == "Moscow" for e in events)


def test_force_used_in_a_place_hits_whoever_holds_it(extract):
    found = triples(extract("Russian jets bombed rebel positions in Syria."))
    assert any(s == "RUS" and r == "19" and t == "SYR" for s, r, t in found)


@pytest.mark.parametrize(
    ("verb", "prep", "obj", "role"),
    [
        ("go", "to", None, "place"),
        ("travel", "to", None, "place"),
        ("talk", "to", None, "target"),
        ("give", "to", "weapon", "target"),
        ("send", "to", "troop", "place"),
        ("attack", "in", None, "place"),
        ("intervene", "in", None, "target"),
        ("impose", "on", None, "target"),
        ("fire", "at", None, "target"),
        ("meet", "at", None, "place"),
        ("talk", "about", None, "other"),
        ("withdraw", "from", None, "target"),
    ],
)
def test_prep_role(verb, prep, obj, role):
    assert prep_role(verb, prep, obj=obj) == role


def test_forces_moving_into_a_held_place_act_against_its_holder(extract):
    text = (
        "Isis fighters attacked a checkpoint near Raqqa. "
        "The SDF said its fighters had advanced into villages held by the militant group."
    )
    found = triples(extract(text))
    assert ("SDF", "19", "ISIS") in found or ("SYR", "19", "ISIS") in found, found
    assert ("ISIS", "19", "SYR") in found  # a checkpoint near Raqqa: its holder, Syria


def test_an_unnamed_place_is_no_victim(extract):
    events = extract("Isis fighters attacked the town.")
    assert all(e.target is None or e.target.text != "the town" for e in events)


def test_a_named_victim_beats_the_place_of_the_attack(extract):
    events = extract("Israel said it had struck Damascus, targeting depots of the Hezbollah militia.")
    check(events, absent=[("ISR", "SYR")])
    assert any(e.target is not None and "Hezbollah" in e.target.text for e in events)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Danish minister met Chilean envoys in Copenhagen on Friday.", "Copenhagen"),
        ("The Danish minister met Chilean envoys in the port city of Aarhus.", "Aarhus"),
        ("The Danish minister met Chilean envoys in recent weeks.", None),
        ("The Danish minister met Chilean envoys in response to the floods.", None),
        ("The Danish minister met Chilean envoys in public for the first time.", None),
    ],
)
def test_event_place_is_a_named_place_or_nothing(extract, text, place):
    events = extract(text)
    check(events, [("DNK", "04", "CHL")])
    assert {e.place for e in events} == {place}
