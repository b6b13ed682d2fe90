"""Viz stage: colours and sizes: QuadClass edge colours, actor kind or country node colours."""

from __future__ import annotations

import hashlib
import math

__all__ = [
    "KIND_COLORS",
    "OTHER_COLOR",
    "QUAD_COLORS",
    "QUAD_NAMES",
    "edge_width",
    "key_color",
    "node_size",
]

#: QuadClass → edge colour: green and blue for cooperation, orange and red for conflict.
QUAD_COLORS = {1: "#2ca02c", 2: "#1f77b4", 3: "#ff7f0e", 4: "#d62728"}
QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
#: Actor kind → node colour.
KIND_COLORS = {
    "country": "#6baed6",
    "organization": "#9e9ac8",
    "group": "#fd8d3c",
    "person": "#74c476",
    "sector": "#c6dbef",
    "unresolved": "#bdbdbd",
}
OTHER_COLOR = "#bdbdbd"
# Colour-blind-friendly qualitative palette (Tableau 20 without the greys), for countries.
_PALETTE = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#a0cbe8", "#ffbe7d", "#8cd17d", "#b6992d", "#f1ce63", "#86bcb6", "#d37295",
    "#fabfd2", "#d4a6c8",
)  # fmt: skip


def key_color(key: str) -> str:
    """A stable palette colour for a country (or any key): the same key always gets the same colour.

    Examples:
        >>> key_color("RUS") == key_color("RUS")
        True
        >>> key_color("RUS").startswith("#")
        True
    """
    digest = hashlib.sha1(key.encode("utf-8")).digest()
    return _PALETTE[int.from_bytes(digest[:4], "big") % len(_PALETTE)]


def node_size(events: int) -> float:
    """Node size from the actor's number of events: grows with the square root, capped.

    Examples:
        >>> node_size(0), node_size(4), node_size(10_000)
        (8.0, 16.0, 60.0)
    """
    return min(8.0 + 4.0 * math.sqrt(max(events, 0)), 60.0)


def edge_width(mentions: int) -> float:
    """Edge width from the number of mentions of a pair's events: logarithmic, capped.

    Examples:
        >>> edge_width(1), edge_width(3), edge_width(10_000)
        (2.0, 3.0, 10.0)
    """
    return min(1.0 + math.log2(1 + max(mentions, 0)), 10.0)
