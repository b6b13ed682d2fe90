"""The aggregated pair graph on a hand-made graph."""

import datetime as dt

import networkx as nx

from kg.graph import aggregate

D = dt.date


def _graph():
    g = nx.MultiDiGraph()
    g.add_node("A", label="Alpha", kind="country")
    g.add_edge("A", "B", quad_class=4, goldstein=-10.0, root="19", mentions=3, date=D(2022, 3, 1))
    g.add_edge("A", "B", quad_class=1, goldstein=1.0, root="04", mentions=1, date=D(2022, 1, 5))
    g.add_edge("A", "B", quad_class=1, goldstein=1.0, root="04", mentions=1, date=None)
    g.add_edge("B", "A", quad_class=3, goldstein=-4.0, root="12", mentions=1, date=D(2022, 2, 2))
    return g


def test_one_edge_per_ordered_pair_with_counts_and_balance():
    pairs = aggregate(_graph())
    assert sorted(pairs.edges()) == [("A", "B"), ("B", "A")]
    ab = pairs["A"]["B"]
    assert ab["events"] == ab["weight"] == 3
    assert ab["mentions"] == 5
    assert ab["goldstein"] == -8.0
    assert round(ab["goldstein_mean"], 4) == round(-8 / 3, 4)
    assert (ab["cooperation"], ab["conflict"]) == (2, 1)
    assert ab["quad_counts"] == {1: 2, 4: 1}
    assert ab["quad_class"] == 1  # two verbal-cooperation events outnumber one attack
    assert ab["roots"] == {"04": 2, "19": 1}
    assert (ab["first_date"], ab["last_date"]) == (D(2022, 1, 5), D(2022, 3, 1))
    assert pairs["B"]["A"]["quad_class"] == 3
    assert pairs.nodes["A"]["label"] == "Alpha"


def test_ties_go_to_conflict_and_min_events():
    g = nx.MultiDiGraph()
    g.add_edge("A", "B", quad_class=2, goldstein=7.0)
    g.add_edge("A", "B", quad_class=3, goldstein=-4.0)
    g.add_edge("B", "A", quad_class=1, goldstein=1.0)
    pairs = aggregate(g)
    assert pairs["A"]["B"]["quad_class"] == 3
    assert pairs["A"]["B"]["first_date"] is None
    assert list(aggregate(g, min_events=2).edges()) == [("A", "B")]
