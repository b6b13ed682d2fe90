import networkx as nx
import pytest

from kg.errors import QueryError
from kg.graph import find_node, relations, to_networkx
from kg.rdf import open_store


@pytest.fixture(scope="module")
def graph(seed_build):
    return to_networkx(open_store(seed_build.store, read_only=True))


def test_graph_groups_people_and_sectors_under_their_country(graph):
    assert {"NATO", "RUS", "USA"} <= set(graph.nodes)
    assert "wendy-sherman" not in graph
    assert graph.nodes["RUS"]["label"] == "Russia"
    assert graph.has_edge("USA", "RUS")


def test_negated_events_are_left_out_unless_asked(seed_build, graph):
    store = open_store(seed_build.store, read_only=True)
    full = to_networkx(store, include_negated=True, include_hypothetical=True)
    assert full.number_of_edges() > graph.number_of_edges()
    assert all(not d["negated"] for _, _, d in graph.edges(data=True))


def test_relations_both_directions(graph):
    df = relations(graph, "NATO", "RUS")
    pairs = set(zip(df["source"], df["target"], df["root"], strict=True))
    assert ("NATO", "RUS", "12") in pairs
    assert ("RUS", "NATO", "10") in pairs
    assert df["sentence"].str.len().min() > 20


def test_actor_level_keeps_people(seed_build):
    g = to_networkx(open_store(seed_build.store, read_only=True), level="actor")
    assert "wendy-sherman" in g


def test_find_node_errors():
    g = nx.MultiDiGraph()
    g.add_node("A", label="Same")
    g.add_node("B", label="Same")
    with pytest.raises(QueryError, match="several"):
        find_node(g, "same")
    with pytest.raises(QueryError, match="no actor"):
        find_node(g, "nobody")
