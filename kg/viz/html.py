"""Viz stage: one offline, interactive HTML file of the event graph (pyvis's page, vis-network in line).

:func:`events_html` draws nodes and event edges as :func:`kg.graph.read_event_parts` gives them,
without NetworkX (what ``kg viz`` does); :func:`graph_html` draws a NetworkX event graph the same way.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from kg.graph.aggregate import dominant_quad
from kg.viz.layout import spring_positions
from kg.viz.page import header_html, network_page, with_header, write_page
from kg.viz.style import (
    KIND_COLORS,
    OTHER_COLOR,
    QUAD_COLORS,
    QUAD_NAMES,
    edge_width,
    key_color,
    node_size,
)
from kg.viz.tooltips import edge_tooltip, node_tooltip, quad_counts

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "LAYOUT_THRESHOLD",
    "ColorBy",
    "events_html",
    "graph_html",
    "node_item",
    "render_events",
    "render_html",
]

logger = logging.getLogger(__name__)

ColorBy = Literal["kind", "country"]
#: Above this many actors the layout is computed in Python and the browser's physics is off.
LAYOUT_THRESHOLD = 1000
_LEGEND_KEYS = 12


def _options(physics: bool, *, large: bool, seed: int) -> dict[str, Any]:
    options: dict[str, Any] = {
        "layout": {"randomSeed": seed},  # the same page lays out the same way every time
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            # curved, so that A -> B and B -> A are two visible edges
            "smooth": False if large else {"enabled": True, "type": "curvedCW", "roundness": 0.15},
            "color": {"inherit": False},
        },
        "nodes": {"shape": "dot", "font": {"size": 14 if not large else 10}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large},
        "physics": {"enabled": False},
    }
    if physics:
        options["physics"] = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120},
            "stabilization": {"enabled": True, "iterations": 300, "fit": True},
        }
    return options


def _node_color(node: str, data: dict[str, Any], color_by: ColorBy) -> tuple[str, str]:
    """(colour, legend meaning) of a node."""
    if color_by == "country":
        key = str(data.get("country") or data.get("group") or node)
        return key_color(key), key
    kind = str(data.get("kind") or "unresolved")
    return KIND_COLORS.get(kind, OTHER_COLOR), kind


def node_item(
    node: Any,
    data: dict[str, Any],
    color_by: ColorBy,
    legend: Counter[tuple[str, str]],
    positions: dict[Any, tuple[float, float]],
    *,
    events: tuple[int, int],
) -> dict[str, Any]:
    """The vis.js record of one actor node (its colour counted in ``legend``); ``events`` is
    (acted, acted upon). A node with a precomputed position is pinned there."""
    color, meaning = _node_color(str(node), data, color_by)
    legend[(color, meaning)] += 1
    events_out, events_in = events
    item: dict[str, Any] = {
        "id": str(node),
        "label": str(data.get("label") or node),
        "title": node_tooltip(str(node), data, events_out=events_out, events_in=events_in),
        "color": color,
        "size": node_size(events_out + events_in),
        "shape": "dot",
    }
    if node in positions:
        item.update(x=positions[node][0], y=positions[node][1], physics=False)
    return item


def graph_html(
    graph: nx.MultiDiGraph,
    *,
    title: str = "kg event graph",
    filters: Sequence[str] | None = None,
    color_by: ColorBy = "kind",
    physics: bool | None = None,
    height: str = "760px",
    seed: int = 0,
) -> str:
    """The HTML page for an event graph as a string, with every resource in line (works offline).

    The page :func:`events_html` draws for the graph's nodes (in the graph's order) and events.

    Args:
        graph: an event-level graph (``kg.to_networkx``), one edge per event.
        title: the heading.
        filters: the filters in words; default ``graph.graph["filters"]``.
        color_by: ``kind`` (country, organisation, person, ...) or ``country``.
        physics: force physics on or off; default on up to the threshold.
        height: the graph's CSS height.
        seed: seed of the layout (precomputed, or the browser's initial positions).
    """
    shown = list(filters) if filters is not None else list(graph.graph.get("filters", []))
    return events_html(
        dict(graph.nodes(data=True)),
        graph.edges(keys=True, data=True),
        title=title,
        filters=shown,
        color_by=color_by,
        physics=physics,
        height=height,
        seed=seed,
    )


def events_html(
    nodes: Mapping[Any, Mapping[str, Any]],
    edges: Iterable[tuple[Hashable, Hashable, Any, Mapping[str, Any]]],
    *,
    title: str = "kg event graph",
    filters: Sequence[str] = (),
    color_by: ColorBy = "kind",
    physics: bool | None = None,
    height: str = "760px",
    seed: int = 0,
) -> str:
    """The HTML page for actors and their events as a string, every resource in line (works offline).

    One node per actor (size: its number of events; colour: its kind or country), one edge per
    ordered pair (colour: the dominant QuadClass; width: mentions; arrow: source → target) whose
    tooltip lists the pair's events, newest first, as escaped text. A header shows ``title``, the
    filters and a legend. Up to :data:`LAYOUT_THRESHOLD` actors the browser lays the graph out
    with physics and stabilises it; above, positions are computed here and physics is off.

    Args:
        nodes: each actor node with its attributes (``label``, ``kind``, ``country``), in the
            order the layout starts from (as :attr:`kg.graph.EventParts.nodes`).
        edges: one (source, target, event id, event attributes) per event (as
            :attr:`kg.graph.EventParts.edges`); both ends must be in ``nodes``.
        title: the heading.
        filters: the filters in words.
        color_by: ``kind`` (country, organisation, person, ...) or ``country``.
        physics: force physics on or off; default on up to the threshold.
        height: the graph's CSS height.
        seed: seed of the layout (precomputed, or the browser's initial positions).

    Examples:
        >>> nodes = {"RUS": {"label": "Russia", "kind": "country"}, "NATO": {"kind": "organization"}}
        >>> page = events_html(nodes, [("RUS", "NATO", "e1", {"quad_class": 3, "sentence": "x"})])
        >>> "2 actors, 1 events" in page, "verbal conflict" in page, "precomputed layout" in page
        (True, True, False)
    """
    if color_by not in ("kind", "country"):
        raise ValueError(f"invalid color_by {color_by!r}: use 'kind' or 'country'")
    # (u, v) → the pair's events, in the order given; events per node as source and as target
    pairs: dict[tuple[Hashable, Hashable], list[Mapping[str, Any]]] = {}
    out_degree: dict[Hashable, int] = {}
    in_degree: dict[Hashable, int] = {}
    n_events = 0
    for u, v, _key, data in edges:
        found = pairs.get((u, v))
        if found is None:
            pairs[(u, v)] = [data]
        else:
            found.append(data)
        out_degree[u] = out_degree.get(u, 0) + 1
        in_degree[v] = in_degree.get(v, 0) + 1
        n_events += 1
    large = len(nodes) > LAYOUT_THRESHOLD
    physics = not large if physics is None else physics
    positions = {} if physics else spring_positions(list(nodes), pairs, seed=seed)
    legend: Counter[tuple[str, str]] = Counter()
    items: list[dict[str, Any]] = []
    for node, data in sorted(nodes.items(), key=lambda item: str(item[0])):
        events = (out_degree.get(node, 0), in_degree.get(node, 0))
        items.append(node_item(node, dict(data), color_by, legend, positions, events=events))
    by_name: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for (u, v), events_of_pair in pairs.items():
        name = (u if isinstance(u, str) else str(u), v if isinstance(v, str) else str(v))
        if name in by_name:  # two nodes with the same name (1 and "1"): one edge, as vis.js shows it
            by_name[name] = by_name[name] + events_of_pair
        else:
            by_name[name] = events_of_pair
    quads_shown: set[int] = set()
    links: list[dict[str, Any]] = []
    for (u, v), events_of_pair in sorted(by_name.items()):
        if len(events_of_pair) == 1:  # most pairs
            quads = None
            dominant = int(events_of_pair[0].get("quad_class") or 0)
        else:
            quads = quad_counts(events_of_pair)
            dominant = dominant_quad(quads) if quads else 0
        quads_shown.add(dominant)
        links.append(
            {
                "from": u,
                "to": v,
                "arrows": "to",
                "title": edge_tooltip(u, v, events_of_pair, quads=quads),
                "color": QUAD_COLORS.get(dominant, OTHER_COLOR),
                "width": edge_width(sum(int(e.get("mentions") or 1) for e in events_of_pair)),
            }
        )
    page = network_page(items, links, _options(physics, large=large, seed=seed), height=height)
    node_legend = [key for key, _ in legend.most_common(_LEGEND_KEYS)]
    if len(legend) > _LEGEND_KEYS:
        node_legend.append(
            (OTHER_COLOR if color_by == "kind" else "#ffffff", f"… {len(legend) - _LEGEND_KEYS} more")
        )
    edge_legend = [(QUAD_COLORS[q], QUAD_NAMES[q]) for q in sorted(QUAD_COLORS) if q in quads_shown]
    summary = f"{len(nodes)} actors, {n_events} events"
    if not physics:
        summary += " · precomputed layout"
    header = header_html(title, list(filters), nodes=node_legend, edges=edge_legend, summary=summary)
    return with_header(page, header)


def render_html(
    graph: nx.MultiDiGraph,
    path: str | Path,
    *,
    title: str = "kg event graph",
    **options: Any,
) -> Path:
    """Write ``graph`` as one offline HTML file (see :func:`graph_html` for ``options``).

    Returns:
        The path written.
    """
    path = write_page(path, graph_html(graph, title=title, **options))
    logger.info("wrote %s (%d actors, %d events)", path, graph.number_of_nodes(), graph.number_of_edges())
    return path


def render_events(
    nodes: Mapping[Any, Mapping[str, Any]],
    edges: Sequence[tuple[Hashable, Hashable, Any, Mapping[str, Any]]],
    path: str | Path,
    *,
    title: str = "kg event graph",
    **options: Any,
) -> Path:
    """Write actors and their events as one offline HTML file (see :func:`events_html` for ``options``).

    Returns:
        The path written.
    """
    path = write_page(path, events_html(nodes, edges, title=title, **options))
    logger.info("wrote %s (%d actors, %d events)", path, len(nodes), len(edges))
    return path
