"""Who an appeal or a show of support is aimed at: the one asked, or the author of what is backed."""

import pytest

from tests.extract.conftest import check

CASES = [
    # (text, triples that must be found, (source, target) pairs that must not)
    # the one asked is the target, even unnamed: never the one the act asked for would be done to
    (
        "The Greek minister called on neighbouring governments to expel the Turkish diplomats.",
        [],
        [("GRC", "TUR")],
    ),
    ("The Greek minister urged Ankara to take back the Kurdish prisoners.", [("GRC", "02", "TUR")], []),
    ("The Greek minister called on the EU to sanction Turkey.", [("GRC", "02", "EU")], [("GRC", "TUR")]),
    ("The Greek minister appealed to Brussels to punish Ankara.", [], [("GRC", "TUR")]),
    # "it" backed after an offer was named: support for the offer's author
    (
        "Chile rejected Peru's offer on Tuesday. A day later Bolivia backed it.",
        [("BOL", "05", "PER")],
        [("BOL", "CHL")],
    ),
    # ... and for no one when its author is not named, never for whoever answered it
    (
        "The Arab League wants a truce in Libya. Algeria ignored its appeal for calm. Egypt endorsed it.",
        [],
        [("EGY", "DZA")],
    ),
    ("Moldova has turned down the plan. Ukraine backs it.", [], [("UKR", "MDA")]),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_addressee(extract, text, present, absent):
    check(extract(text), present, absent)
