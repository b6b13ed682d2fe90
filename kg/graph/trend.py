"""Graph stage: change over time: a dyad's events, cooperation and conflict per week or month."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Literal

import networkx as nx

from kg.errors import QueryError
from kg.graph.aggregate import CONFLICT, COOPERATION

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["TREND_COLUMNS", "Frequency", "dyad_trend", "period_start"]

Frequency = Literal["week", "month"]
TREND_COLUMNS = [
    "period",
    "events",
    "a_to_b",
    "b_to_a",
    "cooperation",
    "conflict",
    "net_goldstein",
    "mean_goldstein",
]


def period_start(date: dt.date, freq: Frequency) -> dt.date:
    """The first day of the week (Monday) or month that ``date`` falls in.

    Examples:
        >>> period_start(dt.date(2022, 1, 13), "week")
        datetime.date(2022, 1, 10)
        >>> period_start(dt.date(2022, 1, 13), "month")
        datetime.date(2022, 1, 1)
    """
    if freq == "week":
        return date - dt.timedelta(days=date.weekday())
    if freq == "month":
        return date.replace(day=1)
    raise QueryError(f"invalid frequency {freq!r}: use 'week' or 'month'")


def _next(start: dt.date, freq: Frequency) -> dt.date:
    if freq == "week":
        return start + dt.timedelta(days=7)
    return dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)


def dyad_trend(graph: nx.MultiDiGraph, a: str, b: str, *, freq: Frequency = "month") -> pd.DataFrame:
    """The events between ``a`` and ``b`` (both directions) per week or month, gaps filled with 0.

    Columns: ``period`` (first day), ``events``, ``a_to_b``, ``b_to_a``, ``cooperation`` and
    ``conflict`` (counts), ``net_goldstein`` (sum) and ``mean_goldstein`` (NaN in empty periods).
    Undated events are left out. Empty when the pair has no dated event.

    Examples:
        >>> g = nx.MultiDiGraph()
        >>> _ = g.add_edge("A", "B", date=dt.date(2022, 1, 5), quad_class=3, goldstein=-4.0)
        >>> _ = g.add_edge("B", "A", date=dt.date(2022, 3, 2), quad_class=1, goldstein=1.0)
        >>> trend = dyad_trend(g, "A", "B")
        >>> trend["events"].tolist(), trend["conflict"].tolist(), trend["net_goldstein"].tolist()
        ([1, 0, 1], [1, 0, 0], [-4.0, 0.0, 1.0])
    """
    import pandas as pd

    for node in (a, b):
        if node not in graph:
            raise QueryError(f"no actor {node!r} in the graph")
    buckets: dict[dt.date, dict[str, float]] = {}
    for u, v in ((a, b), (b, a)):
        if u == v or not graph.has_edge(u, v):
            continue
        for data in graph.get_edge_data(u, v).values():
            date = data.get("date")
            if date is None:
                continue
            row = buckets.setdefault(period_start(date, freq), dict.fromkeys(TREND_COLUMNS[1:-1], 0.0))
            quad = int(data.get("quad_class") or 0)
            row["events"] += 1
            row["a_to_b" if u == a else "b_to_a"] += 1
            row["cooperation"] += quad in COOPERATION
            row["conflict"] += quad in CONFLICT
            row["net_goldstein"] += float(data.get("goldstein") or 0.0)
    if not buckets:
        return pd.DataFrame(columns=TREND_COLUMNS)
    rows = []
    start, last = min(buckets), max(buckets)
    while start <= last:
        row = buckets.get(start, dict.fromkeys(TREND_COLUMNS[1:-1], 0.0))
        mean = row["net_goldstein"] / row["events"] if row["events"] else float("nan")
        rows.append({"period": start, **row, "mean_goldstein": mean})
        start = _next(start, freq)
    frame = pd.DataFrame(rows, columns=TREND_COLUMNS)
    frame["period"] = pd.to_datetime(frame["period"])
    counts = TREND_COLUMNS[1:6]
    frame[counts] = frame[counts].astype(int)
    return frame
