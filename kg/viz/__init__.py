"""Viz stage: interactive, offline HTML graphs."""

from kg.viz.html import QUAD_COLORS, QUAD_NAMES, graph_html, render_html, tooltip

__all__ = ["QUAD_COLORS", "QUAD_NAMES", "graph_html", "render_html", "tooltip"]
