"""Viz stage: a precomputed force-directed layout for graphs too big for in-browser physics."""

from __future__ import annotations

from collections.abc import Hashable

import networkx as nx

__all__ = ["force_layout"]


def force_layout(
    graph: nx.Graph, *, iterations: int = 50, sample: int = 128, seed: int = 0, scale: float = 40.0
) -> dict[Hashable, tuple[float, float]]:
    """Fruchterman-Reingold positions, vectorised with NumPy, repulsion from a random sample.

    Each step pushes every node away from ``sample`` random nodes (scaled up to stand for all of
    them), pulls it towards its neighbours and slightly towards the centre, so the cost per step
    is O(n·sample + edges) instead of O(n²): about 0.2 s for 2,000 actors. Deterministic for a
    given ``seed``. Positions are in pixels, spread with the square root of the node count.

    Examples:
        >>> pos = force_layout(nx.path_graph(4))
        >>> sorted(pos) == [0, 1, 2, 3] and all(isinstance(x, float) for x, y in pos.values())
        True
    """
    import numpy as np

    nodes = list(graph)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in graph.edges() if u != v], dtype=np.int64)
    a, b = (edges[:, 0], edges[:, 1]) if len(edges) else (np.zeros(0, np.int64), np.zeros(0, np.int64))
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2)) - 0.5
    k = 1.0 / np.sqrt(n)
    size = min(sample, n)
    gravity = 0.02 * k * np.sqrt(n)
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        chosen = rng.choice(n, size=size, replace=False)
        dx = pos[:, 0:1] - pos[chosen, 0][None, :]
        dy = pos[:, 1:2] - pos[chosen, 1][None, :]
        push = (k * k * n / size) / (dx * dx + dy * dy + 1e-4)
        fx, fy = (dx * push).sum(axis=1), (dy * push).sum(axis=1)
        ex, ey = pos[a, 0] - pos[b, 0], pos[a, 1] - pos[b, 1]
        pull = np.sqrt(ex * ex + ey * ey) / k
        fx += np.bincount(b, ex * pull, n) - np.bincount(a, ex * pull, n)
        fy += np.bincount(b, ey * pull, n) - np.bincount(a, ey * pull, n)
        radius = np.sqrt((pos**2).sum(axis=1)) + 1e-9
        fx -= gravity * pos[:, 0] / radius
        fy -= gravity * pos[:, 1] / radius
        length = np.sqrt(fx * fx + fy * fy) + 1e-9
        step = np.minimum(length, temperature) / length
        pos[:, 0] += fx * step
        pos[:, 1] += fy * step
        temperature -= cooling
    pos -= pos.mean(axis=0)
    spread = np.abs(pos).max() or 1.0
    pos *= scale * np.sqrt(n) / spread
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in zip(nodes, pos, strict=True)}
