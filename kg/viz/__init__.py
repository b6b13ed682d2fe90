"""Viz stage: interactive, offline HTML graphs."""

from kg.viz.html import LAYOUT_THRESHOLD, graph_html, render_html
from kg.viz.layout import force_layout
from kg.viz.overview import overview_html, render_overview
from kg.viz.style import KIND_COLORS, QUAD_COLORS, QUAD_NAMES
from kg.viz.tooltips import tooltip

__all__ = [
    "KIND_COLORS",
    "LAYOUT_THRESHOLD",
    "QUAD_COLORS",
    "QUAD_NAMES",
    "force_layout",
    "graph_html",
    "overview_html",
    "render_overview",
    "render_html",
    "tooltip",
]
