"""EventFilter on hand-made event attributes, and filter_events on a tiny graph."""

import datetime as dt

import networkx as nx
import pytest

from kg.errors import QueryError
from kg.graph import EventFilter, filter_events

D = dt.date
EVENT = {"date": D(2022, 2, 1), "quad_class": 3, "root": "12", "mentions": 2, "confidence": 0.6}


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (EventFilter(), True),
        (EventFilter(since=D(2022, 2, 1), until=D(2022, 2, 1)), True),  # bounds are inclusive
        (EventFilter(since=D(2022, 2, 2)), False),
        (EventFilter(until=D(2022, 1, 31)), False),
        (EventFilter(quad_classes=frozenset({3, 4})), True),
        (EventFilter(quad_classes=frozenset({1})), False),
        (EventFilter(roots=frozenset({"12"})), True),
        (EventFilter(roots=frozenset({"13"})), False),
        (EventFilter(min_mentions=2), True),
        (EventFilter(min_mentions=3), False),
        (EventFilter(min_confidence=0.7), False),
        (EventFilter(actors=frozenset({"A", "B"})), True),
        (EventFilter(actors=frozenset({"A", "C"})), False),  # both ends must be in the set
        (EventFilter(involving=frozenset({"A", "C"})), True),  # one end is enough
    ],
)
def test_each_condition(flt, expected):
    assert flt.accepts("A", "B", {**EVENT, "modality": "asserted", "negated": False}) is expected


def test_undated_events_go_once_a_date_bound_is_set():
    undated = {**EVENT, "date": None}
    assert EventFilter().accepts("A", "B", undated)
    assert not EventFilter(since=D(2000, 1, 1)).accepts("A", "B", undated)


@pytest.mark.parametrize("flags", [{"negated": True}, {"modality": "threatened"}, {"modality": "questioned"}])
def test_negated_and_unasserted_need_asking(flags):
    event = {**EVENT, **flags}
    assert not EventFilter().accepts("A", "B", event)
    assert EventFilter(include_negated=True, include_hypothetical=True).accepts("A", "B", event)


def test_parse_validates_and_describes():
    flt = EventFilter.parse(since="2022", until="2022-06", quad=[4], roots="1,19", min_mentions=2)
    assert (flt.since, flt.until) == (D(2022, 1, 1), D(2022, 6, 1))
    assert flt.roots == frozenset({"01", "19"})
    assert flt.describe() == [
        "2022-01-01 to 2022-06-01",
        "QuadClass 4",
        "CAMEO roots 01, 19",
        "at least 2 mentions",
    ]
    with pytest.raises(QueryError, match="after"):
        EventFilter.parse(since="2023-01-01", until="2022-01-01")
    with pytest.raises(QueryError, match="CAMEO root '21'"):
        EventFilter.parse(roots="21")
    with pytest.raises(QueryError, match="min_mentions"):
        EventFilter.parse(min_mentions=0)


def test_filter_events_drops_actors_left_without_events():
    g = nx.MultiDiGraph()
    g.add_node("A", label="Alpha")
    g.add_edge("A", "B", key="e1", quad_class=1)
    g.add_edge("B", "C", key="e2", quad_class=4)
    g.add_node("Z")
    out = filter_events(g, EventFilter(quad_classes=frozenset({1})))
    assert list(out.edges(keys=True)) == [("A", "B", "e1")]
    assert out.nodes["A"]["label"] == "Alpha"
    kept = filter_events(g, EventFilter(quad_classes=frozenset({1})), keep_isolated=True)
    assert set(kept.nodes) == {"A", "B", "C", "Z"}
    assert g.number_of_edges() == 2  # the input is untouched
