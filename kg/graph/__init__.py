"""Graph stage: NetworkX views of the store and the relationship queries on them."""

from kg.graph.aggregate import aggregate, dominant_quad, pair_table
from kg.graph.centrality import actor_scores, key_actors
from kg.graph.communities import communities, community_sets
from kg.graph.convert import events_graph, to_networkx
from kg.graph.ego import ego_graph, ego_table, hop_distances
from kg.graph.filters import EventFilter, filter_events
from kg.graph.overview import overview_graph, pair_counts
from kg.graph.paths import actor_paths, relation_graph
from kg.graph.queries import find_node, relation_balance, relation_counts, relations
from kg.graph.read import ActorInfo, events_table, store_actors
from kg.graph.trend import dyad_trend

__all__ = [
    "ActorInfo",
    "EventFilter",
    "actor_paths",
    "actor_scores",
    "aggregate",
    "communities",
    "community_sets",
    "dominant_quad",
    "dyad_trend",
    "ego_graph",
    "ego_table",
    "events_graph",
    "events_table",
    "filter_events",
    "find_node",
    "hop_distances",
    "key_actors",
    "overview_graph",
    "pair_counts",
    "pair_table",
    "relation_balance",
    "relation_counts",
    "relation_graph",
    "relations",
    "store_actors",
    "to_networkx",
]
