"""Graph stage: the chains of relations that connect two actors (shortest, or all up to k hops)."""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING, Any

import networkx as nx

from kg.errors import QueryError
from kg.graph.aggregate import aggregate

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["actor_paths", "relation_graph"]


def relation_graph(graph: nx.MultiDiGraph, *, directed: bool = False) -> nx.Graph:
    """The simple graph of who has events with whom; edges carry ``events`` and ``goldstein``.

    Undirected (the default), a pair's events in both directions are added up.

    Examples:
        >>> g = nx.MultiDiGraph()
        >>> _ = g.add_edge("A", "B", goldstein=1.0)
        >>> _ = g.add_edge("B", "A", goldstein=-3.0)
        >>> relation_graph(g)["A"]["B"]["events"], relation_graph(g)["A"]["B"]["goldstein"]
        (2, -2.0)
    """
    pairs = aggregate(graph)
    if directed:
        return pairs
    out = nx.Graph()
    out.add_nodes_from(pairs.nodes(data=True))
    for u, v, data in pairs.edges(data=True):
        if out.has_edge(u, v):
            out[u][v]["events"] += data["events"]
            out[u][v]["goldstein"] = round(out[u][v]["goldstein"] + data["goldstein"], 6)
        else:
            out.add_edge(u, v, events=data["events"], goldstein=data["goldstein"])
    return out


def _describe(pairs: nx.Graph, path: list[str]) -> dict[str, Any]:
    steps = [pairs[u][v] for u, v in zip(path, path[1:], strict=False)]
    arrow = " → " if pairs.is_directed() else " — "
    return {
        "hops": len(path) - 1,
        "path": arrow.join(path),
        "actors": list(path),
        "weakest_link": min(s["events"] for s in steps),
        "events": sum(s["events"] for s in steps),
        "net_goldstein": round(sum(s["goldstein"] for s in steps), 6),
    }


def actor_paths(
    graph: nx.MultiDiGraph,
    a: str,
    b: str,
    *,
    max_hops: int | None = None,
    directed: bool = False,
    limit: int = 100,
) -> pd.DataFrame:
    """Chains of actors linking ``a`` to ``b``, one row per path.

    Args:
        graph: the event graph.
        a: the first actor (node id).
        b: the second actor.
        max_hops: None for every shortest path; a number for every simple path of at most that
            many hops.
        directed: follow events only from source to target (A acted on X, who acted on B).
        limit: at most this many paths (the shortest first).

    Returns:
        Columns ``hops``, ``path`` (text), ``actors`` (list), ``weakest_link`` (fewest events on
        one step), ``events`` (on all steps), ``net_goldstein`` (sum over the steps); shortest and
        best-connected first. Empty when no path exists.

    Examples:
        >>> g = nx.MultiDiGraph([("A", "X"), ("X", "B"), ("A", "Y"), ("Y", "Z"), ("Z", "B")])
        >>> actor_paths(g, "A", "B")["path"].tolist()
        ['A — X — B']
        >>> actor_paths(g, "A", "B", max_hops=3)["path"].tolist()
        ['A — X — B', 'A — Y — Z — B']

    Raises:
        QueryError: an actor is not in the graph, or ``max_hops`` is below 1.
    """
    import pandas as pd

    for node in (a, b):
        if node not in graph:
            raise QueryError(f"no actor {node!r} in the graph")
    if max_hops is not None and max_hops < 1:
        raise QueryError(f"max_hops must be 1 or more, not {max_hops}")
    pairs = relation_graph(graph, directed=directed)
    found: list[list[str]]
    try:
        if max_hops is None:
            found = list(islice(nx.all_shortest_paths(pairs, a, b), limit)) if a != b else []
        else:
            found = []
            for path in nx.shortest_simple_paths(pairs, a, b):  # shortest first
                if len(path) - 1 > max_hops or len(found) >= limit:
                    break
                found.append(path)
    except nx.NetworkXNoPath:
        found = []
    rows = [_describe(pairs, path) for path in found]
    columns = ["hops", "path", "actors", "weakest_link", "events", "net_goldstein"]
    frame = pd.DataFrame(rows, columns=columns)
    if not frame.empty:
        frame = frame.sort_values(["hops", "weakest_link", "path"], ascending=[True, False, True])
    return frame.head(limit).reset_index(drop=True)
