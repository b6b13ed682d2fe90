"""An act a sentence says did not happen is no event; refusals, failures and negated plans are."""

import pytest

from tests.extract.conftest import triples


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
        ("Kenya and Uganda failed to reach agreement on the border.", ("KEN", "12", "UGA")),
        ("Kenya will not meet Uganda.", ("KEN", "12", "UGA")),
    ],
)
def test_refusals_failures_and_negated_plans_stay(extract, text, event):
    assert event in triples(extract(text))
