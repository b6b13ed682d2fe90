"""Graph stage: an actor's neighbourhood, the actors within k hops and the events among them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import networkx as nx

from kg.errors import QueryError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ego_graph", "ego_table", "hop_distances"]


def hop_distances(graph: nx.MultiDiGraph, center: str, hops: int) -> dict[str, int]:
    """Actors within ``hops`` of ``center``, whatever the events' direction, with their distance.

    Examples:
        >>> g = nx.MultiDiGraph([("A", "B"), ("C", "B"), ("C", "D")])
        >>> hop_distances(g, "A", 2)
        {'A': 0, 'B': 1, 'C': 2}

    Raises:
        QueryError: ``center`` is not in the graph or ``hops`` is negative.
    """
    if center not in graph:
        raise QueryError(f"no actor {center!r} in the graph")
    if hops < 0:
        raise QueryError(f"hops must be 0 or more, not {hops}")
    seen = {center: 0}
    frontier = [center]
    for depth in range(1, hops + 1):
        nxt = []
        for node in frontier:
            for other in (*graph.successors(node), *graph.predecessors(node)):
                if other not in seen:
                    seen[other] = depth
                    nxt.append(other)
        frontier = nxt
    return seen


def ego_graph(graph: nx.MultiDiGraph, center: str, *, hops: int = 1) -> nx.MultiDiGraph:
    """The actors within ``hops`` of ``center`` (either direction) and every event among them.

    Nodes get a ``hops`` attribute (0 for the center).

    Examples:
        >>> g = nx.MultiDiGraph([("A", "B"), ("B", "C"), ("C", "D"), ("A", "C")])
        >>> sorted(ego_graph(g, "A").edges())
        [('A', 'B'), ('A', 'C'), ('B', 'C')]
    """
    distances = hop_distances(graph, center, hops)
    sub = graph.subgraph(distances).copy()
    nx.set_node_attributes(sub, distances, "hops")
    sub.graph["center"] = center
    return sub


def ego_table(graph: nx.MultiDiGraph, center: str, *, hops: int = 1) -> pd.DataFrame:
    """The actors around ``center``: hop distance and direct events with the center, nearest first.

    Columns: ``actor``, ``label``, ``kind``, ``hops``, ``events_to`` (center → actor),
    ``events_from`` (actor → center), ``net_goldstein`` (of those direct events), ``events``
    (all the actor's events inside the neighbourhood).

    Examples:
        >>> g = nx.MultiDiGraph()
        >>> _ = g.add_edge("A", "B", goldstein=-2.0)
        >>> _ = g.add_edge("B", "C", goldstein=1.0)
        >>> ego_table(g, "A", hops=2)[["actor", "hops", "events_to"]].values.tolist()
        [['B', 1, 1], ['C', 2, 0]]
    """
    import pandas as pd

    sub = ego_graph(graph, center, hops=hops)
    rows: list[dict[str, Any]] = []
    for node, data in sub.nodes(data=True):
        if node == center:
            continue
        out = list(sub.get_edge_data(center, node, default={}).values())
        back = list(sub.get_edge_data(node, center, default={}).values())
        rows.append(
            {
                "actor": node,
                "label": data.get("label", node),
                "kind": data.get("kind"),
                "hops": data["hops"],
                "events_to": len(out),
                "events_from": len(back),
                "net_goldstein": round(sum(float(d.get("goldstein") or 0.0) for d in out + back), 6),
                "events": sub.degree(node),
            }
        )
    columns = ["actor", "label", "kind", "hops", "events_to", "events_from", "net_goldstein", "events"]
    frame = pd.DataFrame(rows, columns=columns)
    if not frame.empty:
        frame = frame.sort_values(["hops", "events", "actor"], ascending=[True, False, True])
    return frame.reset_index(drop=True)
