"""Graph stage: communities of actors that deal mostly with each other (Louvain)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

__all__ = ["communities", "community_sets"]


def community_sets(graph: nx.MultiDiGraph, *, resolution: float = 1.0, seed: int = 0) -> list[frozenset[str]]:
    """Louvain communities of the undirected actor graph weighted by event counts, largest first.

    The same graph and ``seed`` always give the same communities. Actors without any event
    form communities of their own.

    Examples:
        >>> import networkx as nx
        >>> g = nx.MultiDiGraph()
        >>> for u, v in [("A", "B"), ("B", "C"), ("A", "C"), ("X", "Y"), ("Y", "Z"), ("X", "Z"), ("C", "X")]:
        ...     _ = g.add_edge(u, v)
        >>> [sorted(c) for c in community_sets(g)]
        [['A', 'B', 'C'], ['X', 'Y', 'Z']]
    """
    import networkx as nx

    from kg.graph.paths import relation_graph

    pairs = relation_graph(graph)
    if pairs.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(pairs, weight="events", resolution=resolution, seed=seed)
    return sorted((frozenset(c) for c in found), key=lambda c: (-len(c), min(c)))


def communities(graph: nx.MultiDiGraph, *, resolution: float = 1.0, seed: int = 0) -> pd.DataFrame:
    """One row per actor with its community (0 is the largest), as :func:`community_sets`.

    Columns: ``community``, ``size``, ``actor``, ``label``, ``kind``, ``events`` (its events
    inside its community), ``events_outside``.

    Examples:
        >>> import networkx as nx
        >>> g = nx.MultiDiGraph([("A", "B"), ("B", "A"), ("C", "D")])
        >>> communities(g)[["community", "actor"]].values.tolist()
        [[0, 'A'], [0, 'B'], [1, 'C'], [1, 'D']]
    """
    import pandas as pd

    sets = community_sets(graph, resolution=resolution, seed=seed)
    member = {node: i for i, nodes in enumerate(sets) for node in nodes}
    rows = []
    for node in sorted(member, key=lambda n: (member[n], n)):
        inside = outside = 0
        for u, v in (*graph.out_edges(node), *graph.in_edges(node)):
            other = v if u == node else u
            if member.get(other) == member[node]:
                inside += 1
            else:
                outside += 1
        data = graph.nodes[node]
        rows.append(
            {
                "community": member[node],
                "size": len(sets[member[node]]),
                "actor": node,
                "label": data.get("label", node),
                "kind": data.get("kind"),
                "events": inside,
                "events_outside": outside,
            }
        )
    columns = ["community", "size", "actor", "label", "kind", "events", "events_outside"]
    return pd.DataFrame(rows, columns=columns)
