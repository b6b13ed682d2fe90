"""Viz stage: one offline, interactive HTML file of the event graph (pyvis, vis-network in line)."""

from __future__ import annotations

import html
import logging
import re
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx

__all__ = ["QUAD_COLORS", "QUAD_NAMES", "graph_html", "render_html", "tooltip"]

logger = logging.getLogger(__name__)

#: QuadClass → edge colour: green and blue for cooperation, orange and red for conflict.
QUAD_COLORS = {1: "#2ca02c", 2: "#1f77b4", 3: "#ff7f0e", 4: "#d62728"}
QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
_KIND_COLORS = {
    "country": "#6baed6",
    "organization": "#9e9ac8",
    "group": "#fd8d3c",
    "person": "#74c476",
    "sector": "#c6dbef",
    "unresolved": "#bdbdbd",
}
_CDN_TAG = re.compile(
    r"<(link|script)\b[^>]*\bhttps?://(cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com)[^>]*>\s*(</script>)?",
    re.IGNORECASE | re.DOTALL,
)
_MAX_TOOLTIP_EVENTS = 12


def tooltip(lines: list[str]) -> str:
    """Tooltip text from untrusted lines: HTML-escaped, so no markup can ever run.

    Examples:
        >>> tooltip(['<img src=x onerror=alert(1)>', "NATO & Russia"])
        '&lt;img src=x onerror=alert(1)&gt;\\nNATO &amp; Russia'
    """
    return "\n".join(html.escape(line, quote=False) for line in lines)


def _edge_lines(data: dict[str, Any]) -> list[str]:
    date = data.get("date")
    flags = []
    if data.get("negated"):
        flags.append("negated")
    if data.get("modality") not in (None, "asserted"):
        flags.append(str(data["modality"]))
    head = f"{date or 'undated'} · CAMEO {data.get('cameo')} {data.get('label', '')}"
    if flags:
        head += f" ({', '.join(flags)})"
    article = str(data.get("article") or "").rsplit("/", 1)[-1]
    return [head, f"“{data.get('sentence', '')}”", f"article {article}"]


def graph_html(graph: nx.MultiDiGraph, *, title: str = "kg event graph") -> str:
    """The HTML page for ``graph`` as a string, with every resource in line (works offline)."""
    from pyvis.network import Network

    net = Network(
        height="800px",
        width="100%",
        directed=True,
        cdn_resources="in_line",
        heading=html.escape(title),
    )
    degree = dict(graph.degree())
    for node, data in sorted(graph.nodes(data=True), key=lambda item: str(item[0])):
        label = str(data.get("label") or node)
        kind = str(data.get("kind") or "actor")
        net.add_node(
            str(node),
            label=label,
            title=tooltip([f"{label} ({node})", f"kind: {kind}", f"events: {degree.get(node, 0)}"]),
            color=_KIND_COLORS.get(kind, "#bdbdbd"),
            size=10 + 4 * min(degree.get(node, 0), 10),
        )
    pairs: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for u, v, data in graph.edges(data=True):
        pairs.setdefault((str(u), str(v)), []).append(data)
    for (u, v), events in sorted(pairs.items()):
        events.sort(key=lambda d: (str(d.get("date") or ""), str(d.get("cameo"))))
        quads = Counter(int(d.get("quad_class") or 1) for d in events)
        dominant = quads.most_common(1)[0][0]
        lines = [f"{u} → {v}: {len(events)} event(s)"]
        for data in events[:_MAX_TOOLTIP_EVENTS]:
            lines.extend(_edge_lines(data))
        if len(events) > _MAX_TOOLTIP_EVENTS:
            lines.append(f"… and {len(events) - _MAX_TOOLTIP_EVENTS} more")
        net.add_edge(
            u,
            v,
            title=tooltip(lines),
            color=QUAD_COLORS.get(dominant, "#999999"),
            width=1 + min(len(events), 8),
            arrows="to",
        )
    net.toggle_physics(graph.number_of_nodes() <= 1000)
    page = net.generate_html(notebook=False)
    return _CDN_TAG.sub("", page)


def render_html(graph: nx.MultiDiGraph, path: str | Path, *, title: str = "kg event graph") -> Path:
    """Write ``graph`` as one offline HTML file; edges coloured by QuadClass, escaped tooltips.

    Returns:
        The path written.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(graph_html(graph, title=title), encoding="utf-8")
    logger.info("wrote %s (%d actors, %d events)", path, graph.number_of_nodes(), graph.number_of_edges())
    return path
