"""Louvain communities on hand-made graphs with an obvious answer."""

import networkx as nx

from kg.graph import communities, community_sets


def _two_blocs():
    # two tight triangles (many events inside) joined by a single event
    g = nx.MultiDiGraph()
    for bloc in (("A", "B", "C"), ("X", "Y", "Z")):
        for u in bloc:
            for v in bloc:
                if u != v:
                    g.add_edge(u, v)
                    g.add_edge(u, v)
    g.add_edge("C", "X")
    return g


def test_two_blocs_found_and_stable_across_runs():
    sets = community_sets(_two_blocs())
    assert sets == [frozenset("ABC"), frozenset("XYZ")]
    assert community_sets(_two_blocs(), seed=0) == sets


def test_table_counts_events_inside_and_outside():
    df = communities(_two_blocs()).set_index("actor")
    assert df.loc["A", "community"] == df.loc["B", "community"] != df.loc["X", "community"]
    assert df.loc["C", "events"] == 8 and df.loc["C", "events_outside"] == 1
    assert df.loc["A", "events_outside"] == 0 and df.loc["A", "size"] == 3


def test_empty_graph():
    assert community_sets(nx.MultiDiGraph()) == []
    assert communities(nx.MultiDiGraph()).empty
