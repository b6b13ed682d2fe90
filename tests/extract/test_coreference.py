"""Our own coreference: pronouns, "we" in quotes, descriptions, "the two sides", implicit targets."""

import pytest

from tests.extract.conftest import check

CASES = [
    (
        "Poland summoned the Belarusian ambassador. It accused Minsk of orchestrating the crisis.",
        [("POL", "11", "BLR")],
    ),
    (
        "Finnish Prime Minister Anna Virtanen visited Kyiv on Monday. She condemned Russia.",
        [("FIN", "11", "RUS")],
    ),
    ("NATO leaders met in Brussels. The alliance warned Russia.", [("NATO", "13", "RUS")]),
    (
        "Delegations from Sudan and Chad met in Paris. The two sides discussed a ceasefire.",
        [("SDN", "04", "TCD"), ("TCD", "04", "SDN")],
    ),
    (
        "Indian Foreign Minister Ravi Kumar arrived in Dhaka. The minister criticised Bangladesh.",
        [("IND", "11", "BGD")],
    ),
]


@pytest.mark.parametrize(("text", "present"), CASES)
def test_coreference(extract, text, present):
    check(extract(text), present)


def test_the_two_sides_are_not_the_meeting_place(extract):
    events = extract("Delegations from Sudan and Chad met in Paris. The two sides discussed a ceasefire.")
    check(events, absent=[("FRA", "TCD"), ("TCD", "FRA"), ("SDN", "FRA")])


def test_he_inside_a_quote_is_not_the_speaker(extract):
    text = (
        "German Chancellor Klaus Berger met President Pierre Laval of France. "
        "“He is coming to Berlin to attack our budget,” said Mr Berger."
    )
    for e in extract(text):
        if e.source.text == "He":
            assert e.source.actor.country != "DEU"


def test_implicit_target_from_the_main_dyad_has_lower_confidence(extract):
    events = extract(
        "Armenia and Azerbaijan clashed on the border. Armenia later warned that it would respond."
    )
    check(events, [("ARM", "13", "AZE")])
    warn = next(e for e in events if e.action.root == "13")
    clash = next(e for e in events if e.action.root == "19")
    assert warn.target.text == ""
    assert warn.confidence < clash.confidence


def test_leaders_meeting_have_no_implicit_counterpart(extract):
    events = extract("Russia warned NATO. NATO leaders met in Brussels.")
    assert not any(e.action.root == "04" and e.target is not None for e in events)


def test_an_unclear_pronoun_names_no_source(extract):
    # Two countries were subjects in the sentence before: "It" could be either, so no event.
    events = extract("Chile signed a treaty with Peru, and Bolivia protested. It then condemned Ecuador.")
    assert not any(e.action.root == "11" for e in events)


def test_a_pronoun_far_from_its_antecedent_names_no_source(extract):
    text = "Kenya hosted the summit. The weather was hot. Talks went on. Delegates ate. It condemned Uganda."
    assert not any(e.action.root == "11" for e in extract(text))
