"""Targets paired right: no subject of the next clause, no receiver of a thing given, no matter an act
is about, no place taken for a party, no side an own act is refused to, and the seller a pledge to
buy deals with."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check, triples

#: A quarrel that makes Chile and Peru each other's usual counterpart.
QUARREL = "Chile and Peru have long quarrelled. Chile accused Peru of spying. Peru accused Chile of lying."


#: (text, triples found, (source, target) pairs never found).
CASES = [
    # the subject of a clause coordinated after the act is not its target
    ("Iran is arming the regime and the United States funds several rebel factions.", [], [("IRN", "USA")]),
    ("Egypt is backing the army and Qatar funds several militias.", [], [("EGY", "QAT")]),
    ("Canada urged Mexico and Cuba to hold talks.", [("CAN", "02", "MEX"), ("CAN", "02", "CUB")], []),
    # criticism of a thing given is aimed at the giver, not at who receives it
    ("Brazil opposed an invitation to Venezuelan rebels to attend the summit.", [], [("BRA", "VEN")]),
    ("Venezuela refused access to Colombian inspectors.", [("VEN", "12", "COL")], []),  # the source gives
    # a measure rejected or condemned is against or on someone: they are the matter, not the target
    ("Russia vetoed a resolution against Syria.", [], [("RUS", "SYR")]),
    ("Peru condemned the Chilean ban on refugees from Bolivia.", [], [("PER", "BOL")]),
    # the matter a solution is to is no party
    ("Norway delegated finding a solution to Sudan to Kenya.", [], [("NOR", "SDN")]),
    # a country troops are to withdraw from is where they are, not a party; a body left is one, and a
    # withdrawal done yields the place to its country (CAMEO 08)
    ("Trump decided to withdraw troops from Syria.", [], [("USA", "SYR")]),
    ("Britain withdrew from the EU.", [("GBR", "08", "EU")], []),
    ("The US has started withdrawing troops from Iraq.", [("USA", "08", "IRQ")], []),
    # a pledge to buy deals with the seller named on the goods
    ("Ghana pledged $2bn to buy US helicopters.", [("GHA", "03", "USA")], []),
    ("Ghana pledged to purchase Russian gas.", [("GHA", "03", "RUS")], []),
    # a refusal of an own act goes to whoever asked (a guess at the usual counterpart: see below)
    ("Bolivia called on Chile to open the border. Chile refused to open it.", [("CHL", "12", "BOL")], []),
    # a counterpart named lately as a party (as a place: see below)
    (
        "Peru accused Chile of spying. Peru accused Chile of lying.\nAid agencies are busy.\n"
        "Peru warned that Chile is full.",
        [("PER", "13", "CHL")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_targets_are_paired_right(extract, text, present, absent):
    check(extract(text), present=present, absent=absent)


#: (text, an event that must not be found) where the usual counterpart would be a guess.
NOT_IMPLIED = [
    (QUARREL + " Chile refused to get involved.", ("CHL", "12", "PER")),
    (
        "Peru accused Chile of spying. Peru accused Chile of lying.\nAid agencies are busy.\n"
        "Peru warned that the camps in northern Chile are full.",
        ("PER", "13", "CHL"),
    ),
]


@pytest.mark.parametrize(("text", "event"), NOT_IMPLIED)
def test_no_counterpart_is_implied(extract, text, event):
    assert event not in triples(extract(text, min_confidence=0))


#: Pledges made to the public in a speech, or only to try: held back by default, shown at min 0.
VAGUE_PLEDGES = [
    "In his speech, the Kenyan president pledged more support for farmers.",
    "In a televised address, Kenya's president promised new jobs.",
    "The Kenyan president pledged new jobs in a speech on Monday.",
    "Kenya pledged to attempt a rescue.",
    "Kenya promised to try to build new schools.",
]


@pytest.mark.parametrize("text", VAGUE_PLEDGES)
def test_pledges_to_no_one_in_particular_are_held_back(extract, text):
    assert ("KEN", "03", None) not in triples(extract(text))
    assert ("KEN", "03", None) in triples(extract(text, min_confidence=0))


@pytest.mark.parametrize(
    "text", ["Kenya pledged new support for farmers.", "Kenya promised to build new schools."]
)
def test_a_plain_pledge_with_no_counterpart_stands(extract, text):
    assert ("KEN", "03", None) in triples(extract(text))


def test_a_sentence_split_off_mid_sentence_is_a_fragment(nlp):
    from spacy.tokens import Doc

    from kg.extract.implicit_targets import _fragment

    words = ["Peru", "left", "the", "talks", "-", "a", "move", "Chile", "criticised", "."]
    words += ["Chile", "wept", "."]
    starts = [True] + [False] * 6 + [True, False, False, True, False, False]
    doc = Doc(nlp.vocab, words=words, sent_starts=starts)
    first, piece, whole = list(doc.sents)
    assert not _fragment(first)
    assert _fragment(piece)  # follows "move", a word in the middle of a sentence
    assert not _fragment(whole)  # follows a full stop
