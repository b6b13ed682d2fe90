"""Background set well before the article: acts its own time, the clause it hangs on or the narration
before it puts months or years back are no news; acts of the article's days are.

Each row is a sentence written for this table (published 8 May 2020, see conftest): ``absent``
pairs must not act on each other, ``present`` triples (source, CAMEO root, target) must be found.
"""

import datetime as dt

import pytest

from kg.extract.dates import approximate_day
from tests.extract.conftest import PUBLISHED, check


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A relative date of the clause that falls well before the article ...
        ("Chile imposed a trade embargo on Bolivia last year.", [], [("CHL", "BOL")]),
        ("Chile expelled Peruvian diplomats a year ago.", [], [("CHL", "PER")]),
        ("Chile expelled Peruvian diplomats in June 2019.", [], [("CHL", "PER")]),
        ("Last year, Chile accused Peru of spying.", [], [("CHL", "PER")]),
        # ... but not one of the article's last months.
        ("Chile imposed a trade embargo on Bolivia last week.", [("CHL", "16", "BOL")], []),
        ("Chile imposed a trade embargo on Bolivia late last year.", [("CHL", "16", "BOL")], []),
        # A "when" clause right after such a date is set at it.
        (
            "Fears grew after the riot that killed ten people a year ago, when Chile expelled Bolivian "
            "diplomats.",
            [],
            [("CHL", "BOL")],
        ),
        ("Fears grew on Monday, when Chile expelled Bolivian diplomats.", [("CHL", "16", "BOL")], []),
        # An act a "since" clause counts from is the start of a span, not news ...
        ("It is now six years since Chile expelled Bolivian diplomats.", [], [("CHL", "BOL")]),
        ("The Bolivian army has grown since Chile shelled its barracks.", [], [("CHL", "BOL")]),
        # ... unless the clause names a day of the article's week.
        (
            "The Bolivian army has grown since Chile shelled its barracks on Monday.",
            [("CHL", "19", "BOL")],
            [],
        ),
        # A relative clause on a noun of a clause set long ago is set there too.
        (
            "In August 2016 Chile armed the Bolivian rebels, who seized the town of Oruro.",
            [],
            [("BOL", "BOL")],
        ),
        # So is a clause set by an event noun dated long ago.
        (
            "Chile's envoy consoled Peru after the 2016 earthquake, promising Chilean aid.",
            [],
            [("CHL", "PER")],
        ),
        # A plan announced long ago is no plan of the news.
        ("In 2013 Chile announced it would expel Bolivian diplomats.", [], [("CHL", "BOL")]),
        # An act likened to one long before sums up conduct.
        (
            "In Chile's bombing of Bolivian villages, as in the siege of La Paz in 2012, war crimes may "
            "have been committed.",
            [],
            [("CHL", "BOL")],
        ),
    ],
)
def test_set_long_ago(extract, text, present, absent):
    check(extract(text, min_confidence=0), present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # Narration in the simple past goes on in the time the sentence before set ...
        (
            "In 2009 Chile expelled Bolivian diplomats. Peru then condemned Chile over the expulsion.",
            [],
            [("PER", "CHL")],
        ),
        (
            "In March 2012 Peru recalled its envoy from Santiago. Ten days earlier, Chile had expelled "
            "Peruvian diplomats.",
            [],
            [("CHL", "PER")],
        ),
        # ... through the "would" of a past story ...
        (
            "In 2011 Ghana's leader faced a hard choice. His decision would shape the region. "
            "Ghana expelled Togolese diplomats.",
            [],
            [("GHA", "TGO")],
        ),
        # ... until a clause names a time of its own, turns to the present or to the news's sources.
        (
            "In 2009 Chile expelled Bolivian diplomats. Chile expelled Peruvian diplomats on Sunday.",
            [("CHL", "16", "PER")],
            [],
        ),
        (
            "In 2009 Chile expelled Bolivian diplomats. Peru has condemned Chile over the expulsion.",
            [("PER", "11", "CHL")],
            [],
        ),
        (
            "In 2009 Chile expelled Bolivian diplomats. The Peruvian foreign ministry said Chile expelled "
            "Peruvian diplomats.",
            [("CHL", "16", "PER")],
            [],
        ),
        # A date in a side phrase of a sentence in the present sets no narration.
        (
            "Relations between Chile and Peru are warm again after the crisis of 2016, when Bolivia "
            "shelled a Chilean town. Chile expelled Bolivian diplomats.",
            [("CHL", "16", "BOL")],
            [],
        ),
        # A relative clause dated long ago leaves the news of its sentence alone.
        (
            "Chile, which shelled Bolivian villages in 2009, expelled Peruvian diplomats on Sunday.",
            [("CHL", "16", "PER")],
            [("CHL", "BOL")],
        ),
        # A month named for a plan is the coming one.
        ("Chile will hold talks with Bolivia in February.", [("CHL", "03", "BOL")], []),
    ],
)
def test_narration(extract, text, present, absent):
    check(extract(text, min_confidence=0), present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # Support kept up for a span of years, however counted, is a standing state.
        ("Kenya has for almost three years now been arming Somali militias.", [], [("KEN", "SOM")]),
        # A term served is not.
        ("Kenya has jailed the Somali envoy for two years.", [("KEN", "17", "SOM")], []),
        # A count summed since a year long past is a tally in the simple past too.
        ("Kenyan jets killed 3,200 Somali fighters since 2012.", [], [("KEN", "SOM")]),
    ],
)
def test_spans_and_tallies(extract, text, present, absent):
    check(extract(text, min_confidence=0), present, absent)


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("last year", dt.date(2019, 7, 1)),
        ("early last year", dt.date(2019, 2, 15)),
        ("two years ago", dt.date(2018, 5, 9)),
        ("the summer of 2016", dt.date(2016, 7, 1)),
        ("between 1997 and 2003", dt.date(2003, 7, 1)),
        ("last November", dt.date(2019, 11, 15)),
        ("in March", dt.date(2020, 3, 15)),
        ("in recent weeks", PUBLISHED),
        ("Wednesday", dt.date(2020, 5, 6)),
    ],
)
def test_approximate_day(phrase, day):
    assert approximate_day(phrase, PUBLISHED) == day
