"""The event graph read from a real store, at group and actor level, with the default filters."""

import datetime as dt

import pytest

from kg.errors import QueryError
from kg.graph import events_table, to_networkx


def test_groups_roll_people_and_sectors_up_to_their_country_or_organisation(fixture_store):
    g = to_networkx(fixture_store)
    assert set(g.nodes) == {"RUS", "UKR", "USA", "NATO"}
    assert g.has_edge("RUS", "UKR") and g.number_of_edges("RUS", "UKR") == 2  # RUSGOV's threat counts
    assert g.has_edge("RUS", "NATO")  # Lavrov
    assert g.has_edge("NATO", "RUS")  # Stoltenberg
    assert g.nodes["RUS"] == {"label": "Russia", "kind": "country", "country": "RUS", "group": "RUS"}
    assert g.nodes["NATO"]["kind"] == "organization"


def test_actor_level_keeps_people_and_sectors(fixture_store):
    g = to_networkx(fixture_store, level="actor")
    assert {"RUSGOV", "sergei-lavrov", "jens-stoltenberg"} <= set(g.nodes)
    assert g.nodes["sergei-lavrov"]["country"] == "RUS"
    assert g.nodes["jens-stoltenberg"]["group"] == "NATO"


def test_negated_and_hypothetical_left_out_unless_asked(fixture_store):
    default = to_networkx(fixture_store)
    assert not default.has_edge("RUS", "USA")  # negated arrest
    assert default.number_of_edges("NATO", "RUS") == 1  # the hypothetical strike is left out
    full = to_networkx(fixture_store, include_negated=True, include_hypothetical=True)
    assert full.has_edge("RUS", "USA")
    assert full.number_of_edges("NATO", "RUS") == 2
    assert full.number_of_edges() == default.number_of_edges() + 2


def test_edges_carry_the_event_and_its_provenance(fixture_store):
    g = to_networkx(fixture_store)
    ((key, data),) = g.get_edge_data("USA", "UKR").items()
    assert key.startswith("ev")
    assert data["cameo"] == "070" and data["root"] == "07" and data["quad_class"] == 2
    assert data["goldstein"] == 7.0 and data["mentions"] == 2
    assert data["date"] == dt.date(2022, 3, 5)
    assert data["sentence"].startswith("Test sentence")
    assert data["article"].endswith("a1")
    assert data["article_title"] == "First <b>test</b> article"
    assert data["label"] == "Provide aid"


def test_filters_as_keywords(fixture_store):
    g = to_networkx(fixture_store, since="2022-03-01", quad="1,2")
    assert sorted(g.edges()) == [("NATO", "UKR"), ("UKR", "USA"), ("USA", "UKR")]
    assert g.graph["filters"] == ["from 2022-03-01", "QuadClass 1, 2"]
    strict = to_networkx(fixture_store, since="2022-03-01", quad="1,2", min_confidence=0.5)
    assert not strict.has_edge("UKR", "USA")
    assert sorted(to_networkx(fixture_store, roots="12").edges()) == [("RUS", "NATO"), ("UKR", "RUS")]
    assert sorted(to_networkx(fixture_store, min_mentions=2).edges()) == [("RUS", "UKR"), ("USA", "UKR")]
    among = to_networkx(fixture_store, actors="RUS,UKR")
    assert set(among.nodes) == {"RUS", "UKR"}


def test_bad_filter_values_are_clear_errors(fixture_store):
    with pytest.raises(QueryError, match="QuadClass"):
        to_networkx(fixture_store, quad="5")
    with pytest.raises(QueryError, match="invalid date"):
        to_networkx(fixture_store, since="last year")
    with pytest.raises(QueryError, match="level"):
        to_networkx(fixture_store, level="planet")  # type: ignore[arg-type]


def test_events_table_one_row_per_event_with_first_mention(fixture_store):
    rows = events_table(fixture_store)
    assert len(rows) == 11
    dated = [r["date"] for r in rows if r["date"] is not None]
    assert dated == sorted(dated)
    assert rows[-1]["date"] is None  # undated last
    assert len({r["event"] for r in rows}) == 11


def test_event_parts_are_the_nodes_and_edges_of_the_networkx_graph(fixture_store):
    from kg.graph import EventFilter, read_event_parts

    for level, flt in (("group", None), ("actor", EventFilter.parse(quad="3,4", include_negated=True))):
        parts = read_event_parts(fixture_store, level=level, filters=flt)
        graph = to_networkx(fixture_store, level=level, filters=flt)
        assert list(parts.nodes.items()) == list(graph.nodes(data=True))
        by_key = {key: (u, v, data) for u, v, key, data in graph.edges(keys=True, data=True)}
        assert {key: (u, v, data) for u, v, key, data in parts.edges} == by_key
        assert len(parts.edges) == len(by_key) > 0
        assert list(parts.filters) == graph.graph["filters"]
    with pytest.raises(QueryError, match="invalid level"):
        read_event_parts(fixture_store, level="planet")  # type: ignore[arg-type]
