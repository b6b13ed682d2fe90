"""Wrong source or target actor, the act itself right: who speaks, who is meant by "the government",
whose commanders, whose backers, which phrase an apposition describes.

Each row is a sentence written for this table: ``present`` triples (source, CAMEO root, target)
must be found, ``absent`` pairs must not act on each other.
"""

import pytest

from tests.extract.conftest import check


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A one-word place alias (not a country, not a capital) that speaks is a surname: here the
        # spokesman named before, not Indonesia.
        (
            "A spokesman for the Kurdish-led SDF said fighting went on near the river. "
            "“Our forces attacked Isis positions at dawn,” Bali said.",
            [("SDF", "19", "ISIS")],
            [("IDN", "ISIS")],
        ),
        # "The government" a foreign state backs, in a country's conflict, is that country's.
        (
            "There is a hotline to avoid a clash between US and Chinese jets in the long Burmese war, "
            "where China now backs the government, and the US arms some rebel groups.",
            [("CHN", "05", "MMR")],
            [("CHN", "USA")],
        ),
        # The parser coordinates the minister with a place of the clause before and gives the verb
        # that clause's subjects: the minister rejected the claim, not both countries.
        (
            "Both Italy and Spain have troops in Mali and Italy’s defence minister, Lorenzo Guerini, "
            "rejected Russia’s claim that the mission had failed.",
            [("ITA", "12", "RUS")],
            [("ESP", "RUS")],
        ),
        # "X's chief sponsors, A and B": the sponsors are the other party, not X.
        (
            "Qatar is cooperating with the Libyan commander Khalifa Haftar’s chief sponsors, Egypt and "
            "the UAE.",
            [("QAT", "05", "EGY"), ("QAT", "05", "ARE")],
            [("QAT", "LBY")],
        ),
        # "A Nato army" is some member's army, not the alliance; "Nato jets" are the alliance's.
        ("A Nato army attacked Serbian positions on Tuesday.", [], [("NATO", "SRB")]),
        ("Nato jets attacked Serbian positions on Tuesday.", [("NATO", "19", "SRB")], []),
        # A leader praising a party of their own country praises their own side: no event...
        ("Tony Blair hailed Labour's success in using growth to fund schools.", [], [("GBR", "GBR")]),
        # ... while a rival's attack on that party is one.
        ("Vince Cable attacked Labour's record on schools on Monday.", [("GBR", "11", "GBR")], []),
    ],
)
def test_referent_actors(extract, text, present, absent):
    check(extract(text), present, absent)


def test_place_alias_that_speaks_is_no_country(extract):
    """With no spokesman named before, the speaker is unknown: no event from Indonesia."""
    events = extract("“Our forces attacked Isis positions at dawn,” Bali said.")
    assert all(e.source.actor.country != "IDN" for e in events)


def test_capital_that_speaks_is_its_government(extract):
    """A capital still speaks for its government ("Damascus said")."""
    events = extract("Damascus said it had rejected Israel’s demands on Monday.")
    assert any(e.source.actor.id == "SYRGOV" and e.action.root == "12" for e in events), [
        (e.source.actor.id, e.action.cameo) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        # In a passage about the armed opposition, a nationality's commanders are its rebels...
        (
            "Dozens of rebel groups joined a new army set up by the exiled opposition. On Monday Syrian "
            "commanders met Turkish officers in Gaziantep.",
            "REB",
        ),
        # ... elsewhere the state's officers.
        ("Syrian commanders cooperate closely with Russian officers at the Hmeimim base.", "MIL"),
    ],
)
def test_side_of_commanders(extract, text, sector):
    events = [e for e in extract(text) if e.source.text == "Syrian commanders"]
    assert events and all(e.source.actor.sector == sector for e in events)


def test_apposition_far_from_name_describes_something_else(nlp):
    """An apposition the parser hung on a possessive name from the end of a longer phrase ("X's
    calls for a truce in Homs, the last rebel stronghold") describes Homs, not X; one right after
    the name ("Anna Lemaire, the trade minister") describes the person."""
    from spacy.tokens import Doc

    from kg.extract.coref_words import names_and_title

    words = ["Moscow", "rejected", "Lemaire", "’s", "calls", "for", "a", "truce", "in", "Homs", ",", "the",
             "last", "rebel", "stronghold", "."]  # fmt: skip
    heads = [1, 1, 4, 2, 1, 4, 7, 5, 7, 8, 1, 14, 14, 14, 2, 1]
    deps = ["nsubj", "ROOT", "poss", "case", "dobj", "prep", "det", "pobj", "prep", "pobj", "punct", "det",
            "amod", "compound", "appos", "punct"]  # fmt: skip
    pos = ["PROPN", "VERB", "PROPN", "PART", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "DET",
           "ADJ", "NOUN", "NOUN", "PUNCT"]  # fmt: skip
    far = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert not names_and_title(far[2], far[14])
    near = nlp("Anna Lemaire, the trade minister, rejected the plan.")
    name = next(t for t in near if t.text == "Lemaire")
    title = next(t for t in near if t.dep_ == "appos")
    assert title.head.i == name.i and names_and_title(name, title)


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        # Civilians killed where the article has placed nothing but one country are that country's...
        (
            "Aid workers reached a camp in Chad on Monday. Boko Haram killed 20 civilians with a car bomb "
            "on Wednesday.",
            "TCDCVL",
        ),
        # ... and of no country when it has placed things in two.
        (
            "Aid workers reached a camp in Chad on Monday, then a town in Niger. Boko Haram killed 20 "
            "civilians with a car bomb on Wednesday.",
            "---CVL",
        ),
    ],
)
def test_civilians_of_the_only_place(extract, text, victims):
    targets = [e.target.actor.id for e in extract(text) if e.target is not None]
    assert targets == [victims], targets


def test_verb_with_its_own_pronoun_is_no_part_of_a_relative_clause(extract):
    """ "fighters that we captured and put them on trial": "put" has an object pronoun, so it is no
    part of the clause on "fighters" and "we" are not its subject; the appeal itself stays ("should")."""
    events = extract(
        "On Monday Putin said that Chile, Peru and other neighbours should “take back over 300 rebel "
        "fighters that we captured in Bolivia and put them on trial”."
    )
    found = [
        (e.source.actor.country, e.action.root, e.target.actor.country if e.target else None) for e in events
    ]
    assert ("RUS", "02", "CHL") in found
    assert not any(root == "17" for _, root, _ in found), found
