"""Events named by nouns: talks between, strikes on, deployments; unnamed agents are not coded."""

import pytest

from tests.extract.conftest import check, triples

CASES = [
    (
        "Talks between Ethiopia and Egypt ended without agreement.",
        [("ETH", "04", "EGY"), ("EGY", "04", "ETH")],
    ),
    ("Saudi-led strikes on Sanaa killed dozens.", [("SAU", "19", "YEM")]),
]


@pytest.mark.parametrize(("text", "present"), CASES)
def test_nominal_events(extract, text, present):
    check(extract(text), present)


def test_event_noun_without_a_named_agent_is_not_coded(extract):
    assert extract("The deployment of 5,000 troops at the border worried analysts.") == []


def test_topic_nouns_are_not_events(extract):
    # "a need for talks" talks about talks; nothing happened between the two.
    found = triples(extract("Analysts stressed the need for talks between Serbia and Kosovo."))
    assert not any(s == "SRB" and r == "04" for s, r, _ in found)


def test_deployment_place_is_kept_but_not_a_target(extract):
    text = "Russia's deployment of troops near Finland alarmed Helsinki."
    # A deployment named by a noun with no one it is aimed at is held back by default (mostly wrong
    # in judged corpus samples: told in passing, or its target missed); min confidence 0 shows it.
    assert ("RUS", "15", None) not in triples(extract(text))
    (event,) = extract(text, min_confidence=0)
    assert (event.source.actor.id, event.action.root) == ("RUS", "15")
    assert event.target is None
    assert event.place is not None and "Finland" in event.place


def test_talks_in_which_the_subject_takes_part(extract):
    events = extract("The Iranian foreign minister said in talks with Turkey that the border would reopen.")
    check(events, [("IRN", "04", "TUR")])
    events = extract("Tony Blair left his talks with George Bush in a hopeful mood.")
    check(events, [("GBR", "04", "USA")])
