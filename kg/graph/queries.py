"""Graph stage: relationship questions answered on the NetworkX event graph."""

from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx

from kg.errors import QueryError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["RELATION_COLUMNS", "find_node", "relations"]

RELATION_COLUMNS = [
    "date",
    "source",
    "target",
    "cameo",
    "root",
    "label",
    "quad_class",
    "goldstein",
    "modality",
    "negated",
    "confidence",
    "sentence",
    "article",
    "event",
]


def find_node(graph: nx.MultiDiGraph, name: str) -> str:
    """The node whose id or label is ``name`` (case-insensitive).

    Examples:
        >>> g = nx.MultiDiGraph()
        >>> g.add_node("RUS", label="Russia")
        >>> find_node(g, "russia")
        'RUS'

    Raises:
        QueryError: no node, or several, match.
    """
    if name in graph:
        return name
    wanted = name.casefold()
    hits = [n for n, data in graph.nodes(data=True) if str(n).casefold() == wanted]
    hits = hits or [n for n, d in graph.nodes(data=True) if str(d.get("label", "")).casefold() == wanted]
    if len(hits) == 1:
        return str(hits[0])
    if not hits:
        raise QueryError(f"no actor {name!r} in the graph ({graph.number_of_nodes()} actors)")
    raise QueryError(f"{name!r} names several actors: {', '.join(map(str, hits))}")


def relations(graph: nx.MultiDiGraph, a: str, b: str) -> pd.DataFrame:
    """The events between two actors in both directions, oldest first.

    Examples:
        >>> g = nx.MultiDiGraph()
        >>> _ = g.add_edge("NATO", "RUS", cameo="120", root="12", date=None)
        >>> _ = g.add_edge("RUS", "NATO", cameo="100", root="10", date=None)
        >>> relations(g, "NATO", "RUS")[["source", "target", "root"]].values.tolist()
        [['NATO', 'RUS', '12'], ['RUS', 'NATO', '10']]
    """
    import pandas as pd

    rows = []
    for u, v in ((a, b), (b, a)):
        if not graph.has_edge(u, v):
            continue
        for _key, data in graph.get_edge_data(u, v).items():
            row = {c: data.get(c) for c in RELATION_COLUMNS}
            row["source"], row["target"] = u, v
            rows.append(row)
    frame = pd.DataFrame(rows, columns=RELATION_COLUMNS)
    if not frame.empty:
        frame = frame.sort_values(["date", "source"], na_position="last", kind="stable")
    return frame.reset_index(drop=True)
