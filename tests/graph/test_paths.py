"""Paths between two actors on hand-made graphs."""

import networkx as nx
import pytest

from kg.errors import QueryError
from kg.graph import actor_paths, relation_graph


def _diamond():
    # A–X–B and A–Y–B are both 2 hops; A–P–Q–B is 3 hops; X–B has three events
    g = nx.MultiDiGraph()
    for u, v in [("A", "X"), ("X", "B"), ("B", "X"), ("X", "B"), ("A", "Y"), ("B", "Y")]:
        g.add_edge(u, v, goldstein=-1.0)
    for u, v in [("A", "P"), ("P", "Q"), ("Q", "B")]:
        g.add_edge(u, v, goldstein=2.0)
    return g


def test_every_shortest_path_best_connected_first():
    df = actor_paths(_diamond(), "A", "B")
    assert df["path"].tolist() == ["A — X — B", "A — Y — B"]
    assert df["weakest_link"].tolist() == [1, 1]
    assert df["events"].tolist() == [4, 2]
    assert df.loc[0, "actors"] == ["A", "X", "B"]
    assert df.loc[0, "net_goldstein"] == -4.0


def test_all_paths_up_to_k_hops():
    assert actor_paths(_diamond(), "A", "B", max_hops=2)["hops"].tolist() == [2, 2]
    df = actor_paths(_diamond(), "A", "B", max_hops=3)
    assert df["path"].tolist() == ["A — X — B", "A — Y — B", "A — P — Q — B"]
    assert df.loc[2, "net_goldstein"] == 6.0
    assert len(actor_paths(_diamond(), "A", "B", max_hops=3, limit=1)) == 1


def test_directed_paths_follow_source_to_target():
    df = actor_paths(_diamond(), "A", "B", directed=True)
    assert df["path"].tolist() == ["A → X → B"]  # B -> Y, not Y -> B
    assert actor_paths(_diamond(), "B", "A", directed=True).empty


def test_no_path_and_errors():
    g = _diamond()
    g.add_edge("M", "N")
    assert actor_paths(g, "A", "M").empty
    with pytest.raises(QueryError, match="no actor"):
        actor_paths(g, "A", "nowhere")
    with pytest.raises(QueryError, match="max_hops"):
        actor_paths(g, "A", "B", max_hops=0)


def test_relation_graph_adds_both_directions():
    pairs = relation_graph(_diamond())
    assert pairs["X"]["B"]["events"] == 3
    assert relation_graph(_diamond(), directed=True)["X"]["B"]["events"] == 2
