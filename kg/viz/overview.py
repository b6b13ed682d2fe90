"""Viz stage: the HTML page of a bounded overview (:func:`kg.graph.overview_graph`) of a large store.

The same page as :func:`kg.viz.graph_html` (colours, legend, offline, escaped text), drawn from
aggregated pairs instead of events: an edge's tooltip gives its counts, not its sentences, and the
header says in words which actors and events the overview leaves out.
"""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx

from kg.viz.html import LAYOUT_THRESHOLD, ColorBy, _options, node_item
from kg.viz.layout import force_layout
from kg.viz.page import header_html, network_page, with_header, write_page
from kg.viz.style import OTHER_COLOR, QUAD_COLORS, QUAD_NAMES, edge_width
from kg.viz.tooltips import tooltip

__all__ = ["overview_html", "pair_tooltip", "render_overview"]

logger = logging.getLogger(__name__)


def pair_tooltip(source: str, target: str, data: dict[str, Any]) -> str:
    """The tooltip of an aggregated edge: events, net Goldstein, events per QuadClass.

    Examples:
        >>> print(pair_tooltip("A", "B", {"events": 3, "goldstein": -5.0, "quad_counts": {4: 2, 1: 1},
        ...                               "quad_class": 4, "mentions": 4}))
        A → B: 3 events (4 mentions), net Goldstein -5.0, mostly material conflict
        verbal cooperation: 1
        material conflict: 2
    """
    events = int(data.get("events") or 0)
    head = (
        f"{source} → {target}: {events} event{'s' if events != 1 else ''} "
        f"({data.get('mentions', events)} mentions), net Goldstein {data.get('goldstein', 0.0)}"
    )
    quads = data.get("quad_counts") or {}
    if quads:
        head += f", mostly {QUAD_NAMES[int(data['quad_class'])]}"
    lines = [head] + [f"{QUAD_NAMES[q]}: {quads[q]}" for q in sorted(quads)]
    return tooltip(lines)


def overview_html(
    graph: nx.DiGraph,
    *,
    title: str = "kg event graph (overview)",
    filters: list[str] | None = None,
    color_by: ColorBy = "kind",
    seed: int = 0,
    height: str = "760px",
) -> str:
    """The offline HTML page of an overview graph, with what it leaves out stated in the header."""
    large = graph.number_of_nodes() > LAYOUT_THRESHOLD
    positions = force_layout(graph, seed=seed) if large else {}
    legend: Counter[tuple[str, str]] = Counter()
    nodes = []
    for node, data in sorted(graph.nodes(data=True), key=lambda item: str(item[0])):
        events = (int(data.get("events_out", 0)), int(data.get("events_in", 0)))
        nodes.append(node_item(node, data, color_by, legend, positions, events=events))
    quads_shown = set()
    edges = []
    for u, v, data in sorted(graph.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
        quad = int(data.get("quad_class") or 0)
        quads_shown.add(quad)
        edges.append(
            {
                "from": str(u),
                "to": str(v),
                "arrows": "to",
                "title": pair_tooltip(str(u), str(v), data),
                "color": QUAD_COLORS.get(quad, OTHER_COLOR),
                "width": edge_width(int(data.get("mentions") or data.get("events") or 1)),
            }
        )
    page = network_page(nodes, edges, _options(not large, large=large, seed=seed), height=height)
    info = graph.graph
    summary = (
        f"overview: {graph.number_of_nodes():,} of {info.get('actors_total', graph.number_of_nodes()):,} "
        f"actors, {info.get('events_shown', 0):,} of {info.get('events_total', 0):,} events"
    )
    shown = list(filters or [])
    if info.get("left_out"):
        shown.append(
            f"Only the busiest actors are drawn: {info['left_out']}. "
            "Draw any part in full with kg viz (--actor, --since, --quad, ...)."
        )
    edge_legend = [(QUAD_COLORS[q], QUAD_NAMES[q]) for q in sorted(QUAD_COLORS) if q in quads_shown]
    header = header_html(
        title, shown, nodes=[key for key, _ in legend.most_common(12)], edges=edge_legend, summary=summary
    )
    return with_header(page, header)


def render_overview(graph: nx.DiGraph, path: str | Path, **options: Any) -> Path:
    """Write :func:`overview_html` of ``graph`` to ``path``; returns the path."""
    path = write_page(path, overview_html(graph, **options))
    logger.info("wrote %s (overview: %d actors, %d pairs)", path, len(graph), graph.number_of_edges())
    return path
