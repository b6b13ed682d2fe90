import pytest

from kg.coding import CameoCoder, load_cameo, load_verbs, plover_for


def test_table_has_all_codes_with_scores():
    table = load_cameo()
    assert len(table) == 315
    roots = {c.root for c in table}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    for code in table:
        assert code.code.startswith(code.root)
        assert code.quad_class in (1, 2, 3, 4)
        assert -10.0 <= code.goldstein <= 10.0


def test_missing_goldstein_falls_back_to_parent():
    table = load_cameo()
    assert table["1951"].goldstein == table["195"].goldstein


@pytest.mark.parametrize(
    ("verb", "root", "quad"),
    [("warn", "13", 3), ("reject", "12", 3), ("demand", "10", 3), ("expel", "17", 4), ("meet", "04", 1)],
)
def test_coder(verb, root, quad):
    action = CameoCoder().code(verb, text=verb)
    assert (action.root, action.quad_class) == (root, quad)
    assert action.plover is not None


def test_verbs_without_a_default_code_are_not_events():
    verbs = load_verbs()
    assert verbs.lookup("add") is None
    assert verbs.lookup("sing") is None
    assert len(verbs) > 500


def test_plover_map_falls_back_to_parents():
    assert plover_for("1951") == plover_for("195") == "ASSAULT"
    assert plover_for("120") == "REJECT"
    # PLOVER does not code statements (CAMEO root 01); appeals (02) are requests, which the 2021
    # REQUEST category covers ("all requests, demands, and orders") though its map lists only 10.
    assert plover_for("010") is None
    assert plover_for("0231") == plover_for("020") == plover_for("100") == "REQUEST"
