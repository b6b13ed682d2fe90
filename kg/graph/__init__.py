"""Graph stage: NetworkX views of the store and the relationship queries on them.

Names are imported on first use (as in :mod:`kg`), so that reading a store's events, which
``kg viz`` does, does not import NetworkX.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# Imported now: these functions share their module's name, which importing the module would
# otherwise bind here instead of the function (both modules import NetworkX only when called).
from kg.graph.aggregate import aggregate, dominant_quad, pair_table
from kg.graph.communities import communities, community_sets
from kg.lazy import lazy_exports

__all__ = [
    "ActorInfo",
    "EventFilter",
    "EventParts",
    "actor_paths",
    "actor_scores",
    "aggregate",
    "communities",
    "community_sets",
    "dominant_quad",
    "dyad_trend",
    "ego_graph",
    "ego_table",
    "event_parts",
    "events_graph",
    "events_table",
    "filter_events",
    "find_node",
    "hop_distances",
    "key_actors",
    "overview_graph",
    "pair_counts",
    "pair_table",
    "read_event_parts",
    "relation_balance",
    "relation_counts",
    "relation_graph",
    "relations",
    "store_actors",
    "to_networkx",
]

_LAZY = {
    "ActorInfo": "kg.graph.read",
    "EventFilter": "kg.graph.filters",
    "EventParts": "kg.graph.parts",
    "actor_paths": "kg.graph.paths",
    "actor_scores": "kg.graph.centrality",
    "dyad_trend": "kg.graph.trend",
    "ego_graph": "kg.graph.ego",
    "ego_table": "kg.graph.ego",
    "event_parts": "kg.graph.parts",
    "events_graph": "kg.graph.convert",
    "events_table": "kg.graph.read",
    "filter_events": "kg.graph.filters",
    "find_node": "kg.graph.queries",
    "hop_distances": "kg.graph.ego",
    "key_actors": "kg.graph.centrality",
    "overview_graph": "kg.graph.overview",
    "pair_counts": "kg.graph.overview",
    "read_event_parts": "kg.graph.parts",
    "relation_balance": "kg.graph.queries",
    "relation_counts": "kg.graph.queries",
    "relation_graph": "kg.graph.paths",
    "relations": "kg.graph.queries",
    "store_actors": "kg.graph.read",
    "to_networkx": "kg.graph.convert",
}

if TYPE_CHECKING:
    from kg.graph.centrality import actor_scores, key_actors
    from kg.graph.convert import events_graph, to_networkx
    from kg.graph.ego import ego_graph, ego_table, hop_distances
    from kg.graph.filters import EventFilter, filter_events
    from kg.graph.overview import overview_graph, pair_counts
    from kg.graph.parts import EventParts, event_parts, read_event_parts
    from kg.graph.paths import actor_paths, relation_graph
    from kg.graph.queries import find_node, relation_balance, relation_counts, relations
    from kg.graph.read import ActorInfo, events_table, store_actors
    from kg.graph.trend import dyad_trend


__getattr__, __dir__ = lazy_exports(__name__, _LAZY, globals(), __all__)
