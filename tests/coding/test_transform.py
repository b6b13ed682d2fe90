"""Codes of intended, threatened, refused, asked-for and negated acts."""

import pytest

from kg.coding import CameoCoder, load_cameo
from kg.coding.transform import (
    appeal_code,
    demand_code,
    halt_code,
    intent_code,
    recode,
    refusal_code,
    threat_code,
)


@pytest.mark.parametrize(
    ("fn", "code", "expected"),
    [
        (intent_code, "042", "036"),  # a planned visit is an intent to meet
        (intent_code, "072", "0332"),
        (intent_code, "190", "138"),  # an intended attack is a threat of force
        (intent_code, "120", "120"),
        (threat_code, "163", "1312"),
        (refusal_code, "040", "125"),  # "will not meet" rejects meeting
        (refusal_code, "080", "124"),  # "will not bend" declines to yield
        (appeal_code, "0874", "0256"),
        (demand_code, "087", "1056"),
        # cooperation stopped is a relation reduced, the kind of aid naming which
        (halt_code, "072", "1622"),
        (halt_code, "071", "1621"),
        (halt_code, "070", "162"),
        (halt_code, "046", "164"),  # negotiations broken off
        (halt_code, "0863", "1663"),
        (halt_code, "030", "120"),  # no cooperation under way to stop: a refusal
    ],
)
def test_transforms(fn, code, expected):
    assert fn(code) == expected


def test_every_transform_gives_a_known_code():
    table = load_cameo()
    for fn in (intent_code, threat_code, refusal_code, appeal_code, demand_code, halt_code):
        for c in table:
            assert fn(c.code) in table


def test_a_refused_concession_refuses_the_same_thing():
    """Each kind of yielding (081-087) has its own refusal (123, 1241-1246), naming what is refused."""
    table = {c.code: c.label.lower() for c in load_cameo()}
    yields = [code for code in table if code.startswith("08") and len(code) == 3 and code != "080"]
    assert len(yields) == 7
    for code in yields:
        refused = refusal_code(code)
        assert refused.startswith("12") and refused not in ("120", "124"), (code, refused)
        thing = table[code].replace(",", "").split()[-1]  # "sanctions", "involvement", ...
        assert thing in table[refused], (code, table[code], refused, table[refused])


def test_recode_keeps_the_words():
    action = CameoCoder().code("meet", text="will meet")
    intended = recode(action, "intent")
    assert (intended.cameo, intended.root, intended.text) == ("036", "03", "will meet")
    assert intended.plover == "AGREE"
