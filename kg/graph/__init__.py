"""Graph stage: NetworkX views of the store and the relationship queries on them."""

from kg.graph.convert import events_table, to_networkx
from kg.graph.queries import find_node, relations

__all__ = ["events_table", "find_node", "relations", "to_networkx"]
