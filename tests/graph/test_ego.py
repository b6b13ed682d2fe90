"""Ego networks on a hand-made graph: either direction, k hops, every event among the members."""

import networkx as nx
import pytest

from kg.errors import QueryError
from kg.graph import ego_graph, ego_table, hop_distances


def _chain():
    # A -> B <- C -> D -> E, plus a second event A -> B and B -> D
    g = nx.MultiDiGraph()
    for u, v, gs in [("A", "B", -4.0), ("A", "B", 1.0), ("C", "B", 2.0), ("C", "D", 0.0), ("D", "E", 3.0)]:
        g.add_edge(u, v, goldstein=gs)
    g.add_edge("B", "D", goldstein=-1.0)
    return g


def test_hops_follow_events_in_either_direction():
    assert hop_distances(_chain(), "A", 0) == {"A": 0}
    assert hop_distances(_chain(), "A", 1) == {"A": 0, "B": 1}
    assert hop_distances(_chain(), "A", 2) == {"A": 0, "B": 1, "C": 2, "D": 2}
    assert set(hop_distances(_chain(), "E", 10)) == {"A", "B", "C", "D", "E"}


def test_ego_graph_keeps_every_event_among_its_members():
    sub = ego_graph(_chain(), "A", hops=2)
    assert set(sub.nodes) == {"A", "B", "C", "D"}
    assert sub.number_of_edges() == 5  # A->B twice, C->B, C->D, B->D; D->E is outside
    assert sub.nodes["C"]["hops"] == 2 and sub.graph["center"] == "A"


def test_ego_table_counts_direct_events_with_the_center():
    df = ego_table(_chain(), "B", hops=1)
    assert df[["actor", "hops", "events_to", "events_from", "net_goldstein"]].values.tolist() == [
        ["A", 1, 0, 2, -3.0],
        ["C", 1, 0, 1, 2.0],
        ["D", 1, 1, 0, -1.0],
    ]


def test_errors_name_the_problem():
    with pytest.raises(QueryError, match="no actor 'Q'"):
        ego_graph(_chain(), "Q")
    with pytest.raises(QueryError, match="hops"):
        ego_graph(_chain(), "A", hops=-1)
