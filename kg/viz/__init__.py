"""Viz stage: interactive, offline HTML graphs.

Names are imported on first use (as in :mod:`kg`): drawing events read from a store
(:func:`events_html`) does not import NetworkX.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lazy import lazy_exports

__all__ = [
    "KIND_COLORS",
    "LAYOUT_THRESHOLD",
    "QUAD_COLORS",
    "QUAD_NAMES",
    "events_html",
    "force_layout",
    "graph_html",
    "overview_html",
    "render_events",
    "render_overview",
    "render_html",
    "spring_positions",
    "tooltip",
]

_LAZY = {
    "KIND_COLORS": "kg.viz.style",
    "LAYOUT_THRESHOLD": "kg.viz.html",
    "QUAD_COLORS": "kg.viz.style",
    "QUAD_NAMES": "kg.viz.style",
    "events_html": "kg.viz.html",
    "force_layout": "kg.viz.layout",
    "graph_html": "kg.viz.html",
    "overview_html": "kg.viz.overview",
    "render_events": "kg.viz.html",
    "render_overview": "kg.viz.overview",
    "render_html": "kg.viz.html",
    "spring_positions": "kg.viz.layout",
    "tooltip": "kg.viz.tooltips",
}

if TYPE_CHECKING:
    from kg.viz.html import LAYOUT_THRESHOLD, events_html, graph_html, render_events, render_html
    from kg.viz.layout import force_layout, spring_positions
    from kg.viz.overview import overview_html, render_overview
    from kg.viz.style import KIND_COLORS, QUAD_COLORS, QUAD_NAMES
    from kg.viz.tooltips import tooltip


__getattr__, __dir__ = lazy_exports(__name__, _LAZY, globals(), __all__)
