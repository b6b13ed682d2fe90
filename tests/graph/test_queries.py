"""Relations between two actors (events, counts per root, balance), on hand-made and store graphs."""

import math

import networkx as nx
import pytest

from kg.errors import QueryError
from kg.graph import find_node, relation_balance, relation_counts, relations, to_networkx


def _graph():
    g = nx.MultiDiGraph()
    g.add_edge("A", "B", root="12", cameo="120", quad_class=3, goldstein=-4.0, mentions=2, date=None)
    g.add_edge("A", "B", root="12", cameo="125", quad_class=3, goldstein=-5.0, mentions=1, date=None)
    g.add_edge("A", "B", root="05", cameo="057", quad_class=2, goldstein=8.0, mentions=1, date=None)
    g.add_edge("B", "A", root="04", cameo="040", quad_class=1, goldstein=1.0, mentions=1, date=None)
    g.add_edge("A", "C", root="19", cameo="190", quad_class=4, goldstein=-10.0, mentions=1, date=None)
    return g


def test_counts_per_root_in_both_directions():
    df = relation_counts(_graph(), "B", "A")
    assert df[["source", "target", "root", "events", "mentions", "goldstein"]].values.tolist() == [
        ["B", "A", "04", 1, 1, 1.0],
        ["A", "B", "05", 1, 1, 8.0],
        ["A", "B", "12", 2, 3, -9.0],
    ]
    assert df.loc[df["root"] == "12", "label"].item() != ""


def test_balance_per_direction_and_both():
    df = relation_balance(_graph(), "A", "B")
    assert list(df.index) == ["A → B", "B → A", "both"]
    assert df.loc["A → B", ["events", "cooperation", "conflict", "net_goldstein"]].tolist() == [3, 1, 2, -1.0]
    assert df.loc["both", "cooperation_share"] == 0.5
    assert df.loc["both", "net_goldstein"] == 0.0
    empty = relation_balance(_graph(), "B", "C")
    assert empty.loc["both", "events"] == 0 and math.isnan(empty.loc["both", "cooperation_share"])


def test_relations_leaves_out_other_pairs_and_self():
    df = relations(_graph(), "A", "B")
    assert len(df) == 4 and set(df["target"]) == {"A", "B"}
    assert relations(_graph(), "A", "A").empty


def test_find_node_by_id_label_or_error():
    g = nx.MultiDiGraph()
    g.add_node("RUS", label="Russia")
    g.add_node("A", label="Same")
    g.add_node("B", label="Same")
    assert find_node(g, "rus") == "RUS" and find_node(g, "RUSSIA") == "RUS"
    with pytest.raises(QueryError, match="several"):
        find_node(g, "same")
    with pytest.raises(QueryError, match="no actor"):
        find_node(g, "nobody")


def test_relations_from_the_store(fixture_store):
    g = to_networkx(fixture_store)
    df = relations(g, "RUS", "UKR")
    assert df[["source", "target", "cameo"]].values.tolist() == [
        ["RUS", "UKR", "130"],
        ["RUS", "UKR", "190"],
        ["UKR", "RUS", "120"],
    ]
    assert relation_balance(g, "RUS", "UKR").loc["both", "conflict"] == 3
