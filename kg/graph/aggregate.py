"""Graph stage: the aggregated actor graph, one edge per ordered pair with counts and balance."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

__all__ = ["COOPERATION", "CONFLICT", "PAIR_COLUMNS", "aggregate", "dominant_quad", "pair_table"]

#: QuadClasses of cooperation (verbal, material) and of conflict (verbal, material).
COOPERATION = frozenset({1, 2})
CONFLICT = frozenset({3, 4})


def dominant_quad(counts: Counter[int]) -> int:
    """The most frequent QuadClass; a tie goes to the more conflictual class.

    Examples:
        >>> dominant_quad(Counter({1: 2, 4: 2, 3: 1}))
        4
        >>> dominant_quad(Counter({2: 3, 4: 1}))
        2
    """
    if not counts:
        raise ValueError("no QuadClass to choose from")
    return max(counts, key=lambda quad: (counts[quad], quad))


def aggregate(graph: nx.MultiDiGraph, *, min_events: int = 1) -> nx.DiGraph:
    """One edge per ordered actor pair, summarising that pair's events.

    Edge attributes: ``events`` (count), ``mentions`` (sum), ``goldstein`` (net: the sum of the
    events' Goldstein scores), ``goldstein_mean``, ``cooperation`` and ``conflict`` (event counts),
    ``quad_counts`` ({QuadClass: count}), ``quad_class`` (dominant; ties go to conflict),
    ``roots`` ({CAMEO root: count}), ``first_date`` and ``last_date`` (None when undated), and
    ``weight`` (= ``events``, for NetworkX algorithms). Node attributes are copied.

    Args:
        graph: an event-level graph (one edge per event).
        min_events: leave out pairs with fewer events.

    Examples:
        >>> import networkx as nx
        >>> g = nx.MultiDiGraph()
        >>> _ = g.add_edge("NATO", "RUS", quad_class=3, goldstein=-4.0, root="12", mentions=2)
        >>> _ = g.add_edge("NATO", "RUS", quad_class=1, goldstein=3.0, root="04", mentions=1)
        >>> d = aggregate(g)["NATO"]["RUS"]
        >>> d["events"], d["mentions"], d["goldstein"], d["quad_class"], d["cooperation"], d["conflict"]
        (2, 3, -1.0, 3, 1, 1)
    """
    pairs: dict[tuple[Any, Any], list[dict[str, Any]]] = {}
    for u, v, data in graph.edges(data=True):
        pairs.setdefault((u, v), []).append(data)
    import networkx as nx

    out = nx.DiGraph()
    out.graph.update(graph.graph)
    out.add_nodes_from(graph.nodes(data=True))
    for (u, v), events in pairs.items():
        if len(events) < min_events:
            continue
        quads = Counter(int(e.get("quad_class") or 0) for e in events)
        quads.pop(0, None)
        dates = sorted(e["date"] for e in events if e.get("date") is not None)
        goldstein = sum(float(e.get("goldstein") or 0.0) for e in events)
        out.add_edge(
            u,
            v,
            events=len(events),
            weight=len(events),
            mentions=sum(int(e.get("mentions") or 1) for e in events),
            goldstein=round(goldstein, 6),
            goldstein_mean=round(goldstein / len(events), 6),
            cooperation=sum(n for q, n in quads.items() if q in COOPERATION),
            conflict=sum(n for q, n in quads.items() if q in CONFLICT),
            quad_counts=dict(sorted(quads.items())),
            quad_class=dominant_quad(quads) if quads else None,
            roots=dict(sorted(Counter(str(e.get("root")) for e in events).items())),
            first_date=dates[0] if dates else None,
            last_date=dates[-1] if dates else None,
        )
    return out


PAIR_COLUMNS = [
    "source",
    "target",
    "events",
    "mentions",
    "cooperation",
    "conflict",
    "goldstein",
    "quad_class",
    "first_date",
    "last_date",
]


def pair_table(graph: nx.MultiDiGraph, *, min_events: int = 1) -> pd.DataFrame:
    """The aggregated pairs as a DataFrame, busiest first (columns: :data:`PAIR_COLUMNS`).

    Examples:
        >>> import networkx as nx
        >>> g = nx.MultiDiGraph([("A", "B"), ("A", "B"), ("B", "C")])
        >>> pair_table(g)[["source", "target", "events"]].values.tolist()
        [['A', 'B', 2], ['B', 'C', 1]]
    """
    import pandas as pd

    pairs = aggregate(graph, min_events=min_events)
    rows = [{"source": u, "target": v, **d} for u, v, d in pairs.edges(data=True)]
    frame = pd.DataFrame(rows, columns=PAIR_COLUMNS)
    order = frame.sort_values(["events", "source", "target"], ascending=[False, True, True])
    return order.reset_index(drop=True)
