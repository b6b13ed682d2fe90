"""Graph stage: how two actors relate: their events, counts per CAMEO root, and the balance."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import networkx as nx

from kg.errors import QueryError
from kg.graph.aggregate import CONFLICT, COOPERATION

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["RELATION_COLUMNS", "find_node", "relation_balance", "relation_counts", "relations"]

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
    "mentions",
    "article",
    "article_title",
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


def _pair_events(graph: nx.MultiDiGraph, a: str, b: str) -> list[tuple[str, str, dict[str, Any]]]:
    out: list[tuple[str, str, dict[str, Any]]] = []
    for u, v in ((a, b), (b, a)):
        if u != v and graph.has_edge(u, v):
            out.extend((u, v, data) for data in graph.get_edge_data(u, v).values())
    return out


def relation_counts(graph: nx.MultiDiGraph, a: str, b: str) -> pd.DataFrame:
    """Events between two actors counted per direction and CAMEO root.

    Columns: ``source``, ``target``, ``root``, ``label`` (the root's name when known),
    ``quad_class``, ``events``, ``mentions``, ``goldstein`` (sum). Sorted by direction (A → B
    first), then root.

    Examples:
        >>> g = nx.MultiDiGraph()
        >>> _ = g.add_edge("A", "B", root="12", cameo="120", quad_class=3, goldstein=-4.0)
        >>> _ = g.add_edge("A", "B", root="12", cameo="125", quad_class=3, goldstein=-5.0)
        >>> _ = g.add_edge("B", "A", root="04", cameo="040", quad_class=1, goldstein=1.0)
        >>> relation_counts(g, "A", "B")[["source", "root", "events", "goldstein"]].values.tolist()
        [['A', '12', 2, -9.0], ['B', '04', 1, 1.0]]
    """
    import pandas as pd

    from kg.coding import load_cameo

    names = {c.code: c.label for c in load_cameo() if len(c.code) == 2}
    groups: dict[tuple[str, str, str], dict[str, Any]] = {}
    for u, v, data in _pair_events(graph, a, b):
        root = str(data.get("root"))
        row = groups.setdefault(
            (u, v, root),
            {
                "source": u,
                "target": v,
                "root": root,
                "label": names.get(root, ""),
                "quad_class": data.get("quad_class"),
                "events": 0,
                "mentions": 0,
                "goldstein": 0.0,
            },
        )
        row["events"] += 1
        row["mentions"] += int(data.get("mentions") or 1)
        row["goldstein"] += float(data.get("goldstein") or 0.0)
    order = {a: 0, b: 1}
    rows = sorted(groups.values(), key=lambda r: (order[r["source"]], r["root"]))
    columns = ["source", "target", "root", "label", "quad_class", "events", "mentions", "goldstein"]
    return pd.DataFrame(rows, columns=columns)


def relation_balance(graph: nx.MultiDiGraph, a: str, b: str) -> pd.DataFrame:
    """Cooperation against conflict between two actors, per direction and both together.

    Rows ``A → B``, ``B → A`` and ``both``; columns ``events``, ``cooperation`` and ``conflict``
    (event counts, QuadClass 1-2 and 3-4), ``net_goldstein`` (sum of Goldstein scores, positive
    for cooperation), ``mean_goldstein``, and ``cooperation_share`` (of the events; NaN if none).

    Examples:
        >>> g = nx.MultiDiGraph()
        >>> _ = g.add_edge("A", "B", quad_class=4, goldstein=-10.0)
        >>> _ = g.add_edge("B", "A", quad_class=1, goldstein=2.0)
        >>> both = relation_balance(g, "A", "B").loc["both"]
        >>> int(both["events"]), int(both["conflict"]), float(both["net_goldstein"])
        (2, 1, -8.0)
    """
    import pandas as pd

    events = _pair_events(graph, a, b)
    rows = []
    for name, keep in (
        (f"{a} → {b}", lambda u: u == a),
        (f"{b} → {a}", lambda u: u == b),
        ("both", lambda u: True),
    ):
        chosen = [d for u, _v, d in events if keep(u)]
        quads = [int(d.get("quad_class") or 0) for d in chosen]
        total = sum(float(d.get("goldstein") or 0.0) for d in chosen)
        cooperation = sum(q in COOPERATION for q in quads)
        rows.append(
            {
                "direction": name,
                "events": len(chosen),
                "cooperation": cooperation,
                "conflict": sum(q in CONFLICT for q in quads),
                "net_goldstein": round(total, 6),
                "mean_goldstein": round(total / len(chosen), 6) if chosen else float("nan"),
                "cooperation_share": round(cooperation / len(chosen), 6) if chosen else float("nan"),
            }
        )
    return pd.DataFrame(rows).set_index("direction")
