"""Graph stage: key actors: centrality (degree, betweenness, PageRank) and hostility/cooperation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import networkx as nx

from kg.errors import QueryError
from kg.graph.aggregate import CONFLICT, COOPERATION, aggregate

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["KEY_ACTOR_COLUMNS", "actor_scores", "key_actors"]

KEY_ACTOR_COLUMNS = [
    "actor",
    "label",
    "kind",
    "events_out",
    "events_in",
    "partners",
    "degree",
    "betweenness",
    "pagerank",
    "hostility",
    "cooperation",
    "hostility_received",
    "cooperation_received",
    "net_goldstein",
]


def actor_scores(graph: nx.MultiDiGraph) -> dict[str, dict[str, float]]:
    """Each actor's hostility and cooperation, given and received.

    ``hostility`` is the sum of −Goldstein over the conflict events (QuadClass 3-4) the actor
    initiated, ``cooperation`` the sum of Goldstein over its cooperation events (QuadClass 1-2);
    the ``_received`` variants count the events aimed at it; ``net_goldstein`` sums the Goldstein
    scores of every event it initiated. Each event counts once, however often it was reported.

    Examples:
        >>> g = nx.MultiDiGraph()
        >>> _ = g.add_edge("A", "B", quad_class=4, goldstein=-10.0)
        >>> _ = g.add_edge("A", "B", quad_class=1, goldstein=3.0)
        >>> s = actor_scores(g)
        >>> s["A"]["hostility"], s["A"]["cooperation"], s["B"]["hostility_received"], s["A"]["net_goldstein"]
        (10.0, 3.0, 10.0, -7.0)
    """
    keys = ("hostility", "cooperation", "hostility_received", "cooperation_received", "net_goldstein")
    scores: dict[str, dict[str, float]] = {n: dict.fromkeys(keys, 0.0) for n in graph}
    for u, v, data in graph.edges(data=True):
        quad = int(data.get("quad_class") or 0)
        goldstein = float(data.get("goldstein") or 0.0)
        scores[u]["net_goldstein"] += goldstein
        if quad in CONFLICT:
            scores[u]["hostility"] += -goldstein
            scores[v]["hostility_received"] += -goldstein
        elif quad in COOPERATION:
            scores[u]["cooperation"] += goldstein
            scores[v]["cooperation_received"] += goldstein
    return {n: {k: round(x, 6) for k, x in s.items()} for n, s in scores.items()}


def key_actors(graph: nx.MultiDiGraph, *, sort_by: str = "pagerank", top: int | None = None) -> pd.DataFrame:
    """The actors ranked by a centrality or a hostility/cooperation score.

    Centralities are computed on the aggregated actor graph (one edge per ordered pair):
    ``degree`` is NetworkX's degree centrality (share of the other actors it has events with,
    either direction), ``betweenness`` is unweighted and directed, ``pagerank`` weights each pair by
    its number of events. ``partners`` counts distinct actors it has events with. Scores as
    :func:`actor_scores`.

    Args:
        graph: the event graph.
        sort_by: a column to sort on, largest first (ties by actor id).
        top: keep only this many rows.

    Examples:
        >>> g = nx.MultiDiGraph([("A", "H"), ("B", "H"), ("C", "H"), ("H", "D")])
        >>> key_actors(g, sort_by="betweenness")["actor"].tolist()[0]
        'H'

    Raises:
        QueryError: ``sort_by`` is not one of the columns.
    """
    import pandas as pd

    if sort_by not in KEY_ACTOR_COLUMNS[3:]:
        raise QueryError(
            f"cannot sort key actors by {sort_by!r}: use one of {', '.join(KEY_ACTOR_COLUMNS[3:])}"
        )
    pairs = aggregate(graph)
    if pairs.number_of_nodes() == 0:
        return pd.DataFrame(columns=KEY_ACTOR_COLUMNS)
    degree = nx.degree_centrality(pairs.to_undirected(as_view=True))
    betweenness = nx.betweenness_centrality(pairs)
    pagerank = nx.pagerank(pairs, weight="weight") if pairs.number_of_edges() else dict.fromkeys(pairs, 0.0)
    scores = actor_scores(graph)
    rows: list[dict[str, Any]] = []
    for node, data in pairs.nodes(data=True):
        rows.append(
            {
                "actor": node,
                "label": data.get("label", node),
                "kind": data.get("kind"),
                "events_out": graph.out_degree(node),
                "events_in": graph.in_degree(node),
                "partners": len(set(pairs.successors(node)) | set(pairs.predecessors(node))),
                "degree": round(degree[node], 6),
                "betweenness": round(betweenness[node], 6),
                "pagerank": round(pagerank[node], 6),
                **scores[node],
            }
        )
    frame = pd.DataFrame(rows, columns=KEY_ACTOR_COLUMNS)
    frame = frame.sort_values([sort_by, "actor"], ascending=[False, True]).reset_index(drop=True)
    return frame.head(top) if top is not None else frame
