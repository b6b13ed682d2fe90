"""Precision on unseen news: plans and conditions, old history, coups, aid to fighters, and the
country of people named without one.

Each row is a sentence written for this table: ``present`` triples (source, CAMEO root, target)
must be found, ``absent`` pairs must not act on each other, ``roots_absent`` (source, root) must not
be coded.
"""

import pytest

from tests.extract.conftest import check, triples


@pytest.mark.parametrize(
    ("text", "present", "absent", "roots_absent"),
    [
        # An arranged visit is an intent to meet (036), not a visit made (042).
        (
            "Chile's foreign minister will visit Peru and Bolivia on Thursday.",
            [("CHL", "03", "PER")],
            [],
            [("CHL", "04")],
        ),
        # A condition named by "in the event of" / "in the event that" is no act.
        (
            "Officials in Athens fear Ankara would respond in the event of Greek strikes inside Libya.",
            [],
            [("GRC", "LBY"), ("TUR", "GRC")],
            [],
        ),
        ("Greece will act in the event that Turkey attacks its islands.", [], [("TUR", "GRC")], []),
        # A guessed act ("an anticipated strike", "a possible attack") is no report of one.
        (
            "Tunisia and Algeria talked ahead of an anticipated Libyan air strike in Chad.",
            [("TUN", "04", "DZA")],
            [("LBY", "TCD")],
            [],
        ),
        # Decades-old history told in a sentence is background.
        ("In 1979 Vietnam invaded Cambodia and ousted its government.", [], [("VNM", "KHM")], []),
        ("Vietnam invaded Cambodia four decades ago.", [], [("VNM", "KHM")], []),
        ("Chad overran northern Niger five years ago.", [], [("TCD", "NER")], []),
        ("Chad once backed the Malian rebels.", [], [("TCD", "MLI")], []),
        ("Chad attacked Niger two days ago.", [("TCD", "19", "NER")], [], []),
        # A coup ousts rulers: an overthrow (18), not an expulsion (17).
        (
            "Chad's army ousted the elected government of Niger on Monday.",
            [("TCD", "18", "NER")],
            [],
            [("TCD", "17")],
        ),
        # ... while diplomats ousted are expelled people.
        ("Kenya ousted three Somali diplomats on Monday.", [("KEN", "16", "SOM")], [], []),
        # Backing fighters is aid (07), not praise or cooperation (05).
        ("Iran has backed the Houthi rebels with money.", [("IRN", "07", "YEM")], [], [("IRN", "05")]),
        ("Qatar supports the Free Syrian Army.", [("QAT", "07", "SYR")], [], [("QAT", "05")]),
        (
            "Qatar has supported the Free Libya Army with weapons this week.",
            [("QAT", "07", "LBY")],
            [],
            [("QAT", "05")],
        ),
        # ... though support said to have lasted for years is a standing fact (test_precision_states).
        # ... while backing a government stays support.
        ("Egypt supported the Libyan government.", [("EGY", "05", "LBY")], [], []),
        # A characterisation is a name given, not talks held.
        (
            "The opposition dismissed the forum, describing it as “Chile meeting Peru for the cameras”.",
            [],
            [("CHL", "PER")],
            [],
        ),
        # A border is a line on the map, not the country beyond it.
        ("Peruvian troops advanced along the river towards the Chilean border.", [], [("PER", "CHL")], []),
        # Civilians with no country of their own are the people of the place of the act.
        ("Saudi jets killed forty civilians at a market in Yemen.", [("SAU", "20", "YEM")], [], []),
        (
            "Fighting spread across Yemen in May. Aid convoys arrived in Yemen on Sunday. "
            "Saudi jets bombed a market, killing forty civilians.",
            [("SAU", "20", "YEM")],
            [],
            [],
        ),
    ],
)
def test_precision_actors(extract, text, present, absent, roots_absent):
    events = extract(text)
    check(events, present, absent)
    found = triples(events)
    for source, root in roots_absent:
        assert not any(s == source and r == root for s, r, _ in found), f"{source} {root} in {found}"


