"""Events with no target: which kinds are held back below MIN_CONFIDENCE, and the other party a pledge
or a rejection names in its own phrases."""

from __future__ import annotations

import pytest

from tests.extract.conftest import triples

#: Kinds that were mostly wrong with no target: each is held back by default and shown at min 0.
HELD_BACK = [
    ("Norway had pledged to build a new field hospital.", ("NOR", "03", None)),  # recalled
    ("Britain promised its aid budget would not shrink.", ("GBR", "03", None)),  # an assurance
    ("Eventually, Chile agreed.", ("CHL", "03", None)),  # agreed to what was said before
    ("Norway is yet to offer shelter.", ("NOR", "03", None)),  # not done
    ("Peru pledged to lift the embargo.", ("PER", "03", None)),  # whose embargo: told before
    ("Ecuador promised a tough response to any incursion.", ("ECU", "03", None)),  # a warning
    ("Syrian refugees agreed on a new committee.", ("SYR", "03", None)),  # no state's pledge
    ("Peru refused to discuss the border question.", ("PER", "12", None)),  # who asked: told before
    ("Chile rejected the proposal.", ("CHL", "12", None)),  # whose proposal: told before
    ("Kenya imposed a trade boycott on the small neighbour.", ("KEN", "14", None)),  # a sanction
    ("Ghana pulled out at the last minute.", ("GHA", "08", None)),  # of a deal, not a battle
    ("The rebels risk being crushed by Russia.", ("RUS", "19", None)),  # who suffers it is unnamed
]


#: Plain pledges, rejections of something new, retreats by armed groups: kept with no target.
KEPT = [
    ("Ethiopia agreed to open its border crossings.", ("ETH", "03", None)),
    ("Chile offered new concessions on fishing rights.", ("CHL", "03", None)),
    ("Chile rejected an invitation to a regional summit.", ("CHL", "12", None)),
    ("Hezbollah fighters retreated into the hills.", ("HEZ", "08", None)),
]


#: The other party named in the act's own phrases.
NAMED = [
    ("Japan pledged a $50m aid package for Nepal.", ("JPN", "03", "NPL")),
    ("Chile rejected an appeal from Bolivia.", ("CHL", "12", "BOL")),
    ("Chile rejected a Bolivian appeal for talks.", ("CHL", "12", "BOL")),
]


@pytest.mark.parametrize(("text", "event"), HELD_BACK)
def test_mostly_wrong_kinds_are_held_back(extract, text, event):
    assert event not in triples(extract(text))
    assert event in triples(extract(text, min_confidence=0))


@pytest.mark.parametrize(("text", "event"), KEPT)
def test_plain_targetless_events_are_kept(extract, text, event):
    assert event in triples(extract(text))


@pytest.mark.parametrize(("text", "event"), NAMED)
def test_the_other_party_is_found_in_the_acts_phrases(extract, text, event):
    found = triples(extract(text))
    assert event in found
    assert (event[0], event[1], None) not in found
