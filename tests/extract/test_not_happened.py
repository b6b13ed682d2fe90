"""An act a sentence says did not happen is no event; refusals, failures and negated plans are."""

import pytest

from tests.extract.conftest import key, triples


@pytest.mark.parametrize(
    "text",
    [
        "Kenya has not yet made peace with Uganda.",
        "The Egyptian president said he had not consulted Merkel on the plan.",
        "Britain has still not pressed Kenya to free the detained men.",
        "Peru did not attack Bolivia.",
    ],
)
def test_an_act_that_did_not_happen_is_no_event(extract, text):
    assert triples(extract(text)) == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Kenya refused to meet Uganda.", ("KEN", "12", "UGA")),
        ("Kenya and Uganda failed to reach a deal over the border.", ("KEN", "12", "UGA")),
        ("Kenya will not meet Uganda.", ("KEN", "12", "UGA")),
    ],
)
def test_refusals_failures_and_negated_plans_stay(extract, text, event):
    assert event in triples(extract(text))


def _modality_of(events, source, target):
    found = [e for e in events if key(e.source) == source and key(e.target) == target]
    assert found, f"no {source}->{target} event in {triples(events)}"
    return {e.modality for e in found}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # A future told by another side is its forecast, not the doer's plan ...
        ("Ethiopia will sign a trade deal with Sudan next week, an Egyptian minister said.", "ETH", "SDN"),
        ("An Egyptian minister said Ethiopia would sign a trade deal with Sudan.", "ETH", "SDN"),
        # ... so is a future told with an adverb of guessing or as a forecast of conduct.
        ("Kenya will probably expel the Somali ambassador.", "KEN", "SOM"),
        ("Kenya will not readily forgive Somalia.", "KEN", "SOM"),
        ("Kenya probably armed the Somali rebels.", "KEN", "SOM"),
        # A condition set with "only … when/once" and a stance held are no plans.
        ("Japan has said it will only fund Laos's new airport once the audit is complete.", "JPN", "LAO"),
        (
            "The envoy stood by the position that Canada will only help Haiti when elections are held.",
            "CAN",
            "HTI",
        ),
        # The content of a plan set out in a speech is how things are to go, not an act.
        (
            "The president set out his plan in a speech, saying Spanish troops would stay in Mali and keep "
            "training the Malian army.",
            "ESP",
            "MLI",
        ),
        # An event noun its own words call imminent is expected, not done, whatever its verb says.
        ("Farmers fled an imminent Turkish air strike on Iraq.", "TUR", "IRQ"),
        # An event noun inside a possible clause is possible too.
        ("Thousands of refugees may cross the border after an Israeli bombardment of Lebanon.", "ISR", "LBN"),
    ],
)
def test_forecasts_conditions_and_stances_are_hypothetical(extract, text, source, target):
    assert _modality_of(extract(text, min_confidence=0), source, target) == {"hypothetical"}
    assert not any(key(e.source) == source and key(e.target) == target for e in extract(text))


@pytest.mark.parametrize(
    ("text", "source", "target", "modality"),
    [
        # The doer's own word on its future act is its plan ...
        (
            "Ethiopia will sign a trade deal with Sudan next week, the Ethiopian trade minister said.",
            "ETH",
            "SDN",
            "intended",
        ),
        # ... and so is a visit the host announces.
        (
            "The Chilean president will visit Peru next month, the Peruvian embassy said.",
            "CHL",
            "PER",
            "intended",
        ),
        ("Kenya will not forgive Somalia.", "KEN", "SOM", "intended"),
        ("Canada will help Haiti when elections are held, the envoy said.", "CAN", "HTI", "intended"),
        (
            "The president said Spanish troops would stay in Mali and keep training the Malian army.",
            "ESP",
            "MLI",
            "intended",
        ),
        (
            "Thousands of refugees crossed the border after an Israeli bombardment of Lebanon.",
            "ISR",
            "LBN",
            "asserted",
        ),
        ("Denmark imposed sanctions against Belarus on Monday.", "DNK", "BLR", "asserted"),
    ],
)
def test_plans_and_reports_keep_their_mood(extract, text, source, target, modality):
    assert _modality_of(extract(text), source, target) == {modality}


@pytest.mark.parametrize(
    "text",
    [
        # What a poll finds, or a share of the public thinks, is an opinion: no act by the country.
        "A poll shows that most Danes support sanctions against Belarus.",
        "A new survey suggests that 61% of Norwegian voters back air strikes on Libya.",
    ],
)
def test_opinion_polls_are_no_acts(extract, text):
    assert triples(extract(text, min_confidence=0)) == []
