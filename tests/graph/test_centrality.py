"""Key actors on hand-made graphs whose centralities and scores are worked out by hand."""

import networkx as nx
import pytest

from kg.errors import QueryError
from kg.graph import actor_scores, key_actors


def _hub():
    # A, B, C all act on H; H acts on D. Directed betweenness of H: the 3 pairs (A|B|C, D) of the
    # 4*3 = 12 ordered pairs of other nodes -> 0.25. Degree centrality of H: 4 / 4 = 1.
    g = nx.MultiDiGraph()
    g.add_edge("A", "H", quad_class=4, goldstein=-10.0)
    g.add_edge("A", "H", quad_class=3, goldstein=-4.0)
    g.add_edge("B", "H", quad_class=1, goldstein=1.0)
    g.add_edge("C", "H", quad_class=2, goldstein=7.0)
    g.add_edge("H", "D", quad_class=3, goldstein=-2.0)
    return g


def test_centralities():
    df = key_actors(_hub()).set_index("actor")
    assert df.loc["H", "betweenness"] == 0.25
    assert df.loc["A", "betweenness"] == 0.0
    assert df.loc["H", "degree"] == 1.0 and df.loc["A", "degree"] == 0.25
    assert (df.loc["H", "events_in"], df.loc["H", "events_out"], df.loc["H", "partners"]) == (4, 1, 4)
    assert abs(df["pagerank"].sum() - 1.0) < 1e-3
    assert df["pagerank"].idxmax() == "D"  # everything flows into D
    assert df.loc["A", "pagerank"] == df.loc["B", "pagerank"] == df.loc["C", "pagerank"]


def test_hostility_and_cooperation_scores():
    s = actor_scores(_hub())
    assert s["A"]["hostility"] == 14.0 and s["A"]["cooperation"] == 0.0
    assert s["C"]["cooperation"] == 7.0
    assert s["H"]["hostility_received"] == 14.0 and s["H"]["cooperation_received"] == 8.0
    assert s["H"]["hostility"] == 2.0 and s["D"]["hostility_received"] == 2.0
    assert s["A"]["net_goldstein"] == -14.0


def test_ranking_and_top():
    assert key_actors(_hub(), sort_by="hostility")["actor"].tolist()[:2] == ["A", "H"]
    assert key_actors(_hub(), sort_by="cooperation_received", top=1)["actor"].tolist() == ["H"]
    with pytest.raises(QueryError, match="sort key actors by 'fame'"):
        key_actors(_hub(), sort_by="fame")
    assert key_actors(nx.MultiDiGraph()).empty