def test_civilians_keep_no_country_without_a_place(extract):
    """No place in the sentence or the article: the civilians stay without a country."""
    events = extract("Nigerian troops killed thirty civilians.")
    targets = [e.target.actor.id for e in events if e.target is not None]
    assert targets and all(t.startswith("---") for t in targets), targets


@pytest.mark.parametrize(
    ("text", "date", "source", "absent_source"),
    [
        # A president named as a former one is not "the president" of the article's day.
        (
            "Former US president Barack Obama criticised the White House. US officials and the Pentagon "
            "disagreed. "
            "On Monday the president urged Germany to spend more on defence.",
            (2018, 6, 1),
            "donald-trump",
            "barack-obama",
        ),
        # Nor is one named with the title he held when the act told was years before.
        (
            "The US president, Barack Obama, criticised Congress in 2015. US officials and the Pentagon "
            "still argue. On Monday the president urged Germany to spend more on defence.",
            (2018, 6, 1),
            "donald-trump",
            "barack-obama",
        ),
        # A chancellor named before is no president.
        (
            "Angela Merkel met US diplomats in Berlin. The US embassy and the US envoy spoke. "
            "The president then urged Germany to spend more on defence.",
            (2018, 6, 1),
            "donald-trump",
            "angela-merkel",
        ),
    ],
)
def test_the_president_is_the_holder_on_the_day(extract, text, date, source, absent_source):
    import datetime as dt

    events = [e for e in extract(text, date=dt.date(*date)) if e.action.root == "02"]
    sources = {e.source.actor.id for e in events}
    assert source in sources, sources
    assert absent_source not in sources, sources


@pytest.mark.parametrize(
    ("text", "absent_source", "praiser"),
    [
        # A first name other than the one named before: another member of the family.
        (
            "Kurdish leader Masoud Barzani met Iranian officials in Erbil. Later Mustafa Barzani "
            "praised Turkey.",
            "masoud-barzani",
            None,
        ),
        (
            "Kurdish leader Masoud Barzani met Iranian officials in Erbil. Later Nechirvan Barzani "
            "praised Turkey.",
            "masoud-barzani",
            "nechirvan-barzani",
        ),
    ],
)
def test_relatives_are_not_the_person_named_before(extract, text, absent_source, praiser):
    events = extract(text, min_confidence=0)
    assert ("masoud-barzani", "04") in [(e.source.actor.id, e.action.root) for e in events]
    praise = [e for e in events if e.action.root == "05"]
    assert all(e.source.actor.id != absent_source for e in praise), [e.source.actor.id for e in praise]
    if praiser is not None:
        assert praiser in [e.source.actor.id for e in praise], [e.source.actor.id for e in praise]


def test_a_surname_alone_is_the_person_named_before(extract):
    events = extract(
        "Kurdish leader Masoud Barzani met Iranian officials. Mr Barzani then criticised Turkey."
    )
    assert ("masoud-barzani", "11") in [(e.source.actor.id, e.action.root) for e in events]


def test_an_office_left_decades_before_dates_the_act(extract):
    """Named by the title he had long left, a person's act is from his time in office: history."""
    old = extract("President Richard Nixon criticised Masoud Barzani in a letter.", min_confidence=0)
    assert not [e for e in old if "richard-m-nixon" in (e.source.actor.id, e.target and e.target.actor.id)]
    # The same act by the president in office on the day is kept: the extractor does read it.
    current = extract("President Donald Trump criticised Masoud Barzani in a letter.", min_confidence=0)
    assert ("donald-trump", "11") in [(e.source.actor.id, e.action.root) for e in current]
    # ... while a former leader acting now is news.
    now = extract(
        "Jimmy Carter, the former president, cautioned Donald Trump against going to war with North Korea."
    )
    assert ("jimmy-carter", "13") in [(e.source.actor.id, e.action.root) for e in now]
