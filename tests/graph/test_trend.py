"""A dyad's trend by week and month on hand-made dated events."""

import datetime as dt

import networkx as nx
import pytest

from kg.errors import QueryError
from kg.graph import dyad_trend

D = dt.date


def _graph():
    g = nx.MultiDiGraph()
    g.add_edge("A", "B", date=D(2022, 1, 3), quad_class=3, goldstein=-4.0)  # Monday, week of 3 Jan
    g.add_edge("B", "A", date=D(2022, 1, 9), quad_class=4, goldstein=-10.0)  # Sunday, same week
    g.add_edge("A", "B", date=D(2022, 1, 24), quad_class=1, goldstein=1.0)  # two weeks later
    g.add_edge("A", "B", date=None, quad_class=1, goldstein=1.0)  # undated: left out
    g.add_edge("A", "C", date=D(2022, 1, 5), quad_class=1, goldstein=1.0)  # another pair
    return g


def test_weekly_with_empty_weeks_filled():
    df = dyad_trend(_graph(), "A", "B", freq="week")
    assert [p.date() for p in df["period"]] == [D(2022, 1, 3), D(2022, 1, 10), D(2022, 1, 17), D(2022, 1, 24)]
    assert df["events"].tolist() == [2, 0, 0, 1]
    assert df["a_to_b"].tolist() == [1, 0, 0, 1] and df["b_to_a"].tolist() == [1, 0, 0, 0]
    assert df["conflict"].tolist() == [2, 0, 0, 0] and df["cooperation"].tolist() == [0, 0, 0, 1]
    assert df["net_goldstein"].tolist() == [-14.0, 0.0, 0.0, 1.0]
    assert df.loc[0, "mean_goldstein"] == -7.0


def test_monthly_across_a_year_end():
    g = nx.MultiDiGraph()
    g.add_edge("A", "B", date=D(2021, 11, 30), quad_class=1, goldstein=1.0)
    g.add_edge("A", "B", date=D(2022, 2, 1), quad_class=1, goldstein=1.0)
    df = dyad_trend(g, "A", "B", freq="month")
    assert [p.date() for p in df["period"]] == [D(2021, 11, 1), D(2021, 12, 1), D(2022, 1, 1), D(2022, 2, 1)]
    assert df["events"].tolist() == [1, 0, 0, 1]


def test_no_dated_events_and_errors():
    assert dyad_trend(_graph(), "B", "C").empty
    with pytest.raises(QueryError, match="frequency"):
        dyad_trend(_graph(), "A", "B", freq="year")  # type: ignore[arg-type]
    with pytest.raises(QueryError, match="no actor"):
        dyad_trend(_graph(), "A", "Q")
