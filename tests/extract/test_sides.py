"""A state's own forces are its means, not its counterpart; news outlets are no one's antecedent."""

import pytest

from tests.extract.conftest import check, triples


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Erdoğan threatened to send Turkish troops to retake the town.", "TUR"),
        ("The Egyptian government agreed to keep Egyptian troops in Yemen a little longer.", "EGY"),
        ("The Kenyan government is withdrawing Kenyan troops from Somalia.", "KEN"),
    ],
)
def test_own_forces_are_no_target(extract, text, source):
    check(extract(text), absent=[(source, source)])


def test_a_government_and_its_opposition_stay_two_sides(extract):
    check(extract("The Syrian army attacked the Syrian opposition."), present=[("SYR", "19", "SYR")])


def test_a_news_outlet_is_no_target(extract):
    assert all(t is None for _, _, t in triples(extract("Merkel told News Corp that the talks had failed.")))


@pytest.mark.parametrize(
    "text",
    [
        "The report was first carried by Reuters. The organisation said Egypt was ready to talk.",
        "Reuters reported the news. Both sides said the talks were over.",
    ],
)
def test_news_outlets_are_no_antecedent(extract, text):
    assert all("REUTERS" not in (s, t) for s, _, t in triples(extract(text)))


def test_someone_serving_a_leader_acts_for_the_leaders_country(extract):
    check(
        extract("Jim Dalton, Trump's Libya envoy, criticised Egypt on Monday."),
        present=[("USA", "11", "EGY")],
    )


@pytest.mark.parametrize(
    ("text", "not_source"),
    [
        ("Kenya began evacuating its citizens after days of anti-Kenyan demonstrations.", "KEN"),
        ("Pro-Egyptian rallies were held across Khartoum.", "EGY"),
    ],
)
def test_the_cause_of_a_protest_is_not_its_agent(extract, text, not_source):
    assert all(s != not_source for s, _, _ in triples(extract(text)))


def test_someones_backers_are_not_that_someone(extract):
    found = triples(extract("Peru now seeks accommodation with Egypt and its backers."))
    assert ("PER", "02", "EGY") in found
    assert all(t in ("EGY", None) for _, _, t in found)


def test_a_sponsor_is_not_a_side_of_the_talks_it_sponsors(extract):
    found = triples(extract("The Egypt-brokered talks between Israel and Hamas resumed on Monday."))
    assert ("ISR", "04", "HAMAS") in found
    assert all(s != "EGY" for s, _, _ in found)
    assert ("USA", "19", "SYR") in triples(extract("US-led strikes on Raqqa killed dozens."))


def test_a_nationality_on_someones_talks_is_their_topic(extract):
    found = triples(
        extract("Kenya and Uganda are co-sponsoring Vladimir Putin's Syrian dialogue this month.")
    )
    assert all(t != "SYR" for _, _, t in found)


def test_a_people_unnamed_by_the_tables_is_not_the_last_country_named(extract):
    text = "Trinidad has jailed two men. The Kurdish authorities say the UK government has stonewalled them."
    assert all(s != "TTO" for s, _, _ in triples(extract(text)))
