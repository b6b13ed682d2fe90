"""A state's own forces are its means, not its counterpart; news outlets are no one's antecedent."""

import pytest

from tests.extract.conftest import check, triples


@pytest.mark.parametrize(
    ("text", "source", "present"),
    [
        (
            "Erdoğan threatened Syria, saying he would send Turkish troops to retake the town.",
            "TUR",
            [("TUR", "13", "SYR")],
        ),
        (
            "The Egyptian government will extend the stay of Egyptian troops in Yemen by six months.",
            "EGY",
            [],
        ),
        ("The Kenyan government is withdrawing Kenyan troops from Somalia.", "KEN", [("KEN", "08", None)]),
    ],
)
def test_own_forces_are_no_target(extract, text, source, present):
    check(extract(text, min_confidence=0), present=present, absent=[(source, source)])


def test_a_government_and_its_opposition_stay_two_sides(extract):
    check(extract("The Syrian army attacked the Syrian opposition."), present=[("SYR", "19", "SYR")])


def test_a_news_outlet_is_no_target(extract):
    found = triples(extract("Merkel told News Corp that Russia had been unhelpful.", min_confidence=0))
    assert ("DEU", "01", "RUS") in found, found
    assert all(t in ("RUS", None) for _, _, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Reuters carried the report first. The agency said Egypt had attacked Libya.",
        "Reuters reported the news. Both sides said Sudan had attacked their troops.",
    ],
)
def test_news_outlets_are_no_antecedent(extract, text):
    found = triples(extract(text, min_confidence=0))
    assert found, "the reported act is extracted"
    assert all("REUTERS" not in (s, t) for s, _, t in found), found


def test_someone_serving_a_leader_acts_for_the_leaders_country(extract):
    check(
        extract("Jim Dalton, Trump's Libya envoy, criticised Egypt on Monday."),
        present=[("USA", "11", "EGY")],
    )


@pytest.mark.parametrize(
    ("text", "not_source"),
    [
        ("Uganda criticised Kenya after days of anti-Kenyan demonstrations.", "KEN"),
        ("Pro-Egyptian rallies were held across Khartoum as Sudan criticised Ethiopia.", "EGY"),
    ],
)
def test_the_cause_of_a_protest_is_not_its_agent(extract, text, not_source):
    found = triples(extract(text, min_confidence=0))
    assert found, "the sentence's own act is extracted"
    assert all(s != not_source for s, _, _ in found), found


def test_someones_backers_are_not_that_someone(extract):
    found = triples(extract("Peru has appealed to Egypt and its backers to reopen talks."))
    assert ("PER", "02", "EGY") in found
    assert all(t in ("EGY", None) for _, _, t in found)


def test_a_sponsor_is_not_a_side_of_the_talks_it_sponsors(extract):
    found = triples(extract("The Egypt-brokered talks between Israel and Hamas resumed on Monday."))
    assert ("ISR", "04", "HAMAS") in found
    assert all(s != "EGY" for s, _, _ in found)
    assert ("USA", "19", "SYR") in triples(extract("US-led strikes on Raqqa killed dozens."))


def test_a_nationality_on_someones_talks_is_their_topic(extract):
    found = triples(extract("Kenya and Uganda are co-hosting Vladimir Putin's Libyan peace forum."))
    assert ("KEN", "04", "RUS") in found, found
    assert all(t != "LBY" for _, _, t in found), found


def test_a_people_unnamed_by_the_tables_is_not_the_last_country_named(extract):
    text = "Jamaica has criticised Cuba. Kurdish officials say the British government has attacked them."
    found = triples(extract(text, min_confidence=0))
    assert ("JAM", "11", "CUB") in found, found
    assert all(t == "CUB" for s, _, t in found if s == "JAM"), found
