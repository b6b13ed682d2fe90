"""The root a verbal form codes: aid stopped, failed appeals, pressure, rejected claims (our sentences)."""

import pytest

from tests.extract.conftest import check, triples

CASES = [
    # (text, triples that must be found, (source, target) pairs that must not)
    # cooperation stopped is a relation reduced (16), not a refusal (12)
    ("Canada will no longer supply weapons to the YPG, the minister said.", [("CAN", "16", "YPG")], []),
    ("Canada stopped supplying weapons to the YPG last month.", [("CAN", "16", "YPG")], []),
    ("The Dutch government no longer wanted to fund the Lebanese army.", [("NLD", "16", "LBN")], []),
    # a refusal is still a refusal
    ("Canada refused to supply weapons to the YPG.", [("CAN", "12", "YPG")], []),
    # the appeal was made though the persuading failed or was only tried
    (
        "The UN conceded that its envoy failed to persuade Moscow to accept a longer list of delegates.",
        [("UN", "02", "RUS")],
        [],
    ),
    ("Iran tried hard to convince the Kremlin to scale back its air campaign.", [("IRN", "02", "RUS")], []),
    # pushing someone into a decision is pressure (a demand), not criticism or force
    ("Tehran pushed Moscow into an embarrassing climbdown on the pipeline.", [("IRN", "10", "RUS")], []),
    ("It was Erdogan who pushed Trump into last week’s retreat on Syria.", [("TUR", "10", "USA")], []),
    # a claim rejected is a rejection, not a denial of one's own responsibility
    (
        "The French minister rejected Moscow's claim that the rebels had been beaten.",
        [("FRA", "12", "RUS")],
        [],
    ),
    # support given as aid is aid
    ("The US has supported the Afghan government with military aid.", [("USA", "07", "AFG")], []),
    # leave given is yielding (as "allowed"), not an intent to cooperate
    ("Egypt gave Sudan a green light to build the dam.", [("EGY", "08", "SDN")], []),
    # a thing's worth judged is no act towards its owner
    ("Germany dismissed the strategic value of Libya to Europe.", [], [("DEU", "LBY")]),
    # a venue lent to a speech is no meeting with the speaker; hosting the speaker is one
    ("Oxfam will host Angela Merkel's speech on Friday.", [], [("NGO", "DEU")]),
    ("Oxfam will host Angela Merkel on Friday.", [("NGO", "03", "DEU")], []),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_verbal_roots(extract, text, present, absent):
    check(extract(text), present, absent)


def test_stopped_aid_is_not_negated(extract):
    (event,) = [e for e in extract("Canada stopped supplying weapons to the YPG last month.") if e.target]
    assert (event.action.cameo, event.negated) == ("1622", False)


@pytest.mark.parametrize(
    ("text", "negated", "modality"),
    [
        ("Iran failed to persuade Moscow to limit its air campaign.", False, "asserted"),
        ("Iran is trying to persuade Moscow to limit its air campaign.", False, "asserted"),
        # not (yet) made: a plan, or an effort denied
        ("Iran will try to persuade Moscow to limit its air campaign.", False, "intended"),
        ("Iran did not try to persuade Moscow to limit its air campaign.", True, "intended"),
    ],
)
def test_appeals_made_though_they_failed(extract, text, negated, modality):
    events = [e for e in extract(text) if e.action.root == "02"]
    assert [(e.negated, e.modality) for e in events] == [(negated, modality)], triples(events)


def test_a_resolve_naming_what_it_forbids_takes_no_implicit_target(extract):
    # whom or what "will not allow" concerns is named in its clause: no counterpart is implied
    text = (
        "Turkey has warned Syria about the border. Turkey has warned Syria again. "
        "Meanwhile, Ankara declared that it would not allow Idlib province to become a battlefield."
    )
    found = triples(extract(text))
    assert ("TUR", "13", "SYR") in found
    assert not any(root == "12" for _, root, _ in found), found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a side's own verdict on its war, quoted: a claim of victory, not a reported act
        ('"We have defeated the Taliban in Helmand," the Canadian prime minister said on Monday.', False),
        (
            'The Canadian prime minister tweeted: "We have defeated the Taliban in Helmand, our only reason '
            'for being there."',
            False,
        ),
        ("The Canadian prime minister tweeted on Monday: “We have defeated the Taliban in Helmand.”", False),
        # an act of the day, or told by the writer, is reported
        ('"We defeated the Taliban in Helmand today," the Canadian prime minister said.', True),
        ("Canada has defeated the Taliban in Helmand, the minister said.", True),
    ],
)
def test_claims_of_victory(extract, text, found):
    assert (("CAN", "19", "TAL") in triples(extract(text))) is found
