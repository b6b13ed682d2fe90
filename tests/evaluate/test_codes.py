"""Actor codes compared by country or organisation, and by sector."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.evaluate import actor_key, coarse_code, sector_code


@pytest.mark.parametrize(
    ("code", "coarse", "sector"),
    [
        ("IGOEEU", "EU", "EU"),
        ("EU", "EU", "EU"),
        ("IGOUNO", "UN", "UN"),
        ("IGOUNOMIL", "UN", "UNMIL"),
        ("IGOWSTNAT", "NATO", "NATO"),
        ("USAGOV", "USA", "USAGOV"),
        ("SYRREB", "SYR", "SYRREB"),
        ("IMGMUSISI", "ISIS", "ISIS"),
        ("ISIS", "ISIS", "ISIS"),
        ("HEZ", "HEZ", "HEZ"),
        ("---GOV", "---", "---GOV"),
        ("---", "", ""),
        ("", "", ""),
        ("SRBCVLalb", "SRB", "SRBCVL"),
    ],
)
def test_codes(code, coarse, sector):
    assert coarse_code(code) == coarse
    assert sector_code(code) == sector


def test_kg_actor_records():
    person = {"id": "jens-stoltenberg", "kind": "person", "cameo": "NATO", "group": "NATO", "country": None}
    group = {"id": "HEZ", "kind": "group", "cameo": "HEZ", "country": "LBN", "group": "LBN"}
    country = {"id": "RUS", "kind": "country", "cameo": "RUS", "country": "RUS"}
    sector = {"id": "RUSGOV", "kind": "sector", "cameo": "RUSGOV", "country": "RUS"}
    assert [actor_key(a) for a in (person, group, country, sector)] == ["NATO", "HEZ", "RUS", "RUS"]
    assert actor_key(sector, level="sector") == "RUSGOV"


@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ-", max_size=12))
def test_sector_key_extends_the_coarse_key(code):
    coarse, sector = coarse_code(code), sector_code(code)
    assert sector.startswith(coarse)
    assert len(sector) <= len(coarse) + 3
